"""Grater part of the generated corpus: templates LLLL, written blind for the next measurement.

A part of its own, ``grater``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
sign-making and vehicle graphics workshop (the owner, a designer and two fitters; in England,
Germany or France) feeds through its scanner in a month: the workshop's quotations for shop
fascias, van wraps, window graphics, projecting and post signs (quotation, Angebot, devis)
with the design proofs on landscape pages behind and now and then the terms of business; the
proof approval forms (Druckfreigabe, bon à tirer) the customers sign and send back, some with
the marked-up proof behind; the workshop's job sheets with tick boxes, materials and hours
entered by hand and now and then the print and laminate log; installation reports with the
checklist, the customer's sign-off and the photo sheet; risk assessments and method
statements for work at height (Gefährdungsbeurteilung, mode opératoire) with the hazard table
on a landscape page and the briefing signatures; the workshop's applications for
advertisement consent (a Planning Portal print, an Antrag auf Genehmigung einer Werbeanlage,
a cerfa demande d'autorisation préalable d'enseigne) behind its covering letter and in front
of the location plan and the elevation; the council's decisions (notice of decision,
Baugenehmigung für eine Werbeanlage, arrêté) with the conditions and the notes or the
Rechtsbehelfsbelehrung on a page of their own; the highway authority's licences and permits
for a platform on the pavement (section 169 licence, Sondernutzungserlaubnis, permis de
stationnement) with the traffic management sketch; vinyl, aluminium composite and LED module
suppliers' invoices running over pages and their delivery notes (A5, landscape A5 or A4,
signed on receipt); suppliers' credit account application packs filled in by hand with the
terms and the guarantee page; the plotter and printer service company's service contracts
with the equipment schedule on a landscape page, clauses under a running header and the
signature page, and its engineers' service reports with the nozzle check print left behind;
access platform hire agreements with the hire conditions and the handover check; the
workshop's deposit invoices and final invoices (with the deposit deducted and a remittance
slip); franchise chains' brand guideline packs for signage (cover sheet, contents, logo and
colour pages, a landscape fascia specification, now and then behind a covering letter);
brokers' insurance schedules with the sections of cover, endorsements and now and then a
covering letter; the workshop's warranty claims to the film manufacturer for faded or
cracked vinyl (the claim form, a photo sheet and the copy of the original invoice) and the
manufacturer's answer with a lab measurement table. Each stream is one workshop's pile: the
workshop (country, name, month) is drawn once per stream; its outside senders are of the
workshop's country and write in its language, except that suppliers, the film manufacturer,
chains and service companies are now and then from abroad and write in their own. Page
sizes range from A5 slips to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the workshop files it:
the proof pages and the terms page behind a quotation; the marked-up proof a customer sends
back with the signed approval form; the print log behind a job sheet; the photo sheet of an
installation report; the hazard table and briefing sheet of a method statement; the covering
letter, form, location plan and elevation of a consent application; the conditions and notes
pages of a decision; the sketch of a highway permit; every sheet of an invoice and its terms
page; the terms and guarantee pages of a credit application and the supplier's covering
letter in front; the schedule, clauses and signature page of a service contract; the nozzle
check print an engineer leaves with the report; the conditions and handover check of a hire
agreement; the remittance slip of an invoice; the covering letter, cover sheet and all pages
of a brand guideline pack; the covering letter and endorsements of an insurance schedule; the
photo sheet and the invoice copy attached to a warranty claim (the copy shows a supplier's
paper, yet the workshop attached it); the lab table of the manufacturer's answer. Related
papers are documents of their own: the proof approval after the quotation, the deposit
invoice after the approval, the installation report after the job sheet, the final invoice
after the installation report, the council's decision after the consent application, the
platform hire agreement after the highway permit or the method statement, the supplier's
invoice after its delivery note, the engineer's report after the service contract, the
manufacturer's answer after the warranty claim and the quotation after a chain's guideline
pack; and so is each invoice, delivery note, approval, job sheet and service report of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: suppliers' invoices and delivery
notes, the workshop's deposit and final invoices, job sheets, proof approvals, engineers'
reports and council decisions often come 2-4 in a row from one sender with other jobs,
dates, numbers and amounts; and companions: each related paper above often follows the
document it answers, about the same job. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "grater"`` and
seeds offset by 8_900_000.

Usage: ``python benchmarks/corpus_grater.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/grater/grater_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "grater"
SEED_OFFSET = 8_900_000

MM = 72 / 25.4
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the workshop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
WORKSHOPS: dict[str, list[Row]] = {
    "en": [
        (
            "Brightline Signs & Graphics Ltd",
            "Unit 7, Canal Side Industrial Estate",
            "Wakefield WF1 5PB",
            "01924 377 210",
        ),
        (
            "Kestrel Sign Company",
            "3 Tanners Yard, Barrack Street",
            "Norwich NR3 1AU",
            "01603 662 418",
        ),
        (
            "Signcraft Vehicle Graphics",
            "Unit 12B, Riverside Park",
            "Exeter EX2 8LB",
            "01392 431 077",
        ),
    ],
    "de": [
        (
            "Schilder & Werbetechnik Reuter GmbH",
            "Gewerbering 14",
            "33609 Bielefeld",
            "0521 96 44 30",
        ),
        ("Werbetechnik Hofmann", "Industriestraße 6", "93055 Regensburg", "0941 79 82 11"),
        ("Folienwerk Lindner e.K.", "Am Hafen 22", "48155 Münster", "0251 60 47 19"),
    ],
    "fr": [
        (
            "Enseignes Lumière SARL",
            "ZA des Noues, 4 rue Gutenberg",
            "37000 Tours",
            "02 47 64 18 30",
        ),
        ("Atelier Signalétique Moreau", "12 rue de l'Artisanat", "21000 Dijon", "03 80 41 27 56"),
        ("Covering & Co", "ZI Sud, 8 allée des Frênes", "44400 Rezé", "02 40 75 33 12"),
    ],
}
#: The planning authority and the highway authority of each workshop's town (same order).
COUNCILS: dict[str, list[tuple[Row, Row]]] = {
    "en": [
        (
            (
                "Wakefield Council - Planning Services",
                "Wakefield One, Burton Street",
                "Wakefield WF1 2EB",
                "0345 8 506 506",
            ),
            (
                "Wakefield Council - Highways Network Management",
                "Wakefield One, Burton Street",
                "Wakefield WF1 2EB",
                "",
            ),
        ),
        (
            (
                "Norwich City Council - Planning",
                "City Hall, St Peters Street",
                "Norwich NR2 1NH",
                "0344 980 3333",
            ),
            (
                "Norfolk County Council - Highways",
                "County Hall, Martineau Lane",
                "Norwich NR1 2DH",
                "",
            ),
        ),
        (
            (
                "Exeter City Council - City Development",
                "Civic Centre, Paris Street",
                "Exeter EX1 1JN",
                "01392 277888",
            ),
            ("Devon County Council - Highways", "County Hall, Topsham Road", "Exeter EX2 4QD", ""),
        ),
    ],
    "de": [
        (
            ("Stadt Bielefeld - Bauamt", "August-Bebel-Straße 92", "33602 Bielefeld", ""),
            ("Stadt Bielefeld - Amt für Verkehr", "August-Bebel-Straße 75", "33602 Bielefeld", ""),
        ),
        (
            (
                "Stadt Regensburg - Bauordnungsamt",
                "D.-Martin-Luther-Straße 1",
                "93047 Regensburg",
                "",
            ),
            (
                "Stadt Regensburg - Straßenverkehrsbehörde",
                "Minoritenweg 10",
                "93047 Regensburg",
                "",
            ),
        ),
        (
            ("Stadt Münster - Bauordnungsamt", "Albersloher Weg 33", "48155 Münster", ""),
            (
                "Stadt Münster - Ordnungsamt, Sondernutzungen",
                "Klosterstraße 33",
                "48143 Münster",
                "",
            ),
        ),
    ],
    "fr": [
        (
            ("Ville de Tours - Direction de l'Urbanisme", "1-3 rue des Minimes", "37000 Tours", ""),
            ("Ville de Tours - Service Domaine Public", "Place Jean Jaurès", "37000 Tours", ""),
        ),
        (
            ("Ville de Dijon - Service Urbanisme", "11 rue de l'Hôpital", "21000 Dijon", ""),
            (
                "Ville de Dijon - Occupation du domaine public",
                "Place de la Libération",
                "21000 Dijon",
                "",
            ),
        ),
        (
            ("Mairie de Rezé - Service urbanisme", "Place Jean-Baptiste Daviais", "44400 Rezé", ""),
            ("Mairie de Rezé - Service voirie", "Place Jean-Baptiste Daviais", "44400 Rezé", ""),
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "customer": {
        "en": [
            ("The Copper Kettle Tearooms", "14 Market Place", "", "07700 918 442"),
            ("Harlow & Byrne Plumbing Ltd", "Unit 3, Calder Park", "", "01924 255 100"),
            ("Greenway Dental Practice", "2 Northgate", "", ""),
            ("Pennine Electrical Services", "41 Westfield Road", "", "07812 440 219"),
            ("Ozzy's Barbers", "88 Kirkgate", "", ""),
            ("Fenwick & Daughters Removals", "The Old Depot, Station Road", "", ""),
        ],
        "de": [
            ("Bäckerei Krumme", "Hauptstraße 27", "", "0521 12 34 55"),
            ("Elektro Schäfer GmbH", "Am Bahndamm 4", "", ""),
            ("Physiotherapie am Dom", "Domplatz 3", "", ""),
            ("Autohaus Wenning GmbH", "Industrieweg 80", "", "0251 98 70 0"),
            ("Café Blattgold", "Marktstraße 11", "", ""),
            ("Umzüge Brinkmann", "Lagerstraße 5", "", ""),
        ],
        "fr": [
            ("Boulangerie Le Fournil d'Antoine", "6 rue Nationale", "", ""),
            ("Plomberie Gaillard SARL", "ZA du Moulin, 3 rue des Artisans", "", "06 11 42 80 37"),
            ("Cabinet dentaire des Halles", "2 place des Halles", "", ""),
            ("Garage Renaud & Fils", "45 route de Paris", "", ""),
            ("Fleurs de Lys - Fleuriste", "17 rue du Commerce", "", ""),
            ("Déménagements Berthier", "8 rue de la Gare", "", ""),
        ],
    },
    "vinyl": {
        "en": [
            (
                "Filmworks Graphic Supplies Ltd",
                "Unit 4, Trafford Park Road",
                "Manchester M17 1HG",
                "0161 872 4400",
            ),
            ("Metro Sign Media Ltd", "Kingsway Business Park", "Rochdale OL16 4NW", ""),
        ],
        "de": [
            ("Folien-Großhandel Nord GmbH", "Billbrookdeich 210", "22113 Hamburg", "040 73 34 90"),
            ("Signmedia Süd GmbH", "Rudolf-Diesel-Straße 9", "86368 Gersthofen", ""),
        ],
        "fr": [
            (
                "Adhésifs Services Distribution",
                "ZI Paris Nord 2, 45 rue de la Perdrix",
                "95700 Roissy",
                "01 48 63 20 20",
            ),
            ("Signal Média Ouest", "Rue de la Rigourdière", "35510 Cesson-Sévigné", ""),
        ],
    },
    "panel": {
        "en": [
            ("Alucore Panel Distribution Ltd", "Brunel Way", "Thornbury BS35 3UR", ""),
            ("Midlands Plastics & Composites", "Heming Road", "Redditch B98 0EA", ""),
        ],
        "de": [
            ("Plattenhandel Weser KG", "Hafenstraße 40", "28217 Bremen", ""),
            ("Verbundplatten Schmid GmbH", "Robert-Bosch-Straße 7", "73431 Aalen", ""),
        ],
        "fr": [
            ("Alu-Panneaux France SAS", "ZAC des Béthunes", "95310 Saint-Ouen-l'Aumône", ""),
            ("Plasticos Distribution", "12 avenue de l'Europe", "69140 Rillieux-la-Pape", ""),
        ],
    },
    "led": {
        "en": [
            ("Lumen LED Components Ltd", "Unit 9, Coneygre Business Park", "Tipton DY4 8XP", ""),
            ("Brightsource Illumination", "Albion Works", "Sheffield S3 8EN", ""),
        ],
        "de": [
            ("LuxModul LED-Technik GmbH", "Lichtstraße 3", "32051 Herford", ""),
            ("Leuchtwerk Vertrieb GmbH", "Siemensstraße 18", "63263 Neu-Isenburg", ""),
        ],
        "fr": [
            ("Lumiled Diffusion SARL", "5 rue Ampère", "91300 Massy", ""),
            ("Enseigne Lumineuse Composants", "Parc d'activités du Bois", "49070 Beaucouzé", ""),
        ],
    },
    "service": {
        "en": [
            (
                "Graphitek Print Solutions Ltd",
                "Unit 2, Lowfields Way",
                "Leeds LS12 6HQ",
                "0113 279 6600",
            ),
            ("WideFormat Service UK", "17 Beacon Court", "Luton LU4 9UH", ""),
        ],
        "de": [
            ("Großformat-Service Becker GmbH", "Weststraße 51", "44147 Dortmund", "0231 55 77 80"),
            ("PlotTec Service & Vertrieb", "Carl-Zeiss-Ring 6", "85737 Ismaning", ""),
        ],
        "fr": [
            ("Grand Format Services SAS", "14 rue Pierre Dupont", "69001 Lyon", "04 72 00 45 10"),
            ("Traceurs Ouest Maintenance", "3 impasse Denis Papin", "44300 Nantes", ""),
        ],
    },
    "hire": {
        "en": [
            ("Highpoint Powered Access Ltd", "Lister Lane", "Halifax HX1 5AS", "01422 380 900"),
            ("Skyreach Platform Hire", "Yard 4, Hellesdon Park Road", "Norwich NR6 5DR", ""),
        ],
        "de": [
            ("Arbeitsbühnen Hebewerk GmbH", "Ostring 55", "33605 Bielefeld", "0521 92 40 70"),
            ("Kramer Bühnenvermietung", "Gewerbepark 12", "93092 Barbing", ""),
        ],
        "fr": [
            ("Élévation Location SAS", "Rue de la Milletière", "37100 Tours", "02 47 54 90 90"),
            ("Nacelles Services Bourgogne", "Rue des Ateliers", "21800 Quetigny", ""),
        ],
    },
    "chain": {
        "en": [
            (
                "Bramble & Bean Coffee Co.",
                "Franchise Support, 1 Quay Street",
                "Bristol BS1 4QA",
                "",
            ),
            (
                "Tread Right Autocentres Ltd",
                "Network House, Pavilion Drive",
                "Northampton NN4 7SL",
                "",
            ),
        ],
        "de": [
            ("Brotzeit Franchise GmbH", "Leopoldstraße 120", "80804 München", ""),
            ("Optik Klarblick Franchise GmbH", "Königsallee 60", "40212 Düsseldorf", ""),
        ],
        "fr": [
            ("Croissanterie Dorée SAS", "Direction Réseau, 27 rue de Rivoli", "75004 Paris", ""),
            ("Opticiens Regard Plus", "Service Concept Magasin, 3 rue Garibaldi", "69006 Lyon", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Castlegate Commercial Insurance Brokers",
                "9 Albion Street",
                "Leeds LS1 5ES",
                "0113 244 8100",
            ),
            ("Trade Cover Direct", "Broad Street House", "Birmingham B1 2HF", ""),
        ],
        "de": [
            ("Allbau Versicherungsmakler GmbH", "Jöllenbecker Straße 18", "33613 Bielefeld", ""),
            ("Rheinland Gewerbeversicherung AG", "Kaiser-Wilhelm-Ring 2", "50672 Köln", ""),
        ],
        "fr": [
            ("Cabinet Delaunay Assurances", "22 boulevard Béranger", "37000 Tours", ""),
            ("Mutuelle des Artisans du Bâtiment", "10 rue Sainte-Anne", "75001 Paris", ""),
        ],
    },
    "maker": {
        "en": [
            ("Avonlea Films Ltd - Technical Services", "Harbour Road", "Portishead BS20 7BL", "")
        ],
        "de": [("Klebefolien Hanse GmbH - Reklamationen", "Am Mühlenberg 4", "21079 Hamburg", "")],
        "fr": [("Films Adhésifs de l'Ain SA - Qualité", "Zone Industrielle", "01100 Oyonnax", "")],
    },
}
#: The customers' towns near each workshop (same order as WORKSHOPS).
NEAR = {
    "en": [
        ["Wakefield WF1 1DH", "Ossett WF5 8AB", "Pontefract WF8 1AW", "Castleford WF10 1DS"],
        ["Norwich NR2 1QA", "Wymondham NR18 0AT", "Aylsham NR11 6EL", "Dereham NR19 1AE"],
        ["Exeter EX4 3LS", "Exmouth EX8 1AB", "Crediton EX17 2AH", "Topsham EX3 0HB"],
    ],
    "de": [
        ["33602 Bielefeld", "33330 Gütersloh", "32052 Herford", "33790 Halle (Westf.)"],
        ["93047 Regensburg", "93073 Neutraubling", "93128 Regenstauf", "84069 Schierling"],
        ["48143 Münster", "48268 Greven", "48301 Nottuln", "48231 Warendorf"],
    ],
    "fr": [
        ["37000 Tours", "37170 Chambray-lès-Tours", "37300 Joué-lès-Tours", "37400 Amboise"],
        ["21000 Dijon", "21300 Chenôve", "21800 Quetigny", "21200 Beaune"],
        ["44000 Nantes", "44400 Rezé", "44800 Saint-Herblain", "44200 Nantes"],
    ],
}

FIRSTS = {
    "en": ["Sarah", "Gary", "Emma", "Craig", "Hannah", "Lee", "Priya", "Dean", "Fiona", "Mark"],
    "de": ["Andrea", "Thomas", "Julia", "Sven", "Katrin", "Dirk", "Sabine", "Jan", "Eva", "Uwe"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Kévin", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}

TALK = {
    "en": {
        "sign": "sign fascia vinyl panel lettering colours artwork proof install fixings bracket "
        "illumination tray letters window graphics van wrap livery design survey site access",
        "legal": "contract party equipment service visit response time parts labour charges "
        "period renewal notice termination liability consumables warranty obligations",
        "safety": "platform harness ladder barrier pedestrians operator fitter height weather "
        "wind fixings drill dust cable electrical supervision exclusion zone rescue",
        "money": "invoice payment account balance due amount reference transfer terms "
        "settlement credit statement order delivery",
    },
    "de": {
        "sign": "Schild Werbeanlage Folie Platte Beschriftung Farben Entwurf Montage Befestigung "
        "Ausleger Beleuchtung Profilbuchstaben Schaufenster Fahrzeugbeschriftung Aufmaß Zugang",
        "legal": "Vertrag Vertragspartner Gerät Wartung Einsatz Reaktionszeit Ersatzteile "
        "Arbeitszeit Laufzeit Kündigung Haftung Verbrauchsmaterial Gewährleistung Pflichten",
        "safety": "Hubarbeitsbühne Auffanggurt Leiter Absperrung Fußgänger Bediener Monteur Höhe "
        "Wetter Wind Befestigung Bohren Staub Kabel Elektrik Aufsicht Gefahrenbereich Rettung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zahlungsziel Ausgleich Gutschrift Auftrag Lieferung",
    },
    "fr": {
        "sign": "enseigne bandeau adhésif panneau lettrage couleurs maquette pose fixations "
        "potence éclairage lettres boîtier vitrophanie covering véhicule relevé accès",
        "legal": "contrat parties matériel maintenance intervention délai pièces main-d'oeuvre "
        "durée reconduction résiliation responsabilité consommables garantie obligations",
        "safety": "nacelle harnais échelle balisage piétons opérateur poseur hauteur météo vent "
        "fixations perçage poussière câble électricité surveillance périmètre secours",
        "money": "facture paiement compte solde échéance montant référence virement règlement "
        "avoir relevé commande livraison",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "sign", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "sign", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The workshop of a stream: its country, month and jobs
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def row_no() -> int:
    r = OFFICE["row"]
    assert isinstance(r, int)
    return r


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's workshop and ``key``: a run or a repeat keeps
    its sender."""
    text = f"grater/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 55))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


# What the workshop makes: (kind, English, German, French) and a price per unit range.
WORK = {
    "fascia": ("Shop fascia sign", "Fassadenschild", "Enseigne bandeau"),
    "tray": (
        "Illuminated tray sign with built-up letters",
        "Leuchtkasten mit Profilbuchstaben",
        "Caisson lumineux lettres découpées",
    ),
    "projecting": (
        "Double-sided projecting sign",
        "Ausleger, doppelseitig",
        "Enseigne drapeau double face",
    ),
    "van": (
        "Van livery (part wrap)",
        "Fahrzeugbeschriftung (Teilfolierung)",
        "Covering véhicule (partiel)",
    ),
    "wrap": ("Full vehicle wrap", "Vollfolierung Fahrzeug", "Covering intégral véhicule"),
    "window": (
        "Window graphics and manifestation",
        "Schaufensterbeschriftung",
        "Vitrophanie et marquage vitrines",
    ),
    "post": ("Post-mounted sign board", "Hinweisschild auf Pfosten", "Panneau sur poteaux"),
}
VANS = [
    "Ford Transit Custom",
    "VW Transporter T6.1",
    "Renault Trafic",
    "Mercedes Sprinter",
    "Citroën Berlingo",
    "Peugeot Expert",
    "Vauxhall Vivaro",
]
COLOURS = [
    ("RAL 7016 Anthracite grey", "RAL 7016 Anthrazitgrau", "RAL 7016 gris anthracite"),
    ("RAL 9016 Traffic white", "RAL 9016 Verkehrsweiß", "RAL 9016 blanc signalisation"),
    ("Pantone 356 C green", "Pantone 356 C Grün", "Pantone 356 C vert"),
    ("Pantone 1235 C amber", "Pantone 1235 C Gelborange", "Pantone 1235 C ambre"),
    ("Pantone 7427 C burgundy", "Pantone 7427 C Weinrot", "Pantone 7427 C bordeaux"),
    ("RAL 5003 Sapphire blue", "RAL 5003 Saphirblau", "RAL 5003 bleu saphir"),
    ("Black 070 (cast)", "Schwarz 070 (gegossen)", "Noir 070 (coulé)"),
    ("Metallic gold 091", "Gold metallic 091", "Or métallisé 091"),
]


def colour(k: int, lang: str) -> str:
    return tr(lang, *COLOURS[k])


@dataclass
class Job:
    """One signage job, as the papers about it take it up."""

    ref: str
    customer: Row
    town: str
    contact: str
    kind: str
    width: int  # mm
    height: int  # mm
    vehicle: str
    reg: str
    lines: list[tuple[str, float, float]]  # description, quantity, unit price
    colours: list[int]
    quote_no: str
    quote_day: date
    deposit: float  # share paid in advance
    tagline: str
    versions: int = 1
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def net(self) -> float:
        return round(sum(q * p for _, q, p in self.lines), 2)

    @property
    def vehicle_job(self) -> bool:
        return self.kind in ("van", "wrap")


TAGLINES = {
    "en": [
        "Est. 1987",
        "Family run since 1994",
        "Domestic & Commercial",
        "Open 7 days",
        "Gas Safe Registered",
        "Fresh bread daily",
        "Walk-ins welcome",
    ],
    "de": [
        "seit 1987",
        "Meisterbetrieb",
        "Privat & Gewerbe",
        "Täglich frisch",
        "Termine nach Vereinbarung",
        "Ihr Partner vor Ort",
    ],
    "fr": [
        "Depuis 1987",
        "Artisan qualifié",
        "Particuliers & professionnels",
        "Ouvert 7j/7",
        "Fait maison",
        "Dépannage rapide",
    ],
}


def job_lines(
    rng: random.Random, kind: str, lang: str, w: int, h: int
) -> list[tuple[str, float, float]]:
    """The quotation lines of a job of ``kind``, ``w`` x ``h`` mm where that applies."""
    dims = f"{w} x {h} mm"
    out: list[tuple[str, float, float]] = []
    if kind == "fascia":
        out.append(
            (
                tr(
                    lang,
                    f"Fascia panel {dims}, 3 mm aluminium composite, applied cast vinyl graphics",
                    f"Fassadenschild {dims}, Alu-Verbundplatte 3 mm, Beschriftung Gussfolie",
                    f"Bandeau {dims}, composite aluminium 3 mm, lettrage adhésif coulé",
                ),
                1,
                rng.choice([640, 780, 920, 1150]),
            )
        )
        out.append(
            (
                tr(
                    lang,
                    "Aluminium subframe and fixings",
                    "Alu-Unterkonstruktion und Befestigungsmaterial",
                    "Ossature aluminium et fixations",
                ),
                1,
                rng.choice([120, 165, 210]),
            )
        )
    elif kind == "tray":
        out.append(
            (
                tr(
                    lang,
                    f"Folded aluminium tray {dims}, powder coated, with 20 mm acrylic "
                    "built-up letters",
                    f"Leuchtkasten {dims}, Alu gekantet, pulverbeschichtet, "
                    "Profilbuchstaben Acryl 20 mm",
                    f"Caisson alu plié {dims}, thermolaqué, lettres boîtier acrylique 20 mm",
                ),
                1,
                rng.choice([1850, 2300, 2750]),
            )
        )
        out.append(
            (
                tr(
                    lang,
                    "LED modules, driver and photocell timer",
                    "LED-Module, Netzteil und Dämmerungsschalter",
                    "Modules LED, alimentation et interrupteur crépusculaire",
                ),
                1,
                rng.choice([340, 420, 510]),
            )
        )
        out.append(
            (
                tr(
                    lang,
                    "Electrical connection by approved electrician",
                    "Elektroanschluss durch Elektrofachbetrieb",
                    "Raccordement électrique par électricien habilité",
                ),
                1,
                rng.choice([180, 240]),
            )
        )
    elif kind == "projecting":
        out.append(
            (
                tr(
                    lang,
                    f"Projecting sign {dims}, double sided, on wall bracket",
                    f"Nasenschild {dims}, doppelseitig, mit Wandausleger",
                    f"Enseigne drapeau {dims}, double face, sur potence",
                ),
                1,
                rng.choice([420, 560, 690]),
            )
        )
    elif kind in ("van", "wrap"):
        full = kind == "wrap"
        out.append(
            (
                tr(
                    lang,
                    "Design and artwork, two sides, rear doors and bonnet",
                    "Gestaltung Seiten, Hecktüren und Motorhaube",
                    "Création graphique flancs, portes arrière et capot",
                ),
                1,
                rng.choice([150, 195, 240]),
            )
        )
        out.append(
            (
                tr(
                    lang,
                    "Digitally printed cast wrap film, laminated"
                    if full
                    else "Cut cast vinyl lettering and printed logo panels",
                    "Digitaldruck Gussfolie, laminiert"
                    if full
                    else "Plotterschrift Gussfolie und Digitaldrucklogos",
                    "Film coulé imprimé et lamifié"
                    if full
                    else "Lettrage adhésif coulé et logos imprimés",
                ),
                1,
                rng.choice([1650, 1980, 2350]) if full else rng.choice([380, 460, 540]),
            )
        )
        out.append(
            (
                tr(
                    lang,
                    "Fitting (vehicle to be delivered clean)",
                    "Montage (Fahrzeug bitte gereinigt anliefern)",
                    "Pose (véhicule à livrer propre)",
                ),
                rng.choice([1, 1, 2]) if full else 1,
                rng.choice([320, 380]) if full else rng.choice([140, 180]),
            )
        )
    elif kind == "window":
        out.append(
            (
                tr(
                    lang,
                    "Frosted etch-effect film to lower panes, cut logo",
                    "Glasdekorfolie untere Scheiben, Logo ausgeschnitten",
                    "Adhésif dépoli sur vitrages bas, logo découpé",
                ),
                rng.choice([2, 3, 4]),
                rng.choice([95, 120, 145]),
            )
        )
        out.append(
            (
                tr(
                    lang,
                    "Opening hours vinyl to door",
                    "Öffnungszeiten auf Tür",
                    "Horaires d'ouverture sur porte",
                ),
                1,
                rng.choice([45, 60]),
            )
        )
    else:
        out.append(
            (
                tr(
                    lang,
                    f"Sign board {dims}, 3 mm composite, digitally printed and laminated",
                    f"Schild {dims}, Verbundplatte 3 mm, Digitaldruck laminiert",
                    f"Panneau {dims}, composite 3 mm, impression numérique lamifiée",
                ),
                rng.choice([1, 1, 2]),
                rng.choice([160, 210, 260]),
            )
        )
        out.append(
            (
                tr(
                    lang,
                    "Galvanised posts 76 mm with caps, concreted in",
                    "Verzinkte Pfosten 76 mm mit Kappen, einbetoniert",
                    "Poteaux galvanisés 76 mm avec bouchons, scellés béton",
                ),
                2,
                rng.choice([65, 80]),
            )
        )
    if kind not in ("van", "wrap"):
        if rng.random() < 0.6:
            out.append(
                (
                    tr(
                        lang,
                        "Removal and disposal of existing sign",
                        "Demontage und Entsorgung Altschild",
                        "Dépose et évacuation de l'ancienne enseigne",
                    ),
                    1,
                    rng.choice([85, 120, 150]),
                )
            )
        out.append(
            (
                tr(
                    lang,
                    "Installation, two fitters",
                    "Montage durch zwei Monteure",
                    "Pose par deux techniciens",
                ),
                1,
                rng.choice([260, 340, 420]),
            )
        )
        if rng.random() < 0.5:
            out.append(
                (
                    tr(
                        lang,
                        "Access platform (1 day)",
                        "Hubarbeitsbühne (1 Tag)",
                        "Nacelle (1 jour)",
                    ),
                    1,
                    rng.choice([195, 240, 290]),
                )
            )
    return out


def a_job(rng: random.Random) -> Job:
    """A new job of the stream's workshop for one of its customers."""
    lg = home()
    customer = rng.choice(SENDERS["customer"][lg])
    kind = rng.choice(list(WORK))
    w = (
        rng.choice([2400, 3600, 4200, 5150, 6000])
        if kind in ("fascia", "tray")
        else rng.choice([600, 800, 1200, 1500])
    )
    hh = (
        rng.choice([600, 750, 800, 900])
        if kind in ("fascia", "tray")
        else rng.choice([450, 600, 800])
    )
    reg = {
        "en": serial(rng, "AA99 AAA"),
        "de": serial(rng, "AA-AA 999"),
        "fr": serial(rng, "AA-999-AA"),
    }[lg]
    initials = "".join(t[0] for t in WORKSHOPS[lg][row_no()][0].replace("&", " ").split()[:2])
    qd = month() - timedelta(days=rng.randint(3, 30))
    return Job(
        ref=f"{initials.upper()}{qd.year % 100}{rng.randint(100, 899):03d}",
        customer=customer,
        town=rng.choice(NEAR[lg][row_no()]),
        contact=person(rng, lg),
        kind=kind,
        width=w,
        height=hh,
        vehicle=rng.choice(VANS),
        reg=reg,
        lines=job_lines(rng, kind, lg, w, hh),
        colours=rng.sample(range(len(COLOURS)), rng.choice([2, 3, 3, 4])),
        quote_no=serial(rng, rng.choice(["Q9999", "Q-99-999", "AN-99999", "D99999"])),
        quote_day=qd,
        deposit=rng.choice([0.5, 0.5, 0.3, 0.4]),
        tagline=rng.choice(TAGLINES[lg]),
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng)


def work_name(job: Job, lang: str) -> str:
    return tr(lang, *WORK[job.kind])


def job_title(job: Job, lang: str) -> str:
    what = work_name(job, lang)
    if job.vehicle_job:
        return f"{what} - {job.vehicle} {job.reg}"
    return f"{what} - {job.customer[0]}"


def site(job: Job) -> str:
    return f"{job.customer[1]}, {job.town}"


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TRADE = {
    "workshop": (
        "Signs - Vehicle Graphics - Illumination",
        "Schilder - Fahrzeugbeschriftung - Lichtwerbung",
        "Enseignes - Covering - Signalétique",
    ),
    "vinyl": (
        "Sign & graphics media",
        "Folien und Medien für Werbetechnik",
        "Supports pour la signalétique",
    ),
    "panel": (
        "Sheet materials for sign makers",
        "Platten für die Werbetechnik",
        "Panneaux pour enseignistes",
    ),
    "led": (
        "LED lighting for signs",
        "LED-Technik für Lichtwerbung",
        "Éclairage LED pour enseignes",
    ),
    "service": (
        "Wide format print - sales & service",
        "Großformatdruck - Vertrieb & Service",
        "Impression grand format - vente et SAV",
    ),
    "hire": (
        "Powered access hire - IPAF trained operators",
        "Arbeitsbühnenvermietung",
        "Location de nacelles avec ou sans opérateur",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "highway"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Bielefeld",
                "Volksbank Münsterland Nord",
                "Sparkasse Regensburg",
                "Commerzbank",
                "Hamburger Sparkasse",
            ]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 399)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Bielefeld', 'Regensburg', 'Hamburg', 'München'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dirk Reuter", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['7311Z', '1813Z', '4669B', '7739Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "Co." in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "broker":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    if role == "workshop" and r.random() < 0.5:
        out.append(
            r.choice(["Member of the British Sign & Graphics Association", "CHAS accredited"])
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"grater/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "highway"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "customer":
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
        margin=r.choice([48, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def shop_head() -> Head:
    lang = home()
    return make_head(WORKSHOPS[lang][row_no()], lang, "workshop")


def council_head(highway: bool = False) -> Head:
    lang = home()
    pair = COUNCILS[lang][row_no()]
    return make_head(pair[1] if highway else pair[0], lang, "highway" if highway else "council")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and workshop), of the
    workshop's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def customer_head(job: Job) -> Head:
    name, street, _, phone = job.customer
    return make_head((name, street, job.town, phone), home(), "customer")


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
    """A circle drawn as a polygon (wheels, seals and round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording inside."""
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


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    trade = tr(h.lang, *TRADE[h.role]) if h.role in TRADE else ""
    if w < 460:
        pt = shrink(h.name, h.bold, 11, w - 2 * m)
        p.text(m, y, h.name, h.bold, pt)
        p.text(m, y + 11, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5)
        if contact:
            p.text(m, y + 19, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5)
        p.line(m, y + 24, w - m, y + 24)
        return y + 40
    if h.look == "official":
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(m + 32, yy + 9, fit(contact, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 36
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
        p.text(w / 2, y + 15, fit(trade or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if trade else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        if trade:
            p.text(
                m, y + 15, fit(trade, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
            )
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
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
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts"],
                        "de": ["Büro", "Buchhaltung"],
                        "fr": ["Bureau", "Compta"],
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
            ["Yours sincerely", "Kind regards", "Best regards", "Many thanks"][len(name) % 4],
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
    r = random.Random(zlib.crc32(f"grater/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def team() -> dict[str, str]:
    """The workshop's owner, designer and two fitters."""
    h = shop_head()
    return {k: staff(h, k) for k in ("owner", "designer", "fitter1", "fitter2")}


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop_head(), att)


def customer_lines(job: Job, att: bool = True) -> list[str]:
    name, street, _, _ = job.customer
    return [name, *([mx(job.contact, home())] if att else []), street, job.town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets, s: Style, lg: str, rows: list[tuple[str, float]], bold_last: bool = True
) -> None:
    """Amounts right-aligned under a table, the last one bold."""
    w, _ = f.size
    m = s.margin
    f.need(18 * len(rows) + 10)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    for k, (t, v) in enumerate(rows):
        font = s.bold if bold_last and k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, font, s.size, w * 0.27), font, s.size)
        f.page.text(w - m, f.y, cash(v, lg), font, s.size, "right")
        f.y += s.size * 1.5


def vat_rows(lg: str, net: float, total_label: str = "") -> list[tuple[str, float]]:
    rate = vat_rate(lg)
    tax = round(net * rate / 100, 2)
    return [
        (tr(lg, "Net", "Nettobetrag", "Total HT"), net),
        (tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax),
        (total_label or tr(lg, "Total", "Gesamtbetrag", "Total TTC"), round(net + tax, 2)),
    ]


def small_print(
    rng: random.Random, s0: Style, lang: str, title: str, heads: list[str], topic: str = "legal"
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
            text = " ".join(words(rng, lang, topic) for _ in range(rng.randint(3, 7)))
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
    side = rng.choice(["left", "top", "both"])
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "", signed: bool = True
) -> None:
    """A signature line with its label under it, signed by ``name`` when ``signed``."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if name and signed:
        scrawl(p, x + 6, y - 4, name, 12)


def hand_date(d: date) -> str:
    return short(d, home())


# ---------------------------------------------------------------------------------------------
# Drawings: design proofs, van outlines, shopfronts, photo sheets
# ---------------------------------------------------------------------------------------------


def dim_line(p: Page, x1: float, y1: float, x2: float, y2: float, label: str) -> None:
    """A dimension line with end ticks and its label in the middle."""
    p.line(x1, y1, x2, y2)
    if y1 == y2:
        p.line(x1, y1 - 4, x1, y1 + 4)
        p.line(x2, y2 - 4, x2, y2 + 4)
        p.text((x1 + x2) / 2, y1 - 3, label, "Helvetica", 7, "center")
    else:
        p.line(x1 - 4, y1, x1 + 4, y1)
        p.line(x2 - 4, y2, x2 + 4, y2)
        p.text(x1 + 5, (y1 + y2) / 2 + 3, label, "Helvetica", 7)


def draw_van(p: Page, x: float, y: float, w: float, job: Job, full: bool) -> None:
    """A van seen from the side, the customer's livery on it."""
    h = w * 0.42
    body = w * 0.74
    if full:
        p.rect(x, y, body, h * 0.82, fill=0.8)
    else:
        p.rect(x, y, body, h * 0.82)
    p.line(x + body, y + h * 0.12, x + w * 0.9, y + h * 0.3)
    p.line(x + w * 0.9, y + h * 0.3, x + w, y + h * 0.55)
    p.line(x + w, y + h * 0.55, x + w, y + h * 0.82)
    p.line(x + body, y + h * 0.12, x + body, y + h * 0.82)
    p.line(x + body, y + h * 0.82, x + w, y + h * 0.82)
    p.line(x + body + 6, y + h * 0.2, x + w * 0.88, y + h * 0.34)
    r = h * 0.13
    for cx in (x + w * 0.18, x + w * 0.83):
        ring(p, cx, y + h * 0.84, r)
        ring(p, cx, y + h * 0.84, r * 0.45, 16)
    name = job.customer[0]
    pt = shrink(name, "Helvetica-Bold", 26, body - 30)
    p.text(x + body / 2, y + h * 0.36, name, "Helvetica-Bold", pt, "center")
    p.text(
        x + body / 2, y + h * 0.36 + pt + 4, job.tagline, "Helvetica-Oblique", pt * 0.5, "center"
    )
    phone = job.customer[3] or "07700 900 123"
    p.text(x + body / 2, y + h * 0.66, phone, "Helvetica-Bold", pt * 0.7, "center")


def draw_front(p: Page, x: float, y: float, w: float, job: Job) -> None:
    """A shop front elevation with the sign above the windows."""
    h = w * 0.55
    p.rect(x, y, w, h)
    fh = h * 0.2
    p.rect(x + 6, y + 6, w - 12, fh, fill=0.85 if job.kind != "window" else None)
    name = job.customer[0]
    pt = shrink(name, "Times-Bold", 30, w - 40)
    p.text(x + w / 2, y + 6 + fh * 0.68, name, "Times-Bold", pt, "center")
    wy = y + fh + 18
    p.rect(x + 14, wy, w * 0.36, h - fh - 26)
    p.rect(x + w * 0.42, wy, w * 0.2, h - fh - 26)
    p.rect(x + w * 0.66, wy, w * 0.34 - 14, h - fh - 26)
    if job.kind == "window":
        p.rect(x + 14, wy + (h - fh - 26) * 0.55, w * 0.36, (h - fh - 26) * 0.25, fill=0.9)
        p.rect(
            x + w * 0.66, wy + (h - fh - 26) * 0.55, w * 0.34 - 14, (h - fh - 26) * 0.25, fill=0.9
        )
    if job.kind == "projecting":
        p.line(x + w - 4, y + fh + 30, x + w + 40, y + fh + 30)
        p.rect(x + w + 8, y + fh + 34, 36, 36)
    p.text(x + w * 0.52, wy + 40, job.tagline, "Helvetica", 7, "center")


def draw_panel(p: Page, x: float, y: float, w: float, job: Job) -> float:
    """The sign panel to scale with its dimensions; the y below."""
    ratio = job.height / job.width
    h = max(40.0, min(w * ratio, 220.0))
    p.rect(x, y, w, h, fill=0.88)
    p.rect(x + 4, y + 4, w - 8, h - 8)
    name = job.customer[0]
    pt = shrink(name, "Helvetica-Bold", min(40, h * 0.45), w - 40)
    p.text(x + w / 2, y + h * 0.5 + pt * 0.2, name, "Helvetica-Bold", pt, "center")
    p.text(
        x + w / 2,
        y + h * 0.5 + pt * 0.2 + pt * 0.7,
        job.tagline,
        "Helvetica-Oblique",
        max(7, pt * 0.35),
        "center",
    )
    dim_line(p, x, y - 12, x + w, y - 12, f"{job.width} mm")
    dim_line(p, x + w + 12, y, x + w + 12, y + h, f"{job.height} mm")
    return y + h


def proof_page(rng: random.Random, job: Job, h: Head, version: int, d: date) -> Page:
    """A design proof on landscape A4: a frame, the drawing, the colour references and the
    title block at the bottom right."""
    lg = h.lang
    w, hh = A4L
    p = Page(A4L)
    m = 28.0
    p.rect(m, m, w - 2 * m, hh - 2 * m)
    tbw, tbh = 250.0, 120.0
    tx, ty = w - m - tbw, hh - m - tbh
    p.rect(tx, ty, tbw, tbh)
    rows = [
        (tr(lg, "Client", "Kunde", "Client"), job.customer[0]),
        (tr(lg, "Job", "Auftrag", "Affaire"), f"{job.ref} - {work_name(job, lg)}"),
        (tr(lg, "Proof", "Entwurf", "BAT"), f"{version} / {short(d, lg)}"),
        (tr(lg, "Drawn", "Gezeichnet", "Dessiné par"), team()["designer"]),
        (tr(lg, "Scale", "Maßstab", "Échelle"), tr(lg, "NTS", "o. M.", "sans échelle")),
    ]
    yy = ty + 12
    for k, (a, b) in enumerate(rows):
        p.text(tx + 5, yy, a, "Helvetica", 6.5)
        p.text(tx + 62, yy, fit(b, "Helvetica-Bold", 8, tbw - 68), "Helvetica-Bold", 8)
        if k < len(rows) - 1:
            p.line(tx, yy + 5, tx + tbw, yy + 5)
        yy += 17
    p.line(tx + 58, ty, tx + 58, yy - 12)
    p.text(tx + 5, ty + tbh - 8, fit(h.name, "Helvetica-Bold", 7, tbw - 10), "Helvetica-Bold", 7)
    title = tr(lg, "DESIGN PROOF", "ENTWURF ZUR FREIGABE", "MAQUETTE - BON À TIRER")
    p.text(m + 14, m + 24, title, "Helvetica-Bold", 15)
    p.text(m + 14, m + 38, fit(job_title(job, lg), "Helvetica", 9, w / 2), "Helvetica", 9)
    if job.vehicle_job:
        draw_van(p, m + 40, m + 80, w * 0.55, job, job.kind == "wrap")
        if rng.random() < 0.6:
            p.text(
                m + 40,
                m + 330,
                tr(
                    lg,
                    "Nearside shown, offside mirrored",
                    "Beifahrerseite, Fahrerseite gespiegelt",
                    "Côté droit, côté gauche symétrique",
                ),
                "Helvetica-Oblique",
                7.5,
            )
    elif job.kind in ("window", "projecting") or rng.random() < 0.4:
        draw_front(p, m + 40, m + 70, w * 0.5, job)
    else:
        draw_panel(p, m + 40, m + 90, w * 0.6, job)
    cx = m + 14
    cy = hh - m - 110.0
    p.text(cx, cy, tr(lg, "Colours", "Farben", "Couleurs"), "Helvetica-Bold", 8)
    for k, c in enumerate(job.colours):
        p.rect(cx, cy + 8 + 15 * k, 18, 10, fill=0.2 + 0.2 * k)
        p.text(cx + 24, cy + 16 + 15 * k, colour(c, lg), "Helvetica", 7.5)
    note = tr(
        lg,
        "Colours on screen and print are approximate. Please check all spelling, numbers and "
        "sizes: we cannot accept responsibility for errors once this proof is approved.",
        "Farben im Ausdruck nicht verbindlich. Bitte Schreibweise, Telefonnummern und Maße prüfen: "
        "nach Freigabe übernehmen wir keine Haftung für Fehler.",
        "Couleurs non contractuelles. Merci de vérifier orthographe, numéros et dimensions : "
        "après validation du BAT, aucune réclamation ne pourra être acceptée.",
    )
    yy = cy
    for ln in wrap(note, "Helvetica", 7, 200):
        p.text(w / 2 - 110, yy, ln, "Helvetica", 7)
        yy += 9
    return p


def photo_sheet(rng: random.Random, s: Style, title: str, captions: list[str]) -> list[Page]:
    """Photos two to a page with their captions under ``title``."""
    w, hh = s.page_size
    m = s.margin
    pages: list[Page] = []
    for k, cap in enumerate(captions):
        if k % 2 == 0:
            p = Page(s.page_size)
            pages.append(p)
            p.text(m, m, fit(title, s.bold, s.size + 1, w - 2 * m), s.bold, s.size + 1)
            p.line(m, m + 6, w - m, m + 6)
        y = m + 24 + (k % 2) * (hh - 2 * m) / 2
        ph = (hh - 2 * m) / 2 - 50
        photo(pages[-1], m, y, w - 2 * m, ph, rng)
        pages[-1].text(m, y + ph + 14, fit(cap, s.font, s.size - 1, w - 2 * m), s.font, s.size - 1)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates LLLL: the workshop's own quotations, proofs, job papers and invoices
# ---------------------------------------------------------------------------------------------


def quote_terms(lg: str) -> list[str]:
    return {
        "en": [
            "Quotations",
            "Deposits",
            "Artwork and proofs",
            "Copyright",
            "Site survey",
            "Planning and consents",
            "Access",
            "Installation",
            "Electrical work",
            "Vehicle graphics",
            "Payment",
            "Ownership of goods",
            "Guarantee",
            "Cancellation",
        ],
        "de": [
            "Angebote",
            "Anzahlung",
            "Entwürfe und Freigabe",
            "Urheberrecht",
            "Aufmaß",
            "Genehmigungen",
            "Zugang zur Baustelle",
            "Montage",
            "Elektroarbeiten",
            "Fahrzeugbeschriftung",
            "Zahlung",
            "Eigentumsvorbehalt",
            "Gewährleistung",
            "Stornierung",
        ],
        "fr": [
            "Devis",
            "Acompte",
            "Maquettes et BAT",
            "Propriété intellectuelle",
            "Relevé",
            "Autorisations",
            "Accès",
            "Pose",
            "Travaux électriques",
            "Covering",
            "Paiement",
            "Réserve de propriété",
            "Garantie",
            "Annulation",
        ],
    }[lg]


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's quotation for a sign or a van livery: the customer's address, the
    lines, VAT, the deposit asked, an acceptance box, one or two design proofs on landscape
    pages behind and now and then the terms of business."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("brand_guidelines",))
    if after(("brand_guidelines",)):
        ch = LAST["extra"]
        if isinstance(ch, str):
            job.customer = (f"{ch} - {job.town.split()[-1]}", job.customer[1], "", "")
    d = job.quote_day if rng.random() < 0.5 else some_day(rng)
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.1 else A4)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h, f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {job.quote_no}")
    recipient(
        f,
        s,
        h,
        customer_lines(job),
        d,
        [
            (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), job.quote_no),
            (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), job.ref),
        ],
    )
    caption(f, s, tr(lg, "QUOTATION", "ANGEBOT", "DEVIS"), 4)
    write(f, s, f"{tr(lg, 'Re', 'Betreff', 'Objet')}: {job_title(job, lg)}", s.size)
    write(f, s, dear(lg, mx(job.contact, lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your enquiry. Further to our site visit we are pleased to quote as "
            "follows for the supply and installation of the items below.",
            "vielen Dank für Ihre Anfrage. Gemäß unserem Aufmaß vor Ort bieten wir Ihnen "
            "freibleibend an:",
            "Suite à notre visite sur place, nous avons le plaisir de vous adresser notre "
            "meilleure "
            "proposition pour la fourniture et la pose suivantes :",
        ),
    )
    cols = columns(
        m, w - m, [(0.5, "left"), (5, "left"), (0.7, "right"), (1.2, "right"), (1.3, "right")]
    )
    rows = [
        [str(k + 1), t, f"{q:g}", money(pr, lg), money(q * pr, lg)]
        for k, (t, q, pr) in enumerate(job.lines)
    ]
    long_rows: list[list[str]] = []
    for r in rows:
        parts = wrap(r[1], s.font, s.size - 1, cols[1][1] - cols[1][0] - 4)
        long_rows.append([r[0], parts[0], r[2], r[3], r[4]])
        long_rows.extend(["", t, "", "", ""] for t in parts[1:])
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU HT"),
            tr(lg, "Total", "Gesamt", "Total HT"),
        ],
        long_rows,
        s,
        rules=False,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    totals(f, s, lg, vat_rows(lg, job.net))
    pct = int(job.deposit * 100)
    write(
        f,
        s,
        tr(
            lg,
            f"A deposit of {pct}% is payable on acceptance; the balance on completion. This "
            "quotation is valid for 30 days. Lead time approx. 2-3 weeks from proof approval.",
            f"Bei Auftragserteilung {pct} % Anzahlung, Rest nach Fertigstellung. Angebot gültig 30 "
            "Tage. Lieferzeit ca. 2-3 Wochen nach Druckfreigabe.",
            f"Acompte de {pct} % à la commande, solde à la pose. Devis valable 1 mois. Délai "
            "indicatif 2 à 3 semaines après validation du BAT.",
        ),
        s.size - 0.5,
    )
    if job.kind in ("fascia", "tray", "projecting", "post") and rng.random() < 0.6:
        write(
            f,
            s,
            tr(
                lg,
                "Advertisement consent may be required; we can make the application on your behalf "
                "(council fee payable in addition).",
                "Für die Werbeanlage ist ggf. eine Genehmigung erforderlich; den Antrag "
                "stellen wir "
                "gern für Sie (Gebühren der Stadt zusätzlich).",
                "Une autorisation préalable d'enseigne peut être nécessaire ; nous pouvons déposer "
                "le dossier pour vous (taxes en sus).",
            ),
            s.size - 0.5,
        )
    regards(f, s, lg, team()["owner"], tr(lg, "Director", "Inhaber", "Gérant"))
    f.need(70)
    f.page.rect(m, f.y, w - 2 * m, 56)
    f.page.text(
        m + 6,
        f.y + 12,
        tr(
            lg,
            "Acceptance: I accept this quotation and the terms of business.",
            "Auftragserteilung: Ich beauftrage das Angebot zu den umseitigen Bedingungen.",
            "Bon pour accord : devis reçu avant l'exécution des travaux, lu et approuvé.",
        ),
        s.bold,
        s.size - 1.5,
    )
    sign_line(
        f.page, s, m + 8, f.y + 44, 150, tr(lg, "Signed", "Unterschrift", "Signature"), signed=False
    )
    sign_line(f.page, s, m + 200, f.y + 44, 90, tr(lg, "Date", "Datum", "Date"), signed=False)
    f.y += 66
    pages = close(f.pages, s, h)
    for v in range(1, job.versions + (1 if rng.random() < 0.3 else 0) + 1):
        pages.append(proof_page(rng, job, h, v, d))
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms of business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                quote_terms(lg),
            )
        )
    remember(job, d)
    return pages


def tpl_proof_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's proof approval form as the customer sends it back: the proof in
    small, the checks ticked, the decision, amendments in hand, signature and date; now and
    then the marked-up proof behind."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("quotation",))
    ex = LAST["extra"]
    if after(("proof_approval",)) and isinstance(ex, Job):
        job = a_job(rng)
        job.customer = ex.customer
        job.kind = ex.kind
    d = last_day(rng, ("quotation",), (2, 9))
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "PROOF APPROVAL FORM", "DRUCKFREIGABE", "BON À TIRER - VALIDATION")
    p.text(m, y, title, s.bold, s.size + 4)
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.customer[0]),
            (tr(lg, "Job no.", "Auftrags-Nr.", "N° affaire"), job.ref),
            (tr(lg, "Item", "Objekt", "Objet"), work_name(job, lg)),
            (tr(lg, "Proof version", "Entwurf Nr.", "Version BAT"), str(rng.randint(1, 3))),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    bh = 120.0 if size == A4 else 80.0
    p.rect(m, y, w - 2 * m, bh)
    pt = shrink(job.customer[0], "Helvetica-Bold", 18, w - 2 * m - 40)
    p.rect(m + 20, y + bh * 0.3, w - 2 * m - 40, bh * 0.4, fill=0.85)
    p.text(w / 2, y + bh * 0.55, job.customer[0], "Helvetica-Bold", pt, "center")
    p.text(
        m + 4,
        y + bh - 4,
        tr(lg, "Proof (reduced)", "Entwurf (verkleinert)", "Maquette (réduite)"),
        s.font,
        6,
    )
    y += bh + 18
    checks = [
        tr(lg, "Spelling and wording", "Schreibweise und Text", "Orthographe et texte"),
        tr(lg, "Telephone / web / e-mail", "Telefon / Web / E-Mail", "Téléphone / site / e-mail"),
        tr(lg, "Colours", "Farben", "Couleurs"),
        tr(lg, "Sizes and position", "Maße und Position", "Dimensions et position"),
    ]
    p.text(
        m, y, tr(lg, "I have checked:", "Ich habe geprüft:", "J'ai vérifié :"), s.bold, s.size - 1
    )
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        checks,
        set(range(len(checks))) - ({rng.randrange(4)} if rng.random() < 0.3 else set()),
    )
    y += 6
    choice = rng.choices([0, 1, 2], [6, 3, 1])[0]
    opts = [
        tr(
            lg,
            "Approved as shown - please proceed",
            "Freigegeben wie gezeigt",
            "Bon pour accord en l'état",
        ),
        tr(
            lg,
            "Approved subject to the amendments below",
            "Freigegeben mit Änderungen (s. u.)",
            "Bon pour accord sous réserve des corrections ci-dessous",
        ),
        tr(
            lg,
            "Not approved - please send a revised proof",
            "Nicht freigegeben - neuer Entwurf",
            "Non validé - merci de renvoyer une maquette",
        ),
    ]
    for k, t in enumerate(opts):
        box(p, m, y, k == choice, 9)
        p.text(m + 16, y, t, s.font, s.size - 0.5)
        y += s.size * 1.9
    y += 4
    p.text(m, y, tr(lg, "Amendments:", "Änderungen:", "Corrections :"), s.font, s.size - 1)
    for k in range(3):
        p.line(m, y + 16 + 16 * k, w - m, y + 16 + 16 * k)
    if choice:
        notes = {
            "en": [
                "phone no. should be 01924 ...",
                "logo a bit bigger please",
                "make green darker",
                "remove 'Ltd'",
                "add website under name",
            ],
            "de": [
                "Tel.-Nr. bitte ändern",
                "Logo etwas größer",
                "Grün dunkler",
                "GmbH weglassen",
                "Webadresse ergänzen",
            ],
            "fr": [
                "numéro de tél. à corriger",
                "logo un peu plus grand",
                "vert plus foncé",
                "enlever 'SARL'",
                "ajouter le site web",
            ],
        }[lg]
        for k, t in enumerate(rng.sample(notes, 2)):
            hand(p, m + 8, y + 13 + 16 * k, t, 10, w - 2 * m - 16)
    y += 70
    cust = job.contact
    sign_line(
        p, s, m, y + 20, (w - 2 * m) * 0.45, tr(lg, "Signature", "Unterschrift", "Signature"), cust
    )
    sign_line(
        p,
        s,
        w / 2 + 10,
        y + 20,
        (w - 2 * m) * 0.45 - 10,
        tr(lg, "Name / date", "Name / Datum", "Nom / date"),
    )
    hand(p, w / 2 + 14, y + 16, f"{cust}  {hand_date(d)}", 9, (w - 2 * m) * 0.45 - 14)
    if y + 60 < hh - m:
        p.text(
            m,
            min(y + 50, hh - m - 20),
            fit(
                tr(
                    lg,
                    "Please sign and return by e-mail or post. Production starts on receipt.",
                    "Bitte unterschrieben zurücksenden. Die Produktion beginnt nach Eingang.",
                    "Merci de retourner ce document signé. La fabrication démarre à réception.",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    pages = [p]
    if choice and rng.random() < 0.6:
        proof = proof_page(rng, job, h, 1, d - timedelta(days=rng.randint(1, 5)))
        for k in range(rng.randint(1, 3)):
            x0, y0 = rng.uniform(120, 480), rng.uniform(100, 330)
            ring(proof, x0, y0, rng.uniform(18, 34))
            hand(
                proof,
                x0 + 30,
                y0 - 20 - 8 * k,
                rng.choice(["bigger!", "darker", "?", "move up", "check no."]),
                11,
            )
        pages.append(proof)
    remember(job, d, job)
    return pages


def tpl_job_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's job sheet: a printed A4 form with the job's particulars, tick boxes for
    the work and the access, materials and hours entered by hand, sign-offs; now and then the
    print and laminate log behind."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("proof_approval", "quotation"))
    if after(("job_sheet",)):
        job = a_job(rng)
    d = last_day(rng, ("proof_approval", "quotation"), (5, 16))
    s = style_of(h, A4, margin=40, pt=9)
    w, hh = s.page_size
    m = s.margin
    p = Page(A4)
    p.text(m, m, h.name, s.bold, 10)
    p.text(
        w - m, m, tr(lg, "JOB SHEET", "WERKSTATTAUFTRAG", "FICHE DE TRAVAIL"), s.bold, 15, "right"
    )
    p.text(w - m, m + 16, f"No. {job.ref}", "Courier-Bold", 11, "right")
    y = m + 30
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.customer[0]),
            (
                tr(lg, "Contact / tel", "Ansprechpartner / Tel.", "Contact / tél."),
                f"{job.contact} {job.customer[3]}",
            ),
            (
                tr(lg, "Site address", "Montageort", "Adresse du chantier"),
                f"{job.reg}" if job.vehicle_job else site(job),
            ),
            (tr(lg, "Quote / order", "Angebot / Auftrag", "Devis / commande"), job.quote_no),
            (tr(lg, "Date in", "Eingang", "Date entrée"), hand_date(d)),
            (
                tr(lg, "Due / fit date", "Termin / Montage", "Date de pose"),
                hand_date(d + timedelta(days=rng.randint(5, 20))),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Work", "Leistung", "Travaux"))
    kinds = [tr(lg, *WORK[k]).split(" (")[0] for k in WORK]
    y = ticks(p, s, m + 4, y + 12, w - 2 * m - 8, kinds, {list(WORK).index(job.kind)})
    stages = [
        tr(lg, "Artwork", "Grafik", "PAO"),
        tr(lg, "Print", "Druck", "Impression"),
        tr(lg, "Laminate", "Laminieren", "Lamination"),
        tr(lg, "Plot / weed", "Plotten / Entgittern", "Découpe / échenillage"),
        tr(lg, "Fabricate", "Fertigung", "Fabrication"),
        tr(lg, "Fit", "Montage", "Pose"),
    ]
    y = band(p, s, y + 4, tr(lg, "Production", "Produktion", "Production"))
    y = ticks(
        p, s, m + 4, y + 12, w - 2 * m - 8, stages, set(rng.sample(range(6), rng.randint(2, 6)))
    )
    y = band(p, s, y + 4, tr(lg, "Access", "Zugang / Höhe", "Accès / hauteur"))
    acc = [
        tr(lg, "Ladders", "Leiter", "Échelle"),
        tr(lg, "Tower", "Rollgerüst", "Échafaudage"),
        tr(lg, "MEWP hired", "Hubbühne gemietet", "Nacelle louée"),
        tr(lg, "Permit needed", "Genehmigung nötig", "Arrêté nécessaire"),
        tr(lg, "Indoors / workshop", "Halle / Werkstatt", "Atelier"),
    ]
    on = {4} if job.vehicle_job else set(rng.sample(range(4), rng.randint(1, 2)))
    y = ticks(p, s, m + 4, y + 12, w - 2 * m - 8, acc, on)
    y = band(p, s, y + 4, tr(lg, "Materials used", "Material", "Matières utilisées"))
    mats = {
        "en": [
            "Cast vinyl black 070",
            "Printable cast wrap film",
            "Gloss laminate",
            "3 mm ACM white",
            "Application tape",
            "LED modules 0.72 W",
            "Rivnuts M6",
        ],
        "de": [
            "Gussfolie schwarz 070",
            "Digitaldruckfolie gegossen",
            "Laminat glänzend",
            "Alu-Verbund 3 mm weiß",
            "Übertragungsfolie",
            "LED-Module 0,72 W",
            "Nietmuttern M6",
        ],
        "fr": [
            "Adhésif coulé noir 070",
            "Film covering imprimable",
            "Lamination brillante",
            "Composite 3 mm blanc",
            "Tape de transfert",
            "Modules LED 0,72 W",
            "Écrous M6",
        ],
    }[lg]
    y += 14
    p.text(m + 4, y, tr(lg, "Material", "Material", "Matière"), s.bold, 8)
    p.text(w * 0.6, y, tr(lg, "Qty / m", "Menge / lfm", "Qté / ml"), s.bold, 8)
    p.text(w * 0.78, y, tr(lg, "Batch", "Charge", "Lot"), s.bold, 8)
    filled = rng.randint(2, 5)
    for k in range(6):
        yy = y + 15 + 15 * k
        p.line(m, yy + 4, w - m, yy + 4)
        if k < filled:
            hand(p, m + 6, yy, mats[(k + rng.randint(0, 6)) % len(mats)], 9, w * 0.5)
            hand(p, w * 0.6, yy, f"{rng.choice([1, 2, 3.5, 4, 6, 12])}", 9)
            if rng.random() < 0.6:
                hand(p, w * 0.78, yy, serial(rng, "99A9999"), 8.5)
    y += 15 * 6 + 20
    y = band(p, s, y, tr(lg, "Time", "Zeiten", "Temps passé"))
    y += 14
    people = list(team().values())
    for k, nm in enumerate(people[1:]):
        yy = y + 14 * k
        p.text(m + 4, yy, nm, s.font, 8)
        p.line(m + 130, yy + 3, w - m, yy + 3)
        if rng.random() < 0.8:
            hand(
                p,
                m + 140,
                yy,
                f"{hand_date(d + timedelta(days=rng.randint(1, 9)))}  "
                f"{rng.choice([1.5, 2, 3, 4, 6.5, 7])} h",
                9,
            )
    y += 14 * 3 + 12
    p.text(m, y, tr(lg, "Notes", "Bemerkungen", "Remarques"), s.bold, 8)
    for k in range(3):
        p.line(m, y + 14 + 14 * k, w - m, y + 14 + 14 * k)
    hand(
        p,
        m + 6,
        y + 11,
        rng.choice(
            {
                "en": [
                    "cust. wants fitting before 9am",
                    "parking at rear, key from neighbour",
                    "check fixings - soft brick",
                    "van booked in Tues 8:00",
                ],
                "de": [
                    "Montage vor 9 Uhr",
                    "Parken hinten im Hof",
                    "Mauerwerk weich - Dübel prüfen",
                    "Fahrzeug Di 8:00 Uhr",
                ],
                "fr": [
                    "pose avant 9h",
                    "stationnement à l'arrière",
                    "mur friable - vérifier chevilles",
                    "véhicule mardi 8h",
                ],
            }[lg]
        ),
        9.5,
        w - 2 * m - 12,
    )
    sy = min(y + 70, hh - m - 20)
    sign_line(
        p,
        s,
        m,
        sy,
        160,
        tr(lg, "Job complete - fitter", "Erledigt - Monteur", "Terminé - poseur"),
        people[2],
        rng.random() < 0.8,
    )
    sign_line(
        p,
        s,
        w - m - 160,
        sy,
        160,
        tr(lg, "Checked", "Geprüft", "Contrôlé"),
        people[0],
        rng.random() < 0.5,
    )
    pages = [p]
    if rng.random() < 0.35:
        q = Page(A4L)
        lw, _lh = A4L
        q.text(
            30,
            36,
            tr(
                lg,
                "Print & laminate log",
                "Druck- und Laminierprotokoll",
                "Journal impression / lamination",
            ),
            "Helvetica-Bold",
            12,
        )
        q.text(lw - 30, 36, job.ref, "Courier-Bold", 11, "right")
        cols = [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "File", "Datei", "Fichier"),
            tr(lg, "Media", "Medium", "Support"),
            tr(lg, "Profile", "Profil", "Profil"),
            tr(lg, "Length m", "Länge m", "Long. m"),
            tr(lg, "Laminated", "Laminiert", "Lamifié"),
            tr(lg, "Initials", "Kürzel", "Visa"),
        ]
        xs = [30 + k * (lw - 60) / len(cols) for k in range(len(cols))]
        for x, t in zip(xs, cols, strict=True):
            q.text(x + 3, 62, t, "Helvetica-Bold", 8)
        filled = rng.randint(2, 6)
        for r in range(16):
            yy = 70 + 24 * r
            q.line(30, yy, lw - 30, yy)
            if r < filled:
                vals = [
                    hand_date(d + timedelta(days=r)),
                    f"{job.ref}_{r + 1}.pdf",
                    rng.choice(["cast 80um", "MPI 1105", "SK 4100"]),
                    rng.choice(["HQ 12p", "Prod 8p", "std"]),
                    f"{rng.uniform(1, 9):.1f}",
                    rng.choice(["gloss", "matt", "-"]),
                    "".join(x[0] for x in people[1].split()),
                ]
                for x, t in zip(xs, vals, strict=True):
                    hand(q, x + 3, yy + 17, t, 8.5, (lw - 60) / len(cols) - 6)
        q.line(30, 70 + 24 * 16, lw - 30, 70 + 24 * 16)
        for x in [*xs, lw - 30]:
            q.line(x, 52, x, 70 + 24 * 16)
        pages.append(q)
    remember(job, d)
    return pages


def tpl_install_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's installation report: the job, the checklist, time on site, remarks,
    the customer's sign-off and the photo sheet of before and after."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("job_sheet",))
    d = last_day(rng, ("job_sheet",), (3, 14))
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    f = sheets(
        s, h, f"{tr(lg, 'Installation report', 'Montagebericht', 'Rapport de pose')} {job.ref}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Installation Report",
            "Montagebericht / Abnahmeprotokoll",
            "Rapport de pose / PV de réception",
        ),
        4,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.customer[0]),
            (tr(lg, "Job no.", "Auftrags-Nr.", "N° affaire"), job.ref),
            (tr(lg, "Location", "Ort", "Lieu"), job.reg if job.vehicle_job else site(job)),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Fitters", "Monteure", "Poseurs"), f"{team()['fitter1']}, {team()['fitter2']}"),
            (
                tr(lg, "On site", "Vor Ort", "Sur site"),
                f"{rng.randint(7, 10)}:{rng.choice(['00', '15', '30'])} - "
                f"{rng.randint(12, 17)}:{rng.choice(['00', '15', '45'])}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 6
    checks = [
        tr(
            lg,
            "Fixings into sound substrate, pull-out checked",
            "Befestigung geprüft",
            "Fixations contrôlées",
        ),
        tr(
            lg,
            "Sign level and aligned to drawing",
            "Lage und Ausrichtung nach Zeichnung",
            "Niveau et position conformes au plan",
        ),
        tr(
            lg,
            "Electrical connection tested",
            "Elektroanschluss geprüft",
            "Raccordement électrique testé",
        ),
        tr(
            lg,
            "Film edges sealed, no bubbles or lifting",
            "Folienkanten versiegelt, blasenfrei",
            "Bords scellés, sans bulles ni décollement",
        ),
        tr(lg, "Area left clean and tidy", "Arbeitsbereich gereinigt", "Chantier nettoyé"),
        tr(
            lg,
            "Care instructions handed over",
            "Pflegehinweise übergeben",
            "Conseils d'entretien remis",
        ),
    ]
    cols = columns(m, w - m, [(6, "left"), (0.8, "center"), (0.8, "center"), (0.8, "center")])
    yn = [*yes_no(lg), "n/a"]
    rows = []
    for k, t in enumerate(checks):
        na = (k == 2 and job.kind not in ("tray",)) or (
            k == 3 and not job.vehicle_job and job.kind != "window"
        )
        rows.append([t, "" if na else "X", "", "X" if na else ""])
    table(f, cols, [tr(lg, "Check", "Prüfpunkt", "Point de contrôle"), *yn], rows, s, rules=True)
    f.y += 6
    caption(f, s, tr(lg, "Remarks", "Bemerkungen", "Observations"), 0)
    write(f, s, prose(rng, lg, "sign", 1, 3))
    f.need(90)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Work accepted by customer:",
            "Abnahme durch den Kunden:",
            "Réception des travaux par le client :",
        ),
        s.bold,
        s.size - 0.5,
    )
    sign_line(
        f.page,
        s,
        m,
        f.y + 40,
        170,
        tr(lg, "Customer", "Kunde", "Client"),
        job.contact,
        rng.random() < 0.85,
    )
    sign_line(
        f.page,
        s,
        w - m - 170,
        f.y + 40,
        170,
        tr(lg, "Fitter", "Monteur", "Poseur"),
        team()["fitter1"],
    )
    hand(f.page, m + 4, f.y + 60, job.contact, 9)
    f.y += 80
    pages = close(f.pages, s, h)
    caps = [tr(lg, "Before", "Vorher", "Avant"), tr(lg, "After", "Nachher", "Après")]
    if rng.random() < 0.5:
        caps += [
            tr(lg, "Detail - fixings", "Detail Befestigung", "Détail fixations"),
            tr(lg, "View from street", "Ansicht Straße", "Vue depuis la rue"),
        ]
    more = photo_sheet(
        rng, s, f"{tr(lg, 'Photos', 'Fotodokumentation', 'Photos')} - {job.ref}", caps
    )
    pages += close(more, s, h, numbers="none") if rng.random() < 0.5 else more
    remember(job, d)
    return pages


def bank_line(h: Head) -> str:
    r = random.Random(zlib.crc32(f"grater/bank/{h.name}".encode()))
    if h.lang == "en":
        return (
            f"Payment by BACS: sort code {r.randint(10, 99)}-{r.randint(10, 99)}-"
            f"{r.randint(10, 99)}, account {r.randint(10000000, 99999999)}"
        )
    if h.lang == "de":
        return (
            f"Bankverbindung: IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(10, 99)}"
        )
    return (
        f"Règlement par virement : IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
    )


def invoice_no(rng: random.Random, lg: str) -> str:
    return serial(rng, {"en": "INV-9999", "de": "RE 2025-999", "fr": "FA99999"}[lg])


def tpl_deposit_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's deposit invoice on acceptance (Abschlagsrechnung, facture d'acompte):
    one page with the quotation referred to, the deposit share, VAT and the bank details."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("proof_approval",))
    if after(("deposit_invoice",)):
        job = a_job(rng)
    d = last_day(rng, ("proof_approval",), (0, 3))
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    no = invoice_no(rng, lg)
    recipient(
        f,
        s,
        h,
        customer_lines(job, rng.random() < 0.5),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), serial(keyed(who, "c"), "K9999")),
        ],
    )
    caption(f, s, tr(lg, "DEPOSIT INVOICE", "ABSCHLAGSRECHNUNG", "FACTURE D'ACOMPTE"), 4)
    write(
        f,
        s,
        f"{job_title(job, lg)} - {tr(lg, 'our quotation', 'unser Angebot', 'notre devis')}"
        f" {job.quote_no} {tr(lg, 'of', 'vom', 'du')} {day(h, job.quote_day)}",
    )
    dep = round(job.net * job.deposit, 2)
    cols = columns(m, w - m, [(6, "left"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        [
            [
                tr(lg, "Order value (net)", "Auftragswert netto", "Montant de la commande HT"),
                money(job.net, lg),
            ],
            [
                tr(
                    lg,
                    f"Deposit {int(job.deposit * 100)}% due on acceptance",
                    f"Anzahlung {int(job.deposit * 100)} % bei Auftragserteilung",
                    f"Acompte de {int(job.deposit * 100)} % à la commande",
                ),
                money(dep, lg),
            ],
        ],
        s,
        rules=True,
    )
    totals(f, s, lg, vat_rows(lg, dep, tr(lg, "Deposit due", "Zahlbetrag", "Net à payer")))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Payment due on receipt. Production will be scheduled once the deposit is received.",
            "Zahlbar sofort ohne Abzug. Die Fertigung wird nach Eingang der Anzahlung eingeplant.",
            "Payable à réception. La fabrication sera planifiée dès réception de l'acompte.",
        ),
        s.size - 0.5,
    )
    write(f, s, bank_line(h), s.size - 1)
    if lg == "fr":
        write(
            f,
            s,
            "Pas d'escompte pour paiement anticipé. Indemnité forfaitaire pour frais de "
            "recouvrement : 40 €.",
            s.size - 2,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 60,
            tr(
                home(),
                f"pd BACS {hand_date(d + timedelta(4))}",
                f"bez. {hand_date(d + timedelta(4))}",
                f"réglé le {hand_date(d + timedelta(4))}",
            ),
            11,
        )
    remember(job, d)
    return pages


def tpl_final_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's final invoice after fitting: the quotation's lines, any extras, VAT,
    the deposit deducted and the balance, often with a remittance slip at the foot."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("install_report",))
    if after(("final_invoice",)):
        job = a_job(rng)
    d = last_day(rng, ("install_report",), (0, 4))
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    no = invoice_no(rng, lg)
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        customer_lines(job, rng.random() < 0.5),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job", "Auftrag", "Affaire"), job.ref),
            (
                tr(lg, "Tax point", "Leistungsdatum", "Date de prestation"),
                short(d - timedelta(days=rng.randint(0, 3)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "SCHLUSSRECHNUNG", "FACTURE"), 4)
    write(f, s, job_title(job, lg))
    lines = list(job.lines)
    if rng.random() < 0.3:
        lines.append(
            (
                tr(
                    lg,
                    "Additional: extra fixings / making good render",
                    "Mehraufwand: zusätzliche Befestigung / Putzausbesserung",
                    "Supplément : fixations supplémentaires / reprise enduit",
                ),
                1,
                rng.choice([45.0, 60.0, 85.0]),
            )
        )
    cols = columns(m, w - m, [(5, "left"), (0.7, "right"), (1.2, "right"), (1.3, "right")])
    rows: list[list[str]] = []
    for t, q, pr in lines:
        parts = wrap(t, s.font, s.size - 1, cols[0][1] - cols[0][0] - 4)
        rows.append([parts[0], f"{q:g}", money(pr, lg), money(q * pr, lg)])
        rows.extend([x, "", "", ""] for x in parts[1:])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU HT"),
            tr(lg, "Net", "Netto", "Total HT"),
        ],
        rows,
        s,
    )
    net = round(sum(q * pr for _, q, pr in lines), 2)
    vr = vat_rows(lg, net)
    dep = round(job.net * job.deposit * (1 + vat_rate(lg) / 100), 2)
    total = vr[-1][1]
    totals(
        f,
        s,
        lg,
        [
            *vr[:-1],
            (vr[-1][0], total),
            (tr(lg, "Less deposit received", "abzgl. Anzahlung", "Acompte versé"), -dep),
            (tr(lg, "Balance due", "Restbetrag", "Reste à payer"), round(total - dep, 2)),
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days of invoice date. Thank you for your business.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Vielen Dank für Ihren Auftrag.",
            "Paiement à 30 jours date de facture. Merci de votre confiance.",
        ),
        s.size - 0.5,
    )
    write(f, s, bank_line(h), s.size - 1)
    if rng.random() < 0.55 and f.y < hh - 190:
        y = hh - m - 130
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with payment",
                "Bitte abtrennen und mit der Zahlung zurücksenden",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            f.page,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                (tr(lg, "From", "Von", "De"), job.customer[0]),
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(round(total - dep, 2), lg)),
                (tr(lg, "Cheque / BACS ref", "Überweisung am", "Chèque / virement"), ""),
            ],
            per=2,
            tall=24,
            hand=False,
        )
    pages = close(f.pages, s, h)
    remember(job, d)
    return pages


def tpl_rams(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's risk assessment and method statement for fitting at height: particulars,
    numbered method steps, the hazard table on a landscape page, emergency arrangements and
    the briefing sheet the fitters sign."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("job_sheet", "quotation", "highway_permit"))
    if job.vehicle_job:
        job.kind = "fascia"
    d = last_day(rng, ("job_sheet", "quotation"), (1, 8))
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    title = tr(
        lg,
        "Risk Assessment & Method Statement",
        "Gefährdungsbeurteilung und Arbeitsanweisung - Arbeiten in der Höhe",
        "Mode opératoire et analyse des risques - travaux en hauteur",
    )
    f = sheets(s, h, f"RAMS {job.ref} - {job.customer[0]}")
    caption(f, s, title, 3)
    people = team()
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Client / site", "Kunde / Ort", "Client / site"),
                f"{job.customer[0]}, {site(job)}",
            ),
            (tr(lg, "Reference", "Referenz", "Référence"), f"RAMS-{job.ref}"),
            (tr(lg, "Task", "Tätigkeit", "Tâche"), work_name(job, lg)),
            (
                tr(lg, "Prepared by / date", "Erstellt von / am", "Rédigé par / le"),
                f"{people['owner']} / {short(d, lg)}",
            ),
            (
                tr(lg, "Working height", "Arbeitshöhe", "Hauteur de travail"),
                f"{rng.choice([3.5, 4, 5.5, 6, 8])} m",
            ),
            (
                tr(lg, "Access equipment", "Zugangstechnik", "Moyen d'accès"),
                rng.choice(
                    tr(
                        lg,
                        "Scissor lift 8 m|Tower scaffold|Vehicle-mounted platform 14 m",
                        "Scherenbühne 8 m|Rollgerüst|LKW-Arbeitsbühne 14 m",
                        "Nacelle ciseaux 8 m|Échafaudage roulant|Nacelle sur porteur 14 m",
                    ).split("|")
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 6
    caption(f, s, tr(lg, "Method statement", "Arbeitsablauf", "Mode opératoire"), 1)
    steps = {
        "en": [
            "Arrive, sign in with client, agree exclusion zone.",
            "Set out barriers and signs; banksman for platform movements.",
            "Inspect platform, complete pre-use check, harness clipped to basket.",
            "Remove existing sign, lower sections by rope or in basket.",
            "Mark out, drill and fix subframe; check substrate.",
            "Lift panel in basket, fix, check level; seal top edge.",
            "Electrician to connect and test illuminated items.",
            "Clear site, remove barriers, hand over to client.",
        ],
        "de": [
            "Ankunft, Anmeldung beim Kunden, Absperrbereich festlegen.",
            "Absperrung und Beschilderung aufstellen; Einweiser für Bühne.",
            "Sichtprüfung der Bühne, Auffanggurt am Korb anschlagen.",
            "Altschild demontieren, Teile im Korb ablassen.",
            "Anreißen, bohren, Unterkonstruktion befestigen; Untergrund prüfen.",
            "Schild im Korb heben, befestigen, ausrichten; Oberkante abdichten.",
            "Elektrofachkraft schließt an und prüft.",
            "Baustelle räumen, Absperrung entfernen, Übergabe an Kunden.",
        ],
        "fr": [
            "Arrivée, accueil par le client, définition du périmètre.",
            "Mise en place du balisage ; guide au sol pour la nacelle.",
            "Vérification de la nacelle, harnais attaché au panier.",
            "Dépose de l'ancienne enseigne, descente dans le panier.",
            "Traçage, perçage, fixation de l'ossature ; contrôle du support.",
            "Levage du panneau, fixation, mise à niveau ; joint en partie haute.",
            "Raccordement et essai par l'électricien habilité.",
            "Repli du chantier, retrait du balisage, réception client.",
        ],
    }[lg]
    for k, t in enumerate(steps):
        write(f, s, f"{k + 1}.  {t}", s.size - 0.5, 6)
    caption(f, s, tr(lg, "Emergency arrangements", "Notfall und Rettung", "Secours et urgence"), 1)
    write(
        f,
        s,
        tr(
            lg,
            "Rescue from height: ground operator trained to lower the platform using "
            "the ground controls. Nearest A&E: see site board. First aider: ",
            "Rettung aus der Höhe: Bodenpersonal kann die Bühne über die Notsteuerung "
            "absenken. Ersthelfer: ",
            "Sauvetage : l'opérateur au sol est formé à la "
            "descente de secours. Sauveteur secouriste : ",
        )
        + people["fitter1"]
        + ".",
        s.size - 0.5,
    )
    q = Page(A4L)
    lw, lh = A4L
    q.text(
        30,
        36,
        tr(lg, "Risk assessment", "Gefährdungsbeurteilung", "Analyse des risques"),
        s.bold,
        12,
    )
    q.text(lw - 30, 36, f"RAMS-{job.ref}", s.font, 9, "right")
    heads = [
        tr(lg, "Hazard", "Gefährdung", "Danger"),
        tr(lg, "Who", "Wer", "Qui"),
        *tr(lg, "L S R", "W S R", "P G R").split(),
        tr(lg, "Control measures", "Schutzmaßnahmen", "Mesures de prévention"),
        tr(lg, "Residual", "Rest", "Résiduel"),
    ]
    spec = [
        (2.2, "left"),
        (1.2, "left"),
        (0.3, "center"),
        (0.3, "center"),
        (0.4, "center"),
        (5, "left"),
        (0.8, "center"),
    ]
    cols = columns(30, lw - 30, spec)
    haz = {
        "en": [
            "Fall from height",
            "Falling objects",
            "Platform overturn (wind/ground)",
            "Contact with power lines / cables",
            "Pedestrians and traffic",
            "Manual handling of panels",
            "Drilling dust / noise",
            "Electric shock",
        ],
        "de": [
            "Absturz",
            "Herabfallende Gegenstände",
            "Umkippen der Bühne (Wind/Boden)",
            "Freileitungen / Kabel",
            "Fußgänger und Verkehr",
            "Tragen von Platten",
            "Bohrstaub / Lärm",
            "Elektrischer Schlag",
        ],
        "fr": [
            "Chute de hauteur",
            "Chute d'objets",
            "Renversement nacelle (vent/sol)",
            "Lignes électriques / câbles",
            "Piétons et circulation",
            "Manutention panneaux",
            "Poussière / bruit de perçage",
            "Électrisation",
        ],
    }[lg]
    who_ = tr(
        lg,
        "Fitters|Public|Fitters, public",
        "Monteure|Passanten|Monteure, Passanten",
        "Poseurs|Public|Poseurs, public",
    ).split("|")
    yy = 74.0
    for t in haz:
        lk, sv = rng.randint(2, 4), rng.randint(3, 5)
        ctrl = wrap(
            words(rng, lg, "safety", rng.randint(10, 22)), s.font, 7.5, cols[5][1] - cols[5][0] - 4
        )
        vals = [
            t,
            rng.choice(who_),
            str(lk),
            str(sv),
            str(lk * sv),
            "",
            tr(lg, "Low", "gering", "faible"),
        ]
        for c, v in zip(cols, vals, strict=True):
            q.text(
                c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
                yy,
                fit(v, s.font, 7.5, c[1] - c[0] - 2),
                s.font,
                7.5,
                "left" if c[2] == "left" else "center",
            )
        for j, ln in enumerate(ctrl[:4]):
            q.text(cols[5][0], yy + 9 * j, ln, s.font, 7.5)
        bottom = yy + (max(1, min(4, len(ctrl))) - 1) * 9 + 4
        q.line(30, bottom, lw - 30, bottom)
        yy = bottom + 12
    for c, t in zip(cols, heads, strict=True):
        q.text(c[0], 58, t, s.bold, 7.5)
    q.line(30, 61, lw - 30, 61)
    q.text(
        30,
        lh - 40,
        tr(
            lg,
            "L = likelihood, S = severity, R = risk rating (1-25)",
            "W = Wahrscheinlichkeit, S = Schwere, R = Risikozahl",
            "P = probabilité, G = gravité, R = criticité",
        ),
        s.font,
        7,
    )
    pages = [*f.pages, q]
    if rng.random() < 0.75:
        b = Page(s.page_size)
        b.text(
            m,
            m,
            tr(lg, "Briefing record", "Unterweisungsnachweis", "Émargement - accueil sécurité"),
            s.bold,
            12,
        )
        b.text(
            m,
            m + 16,
            tr(
                lg,
                "I have read and understood this RAMS.",
                "Ich wurde unterwiesen und habe die Anweisung verstanden.",
                "J'ai pris connaissance du présent mode opératoire.",
            ),
            s.font,
            9,
        )
        cols2 = columns(m, w - m, [(3, "left"), (2, "left"), (3, "left"), (1.5, "left")])
        for c, t in zip(
            cols2,
            [
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Company", "Firma", "Entreprise"),
                tr(lg, "Signature", "Unterschrift", "Signature"),
                tr(lg, "Date", "Datum", "Date"),
            ],
            strict=True,
        ):
            b.text(c[0], m + 44, t, s.bold, 8.5)
        names = [
            people["fitter1"],
            people["fitter2"],
            *([people["owner"]] if rng.random() < 0.5 else []),
        ]
        for r in range(12):
            y = m + 70 + 26 * r
            b.line(m, y + 6, w - m, y + 6)
            if r < len(names):
                hand(b, cols2[0][0], y, names[r], 9.5)
                hand(b, cols2[1][0], y, h.name.split()[0], 9)
                scrawl(b, cols2[2][0], y, names[r], 11)
                hand(b, cols2[3][0], y, hand_date(d + timedelta(days=rng.randint(1, 6))), 8.5)
        pages.append(b)
    pages = close(
        pages, s, h, numbers=rng.choice([h.numbers, "Page {i} of {n}"]) if lg == "en" else h.numbers
    )
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates LLLL: consents and permits
# ---------------------------------------------------------------------------------------------


def location_plan(rng: random.Random, job: Job, lg: str, ref: str) -> Page:
    """A location plan: streets as double lines, blocks, the site outlined, a north arrow and
    the scale bar."""
    p = Page(A4)
    w, hh = A4
    m = 40.0
    p.text(
        m,
        m,
        tr(lg, "Location plan 1:1250", "Lageplan M 1:1000", "Plan de situation"),
        "Helvetica-Bold",
        12,
    )
    p.text(w - m, m, ref, "Helvetica", 8, "right")
    x0, y0, x1, y1 = m, m + 20, w - m, hh - m - 60
    p.rect(x0, y0, x1 - x0, y1 - y0)
    sy = rng.uniform(y0 + 150, y1 - 150)
    p.line(x0, sy, x1, sy)
    p.line(x0, sy + 26, x1, sy + 26)
    sx = rng.uniform(x0 + 120, x1 - 120)
    p.line(sx, y0, sx, sy)
    p.line(sx + 24, y0, sx + 24, sy)
    street = job.customer[1].split(",")[-1].strip()
    street = "".join(c for c in street if not c.isdigit()).strip() or street
    p.text((x0 + x1) / 2, sy + 17, street.upper(), "Helvetica", 8, "center")
    for k in range(9):
        bx = x0 + 12 + k * (x1 - x0 - 24) / 9
        if abs(bx - sx) < 50:
            continue
        p.rect(bx, sy - rng.uniform(80, 140), (x1 - x0) / 9 - 14, rng.uniform(60, 120))
        p.rect(bx, sy + 40, (x1 - x0) / 9 - 14, rng.uniform(60, 120))
    tx = x0 + 12 + rng.randint(1, 7) * (x1 - x0 - 24) / 9
    p.rect(tx - 4, sy - 150, (x1 - x0) / 9 - 6, 146, fill=0.7)
    p.text(tx, sy - 160, tr(lg, "Site", "Grundstück", "Terrain"), "Helvetica-Bold", 8)
    p.line(x1 - 30, y0 + 20, x1 - 30, y0 + 60)
    p.line(x1 - 30, y0 + 20, x1 - 36, y0 + 32)
    p.line(x1 - 30, y0 + 20, x1 - 24, y0 + 32)
    p.text(x1 - 30, y0 + 14, "N", "Helvetica-Bold", 10, "center")
    for k in range(4):
        p.rect(x0 + 10 + 30 * k, y1 + 16, 30, 5, fill=0.0 if k % 2 == 0 else None)
    p.text(x0 + 10, y1 + 32, "0        10        20        30        40 m", "Helvetica", 6.5)
    p.text(
        x1,
        y1 + 32,
        "© Crown copyright and database rights"
        if lg == "en"
        else tr(lg, "", "Quelle: Liegenschaftskataster", "Source : cadastre.gouv.fr"),
        "Helvetica",
        6.5,
        "right",
    )
    return p


def elevation_page(rng: random.Random, job: Job, h: Head, d: date) -> Page:
    p = proof_page(rng, job, h, 1, d)
    p.text(
        60,
        120,
        tr(h.lang, "Proposed elevation", "Ansicht (geplant)", "Façade projetée"),
        "Helvetica-Bold",
        10,
    )
    return p


def tpl_consent_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's application for advertisement consent as agent: its covering letter,
    the form (a Planning Portal print, an Antrag auf Genehmigung einer Werbeanlage, a cerfa
    demande d'autorisation préalable) with numbered sections, the location plan and the
    proposed elevation."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("quotation", "proof_approval"))
    if job.vehicle_job or job.kind == "window":
        job.kind = rng.choice(["fascia", "tray", "projecting"])
    council = council_head()
    d = last_day(rng, ("quotation", "proof_approval"), (1, 10))
    s = style_of(h)
    pages: list[Page] = []
    pp = serial(rng, {"en": "PP-99999999", "de": "BA-9999/25", "fr": "AP 037 999 25 99999"}[lg])
    if rng.random() < 0.8:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            head_lines(council),
            d,
            [
                (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), job.ref),
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Application for advertisement consent - {site(job)}",
                f"Antrag auf Genehmigung einer Werbeanlage - {site(job)}",
                f"Demande d'autorisation préalable d'enseigne - {site(job)}",
            ),
            0.5,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"We act as agent for {job.customer[0]} and enclose an application for consent to "
                f"display the advertisement described (Planning Portal reference {pp}), together "
                "with the location plan and the proposed elevation. The fee has been paid online.",
                f"im Auftrag unseres Kunden {job.customer[0]} reichen wir den Antrag auf "
                "Genehmigung der beschriebenen Werbeanlage mit Lageplan und Ansichtszeichnung ein. "
                "Die Bauvorlageberechtigung liegt bei.",
                f"Pour le compte de notre client {job.customer[0]}, nous vous prions de trouver "
                "ci-joint la demande d'autorisation préalable d'installation d'enseigne avec "
                "le plan "
                "de situation et le plan de façade.",
            ),
        )
        write(f, s, prose(rng, lg, "sign", 1, 2))
        regards(f, s, lg, team()["owner"], tr(lg, "Director", "Inhaber", "Gérant"))
        write(
            f,
            s,
            tr(
                lg,
                "Enc.: application form, location plan, elevation",
                "Anlagen: Antragsformular, Lageplan, Ansicht",
                "P.J. : formulaire, plan de situation, plan de façade",
            ),
            s.size - 1,
        )
        pages += close(f.pages, s, h, numbers="none")
    fs = paper(s, A4, margin=40, pt=8.5)
    fw = A4[0]
    title = tr(
        lg,
        "Application for Consent to Display an Advertisement(s)",
        "Antrag auf Baugenehmigung - Werbeanlage",
        "Demande d'autorisation préalable d'installation d'enseigne",
    )
    sub = tr(
        lg,
        "Town and Country Planning (Control of Advertisements) (England) Regulations 2007",
        "gemäß Landesbauordnung - Bauvorlagen für Werbeanlagen",
        "Code de l'environnement, art. L.581-18 et R.581-9 à R.581-21 - cerfa n° 14798",
    )
    secs = [
        (
            tr(lg, "1. Applicant name and address", "1. Bauherr/in", "1. Identité du demandeur"),
            [
                (tr(lg, "Name", "Name", "Nom / raison sociale"), job.customer[0]),
                (tr(lg, "Contact", "Ansprechpartner", "Représentant"), job.contact),
                (tr(lg, "Address", "Anschrift", "Adresse"), site(job)),
                ("Tel", job.customer[3]),
            ],
        ),
        (
            tr(
                lg, "2. Agent name and address", "2. Entwurfsverfasser / Vertreter", "2. Mandataire"
            ),
            [
                (tr(lg, "Company", "Firma", "Société"), h.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
                ("Tel", h.phone),
                ("E-mail", h.mail),
            ],
        ),
        (
            tr(lg, "3. Site address", "3. Baugrundstück", "3. Adresse du lieu d'implantation"),
            [
                (tr(lg, "Address", "Straße, Ort", "Adresse"), site(job)),
                (
                    tr(lg, "Land registry / parcel", "Gemarkung / Flur / Flurstück", "Parcelle"),
                    serial(rng, "AA 999 / 99"),
                ),
            ],
        ),
        (
            tr(lg, "4. Advertisement details", "4. Art der Werbeanlage", "4. Nature de l'enseigne"),
            [
                (tr(lg, "Type", "Art", "Type"), work_name(job, lg)),
                (
                    tr(lg, "Size (mm)", "Maße (mm)", "Dimensions (mm)"),
                    f"{job.width} x {job.height}",
                ),
                (
                    tr(lg, "Height above ground", "Höhe über Gelände", "Hauteur au sol"),
                    f"{rng.choice([2.6, 3.1, 3.4, 4.2])} m",
                ),
                (
                    tr(lg, "Max. projection", "Ausladung", "Saillie"),
                    f"{rng.choice([50, 80, 650, 900])} mm",
                ),
                (
                    tr(lg, "Illumination", "Beleuchtung", "Éclairage"),
                    tr(
                        lg,
                        "Internal, static, 250 cd/m2" if job.kind == "tray" else "None",
                        "innen, statisch" if job.kind == "tray" else "keine",
                        "interne, fixe" if job.kind == "tray" else "aucun",
                    ),
                ),
                (
                    tr(lg, "Colours", "Farben", "Couleurs"),
                    ", ".join(colour(c, lg).split(" ")[1] for c in job.colours),
                ),
            ],
        ),
    ]
    fl = Flow(A4, A4[1] - 70, lambda p, n: 40.0)
    fl.page.text(40, fl.y, fit(title, fs.bold, 12, fw - 80), fs.bold, 12)
    fl.y += 14
    fl.page.text(40, fl.y, fit(sub, fs.font, 7.5, fw - 80), fs.font, 7.5)
    fl.y += 20
    for cap, items in secs:
        fl.need(30 + 13 * len(items))
        fl.y = band(fl.page, fs, fl.y, cap)
        fl.y = fields(fl.page, fs, 40, fl.y + 2, fw - 80, items, per=2, tall=24, hand=False)
        fl.y += 6
    fl.need(140)
    fl.y = band(
        fl.page,
        fs,
        fl.y,
        tr(
            lg,
            "5. Pre-application advice",
            "5. Vorbescheid / Beratung",
            "5. Consultation préalable",
        ),
    )
    fl.y = ticks(fl.page, fs, 44, fl.y + 14, fw - 88, yes_no(lg), {1})
    fl.y = band(
        fl.page,
        fs,
        fl.y + 4,
        tr(lg, "6. Declaration", "6. Unterschriften", "6. Engagement du demandeur"),
    )
    for ln in wrap(
        tr(
            lg,
            "I/we hereby apply for consent as described in this form and the "
            "accompanying plans. The information given is correct.",
            "Die Angaben in diesem Antrag und den Bauvorlagen sind vollständig und richtig.",
            "Je certifie exactes les informations mentionnées ci-dessus.",
        ),
        fs.font,
        8,
        fw - 88,
    ):
        fl.y += 11
        fl.page.text(44, fl.y, ln, fs.font, 8)
    fl.y += 34
    sign_line(
        fl.page,
        fs,
        44,
        fl.y,
        180,
        tr(lg, "Signed - agent", "Entwurfsverfasser", "Signature du mandataire"),
        team()["owner"],
    )
    fl.page.text(260, fl.y - 3, short(d, lg), HAND, 9.5)
    form = fl.pages
    fmt = f"{pp}  -  " + tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
    number_pages(form, fs, fmt, "bc", bottom=24)
    pages += form
    pages.append(location_plan(rng, job, lg, pp))
    if rng.random() < 0.8:
        pages.append(elevation_page(rng, job, h, d))
    remember(job, d, pp)
    return pages


def tpl_consent_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's decision on an advertisement application: the notice with the consent
    and its numbered conditions and reasons, then the notes to the applicant, the appeal
    rights or the Rechtsbehelfsbelehrung on a page of their own."""
    h = council_head()
    lg = h.lang
    job = job_for(rng, ("consent_application",))
    if after(("consent_decision",)):
        job = a_job(rng)
        job.kind = rng.choice(["fascia", "tray", "projecting", "post"])
    if job.vehicle_job or job.kind == "window":
        job.kind = "fascia"
    d = last_day(rng, ("consent_application",), (21, 56))
    ref = serial(rng, {"en": "25/09999/ADV", "de": "63-BA 9999/25", "fr": "AP 999 25 A9999"}[lg])
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    refused = rng.random() < 0.12
    f = sheets(s, h, f"{tr(lg, 'Application', 'Aktenzeichen', 'Dossier')} {ref}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Application no.", "Aktenzeichen", "Dossier n°"), ref),
            (tr(lg, "Case officer", "Sachbearbeitung", "Instructeur"), staff(h, "officer")),
        ],
    )
    if lg == "en":
        caption(
            f,
            s,
            "TOWN AND COUNTRY PLANNING (CONTROL OF ADVERTISEMENTS) (ENGLAND) REGULATIONS 2007",
            0,
        )
        caption(
            f,
            s,
            "NOTICE OF DECISION: "
            + ("REFUSAL OF CONSENT" if refused else "GRANT OF EXPRESS CONSENT"),
            2,
        )
        write(f, s, f"Applicant: {job.customer[0]}")
        write(f, s, f"Proposal: Display of {work_name(job, lg).lower()} at {site(job)}")
        write(
            f,
            s,
            "The Council, as local planning authority, hereby "
            + (
                "REFUSES consent for the display of the advertisement(s) described above for the "
                "following reason(s):"
                if refused
                else "GRANTS consent for the display of the "
                "advertisement(s) described above, subject to the following conditions:"
            ),
        )
    elif lg == "de":
        caption(f, s, "Ablehnungsbescheid" if refused else "Baugenehmigung", 5)
        write(f, s, f"Bauvorhaben: Errichtung einer Werbeanlage ({work_name(job, lg)})")
        write(f, s, f"Baugrundstück: {site(job)}")
        write(f, s, f"Bauherr/in: {job.customer[0]}")
        write(
            f,
            s,
            "Auf Ihren Antrag wird "
            + (
                "die Genehmigung versagt."
                if refused
                else "die Baugenehmigung nach Maßgabe der "
                "eingereichten Bauvorlagen unter folgenden "
                "Nebenbestimmungen erteilt:"
            ),
        )
    else:
        caption(f, s, "ARRÊTÉ N° " + serial(rng, "2025-999"), 3)
        write(
            f,
            s,
            "refusant"
            if refused
            else "accordant une autorisation préalable d'installation d'enseigne",
            s.size + 1,
        )
        write(f, s, "Le Maire,")
        for t in [
            "Vu le Code de l'environnement, notamment ses articles L.581-1 et suivants ;",
            "Vu le règlement local de publicité intercommunal ;",
            f"Vu la demande déposée le {short(d - timedelta(days=40), lg)} par {job.customer[0]} ;",
            "Vu l'avis de l'Architecte des Bâtiments de France ;",
        ]:
            write(f, s, t, s.size - 0.5, 8)
        write(f, s, "ARRÊTE", s.size + 1)
        write(
            f,
            s,
            "Article 1 : L'autorisation est "
            + ("refusée." if refused else "accordée sous réserve des prescriptions suivantes :"),
        )
    conds = {
        "en": [
            "Advertisements displayed and any site used for the display of advertisements "
            "shall be maintained in a clean and tidy condition to the reasonable "
            "satisfaction of the local planning authority.",
            "Any structure or hoarding erected or used principally for the purpose of "
            "displaying advertisements shall be maintained in a condition that does not "
            "endanger the public.",
            "No advertisement is to be displayed without the permission of the owner of the "
            "site or any other person with an interest in the site.",
            "No advertisement shall be sited or displayed so as to obscure or hinder the "
            "ready interpretation of any road traffic sign.",
            "The luminance of the sign shall not exceed 300 cd/m2.",
            "The illumination shall be static and shall be switched off between 23:00 and 07:00.",
        ],
        "de": [
            "Die Werbeanlage ist entsprechend den genehmigten Bauvorlagen auszuführen.",
            "Die Werbeanlage darf nicht blenden; Lauf-, Wechsel- und Blinklicht ist unzulässig.",
            "Die Beleuchtung ist zwischen 22:00 und 6:00 Uhr abzuschalten.",
            "Die Werbeanlage ist in einem ordnungsgemäßen Zustand zu erhalten.",
            "Die Anlage ist zu entfernen, sobald die Nutzung aufgegeben wird.",
        ],
        "fr": [
            "L'enseigne sera réalisée conformément aux plans joints à la demande.",
            "Les teintes seront conformes au nuancier de la commune.",
            "L'enseigne lumineuse sera éteinte entre 23 heures et 7 heures.",
            "Les caissons lumineux en applique sont proscrits sur les façades en pierre.",
            "L'enseigne sera maintenue en bon état de propreté et d'entretien.",
        ],
    }[lg]
    if refused:
        write(
            f,
            s,
            tr(
                lg,
                "1. The proposed advertisement, by reason of its size, siting and "
                "illumination, would be an incongruous and visually intrusive feature "
                "harmful to the amenity of the conservation area.",
                "1. Die Werbeanlage fügt sich nach Größe und Gestaltung nicht in die "
                "Umgebung ein (Verunstaltung des Straßenbildes).",
                "Article 2 : Le projet, par ses dimensions et son caractère lumineux, "
                "porte atteinte au cadre de vie du secteur sauvegardé.",
            ),
            indent=10,
        )
    else:
        for k, t in enumerate(conds[: rng.randint(3, len(conds))]):
            write(f, s, f"{k + 1}. {t}" if lg != "fr" else f"- {t}", indent=10)
        if lg == "en":
            caption(f, s, "Reasons", 0)
            write(
                f,
                s,
                "1-4. Standard conditions required by Schedule 2 of the Regulations. "
                "5-6. In the interests of amenity and highway safety.",
                indent=10,
            )
        if lg == "de":
            write(
                f,
                s,
                f"Die Gebühr wird auf {money(rng.choice([85.0, 120.0, 160.0]), lg)} € "
                "festgesetzt (Tarifstelle 2.4.1.3 AVerwGebO).",
            )
        if lg == "en":
            write(f, s, "This consent is for a period of five years from the date of this notice.")
    f.need(80)
    f.y += 10
    officer = staff(h, "head")
    f.page.text(m, f.y, day(h, d), s.font, s.size)
    f.y += 30
    scrawl(f.page, m, f.y - 4, officer, 12)
    f.y += 8
    f.page.text(m, f.y, officer, s.bold, s.size)
    f.page.text(
        m,
        f.y + 12,
        tr(
            lg,
            "Head of Planning Services",
            "Im Auftrag",
            "Pour le Maire, l'adjoint délégué à l'urbanisme",
        ),
        s.font,
        s.size - 1,
    )
    if lg != "en":
        seal(
            f.page, w - m - 60, f.y - 10, 34, h.name.split(" - ")[0], tr(lg, "", "Bauamt", "Mairie")
        )
    f.y += 30
    pages = f.pages
    notes = Sheets(s.page_size, hh - m, lambda p, n: float(m))
    caption(
        notes,
        s,
        tr(
            lg,
            "IMPORTANT NOTES - please read",
            "Rechtsbehelfsbelehrung",
            "Informations - à lire attentivement",
        ),
        2,
    )
    paras = {
        "en": [
            "Appeals to the Secretary of State: if you are aggrieved by the decision of the "
            "local planning authority you may appeal within 8 weeks of the date of this "
            "notice using a form available from the Planning Inspectorate.",
            "This consent does not remove the need for building regulations approval, the "
            "landlord's consent or a licence for any sign projecting over the highway.",
            "Deemed consent: the display of advertisements is subject to the Regulations; "
            "failure to comply with a condition is an offence.",
        ],
        "de": [
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage bei "
            "dem Verwaltungsgericht erhoben werden. Die Klage ist schriftlich oder zur "
            "Niederschrift des Urkundsbeamten der Geschäftsstelle zu erheben.",
            "Hinweise: Die Genehmigung erlischt, wenn nicht innerhalb von drei Jahren mit "
            "der Ausführung begonnen wird. Für Werbeanlagen über öffentlichen Verkehrsflächen "
            "ist zusätzlich eine Sondernutzungserlaubnis erforderlich.",
            "Der Baubeginn ist der Bauaufsichtsbehörde eine Woche vorher anzuzeigen.",
        ],
        "fr": [
            "Délais et voies de recours : le présent arrêté peut faire l'objet d'un recours "
            "gracieux auprès du Maire ou d'un recours contentieux devant le tribunal "
            "administratif dans un délai de deux mois à compter de sa notification.",
            "La présente autorisation ne dispense pas du paiement de la taxe locale sur la "
            "publicité extérieure (TLPE) ni de l'autorisation d'occupation du domaine public "
            "pour une enseigne en saillie.",
            "Le bénéficiaire devra informer la commune de l'achèvement des travaux.",
        ],
    }[lg]
    for t in paras:
        write(notes, s, t)
    pages = close([*pages, *notes.pages], s, h, numbers=rng.choice([h.numbers, "none"]))
    received(rng, pages[0], d, 0.5)
    remember(job, d)
    return pages


def tpl_highway_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """The highway authority's licence or permit for a platform on the pavement during a sign
    installation (a section 169 licence, a Sondernutzungserlaubnis with the
    verkehrsrechtliche Anordnung, a permis de stationnement): particulars, conditions, fee
    and, behind, the traffic management sketch."""
    h = council_head(highway=True)
    lg = h.lang
    job = job_for(rng, ("consent_decision", "quotation", "job_sheet"))
    if job.vehicle_job:
        job.kind = "fascia"
    d = last_day(rng, ("consent_decision", "job_sheet"), (2, 12))
    start = d + timedelta(days=rng.randint(4, 14))
    ref = serial(rng, {"en": "S169/25/9999", "de": "66.3-SNE-999/25", "fr": "ODP-2025-9999"}[lg])
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Licence no.", "Az.", "Arrêté n°"), ref),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Licence to place a mobile elevating work platform on the highway",
            "Sondernutzungserlaubnis und verkehrsrechtliche Anordnung",
            "Arrêté portant permis de stationnement",
        ),
        1.5,
    )
    if lg == "en":
        write(f, s, "Highways Act 1980 - Section 169", s.size - 0.5)
    elif lg == "de":
        write(f, s, "gemäß § 18 StrWG NRW / § 45 Abs. 6 StVO", s.size - 0.5)
    else:
        write(
            f,
            s,
            "Code général de la propriété des personnes publiques, art. L.2122-1",
            s.size - 0.5,
        )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Licensee", "Erlaubnisnehmer", "Bénéficiaire"), shop_head().name),
            (tr(lg, "Location", "Ort", "Lieu"), site(job)),
            (
                tr(lg, "Equipment", "Gerät", "Matériel"),
                tr(lg, "Vehicle-mounted MEWP", "LKW-Arbeitsbühne", "Nacelle sur porteur"),
            ),
            (tr(lg, "Area occupied", "Fläche", "Emprise"), f"{rng.choice([8, 10, 12, 15])} m2"),
            (tr(lg, "From", "von", "Du"), f"{day(h, start)} 07:00"),
            (
                tr(lg, "To", "bis", "Au"),
                f"{day(h, start + timedelta(days=rng.choice([0, 1])))} 17:00",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 6
    caption(f, s, tr(lg, "Conditions", "Auflagen", "Prescriptions"), 1)
    conds = {
        "en": [
            "The platform shall be guarded by barriers and lit during darkness.",
            "A clear footway of 1.2 m shall be maintained at all times or pedestrians "
            "safely diverted.",
            "Public liability insurance of not less than £5 million.",
            "The licence must be available on site for inspection.",
            "Works shall not take place during the hours 07:30-09:30 and 16:30-18:30 on a "
            "traffic sensitive street.",
        ],
        "de": [
            "Die Arbeitsstelle ist nach RSA 21 abzusichern (Regelplan B I/3).",
            "Für Fußgänger ist eine Restgehwegbreite von 1,30 m freizuhalten.",
            "Die Erlaubnis ist an der Arbeitsstelle mitzuführen.",
            "Beschädigungen der Verkehrsfläche sind unverzüglich zu melden.",
            "Haltverbotszeichen sind 72 Stunden vorher aufzustellen.",
        ],
        "fr": [
            "Le pétitionnaire assurera la signalisation du chantier de jour comme de nuit.",
            "Un cheminement piéton d'1,40 m sera maintenu.",
            "L'arrêté sera affiché sur le chantier pendant toute la durée des travaux.",
            "Toute dégradation du domaine public sera remise en état aux frais du bénéficiaire.",
            "Le stationnement est interdit au droit du chantier.",
        ],
    }[lg]
    for k, t in enumerate(conds):
        write(f, s, f"{k + 1}. {t}", s.size - 0.5, 8)
    fee = rng.choice([62.0, 85.0, 110.0, 145.0])
    write(
        f,
        s,
        tr(
            lg,
            f"Fee: {cash(fee, lg)} (paid)",
            f"Verwaltungsgebühr: {cash(fee, lg)}",
            f"Redevance d'occupation : {cash(fee, lg)}",
        ),
    )
    f.need(70)
    officer = staff(h, "hw")
    f.y += 22
    scrawl(f.page, m, f.y, officer, 12)
    f.y += 12
    f.page.text(m, f.y, officer, s.bold, s.size)
    f.page.text(
        m,
        f.y + 12,
        tr(lg, "for the Director of Highways", "Im Auftrag", "Pour le Maire et par délégation"),
        s.font,
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.75:
        p = Page(A4)
        pw, _ph = A4
        p.text(
            40,
            40,
            tr(lg, "Traffic management sketch", "Verkehrszeichenplan", "Plan de signalisation"),
            "Helvetica-Bold",
            12,
        )
        p.text(pw - 40, 40, ref, "Helvetica", 8, "right")
        p.line(40, 300, pw - 40, 300)
        p.line(40, 380, pw - 40, 380)
        p.line(40, 420, pw - 40, 420)
        p.rect(40, 200, pw - 80, 100, fill=0.9)
        p.text(
            pw / 2,
            250,
            tr(lg, "Building / shop front", "Gebäude", "Bâtiment"),
            "Helvetica",
            9,
            "center",
        )
        px = rng.uniform(160, pw - 220)
        p.rect(px, 320, 110, 50, fill=0.6)
        p.text(px + 55, 348, "MEWP", "Helvetica-Bold", 9, "center")
        for k in range(6):
            p.rect(px - 30 + k * 34, 312, 4, 4, fill=0.0)
            p.rect(px - 30 + k * 34, 374, 4, 4, fill=0.0)
        p.text(
            px + 55,
            395,
            tr(lg, "Footway diversion 1.2 m", "Notweg 1,30 m", "Cheminement piéton"),
            "Helvetica",
            8,
            "center",
        )
        for x in (max(60.0, px - 110), min(pw - 60, px + 220)):
            ring(p, x, 450, 12)
            p.text(x, 453, "!", "Helvetica-Bold", 10, "center")
        p.text(40, 480, tr(lg, "Carriageway", "Fahrbahn", "Chaussée"), "Helvetica", 9)
        hand(
            p,
            60,
            560,
            tr(home(), "no parking cones 72h before", "HVZ 72 h vorher", "panneaux 48h avant"),
            10,
        )
        pages.append(p)
    pages = close(pages, s, h, numbers="none")
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates LLLL: suppliers, service, hire
# ---------------------------------------------------------------------------------------------

Product = tuple[str, str, str, str, float]  # code, English, German, French, unit price
PRODUCTS: dict[str, list[Product]] = {
    "vinyl": [
        (
            "751-070-1230",
            "Cast vinyl black gloss 1230 mm x 50 m",
            "Gussfolie schwarz glänzend 1230 mm x 50 m",
            "Adhésif coulé noir brillant 1230 mm x 50 m",
            312.0,
        ),
        (
            "751-010-1230",
            "Cast vinyl white gloss 1230 mm x 50 m",
            "Gussfolie weiß glänzend 1230 mm x 50 m",
            "Adhésif coulé blanc brillant 1230 mm x 50 m",
            298.0,
        ),
        (
            "WRP-1370-50",
            "Printable cast wrap film, air release, 1370 mm x 50 m",
            "Digitaldruck-Gussfolie Luftkanal 1370 mm x 50 m",
            "Film coulé imprimable air release 1370 x 50 m",
            455.0,
        ),
        (
            "LAM-G-1370",
            "Cast overlaminate gloss 1370 mm x 50 m",
            "Laminat gegossen glänzend 1370 mm x 50 m",
            "Lamination coulée brillante 1370 x 50 m",
            389.0,
        ),
        (
            "ETC-1230",
            "Frosted etch glass film 1230 mm x 50 m",
            "Glasdekorfolie 1230 mm x 50 m",
            "Adhésif dépoli 1230 mm x 50 m",
            186.0,
        ),
        (
            "APT-1220",
            "Application tape paper 1220 mm x 100 m",
            "Übertragungspapier 1220 mm x 100 m",
            "Tape de transfert papier 1220 mm x 100 m",
            64.5,
        ),
        (
            "INK-ES-C",
            "Eco-solvent ink cartridge 440 ml cyan",
            "Eco-Solvent-Tinte 440 ml cyan",
            "Encre éco-solvant 440 ml cyan",
            78.0,
        ),
        (
            "INK-ES-K",
            "Eco-solvent ink cartridge 440 ml black",
            "Eco-Solvent-Tinte 440 ml schwarz",
            "Encre éco-solvant 440 ml noir",
            78.0,
        ),
        (
            "KNF-50",
            "Knifeless tape 3.5 mm x 50 m",
            "Knifeless Tape 3,5 mm x 50 m",
            "Knifeless tape 3,5 mm x 50 m",
            34.9,
        ),
        (
            "SQG-FE",
            "Felt-edge squeegee (pack of 10)",
            "Filzrakel (10 Stück)",
            "Raclettes feutrées (lot de 10)",
            18.5,
        ),
    ],
    "panel": [
        (
            "ACM3-WW-3015",
            "ACM 3 mm white/white 3050 x 1500 mm",
            "Alu-Verbund 3 mm weiß/weiß 3050 x 1500 mm",
            "Composite alu 3 mm blanc/blanc 3050 x 1500 mm",
            58.0,
        ),
        (
            "ACM3-7016-3015",
            "ACM 3 mm anthracite RAL 7016 3050 x 1500 mm",
            "Alu-Verbund 3 mm RAL 7016 3050 x 1500 mm",
            "Composite alu 3 mm RAL 7016 3050 x 1500 mm",
            72.0,
        ),
        (
            "ACR5-OP-3020",
            "Opal acrylic 5 mm 3050 x 2030 mm",
            "Acrylglas opal 5 mm 3050 x 2030 mm",
            "Plexiglas opale 5 mm 3050 x 2030 mm",
            148.0,
        ),
        (
            "PVC5-2412",
            "Foam PVC 5 mm white 2440 x 1220 mm",
            "PVC-Hartschaum 5 mm weiß 2440 x 1220 mm",
            "PVC expansé 5 mm blanc 2440 x 1220 mm",
            21.4,
        ),
        (
            "ALB-2525-6",
            "Aluminium box section 25 x 25 mm, 6 m",
            "Alu-Vierkantrohr 25 x 25 mm, 6 m",
            "Tube carré alu 25 x 25 mm, 6 m",
            19.8,
        ),
        (
            "SO-25-SS",
            "Stand-off fixings 25 mm stainless (4)",
            "Abstandshalter 25 mm Edelstahl (4 St.)",
            "Entretoises inox 25 mm (4)",
            12.6,
        ),
        ("CUT-SVC", "Cutting to size", "Zuschnitt", "Découpe à la cote", 15.0),
    ],
    "led": [
        (
            "LM3-072-65",
            "LED module 3-LED 0.72 W 6500K, chain of 20",
            "LED-Modul 3-LED 0,72 W 6500K, Kette à 20",
            "Module LED 3 LED 0,72 W 6500K, chaîne de 20",
            42.0,
        ),
        (
            "PSU-12-100",
            "LED driver 12 V 100 W IP67",
            "LED-Netzteil 12 V 100 W IP67",
            "Alimentation LED 12 V 100 W IP67",
            38.5,
        ),
        (
            "PSU-12-150",
            "LED driver 12 V 150 W IP67",
            "LED-Netzteil 12 V 150 W IP67",
            "Alimentation LED 12 V 150 W IP67",
            52.0,
        ),
        (
            "PC-TMR",
            "Photocell switch with timer",
            "Dämmerungsschalter mit Zeitschaltuhr",
            "Interrupteur crépusculaire avec minuterie",
            29.9,
        ),
        (
            "STR-24-5",
            "LED strip 24 V 9.6 W/m, 5 m reel",
            "LED-Streifen 24 V 9,6 W/m, 5 m",
            "Ruban LED 24 V 9,6 W/m, 5 m",
            24.0,
        ),
        (
            "CBL-2075",
            "Silicone cable 2 x 0.75 mm2, 100 m",
            "Silikonkabel 2 x 0,75 mm2, 100 m",
            "Câble silicone 2 x 0,75 mm2, 100 m",
            61.0,
        ),
        (
            "CON-KIT",
            "Waterproof connector kit (50)",
            "Verbinder-Set wasserdicht (50)",
            "Kit connecteurs étanches (50)",
            17.5,
        ),
    ],
}


def supplier_of(who: Issuer) -> Head:
    """The material supplier ``who`` stands for: vinyl, panels or LED, mostly of the
    workshop's country."""
    role = keyed(who, "trade").choice(["vinyl", "vinyl", "panel", "led"])
    return head_of(who, role, abroad=0.15)


def prod_name(pr: Product, lg: str) -> str:
    return tr(lg, pr[1], pr[2], pr[3])


def account_no(who: Issuer) -> str:
    return serial(keyed(who, "acct"), keyed(who, "mask").choice(["99999", "A9999", "KD-999999"]))


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A material supplier's invoice: the deliveries it covers as groups of lines, carriage,
    VAT (or the intra-community or export note for a supplier abroad), the account and
    payment terms; long ones run over pages, now and then with the conditions of sale
    behind."""
    h = supplier_of(who)
    lg = h.lang
    foreign = lg != home()
    d = last_day(rng, ("delivery_note",), (0, 5))
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.1 else A4)
    w, _hh = s.page_size
    m = s.margin
    no = serial(rng, keyed(who, "inv").choice(["SI999999", "99999999", "RE-99-99999", "F999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts Payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), account_no(who)),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                serial(rng, rng.choice(["PO999", "9999", "tel. " + team()["owner"].split()[0]])),
            ),
        ],
    )
    caption(
        f, s, tr(lg, "TAX INVOICE" if rng.random() < 0.3 else "INVOICE", "RECHNUNG", "FACTURE"), 4
    )
    cat = PRODUCTS[h.role]
    cols = columns(
        m,
        w - m,
        [
            (1.6, "left"),
            (4.6, "left"),
            (0.7, "right"),
            (1.1, "right"),
            (0.7, "right"),
            (1.2, "right"),
        ],
    )
    rows: list[list[str]] = []
    net = 0.0
    ex = LAST["extra"]
    n_del = rng.choice([1, 1, 2, 3, 5])
    if after(("delivery_note",)) and isinstance(ex, list):
        groups = [ex]
        n_del = 1
    else:
        groups = [
            [
                (pr, rng.choice([1, 1, 2, 3, 5, 10]))
                for pr in rng.sample(cat, rng.randint(1, min(5, len(cat))))
            ]
            for _ in range(n_del)
        ]
    disc = keyed(who, "disc").choice([0, 0, 5, 10, 12.5])
    for g, items in enumerate(groups):
        dn = serial(rng, "DN999999")
        gd = d - timedelta(days=(n_del - g) * rng.randint(2, 6))
        if n_del > 1 or rng.random() < 0.5:
            rows.append(
                [
                    "",
                    f"{tr(lg, 'Delivery', 'Lieferschein', 'BL')} {dn} - {short(gd, lg)}",
                    "",
                    "",
                    "",
                    "",
                ]
            )
        for pr, q in items:
            val = round(q * pr[4] * (1 - disc / 100), 2)
            net += val
            rows.append(
                [
                    pr[0],
                    prod_name(pr, lg),
                    f"{q:g}",
                    money(pr[4], lg),
                    f"{disc:g}" if disc else "",
                    money(val, lg),
                ]
            )
    carriage = rng.choice([0.0, 0.0, 9.5, 12.0, 18.5])
    if carriage:
        rows.append(
            [
                "CARR",
                tr(lg, "Carriage / next-day delivery", "Fracht / Versandkosten", "Frais de port"),
                "1",
                money(carriage, lg),
                "",
                money(carriage, lg),
            ]
        )
        net += carriage
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU"),
            tr(lg, "Disc%", "Rab.%", "Rem.%"),
            tr(lg, "Net", "Netto", "Montant HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    net = round(net, 2)
    if foreign:
        totals(
            f,
            s,
            lg,
            [
                (tr(lg, "Net", "Nettobetrag", "Total HT"), net),
                (tr(lg, "Total (VAT 0%)", "Gesamt (0 % USt.)", "Total (TVA 0 %)"), net),
            ],
        )
        write(
            f,
            s,
            tr(
                lg,
                "Export of goods - zero rated. Customer to account for import VAT.",
                "Steuerfreie innergemeinschaftliche Lieferung / Ausfuhrlieferung - "
                "Steuerschuldnerschaft des Leistungsempfängers.",
                "Exonération de TVA, article 262 ter I du CGI - autoliquidation.",
            ),
            s.size - 1,
        )
    else:
        totals(
            f, s, lg, vat_rows(lg, net, tr(lg, "Invoice total", "Rechnungsbetrag", "Net à payer"))
        )
    terms = keyed(who, "terms").choice([30, 30, 60, 14])
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: net {terms} days end of month. Please quote invoice number with payment.",
            f"Zahlbar innerhalb {terms} Tagen netto; 2 % Skonto bei Zahlung innerhalb 8 Tagen.",
            f"Règlement à {terms} jours fin de mois. Pénalités de "
            "retard : 3 fois le taux d'intérêt légal.",
        ),
        s.size - 1,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "Page {i} of {n}"])
        if len(f.pages) > 1 and lg == "en"
        else h.numbers,
    )
    if rng.random() < 0.2:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                [
                    *quote_terms(lg)[:8],
                    tr(lg, "Retention of title", "Eigentumsvorbehalt", "Réserve de propriété"),
                ],
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A material supplier's delivery note (A5, landscape A5 or A4): order, lines with
    ordered, delivered and back-ordered quantities, packages, the driver and the workshop's
    signature on receipt with ticks and notes by hand."""
    h = supplier_of(who)
    lg = h.lang
    d = some_day(rng)
    size = keyed(who, "dn").choice([A5, A5L, A4])
    small = size != A4
    s = style_of(h, size, margin=28 if small else 0, pt=8 if small else 0)
    w, _hh = size
    m = s.margin
    no = serial(rng, "DN999999")
    f = sheets(s, h)
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(w - m, f.y - 4, title, s.bold, s.size + 4, "right")
    f.y += 10
    y0 = f.y
    ya = window(f.page, s, None, y0, shop_lines())
    yb = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), account_no(who)),
            (tr(lg, "Route / driver", "Tour / Fahrer", "Tournée"), f"{rng.randint(1, 9)}"),
        ],
        w - m,
        s.size - 1,
    )
    f.y = max(ya, yb) + 10
    cat = PRODUCTS[h.role]
    items = [
        (pr, rng.choice([1, 1, 2, 3, 5, 10]))
        for pr in rng.sample(cat, rng.randint(1, min(6, len(cat))))
    ]
    cols = columns(
        m, w - m, [(1.5, "left"), (5, "left"), (0.9, "right"), (0.9, "right"), (0.9, "right")]
    )
    rows = []
    for pr, q in items:
        short_q = q - 1 if q > 1 and rng.random() < 0.15 else q
        rows.append([pr[0], prod_name(pr, lg), str(q), str(short_q), str(q - short_q or "")])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord", "Best.", "Cdé"),
            tr(lg, "Del", "Gel.", "Livré"),
            tr(lg, "B/O", "Rst.", "Reliq."),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=True,
    )
    for k in range(len(rows)):
        if rng.random() < 0.7:
            yy = f.y - (len(rows) - k) * (s.size - 1) * 1.6
            f.page.text(w - m + 4, yy, "v", HAND, 10)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Packages: {rng.randint(1, 4)}   Weight: {rng.randint(4, 90)} kg",
            f"Packstücke: {rng.randint(1, 4)}   Gewicht: {rng.randint(4, 90)} kg",
            f"Colis : {rng.randint(1, 4)}   Poids : {rng.randint(4, 90)} kg",
        ),
        s.size - 1,
    )
    f.need(60)
    f.y += 4
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                "Goods received in good condition. Shortages or damage must "
                "be reported within 24 hours.",
                "Ware in einwandfreiem Zustand erhalten. Mängel bitte binnen 24 Std. melden.",
                "Marchandise reçue en bon état. Réserves à signaler sous 24 h.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    f.y += 26
    sign_line(
        f.page,
        s,
        m,
        f.y,
        140,
        tr(lg, "Received by", "Empfänger", "Reçu par"),
        team()[rng.choice(["fitter1", "fitter2", "owner"])],
    )
    sign_line(
        f.page,
        s,
        w - m - 120,
        f.y,
        120,
        tr(lg, "Driver", "Fahrer", "Chauffeur"),
        person(rng, lg),
        rng.random() < 0.6,
    )
    if rng.random() < 0.3:
        hand(
            f.page,
            m,
            f.y + 24,
            tr(
                home(),
                "1 roll damaged - reported",
                "1 Rolle beschädigt",
                "1 rouleau abîmé - réserve",
            ),
            10,
            w - 2 * m,
        )
    pages = close(f.pages, s, h, numbers="none")
    remember(None, d, items)
    return pages


def credit_terms(lg: str) -> list[str]:
    return {
        "en": [
            "Definitions",
            "Credit limit",
            "Payment terms",
            "Late payment",
            "Retention of title",
            "Risk",
            "Returns",
            "Disputes",
            "Data protection",
            "Governing law",
        ],
        "de": [
            "Geltungsbereich",
            "Kreditlimit",
            "Zahlungsbedingungen",
            "Verzug",
            "Eigentumsvorbehalt",
            "Gefahrübergang",
            "Rücksendungen",
            "Mängelrüge",
            "Datenschutz",
            "Gerichtsstand",
        ],
        "fr": [
            "Objet",
            "Encours autorisé",
            "Conditions de paiement",
            "Retard de paiement",
            "Réserve de propriété",
            "Transfert des risques",
            "Retours",
            "Réclamations",
            "Données personnelles",
            "Juridiction",
        ],
    }[lg]


def tpl_credit_application(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's credit account application as the workshop filled it in by hand: the
    business details, trade references, bank, owner, the limit asked for, the signature; the
    terms of credit and a personal guarantee or SEPA mandate behind; now and then the
    supplier's covering letter in front."""
    h = supplier_of(who)
    lg = h.lang
    shop = shop_head()
    d = some_day(rng)
    s = style_of(h)
    pages: list[Page] = []
    people = team()
    if rng.random() < 0.4:
        f = sheets(s, h)
        recipient(f, s, h, shop_lines(mx(people["owner"], lg)), d - timedelta(days=4), [])
        caption(
            f,
            s,
            tr(
                lg,
                "Opening a credit account",
                "Eröffnung eines Kundenkontos",
                "Ouverture de compte",
            ),
            1,
        )
        write(f, s, dear(lg, mx(people["owner"], lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your interest in opening a trade account with us. "
                "Please complete the enclosed application, sign the terms and return it "
                "with a copy of a recent bank statement.",
                "vielen Dank für Ihr "
                "Interesse. Bitte senden Sie uns den beiliegenden Antrag ausgefüllt und "
                "unterschrieben zusammen mit dem SEPA-Mandat zurück.",
                "Nous vous "
                "remercions de votre intérêt. Merci de nous retourner la demande "
                "ci-jointe complétée et signée, accompagnée d'un RIB et d'un extrait "
                "Kbis.",
            ),
        )
        write(f, s, prose(rng, lg, "money", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "credit"),
            tr(lg, "Credit Controller", "Debitorenbuchhaltung", "Service crédit clients"),
        )
        pages += close(f.pages, s, h, numbers="none")
    p = Page(A4)
    fw = A4[0]
    fs = paper(s, A4, margin=40, pt=8.5)
    y = heading(p, fs, h)
    p.text(
        40,
        y,
        tr(
            lg,
            "APPLICATION FOR A CREDIT ACCOUNT",
            "ANTRAG AUF EIN KUNDENKONTO",
            "DEMANDE D'OUVERTURE DE COMPTE",
        ),
        fs.bold,
        12,
    )
    y += 16
    reg = {
        "en": serial(rng, "09999999"),
        "de": f"HRA {rng.randint(1000, 9999)}",
        "fr": f"RCS {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
    }
    y = band(p, fs, y, tr(lg, "1. Business details", "1. Firmendaten", "1. Société"))
    y = fields(
        p,
        fs,
        40,
        y + 2,
        fw - 80,
        [
            (tr(lg, "Trading name", "Firma", "Raison sociale"), shop.name),
            (tr(lg, "Company reg. no.", "Handelsregister", "RCS / SIREN"), reg[home()]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), shop.phone),
            (
                tr(lg, "Nature of business", "Branche", "Activité"),
                tr(lg, "Sign maker", "Werbetechnik", "Enseigniste"),
            ),
            (
                tr(lg, "Years trading", "Gegründet", "Date de création"),
                str(rng.randint(1996, 2019)),
            ),
            (tr(lg, "Accounts contact", "Buchhaltung", "Contact comptable"), people["owner"]),
            (tr(lg, "E-mail for invoices", "E-Mail für Rechnungen", "E-mail factures"), shop.mail),
        ],
        per=2,
        tall=26,
    )
    y = band(p, fs, y, tr(lg, "2. Trade references", "2. Referenzen", "2. Références fournisseurs"))
    refs = [SENDERS[r][home()][k][0] for r, k in (("vinyl", 0), ("panel", 1), ("hire", 0))]
    y = fields(
        p, fs, 40, y + 2, fw - 80, [(f"{k + 1}", t) for k, t in enumerate(refs)], per=3, tall=26
    )
    y = band(p, fs, y, tr(lg, "3. Bank", "3. Bankverbindung", "3. Banque"))
    y = fields(
        p,
        fs,
        40,
        y + 2,
        fw - 80,
        [
            (
                tr(lg, "Bank", "Bank", "Banque"),
                rng.choice(["Barclays", "NatWest", "Sparkasse", "Crédit Mutuel"]),
            ),
            (
                tr(lg, "Sort code / IBAN", "IBAN", "IBAN"),
                serial(rng, "99-99-99  99999999")
                if home() == "en"
                else serial(rng, "AA99 9999 9999 9999 9999 99"),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, fs, y, tr(lg, "4. Credit requested", "4. Gewünschtes Limit", "4. Encours souhaité"))
    y = ticks(
        p,
        fs,
        44,
        y + 14,
        fw - 88,
        [cash(v, lg) for v in (1000, 2500, 5000, 10000)],
        {rng.randint(0, 3)},
    )
    y += 6
    p.text(
        40,
        y,
        fit(
            tr(
                lg,
                "I/We confirm the information is correct and accept the terms of credit overleaf.",
                "Ich/Wir bestätigen die Angaben und erkennen die umseitigen Bedingungen an.",
                "Je certifie l'exactitude des informations et accepte les conditions au verso.",
            ),
            fs.font,
            8,
            fw - 80,
        ),
        fs.font,
        8,
    )
    y += 40
    sign_line(
        p,
        fs,
        40,
        y,
        180,
        tr(
            lg,
            "Signature (director / proprietor)",
            "Unterschrift Inhaber/GF",
            "Signature du gérant",
        ),
        people["owner"],
    )
    hand(p, 260, y - 4, f"{people['owner']}   {hand_date(d)}", 9.5)
    y += 30
    if y < A4[1] - 100:
        p.rect(40, y, fw - 80, 50, fill=0.93)
        p.text(
            46, y + 12, tr(lg, "For office use", "Interne Vermerke", "Cadre réservé"), fs.bold, 7
        )
        p.text(
            46,
            y + 26,
            tr(
                lg,
                "Credit check / limit / approved",
                "Auskunft / Limit / Freigabe",
                "Contrôle / encours / accord",
            ),
            fs.font,
            7,
        )
    pages.append(p)
    pages.append(
        small_print(
            rng,
            fs,
            lg,
            tr(lg, "Terms of credit", "Kreditbedingungen", "Conditions de crédit"),
            credit_terms(lg),
            "money",
        )
    )
    if rng.random() < 0.7:
        g = Page(A4)
        y = 60.0
        if lg == "en":
            g.text(40, y, "DEED OF GUARANTEE", "Helvetica-Bold", 12)
            body = (
                "In consideration of the supplier granting credit to the customer named "
                "overleaf, I the undersigned personally guarantee the due payment of all "
                "sums now or hereafter owing by the customer. " + prose(rng, lg, "legal")
            )
        else:
            g.text(
                40,
                y,
                tr(lg, "", "SEPA-Firmenlastschrift-Mandat", "Mandat de prélèvement SEPA B2B"),
                "Helvetica-Bold",
                12,
            )
            body = tr(
                lg,
                "",
                f"Gläubiger-ID DE{rng.randint(10, 99)}ZZZ0000{rng.randint(1000000, 9999999)}. "
                "Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels "
                "Lastschrift einzuziehen. " + prose(rng, lg, "money", 1, 2),
                f"ICS FR{rng.randint(10, 99)}ZZZ{rng.randint(100000, 999999)}. En signant "
                "ce formulaire, vous autorisez le créancier à envoyer des instructions à "
                "votre banque pour débiter votre compte. " + prose(rng, lg, "money", 1, 2),
            )
        y += 24
        for ln in wrap(body, "Helvetica", 9, A4[0] - 80):
            g.text(40, y, ln, "Helvetica", 9)
            y += 12
        y += 14
        y = fields(
            g,
            fs,
            40,
            y,
            A4[0] - 80,
            [
                (tr(lg, "Full name", "Kontoinhaber", "Titulaire"), people["owner"]),
                (
                    tr(lg, "Home address", "IBAN", "IBAN"),
                    serial(rng, "99 Aaaaaa Road")
                    if lg == "en"
                    else serial(rng, "AA99 9999 9999 9999 9999 99"),
                ),
                (
                    tr(lg, "Witness", "Ort, Datum", "Lieu, date"),
                    person(rng, home())
                    if lg == "en"
                    else f"{shop.town.split()[-1]}, {hand_date(d)}",
                ),
                (
                    tr(lg, "Date", "BIC", "BIC"),
                    hand_date(d) if lg == "en" else serial(rng, "AAAAAA9A"),
                ),
            ],
            per=2,
            tall=28,
        )
        y += 30
        sign_line(
            g,
            fs,
            40,
            y,
            200,
            tr(lg, "Signed as a deed by the guarantor", "Unterschrift", "Signature"),
            people["owner"],
        )
        pages.append(g)
    remember(None, d)
    return pages


CONTRACT_CLAUSES = {
    "en": [
        "Definitions",
        "Equipment covered",
        "Services",
        "Response times",
        "Exclusions",
        "Consumables and print heads",
        "Customer obligations",
        "Charges and payment",
        "Term and renewal",
        "Termination",
        "Liability",
        "General",
    ],
    "de": [
        "Vertragsgegenstand",
        "Vertragsgeräte",
        "Leistungsumfang",
        "Reaktionszeiten",
        "Ausschlüsse",
        "Verbrauchsmaterial und Druckköpfe",
        "Mitwirkungspflichten",
        "Vergütung",
        "Laufzeit und Verlängerung",
        "Kündigung",
        "Haftung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Matériels couverts",
        "Prestations",
        "Délais d'intervention",
        "Exclusions",
        "Consommables et têtes d'impression",
        "Obligations du client",
        "Prix et paiement",
        "Durée et reconduction",
        "Résiliation",
        "Responsabilité",
        "Dispositions générales",
    ],
}
MACHINES = [
    ("Roland TrueVIS VG3-640", "printer/cutter 1.6 m"),
    ("Mimaki CJV300-160", "printer/cutter 1.6 m"),
    ("HP Latex 630", "latex printer 1.63 m"),
    ("Graphtec FC9000-160", "cutting plotter"),
    ("Summa S2 T160", "cutting plotter"),
    ("Vivid Easymount 1600", "cold laminator"),
]


def service_of(who: Issuer) -> Head:
    return head_of(who, "service", abroad=0.1)


def tpl_service_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The plotter and printer service company's maintenance contract: now and then its
    covering letter, the particulars and the clauses under a running header, the equipment
    schedule on a landscape page and the signature page."""
    h = service_of(who)
    lg = h.lang
    d = some_day(rng)
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    no = serial(rng, "SC-99999")
    kit = keyed(who, "kit").sample(MACHINES, rng.randint(2, 4))
    pages: list[Page] = []
    if rng.random() < 0.45:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            shop_lines(mx(team()["owner"], lg)),
            d,
            [(tr(lg, "Contract", "Vertrag", "Contrat"), no)],
        )
        caption(
            f,
            s,
            tr(lg, "Your service agreement", "Ihr Wartungsvertrag", "Votre contrat de maintenance"),
            1,
        )
        write(f, s, dear(lg, mx(team()["owner"], lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Please find enclosed two copies of your service agreement. Kindly "
                "sign both, return one copy to us and keep one for your records.",
                "anbei erhalten Sie den Wartungsvertrag in zweifacher Ausfertigung. Bitte "
                "senden Sie uns ein unterschriebenes Exemplar zurück.",
                "Veuillez trouver ci-joint votre contrat en deux exemplaires, dont un à "
                "nous retourner signé.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "sales"),
            tr(lg, "Service Sales", "Vertrieb Service", "Service commercial"),
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(lg, "Equipment Service Agreement", "Wartungsvertrag", "Contrat de maintenance")
    f = sheets(s, h, f"{title} {no}")
    caption(f, s, title.upper(), 5)
    write(f, s, f"{tr(lg, 'Agreement no.', 'Vertrags-Nr.', 'Contrat n°')} {no}")
    write(
        f,
        s,
        tr(
            lg,
            f"between {h.name} (the Company) and {shop_head().name} (the Customer)",
            f"zwischen {h.name} (Auftragnehmer) und {shop_head().name} (Auftraggeber)",
            f"entre {h.name} (le Prestataire) et {shop_head().name} (le Client)",
        ),
    )
    start = date(d.year, d.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    charges = [rng.choice([480, 620, 890, 1150]) for _ in kit]
    fee = sum(charges)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Start date", "Beginn", "Date d'effet"), day(h, start)),
            (tr(lg, "Term", "Laufzeit", "Durée"), tr(lg, "12 months", "12 Monate", "12 mois")),
            (
                tr(lg, "Cover level", "Servicestufe", "Niveau"),
                rng.choice(["Gold", "Silver", "Standard"]),
            ),
            (tr(lg, "Annual charge", "Jahrespauschale", "Redevance annuelle"), cash(fee, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 6
    for k, t in enumerate(CONTRACT_CLAUSES[lg]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages_c = f.pages
    q = Page(A4L)
    lw, _ = A4L
    q.text(
        36,
        40,
        tr(
            lg,
            "Schedule 1 - Equipment",
            "Anlage 1 - Vertragsgeräte",
            "Annexe 1 - Matériels couverts",
        ),
        s.bold,
        12,
    )
    q.text(lw - 36, 40, no, s.font, 9, "right")
    fl = Flow(A4L, A4L[1] - 50, lambda p, n: 60.0)
    fl.page = q
    fl.pages = [q]
    fl.y = 64
    cols = columns(
        36,
        lw - 36,
        [(2.6, "left"), (2, "left"), (1.6, "left"), (1.6, "left"), (1.3, "left"), (1.2, "right")],
    )
    rows = [
        [
            mch,
            tr(lg, kind, kind, kind),
            serial(rng, "AA99999"),
            tr(lg, "Workshop", "Werkstatt", "Atelier"),
            rng.choice(["8h", "16h", "24h"]),
            money(charge, lg),
        ]
        for (mch, kind), charge in zip(kit, charges, strict=True)
    ]
    table(
        fl,
        cols,
        [
            tr(lg, "Model", "Modell", "Modèle"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Serial no.", "Serien-Nr.", "N° série"),
            tr(lg, "Location", "Standort", "Lieu"),
            tr(lg, "Response", "Reaktion", "Délai"),
            tr(lg, "Charge p.a.", "Pauschale p.a.", "Prix annuel"),
        ],
        rows,
        s,
        rules=True,
    )
    fl.y += 10
    fl.para(
        36,
        lw - 72,
        tr(
            lg,
            "Print heads are excluded unless stated. Visits outside "
            "contract hours are charged at the rates in Schedule 2.",
            "Druckköpfe sind ausgeschlossen, soweit nicht anders vereinbart.",
            "Les têtes d'impression sont exclues sauf mention contraire.",
        ),
        s.font,
        8,
    )
    sig = Page(s.page_size)
    y = m + 20.0
    sig.text(
        m,
        y,
        tr(
            lg,
            "Signed for and on behalf of",
            "Für den Auftragnehmer / Für den Auftraggeber",
            "Fait en deux exemplaires",
        ),
        s.bold,
        s.size + 1,
    )
    y += 50
    for k, (who_name, nm, signed) in enumerate(
        [
            (h.name, staff(h, "sales"), True),
            (shop_head().name, team()["owner"], rng.random() < 0.8),
        ]
    ):
        yy = y + k * 130
        sig.text(m, yy, who_name, s.bold, s.size)
        sign_line(
            sig, s, m, yy + 50, 200, tr(lg, "Signature", "Unterschrift", "Signature"), nm, signed
        )
        sig.text(m + 240, yy + 47, nm if signed else "", HAND, 9.5)
        sign_line(
            sig,
            s,
            m + 240,
            yy + 50,
            150,
            tr(lg, "Name / position", "Name / Funktion", "Nom / qualité"),
        )
        sign_line(sig, s, m, yy + 90, 120, tr(lg, "Date", "Ort, Datum", "Date"), signed=False)
        if signed:
            hand(sig, m + 4, yy + 86, hand_date(d + timedelta(days=k * 5)), 9)
    main = [*pages_c, *fl.pages, sig]
    pages += close(
        main,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    remember(None, d, kit)
    return pages


def nozzle_print(rng: random.Random, lg: str, mch: str, d: date) -> Page:
    """The nozzle check the printer prints on a strip of media, left with the report."""
    size = (A4[0], rng.choice([260.0, 320.0, 400.0]))
    p = Page(size)
    w, h = size
    p.text(
        30,
        30,
        f"{mch}  NOZZLE CHECK  {d.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
        "Courier",
        7,
    )
    for k, c in enumerate(["C", "M", "Y", "K", "Lc", "Lm"][: rng.choice([4, 6])]):
        x = 40 + k * (w - 80) / 6
        p.text(x, 52, c, "Courier", 7)
        for r in range(12):
            for j in range(4):
                if rng.random() < 0.985:
                    p.rect(x + j * 9, 60 + r * 8, 6, 1.2, fill=0.1)
    hand(
        p,
        40,
        h - 30,
        rng.choice(
            [
                "OK after clean",
                "after 2x cleaning - OK",
                "good",
                "nach Reinigung OK" if lg == "de" else "ok",
            ]
        ),
        10,
    )
    return p


def tpl_engineer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The service company's engineer's report: call, machine, meter, fault, work done and
    parts by hand, times, contract or chargeable, both signatures; now and then the nozzle
    check print left with it."""
    h = service_of(who)
    lg = h.lang
    d = last_day(rng, ("service_contract",), (5, 40))
    ex = LAST["extra"]
    kit = (
        ex
        if after(("service_contract",)) and isinstance(ex, list)
        else keyed(who, "kit").sample(MACHINES, 2)
    )
    mch, kind = rng.choice(kit)
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        w - m,
        y - 6,
        tr(lg, "SERVICE REPORT", "SERVICEBERICHT", "RAPPORT D'INTERVENTION"),
        s.bold,
        13,
        "right",
    )
    p.text(w - m, y + 8, f"No. {serial(rng, '999999')}", "Courier-Bold", 10, "right")
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), shop_head().name),
            (
                tr(lg, "Call ref / date", "Auftrag / Datum", "Appel / date"),
                f"{serial(rng, 'C99999')} / {short(d - timedelta(days=rng.randint(0, 3)), lg)}",
            ),
            (tr(lg, "Machine", "Gerät", "Machine"), f"{mch} ({kind})"),
            (tr(lg, "Serial no.", "Serien-Nr.", "N° série"), serial(keyed(who, mch), "AA99999")),
            (
                tr(lg, "Meter (m2 / hours)", "Zähler (m² / h)", "Compteur"),
                f"{rng.randint(3000, 48000)}",
            ),
            (tr(lg, "Engineer", "Techniker", "Technicien"), staff(h, "eng")),
        ],
        per=2,
        tall=26,
    )
    faults = {
        "en": [
            "Head strike, banding in magenta",
            "Cutter not tracking on long plots",
            "Error 0211 carriage motor",
            "Take-up reel not winding",
            "Annual PM visit",
            "Ink leak at damper",
        ],
        "de": [
            "Streifen in Magenta",
            "Plotter verliert Spur bei langen Schnitten",
            "Fehler 0211 Schlittenmotor",
            "Aufwickler dreht nicht",
            "Jahreswartung",
            "Tinte tritt am Dämpfer aus",
        ],
        "fr": [
            "Bandes magenta",
            "Dérive de découpe sur grandes longueurs",
            "Erreur 0211 moteur chariot",
            "Enrouleur ne fonctionne pas",
            "Maintenance préventive annuelle",
            "Fuite d'encre au damper",
        ],
    }[lg]
    done = {
        "en": [
            "replaced dampers C/M, head clean, test OK",
            "cleaned encoder strip, new pinch roller",
            "replaced carriage belt, calibrated",
            "replaced sensor, tested",
        ],
        "de": [
            "Dämpfer C/M getauscht, Kopfreinigung, Test OK",
            "Encoderstreifen gereinigt, Andruckrolle neu",
            "Schlittenriemen ersetzt, kalibriert",
            "Sensor getauscht",
        ],
        "fr": [
            "remplacement dampers C/M, nettoyage tête, test OK",
            "nettoyage bande encodeur",
            "courroie chariot remplacée, calibrage",
            "capteur remplacé, essais OK",
        ],
    }[lg]
    for cap, val in [
        (tr(lg, "Fault reported", "Fehlerbeschreibung", "Panne signalée"), rng.choice(faults)),
        (
            tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux effectués"),
            rng.choice(done),
        ),
    ]:
        p.text(m, y, cap, s.bold, 8)
        for k in range(3):
            p.line(m, y + 16 + 15 * k, w - m, y + 16 + 15 * k)
        hand(p, m + 4, y + 13, val, 9.5, w - 2 * m - 8)
        if rng.random() < 0.5:
            hand(p, m + 4, y + 28, words(rng, lg, "legal", 5)[:-1].lower(), 9.5, w - 2 * m - 8)
        y += 66
    p.text(m, y, tr(lg, "Parts used", "Ersatzteile", "Pièces"), s.bold, 8)
    y += 4
    filled = rng.randint(0, 3)
    for k in range(4):
        p.line(m, y + 16 + 15 * k, w - m, y + 16 + 15 * k)
        if k < filled:
            hand(
                p,
                m + 4,
                y + 13 + 15 * k,
                f"{serial(rng, 'A9999999')}  "
                f"{rng.choice(['damper', 'wiper', 'belt', 'cap top', 'blade 45', 'fuse'])}"
                f"  x{rng.randint(1, 4)}",
                9,
            )
    y += 80
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Travel start", "Abfahrt", "Départ"),
                f"{rng.randint(7, 11)}:{rng.randint(10, 59)}",
            ),
            (tr(lg, "Arrive", "Ankunft", "Arrivée"), f"{rng.randint(9, 13)}:{rng.randint(10, 59)}"),
            (tr(lg, "Depart", "Ende", "Fin"), f"{rng.randint(13, 17)}:{rng.randint(10, 59)}"),
            (tr(lg, "Miles / km", "km", "km"), str(rng.randint(12, 160))),
        ],
        per=4,
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Contract", "Vertrag", "Contrat"),
            tr(lg, "Chargeable", "Berechnung", "Facturable"),
            tr(lg, "Warranty", "Garantie", "Garantie"),
            tr(lg, "Further visit needed", "Folgeeinsatz nötig", "Retour nécessaire"),
        ],
        {rng.choice([0, 0, 1, 2])} | ({3} if rng.random() < 0.2 else set()),
    )
    y = max(y + 30, hh - m - 70)
    sign_line(p, s, m, y, 170, tr(lg, "Engineer", "Techniker", "Technicien"), staff(h, "eng"))
    sign_line(
        p,
        s,
        w - m - 170,
        y,
        170,
        tr(lg, "Customer", "Kunde", "Client"),
        team()["designer"],
        rng.random() < 0.85,
    )
    pages = [p]
    if rng.random() < 0.35:
        pages.append(nozzle_print(rng, lg, mch, d))
    remember(None, d, kit)
    return pages


HIRE_CLAUSES = {
    "en": [
        "Definitions",
        "Hire period",
        "Hirer's responsibilities",
        "Operators and training",
        "Ground conditions",
        "Loss and damage",
        "Breakdown",
        "Charges",
        "Off-hire",
        "Insurance",
        "Limitation of liability",
        "Termination",
    ],
    "de": [
        "Geltungsbereich",
        "Mietzeit",
        "Pflichten des Mieters",
        "Bedienpersonal",
        "Bodenverhältnisse",
        "Haftung für Schäden",
        "Störungen",
        "Mietpreis",
        "Rückgabe",
        "Haftungsbegrenzung",
        "Versicherung",
        "Kündigung",
    ],
    "fr": [
        "Objet",
        "Durée de location",
        "Obligations du locataire",
        "Conducteurs et CACES",
        "Nature du sol",
        "Dommages et pertes",
        "Pannes",
        "Prix",
        "Restitution",
        "Assurance",
        "Responsabilité",
        "Résiliation",
    ],
}
PLATFORMS = {
    "en": [
        ("Scissor lift 8 m electric", 95.0),
        ("Vehicle-mounted platform 14 m", 235.0),
        ("Trailer-mounted boom 12 m", 145.0),
        ("Tracked spider lift 17 m", 260.0),
    ],
    "de": [
        ("Scherenarbeitsbühne 8 m elektrisch", 89.0),
        ("LKW-Arbeitsbühne 14 m", 219.0),
        ("Anhängerarbeitsbühne 12 m", 129.0),
        ("Raupenarbeitsbühne 17 m", 249.0),
    ],
    "fr": [
        ("Nacelle ciseaux 8 m électrique", 92.0),
        ("Nacelle sur porteur VL 14 m", 229.0),
        ("Nacelle tractable 12 m", 139.0),
        ("Nacelle araignée 17 m", 255.0),
    ],
}


def tpl_platform_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """The access hire company's hire agreement for a platform: hire number, site, plant,
    period, rates, delivery, damage waiver, operator's card; its hire conditions behind and
    now and then the handover check signed at delivery."""
    h = head_of(who, "hire")
    lg = h.lang
    job = job_for(rng, ("highway_permit", "rams"))
    d = last_day(rng, ("highway_permit", "rams"), (1, 6))
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    no = serial(rng, "H9999999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Hire no.", "Mietvertrag-Nr.", "Contrat n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), account_no(who)),
        ],
    )
    caption(f, s, tr(lg, "HIRE AGREEMENT", "MIETVERTRAG", "CONTRAT DE LOCATION"), 4)
    plant, rate = rng.choice(PLATFORMS[h.lang])
    days = rng.choice([1, 1, 2, 3, 5])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Delivery address", "Einsatzort", "Adresse du chantier"), site(job)),
            (tr(lg, "Site contact", "Ansprechpartner", "Contact chantier"), f"{team()['fitter1']}"),
            (tr(lg, "On hire", "Mietbeginn", "Début"), f"{day(h, d)} 07:30"),
            (
                tr(lg, "Off hire (est.)", "Mietende (vorauss.)", "Fin (prévue)"),
                day(h, d + timedelta(days=days - 1)),
            ),
            (tr(lg, "Order no.", "Bestell-Nr.", "Bon de commande"), job.ref),
            (
                tr(
                    lg,
                    "Operator / IPAF PAL no.",
                    "Bediener / Befähigungsnachweis",
                    "Opérateur / CACES n°",
                ),
                f"{team()['fitter1']} / {serial(rng, '99999999')}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.y += 6
    cols = columns(
        m, w - m, [(1.3, "left"), (4.5, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")]
    )
    plant_no = serial(rng, "AP9999")
    carriage = rng.choice([85.0, 110.0, 140.0])
    waiver = round(rate * days * 0.12, 2)
    rows = [
        [plant_no, plant, str(days), money(rate, lg), money(rate * days, lg)],
        [
            "DEL",
            tr(lg, "Delivery and collection", "An- und Abtransport", "Livraison et reprise"),
            "1",
            money(carriage, lg),
            money(carriage, lg),
        ],
        [
            "DW",
            tr(lg, "Damage waiver 12%", "Haftungsbegrenzung 12 %", "Renonciation à recours 12 %"),
            "1",
            money(waiver, lg),
            money(waiver, lg),
        ],
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Plant", "Gerät", "Parc"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Rate", "Preis", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net = round(rate * days + carriage + waiver, 2)
    totals(f, s, lg, vat_rows(lg, net))
    write(
        f,
        s,
        tr(
            lg,
            "The hirer confirms the operator is trained and familiarised. Equipment "
            "remains on hire until collected or off-hire number issued.",
            "Der Mieter bestätigt die Einweisung des Bedieners. Die Mietzeit endet mit "
            "der Abmeldung.",
            "Le locataire atteste que l'opérateur est titulaire du "
            "CACES R486 et a reçu l'adéquation au matériel.",
        ),
        s.size - 1,
    )
    f.need(50)
    f.y += 26
    sign_line(
        f.page,
        s,
        m,
        f.y,
        170,
        tr(lg, "Hirer", "Mieter", "Locataire"),
        team()["owner"],
        rng.random() < 0.7,
    )
    f.y += 20
    pages = close(f.pages, s, h)
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Conditions of hire (CPA model conditions)",
                "Allgemeine Mietbedingungen",
                "Conditions générales de location",
            ),
            HIRE_CLAUSES[lg],
        )
    )
    if rng.random() < 0.5:
        hs = paper(s, A5, margin=30, pt=8)
        p = Page(A5)
        y = heading(p, hs, h)
        p.text(
            30,
            y,
            tr(lg, "Handover / pre-use check", "Übergabeprotokoll", "PV de mise à disposition"),
            hs.bold,
            11,
        )
        y += 14
        p.text(30, y, f"{plant_no}  {plant}", hs.font, 8)
        y += 16
        items = tr(
            lg,
            "Tyres|Controls|Emergency lowering|Harness points|Outriggers|Battery "
            "charged|Decals|LOLER cert. in date",
            "Reifen|Bedienelemente|Notablass|"
            "Anschlagpunkte|Abstützung|Batterie geladen|Prüfplakette|UVV-Prüfung",
            "Pneus|Commandes|Descente de secours|Points d'ancrage|Stabilisateurs|"
            "Batterie|Pictogrammes|VGP à jour",
        ).split("|")
        for t in items:
            box(p, 30, y, True, 8)
            p.text(44, y, t, hs.font, 8)
            y += 14
        y += 20
        sign_line(p, hs, 30, y, 150, tr(lg, "Driver", "Fahrer", "Chauffeur"), person(rng, lg))
        sign_line(p, hs, 30, y + 40, 150, tr(lg, "Customer", "Kunde", "Client"), team()["fitter1"])
        pages.append(p)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates LLLL: chains, insurance, warranty
# ---------------------------------------------------------------------------------------------


def chain_of(who: Issuer) -> Head:
    return head_of(who, "chain", abroad=0.2)


def tpl_brand_guidelines(rng: random.Random, who: Issuer) -> list[Page]:
    """A franchise chain's signage guideline pack for a new outlet: now and then the
    franchise support covering letter, the cover sheet, contents, logo and clear-space page,
    colour references, the fascia specification on a landscape page and the approval
    procedure; numbered from the contents page."""
    h = chain_of(who)
    lg = h.lang
    d = some_day(rng)
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    brand = h.name.split(" - ")[0].replace(" SAS", "").replace(" GmbH", "").replace(" Ltd", "")
    brand = brand.replace(" Franchise", "").replace(" Co.", "")
    version = f"{rng.randint(2, 6)}.{rng.randint(0, 4)}"
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(f, s, h, shop_lines(), d, [])
        outlet = rng.choice(NEAR[home()][row_no()])
        caption(
            f,
            s,
            tr(
                lg,
                f"New store opening - {outlet}",
                f"Neueröffnung {outlet}",
                f"Ouverture du magasin de {outlet}",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Our franchisee has nominated you to supply and install the signage "
                f"for the new {brand} store. Please find enclosed our signage guidelines "
                "(version " + version + "). All drawings must be approved by the brand "
                "team before manufacture.",
                f"unser Franchisepartner hat Sie mit der "
                f"Außenwerbung für die neue {brand}-Filiale beauftragt. Anbei unsere "
                "Gestaltungsrichtlinien (Version " + version + "). Alle Entwürfe sind "
                "vor Fertigung freizugeben.",
                f"Notre franchisé vous a confié la "
                f"signalétique du futur magasin {brand}. Vous trouverez ci-joint notre "
                "charte (version " + version + "). Tout BAT doit être validé par "
                "nos services avant fabrication.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "brand"),
            tr(
                lg,
                "Franchise Support Manager",
                "Expansion & Partnerbetreuung",
                "Responsable réseau",
            ),
        )
        pages += close(f.pages, s, h, numbers="none")
    cover = Page(A4)
    cw, ch = A4
    cover.rect(0, 0, cw, ch * 0.55, fill=0.25)
    pt = shrink(brand, "Helvetica-Bold", 40, cw - 100)
    cover.text(50, ch * 0.3, brand, "Helvetica-Bold", pt)
    cover.text(
        50,
        ch * 0.62,
        tr(
            lg,
            "Signage & Store Identity Guidelines",
            "Richtlinien Außenwerbung und Ladenbau",
            "Charte signalétique et identité magasin",
        ),
        "Helvetica-Bold",
        18,
    )
    cover.text(
        50,
        ch * 0.62 + 24,
        f"Version {version} - {MONTHS_SHORT[lg][d.month - 1]} {d.year}",
        "Helvetica",
        11,
    )
    cover.text(
        50,
        ch - 60,
        tr(
            lg,
            "Confidential - for approved suppliers only",
            "Vertraulich - nur für freigegebene Lieferanten",
            "Confidentiel - réservé aux fournisseurs agréés",
        ),
        "Helvetica-Oblique",
        8,
    )
    guide = tr(lg, "Signage guidelines", "Richtlinien Außenwerbung", "Charte signalétique")
    f = sheets(s, h, f"{brand} - {guide} v{version}", top=False)
    caption(f, s, tr(lg, "Contents", "Inhalt", "Sommaire"), 6)
    toc = tr(
        lg,
        "Introduction|Logo and clear space|Colours|Typography|Fascia|Projecting sign|"
        "Window graphics|Illumination|Approval procedure",
        "Einleitung|Logo und Schutzzone|Farben|Typografie|Fassadenschild|Ausleger|"
        "Schaufenster|Beleuchtung|Freigabeverfahren",
        "Introduction|Logo et zone de protection|Couleurs|Typographie|Bandeau|Drapeau|"
        "Vitrines|Éclairage|Procédure de validation",
    ).split("|")
    for k, t in enumerate(toc):
        f.page.text(m, f.y, f"{k + 1}  {t}", s.font, s.size + 1)
        f.page.text(w - m, f.y, str(3 + k), s.font, s.size + 1, "right")
        f.y += s.size * 2
    f.new_page()
    caption(f, s, f"2  {toc[1]}", 4)
    lx, ly = m + 40, f.y + 30
    f.page.rect(lx, ly, w - 2 * m - 80, 110, fill=0.85)
    f.page.text(
        w / 2,
        ly + 66,
        brand,
        "Helvetica-Bold",
        shrink(brand, "Helvetica-Bold", 34, w - 2 * m - 120),
        "center",
    )
    for x in (lx - 20, lx + w - 2 * m - 60):
        f.page.line(x, ly - 20, x, ly + 130)
    for yv in (ly - 20, ly + 130):
        f.page.line(lx - 20, yv, lx + w - 2 * m - 60, yv)
    f.page.text(lx - 16, ly - 24, "X", "Helvetica", 8)
    f.y = ly + 160
    write(f, s, prose(rng, lg, "sign", 2, 3))
    caption(f, s, f"3  {toc[2]}", 4)
    cols = columns(
        m, w - m, [(2, "left"), (1.5, "left"), (1.5, "left"), (1.8, "left"), (2, "left")]
    )
    rows = [
        [
            tr(lg, name, name, name),
            f"Pantone {p_}",
            f"RAL {r_}",
            f"C{c_} M{m_} Y{y_} K{k_}",
            f"{tr(lg, 'Vinyl', 'Folie', 'Adhésif')} {v_}",
        ]
        for name, p_, r_, c_, m_, y_, k_, v_ in [
            (
                tr(lg, "Brand green", "Markengrün", "Vert marque"),
                "356 C",
                "6029",
                95,
                0,
                100,
                27,
                "751-463",
            ),
            (tr(lg, "Warm cream", "Creme", "Crème"), "7506 C", "1015", 0, 6, 24, 0, "751-027"),
            (
                tr(lg, "Charcoal", "Anthrazit", "Anthracite"),
                "432 C",
                "7016",
                23,
                2,
                0,
                77,
                "751-073",
            ),
            (tr(lg, "White", "Weiß", "Blanc"), "-", "9016", 0, 0, 0, 0, "751-010"),
        ]
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Colour", "Farbe", "Couleur"),
            "Pantone",
            "RAL",
            "CMYK",
            tr(lg, "Film", "Folie", "Film"),
        ],
        rows,
        s,
        rules=True,
    )
    for k, t in enumerate(toc[3:5]):
        caption(f, s, f"{4 + k}  {t}", 4)
        write(f, s, prose(rng, lg, "sign", 2, 4))
    body = f.pages
    spec = Page(A4L)
    lw, _lh = A4L
    spec.text(
        36,
        40,
        f"{toc[4]} - {tr(lg, 'standard elevation', 'Standardansicht', 'élévation type')}",
        "Helvetica-Bold",
        12,
    )
    fj = Job(
        "",
        (brand, "", "", ""),
        "",
        "",
        "fascia",
        rng.choice([4800, 6000, 7200]),
        rng.choice([700, 800, 900]),
        "",
        "",
        [],
        [0, 2],
        "",
        d,
        0.5,
        "",
    )
    yb = draw_panel(spec, 70, 110, lw - 200, fj)
    spec.text(
        70,
        yb + 30,
        tr(
            lg,
            "Letters: built-up acrylic, face-lit, 20 mm returns. "
            "Tray: folded aluminium, RAL 7016 satin.",
            "Buchstaben: Acryl 20 mm, frontleuchtend. Wanne: Alu gekantet, RAL 7016.",
            "Lettres boîtier acrylique 20 mm rétroéclairées. Caisson alu RAL 7016 satiné.",
        ),
        "Helvetica",
        9,
    )
    spec.text(
        70,
        yb + 44,
        tr(
            lg,
            "Logo height max. 60% of fascia depth; min. clear space X each side.",
            "Logohöhe max. 60 % der Blendenhöhe.",
            "Hauteur du logo : 60 % max. de la hauteur du bandeau.",
        ),
        "Helvetica",
        9,
    )
    appr = Sheets(s.page_size, hh - m - 20, lambda p, n: float(m))
    caption(appr, s, f"9  {toc[8]}", 4)
    for k, t in enumerate(
        tr(
            lg,
            "Survey the site and send photos|Submit drawings to the brand "
            "team|Obtain landlord and council consent|Manufacture only after "
            "written approval|Send completion photos",
            "Aufmaß und Fotos senden|Entwürfe zur Freigabe einreichen|"
            "Genehmigungen einholen|Fertigung erst nach schriftlicher "
            "Freigabe|Abschlussfotos senden",
            "Relevé et photos du site|Envoi des BAT au service réseau|"
            "Autorisations bailleur et mairie|Fabrication après accord "
            "écrit|Photos de fin de chantier",
        ).split("|")
    ):
        write(appr, s, f"{k + 1}. {t}", s.size + 0.5, 10)
    write(appr, s, prose(rng, lg, "sign", 1, 2))
    write(
        appr,
        s,
        f"{tr(lg, 'Contact', 'Kontakt', 'Contact')}: {staff(h, 'brand')}  {h.mail or h.phone}",
    )
    inner = [*body, spec, *appr.pages]
    pages.append(cover)
    pages += close(inner, s, h, numbers="{i}")
    remember(None, d, brand)
    return pages


MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's or insurer's schedule for the workshop's combined policy: now and then a
    covering letter, the schedule with the insured, the business, the sections and limits,
    premium and tax, then the endorsements and the statement of fact."""
    h = head_of(who, "broker")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    pol = serial(rng, keyed(who, "pol").choice(["CCL/999999/25", "99-999-999999", "AA 9999999"]))
    shop = shop_head()
    renew = date(d.year, d.month, 1) + timedelta(days=rng.randint(20, 40))
    pages: list[Page] = []
    if rng.random() < 0.55:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            shop_lines(mx(team()["owner"], lg)),
            d,
            [(tr(lg, "Policy", "Versicherungsschein-Nr.", "Contrat n°"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your renewal documents",
                "Ihre Vertragsunterlagen",
                "Vos documents contractuels",
            ),
            1,
        )
        write(f, s, dear(lg, mx(team()["owner"], lg)))
        write(
            f,
            s,
            tr(
                lg,
                "We are pleased to enclose your renewed policy schedule. Please check "
                "the statement of fact carefully and tell us of any changes, in "
                "particular the maximum working height and any work on vehicles.",
                "anbei erhalten Sie Ihren Versicherungsschein. Bitte prüfen Sie die "
                "Angaben zur Betriebsart und zur maximalen Arbeitshöhe.",
                "Veuillez trouver ci-joint vos conditions particulières. Merci de "
                "vérifier les déclarations, notamment la hauteur maximale "
                "d'intervention.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "acct"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(
        lg,
        "Policy Schedule - Tradesman Combined",
        "Versicherungsschein - Betriebshaftpflicht und Inhalt",
        "Conditions particulières - Multirisque professionnelle",
    )
    f = sheets(s, h, f"{title} - {pol}")
    caption(f, s, title, 3, rule=True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"), shop.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
            (
                tr(lg, "Business", "Betriebsart", "Activité déclarée"),
                tr(
                    lg,
                    "Sign makers and installers incl. vehicle graphics",
                    "Werbetechnik inkl. Montage und Fahrzeugbeschriftung",
                    "Fabrication et pose d'enseignes",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(renew, lg)} - {short(renew + timedelta(days=364), lg)}",
            ),
            (
                tr(lg, "Insurer", "Versicherer", "Assureur"),
                rng.choice(
                    ["Northgate Insurance plc", "Hanseatische Gewerbe VVaG", "Mutuelle du Bâtiment"]
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.y += 6
    cols = columns(m, w - m, [(3.5, "left"), (2.5, "right"), (1.6, "right"), (1.6, "right")])
    secs = tr(
        lg,
        "Employers' liability|Public liability|Products liability|Contract works|"
        "Tools and equipment|Goods in transit|Stock and materials",
        "Betriebshaftpflicht|Produkthaftpflicht|Umwelthaftpflicht|Bearbeitungsschäden|"
        "Werkzeuge und Geräte|Transportgüter|Inhalt / Vorräte",
        "RC exploitation|RC après livraison|RC décennale|Dommages aux biens confiés|"
        "Matériel et outillage|Marchandises transportées|Stock",
    ).split("|")
    limits = [10_000_000, 5_000_000, 5_000_000, 50_000, 15_000, 10_000, 25_000]
    rows = []
    prem = 0.0
    for t, lim in zip(secs, limits, strict=True):
        if rng.random() < 0.85:
            pv = round(rng.uniform(60, 900), 2)
            prem += pv
            rows.append(
                [
                    t,
                    cash(lim, lg)[:-3] if lg == "en" else cash(lim, lg)[:-5] + " €",
                    cash(rng.choice([100, 250, 500]), lg),
                    money(pv, lg),
                ]
            )
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Baustein", "Garantie"),
            tr(lg, "Limit", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        rules=True,
    )
    ipt = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    totals(
        f,
        s,
        lg,
        [
            (tr(lg, "Premium", "Nettobeitrag", "Prime HT"), round(prem, 2)),
            (
                tr(
                    lg,
                    f"IPT {ipt:g}%",
                    f"Versicherungsteuer {ipt:g} %",
                    f"Taxe d'assurance {ipt:g} %",
                ),
                round(prem * ipt / 100, 2),
            ),
            (
                tr(lg, "Total payable", "Jahresbeitrag", "Prime TTC"),
                round(prem * (1 + ipt / 100), 2),
            ),
        ],
    )
    caption(f, s, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), 1)
    ends = tr(
        lg,
        "E12 Heat exclusion - no use of blow torches|E31 Height limit 15 m|"
        "E40 Vehicle wrapping - damage to paintwork excluded|E07 Unattended vehicles - "
        "tools locked away overnight",
        "BV 1 Arbeitshöhe bis 15 m|BV 4 Schäden an "
        "Fahrzeuglack ausgeschlossen|BV 9 Heißarbeiten nur mit Erlaubnisschein",
        "Clause 12 : hauteur maximale 15 m|Clause 21 : exclusion des dommages aux "
        "peintures de véhicules|Clause 30 : outillage sous clé la nuit",
    ).split("|")
    for t in ends:
        write(f, s, t, s.size - 0.5, 8)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Statement of fact", "Ihre Angaben zum Risiko", "Déclarations du souscripteur"),
        2,
    )
    cols = columns(m, w - m, [(5, "left"), (2, "left")])
    facts = [
        (tr(lg, "Number of employees", "Anzahl Mitarbeiter", "Effectif"), "4"),
        (
            tr(lg, "Annual turnover", "Jahresumsatz", "Chiffre d'affaires"),
            cash(rng.choice([180_000, 240_000, 310_000]), lg),
        ),
        (tr(lg, "Maximum working height", "Maximale Arbeitshöhe", "Hauteur maximale"), "15 m"),
        (
            tr(lg, "Electrical work", "Elektroarbeiten", "Travaux électriques"),
            tr(lg, "By subcontracted electrician", "durch Elektrofachbetrieb", "sous-traités"),
        ),
        (
            tr(lg, "Claims in last 5 years", "Schäden letzte 5 Jahre", "Sinistres 5 ans"),
            rng.choice(["0", "1", "None", "Keine" if lg == "de" else "0"]),
        ),
    ]
    table(f, cols, ["", ""], [[a, b] for a, b in facts], s, rules=True)
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    pages += close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return pages


def maker_of(who: Issuer) -> Head:
    return head_of(who, "maker", abroad=0.4)


def tpl_warranty_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's warranty claim to the film manufacturer for faded or cracked vinyl, on
    the manufacturer's claim form filled in by hand, the photo sheet and the copy of the
    supplier's original invoice, sent together."""
    mk = maker_of(who)
    lg = mk.lang
    shop = shop_head()
    job = a_job(rng)
    job.kind = rng.choice(["van", "wrap", "fascia", "window"])
    d = some_day(rng)
    applied = d - timedelta(days=rng.randint(400, 1400))
    s = style_of(mk, A4, margin=40, pt=8.5)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, mk)
    p.text(
        m,
        y,
        tr(
            lg,
            "PRODUCT WARRANTY CLAIM FORM",
            "REKLAMATIONSFORMULAR GEWÄHRLEISTUNG",
            "FICHE DE RÉCLAMATION GARANTIE",
        ),
        s.bold,
        12,
    )
    y += 16
    film = rng.choice(["751-070", "751-463", "WRP-1370", "ETC-1230", "751-027"])
    y = band(p, s, y, tr(lg, "A. Claimant", "A. Reklamierende Firma", "A. Réclamant"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Company", "Firma", "Société"), shop.name),
            (
                tr(lg, "Contact / tel", "Ansprechpartner / Tel.", "Contact / tél."),
                f"{team()['owner']} {shop.phone}",
            ),
            (
                tr(lg, "Purchased from", "Bezogen über", "Distributeur"),
                SENDERS["vinyl"][home()][0][0],
            ),
            (
                tr(lg, "Invoice no. / date", "Rechnung / Datum", "Facture / date"),
                f"{serial(rng, 'SI999999')} / {hand_date(applied - timedelta(days=9))}",
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "B. Product", "B. Produkt", "B. Produit"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Product code", "Artikel", "Référence"), film),
            (tr(lg, "Batch / lot no.", "Charge", "N° de lot"), serial(rng, "99A99999")),
            (tr(lg, "Date applied", "Verklebt am", "Date de pose"), hand_date(applied)),
            (
                tr(lg, "Quantity affected", "Betroffene Menge", "Quantité"),
                f"{rng.randint(3, 40)} m2",
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "C. Application and exposure",
            "C. Anwendung und Exposition",
            "C. Application et exposition",
        ),
    )
    y = ticks(
        p,
        s,
        m + 4,
        y + 14,
        w - 2 * m - 8,
        tr(
            lg,
            "Vehicle|Fascia|Window|Vertical|Horizontal|South facing|Coastal",
            "Fahrzeug|Fassade|Glas|Vertikal|Horizontal|Südseite|Küstennähe",
            "Véhicule|Façade|Vitrage|Vertical|Horizontal|Plein sud|Bord de mer",
        ).split("|"),
        {0 if job.vehicle_job else 1, 3, *([5] if rng.random() < 0.6 else [])},
    )
    y = band(p, s, y + 4, tr(lg, "D. Defect", "D. Mangel", "D. Défaut"))
    y = ticks(
        p,
        s,
        m + 4,
        y + 14,
        w - 2 * m - 8,
        tr(
            lg,
            "Fading / colour change|Cracking|Shrinkage|Adhesive failure|Lifting edges",
            "Ausbleichen / Farbveränderung|Rissbildung|Schrumpf|Haftungsverlust|Kantenablösung",
            "Décoloration|Craquelures|Retrait|Perte d'adhérence|Décollement des bords",
        ).split("|"),
        {0} | ({rng.randint(1, 4)} if rng.random() < 0.5 else set()),
    )
    p.text(m, y + 4, tr(lg, "Description", "Beschreibung", "Description"), s.bold, 8)
    for k in range(4):
        p.line(m, y + 20 + 15 * k, w - m, y + 20 + 15 * k)
    hand(
        p,
        m + 4,
        y + 17,
        tr(
            home(),
            f"Red/green faded badly on {job.reg} after approx. {(d - applied).days // 30} months",
            f"Rot stark ausgeblichen, nach ca. {(d - applied).days // 30} Monaten",
            f"Rouge très décoloré après {(d - applied).days // 30} mois",
        ),
        9.5,
        w - 2 * m - 8,
    )
    hand(
        p,
        m + 4,
        y + 32,
        tr(
            home(),
            "processed per bulletin, laminated",
            "verarbeitet nach Richtlinie, laminiert",
            "posé selon la notice, lamifié",
        ),
        9.5,
        w - 2 * m - 8,
    )
    y += 86
    p.text(
        m,
        y,
        tr(
            lg,
            "Claimed: material and labour",
            "Gefordert: Material und Arbeitszeit",
            "Demande : matière et main-d'oeuvre",
        ),
        s.font,
        8,
    )
    hand(p, m + 200, y, cash(round(rng.uniform(180, 1900), 2), home()), 10)
    y += 30
    sign_line(p, s, m, y, 180, tr(lg, "Signature", "Unterschrift", "Signature"), team()["owner"])
    hand(p, m + 230, y - 4, hand_date(d), 9.5)
    pages = [p]
    ps = style_of(shop, A4)
    pages += photo_sheet(
        rng,
        ps,
        f"{tr(home(), 'Claim photos', 'Fotos Reklamation', 'Photos')}"
        f" - {job.reg if job.vehicle_job else job.customer[0]}",
        [
            tr(home(), "Nearside - faded red", "Beifahrerseite", "Côté droit - rouge passé"),
            tr(
                home(),
                "Close-up with unexposed area",
                "Detail mit abgedecktem Bereich",
                "Détail zone protégée",
            ),
        ][: rng.randint(1, 2)],
    )
    if rng.random() < 0.6:
        sup = head_of(who, "vinyl")
        cs = style_of(sup, A4)
        cf = sheets(cs, sup)
        recipient(
            cf,
            cs,
            sup,
            shop_lines(),
            applied - timedelta(days=9),
            [(tr(sup.lang, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), serial(rng, "SI999999"))],
        )
        caption(cf, cs, tr(sup.lang, "INVOICE", "RECHNUNG", "FACTURE"), 4)
        pr = next((x for x in PRODUCTS["vinyl"] if x[0].startswith(film)), PRODUCTS["vinyl"][0])
        table(
            cf,
            columns(
                cs.margin,
                w - cs.margin,
                [(1.5, "left"), (5, "left"), (0.8, "right"), (1.3, "right")],
            ),
            [
                "Code",
                tr(sup.lang, "Description", "Bezeichnung", "Désignation"),
                tr(sup.lang, "Qty", "Menge", "Qté"),
                tr(sup.lang, "Net", "Netto", "HT"),
            ],
            [[pr[0], prod_name(pr, sup.lang), "1", money(pr[4], sup.lang)]],
            cs,
        )
        totals(cf, cs, sup.lang, vat_rows(sup.lang, pr[4]))
        copy = close(cf.pages[:1], cs, sup, numbers="none")[0]
        copier_edge(copy, rng)
        hand(
            copy,
            cs.margin + 20,
            300,
            tr(
                home(),
                f"batch {film} - see claim",
                f"Charge {film} - s. Reklamation",
                f"lot {film} - cf. réclamation",
            ),
            11,
        )
        pages.append(copy)
    remember(None, d, (who, film, job.reg))
    return pages


def tpl_warranty_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The film manufacturer's answer to a warranty claim: reference, findings, the decision
    (credit of material, a labour contribution or rejection with the reason) and now and then
    the lab measurement table on a page of its own."""
    mk = maker_of(who)
    lg = mk.lang
    d = last_day(rng, ("warranty_claim",), (14, 45))
    ex = LAST["extra"]
    film = ex[1] if after(("warranty_claim",)) and isinstance(ex, tuple) else "751-070"
    s = style_of(mk)
    w, hh = s.page_size
    m = s.margin
    ref = serial(rng, "WC-99999")
    f = sheets(s, mk, f"{tr(lg, 'Claim', 'Reklamation', 'Réclamation')} {ref}")
    recipient(
        f,
        s,
        mk,
        shop_lines(mx(team()["owner"], lg)),
        d,
        [
            (tr(lg, "Claim ref", "Vorgang", "Réf. dossier"), ref),
            (tr(lg, "Product", "Produkt", "Produit"), film),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Warranty claim - assessment",
            "Ihre Reklamation - Prüfergebnis",
            "Votre réclamation - résultat de l'expertise",
        ),
        1,
    )
    write(f, s, dear(lg, mx(team()["owner"], lg)))
    outcome = rng.choices(["accept", "part", "reject"], [4, 3, 3])[0]
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for the samples and photographs. Our laboratory has measured "
            "the colour difference against retained stock of the same batch.",
            "vielen Dank für die Muster und Fotos. Unser Labor hat die Farbabweichung "
            "gegenüber Rückstellmustern derselben Charge gemessen.",
            "Nous vous remercions des échantillons et photos transmis. Notre laboratoire "
            "a mesuré l'écart colorimétrique par rapport aux échantillons de référence.",
        ),
    )
    dec = {
        "accept": tr(
            lg,
            "The fading exceeds the limits of our performance guarantee. We will "
            "credit the material and contribute to the labour as claimed.",
            "Die Abweichung überschreitet die zugesicherten Werte. Wir erstatten das "
            "Material und beteiligen uns an den Arbeitskosten.",
            "La décoloration dépasse les valeurs garanties. Nous prenons en charge la "
            "matière et participons à la main-d'oeuvre.",
        ),
        "part": tr(
            lg,
            "As a gesture of goodwill we will replace the material free of charge; "
            "labour is not covered for films older than two years.",
            "Aus Kulanz liefern wir das Material kostenlos nach; Arbeitskosten sind "
            "nach zwei Jahren nicht gedeckt.",
            "À titre commercial, nous remplaçons la matière ; la main-d'oeuvre n'est "
            "plus couverte au-delà de deux ans.",
        ),
        "reject": tr(
            lg,
            "The damage results from solvent cleaning / pressure washing close to "
            "the film edge and is excluded under section 5 of the warranty terms.",
            "Die Schäden sind auf Reinigung mit Lösemitteln bzw. Hochdruck "
            "zurückzuführen und gemäß Ziffer 5 ausgeschlossen.",
            "Les dommages résultent d'un nettoyage haute pression à proximité des "
            "bords et sont exclus (article 5 des conditions de garantie).",
        ),
    }[outcome]
    write(f, s, dec)
    if outcome != "reject":
        write(
            f,
            s,
            tr(
                lg,
                f"Credit note to follow via your distributor, reference {ref}.",
                f"Die Gutschrift erfolgt über Ihren Händler unter {ref}.",
                f"L'avoir vous sera adressé par votre distributeur, référence {ref}.",
            ),
        )
    regards(
        f,
        s,
        lg,
        staff(mk, "tech"),
        tr(lg, "Technical Services", "Anwendungstechnik", "Service technique"),
    )
    pages = close(f.pages, s, mk)
    if rng.random() < 0.55:
        t = Page(s.page_size)
        t.text(m, m, tr(lg, "Test report", "Prüfbericht", "Rapport d'essai"), s.bold, 12)
        t.text(w - m, m, f"{ref} / LAB-{rng.randint(1000, 9999)}", s.font, 8, "right")
        fl = Sheets(s.page_size, hh - m, lambda p, n: float(m))
        fl.page = t
        fl.pages = [t]
        fl.y = m + 30
        cols = columns(
            m,
            w - m,
            [
                (2.4, "left"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1.2, "center"),
            ],
        )
        rows = []
        for k in range(rng.randint(4, 8)):
            de = round(rng.uniform(0.8, 9.5) if outcome != "reject" else rng.uniform(0.5, 4.0), 1)
            rows.append(
                [
                    f"{tr(lg, 'Sample', 'Probe', 'Échantillon')} {k + 1}",
                    f"{rng.uniform(30, 60):.1f}",
                    f"{rng.uniform(-10, 50):.1f}",
                    f"{rng.uniform(-10, 40):.1f}",
                    f"{de:.1f}",
                    tr(lg, "fail", "n.i.O.", "NC") if de > 5 else tr(lg, "pass", "i.O.", "C"),
                ]
            )
        table(
            fl,
            cols,
            [
                tr(lg, "Sample", "Probe", "Échantillon"),
                "L*",
                "a*",
                "b*",
                "dE*ab",
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            rows,
            s,
            rules=True,
        )
        fl.y += 10
        write(
            fl,
            s,
            tr(
                lg,
                "Measured with spectrophotometer D65/10, against retained sample. "
                "Adhesion 180 deg peel (N/25 mm): ",
                "Messung D65/10 gegen Rückstellmuster. Schälwiderstand 180° (N/25 mm): ",
                "Mesure D65/10 contre échantillon de référence. Pelage 180° (N/25 mm) : ",
            )
            + f"{rng.uniform(8, 22):.1f}",
            s.size - 1,
        )
        pages += fl.pages
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


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
    "proof_approval": tpl_proof_approval,
    "job_sheet": tpl_job_sheet,
    "install_report": tpl_install_report,
    "rams": tpl_rams,
    "deposit_invoice": tpl_deposit_invoice,
    "final_invoice": tpl_final_invoice,
    "consent_application": tpl_consent_application,
    "consent_decision": tpl_consent_decision,
    "highway_permit": tpl_highway_permit,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "credit_application": tpl_credit_application,
    "service_contract": tpl_service_contract,
    "engineer_report": tpl_engineer_report,
    "platform_hire": tpl_platform_hire,
    "brand_guidelines": tpl_brand_guidelines,
    "insurance_schedule": tpl_insurance_schedule,
    "warranty_claim": tpl_warranty_claim,
    "warranty_decision": tpl_warranty_decision,
}
TEMPLATES_LLLL: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "supplier_invoice",
    "delivery_note",
    "deposit_invoice",
    "final_invoice",
    "job_sheet",
    "proof_approval",
    "engineer_report",
    "consent_decision",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "quotation": "proof_approval",
    "proof_approval": "deposit_invoice",
    "job_sheet": "install_report",
    "install_report": "final_invoice",
    "consent_application": "consent_decision",
    "highway_permit": "platform_hire",
    "delivery_note": "supplier_invoice",
    "service_contract": "engineer_report",
    "warranty_claim": "warranty_decision",
    "brand_guidelines": "quotation",
    "rams": "platform_hire",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_grater_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One workshop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The workshop
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(WORKSHOPS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_LLLL, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_grater_stream, "templates LLLL")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Reamer part of the generated corpus: templates SSSSS, written blind for the next measurement.

A part of its own, ``reamer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
upholstery and soft furnishing workshop (the owner, two upholsterers, a seamstress and a
part-time bookkeeper; in England, Germany or France) feeds through its scanner in a month. The
workshop reupholsters antique and modern furniture and makes curtains and blinds for homes,
hotels and theatres. Its pile holds: the workshop's quotations to customers (Angebot, devis)
for a piece (strip, re-web, re-spring, stuffing, top cover, fabric by the metre) or for
curtains and blinds, now and then behind a covering letter, with a photo sheet of the piece
as seen and the terms of business on a last page; the order confirmations the customers sign
and send back with the deposit ticked (Auftragsbestätigung, bon de commande signé); the
workshop's measuring sheets for curtains and blinds, one sheet per window with a sketch,
widths and drops in hand and heading, lining and fitting ticks; fabric houses' cuttings for
approval on A5 slips (the cutting of the dye lot pinned on, approve/reject ticked and signed);
fabric houses' invoices whose lines run over pages, with the flame retardancy certificate of
the back-coating finisher behind; foam converters' invoices with the cutting list of the
blocks and pads on a landscape page; upholstery sundries trade counter receipts on narrow till
slips; fire test houses' test reports (BS 5852 ignition sources 0, 1 and 5, BS 5867; DIN 4102
B1 Prüfzeugnis; procès-verbal de classement M1) with the results table and the conditions
page; theatres' purchase orders for stage drapes with the technical specification and a
drawing on a landscape page; hotels' supply and installation contracts for curtains, bed
runners and headboards with the clauses, the room schedule on landscape pages and the
signature page; the workshop's collection and delivery notes from the A5 carbon pad with the
condition ticks and the customer's signature; the workshop's invoices to customers with the
deposit deducted, now and then with a fabric care sheet behind; the workshop's condition
reports on antique pieces for dealers and historic houses (object fields, condition by
component, photo sheets, proposed treatment); customers' complaints (a handwritten note on A5,
a letter or a printed e-mail, often with photos printed behind) and the workshop's reply; the
landlord's rent invoices for the workshop unit, now and then with the service charge budget
behind; apprenticeship agreements (an apprenticeship agreement with its commitment statement,
a Berufsausbildungsvertrag of the Handwerkskammer with the training plan, a contrat
d'apprentissage with the CFA's convention) as the training body returns them; the
accountant's covering letters with the VAT return print (VAT return summary, Umsatzsteuer-
Voranmeldung with its ELSTER transmission record, CA3) and the submission receipt; the
accountant's year-end query letters with the list of queries to answer; the insurer's policy
schedules (goods in trust, contents, liability) with the endorsements pages, now and then
behind a renewal letter.

Each stream is one workshop's pile: the workshop (country, name, month) is drawn once per
stream; its outside senders are of the workshop's country and write in its language, except
that fabric houses, test houses and now and then a customer are from abroad and write in their
own. Page sizes range from narrow till slips and A5 pads to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the workshop files it:
the covering letter, photo sheet and terms page of a quotation; every window sheet of one
measuring visit; the flame retardancy certificate behind a fabric invoice (another firm's
paper, yet the fabric house sent it with the invoice); the cutting list of a foam invoice; the
results and conditions pages of a test report; the specification and drawing of a theatre's
order; the room schedule and signature page of a hotel contract; the care sheet behind the
workshop's invoice; the photo sheets of a condition report; the photos printed behind a
complaint; the service charge budget behind a rent invoice; the training plan or commitment
statement of an apprenticeship agreement; the return print and submission receipt behind the
accountant's covering letter; the query list of a year-end letter; the endorsements and the
renewal letter of an insurance schedule. Related papers are documents of their own: the
quotation after the measuring sheet, the signed order confirmation after the quotation, the
workshop's invoice after the delivery note, the fabric invoice after the cutting for approval,
the test report after the theatre's order, the workshop's reply after a complaint; and so is
each invoice, slip, note and cutting of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: fabric and foam invoices, cuttings
for approval, till receipts, delivery notes, the workshop's invoices, measuring sheets and rent
invoices often come 2-4 in a row from one sender with other jobs, dates, numbers and amounts;
and companions: each related paper above often follows the document it answers, about the
same job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "reamer"`` and seeds offset by 12_200_000.

Usage: ``python benchmarks/corpus_reamer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/reamer/reamer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
from corpus_kit import columns as kit_columns

PART = "reamer"
SEED_OFFSET = 12_200_000

MM = 72 / 25.4
SLIP = (80 * MM, 190 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the workshop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        (
            "Hartwell & Daughter Upholstery",
            "Unit 4, Tannery Yard",
            "Ludlow SY8 1AF",
            "01584 872 310",
        ),
        ("The Button Back Workshop", "12a Monk Bar Court", "York YO1 7LQ", "01904 633 914"),
        ("Fennick Upholstery & Soft Furnishings", "3 Cooper's Lane", "Frome BA11 1DG", ""),
    ],
    "de": [
        ("Raumausstattung Kessler", "Gerberstraße 9", "72070 Tübingen", "07071 55 23 18"),
        ("Polsterei & Dekoration Wendt", "Hinter der Mauer 4", "23552 Lübeck", "0451 70 62 91"),
        ("Werkstatt Brandl - Polster und Vorhang", "Lindwurmstraße 61", "80337 München", ""),
    ],
    "fr": [
        ("Atelier Marchetti Tapisserie", "14 rue des Tanneurs", "21000 Dijon", "03 80 30 41 72"),
        ("Tapisserie Décoration Le Bihan", "5 rue de Siam", "29200 Brest", "02 98 44 16 03"),
        ("Atelier du Fauteuil - Sellier & Fils", "28 cours Julien", "13006 Marseille", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "fabric": {
        "en": [
            ("Ashbourne Textiles Ltd", "Dove Mill, Mill Lane", "Macclesfield SK11 7NE", ""),
            ("Harcourt & Lyle Fabrics", "Chelsea Harbour Design Centre", "London SW10 0XE", ""),
            ("Pennant Weavers Ltd", "Riverside Works", "Galashiels TD1 1QT", "01896 752 600"),
        ],
        "de": [
            ("Textilverlag Brenner GmbH", "Webereistraße 22", "48683 Ahaus", "02561 93 40 0"),
            ("Dekostoffe Lohmann KG", "Am Spinnereipark 3", "95028 Hof", ""),
            ("Bezugsstoffe Vogtland GmbH", "Plauener Straße 70", "08468 Reichenbach", ""),
        ],
        "fr": [
            ("Tissus Delaunay Éditions", "33 rue du Mail", "75002 Paris", "01 42 33 18 70"),
            ("Manufacture Jacquard de Lyon", "6 rue Mercière", "69002 Lyon", ""),
            ("Velours du Nord SAS", "ZI de la Pilaterie", "59290 Wasquehal", ""),
        ],
    },
    "foam": {
        "en": [
            ("Pennine Foam Converters Ltd", "Canal Wharf", "Rochdale OL11 1DR", "01706 640 225"),
            ("Severn Foam & Fibre", "Unit 9, Sarn Park", "Welshpool SY21 7DA", ""),
        ],
        "de": [
            ("Schaumstoffe Kühne GmbH", "Industriering 14", "32584 Löhne", "05732 90 81 0"),
            ("Polsterschaum Süd GmbH", "Gewerbestraße 5", "86551 Aichach", ""),
        ],
        "fr": [
            ("Mousses du Val de Loire", "ZA des Landes", "49300 Cholet", "02 41 62 70 10"),
            ("Découpe Mousse Rhône SARL", "12 chemin du Charbonnier", "69120 Vaulx-en-Velin", ""),
        ],
    },
    "sundries": {
        "en": [
            ("Upholstery Supplies Direct", "Trade Counter, 6 Hope Street", "Walsall WS1 3JU", ""),
            ("J. Kemble & Sons - Upholsterers' Sundries", "47 Mill Road", "Leicester LE2 7EF", ""),
        ],
        "de": [
            ("Polsterbedarf Maier", "Sattlergasse 7", "70173 Stuttgart", "0711 24 19 03"),
            ("Sattler- und Polsterbedarf Groth", "Hafenstraße 30", "24103 Kiel", ""),
        ],
        "fr": [
            ("Comptoir du Tapissier", "19 rue de Charonne", "75011 Paris", "01 43 55 28 12"),
            ("Fournitures Sellerie Bouvier", "8 avenue Jean Jaurès", "69007 Lyon", ""),
        ],
    },
    "testlab": {
        "en": [
            ("Midland Fire Testing Laboratory Ltd", "Stafford Park 18", "Telford TF3 3BN", ""),
            ("Northfield Textile Test House", "Bradford Road", "Huddersfield HD2 1XP", ""),
        ],
        "de": [
            (
                "Materialprüfinstitut Textil Sachsen GmbH",
                "Annaberger Str. 240",
                "09125 Chemnitz",
                "",
            ),
            ("Brandprüfstelle Nord-West e.V.", "Am Prüffeld 3", "48155 Münster", ""),
        ],
        "fr": [
            (
                "Laboratoire d'Essais Feu Textile (LEFT)",
                "Parc Scientifique",
                "59650 Villeneuve-d'Ascq",
                "",
            ),
            (
                "Centre d'Essais Réaction au Feu de l'Isère",
                "ZIRST, 8 rue des Pies",
                "38330 Montbonnot",
                "",
            ),
        ],
    },
    "hotel": {
        "en": [
            ("The Feathers Hotel Ludlow Ltd", "Bull Ring", "Ludlow SY8 1AA", "01584 875 261"),
            ("Grays Court Hotel", "Chapter House Street", "York YO1 7JH", ""),
            ("Bath Priory Hotels Ltd", "Weston Road", "Bath BA1 2XT", ""),
        ],
        "de": [
            ("Hotel Krone am Markt GmbH", "Marktplatz 4", "72070 Tübingen", ""),
            ("Romantik Hotel Lindenhof KG", "Koberg 2", "23552 Lübeck", ""),
            ("Parkhotel Isartal GmbH & Co. KG", "Isarauen 11", "82049 Pullach", ""),
        ],
        "fr": [
            ("Hôtel Le Cep - SAS Bourgogne Hôtels", "27 rue Maufoux", "21200 Beaune", ""),
            ("Grand Hôtel de l'Océan SAS", "2 quai de la Douane", "29200 Brest", ""),
            ("Hôtel des Calanques SARL", "38 corniche Kennedy", "13007 Marseille", ""),
        ],
    },
    "theatre": {
        "en": [
            ("Theatre Royal Shrewsbury Trust", "Wyle Cop", "Shrewsbury SY1 1XF", ""),
            ("York Playhouse Ltd", "St Leonard's Place", "York YO1 7HD", ""),
        ],
        "de": [
            ("Landestheater Tübingen", "Eberhardstraße 6", "72072 Tübingen", ""),
            ("Theater Lübeck gGmbH", "Beckergrube 16", "23552 Lübeck", ""),
        ],
        "fr": [
            ("Théâtre Dijon Bourgogne - CDN", "Parvis Saint-Jean", "21000 Dijon", ""),
            ("Le Quartz - Scène nationale de Brest", "60 rue du Château", "29200 Brest", ""),
        ],
    },
    "dealer": {
        "en": [
            ("Mortimer Antiques", "17 Broad Street", "Ludlow SY8 1NG", ""),
            ("Hollis Country House Trust", "Estate Office, Hollis Park", "Shropshire SY7 0EB", ""),
            ("Bootham Fine Furniture", "34 Gillygate", "York YO31 7EQ", ""),
        ],
        "de": [
            ("Kunsthandel Dreyer", "Neckarhalde 21", "72070 Tübingen", ""),
            ("Schlossverwaltung Bebenhausen", "Im Schloss", "72074 Tübingen", ""),
            ("Antiquitäten Pfeiffer", "Türkenstraße 88", "80799 München", ""),
        ],
        "fr": [
            ("Galerie Vauclair Antiquités", "9 rue Verrerie", "21000 Dijon", ""),
            ("Château de Kerjean - Conservation", "Route de Kerjean", "29440 Saint-Vougay", ""),
            ("Brocante Dumas & Fils", "4 rue Sainte", "13001 Marseille", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Tannery Yard Estates Ltd", "c/o Berrington Rowe, 6 Castle Sq", "Ludlow SY8 1AY", ""),
            ("Foss Islands Property Co", "2 Foss Islands Road", "York YO31 7UP", ""),
            ("Selwood Commercial Lettings", "The Old Bank, Market Place", "Frome BA11 1AP", ""),
        ],
        "de": [
            ("Gewerbehof Tübingen Süd GmbH", "Reutlinger Straße 40", "72072 Tübingen", ""),
            ("Hausverwaltung Petersen & Co.", "Mengstraße 55", "23552 Lübeck", ""),
            ("Stadtwerke-Immobilien München GmbH", "Emmy-Noether-Str. 2", "80992 München", ""),
        ],
        "fr": [
            ("SCI Les Tanneurs", "2 place Darcy", "21000 Dijon", ""),
            (
                "Brest Métropole Habitat - Locaux d'activité",
                "21 rue Jean Jaurès",
                "29200 Brest",
                "",
            ),
            ("Cabinet Roustan Gestion", "55 La Canebière", "13001 Marseille", ""),
        ],
    },
    "accountant": {
        "en": [
            ("Whitcombe Price Chartered Accountants", "8 Corve Street", "Ludlow SY8 1DA", ""),
            ("Ainsley Moore & Co", "Clifton House, 3 Clifton", "York YO30 6AE", ""),
            ("Rook Bennett LLP", "25 Bath Street", "Frome BA11 1DJ", ""),
        ],
        "de": [
            ("Steuerberatung Haller & Roth", "Wilhelmstraße 30", "72074 Tübingen", ""),
            ("StB Dipl.-Kfm. Jürgen Ohlsen", "Fischergrube 18", "23552 Lübeck", ""),
            ("Kanzlei Aigner Steuerberater PartG", "Sendlinger Str. 12", "80331 München", ""),
        ],
        "fr": [
            ("Cabinet Perrot Expertise Comptable", "18 boulevard de Sévigné", "21000 Dijon", ""),
            ("Océane Expertise & Conseil", "3 rue Traverse", "29200 Brest", ""),
            ("Fiducial Marseille Prado", "104 avenue du Prado", "13008 Marseille", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Craftsure Commercial Insurance", "1 Kingsway", "Cardiff CF10 3AQ", ""),
            ("Towergate Trades (Midlands)", "Colmore Gate, 2 Colmore Row", "Birmingham B3 2QD", ""),
        ],
        "de": [
            ("Handwerker Versicherung VVaG", "Kaiserstraße 50", "60329 Frankfurt am Main", ""),
            ("Württembergische Gemeinde-Versicherung", "Tübinger Str. 43", "70178 Stuttgart", ""),
        ],
        "fr": [
            ("MAAF Pro - Artisans", "Chauray", "79036 Niort Cedex 9", ""),
            ("SMABTP Agence Bourgogne", "7 rue Mably", "21000 Dijon", ""),
        ],
    },
    "training": {
        "en": [
            ("Marches College of Craft & Furnishing", "Lower Galdeford", "Ludlow SY8 1RS", ""),
            (
                "Association of Master Upholsterers Training",
                "Francis Vaughan House",
                "Cardiff CF5 6EQ",
                "",
            ),
        ],
        "de": [
            ("Handwerkskammer Reutlingen", "Hindenburgstraße 58", "72762 Reutlingen", ""),
            ("Handwerkskammer Lübeck", "Breite Straße 10/12", "23552 Lübeck", ""),
            (
                "Handwerkskammer für München und Oberbayern",
                "Max-Joseph-Str. 4",
                "80333 München",
                "",
            ),
        ],
        "fr": [
            ("CFA des Métiers de Côte-d'Or", "1 rue Nicolas Bornier", "21000 Dijon", ""),
            (
                "Faculté des Métiers de Bretagne - Brest",
                "465 rue de Kerlaurent",
                "29480 Le Relecq-Kerhuon",
                "",
            ),
            ("CFA Régional des Métiers d'Art", "10 avenue de Toulon", "13006 Marseille", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Richard", "Hannah", "Graham", "Fiona", "Tom", "Alison"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Pryce", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Lloyd"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Fiona", "Alison", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}
ROADS = {
    "en": [
        "Gravel Lane",
        "Broad Street",
        "Mill Street",
        "The Avenue",
        "Church Road",
        "Vicarage Close",
    ],
    "de": ["Lindenstraße", "Schulgasse", "Am Kirchberg", "Wilhelmstraße", "Rosenweg", "Mühlweg"],
    "fr": [
        "rue Pasteur",
        "avenue Victor Hugo",
        "rue de la Liberté",
        "chemin des Vignes",
        "rue Monge",
    ],
}
TOWNS = {
    "en": [
        "Ludlow SY8 2PH",
        "Church Stretton SY6 6BX",
        "York YO24 4AU",
        "Malton YO17 7AB",
        "Frome BA11 4EL",
        "Bath BA2 5JJ",
        "Shrewsbury SY3 7DN",
    ],
    "de": [
        "72070 Tübingen",
        "72108 Rottenburg",
        "23564 Lübeck",
        "23669 Timmendorfer Strand",
        "80469 München",
        "82031 Grünwald",
        "72116 Mössingen",
    ],
    "fr": [
        "21000 Dijon",
        "21200 Beaune",
        "29200 Brest",
        "29217 Plougonvelin",
        "13007 Marseille",
        "13260 Cassis",
        "21121 Fontaine-lès-Dijon",
    ],
}

TALK = {
    "en": {
        "work": "frame joints webbing springs stuffing horsehair wadding calico top cover fabric "
        "piping braid gimp castors show wood seat back arms cushions tacks staples stitch edge",
        "curtain": "curtains lining interlining heading pleats track pole drop width fullness "
        "hem weights blinds roman cords fitting window bay pelmet valance tiebacks",
        "legal": "contract supply installation works programme rooms access variation payment "
        "retention defects warranty liability insurance termination notice law",
        "fire": "ignition source specimen cigarette match flame crib cover filling composite "
        "test result pass fail duration smouldering conditioning sample",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement return figures",
    },
    "de": {
        "work": "Gestell Zargen Gurte Federn Polsterung Rosshaar Watte Nessel Bezugsstoff "
        "Keder Borte Posament Rollen Holzteile Sitz Rücken Armlehnen Kissen Nägel Klammern",
        "curtain": "Vorhänge Futter Zwischenfutter Kräuselband Falten Schiene Stange Höhe "
        "Breite Fülle Saum Bleiband Rollos Raffrollo Schnüre Montage Fenster Erker Schabracke",
        "legal": "Vertrag Lieferung Montage Ausführung Zeitplan Zimmer Zugang Änderung Zahlung "
        "Einbehalt Mängel Gewährleistung Haftung Versicherung Kündigung Frist Recht",
        "fire": "Zündquelle Probekörper Zigarette Streichholz Flamme Beflammung Bezug Füllung "
        "Verbund Prüfung Ergebnis bestanden Dauer Glimmen Klimatisierung Probe",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich Voranmeldung",
    },
    "fr": {
        "work": "bâti assemblages sangles ressorts garnissage crin ouate toile blanche tissu "
        "passepoil galon clous tapissier roulettes bois apparents assise dossier accoudoirs",
        "curtain": "rideaux doublure molleton tête plis rail tringle hauteur largeur ampleur "
        "ourlet plombs stores bateau cordons pose fenêtre baie cantonnière embrasses",
        "legal": "contrat fourniture pose travaux planning chambres accès avenant paiement "
        "retenue réserves garantie responsabilité assurance résiliation préavis droit",
        "fire": "source d'allumage éprouvette cigarette allumette flamme revêtement garnissage "
        "ensemble essai résultat conforme durée combustion conditionnement échantillon",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement déclaration",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[tuple[float, float, str]]:
    """``corpus_kit.columns`` with a gap where a left-aligned column follows a right-aligned
    one."""
    cols = kit_columns(x0, x1, spec)
    out = [cols[0]]
    for prev, (a, b, al) in itertools.pairwise(cols):
        out.append((a + 10, b, al) if al == "left" and prev[2] == "right" else (a, b, al))
    return out


def metres(v: float, lang: str) -> str:
    """A length in metres as the language writes it ("4.5", "4,5")."""
    t = f"{v:g}"
    return t.replace(".", ",") if lang in ("de", "fr") else t


def words(rng: random.Random, lang: str, topic: str = "work", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "work", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The workshop of a stream, its customers and jobs
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}

PIECES = {
    "en": [
        ("Victorian button-back nursing chair", "chair"),
        ("Chesterfield sofa, 3-seater", "sofa"),
        ("Pair of Louis XV style fauteuils", "chair"),
        ("Edwardian wing chair", "chair"),
        ("Set of 6 dining chairs (drop-in seats)", "seats"),
        ("Ottoman with hinged lid", "stool"),
        ("1960s Danish lounge chair", "chair"),
        ("Chaise longue, mahogany show wood", "sofa"),
        ("Club armchair, leather", "chair"),
        ("Window seat cushion with piping", "cushion"),
    ],
    "de": [
        ("Biedermeier-Sessel, Kirsche", "chair"),
        ("Chesterfield-Sofa, dreisitzig", "sofa"),
        ("Paar Fauteuils im Stil Louis XV", "chair"),
        ("Ohrensessel um 1910", "chair"),
        ("6 Esszimmerstühle (Einlegesitze)", "seats"),
        ("Polsterhocker mit Stauraum", "stool"),
        ("Dänischer Loungesessel, 60er Jahre", "chair"),
        ("Récamiere, Mahagoni", "sofa"),
        ("Clubsessel, Leder", "chair"),
        ("Sitzkissen Fensterbank mit Keder", "cushion"),
    ],
    "fr": [
        ("Fauteuil crapaud Napoléon III", "chair"),
        ("Canapé Chesterfield 3 places", "sofa"),
        ("Paire de fauteuils cabriolet Louis XV", "chair"),
        ("Bergère à oreilles", "chair"),
        ("6 chaises de salle à manger (galettes)", "seats"),
        ("Pouf coffre capitonné", "stool"),
        ("Fauteuil scandinave années 60", "chair"),
        ("Méridienne acajou", "sofa"),
        ("Fauteuil club cuir", "chair"),
        ("Coussin de banquette passepoilé", "cushion"),
    ],
}
RANGES = [
    ("Hebden", "Linen union"),
    ("Kensington", "Cotton velvet"),
    ("Arbury", "Wool plain"),
    ("Stratton", "Jacquard damask"),
    ("Marlow", "Chenille weave"),
    ("Cleeve", "Herringbone tweed"),
    ("Aurelia", "Silk stripe"),
    ("Tollund", "Performance velvet"),
]
COLOURS = ["Sage", "Ochre", "Claret", "Duck egg", "Pewter", "Moss", "Indigo", "Oyster", "Rust"]


@dataclass
class Job:
    """One job of the workshop, as a companion takes it up: customer, piece, fabric."""

    ref: str
    cust: list[str]  # name, street, town
    cust_lang: str
    trade: Row | None  # a hotel, theatre or dealer when the customer is one
    piece: int
    curtains: bool
    fabric: int
    colour: int
    metres: float
    price: float  # fabric per metre
    labour: float
    windows: int


def home() -> str:
    return str(SHOP["lang"])


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's workshop and ``key``: a run or a repeat keeps
    its sender."""
    text = f"reamer/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
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


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def person(r: random.Random, lang: str) -> str:
    first, last = r.choice(FIRSTS[lang]), r.choice(LASTS[lang])
    if lang == "de":
        return f"{'Frau' if first in FEMALE else 'Herr'} {first} {last}"
    if lang == "fr":
        return f"{'Mme' if first in FEMALE else 'M.'} {first} {last}"
    return f"{'Mrs' if first in FEMALE else 'Mr'} {first[0]}. {last}"


def a_job(
    rng: random.Random, trade: tuple[Row, str] | None = None, curtains: bool | None = None
) -> Job:
    """A new job: a private customer of the workshop's country (now and then from abroad)
    or the trade customer ``trade``; a piece to reupholster or curtains to make."""
    lg = home()
    if trade is not None:
        row, c_lang = trade
        cust = [row[0], row[1], row[2]]
    else:
        c_lang = (
            lg if rng.random() < 0.9 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
        )
        road = rng.choice(ROADS[c_lang])
        no = rng.randint(1, 90)
        cust = [
            person(rng, c_lang),
            f"{road} {no}"
            if c_lang == "de"
            else f"{no} {road}"
            if c_lang == "en"
            else f"{no}, {road}",
            rng.choice(TOWNS[c_lang]),
        ]
        row = None
    cur = rng.random() < 0.35 if curtains is None else curtains
    p = rng.randrange(10)
    kind = PIECES["en"][p][1]
    metres = {"chair": 4.5, "sofa": 14.0, "seats": 3.5, "stool": 3.0, "cushion": 2.0}[kind]
    windows = rng.randint(1, 5) if cur else 0
    if cur:
        metres = round(windows * rng.uniform(5.5, 14.0), 1)
    else:
        metres = round(metres + rng.choice([-0.5, 0, 0.5, 1.0, 2.0]), 1)
    ref = f"{rng.choice(['Q', 'J', ''])}{month().year % 100}{rng.randint(100, 480):03d}"
    return Job(
        ref=ref,
        cust=cust,
        cust_lang=c_lang,
        trade=row,
        piece=p,
        curtains=cur,
        fabric=rng.randrange(len(RANGES)),
        colour=rng.randrange(len(COLOURS)),
        metres=metres,
        price=rng.choice([28.0, 34.5, 42.0, 55.0, 68.0, 89.0, 24.5]),
        labour=rng.choice([180.0, 240.0, 320.0, 410.0, 560.0, 780.0, 1150.0]),
        windows=windows,
    )


def job_for(rng: random.Random, kinds: tuple[str, ...], curtains: bool | None = None) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng, curtains=curtains)


def piece_name(job: Job, lang: str) -> str:
    if job.curtains:
        n = job.windows
        return tr(
            lang,
            f"Curtains and blinds, {n} window{'s' if n > 1 else ''}",
            f"Vorhänge und Rollos, {n} Fenster",
            f"Rideaux et stores, {n} fenêtre{'s' if n > 1 else ''}",
        )
    return PIECES[lang][job.piece][0]


def fabric_name(job: Job) -> str:
    r, q = RANGES[job.fabric]
    return f"{r} {q} - {COLOURS[job.colour]}"


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
    look: str  # band | centred | crest | boxed | plain | side | lab
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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "crest", "boxed", "plain", "side"]
TAGLINE = {
    "shop": (
        "Traditional & modern upholstery - curtains - blinds",
        "Polsterei - Dekoration - Sonnenschutz",
        "Tapisserie d'ameublement - rideaux - stores",
    ),
    "fabric": ("Furnishing fabrics", "Möbel- und Dekostoffe", "Tissus d'ameublement"),
    "foam": ("Foam conversion & fibre", "Schaumstoffzuschnitt", "Découpe de mousse"),
    "testlab": ("Accredited testing", "Akkreditierte Prüfstelle", "Laboratoire accrédité"),
    "accountant": ("Accountants & tax advisers", "Steuerberatung", "Expertise comptable"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("training", "theatre"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Kreissparkasse Tübingen",
                "Sparkasse zu Lübeck",
                "Stadtsparkasse München",
                "Volksbank eG",
                "Commerzbank",
            ]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)}"
        ]
        if any(t in name for t in ("GmbH", "KG", "e.V.", "AG", "PartG")):
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Stuttgart', 'Lübeck', 'München', 'Chemnitz'])} "
                f"HR{r.choice(['B', 'A'])} {r.randint(1000, 99999)} - "
                + r.choice(
                    [
                        "Geschäftsführer: Jörg Kamps",
                        "Vorstand: Dr. Ulrike Brandes",
                        "Geschäftsführerin: Selin Aydin",
                    ]
                ),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['1392Z', '3109B', '4641Z', '7120B', '6920Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS "
                f"{r.choice(['Dijon', 'Brest', 'Marseille', 'Lyon', 'Paris'])}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "shop" and r.random() < 0.6:
        out.append(
            r.choice(
                [
                    "Member of the Association of Master Upholsterers & Soft Furnishers",
                    "AMUSF member",
                    "Guild of Traditional Upholsterers",
                ]
            )
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"reamer/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("training", "testlab", "insurer"):
        looks = ["lab", "band", "plain"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role in ("dealer", "theatre", "hotel"):
        looks = ["centred", "crest", "side", "centred"]
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
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def shop_head() -> Head:
    lang = home()
    return make_head(SHOPS[lang][int(SHOP["row"])], lang, "shop")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and workshop), of the
    workshop's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(pick_row(r, role, lang), lang, role)


#: Senders that are mostly in the workshop's own town.
LOCAL = ("landlord", "accountant", "training", "hotel", "theatre", "dealer")


def pick_row(r: random.Random, role: str, lang: str) -> Row:
    """A ``role`` sender of ``lang``: for local roles mostly the one of the workshop's town."""
    rows = SENDERS[role][lang]
    if role in LOCAL and lang == home() and r.random() < 0.8:
        return rows[int(SHOP["row"]) % len(rows)]  # type: ignore[call-overload]
    return r.choice(rows)


def trade_of(who: Issuer, role: str) -> tuple[Row, str]:
    """The trade customer (hotel, theatre, dealer) ``who`` stands for, as ``head_of`` draws it."""
    h = head_of(who, role)
    return (h.name, h.street, h.town, h.phone), h.lang


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
    """A round rubber stamp: two rings, the wording on two lines inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.3, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.35, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def chair_mark(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A little outline of a wing chair (the workshop's logo)."""
    p.rect(x, y + 10 * k, 24 * k, 8 * k)
    p.line(x + 3 * k, y + 10 * k, x + 3 * k, y - 6 * k)
    p.line(x + 21 * k, y + 10 * k, x + 21 * k, y - 6 * k)
    p.line(x + 3 * k, y - 6 * k, x + 21 * k, y - 6 * k)
    p.line(x, y + 10 * k, x - 2 * k, y + 2 * k)
    p.line(x + 24 * k, y + 10 * k, x + 26 * k, y + 2 * k)
    p.line(x + 3 * k, y + 18 * k, x + 3 * k, y + 23 * k)
    p.line(x + 21 * k, y + 18 * k, x + 21 * k, y + 23 * k)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINE.get(h.role)
    tagline = tr(h.lang, *tag) if tag else ""
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "lab":
        p.rect(m, y - 12, 6, 34, fill=0.1)
        p.text(m + 14, y, fit(h.name, h.bold, 12, w * 0.6), h.bold, 12)
        if tagline:
            p.text(m + 14, y + 12, tagline, h.font, 7.5)
        p.text(m + 14, y + 21, fit(where, h.font, 7, w * 0.6), h.font, 7)
        if contact:
            p.text(w - m, y, fit(contact, h.font, 7, w * 0.3), h.font, 7, "right")
        p.line(m, y + 28, w - m, y + 28)
        return y + 48
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
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tagline else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "crest":
        chair_mark(p, m + 4, y - 6) if h.role == "shop" else p.rect(m, y - 12, 30, 34, fill=0.2)
        yy = y - 4
        for t in (h.name, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10.5) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 50), f_, pt, "right")
                yy += 10 if t == h.name else 8.5
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
        if tagline:
            p.text(
                m,
                y + 15,
                fit(tagline, italic_of(h.font), 7.5, w * 0.58 - m),
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


def plain(s: Style, header: str = "") -> Sheets:
    """Pages with no letterhead: a running header on later pages when ``header``."""
    w, hh = s.page_size

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    return Sheets((w, hh), hh - s.margin, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").split()
        if t not in ("Mr", "Mrs", "M", "Mme", "Herr", "Frau", "Dr")
    ] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the workshop's received stamp on the first page."""
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
                rng.choice(
                    tr(
                        lg,
                        "Office|Accounts|Workshop",
                        "Büro|Buchhaltung|Werkstatt",
                        "Bureau|Compta|Atelier",
                    ).split("|")
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "crest", "lab") else None, y0, lines)
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
            [
                "Bien cordialement,",
                "Cordialement,",
                "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
            ][len(name) % 3],
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
    r = random.Random(zlib.crc32(f"reamer/staff/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def owner() -> str:
    return staff(shop_head(), "owner")


def shop_lines(att: str = "") -> list[str]:
    h = shop_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    extra: list[tuple[str, float]] | None = None,
) -> float:
    """Net, tax at ``rate``, total and ``extra`` lines (a deposit paid) right-aligned under a
    table; returns what is due."""
    w, _ = f.size
    m = s.margin
    f.need(90)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC"), gross))
    for t, v in extra or []:
        rows.append((t, v))
        gross += v
    if extra:
        rows.append((tr(lg, "Balance due", "Restbetrag", "Reste à payer"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross


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
        while y < hh - m - 60 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 30:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def photo_sheet(rng: random.Random, s: Style, title: str, notes: list[str], per: int = 4) -> Page:
    """A sheet of printed photos with captions: 2 (one above the other) or 4 (2 x 2)."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    p.text(m, m, fit(title, s.bold, s.size + 1, w - 2 * m), s.bold, s.size + 1)
    top = m + 16
    if per == 2:
        ph = (hh - top - m - 50) / 2
        for k in range(2):
            y = top + k * (ph + 24)
            photo(p, m, y, w - 2 * m, ph - 10, rng)
            if k < len(notes):
                p.text(m, y + ph + 2, fit(notes[k], s.font, 8, w - 2 * m), s.font, 8)
        return p
    pw = (w - 2 * m - 14) / 2
    ph = min(pw * 0.8, (hh - top - m - 60) / 2)
    for k in range(4):
        x = m + (k % 2) * (pw + 14)
        y = top + (k // 2) * (ph + 30)
        photo(p, x, y, pw, ph, rng)
        if k < len(notes):
            p.text(x, y + ph + 11, fit(f"{k + 1}. {notes[k]}", s.font, 7.5, pw), s.font, 7.5)
    return p


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, hh = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), hh, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def signature_block(
    f: Sheets, s: Style, left: tuple[str, str], right: tuple[str, str], d: date, lang: str
) -> None:
    """Two signature lines side by side: (caption, name) each, with the date in hand."""
    w, _ = f.size
    m = s.margin
    f.need(100)
    f.y += 12
    x2 = w / 2 + 10
    for x, (cap, name) in ((m, left), (x2, right)):
        f.page.text(x, f.y, cap, s.bold, s.size - 1)
        hand(f.page, x, f.y + 20, short(d, lang), 9)
        if name:
            scrawl(f.page, x + 70, f.y + 38, name)
        f.page.line(x, f.y + 42, x + (w / 2 - m - 30), f.y + 42)
        f.page.text(
            x,
            f.y + 52,
            fit(name or tr(lang, "Name", "Name", "Nom"), s.font, 7.5, w / 2 - m - 30),
            s.font,
            7.5,
        )
    f.y += 70


# ---------------------------------------------------------------------------------------------
# Templates SSSSS: the workshop's own quotations, orders and measuring sheets
# ---------------------------------------------------------------------------------------------

UPH_OPS = [
    (
        "Strip to bare frame, remove tacks and old stuffing",
        "Abpolstern bis aufs Gestell, Nägel und alte Polsterung entfernen",
        "Dégarnissage complet jusqu'au bâti",
        0.16,
    ),
    (
        "Re-glue and dowel loose joints, treat for woodworm",
        "Lose Verbindungen leimen und dübeln, Holzwurmbehandlung",
        "Recollage et chevillage des assemblages, traitement xylophage",
        0.1,
    ),
    (
        "Re-web seat with jute webbing",
        "Sitz neu gurten (Jutegurte)",
        "Sanglage de l'assise en jute",
        0.07,
    ),
    (
        "Re-tie springs, 8-way hand tied",
        "Federn neu schnüren (8-fach geschnürt)",
        "Guindage des ressorts à huit brins",
        0.12,
    ),
    (
        "Re-stuff with curled horsehair, stitched edge",
        "Neu polstern mit Rosshaar, garnierte Kante",
        "Garnissage crin animal, bourrelet piqué",
        0.2,
    ),
    (
        "Calico undercover and skin wadding",
        "Nesselbezug und Watteauflage",
        "Toile blanche et ouate",
        0.07,
    ),
    (
        "Top cover, buttoning and double piping",
        "Bezug mit Knopfheftung und Doppelkeder",
        "Couverture, capitons et double passepoil",
        0.18,
    ),
    (
        "New seat cushion, foam core with feather wrap",
        "Neues Sitzkissen, Schaumkern mit Daunenummantelung",
        "Coussin neuf, âme mousse enveloppe plume",
        0.1,
    ),
    (
        "Hand-applied braid / gimp with gimp pins",
        "Posamentenborte von Hand mit Ziernägeln",
        "Galon posé à la main, clous décoratifs",
        0.05,
    ),
    (
        "Replace castors (brass, cup type)",
        "Rollen erneuern (Messing, Topfrollen)",
        "Remplacement des roulettes laiton",
        0.04,
    ),
]
CURT_OPS = [
    (
        "Pair of curtains, hand-sewn double pleat, interlined",
        "Paar Vorhänge, Doppelfalte handgenäht, mit Zwischenfutter",
        "Paire de rideaux, plis flamands cousus main, molletonnés",
    ),
    (
        "Pair of curtains, wave heading, blackout lined",
        "Paar Vorhänge, Wellenband, Verdunklungsfutter",
        "Paire de rideaux, tête vague, doublure occultante",
    ),
    (
        "Roman blind, cassette system, lined",
        "Raffrollo mit Kassettensystem, gefüttert",
        "Store bateau, système cassette, doublé",
    ),
    (
        "Pair of curtains, pencil pleat, thermal lining",
        "Paar Vorhänge, Kräuselband, Thermofutter",
        "Paire de rideaux, tête fronces, doublure thermique",
    ),
    (
        "Pelmet board covered, with valance",
        "Schabracke auf Brett, bezogen",
        "Cantonnière sur planche, habillée",
    ),
]
TRACKS = [
    "Silent Gliss 3840",
    "Swish Deluxe",
    "Forest KS",
    "Interiors 35 mm pole, oak",
    "Holdtight",
]


def item_rows(rng: random.Random, job: Job, lg: str) -> tuple[list[list[str]], float]:
    """The priced lines of a job: operations on the piece or windows, the fabric, fitting."""
    rows: list[list[str]] = []
    net = 0.0
    if job.curtains:
        for k in range(job.windows):
            op = CURT_OPS[rng.randrange(len(CURT_OPS))]
            wd, dr = rng.randint(90, 320), rng.randint(120, 280)
            price = round(rng.uniform(180, 620), 0)
            rows.append(
                [
                    f"{tr(lg, 'W', 'F', 'F')}{k + 1}: {tr(lg, *op)}, {wd} x {dr} cm",
                    "1",
                    money(price, lg),
                    money(price, lg),
                ]
            )
            net += price
        track = round(rng.uniform(60, 240), 0) * job.windows
        rows.append(
            [
                tr(
                    lg,
                    f"Supply and fit track: {rng.choice(TRACKS)}",
                    f"Lieferung und Montage Schiene: {rng.choice(TRACKS)}",
                    f"Fourniture et pose rail {rng.choice(TRACKS)}",
                ),
                str(job.windows),
                money(track / job.windows, lg),
                money(track, lg),
            ]
        )
        net += track
    else:
        ops = sorted(rng.sample(range(len(UPH_OPS)), rng.randint(4, 8)))
        for k in ops:
            en, de, fr, share = UPH_OPS[k]
            v = round(job.labour * share * 1.6, 0)
            rows.append([tr(lg, en, de, fr), "1", money(v, lg), money(v, lg)])
            net += v
    fab = round(job.metres * job.price, 2)
    rows.append(
        [
            f"{tr(lg, 'Fabric', 'Stoff', 'Tissu')}: {fabric_name(job)}",
            f"{metres(job.metres, lg)} m",
            money(job.price, lg),
            money(fab, lg),
        ]
    )
    net += fab
    if rng.random() < 0.5:
        v = rng.choice([35.0, 45.0, 60.0, 80.0])
        rows.append(
            [
                tr(
                    lg,
                    "Collection and delivery",
                    "Abholung und Lieferung",
                    "Enlèvement et livraison",
                ),
                "1",
                money(v, lg),
                money(v, lg),
            ]
        )
        net += v
    return rows, round(net, 2)


TERMS_HEADS = {
    "en": [
        "Quotations",
        "Deposit",
        "Customer's own fabric",
        "Fabric quantities",
        "Fire safety",
        "Collection and storage",
        "Hidden defects",
        "Completion times",
        "Payment",
        "Cancellation",
        "Uncollected goods",
        "Liability",
        "Complaints",
    ],
    "de": [
        "Angebote",
        "Anzahlung",
        "Beigestellte Stoffe",
        "Stoffmengen",
        "Brandschutz",
        "Abholung und Lagerung",
        "Verdeckte Mängel",
        "Fertigstellung",
        "Zahlung",
        "Rücktritt",
        "Nicht abgeholte Ware",
        "Haftung",
        "Gewährleistung",
    ],
    "fr": [
        "Devis",
        "Acompte",
        "Tissu fourni par le client",
        "Métrages",
        "Sécurité incendie",
        "Enlèvement et stockage",
        "Vices cachés",
        "Délais",
        "Paiement",
        "Annulation",
        "Objets non retirés",
        "Responsabilité",
        "Réclamations",
    ],
}


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's quotation to a customer for a piece or for curtains and blinds: now and
    then a covering letter first, then the priced schedule, a photo sheet of the piece as seen
    and the terms of business."""
    h = shop_head()
    lg = home()
    job = job_for(rng, ("measure_sheet",))
    d = last_day(rng, ("measure_sheet",), (2, 9))
    size = LETTER if rng.random() < 0.08 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    no = f"{tr(lg, 'Q', 'A', 'D')}-{job.ref}"
    pages: list[Page] = []
    me = owner()
    cust = job.cust
    if rng.random() < 0.35:
        c = sheets(s, h)
        recipient(c, s, h, cust, d, [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), no)])
        caption(
            c,
            s,
            tr(
                lg,
                f"Your {piece_name(job, lg).lower()}",
                f"Ihr Auftrag: {piece_name(job, lg)}",
                f"Objet : {piece_name(job, lg)}",
            ),
            0.5,
        )
        c.page.text(m, c.y, dear(lg, cust[0] if not job.trade else None), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                "Thank you for inviting us to look at your "
                + piece_name(job, lg).lower()
                + ". Please find our quotation enclosed.",
                "vielen Dank für Ihr Interesse. Anbei erhalten Sie unser Angebot wie besprochen.",
                "Suite à notre visite, nous avons le plaisir de vous adresser notre devis.",
            ),
        )
        write(c, s, prose(rng, lg, "curtain" if job.curtains else "work", 2, 4))
        write(
            c,
            s,
            tr(
                lg,
                "Fabric samples can be borrowed from the workshop for a week. We are currently "
                "working about "
                f"{rng.randint(3, 9)} weeks ahead.",
                "Stoffmuster können Sie gern für eine Woche ausleihen. Unsere Lieferzeit beträgt "
                f"derzeit etwa {rng.randint(3, 9)} Wochen.",
                "Les échantillons peuvent être empruntés une semaine. Notre délai actuel est "
                f"d'environ {rng.randint(3, 9)} semaines.",
            ),
        )
        regards(
            c,
            s,
            lg,
            me,
            tr(lg, "Master upholsterer", "Raumausstattermeister/in", "Artisan tapissier"),
        )
        pages += close(c.pages, s, h, numbers="none")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        cust,
        d,
        [
            (tr(lg, "Quotation", "Angebot Nr.", "Devis n°"), no),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                short(d + timedelta(days=60), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "QUOTATION", "ANGEBOT", "DEVIS"), 4)
    write(f, s, f"{tr(lg, 'For', 'Betreff', 'Objet')}: {piece_name(job, lg)}", s.size)
    rows, net = item_rows(rng, job, lg)
    cols = columns(m, w - m, [(6, "left"), (1, "right"), (1.3, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        shade=0.9 if rng.random() < 0.4 else None,
    )
    gross = totals(f, s, lg, net, vat_rate(lg) if rng.random() < 0.8 else 0.0)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"A deposit of 50% ({cash(gross / 2, lg)}) is payable on acceptance. "
            "Fabric is ordered on receipt of the deposit.",
            f"Bei Auftragserteilung bitten wir um eine Anzahlung von 50 % ({cash(gross / 2, lg)}). "
            "Der Stoff wird nach Eingang der Anzahlung bestellt.",
            f"Un acompte de 30 % ({cash(gross * 0.3, lg)}) est demandé à la commande. Devis reçu "
            "avant "
            "exécution, bon pour accord.",
        ),
        s.size - 1,
    )
    if lg == "fr":
        f.need(60)
        f.y += 6
        f.page.text(w - m - 200, f.y, "Date, signature précédée de la mention", s.font, 7.5)
        f.page.text(w - m - 200, f.y + 9, "« Bon pour accord »", s.font, 7.5)
        f.page.rect(w - m - 200, f.y + 14, 200, 40)
        f.y += 62
    pages += close(f.pages, s, h, covers=0)
    if rng.random() < 0.35 and not job.curtains:
        pages.append(
            photo_sheet(
                rng,
                s,
                tr(
                    lg,
                    f"{no} - the piece as seen",
                    f"{no} - Zustand bei Besichtigung",
                    f"{no} - état constaté",
                ),
                [words(rng, lg, "work", 5)[:-1] for _ in range(4)],
                rng.choice([2, 4]),
            )
        )
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms of business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS_HEADS[lg],
            )
        )
    remember(job, d, no)
    return pages


def tpl_order_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's order confirmation form as the customer signs it and sends it back: the
    piece, the fabric chosen, the agreed price, the deposit paid ticked, dates in hand; A4 or
    A5."""
    h = shop_head()
    lg = home()
    job = job_for(rng, ("quotation",))
    d = last_day(rng, ("quotation",), (3, 15))
    size = A5 if rng.random() < 0.45 else A4
    s = style_of(h, size, margin=32 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "ORDER CONFIRMATION", "AUFTRAGSBESTÄTIGUNG", "BON DE COMMANDE")
    p.text(m, y, title, s.bold, s.size + 4)
    p.text(
        w - m, y, f"No {serial(rng, '9999')}", HAND if rng.random() < 0.5 else s.font, 10, "right"
    )
    y += 14
    _, net = item_rows(random.Random(rng.random()), job, lg)
    gross = round(net * 1.2, 2)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.cust[0]),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{job.cust[1]}, {job.cust[2]}"),
            (
                tr(lg, "Quotation ref", "Angebot Nr.", "Devis n°"),
                f"{tr(lg, 'Q', 'A', 'D')}-{job.ref}",
            ),
            (tr(lg, "Item(s)", "Gegenstand", "Ouvrage"), piece_name(job, lg)),
            (tr(lg, "Fabric chosen", "Stoffauswahl", "Tissu choisi"), fabric_name(job)),
            (tr(lg, "Quantity", "Menge", "Métrage"), f"{metres(job.metres, lg)} m"),
            (tr(lg, "Agreed price", "Vereinbarter Preis", "Prix convenu"), cash(gross, lg)),
        ],
        per=2,
        tall=24 if size == A4 else 22,
    )
    y = band(p, s, y, tr(lg, "Deposit", "Anzahlung", "Acompte")) + 8
    p.text(m, y, tr(lg, "Amount", "Betrag", "Montant"), s.font, 8)
    hand(p, m + 50, y, cash(round(gross / 2, 0), lg), 9.5)
    y += 14
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Cheque", "Scheck", "Chèque"),
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
            tr(lg, "Card", "EC-Karte", "Carte"),
        ],
        {rng.randrange(4)},
        8,
        2.6,
    )
    y = band(p, s, y, tr(lg, "Dates", "Termine", "Dates")) + 8
    col = d + timedelta(days=rng.randint(5, 30))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Collection / fitting", "Abholung / Montage", "Enlèvement / pose"),
                short(col, lg),
            ),
            (
                tr(lg, "Estimated completion", "Voraussichtl. Fertigstellung", "Livraison prévue"),
                tr(
                    lg,
                    f"w/c {short(col + timedelta(days=35), lg)}",
                    f"KW {(col + timedelta(days=35)).isocalendar()[1]}",
                    f"semaine {(col + timedelta(days=35)).isocalendar()[1]}",
                ),
            ),
        ],
        per=2,
        tall=22,
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "I have read and accept the terms of business",
                "Die AGB habe ich gelesen und akzeptiert",
                "J'ai pris connaissance des CGV",
            )
        ],
        {0},
        8,
        2.6,
    )
    if rng.random() < 0.5:
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Customer's own fabric (COM)",
                    "Stoff wird beigestellt",
                    "Tissu fourni par le client",
                )
            ],
            {0} if rng.random() < 0.3 else set(),
            8,
            2.6,
        )
    y += 8
    p.text(
        m,
        y,
        tr(lg, "Customer's signature", "Unterschrift Kunde", "Signature du client"),
        s.font,
        7.5,
    )
    p.text(w / 2 + 6, y, tr(lg, "Date", "Datum", "Date"), s.font, 7.5)
    scrawl(p, m + 10, y + 24, job.cust[0])
    hand(p, w / 2 + 10, y + 22, short(d, lg))
    p.line(m, y + 28, w / 2 - 8, y + 28)
    p.line(w / 2 + 6, y + 28, w - m, y + 28)
    if lg == "fr":
        hand(p, m + 10, y + 42, "Bon pour accord", 9)
    if rng.random() < 0.4:
        p.text(
            w - m,
            min(y + 56, hh - 40),
            tr(
                lg,
                "Customer copy - please return one copy signed",
                "Bitte ein Exemplar unterschrieben zurücksenden",
                "Exemplaire à retourner signé",
            ),
            s.font,
            6.5,
            "right",
        )
    pages = close([p], s, h, numbers="none")
    received(rng, pages[0], d, 0.25)
    remember(job, d)
    return pages


HEADINGS_CUR = {
    "en": ["Double pleat", "Triple pinch", "Goblet", "Pencil", "Wave", "Eyelet"],
    "de": ["Doppelfalte", "Dreifachfalte", "Glockenfalte", "Kräuselband", "Wellenband", "Ösen"],
    "fr": ["Plis flamands", "Plis triples", "Plis godets", "Fronces", "Vague", "Œillets"],
}
LININGS = {
    "en": ["Standard", "Blackout", "Thermal", "Interlined", "Unlined"],
    "de": ["Standard", "Verdunkelung", "Thermo", "Zwischenfutter", "Ungefüttert"],
    "fr": ["Standard", "Occultant", "Thermique", "Molletonné", "Sans doublure"],
}
PRODUCTS = {
    "en": ["Curtains", "Roman blind", "Roller blind", "Pelmet", "Tiebacks"],
    "de": ["Vorhänge", "Raffrollo", "Rollo", "Schabracke", "Raffhalter"],
    "fr": ["Rideaux", "Store bateau", "Store enrouleur", "Cantonnière", "Embrasses"],
}
ROOMS = {
    "en": [
        "Sitting room",
        "Dining room",
        "Main bedroom",
        "Bedroom 2",
        "Landing",
        "Kitchen",
        "Study",
        "Bay, front",
    ],
    "de": [
        "Wohnzimmer",
        "Esszimmer",
        "Schlafzimmer",
        "Kinderzimmer",
        "Flur OG",
        "Küche",
        "Arbeitszimmer",
        "Erker",
    ],
    "fr": [
        "Salon",
        "Salle à manger",
        "Chambre parents",
        "Chambre 2",
        "Palier",
        "Cuisine",
        "Bureau",
        "Bow-window",
    ],
}


def window_sketch(
    p: Page, x: float, y: float, w: float, h: float, rng: random.Random
) -> list[tuple[float, float, str]]:
    """A window drawn freehand-ish: frame, panes, sill, floor line; dimension lines with the
    measures written in hand. Returns where the measures were put."""
    fx, fy, fw, fh = x + w * 0.18, y + h * 0.12, w * 0.64, h * 0.56
    p.rect(fx, fy, fw, fh)
    p.rect(fx + 4, fy + 4, fw - 8, fh - 8)
    n = rng.choice([2, 3, 4])
    for k in range(1, n):
        xx = fx + 4 + (fw - 8) * k / n
        p.line(xx, fy + 4, xx, fy + fh - 4)
    if rng.random() < 0.6:
        p.line(fx + 4, fy + fh * 0.35, fx + fw - 4, fy + fh * 0.35)
    p.rect(fx - 8, fy + fh, fw + 16, 5)
    p.line(x, y + h - 6, x + w, y + h - 6)
    p.line(x + 6, y + 4, x + w - 6, y + 4)
    wd = rng.randint(90, 320)
    out = [
        (fx + fw / 2, fy - 10, f"{wd}"),
        (fx + fw + 14, fy + fh / 2, f"{rng.randint(110, 230)}"),
        (fx + fw + 14, y + h - 14, f"{rng.randint(210, 280)}"),
        (fx - 40, fy + fh + 18, f"{rng.randint(8, 25)}"),
    ]
    p.line(fx, fy - 6, fx + fw, fy - 6)
    p.line(fx + fw + 10, fy, fx + fw + 10, fy + fh)
    p.line(fx + fw + 10, fy + fh + 5, fx + fw + 10, y + h - 6)
    for xx, yy, t in out:
        p.text(xx, yy, t, HAND, 10)
    return out


def tpl_measure_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's measuring sheet for curtains and blinds from a home visit: one sheet per
    window with the sketch, the measures and the ticks in hand; the customer and job fields on
    the first sheet only; A4 portrait or landscape."""
    h = shop_head()
    lg = home()
    job = a_job(rng, curtains=True)
    d = some_day(rng)
    if after(("measure_sheet",)):
        d = last_day(rng, ("measure_sheet",), (0, 3))
    land = keyed(who, "land").random() < 0.4
    size = landscape(A4) if land else A4
    s = style_of(h, size, margin=36, pt=8.5)
    w, hh = size
    m = s.margin
    fitter = staff(h, "fitter")
    pages: list[Page] = []
    rooms = rng.sample(ROOMS[lg], min(job.windows, len(ROOMS[lg])))
    for k, room in enumerate(rooms):
        p = Page(size)
        p.text(m, m, tr(lg, "MEASURING SHEET", "AUFMASSBLATT", "FICHE DE MÉTRÉ"), s.bold, 13)
        p.text(w - m, m, fit(h.name, s.bold, 8, w / 2), s.bold, 8, "right")
        p.text(w - m, m + 9, fit(f"{h.street}, {h.town}", s.font, 6.5, w / 2), s.font, 6.5, "right")
        y = m + 18
        if k == 0:
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "Customer", "Kunde", "Client"), job.cust[0]),
                    (tr(lg, "Address", "Adresse", "Adresse"), f"{job.cust[1]}, {job.cust[2]}"),
                    (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                    (tr(lg, "Measured by", "Aufmaß durch", "Métré par"), fitter.split()[0]),
                ],
                per=4 if land else 2,
                tall=24,
            )
        else:
            p.text(m, y + 4, f"{job.cust[0]} - {short(d, lg)}", HAND, 9)
            y += 16
        p.text(
            m,
            y + 6,
            f"{tr(lg, 'Window', 'Fenster', 'Fenêtre')} {k + 1} / {len(rooms)}:",
            s.bold,
            10,
        )
        hand(p, m + 80, y + 6, room, 10)
        y += 18
        sw = (w - 2 * m) * (0.55 if land else 1.0)
        sh = (hh - y - m - 30) * (1.0 if land else 0.48)
        p.rect(m, y, sw, sh)
        window_sketch(p, m + 6, y + 6, sw - 12, sh - 12, rng)
        if land:
            x2, y2, w2 = m + sw + 14, y, w - 2 * m - sw - 14
        else:
            x2, y2, w2 = m, y + sh + 14, w - 2 * m
        pt = 7.5
        for lab, opts, on in [
            (tr(lg, "Product", "Produkt", "Produit"), PRODUCTS[lg], {rng.randrange(3)}),
            (tr(lg, "Heading", "Kopf", "Tête"), HEADINGS_CUR[lg], {rng.randrange(6)}),
            (tr(lg, "Lining", "Futter", "Doublure"), LININGS[lg], {rng.randrange(5)}),
            (
                tr(lg, "Fixing", "Montage", "Pose"),
                [
                    tr(lg, "Top fix", "Deckenmontage", "Plafond"),
                    tr(lg, "Face fix", "Wandmontage", "Murale"),
                    tr(lg, "Recess", "In der Laibung", "En tableau"),
                ],
                {rng.randrange(3)},
            ),
            (
                tr(lg, "Opening", "Öffnung", "Ouverture"),
                [
                    tr(lg, "Pair", "Paar", "Paire"),
                    tr(lg, "Single L", "Einzel links", "Un vantail G"),
                    tr(lg, "Single R", "Einzel rechts", "Un vantail D"),
                ],
                {rng.randrange(3)},
            ),
        ]:
            p.text(x2, y2, lab, s.bold, pt)
            y2 = ticks(p, s, x2 + 60, y2, w2 - 60, opts, on, pt, 2.3)
        y2 += 4
        y2 = fields(
            p,
            s,
            x2,
            y2,
            w2,
            [
                (
                    tr(lg, "Track / pole", "Schiene / Stange", "Rail / tringle"),
                    rng.choice(TRACKS) if rng.random() < 0.7 else "",
                ),
                (
                    tr(lg, "Finished drop", "Fertighöhe", "Hauteur finie"),
                    f"{rng.randint(140, 270)} cm",
                ),
                (
                    tr(lg, "Fabric", "Stoff", "Tissu"),
                    fabric_name(job) if rng.random() < 0.5 else "",
                ),
                (
                    tr(lg, "Fullness", "Fülle", "Ampleur"),
                    rng.choice(["x2", "x2.5", "x2.2", "x1.8"]),
                ),
            ],
            per=2,
            tall=22,
        )
        p.text(x2, y2, tr(lg, "Notes", "Bemerkungen", "Remarques"), s.bold, pt)
        for j in range(3):
            p.line(x2, y2 + 14 + 13 * j, x2 + w2, y2 + 14 + 13 * j)
        if rng.random() < 0.7:
            hand(
                p,
                x2 + 4,
                y2 + 11,
                fit(words(rng, lg, "curtain", rng.randint(4, 8)), HAND, 9, w2 - 10),
                9,
            )
        if rng.random() < 0.4:
            hand(
                p,
                x2 + 4,
                y2 + 24,
                fit(words(rng, lg, "curtain", rng.randint(3, 6)), HAND, 9, w2 - 10),
                9,
            )
        pages.append(p)
    if rng.random() < 0.4:
        number_pages(
            pages,
            s,
            rng.choice(
                ["{i}/{n}", tr(lg, "Sheet {i} of {n}", "Blatt {i} von {n}", "Feuille {i}/{n}")]
            ),
            "br",
            bottom=20,
        )
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates SSSSS: suppliers' paper (fabric, foam, sundries) and the test houses
# ---------------------------------------------------------------------------------------------


def swatch(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A fabric cutting pinned to the slip: a shaded patch with its weave or stripe and pins."""
    g = rng.uniform(0.45, 0.8)
    p.rect(x, y, w, h, fill=g)
    kind = rng.choice(["stripe", "weave", "damask", "plain"])
    if kind == "stripe":
        k = x + 4
        while k < x + w - 3:
            p.rect(k, y, rng.uniform(2, 7), h, fill=max(0.1, g - 0.25))
            k += rng.uniform(9, 16)
    elif kind == "weave":
        for k in range(1, int(h // 5)):
            p.line(x, y + 5 * k, x + w, y + 5 * k)
    elif kind == "damask":
        for _ in range(5):
            cx, cy = x + rng.uniform(10, w - 10), y + rng.uniform(10, h - 10)
            ring(p, cx, cy, rng.uniform(5, 11), 14)
    p.rect(x, y, w, h)
    p.line(x + 6, y + 4, x + 22, y + 10)
    p.line(x + w - 24, y + 4, x + w - 8, y + 10)


def supplier_order(rng: random.Random, who: Issuer) -> tuple[str, str]:
    r = keyed(who, "account")
    return serial(r, "A9999"), serial(rng, "SO-999999")


def tpl_cutting_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """A fabric house's cutting for approval (CFA): an A5 slip with the cutting of the dye lot
    pinned on, the order, range, colour, batch and metres reserved; approved or rejected by
    ticks, signed and sent back."""
    h = head_of(who, "fabric", abroad=0.15)
    lg = h.lang
    job = job_for(rng, ("quotation", "order_confirmation"))
    d = last_day(rng, ("order_confirmation",), (2, 8))
    land = keyed(who, "cfa").random() < 0.4
    size = landscape(A5) if land else A5
    s = style_of(h, size, margin=28, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "CUTTING FOR APPROVAL",
            "MUSTERABSCHNITT ZUR FREIGABE",
            "ÉCHANTILLON POUR ACCORD (BAT)",
        ),
        s.bold,
        11,
    )
    y += 12
    acct, so = supplier_order(rng, who)
    fw = (w - 2 * m) * (0.55 if land else 1.0)
    y2 = fields(
        p,
        s,
        m,
        y,
        fw,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (tr(lg, "Order", "Auftrag", "Commande"), so),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), job.ref),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Design / colour", "Dessin / Farbe", "Référence / coloris"), fabric_name(job)),
            (tr(lg, "Batch / dye lot", "Partie / Färbung", "Lot / bain"), serial(rng, "B99999-99")),
            (
                tr(lg, "Metres reserved", "Reserviert (m)", "Métrage réservé"),
                metres(job.metres, lg),
            ),
            (tr(lg, "Piece no.", "Stück-Nr.", "N° de pièce"), serial(rng, "999/99")),
        ],
        per=2,
        tall=21,
        hand=False,
    )
    if land:
        swatch(p, m + fw + 14, y, w - 2 * m - fw - 14, min(150.0, hh - y - 90), rng)
        yb = max(y2, y + 160)
    else:
        swatch(p, w / 2 - 70, y2, 140, 95, rng)
        yb = y2 + 108
    p.text(
        m,
        yb,
        tr(
            lg,
            "Please compare with your master and return within 5 days, otherwise the reservation "
            "lapses.",
            "Bitte mit Ihrem Muster vergleichen und binnen 5 Tagen zurücksenden, sonst verfällt "
            "die Reservierung.",
            "Merci de comparer avec votre échantillon et de retourner sous 5 jours.",
        ),
        s.font,
        6.5,
    )
    yb += 14
    ok = rng.random() < 0.8
    yb = ticks(
        p,
        s,
        m,
        yb,
        w - 2 * m,
        [
            tr(lg, "Approved", "Freigegeben", "Accepté"),
            tr(
                lg,
                "Rejected - please send new batch",
                "Abgelehnt - neue Partie",
                "Refusé - nouveau lot",
            ),
        ],
        {0 if ok else 1},
        8.5,
        2.6,
    )
    hand(p, m, yb + 8, short(d + timedelta(days=rng.randint(1, 3)), home()), 9)
    scrawl(p, m + 90, yb + 10, owner(), 11)
    p.line(m, yb + 13, w - m, yb + 13)
    p.text(
        m,
        yb + 21,
        tr(
            lg,
            "Date / signature / stamp",
            "Datum / Unterschrift / Stempel",
            "Date / signature / cachet",
        ),
        s.font,
        6,
    )
    if not ok:
        hand(
            p,
            m,
            yb + 36,
            fit(
                tr(
                    home(),
                    "shade too yellow vs master",
                    "zu gelbstichig",
                    "trop jaune / échantillon",
                ),
                HAND,
                9,
                w - 2 * m,
            ),
            9,
        )
    remember(job, d, (h.name, so))
    return [p]


FABRIC_TERMS = {
    "en": [
        "Orders",
        "Prices",
        "Cuttings and batches",
        "Shading",
        "Flaws",
        "Returns",
        "Claims",
        "Payment",
        "Retention of title",
    ],
    "de": [
        "Aufträge",
        "Preise",
        "Partien",
        "Farbabweichungen",
        "Webfehler",
        "Rücksendungen",
        "Reklamationen",
        "Zahlung",
        "Eigentumsvorbehalt",
    ],
    "fr": [
        "Commandes",
        "Prix",
        "Lots et bains",
        "Nuances",
        "Défauts",
        "Retours",
        "Réclamations",
        "Paiement",
        "Réserve de propriété",
    ],
}


def fr_certificate(rng: random.Random, lg: str, job: Job, qty: float) -> Page:
    """The back-coating finisher's flame retardancy treatment certificate, sent behind the
    fabric invoice: another firm's form."""
    name = rng.choice(
        {
            "en": ["Flamebar Textile Finishers Ltd, Oldham", "Pennine Backcoating Services, Bury"],
            "de": ["Textilveredlung Flammex GmbH, Mönchengladbach", "Ausrüstung Weber, Nordhorn"],
            "fr": [
                "Ignifugation Textile du Nord, Roubaix",
                "Enduction Rhône Textile, Villeurbanne",
            ],
        }[lg]
    )
    s = Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "short")
    w, hh = A4
    m = 50
    p = Page(A4)
    p.rect(m - 10, m - 20, w - 2 * m + 20, hh - 2 * m + 20)
    p.rect(m - 7, m - 17, w - 2 * m + 14, hh - 2 * m + 14)
    p.text(w / 2, m + 10, name.split(",")[0], "Helvetica-Bold", 12, "center")
    p.text(
        w / 2,
        m + 28,
        tr(
            lg,
            "CERTIFICATE OF FLAME RETARDANT TREATMENT",
            "ZERTIFIKAT FLAMMHEMMENDE AUSRÜSTUNG",
            "CERTIFICAT DE TRAITEMENT IGNIFUGE",
        ),
        "Helvetica-Bold",
        13,
        "center",
    )
    std = tr(
        lg,
        "BS 5852:2006 Part 1, ignition sources 0 and 1 (cigarette and match)",
        "DIN EN 1021-1/-2 (Zigarette und Streichholzflamme); DIN 4102-1 Klasse B1",
        "NF EN 1021-1 et 2 ; classement M1 selon NF P 92-507",
    )
    y = m + 60
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Certificate no.", "Zertifikat-Nr.", "Certificat n°"), serial(rng, "FR/99999")),
            (
                tr(lg, "Date of treatment", "Ausrüstungsdatum", "Date de traitement"),
                short(some_day(rng) - timedelta(days=20), lg),
            ),
            (tr(lg, "Fabric", "Stoff", "Tissu"), fabric_name(job)),
            (tr(lg, "Batch", "Partie", "Lot"), serial(rng, "B99999")),
            (tr(lg, "Quantity treated", "Menge", "Métrage traité"), f"{metres(qty, lg)} m"),
            (
                tr(lg, "Process", "Verfahren", "Procédé"),
                rng.choice(["Back-coating (acrylic)", "Immersion (durable)", "FR 23 backcoat"]),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y += 4
    write_at = y
    for ln in wrap(
        tr(
            lg,
            "We certify that the above fabric has been treated to meet the requirements of",
            "Hiermit bestätigen wir, dass der oben genannte Stoff so ausgerüstet wurde, dass er "
            "die Anforderungen erfüllt von",
            "Nous certifions que le tissu ci-dessus a été traité afin de satisfaire aux "
            "exigences de",
        )
        + " "
        + std
        + ". "
        + prose(rng, lg, "fire", 1, 2),
        "Helvetica",
        9,
        w - 2 * m,
    ):
        p.text(m, write_at, ln, "Helvetica", 9)
        write_at += 13
    y = write_at + 10
    cols = [
        (m, "Test"),
        (m + 200, tr(lg, "Result", "Ergebnis", "Résultat")),
        (m + 300, tr(lg, "Report", "Bericht", "Rapport")),
    ]
    for x, t in cols:
        p.text(x, y, t, "Helvetica-Bold", 8.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    for t in [
        tr(lg, "Ignition source 0 (cigarette)", "Zündquelle Zigarette", "Source 0 (cigarette)"),
        tr(lg, "Ignition source 1 (match flame)", "Zündquelle Streichholz", "Source 1 (allumette)"),
        tr(lg, "Water soak 40 °C, 30 min", "Wässerung 40 °C, 30 min", "Trempage 40 °C, 30 min"),
    ]:
        p.text(m, y, t, "Helvetica", 8.5)
        p.text(m + 200, y, tr(lg, "PASS", "bestanden", "CONFORME"), "Helvetica-Bold", 8.5)
        p.text(m + 300, y, serial(rng, "TR 99999/A"), "Helvetica", 8.5)
        y += 13
    y += 20
    p.text(
        m,
        y,
        tr(
            lg,
            "The treatment may be impaired by washing or dry cleaning. Keep this certificate "
            "with the finished article.",
            "Die Wirkung kann durch Waschen oder Reinigen beeinträchtigt werden.",
            "Le traitement peut être altéré par le lavage ou le nettoyage.",
        ),
        "Helvetica-Oblique",
        7.5,
    )
    seal(
        p,
        w - m - 70,
        hh - m - 110,
        38,
        name.split(",")[0][:28],
        tr(lg, "QUALITY", "GEPRÜFT", "CONTRÔLÉ"),
    )
    scrawl(p, m, hh - m - 90, rng.choice(["P Hargreaves", "K Lindner", "J Masson"]))
    p.line(m, hh - m - 86, m + 180, hh - m - 86)
    p.text(
        m,
        hh - m - 76,
        tr(lg, "Quality Manager", "Qualitätssicherung", "Responsable qualité"),
        "Helvetica",
        7.5,
    )
    return p


def tpl_fabric_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A fabric house's invoice: the cut lengths per order (range, colour, batch, metres, price,
    cutting charge) running over pages when long, the carriage; with the flame retardancy
    certificate of the finisher behind for a treated fabric, now and then the terms."""
    h = head_of(who, "fabric", abroad=0.15)
    lg = h.lang
    ex = LAST["extra"]
    job = job_for(rng, ("cutting_approval",))
    d = last_day(rng, ("cutting_approval",), (3, 10))
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.2 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    acct, so = supplier_order(rng, who)
    if after(("cutting_approval",)) and isinstance(ex, tuple) and ex[0] == h.name:
        so = str(ex[1])
    no = serial(rng, keyed(who, "mask").choice(["INV999999", "99999", "RE-2025-9999", "FA999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), acct),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), job.ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows: list[list[str]] = []
    net = 0.0
    main = [
        f"{so}  {fabric_name(job)}",
        serial(rng, "B99999"),
        metres(job.metres, lg),
        money(job.price, lg),
        money(job.metres * job.price, lg),
    ]
    rows.append(main)
    net += job.metres * job.price
    for _ in range(rng.choice([0, 0, 1, 2, 4, 9, 16])):
        r_, q = RANGES[rng.randrange(len(RANGES))]
        mt = rng.choice([1.5, 2.8, 4.0, 6.5, 9.0, 12.0, 0.5])
        pr = rng.choice([24.5, 31.0, 42.0, 55.0, 68.0])
        rows.append(
            [
                f"{serial(rng, 'SO-999999')}  {r_} {q} - {rng.choice(COLOURS)}",
                serial(rng, "B99999"),
                metres(mt, lg),
                money(pr, lg),
                money(mt * pr, lg),
            ]
        )
        net += mt * pr
    cut = rng.choice([0.0, 6.5, 8.0, 12.0]) * len(rows)
    if cut:
        rows.append(
            [
                tr(lg, "Cutting charge", "Zuschnittgebühr", "Frais de coupe"),
                "",
                str(len(rows)),
                "",
                money(cut, lg),
            ]
        )
        net += cut
    fr_treat = rng.random() < 0.55
    if fr_treat:
        v = round(job.metres * rng.choice([4.5, 5.8, 7.2]), 2)
        rows.append(
            [
                tr(
                    lg,
                    "FR back-coating (sub-contract)",
                    "Flammschutzausrüstung (Fremdleistung)",
                    "Ignifugation (sous-traitance)",
                ),
                "",
                metres(job.metres, lg),
                "",
                money(v, lg),
            ]
        )
        net += v
    carriage = rng.choice([9.5, 12.0, 15.0])
    rows.append([tr(lg, "Carriage", "Fracht", "Port"), "", "", "", money(carriage, lg)])
    net += carriage
    cols = columns(
        m, w - m, [(5.5, "left"), (1.3, "left"), (1, "right"), (1.2, "right"), (1.4, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Order / description", "Auftrag / Artikel", "Commande / désignation"),
            tr(lg, "Batch", "Partie", "Lot"),
            tr(lg, "Metres", "Meter", "Mètres"),
            tr(lg, "Price/m", "Preis/m", "Prix/m"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    rate = vat_rate(lg) if lg == home() else 0.0
    totals(f, s, lg, round(net, 2), rate)
    if lg != home():
        write(
            f,
            s,
            tr(
                lg,
                "Zero rated intra-community supply / reverse charge.",
                "Steuerfreie innergemeinschaftliche Lieferung, Reverse Charge.",
                "Autoliquidation - livraison intracommunautaire exonérée (art. 262 ter I CGI).",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due 30 days from invoice date. Please quote account {acct}.",
            f"Zahlbar innerhalb 14 Tagen mit 2 % Skonto oder 30 Tage netto. Kunden-Nr. {acct}.",
            "Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt "
            "légal, indemnité forfaitaire 40 €.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    if fr_treat and rng.random() < 0.85:
        pages.append(fr_certificate(rng, lg, job, job.metres))
    if rng.random() < 0.15:
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
                FABRIC_TERMS[lg],
            )
        )
    remember(job, d, (h.name, so))
    return pages


FOAMS = {
    "en": [
        "CMHR 35 kg/m³ blue",
        "CMHR 40 kg/m³ green",
        "Reflex 30 firm",
        "Recon chip 80 kg",
        "Polyester wrap 2 oz",
        "Feather/down pad 70/30",
    ],
    "de": [
        "Kaltschaum RG 40/50 CMHR",
        "Kaltschaum RG 55/60",
        "Komfortschaum RG 35/36",
        "Verbundschaum RG 80",
        "Polyestervlies 200 g/m²",
        "Federkissen 70/30",
    ],
    "fr": [
        "Mousse HR 35 kg/m³ M4",
        "Mousse HR 40 kg/m³",
        "Mousse polyéther 30 kg",
        "Mousse agglomérée 80 kg",
        "Ouate polyester 200 g",
        "Coussin plume 70/30",
    ],
}


def tpl_foam_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A foam converter's invoice for cut foam and fibre: a short priced invoice, the cutting
    list of the blocks and pads with their sizes on a landscape page behind, the fire
    compliance note."""
    h = head_of(who, "foam")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    acct, so = supplier_order(rng, who)
    no = serial(rng, keyed(who, "mask").choice(["F99999", "999999", "FC/99999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunde", "Client"), acct),
            (tr(lg, "Delivery", "Lieferschein", "BL"), serial(rng, "D999999")),
        ],
    )
    caption(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 3)
    cuts = []
    for _ in range(rng.randint(3, 14)):
        fm = rng.randrange(len(FOAMS[lg]))
        a, b, c = (
            rng.choice([40, 45, 50, 55, 60, 65, 70, 180]),
            rng.choice([40, 45, 50, 55, 60, 62, 90]),
            rng.choice([5, 7.5, 10, 12.5, 15]),
        )
        q = rng.choice([1, 1, 2, 2, 4, 6])
        pr = round(a * b * c / 1000 * rng.uniform(0.9, 1.6), 2)
        cuts.append((fm, a, b, c, q, pr))
    groups: dict[int, float] = {}
    for fm, _a, _b, _c, q, pr in cuts:
        groups[fm] = groups.get(fm, 0.0) + q * pr
    rows = [
        [FOAMS[lg][k], tr(lg, "cut to list", "lt. Zuschnittliste", "selon liste"), money(v, lg)]
        for k, v in groups.items()
    ]
    net = sum(groups.values())
    if rng.random() < 0.5:
        rows.append([tr(lg, "Delivery (own van)", "Anlieferung", "Livraison"), "", money(18.0, lg)])
        net += 18.0
    cols = columns(m, w - m, [(4, "left"), (2.5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Detail", "Details", "Détail"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "All foams supplied comply with the Furniture and Furnishings (Fire) (Safety) "
            "Regulations 1988, Schedule 1 Part 1 (CMHR) "
            "and carry the appropriate labels.",
            "Alle Schaumstoffe entsprechen DIN EN 597-1/-2 bzw. sind als schwer entflammbar "
            "ausgerüstet (CMHR).",
            "Mousses conformes à la norme NF D 60-013 ; fiches de données disponibles sur demande.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    s2 = style_of(h, landscape(A4), margin=40, pt=8.5)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p, n: (
            running_header(
                p,
                s2,
                f"{h.name} - {tr(lg, 'Cutting list', 'Zuschnittliste', 'Liste de découpe')} {so}",
            )
            + 6
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            f"Cutting list - order {so} - your ref {serial(rng, '999')}",
            f"Zuschnittliste - Auftrag {so}",
            f"Liste de découpe - commande {so}",
        ),
        2,
    )
    c2 = columns(
        40,
        w2 - 40,
        [
            (0.6, "left"),
            (3, "left"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (0.7, "right"),
            (1.6, "left"),
            (1.2, "right"),
        ],
    )
    rows2 = [
        [
            str(k + 1),
            FOAMS[lg][fm],
            f"{a}",
            f"{b}",
            f"{c:g}",
            str(q),
            rng.choice(
                [
                    "",
                    "",
                    tr(lg, "chamfer front", "vorn abgeschrägt", "chanfrein"),
                    tr(lg, "wrap 2 sides", "2-seitig ummantelt", "ouaté 2 faces"),
                    tr(lg, "template", "nach Schablone", "gabarit"),
                ]
            ),
            money(q * pr, lg),
        ]
        for k, (fm, a, b, c, q, pr) in enumerate(cuts)
    ]
    table(
        g,
        c2,
        [
            "#",
            tr(lg, "Grade", "Qualität", "Qualité"),
            "L cm",
            "W cm" if lg == "en" else "B cm" if lg == "de" else "l cm",
            "T cm" if lg == "en" else "H cm" if lg == "de" else "ép. cm",
            tr(lg, "Qty", "Stk", "Qté"),
            tr(lg, "Notes", "Hinweis", "Remarques"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        rows2,
        s2,
        size=8.5,
        rules=True,
        shade=0.9,
    )
    g.y += 10
    cut_by = tr(lg, "Cut by:", "Zugeschnitten:", "Découpé par :")
    g.page.text(40, g.y, cut_by, s2.font, 8)
    hand(g.page, 46 + tw(cut_by, s2.font, 8), g.y, rng.choice(["DB", "KH", "MR", "SL"]), 10)
    checked = tr(lg, "Checked:", "Geprüft:", "Contrôlé :")
    g.page.text(220, g.y, checked, s2.font, 8)
    hand(g.page, 226 + tw(checked, s2.font, 8), g.y, rng.choice(["ok", "JP", "AT"]), 10)
    pages += g.pages
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return pages


SUNDRIES = {
    "en": [
        "Jute webbing 2in x 33m",
        "Improved tacks 13mm 500g",
        "Hessian 12oz x 1m",
        "Skin wadding 2oz x 1m",
        "Spring twine 250g",
        "Staples 71/10 box",
        "Gimp pins antique brass",
        "Piping cord No 4 x 10m",
        "Calico 72in x 1m",
        "Double-cone springs 6in",
        "Curled hair 1kg",
        "Black bottoming x 1m",
        "Button moulds No 24 x 50",
        "Regulator 8in",
    ],
    "de": [
        "Jutegurt 8 cm x 33 m",
        "Polsternägel 13 mm 500 g",
        "Jutegewebe 340 g x 1 m",
        "Polsterwatte 200 g x 1 m",
        "Schnürgarn 250 g",
        "Klammern 80/10 Pack",
        "Ziernägel Messing alt",
        "Keder-Kordel 4 mm x 10 m",
        "Nessel 160 cm x 1 m",
        "Taillenfedern 15 cm",
        "Rosshaar gesponnen 1 kg",
        "Abdeckvlies schwarz x 1 m",
        "Knopfrohlinge 24 x 50",
        "Polsternadel 20 cm",
    ],
    "fr": [
        "Sangle jute 8 cm x 33 m",
        "Semences 13 mm 500 g",
        "Toile de jute x 1 m",
        "Ouate 200 g x 1 m",
        "Ficelle à guinder 250 g",
        "Agrafes 80/10 boîte",
        "Clous décoratifs vieux laiton",
        "Cordon passepoil n°4 x 10 m",
        "Toile blanche 160 cm x 1 m",
        "Ressorts biconiques 15 cm",
        "Crin animal 1 kg",
        "Toile de fond noire x 1 m",
        "Boutons à recouvrir 24 x 50",
        "Aiguille courbe 20 cm",
    ],
}


def tpl_sundries_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade counter's till receipt for upholsterers' sundries on a narrow slip: the lines,
    the total with VAT, the card payment; stapled to nothing, scanned alone."""
    h = head_of(who, "sundries")
    lg = h.lang
    d = some_day(rng)
    n = rng.randint(2, 11)
    ht = 150 + n * 22 + rng.uniform(0, 40)
    size = (SLIP[0], min(max(ht, 280.0), SLIP[1] * 1.4))
    w, hh = size
    p = Page(size)
    font = "Courier"
    x0, x1 = 10, w - 10
    y = 22.0
    p.text(
        w / 2, y, fit(h.name.upper(), "Courier-Bold", 8.5, w - 16), "Courier-Bold", 8.5, "center"
    )
    y += 10
    for t in (h.street, h.town, h.phone):
        if t:
            p.text(w / 2, y, fit(t, font, 7, w - 16), font, 7, "center")
            y += 8.5
    y += 6
    p.text(x0, y, f"{short(d, lg)} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}", font, 7)
    p.text(x1, y, f"{tr(lg, 'Till', 'Kasse', 'Caisse')} {rng.randint(1, 3)}", font, 7, "right")
    y += 9
    p.text(
        x0,
        y,
        f"{tr(lg, 'Acct', 'Kd', 'Cpte')} {serial(keyed(who, 'acct'), '99999')}  "
        f"{tr(lg, 'Receipt', 'Beleg', 'Ticket')} {serial(rng, '999999')}",
        font,
        7,
    )
    y += 8
    p.text(x0, y, "-" * 40, font, 7)
    y += 10
    total = 0.0
    for name in rng.sample(SUNDRIES[lg], n):
        q = rng.choice([1, 1, 2, 3, 5, 10])
        pr = round(rng.uniform(1.2, 38.0), 2)
        p.text(x0, y, fit(name, font, 7, w - 20), font, 7)
        y += 8.5
        p.text(x0 + 10, y, f"{q} x {money(pr, lg)}", font, 7)
        p.text(x1, y, money(q * pr, lg), font, 7, "right")
        y += 10
        total += q * pr
    p.text(x0, y, "-" * 40, font, 7)
    y += 11
    vat = total - total / (1 + vat_rate(lg) / 100)
    p.text(x0, y, tr(lg, "TOTAL", "SUMME", "TOTAL TTC"), "Courier-Bold", 9)
    p.text(x1, y, cash(total, lg), "Courier-Bold", 9, "right")
    y += 11
    p.text(
        x0,
        y,
        tr(
            lg,
            f"incl. VAT {vat_rate(lg):g}%",
            f"enth. MwSt {vat_rate(lg):g}%",
            f"dont TVA {vat_rate(lg):g}%",
        ),
        font,
        7,
    )
    p.text(x1, y, money(vat, lg), font, 7, "right")
    y += 12
    p.text(
        x0,
        y,
        tr(lg, "CARD  VISA DEBIT ****", "EC-KARTE ****", "CB SANS CONTACT ****")
        + serial(rng, "9999"),
        font,
        7,
    )
    y += 9
    p.text(x0, y, f"AUTH {serial(rng, '999999')}", font, 7)
    y += 14
    p.text(
        w / 2,
        y,
        tr(lg, "Thank you - trade only", "Vielen Dank für Ihren Einkauf", "Merci de votre visite"),
        font,
        7,
        "center",
    )
    if rng.random() < 0.4:
        hand(
            p,
            x0,
            min(y + 22, hh - 12),
            fit(
                rng.choice(["job " + serial(rng, "999"), "Chesterfield", "stock", "workshop"]),
                HAND,
                9,
                w - 20,
            ),
            9,
        )
    remember(None, d)
    return [p]


def tpl_fire_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A fire test house's test report on a fabric or composite for a theatre or hotel job:
    the certificate page with the sample and the classification, the results table of the
    specimens, the photo of the specimens now and then, the conditions and validity page;
    numbered "Page i of n"."""
    h = head_of(who, "testlab", abroad=0.2)
    lg = h.lang
    job = job_for(rng, ("theatre_order", "hotel_contract"))
    d = last_day(rng, ("theatre_order",), (10, 25))
    size = LETTER if lg == "en" and rng.random() < 0.1 else A4
    s = style_of(h, size, pt=9)
    w, _ = size
    m = s.margin
    rep = serial(
        rng, keyed(who, "rep").choice(["MFTL/99/9999", "PB 9999/99", "PV 99-9999", "TR-99999"])
    )
    std, cls = {
        "en": (
            rng.choice(
                [
                    "BS 5867-2:2008 Type B",
                    "BS 5852:2006 ignition source 5 (crib 5)",
                    "BS EN 13773 Class 1",
                ]
            ),
            "PASS",
        ),
        "de": (
            rng.choice(
                ["DIN 4102-1 Baustoffklasse B1", "DIN EN 13773 Klasse 1", "DIN EN 1021-1/-2"]
            ),
            "B1 - schwer entflammbar",
        ),
        "fr": (
            rng.choice(["NF P 92-503 / 92-507 (M1)", "NF EN 13501-1", "NF EN 1021-1 et 2"]),
            "M1",
        ),
    }[lg]
    f = sheets(s, h, f"{tr(lg, 'Test report', 'Prüfbericht', 'Procès-verbal')} {rep}")
    caption(
        f,
        s,
        tr(lg, "TEST REPORT", "PRÜFZEUGNIS", "PROCÈS-VERBAL DE CLASSEMENT DE RÉACTION AU FEU"),
        4,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Prüfbericht Nr.", "PV n°"), rep),
            (tr(lg, "Date of issue", "Ausstellungsdatum", "Date"), day(h, d)),
            (tr(lg, "Sponsor", "Auftraggeber", "Demandeur"), shop_head().name),
            (
                tr(lg, "Sample received", "Probeneingang", "Réception échantillon"),
                short(d - timedelta(days=rng.randint(8, 20)), lg),
            ),
            (tr(lg, "Material", "Material", "Matériau"), fabric_name(job)),
            (
                tr(lg, "Composition", "Zusammensetzung", "Composition"),
                rng.choice(["100% cotton", "62% CV 38% PES", "100% Trevira CS", "Wool 85% PA 15%"]),
            ),
            (
                tr(lg, "Mass per unit area", "Flächengewicht", "Grammage"),
                f"{rng.randint(180, 640)} g/m²",
            ),
            (tr(lg, "Test standard", "Prüfnorm", "Norme d'essai"), std),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.heading(m, tr(lg, "Classification", "Klassifizierung", "Classement"), s.bold, s.size + 1)
    f.page.rect(m, f.y - 12, w - 2 * m, 34, fill=0.92)
    f.page.text(w / 2, f.y + 8, f"{std}: {cls}", s.bold, 12, "center")
    f.y += 34
    write(f, s, prose(rng, lg, "fire", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "This report relates only to the sample tested and does not by itself imply that the "
            "material is approved for any particular use.",
            "Die Ergebnisse beziehen sich ausschließlich auf die geprüften Proben.",
            "Les résultats ne concernent que les échantillons soumis à l'essai.",
        ),
        s.size - 1,
    )
    f.need(90)
    f.y += 20
    scrawl(f.page, m, f.y, staff(h, "tester"))
    scrawl(f.page, w / 2, f.y, staff(h, "head"))
    f.page.text(
        m,
        f.y + 12,
        f"{staff(h, 'tester')} - {tr(lg, 'Test engineer', 'Prüfingenieur', 'Technicien')}",
        s.font,
        7.5,
    )
    f.page.text(
        w / 2,
        f.y + 12,
        f"{staff(h, 'head')} - "
        f"{tr(lg, 'Technical manager', 'Leiter der Prüfstelle', 'Responsable technique')}",
        s.font,
        7.5,
    )
    f.y += 30
    f.new_page()
    caption(f, s, tr(lg, "Test results", "Prüfergebnisse", "Résultats d'essais"), 1.5)
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (1.4, "left"),
            (1.2, "right"),
            (1.2, "right"),
            (1.2, "right"),
            (1.6, "left"),
        ],
    )
    rows = []
    for k in range(rng.randint(4, 10)):
        rows.append(
            [
                str(k + 1),
                rng.choice([tr(lg, "warp", "Kette", "chaîne"), tr(lg, "weft", "Schuss", "trame")])
                + (" " + tr(lg, "face", "Vorderseite", "endroit") if k % 2 else ""),
                f"{rng.uniform(0, 4.5):.1f}",
                f"{rng.randint(0, 12)}",
                f"{rng.randint(60, 210)}",
                rng.choice(
                    [
                        tr(
                            lg,
                            "no flaming debris",
                            "kein brennendes Abtropfen",
                            "pas de gouttes enflammées",
                        ),
                        tr(lg, "char only", "nur verkohlt", "carbonisation"),
                        "-",
                    ]
                ),
            ]
        )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Specimen", "Probe", "Éprouvette"),
            tr(lg, "After-flame s", "Nachbrennen s", "Persistance s"),
            tr(lg, "After-glow s", "Nachglimmen s", "Incandescence s"),
            tr(lg, "Damaged mm", "Zerstört mm", "Long. détruite mm"),
            tr(lg, "Observations", "Beobachtungen", "Observations"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Conditioning: 23 °C / 50 % RH, {rng.randint(24, 72)} h. ",
            f"Klimatisierung: 23 °C / 50 % r. F., {rng.randint(24, 72)} h. ",
            f"Conditionnement : 23 °C / 50 % HR, {rng.randint(24, 72)} h. ",
        )
        + prose(rng, lg, "fire", 1, 3),
        s.size - 1,
    )
    if rng.random() < 0.45:
        f.need(230)
        photo(f.page, m, f.y, (w - 2 * m) / 2 - 6, 180, rng)
        photo(f.page, w / 2 + 6, f.y, (w - 2 * m) / 2 - 6, 180, rng)
        f.y += 196
        f.page.text(
            m,
            f.y,
            tr(lg, "Specimens after test", "Proben nach der Prüfung", "Éprouvettes après essai"),
            s.font,
            7.5,
        )
        f.y += 14
    if rng.random() < 0.7:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Conditions and validity",
                "Geltungsdauer und Hinweise",
                "Validité et conditions",
            ),
            1,
        )
        for k in range(rng.randint(4, 7)):
            write(f, s, f"{k + 1}. " + prose(rng, lg, "fire", 1, 2), s.size - 1)
        write(
            f,
            s,
            tr(
                lg,
                f"This report is valid until {short(d + timedelta(days=1826), lg)}.",
                f"Gültig bis {short(d + timedelta(days=1826), lg)}.",
                f"Ce procès-verbal est valable jusqu'au {short(d + timedelta(days=1826), lg)}.",
            ),
            s.size - 1,
        )
        seal(
            f.page,
            w - m - 60,
            f.y + 50,
            40,
            h.name[:30],
            tr(lg, "ACCREDITED", "AKKREDITIERT", "ACCRÉDITÉ"),
        )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                "Page {i} of {n}",
                "Page {i} of {n}",
                tr(lg, "{i}/{n}", "Seite {i} von {n}", "Page {i}/{n}"),
            ]
        ),
    )
    for p in pages[1:]:
        p.text(w - m, 16, rep, s.font, 7, "right")
    received(rng, pages[0], d, 0.25)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates SSSSS: theatres, hotels and the workshop's delivery, invoice and condition reports
# ---------------------------------------------------------------------------------------------

DRAPES = {
    "en": [
        "House tabs, pair",
        "Legs",
        "Borders",
        "Black serge masking",
        "Cyclorama",
        "Gauze, sharkstooth",
        "Festoon curtain",
    ],
    "de": [
        "Hauptvorhang, zweiteilig",
        "Gassenschals",
        "Soffitten",
        "Molton-Aushang schwarz",
        "Rundhorizont",
        "Gaze",
        "Raffvorhang",
    ],
    "fr": [
        "Rideau d'avant-scène, paire",
        "Pendrillons",
        "Frises",
        "Habillage noir en serge",
        "Cyclorama",
        "Tulle",
        "Rideau à l'italienne",
    ],
}


def drape_drawing(
    p: Page, x: float, y: float, w: float, h: float, rng: random.Random, lg: str
) -> None:
    """A front elevation of stage drapes: pelmet, two tabs with fullness, dimension lines."""
    p.line(x, y, x + w, y)
    p.rect(x, y + 4, w, h * 0.14)
    half = w / 2
    for side in (0, 1):
        x0 = x + side * half
        n = 12
        for k in range(n + 1):
            p.line(
                x0 + half * k / n,
                y + 4 + h * 0.14,
                x0 + half * k / n + (3 if k % 2 else -3),
                y + h - 10,
            )
        p.line(x0, y + h - 10, x0 + half, y + h - 10)
    p.line(x, y + h + 6, x + w, y + h + 6)
    p.text(
        x + w / 2,
        y + h + 18,
        f"{rng.randint(8, 14)},{rng.randint(0, 9)}0 m",
        "Helvetica",
        8,
        "center",
    )
    p.line(x + w + 8, y, x + w + 8, y + h - 10)
    p.text(x + w + 12, y + h / 2, f"{rng.randint(5, 9)},{rng.randint(0, 9)}0 m", "Helvetica", 8)
    p.text(
        x,
        y + h + 32,
        tr(
            lg,
            "Front elevation - not to scale",
            "Ansicht von vorn - nicht maßstäblich",
            "Élévation face - sans échelle",
        ),
        "Helvetica-Oblique",
        7.5,
    )


def tpl_theatre_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A theatre's purchase order for stage drapes: the order with the lines and the delivery
    and invoicing instructions, the technical specification (fabric weight, fullness, fire
    classification, hems, ties) and a drawing of the drapes on a landscape page."""
    h = head_of(who, "theatre")
    lg = h.lang
    row, _ = trade_of(who, "theatre")
    job = a_job(rng, (row, lg), curtains=True)
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    po = serial(rng, keyed(who, "po").choice(["PO99999", "BE-999999", "BC 9999/99"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Purchase order', 'Bestellung', 'Bon de commande')} {po}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "Commande n°"), po),
            (
                tr(lg, "Department", "Abteilung", "Service"),
                tr(lg, "Production / wardrobe", "Technische Direktion", "Direction technique"),
            ),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(h, "tech")),
        ],
    )
    caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 3)
    show = rng.choice(
        [
            "The Cherry Orchard",
            "Hedda Gabler",
            "Der zerbrochne Krug",
            "Le Misanthrope",
            "Twelfth Night",
            "Die Dreigroschenoper",
            "Cyrano de Bergerac",
        ]
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Production: {show} - get-in {short(d + timedelta(days=rng.randint(20, 50)), lg)}",
            f"Produktion: {show} - Bühnenaufbau "
            f"{short(d + timedelta(days=rng.randint(20, 50)), lg)}",
            f"Production : {show} - montage le "
            f"{short(d + timedelta(days=rng.randint(20, 50)), lg)}",
        ),
    )
    rows = []
    net = 0.0
    for name in rng.sample(DRAPES[lg], rng.randint(2, 5)):
        q = rng.choice([1, 2, 2, 4, 6])
        pr = round(rng.uniform(280, 2400), 0)
        rows.append([name, str(q), money(pr, lg), money(q * pr, lg)])
        net += q * pr
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.4, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, vat_rate(lg))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "All drapes must be inherently or durably flame retardant and supplied with test "
            "certificates. Invoices must quote the order number.",
            "Alle Textilien müssen schwer entflammbar (B1) sein; Prüfzeugnisse sind "
            "mitzuliefern. Rechnungen nur mit Bestellnummer.",
            "Tous les textiles doivent être classés M1 ; les procès-verbaux sont à fournir. "
            "Factures à adresser avec le numéro de commande.",
        ),
        s.size - 1,
    )
    f.need(80)
    f.y += 16
    scrawl(f.page, m, f.y, staff(h, "tech"))
    f.page.text(m, f.y + 12, tr(lg, "Authorised by", "Freigegeben", "Visa"), s.font, 7.5)
    f.y += 24
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Technical specification",
            "Technische Spezifikation",
            "Cahier des charges technique",
        ),
        1.5,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Fabric", "Stoff", "Tissu"),
                rng.choice(
                    [
                        "Wool serge 580 g/m²",
                        "Bolton twill FR",
                        "Velours Trevira CS 520 g",
                        "Molton 300 g B1",
                    ]
                ),
            ),
            (
                tr(lg, "Colour", "Farbe", "Coloris"),
                rng.choice(["Black", "Schwarz", "Noir", "Bordeaux", "Royal blue"]),
            ),
            (tr(lg, "Fullness", "Raffung", "Ampleur"), rng.choice(["0%", "50%", "100%"])),
            (
                tr(lg, "Fire classification", "Brandklasse", "Classement feu"),
                {"en": "BS 5867-2 Type B", "de": "DIN 4102 B1", "fr": "M1"}[lg],
            ),
            (
                tr(lg, "Top", "Oberkante", "Tête"),
                tr(
                    lg,
                    "Webbing with ties at 300 mm",
                    "Gurtband mit Bändern a 30 cm",
                    "Sangle et cordons tous les 30 cm",
                ),
            ),
            (
                tr(lg, "Bottom", "Unterkante", "Bas"),
                tr(
                    lg,
                    "Chain pocket, 100 mm hem",
                    "Kettentasche, Saum 10 cm",
                    "Fourreau de chaîne, ourlet 10 cm",
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, "- " + words(rng, lg, "curtain"), s.size - 0.5, 10)
    pages = close(f.pages, s, h)
    s2 = style_of(h, landscape(A4), margin=44)
    w2, h2 = s2.page_size
    p = Page(s2.page_size)
    p.text(44, 40, f"{h.name} - {po} - {tr(lg, 'Drawing', 'Zeichnung', 'Plan')} 1", s2.bold, 10)
    drape_drawing(p, 90, 80, w2 - 200, h2 - 200, rng, lg)
    p.rect(w2 - 250, h2 - 80, 206, 44)
    p.text(w2 - 244, h2 - 66, f"{show}", s2.bold, 8)
    p.text(
        w2 - 244,
        h2 - 54,
        f"{tr(lg, 'Drawn', 'Gez.', 'Dessiné')}: {staff(h, 'tech')}  {short(d, lg)}",
        s2.font,
        7,
    )
    p.text(
        w2 - 244,
        h2 - 42,
        tr(lg, "Scale: NTS  Sheet 1/1", "M 1:50  Blatt 1/1", "Éch. 1/50  Planche 1/1"),
        s2.font,
        7,
    )
    pages.append(p)
    remember(job, d, po)
    return pages


CONTRACT_HEADS = {
    "en": [
        "Definitions",
        "Scope of works",
        "Programme and access",
        "Samples and approval",
        "Fire safety compliance",
        "Installation",
        "Variations",
        "Price and payment",
        "Retention",
        "Defects and warranty",
        "Insurance",
        "Termination",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leistungsumfang",
        "Termine und Zugang",
        "Bemusterung",
        "Brandschutz",
        "Montage",
        "Nachträge",
        "Vergütung und Zahlung",
        "Sicherheitseinbehalt",
        "Gewährleistung",
        "Versicherung",
        "Kündigung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Étendue des prestations",
        "Planning et accès",
        "Échantillons et validation",
        "Sécurité incendie",
        "Pose",
        "Avenants",
        "Prix et paiement",
        "Retenue de garantie",
        "Garanties",
        "Assurances",
        "Résiliation",
        "Droit applicable",
    ],
}


def tpl_hotel_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A hotel's supply and installation contract for the soft furnishings of a refurbishment
    (curtains, bed runners, cushions, headboards): the clauses over pages, the room schedule on
    landscape pages, the signature page."""
    h = head_of(who, "hotel")
    lg = h.lang
    row, _ = trade_of(who, "hotel")
    job = a_job(rng, (row, lg), curtains=True)
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    ref = serial(rng, "HC-99-999")
    title = tr(
        lg,
        "SUPPLY AND INSTALLATION CONTRACT",
        "WERKVERTRAG ÜBER LIEFERUNG UND MONTAGE",
        "CONTRAT DE FOURNITURE ET DE POSE",
    )
    f = sheets(s, h, f"{title} - {ref}")
    f.page.text(w / 2, f.y + 6, title, s.bold, shrink(title, s.bold, 13, w - 2 * m), "center")
    f.y += 30
    shop = shop_head()
    write(f, s, tr(lg, "between", "zwischen", "entre"), s.size)
    employer = tr(lg, "the Employer", "Auftraggeber", "le Maître d'ouvrage")
    write(f, s, f"{h.name}, {h.street}, {h.town} ({employer})", s.size)
    write(f, s, tr(lg, "and", "und", "et"), s.size)
    write(
        f,
        s,
        f"{shop.name}, {shop.street}, {shop.town} "
        f"({tr(lg, 'the Contractor', 'Auftragnehmer', 'le Prestataire')})",
        s.size,
    )
    n_rooms = rng.randint(8, 40)
    value = round(n_rooms * rng.uniform(450, 1400), -1)
    for k, t in enumerate(CONTRACT_HEADS[lg][: rng.randint(6, 13)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        text = prose(rng, lg, "legal", 1, 3)
        if k == 1:
            text = (
                tr(
                    lg,
                    "The Contractor shall make, supply and install the soft furnishings for "
                    f"{n_rooms} guest rooms as set out in Schedule 1. ",
                    "Der Auftragnehmer fertigt, liefert und montiert die Raumtextilien für "
                    f"{n_rooms} Gästezimmer gemäß Anlage 1. ",
                    f"Le Prestataire confectionne, fournit et pose les textiles de {n_rooms} "
                    "chambres selon l'annexe 1. ",
                )
                + text
            )
        if k == 7:
            text = (
                tr(
                    lg,
                    f"The contract sum is {cash(value, lg)} plus VAT, payable 30% on signature, "
                    "60% on delivery, 10% after snagging. ",
                    f"Die Vergütung beträgt {cash(value, lg)} netto; Abschläge 30 % bei "
                    "Unterzeichnung, 60 % bei Lieferung, 10 % nach Abnahme. ",
                    f"Le prix est de {cash(value, lg)} HT, payable 30 % à la signature, 60 % à la "
                    "livraison, 10 % à la levée des réserves. ",
                )
                + text
            )
        write(f, s, text, s.size - 0.5)
    pages = close(f.pages, s, h)
    s2 = style_of(h, landscape(A4), margin=40, pt=8)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p, n: (
            running_header(p, s2, f"{title} {ref} - {tr(lg, 'Schedule 1', 'Anlage 1', 'Annexe 1')}")
            + 6
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Schedule 1 - Room schedule",
            "Anlage 1 - Raumbuch",
            "Annexe 1 - Tableau des chambres",
        ),
        2,
    )
    c2 = columns(
        40,
        w2 - 40,
        [
            (0.8, "left"),
            (1.4, "left"),
            (1.2, "right"),
            (1.2, "right"),
            (2.2, "left"),
            (2.2, "left"),
            (1.4, "left"),
            (1, "right"),
        ],
    )
    rows = []
    for k in range(n_rooms):
        floor = 1 + k // 10
        rows.append(
            [
                f"{floor}{k % 10 + 1:02d}",
                rng.choice(
                    [
                        tr(lg, "Double", "DZ", "Double"),
                        tr(lg, "Twin", "2 Betten", "Twin"),
                        tr(lg, "Suite", "Suite", "Suite"),
                        tr(lg, "Single", "EZ", "Simple"),
                    ]
                ),
                f"{rng.randint(110, 260)}",
                f"{rng.randint(140, 270)}",
                rng.choice(CURT_OPS)[{"en": 0, "de": 1, "fr": 2}[lg]][:40],
                rng.choice(
                    [
                        tr(
                            lg,
                            "Bed runner + 2 cushions",
                            "Bettläufer + 2 Kissen",
                            "Chemin de lit + 2 coussins",
                        ),
                        tr(
                            lg,
                            "Headboard re-covered",
                            "Kopfteil neu bezogen",
                            "Tête de lit regarnie",
                        ),
                        "-",
                    ]
                ),
                fabric_name(job)[:20]
                if rng.random() < 0.6
                else f"{rng.choice(RANGES)[0]} {rng.choice(COLOURS)}",
                money(round(rng.uniform(350, 1500), 0), lg),
            ]
        )
    table(
        g,
        c2,
        [
            tr(lg, "Room", "Zimmer", "Ch."),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "W cm", "B cm", "L cm"),
            tr(lg, "D cm", "H cm", "H cm"),
            tr(lg, "Window treatment", "Fensterdekoration", "Habillage fenêtre"),
            tr(lg, "Bed / upholstery", "Bett / Polster", "Lit / sièges"),
            tr(lg, "Fabric", "Stoff", "Tissu"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s2,
        size=7.5,
        rules=True,
        shade=0.9,
        step=1.7,
    )
    pages += g.pages
    t = sheets(s, h, f"{title} - {ref}", top=False)
    caption(t, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 1)
    write(
        t,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties on the dates below. Schedules 1 and 2 form "
            "part of this contract.",
            "Die Anlagen 1 und 2 sind Bestandteil dieses Vertrags.",
            "Fait en deux exemplaires originaux. Les annexes 1 et 2 font partie intégrante du "
            "contrat.",
        ),
        s.size - 0.5,
    )
    signature_block(
        t,
        s,
        (
            tr(lg, "For the Employer", "Für den Auftraggeber", "Pour le Maître d'ouvrage"),
            staff(h, "gm"),
        ),
        (tr(lg, "For the Contractor", "Für den Auftragnehmer", "Pour le Prestataire"), owner()),
        d,
        lg,
    )
    if lg == "fr":
        hand(t.page, s.margin, t.y, "Lu et approuvé", 10)
        t.y += 20
    pages += t.pages
    remember(job, d, ref)
    return pages


CONDITION_TICKS = {
    "en": [
        "Scratches",
        "Woodworm",
        "Loose joints",
        "Stains",
        "Torn cover",
        "Broken springs",
        "Missing castor",
        "Veneer lifting",
    ],
    "de": [
        "Kratzer",
        "Holzwurm",
        "Lose Verbindungen",
        "Flecken",
        "Bezug gerissen",
        "Federn gebrochen",
        "Rolle fehlt",
        "Furnier lose",
    ],
    "fr": [
        "Rayures",
        "Vers à bois",
        "Assemblages lâches",
        "Taches",
        "Tissu déchiré",
        "Ressorts cassés",
        "Roulette manquante",
        "Placage décollé",
    ],
}


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's collection and delivery note from the A5 carbon pad: collected or
    delivered ticked, the items, their condition ticked, the customer's signature and the
    driver's initials; a run of the van's round now and then."""
    h = shop_head()
    lg = home()
    job = job_for(rng, ("order_confirmation",))
    if after(("delivery_note",)):
        job = a_job(rng)
    d = last_day(rng, ("delivery_note",), (0, 0))
    size = landscape(A5) if keyed(who, "pad").random() < 0.3 else A5
    s = style_of(h, size, margin=26, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "COLLECTION / DELIVERY NOTE",
            "ABHOL- / LIEFERSCHEIN",
            "BON D'ENLÈVEMENT / DE LIVRAISON",
        ),
        s.bold,
        10.5,
    )
    p.text(w - m, y, f"No {serial(rng, '99999')}", "Courier-Bold", 10, "right")
    y += 12
    deliv = rng.random() < 0.55
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Collected", "Abgeholt", "Enlevé"),
            tr(lg, "Delivered", "Geliefert", "Livré"),
            tr(lg, "Fitted", "Montiert", "Posé"),
        ],
        {1 if deliv else 0} | ({2} if deliv and job.curtains else set()),
        8,
        2.4,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.cust[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Address", "Adresse", "Adresse"), f"{job.cust[1]}, {job.cust[2]}"),
            (tr(lg, "Job", "Auftrag", "Dossier"), job.ref),
        ],
        per=2,
        tall=21,
    )
    p.text(m, y, tr(lg, "Items", "Gegenstände", "Articles"), s.bold, 8)
    y += 4
    for k in range(4):
        p.line(m, y + 13 * (k + 1), w - m, y + 13 * (k + 1))
    hand(p, m + 4, y + 11, fit(piece_name(job, lg), HAND, 9, w - 2 * m - 8), 9)
    if rng.random() < 0.5:
        hand(
            p,
            m + 4,
            y + 24,
            fit(
                rng.choice(
                    [
                        tr(lg, "+ 2 scatter cushions", "+ 2 Kissen", "+ 2 coussins"),
                        tr(lg, "+ loose covers", "+ Hussen", "+ housses"),
                        tr(lg, "+ spare fabric 0.5 m", "+ Reststoff 0,5 m", "+ chute de tissu"),
                    ]
                ),
                HAND,
                9,
                w - 2 * m,
            ),
            9,
        )
    y += 64
    if not deliv:
        p.text(
            m,
            y,
            tr(lg, "Condition on collection", "Zustand bei Abholung", "État à l'enlèvement"),
            s.bold,
            8,
        )
        y = ticks(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            CONDITION_TICKS[lg],
            set(rng.sample(range(8), rng.randint(0, 3))),
            7.5,
            2.4,
        )
    else:
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Balance paid", "Restbetrag bezahlt", "Solde réglé"),
                tr(lg, "Invoice to follow", "Rechnung folgt", "Facture à suivre"),
            ],
            {rng.randrange(2)},
            8,
            2.4,
        )
    y += 6
    p.text(
        m,
        min(y, hh - 60),
        tr(
            lg,
            "Received in good order / customer's signature",
            "Ware einwandfrei erhalten / Unterschrift Kunde",
            "Reçu en bon état / signature du client",
        ),
        s.font,
        6.5,
    )
    yy = min(y + 24, hh - 36)
    scrawl(p, m + 6, yy, job.cust[0], 11)
    p.line(m, yy + 3, w / 2 + 20, yy + 3)
    p.text(w / 2 + 40, yy - 14, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6.5)
    hand(p, w / 2 + 40, yy, staff(h, "fitter").split()[0][:2].upper(), 10)
    p.text(
        w - m,
        hh - 10,
        rng.choice(
            [
                tr(
                    lg,
                    "WHITE - customer   YELLOW - office",
                    "WEISS - Kunde   GELB - Büro",
                    "BLANC - client   JAUNE - atelier",
                ),
                "",
            ]
        ),
        s.font,
        5.5,
        "right",
    )
    remember(job, d)
    return [p]


CARE = {
    "en": [
        "Vacuum regularly with a soft brush attachment.",
        "Turn and plump cushions weekly.",
        "Keep out of direct sunlight to prevent fading.",
        "Blot spills at once; do not rub.",
        "Professional dry cleaning only.",
        "Do not remove the fire label.",
    ],
    "de": [
        "Regelmäßig mit Polsterdüse absaugen.",
        "Kissen wöchentlich wenden und aufschütteln.",
        "Vor direkter Sonne schützen.",
        "Flecken sofort abtupfen, nicht reiben.",
        "Nur professionelle Reinigung.",
        "Brandschutzetikett nicht entfernen.",
    ],
    "fr": [
        "Aspirer régulièrement avec une brosse douce.",
        "Retourner les coussins chaque semaine.",
        "Éviter l'exposition directe au soleil.",
        "Tamponner les taches sans frotter.",
        "Nettoyage à sec professionnel uniquement.",
        "Ne pas retirer l'étiquette feu.",
    ],
}


def tpl_customer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's invoice to its customer on completion: the work, the fabric, the deposit
    received deducted, the balance; now and then with the fabric care sheet behind."""
    h = shop_head()
    lg = home()
    job = job_for(rng, ("delivery_note", "order_confirmation"))
    if after(("customer_invoice",)):
        job = a_job(rng)
    d = last_day(rng, ("delivery_note",), (0, 2))
    size = A5 if keyed(who, "inv").random() < 0.2 else A4
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, _ = size
    m = s.margin
    no = f"{month().year}-{rng.randint(100, 640):04d}" if lg != "en" else serial(rng, "9999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        job.cust,
        d,
        [
            (tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Job", "Auftrag", "Dossier"), job.ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows, net = item_rows(rng, job, lg)
    cols = columns(m, w - m, [(5.5, "left"), (1, "right"), (1.3, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=7.5 if size == A5 else None,
    )
    rate = vat_rate(lg) if keyed(who, "vat").random() < 0.75 else 0.0
    gross = net * (1 + rate / 100)
    dep = -round(gross * (0.3 if lg == "fr" else 0.5), 0)
    totals(
        f,
        s,
        lg,
        net,
        rate,
        [
            (
                tr(
                    lg,
                    f"Less deposit received {short(d - timedelta(days=rng.randint(30, 60)), lg)}",
                    "abzgl. Anzahlung",
                    "Acompte versé",
                ),
                dep,
            )
        ],
    )
    if not rate:
        write(
            f,
            s,
            tr(
                lg,
                "Not VAT registered.",
                "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                "TVA non applicable, art. 293 B du CGI.",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Payment on delivery, by bank transfer or card. Thank you for your custom.",
            "Zahlbar sofort ohne Abzug. Vielen Dank für Ihren Auftrag.",
            "Paiement à réception. Merci de votre confiance.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        s2 = style_of(h, A5, margin=34, pt=8.5)
        c = Page(A5)
        c.text(
            A5[0] / 2,
            50,
            tr(
                lg,
                "Caring for your upholstery",
                "Pflegehinweise für Ihre Polstermöbel",
                "Conseils d'entretien",
            ),
            s2.bold,
            12,
            "center",
        )
        c.text(A5[0] / 2, 64, h.name, italic_of(s2.font), 8, "center")
        y = 92.0
        for t in CARE[lg]:
            for k, ln in enumerate(wrap(t, s2.font, 8.5, A5[0] - 90)):
                c.text(48 if k == 0 else 56, y, ("• " if k == 0 else "") + ln, s2.font, 8.5)
                y += 12
            y += 6
        c.text(
            48, y + 10, f"{tr(lg, 'Fabric', 'Stoff', 'Tissu')}: {fabric_name(job)}", s2.bold, 8.5
        )
        pages.append(c)
    remember(job, d)
    return pages


COMPONENTS = {
    "en": [
        "Frame",
        "Joints",
        "Show wood / polish",
        "Webbing",
        "Springs",
        "Stuffing",
        "Top cover",
        "Trimmings",
        "Castors / feet",
    ],
    "de": [
        "Gestell",
        "Verbindungen",
        "Sichtholz / Politur",
        "Gurte",
        "Federn",
        "Polsterung",
        "Bezug",
        "Posamenten",
        "Rollen / Füße",
    ],
    "fr": [
        "Bâti",
        "Assemblages",
        "Bois apparent / vernis",
        "Sangles",
        "Ressorts",
        "Garnissage",
        "Couverture",
        "Passementerie",
        "Roulettes / pieds",
    ],
}
GRADES = {
    "en": ["Good", "Fair", "Poor", "Missing"],
    "de": ["gut", "mittel", "schlecht", "fehlt"],
    "fr": ["Bon", "Moyen", "Mauvais", "Absent"],
}


PERIODS = {
    "en": [
        "c. 1870",
        "c. 1890",
        "c. 1760, later",
        "c. 1910",
        "c. 1935",
        "c. 1880",
        "1962",
        "c. 1820",
        "c. 1930",
        "c. 1900",
    ],
    "de": [
        "um 1870",
        "um 1890",
        "um 1760, spätere Polsterung",
        "um 1910",
        "um 1935",
        "um 1880",
        "1962",
        "um 1825",
        "um 1930",
        "um 1900",
    ],
    "fr": [
        "vers 1860",
        "vers 1890",
        "époque Louis XV",
        "vers 1900",
        "vers 1935",
        "vers 1880",
        "1962",
        "vers 1820",
        "vers 1930",
        "vers 1900",
    ],
}


def tpl_condition_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's condition report on an antique piece for a dealer or a historic house:
    the object fields, the condition by component with grades, the photo sheets with captions,
    the proposed treatment and the signature."""
    h = shop_head()
    lg = home()
    row, _ = trade_of(who, "dealer")
    job = a_job(rng, (row, lg), curtains=False)
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    inv = serial(rng, keyed(who, "inv").choice(["HPT.999", "Inv. 9999/9", "N° 99.99.9"]))
    f = sheets(s, h, tr(lg, "Condition report", "Zustandsbericht", "Constat d'état") + f" - {inv}")
    caption(f, s, tr(lg, "CONDITION REPORT", "ZUSTANDSBERICHT", "CONSTAT D'ÉTAT"), 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner / client", "Eigentümer", "Propriétaire"), row[0]),
            (tr(lg, "Inventory no.", "Inventar-Nr.", "N° d'inventaire"), inv),
            (tr(lg, "Object", "Objekt", "Objet"), PIECES[lg][job.piece][0]),
            (
                tr(lg, "Date / period", "Datierung", "Époque"),
                PERIODS[lg][job.piece],
            ),
            (
                tr(lg, "Dimensions (H x W x D)", "Maße (H x B x T)", "Dimensions (H x L x P)"),
                f"{rng.randint(70, 110)} x {rng.randint(55, 210)} x {rng.randint(50, 90)} cm",
            ),
            (tr(lg, "Examined", "Untersucht am", "Examiné le"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(2, "left"), (1, "left"), (5, "left")])
    rows = [
        [c, rng.choice(GRADES[lg][:3]), words(rng, lg, "work", rng.randint(4, 9))[:-1]]
        for c in COMPONENTS[lg]
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Component", "Bauteil", "Élément"),
            tr(lg, "Condition", "Zustand", "État"),
            tr(lg, "Observations", "Befund", "Observations"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.heading(
        m,
        tr(lg, "Proposed treatment", "Maßnahmenvorschlag", "Intervention proposée"),
        s.bold,
        s.size + 1,
    )
    for k in range(rng.randint(2, 5)):
        write(f, s, f"{k + 1}. " + words(rng, lg, "work"), s.size - 0.5, 8)
    write(
        f,
        s,
        tr(
            lg,
            "Original stuffing and any tack evidence will be recorded and retained where possible.",
            "Originale Polstermaterialien werden dokumentiert und nach Möglichkeit erhalten.",
            "Le garnissage d'origine sera documenté et conservé autant que possible.",
        ),
        s.size - 0.5,
    )
    pages = close(f.pages, s, h, numbers=rng.choice(["none", "{i}/{n}", h.numbers]))
    for k in range(rng.choice([1, 1, 2])):
        pages.append(
            photo_sheet(
                rng,
                s,
                tr(
                    lg,
                    f"Photographs ({k + 1}) - {inv}",
                    f"Fotodokumentation ({k + 1}) - {inv}",
                    f"Photographies ({k + 1}) - {inv}",
                ),
                [words(rng, lg, "work", rng.randint(3, 6))[:-1] for _ in range(4)],
                rng.choice([2, 4]),
            )
        )
    last = sheets(s, h, "", top=False)
    write(last, s, prose(rng, lg, "work", 2, 4))
    last.y += 10
    scrawl(last.page, m, last.y + 20, owner())
    last.page.line(m, last.y + 24, m + 200, last.y + 24)
    last.page.text(
        m,
        last.y + 34,
        f"{owner()} - {tr(lg, 'Master upholsterer', 'Raumausstattermeister', 'Maître tapissier')}",
        s.font,
        8,
    )
    if rng.random() < 0.5:
        pages.append(last.page)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates SSSSS: customers' complaints, the landlord, training, accountant and insurer
# ---------------------------------------------------------------------------------------------

GRIEFS = {
    "en": [
        "the buttons on the back have started to pull through",
        "the piping is puckered along the front edge",
        "the curtains are 4 cm short of the sill and do not match",
        "the pattern is not centred on the seat",
        "the chair was returned with a scratch on the left arm",
        "the blind cord jams when lowered",
    ],
    "de": [
        "die Knöpfe in der Rückenlehne reißen bereits aus",
        "der Keder wirft an der Vorderkante Falten",
        "die Vorhänge sind 4 cm zu kurz und ungleich lang",
        "das Muster sitzt auf der Sitzfläche nicht mittig",
        "der Sessel hat bei der Rücklieferung einen Kratzer an der linken Armlehne",
        "das Raffrollo klemmt beim Herablassen",
    ],
    "fr": [
        "les capitons du dossier commencent à se déchirer",
        "le passepoil fait des plis sur l'avant",
        "les rideaux sont trop courts de 4 cm et inégaux",
        "le motif n'est pas centré sur l'assise",
        "le fauteuil est revenu avec une rayure sur l'accoudoir gauche",
        "le store bateau se bloque à la descente",
    ],
}


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint about finished work: a handwritten note on A5 paper, a typed
    letter or a printed e-mail, often with photos of the fault printed behind."""
    job = a_job(rng)
    lg = job.cust_lang
    d = some_day(rng)
    g = rng.choice([2, 5] if job.curtains else [0, 1, 3, 4])
    form = rng.choice(["note", "letter", "mail"])
    pages: list[Page] = []
    shop = shop_head()
    name = job.cust[0]
    if form == "note":
        size = A5
        p = Page(size)
        w, hh = size
        y = 48.0
        hand(p, w - 150, y, short(d, lg), 10)
        for t in job.cust[1:]:
            y += 13
            hand(p, w - 150, y, fit(t, HAND, 9.5, 130), 9.5)
        y += 30
        text = (
            tr(
                lg,
                f"Dear {owner().split()[0]}, I am sorry to say that {GRIEFS['en'][g]}. ",
                "Sehr geehrte Damen und Herren, leider muss ich Ihnen mitteilen, dass "
                f"{GRIEFS['de'][g]}. ",
                f"Madame, Monsieur, je suis au regret de vous signaler que {GRIEFS['fr'][g]}. ",
            )
            + prose(rng, lg, "work", 1, 3)
            + tr(
                lg,
                " Please could you ring me.",
                " Bitte rufen Sie mich an.",
                " Merci de me rappeler.",
            )
        )
        for ln in wrap(text, HAND, 10.5, w - 80):
            if y > hh - 70:
                break
            hand(p, 40, y, ln, 10.5)
            y += 17
        hand(
            p,
            40,
            min(y + 14, hh - 50),
            tr(lg, "Yours,", "Mit freundlichen Grüßen", "Cordialement,"),
            10.5,
        )
        scrawl(p, 40, min(y + 44, hh - 24), name, 14)
        pages.append(p)
        s = Style("Helvetica", "Helvetica-Bold", 9, 40, "none", "bottom", A4, "short")
    else:
        s = Style(
            rng.choice(["Helvetica", "Times-Roman"]),
            "Helvetica-Bold",
            10,
            60,
            "none",
            "bottom",
            A4,
            "short",
        )
        f = plain(s, name if form == "letter" else "")
        w, hh = A4
        m = s.margin
        if form == "mail":
            f.page.text(m, f.y, fit(name, s.bold, 11, w - 2 * m), s.bold, 11)
            f.y += 16
            host = rng.choice(["gmail.com", "btinternet.com", "web.de", "orange.fr", "gmx.de"])
            mail = f"{name.split()[-2].lower()}.{name.split()[-1].lower()}@{host}"
            for lab, val in [
                (tr(lg, "From", "Von", "De"), f"{name} <{mail}>"),
                (
                    tr(lg, "Sent", "Gesendet", "Envoyé"),
                    f"{short(d, lg)} {rng.randint(7, 22)}:{rng.randint(10, 59)}",
                ),
                (tr(lg, "To", "An", "À"), shop.mail or shop.name),
                (
                    tr(lg, "Subject", "Betreff", "Objet"),
                    tr(
                        lg,
                        f"Re: my {PIECES['en'][job.piece][0].lower()}",
                        "Reklamation",
                        "Réclamation",
                    ),
                ),
            ]:
                f.page.text(m, f.y, f"{lab}:", s.bold, 9)
                f.page.text(m + 60, f.y, fit(val, s.font, 9, w - 2 * m - 60), s.font, 9)
                f.y += 12
            f.page.line(m, f.y, w - m, f.y)
            f.y += 18
        else:
            for k, t in enumerate(job.cust):
                f.page.text(w - m, f.y + 12 * k, t, s.font, s.size, "right")
            f.y += 50
            for t in shop_lines():
                f.page.text(m, f.y, t, s.font, s.size)
                f.y += 12
            f.y += 10
            f.page.text(w - m, f.y, short(d, lg), s.font, s.size, "right")
            f.y += 24
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += 20
        write(
            f,
            s,
            tr(
                lg,
                f"On {short(d - timedelta(days=rng.randint(5, 40)), lg)} you returned my "
                f"{piece_name(job, lg).lower()}. Unfortunately {GRIEFS['en'][g]}.",
                f"am {short(d - timedelta(days=rng.randint(5, 40)), lg)} haben Sie mir meinen "
                f"Auftrag ({piece_name(job, lg)}) geliefert. Leider {GRIEFS['de'][g]}.",
                f"Le {short(d - timedelta(days=rng.randint(5, 40)), lg)}, vous m'avez livré "
                f"({piece_name(job, lg)}). Malheureusement, {GRIEFS['fr'][g]}.",
            ),
        )
        write(f, s, prose(rng, lg, "curtain" if job.curtains else "work", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                f"I paid {cash(job.labour + job.metres * job.price, lg)} for this work and expect "
                "it to be put right at no further cost.",
                f"Ich habe {cash(job.labour + job.metres * job.price, lg)} bezahlt und erwarte "
                "eine kostenlose Nachbesserung.",
                f"J'ai réglé {cash(job.labour + job.metres * job.price, lg)} et je vous demande "
                "de reprendre le travail sans frais.",
            ),
        )
        f.y += 10
        f.page.text(
            m,
            f.y,
            tr(lg, "Yours sincerely", "Mit freundlichen Grüßen", "Cordialement"),
            s.font,
            s.size,
        )
        f.y += 30
        scrawl(f.page, m, f.y, name)
        f.page.text(m, f.y + 14, name, s.font, s.size)
        pages += f.pages
    if rng.random() < 0.55:
        sp = Style("Helvetica", "Helvetica-Bold", 9, 40, "none", "bottom", A4, "short")
        pages.append(
            photo_sheet(
                rng,
                sp,
                tr(lg, "Photos", "Fotos", "Photos"),
                [rng.choice(["IMG_" + serial(rng, "9999") + ".jpg", ""]) for _ in range(4)],
                rng.choice([2, 4]),
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(job, d, g)
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's reply to a complaint: apology or explanation, what was found when the
    piece was inspected, the remedy offered and a date for it; one or two pages."""
    h = shop_head()
    lg = home()
    ex = LAST["extra"]
    if after(("complaint",)) and isinstance(LAST["job"], Job) and isinstance(ex, int):
        job, g = LAST["job"], ex
    else:
        job = a_job(rng)
        g = rng.choice([2, 5] if job.curtains else [0, 1, 3, 4])
    d = last_day(rng, ("complaint",), (2, 10))
    s = style_of(h, A4)
    f = sheets(s, h, f"{h.name} - {job.ref}")
    recipient(f, s, h, job.cust, d, [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.ref)])
    caption(
        f,
        s,
        tr(
            lg,
            f"Your {piece_name(job, lg).lower()}",
            f"Ihre Reklamation - {piece_name(job, lg)}",
            f"Votre réclamation - {piece_name(job, lg)}",
        ),
        0.5,
    )
    f.page.text(s.margin, f.y, dear(lg, job.cust[0]), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for letting us know that {GRIEFS['en'][g]}, and I am sorry for the "
            "trouble this has caused.",
            f"vielen Dank für Ihre Nachricht. Es tut uns leid, dass {GRIEFS['de'][g]}.",
            f"Nous vous remercions de votre courrier et regrettons que {GRIEFS['fr'][g]}.",
        ),
    )
    write(f, s, prose(rng, lg, "curtain" if job.curtains else "work", 2, 5))
    visit = d + timedelta(days=rng.randint(4, 14))
    write(
        f,
        s,
        tr(
            lg,
            f"We will collect the piece on {day(h, visit)} and put it right free of charge; it "
            "should be back with you within two weeks.",
            f"Wir holen das Stück am {day(h, visit)} ab und bessern kostenlos nach.",
            f"Nous passerons le {day(h, visit)} pour reprendre l'ouvrage gracieusement.",
        ),
    )
    if rng.random() < 0.4:
        write(f, s, prose(rng, lg, "legal", 1, 2))
    regards(f, s, lg, owner(), tr(lg, "Proprietor", "Inhaber/in", "Gérant(e)"))
    pages = close(f.pages, s, h, numbers="none")
    remember(job, d)
    return pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's invoice for the workshop unit: a quarterly rent demand, a monthly
    Mietrechnung for a Gewerbehalle or an avis d'échéance for a local d'activité; now and then
    the service charge budget behind; A4 or A5."""
    h = head_of(who, "landlord")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    step = 3 if lg == "en" else 1
    ex = LAST["extra"]
    if after(("rent_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)
    else:
        q0 = add_months(month(), rng.randint(0, 1))
    d = q0 - timedelta(days=rng.randint(7, 21))
    shop = shop_head()
    rent = keyed(who, "rent").choice([640.0, 780.0, 920.0, 1150.0, 1380.0])
    f = sheets(s, h)
    no = serial(rng, "999999")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Tenant", "Mieter-Nr.", "Locataire"), serial(keyed(who, "t"), "T9999")),
            (tr(lg, "Invoice", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(f, s, tr(lg, "RENT DEMAND", "MIETRECHNUNG", "AVIS D'ÉCHÉANCE"), 3)
    unit = keyed(who, "unit").choice(
        [
            shop.street,
            f"{shop.street} "
            f"({tr(lg, 'workshop and store', 'Werkstatt und Lager', 'atelier et réserve')})",
        ]
    )
    if lg == "en":
        period = f"{short(q0, lg)} - {short(add_months(q0, 3) - timedelta(days=1), lg)}"
        rows = [
            ["Rent", period, money(rent * 3, lg)],
            ["Service charge (on account)", period, money(rent * 0.3, lg)],
            ["Buildings insurance", period, money(rent * 0.06, lg)],
        ]
        net = rent * 3.36
    else:
        period = f"{MONTH_NAMES[lg][q0.month - 1]} {q0.year}"
        rows = [
            [tr(lg, "", "Grundmiete Werkstatt", "Loyer"), period, money(rent, lg)],
            [
                tr(lg, "", "Nebenkostenvorauszahlung", "Provision sur charges"),
                period,
                money(rent * 0.16, lg),
            ],
        ]
        net = rent * 1.16
    write(f, s, f"{tr(lg, 'Premises', 'Mietobjekt', 'Lot')}: {unit}", s.size - 0.5)
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
    totals(f, s, lg, round(net, 2), vat_rate(lg) if rng.random() < 0.7 else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Due in advance on {day(h, q0)}.",
            "Fällig zum 3. Werktag des Monats.",
            "Payable d'avance le 1er du mois.",
        ),
        s.size - 1,
    )
    if lg == "fr" and f.y < hh - 140:
        y = hh - m - 90
        slip_rule(f.page, m, w - m, y, "Talon à joindre à votre règlement")
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                ("Locataire", shop.name),
                ("Avis n°", no),
                ("Montant", cash(net, lg)),
                ("Échéance", short(q0, lg)),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.2:
        b = sheets(style_of(h, A4), h, "", top=False)
        sb = style_of(h, A4)
        caption(
            b,
            sb,
            tr(
                lg,
                f"Service charge budget {q0.year}",
                f"Nebenkostenaufstellung {q0.year}",
                f"Budget prévisionnel des charges {q0.year}",
            ),
            2,
        )
        items = tr(
            lg,
            "Estate cleaning|Landscaping|Security patrol|Street lighting|Refuse|Management "
            "fee|Reserve fund",
            "Grundsteuer|Müllabfuhr|Winterdienst|Hausmeister|Beleuchtung "
            "Hof|Versicherung|Verwaltung",
            "Nettoyage|Espaces verts|Gardiennage|Éclairage|Taxe ordures|Honoraires syndic|Fonds "
            "travaux",
        ).split("|")
        tot = 0.0
        brow = []
        for it in items:
            v = round(rng.uniform(800, 9000), 0)
            tot += v
            brow.append(
                [
                    it,
                    money(v, lg),
                    f"{rng.uniform(2, 9):.2f} %",
                    money(v * rng.uniform(0.02, 0.09), lg),
                ]
            )
        table(
            b,
            columns(
                sb.margin,
                A4[0] - sb.margin,
                [(3, "left"), (1.3, "right"), (1, "right"), (1.3, "right")],
            ),
            [
                tr(lg, "Heading", "Kostenart", "Poste"),
                tr(lg, "Estate", "Gesamt", "Total"),
                tr(lg, "Share", "Anteil", "Quote-part"),
                tr(lg, "Your unit", "Ihr Anteil", "Votre lot"),
            ],
            brow,
            sb,
            rules=True,
        )
        pages += b.pages
    received(rng, pages[0], d, 0.3)
    remember(None, d, (h.name, q0))
    return pages


def tpl_apprentice_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """An apprenticeship agreement as the training body returns it registered: an
    apprenticeship agreement with the commitment statement (England), a Berufsausbildungsvertrag
    for a Raumausstatter/in with the training plan (Handwerkskammer), a contrat d'apprentissage
    for a CAP tapissier with the CFA's convention (France)."""
    h = head_of(who, "training")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    shop = shop_head()
    r = random.Random(rng.random())
    appr = f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"
    born = date(d.year - rng.randint(16, 19), rng.randint(1, 12), rng.randint(1, 28))
    start = add_months(d, rng.randint(0, 2))
    years = 3 if lg != "en" else 2
    f = sheets(
        s,
        h,
        tr(
            lg,
            f"Apprenticeship agreement - {appr}",
            f"Berufsausbildungsvertrag - {appr}",
            f"Contrat d'apprentissage - {appr}",
        ),
    )
    title = tr(
        lg,
        "APPRENTICESHIP AGREEMENT",
        "BERUFSAUSBILDUNGSVERTRAG (§§ 10, 11 BBiG)",
        "CONTRAT D'APPRENTISSAGE",
    )
    caption(f, s, title, 4)
    if lg == "fr":
        f.page.text(w - m, f.y - 30, "cerfa N° 10103*10", s.bold, 8, "right")
    elif lg == "de":
        f.page.text(w - m, f.y - 30, f"Eintragung Nr. {serial(rng, '99/9999')}", s.font, 8, "right")
    f.y = band(f.page, s, f.y, tr(lg, "Employer", "Ausbildender (Betrieb)", "L'employeur")) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Dénomination"), shop.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
            (tr(lg, "Supervisor / mentor", "Ausbilder/in", "Maître d'apprentissage"), owner()),
            (tr(lg, "Employees", "Beschäftigte", "Effectif"), str(rng.randint(3, 5))),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.5,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Apprentice", "Auszubildende/r", "L'apprenti(e)")) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), appr),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 80)} {rng.choice(ROADS[lg])}"
                if lg != "de"
                else f"{rng.choice(ROADS[lg])} {rng.randint(1, 80)}",
            ),
            (tr(lg, "Town", "Ort", "Ville"), rng.choice(TOWNS[lg])),
        ],
        per=2,
        tall=24,
        hand=True,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Training", "Ausbildung", "La formation")) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Standard", "Ausbildungsberuf", "Diplôme préparé"),
                tr(
                    lg,
                    "Upholsterer (Level 3)",
                    "Raumausstatter/in",
                    "CAP Tapissier-tapissière d'ameublement en siège",
                ),
            ),
            (tr(lg, "Start date", "Beginn", "Date de début"), short(start, lg)),
            (
                tr(lg, "Planned end", "Ende", "Date de fin"),
                short(start.replace(year=start.year + years) - timedelta(days=1), lg),
            ),
            (
                tr(lg, "Probation", "Probezeit", "Période d'essai"),
                tr(lg, "-", "4 Monate", "45 jours"),
            ),
            (
                tr(lg, "Training provider", "Berufsschule", "CFA"),
                h.name if lg != "de" else "Gewerbliche Schule " + h.town.split()[-1],
            ),
            (
                tr(lg, "Weekly hours", "Wöchentl. Arbeitszeit", "Durée hebdo."),
                rng.choice(["37.5", "39", "35", "40"]),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    if lg != "en":
        pay = [tr(lg, "", f"{k + 1}. Ausbildungsjahr", f"{k + 1}re année") for k in range(3)]
        f.y = band(f.page, s, f.y, tr(lg, "", "Vergütung (brutto monatlich)", "Rémunération")) + 8
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [(t, cash(v, lg)) for t, v in zip(pay, [682.0, 805.0, 921.0], strict=True)],
            per=3,
            tall=22,
            hand=False,
        )
    else:
        write(
            f,
            s,
            f"Wage: £{rng.choice(['6.40', '7.55', '8.10'])} per hour. Off-the-job training: at "
            "least 20% of paid hours.",
            s.size,
        )
    for k in range(rng.randint(2, 4)):
        write(f, s, f"§ {k + 1} " + prose(rng, lg, "legal", 1, 2), s.size - 1)
    signature_block(
        f,
        s,
        (tr(lg, "Employer", "Ausbildender", "L'employeur"), owner()),
        (tr(lg, "Apprentice", "Auszubildende/r", "L'apprenti(e)"), appr),
        d,
        lg,
    )
    if rng.random() < 0.4:
        f.y += 4
        f.page.text(
            s.margin,
            f.y,
            tr(
                lg,
                "Parent / guardian (if under 18)",
                "Gesetzliche Vertreter (bei Minderjährigen)",
                "Représentant légal (apprenti mineur)",
            ),
            s.font,
            7.5,
        )
        scrawl(f.page, s.margin + 180, f.y + 4, f"{r.choice(FIRSTS[lg])} {appr.split()[-1]}")
        f.y += 24
    if lg != "en":
        stamp(
            f.page,
            w - m - 170,
            f.y + 6,
            [
                tr(lg, "", "EINGETRAGEN", "ENREGISTRÉ"),
                h.name[:26],
                short(d + timedelta(days=rng.randint(5, 20)), lg),
            ],
        )
    pages = close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    t = sheets(s, h, "", top=False)
    if lg == "de":
        caption(t, s, "Anlage: Sachliche und zeitliche Gliederung der Ausbildung", 2)
        rows = [
            [f"{k + 1}", it, f"{rng.randint(2, 12)}", f"{rng.randint(1, 3)}"]
            for k, it in enumerate(
                [
                    "Polstern von Sitzmöbeln",
                    "Zuschneiden und Nähen",
                    "Dekorationen anfertigen",
                    "Sonnenschutz montieren",
                    "Bodenbeläge verlegen",
                    "Wandbekleidungen",
                    "Kundenberatung",
                    "Arbeitssicherheit, Umweltschutz",
                    "Aufmaß und Kalkulation",
                ]
            )
        ]
        table(
            t,
            columns(
                s.margin, w - s.margin, [(0.5, "left"), (5, "left"), (1.2, "right"), (1.2, "right")]
            ),
            ["Nr.", "Ausbildungsinhalt", "Wochen", "Jahr"],
            rows,
            s,
            rules=True,
            step=1.9,
        )
    elif lg == "fr":
        caption(t, s, "Convention de formation - CFA", 2)
        t.y = fields(
            t.page,
            s,
            s.margin,
            t.y,
            w - 2 * s.margin,
            [
                ("Diplôme", "CAP Tapissier d'ameublement"),
                ("Durée en CFA", f"{rng.randint(800, 840)} h"),
                ("Rythme", "1 semaine CFA / 2 semaines entreprise"),
                ("OPCO", "OPCO EP"),
                ("Coût NPEC", cash(rng.choice([7200.0, 8100.0]), lg)),
                ("N° UAI", serial(rng, "9999999A")),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        for _ in range(rng.randint(3, 5)):
            write(t, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
        signature_block(
            t, s, ("Pour le CFA", staff(h, "dir")), ("Pour l'employeur", owner()), d, lg
        )
    else:
        caption(t, s, "Commitment Statement", 2)
        for k, sec in enumerate(
            [
                "Apprenticeship details",
                "Roles and responsibilities",
                "Off-the-job training plan",
                "Complaints",
                "Signatures",
            ]
        ):
            t.heading(s.margin, f"{k + 1}. {sec}", s.bold, s.size + 0.5)
            if k == 2:
                rows = [
                    [
                        f"Month {3 * j + 1}-{3 * j + 3}",
                        rng.choice(
                            [
                                "Traditional seat work",
                                "Frame repair",
                                "Cutting and sewing",
                                "Modern upholstery",
                                "Soft furnishings",
                            ]
                        ),
                        f"{rng.randint(60, 140)} h",
                    ]
                    for j in range(6)
                ]
                table(
                    t,
                    columns(s.margin, w - s.margin, [(1.5, "left"), (4, "left"), (1, "right")]),
                    ["Period", "Module", "Hours"],
                    rows,
                    s,
                    rules=True,
                )
            elif k == 4:
                signature_block(
                    t, s, ("Employer", owner()), ("Training provider", staff(h, "dir")), d, lg
                )
            else:
                write(t, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages += close(t.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return pages


def tpl_vat_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The accountant's covering letter with the VAT return print behind (the VAT return
    summary of the MTD software, an Umsatzsteuer-Voranmeldung with its ELSTER transmission
    record, a CA3), now and then the submission receipt; the client to sign or pay."""
    h = head_of(who, "accountant")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    m = s.margin
    shop = shop_head()
    per_end = add_months(month(), 0) - timedelta(days=1)
    per_start = add_months(per_end.replace(day=1), -2 if lg == "en" else 0)
    sales = round(rng.uniform(9000, 38000), 2) * (3 if lg == "en" else 1) / 2
    purch = round(sales * rng.uniform(0.2, 0.45), 2)
    out_tax = round(sales * vat_rate(lg) / 100, 2)
    in_tax = round(purch * vat_rate(lg) / 100, 2)
    due = out_tax - in_tax
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(owner()),
        d,
        [(tr(lg, "Our ref", "Mandant", "Dossier"), serial(keyed(who, "client"), "99999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"VAT return - period ended {short(per_end, lg)}",
            f"Umsatzsteuer-Voranmeldung {MONTH_NAMES['de'][per_end.month - 1]} {per_end.year}",
            f"Déclaration de TVA CA3 - {MONTH_NAMES['fr'][per_end.month - 1]} {per_end.year}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, mx_name(owner(), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Please find enclosed a copy of your VAT return for the quarter, which we have "
            f"submitted to HMRC on your behalf. The amount payable is {cash(due, lg)} "
            f"and must reach HMRC by {day(h, per_end + timedelta(days=37))}.",
            "anbei erhalten Sie die Umsatzsteuer-Voranmeldung, die wir für Sie über ELSTER "
            f"übermittelt haben. Die Zahllast von {cash(due, lg)} wird "
            f"zum {day(h, per_end + timedelta(days=10))} per Lastschrift eingezogen.",
            "Vous trouverez ci-joint votre déclaration de TVA télétransmise. Le montant de "
            f"{cash(due, lg)} sera prélevé à l'échéance du "
            f"{day(h, per_end + timedelta(days=24))}.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 3))
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "We are still missing the fabric supplier's credit note and the receipts for the "
                "van. Please send them with next month's papers.",
                "Es fehlen noch die Gutschrift Ihres Stofflieferanten und die Tankbelege; bitte "
                "reichen Sie diese mit den nächsten Unterlagen nach.",
                "Il nous manque encore l'avoir de votre fournisseur de tissus et les "
                "justificatifs de carburant.",
            ),
        )
    regards(
        f, s, lg, staff(h, "partner"), tr(lg, "Partner", "Steuerberater/in", "Expert-comptable")
    )
    pages = close(f.pages, s, h, numbers="none")
    sr = Style("Helvetica", "Helvetica-Bold", 9, 48, "none", "bottom", A4, "short")
    g = plain(sr, tr(lg, "VAT return", "Umsatzsteuer-Voranmeldung", "CA3"))
    if lg == "en":
        caption(g, sr, "VAT Return", 4)
        write(
            g,
            sr,
            f"{shop.name} - VRN {serial(keyed(who, 'vrn'), '999 9999 99')} - Period "
            f"{short(per_start, lg)} to {short(per_end, lg)}",
            8.5,
        )
        boxes = [
            ("1", "VAT due on sales and other outputs", out_tax),
            ("2", "VAT due on acquisitions from EU member states", 0.0),
            ("3", "Total VAT due", out_tax),
            ("4", "VAT reclaimed on purchases and other inputs", in_tax),
            ("5", "Net VAT to pay to HMRC", due),
            ("6", "Total value of sales, excluding VAT", sales),
            ("7", "Total value of purchases, excluding VAT", purch),
            ("8", "Total value of supplies to EU member states", 0.0),
            ("9", "Total value of acquisitions from EU", 0.0),
        ]
        for no, t, v in boxes:
            g.need(24)
            g.page.rect(48, g.y - 12, A4[0] - 96, 20)
            g.page.text(56, g.y + 2, f"Box {no}", sr.bold, 8.5)
            g.page.text(100, g.y + 2, t, sr.font, 8.5)
            g.page.text(A4[0] - 56, g.y + 2, money(v, lg), "Courier-Bold", 9, "right")
            g.y += 22
        g.y += 10
        write(
            g,
            sr,
            f"Submitted {short(d - timedelta(days=1), lg)} "
            f"{rng.randint(9, 17)}:{rng.randint(10, 59)} via "
            f"{rng.choice(['Xero', 'QuickBooks', 'FreeAgent', 'Sage'])}. Receipt ID "
            f"{serial(rng, '99999999999999')}",
            8,
        )
    elif lg == "de":
        g.page.text(48, g.y, "Übertragungsprotokoll", sr.bold, 12)
        g.page.text(A4[0] - 48, g.y, "ELSTER", sr.bold, 12, "right")
        g.y += 20
        g.y = fields(
            g.page,
            sr,
            48,
            g.y,
            A4[0] - 96,
            [
                (
                    "Steuernummer",
                    f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}",
                ),
                ("Zeitraum", f"{per_end.month:02d}/{per_end.year}"),
                ("Transferticket", serial(rng, "aa9aa99aa99aa9a").lower()),
                ("Übermittelt am", short(d - timedelta(days=1), lg)),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        for kz, t, v in [
            ("81", "Steuerpflichtige Umsätze 19 %", sales),
            ("86", "Steuerpflichtige Umsätze 7 %", 0.0),
            ("66", "Vorsteuerbeträge", in_tax),
            ("83", "Verbleibende Umsatzsteuer-Vorauszahlung", due),
        ]:
            g.need(22)
            g.page.text(56, g.y, f"Kz {kz}", "Courier-Bold", 9)
            g.page.text(110, g.y, t, sr.font, 9)
            g.page.text(A4[0] - 56, g.y, money(v, lg), "Courier", 9, "right")
            g.page.line(48, g.y + 5, A4[0] - 48, g.y + 5)
            g.y += 18
        write(
            g,
            sr,
            "Die Daten wurden authentifiziert übermittelt. " + prose(rng, lg, "money", 1, 2),
            8,
        )
    else:
        g.page.text(48, g.y, "cerfa n°3310*CA3", sr.font, 8)
        g.page.text(
            A4[0] / 2,
            g.y + 14,
            "TVA ET TAXES ASSIMILÉES - Régime réel normal",
            sr.bold,
            11,
            "center",
        )
        g.y += 34
        for ln, t, v in [
            ("A1", "Ventes, prestations de services", sales),
            ("08", "Taux normal 20 % - base", sales),
            ("16", "Total de la TVA brute due", out_tax),
            ("20", "Autres biens et services - TVA déductible", in_tax),
            ("23", "Total TVA déductible", in_tax),
            ("28", "TVA nette due", due),
        ]:
            g.need(22)
            g.page.rect(48, g.y - 11, 30, 16)
            g.page.text(63, g.y + 1, ln, sr.bold, 8, "center")
            g.page.text(86, g.y + 1, t, sr.font, 8.5)
            g.page.text(A4[0] - 56, g.y + 1, money(v, lg), "Courier", 9, "right")
            g.y += 20
        write(
            g,
            sr,
            f"Télédéclaration EDI-TVA du {short(d - timedelta(days=1), lg)} - accusé de réception "
            f"n° {serial(rng, '9999999999')}",
            8,
        )
    pages += g.pages
    if rng.random() < 0.3:
        rp = Page(A4)
        rp.text(
            48,
            60,
            tr(
                lg,
                "Thank you - your VAT return has been received",
                "Eingangsbestätigung",
                "Accusé de réception",
            ),
            "Helvetica-Bold",
            13,
        )
        y = 90.0
        for lab, val in [
            (
                tr(lg, "Submission reference", "Transferticket", "Référence"),
                serial(rng, "99999999999"),
            ),
            (
                tr(lg, "Date and time", "Datum/Uhrzeit", "Date et heure"),
                f"{short(d - timedelta(days=1), lg)} {rng.randint(9, 17)}:{rng.randint(10, 59)}",
            ),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(per_start, lg)} - {short(per_end, lg)}",
            ),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(due, lg)),
        ]:
            rp.text(48, y, lab, "Helvetica", 9)
            rp.text(230, y, val, "Helvetica-Bold", 9)
            y += 16
        rp.text(
            48,
            y + 20,
            tr(
                lg,
                "Printed from HMRC online services",
                "Ausdruck aus Mein ELSTER",
                "Impression depuis impots.gouv.fr - espace professionnel",
            ),
            "Helvetica-Oblique",
            7,
        )
        rp.text(A4[0] - 48, A4[1] - 24, f"1/1  {short(d, lg)}", "Helvetica", 7, "right")
        pages.append(rp)
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def mx_name(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


QUERIES = {
    "en": [
        "Payment to {p} - what was this for?",
        "Receipt from {p} - sale or refund?",
        "Cash withdrawal - please explain",
        "Invoice missing for payment to {p}",
        "Value of fabric and foam stock at {d}",
        "Private use of the van - mileage split?",
        "Transfer from personal account - loan?",
        "Card payment {p} - business or private?",
    ],
    "de": [
        "Zahlung an {p} - wofür?",
        "Eingang von {p} - Umsatz oder Erstattung?",
        "Barabhebung - bitte erläutern",
        "Beleg fehlt: Zahlung an {p}",
        "Stoff- und Schaumstoffbestand zum {d}",
        "Privatnutzung Transporter - Fahrtenbuch?",
        "Einlage vom Privatkonto - Darlehen?",
        "Kartenzahlung {p} - betrieblich oder privat?",
    ],
    "fr": [
        "Paiement à {p} - nature de la dépense ?",
        "Encaissement {p} - vente ou remboursement ?",
        "Retrait d'espèces - justificatif ?",
        "Facture manquante : paiement à {p}",
        "Stock de tissus et mousses au {d}",
        "Usage privé du véhicule - répartition ?",
        "Virement du compte personnel - apport ?",
        "Paiement CB {p} - pro ou perso ?",
    ],
}


def tpl_accountant_queries(rng: random.Random, who: Issuer) -> list[Page]:
    """The accountant's year-end letter with the list of queries on the books (unexplained
    bank items, missing invoices, stock of fabric, drawings) for the client to answer on the
    list, part of it answered in hand."""
    h = head_of(who, "accountant")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    m = s.margin
    ye = date(month().year - (1 if month().month < 5 else 0), 12 if lg != "en" else 3, 31)
    f = sheets(s, h, f"{h.name} - {shop_head().name}")
    recipient(
        f,
        s,
        h,
        shop_lines(owner()),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "AA/99"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Accounts for the year ended {short(ye, lg)}",
            f"Jahresabschluss {ye.year} - offene Fragen",
            f"Bilan {ye.year} - points en suspens",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, mx_name(owner(), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "We are working on your accounts and have a number of queries, listed on the "
            "attached sheet. Please answer them on the sheet and return it with any documents.",
            "wir arbeiten an Ihrem Jahresabschluss. Bitte beantworten Sie die Fragen auf der "
            "beigefügten Liste und senden Sie diese mit den Belegen zurück.",
            "Nous préparons vos comptes annuels. Merci de répondre aux questions de la liste "
            "jointe et de nous la retourner avec les justificatifs.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "senior"),
        tr(lg, "Accounts senior", "Steuerfachangestellte/r", "Collaborateur comptable"),
    )
    pages = close(f.pages, s, h, numbers="none")
    land = rng.random() < 0.5
    s2 = style_of(h, landscape(A4) if land else A4, margin=40, pt=8.5)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p, n: (
            running_header(
                p,
                s2,
                tr(lg, "Schedule of queries", "Fragenliste", "Liste des questions")
                + f" - {shop_head().name}",
            )
            + 6
        ),
    )
    caption(g, s2, tr(lg, "Schedule of queries", "Fragenliste", "Liste des questions"), 2)
    cols = columns(
        40, w2 - 40, [(0.4, "left"), (1.2, "left"), (4, "left"), (1.2, "right"), (3.2, "left")]
    )
    payees = ["Amazon", "PayPal", "Dunelm", "Ikea", "SumUp", "eBay", "Leroy Merlin", "Bauhaus", "?"]
    rows = []
    for k in range(rng.randint(6, 16)):
        dd = ye - timedelta(days=rng.randint(1, 360))
        q = rng.choice(QUERIES[lg])
        text = q.format(p=rng.choice(payees), y=ye.year, d=short(ye, lg))
        rows.append([str(k + 1), short(dd, lg), text, money(rng.uniform(12, 2400), lg), ""])
    table(
        g,
        cols,
        [
            "#",
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Query", "Frage", "Question"),
            tr(lg, "Amount", "Betrag", "Montant"),
            tr(lg, "Your answer", "Ihre Antwort", "Votre réponse"),
        ],
        rows,
        s2,
        rules=True,
        step=2.4,
    )
    # some answers in hand, written over the empty column
    ans = tr(
        lg,
        "fabric for job|personal - drawings|see invoice attached|sundries cash|don't know|van "
        "insurance",
        "Stoff Auftrag|privat|Rechnung anbei|Kleinmaterial|weiß nicht|Kfz-Versicherung",
        "tissu dossier|perso|facture jointe|fournitures|je ne sais pas|assurance",
    ).split("|")
    for p in g.pages:
        for it in p.items[:]:
            if (
                it[0] == "text"
                and it[1][3] == s2.font
                and it[1][0] == cols[0][0]
                and rng.random() < 0.6
                and str(it[1][2]).isdigit()
            ):
                p.text(
                    cols[4][0] + 4,
                    float(it[1][1]),
                    fit(rng.choice(ans), HAND, 9, cols[4][1] - cols[4][0] - 6),
                    HAND,
                    9,
                )  # type: ignore[arg-type]
    pages += g.pages
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


SECTIONS = {
    "en": [
        "Contents (tools, machinery, stock)",
        "Goods in trust (customers' furniture)",
        "Business interruption",
        "Money",
        "Employers' liability",
        "Public and products liability",
        "Goods in transit",
    ],
    "de": [
        "Inhaltsversicherung (Einrichtung, Maschinen, Vorräte)",
        "Fremdes Eigentum (Kundenmöbel)",
        "Betriebsunterbrechung",
        "Geld und Wertsachen",
        "Betriebshaftpflicht",
        "Produkthaftpflicht",
        "Transportversicherung",
    ],
    "fr": [
        "Contenu (outillage, machines, stock)",
        "Biens confiés (meubles des clients)",
        "Perte d'exploitation",
        "Valeurs",
        "Responsabilité civile exploitation",
        "RC après travaux",
        "Marchandises transportées",
    ],
}


ENDORSE = {
    "en": [
        "Minimum security - locks and alarm",
        "Goods in trust - customers' property",
        "Heat work precautions",
        "Waste and flammable materials",
        "Unoccupancy",
        "Theft from unattended vehicles",
        "Sprinkler exclusion",
        "Interest of landlord noted",
    ],
    "de": [
        "Sicherungsrichtlinien Einbruchdiebstahl",
        "Fremdes Eigentum in Obhut",
        "Feuergefährliche Arbeiten",
        "Lagerung brennbarer Materialien",
        "Stillstand des Betriebs",
        "Diebstahl aus Kraftfahrzeugen",
        "Sicherungsschein zugunsten des Vermieters",
        "Obliegenheiten vor dem Versicherungsfall",
    ],
    "fr": [
        "Protection vol - serrures et alarme",
        "Biens confiés par la clientèle",
        "Travaux par points chauds",
        "Stockage de matières inflammables",
        "Inoccupation des locaux",
        "Vol dans les véhicules",
        "Clause bénéficiaire du bailleur",
        "Déclaration du risque",
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's policy schedule for the workshop: now and then behind a renewal letter;
    the insured, the premises, the sections with sums insured and excesses, the premium; the
    endorsements pages; numbered "Page i of n"."""
    h = head_of(who, "insurer")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    shop = shop_head()
    pol = serial(rng, keyed(who, "pol").choice(["CRF/999999/AA", "99.999.999-9", "AA 999 999 99"]))
    start = add_months(month(), 1)
    pages: list[Page] = []
    if rng.random() < 0.45:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            shop_lines(),
            d,
            [(tr(lg, "Policy", "Versicherungsschein-Nr.", "Contrat n°"), pol)],
        )
        caption(
            c,
            s,
            tr(lg, "Your policy renewal", "Ihre Vertragsverlängerung", "Échéance de votre contrat"),
            1,
        )
        c.page.text(m, c.y, dear(lg, None), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                f"Your Craft & Workshop policy renews on {day(h, start)}. Please check the "
                "enclosed schedule carefully and tell us of any changes.",
                f"Ihr Vertrag verlängert sich zum {day(h, start)}. Bitte prüfen Sie den "
                "beiliegenden Nachtrag.",
                f"Votre contrat arrive à échéance le {day(h, start)}. Veuillez vérifier les "
                "conditions particulières jointes.",
            ),
        )
        write(c, s, prose(rng, lg, "legal", 2, 3))
        regards(
            c,
            s,
            lg,
            staff(h, "uw"),
            tr(lg, "Customer services", "Kundenservice", "Service clients"),
        )
        pages += close(c.pages, s, h, numbers="none")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Policy schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
    )
    caption(f, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), shop.name),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Upholsterer and soft furnisher",
                    "Raumausstatter / Polsterei",
                    "Tapissier décorateur",
                ),
            ),
            (tr(lg, "Premises", "Risikoort", "Lieu du risque"), f"{shop.street}, {shop.town}"),
            (
                tr(lg, "Construction", "Bauart", "Construction"),
                tr(
                    lg, "Brick, slate roof", "Massiv, harte Bedachung", "Maçonnerie, toiture tuiles"
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    rows = []
    prem = 0.0
    for sec in SECTIONS[lg][: rng.randint(4, 7)]:
        liab = sec in SECTIONS[lg][4:6]
        si = rng.choice([2000000, 5000000, 10000000] if liab else [15000, 25000, 40000, 60000])
        p_ = round(rng.uniform(40, 600), 2)
        prem += p_
        rows.append(
            [
                sec,
                money(si, lg).split(",")[0].split(".")[0] if lg == "en" else money(si, lg)[:-3],
                money(rng.choice([100, 250, 500]), lg),
                money(p_, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(4.5, "left"), (1.5, "right"), (1.1, "right"), (1.2, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured", "Versicherungssumme", "Capital"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f.y += 4
    for t, v in [
        (tr(lg, "Premium", "Nettobeitrag", "Prime HT"), prem),
        (tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes"), tax),
        (tr(lg, "Total annual premium", "Jahresbeitrag", "Prime TTC annuelle"), prem + tax),
    ]:
        f.page.text(w * 0.55, f.y, t, s.font, s.size)
        f.page.text(w - m, f.y, cash(v, lg), s.bold, s.size, "right")
        f.y += s.size * 1.5
    f.heading(
        m,
        tr(lg, "Endorsements applying", "Geltende Klauseln", "Clauses applicables"),
        s.bold,
        s.size + 1,
    )
    codes = rng.sample(range(10, 99), rng.randint(3, 6))
    write(f, s, ", ".join(f"E{c}" for c in codes), s.size)
    f.new_page()
    caption(f, s, tr(lg, "Endorsements", "Klauseln", "Clauses"), 2)
    for c in codes:
        f.heading(m, f"E{c} - {ENDORSE[lg][c % len(ENDORSE[lg])]}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    if lg == "en":
        f.heading(m, "E99 - Fire safety of upholstered goods", s.bold, s.size)
        write(
            f,
            s,
            "The Insured shall comply with the Furniture and Furnishings (Fire) (Safety) "
            "Regulations 1988 and retain records of fabric treatments.",
            s.size - 0.5,
        )
    pages += close(
        f.pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        covers=0,
    )
    received(rng, pages[0], d, 0.25)
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
    "order_confirmation": tpl_order_confirmation,
    "measure_sheet": tpl_measure_sheet,
    "cutting_approval": tpl_cutting_approval,
    "fabric_invoice": tpl_fabric_invoice,
    "foam_invoice": tpl_foam_invoice,
    "sundries_receipt": tpl_sundries_receipt,
    "fire_certificate": tpl_fire_certificate,
    "theatre_order": tpl_theatre_order,
    "hotel_contract": tpl_hotel_contract,
    "delivery_note": tpl_delivery_note,
    "customer_invoice": tpl_customer_invoice,
    "condition_report": tpl_condition_report,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "rent_invoice": tpl_rent_invoice,
    "apprentice_agreement": tpl_apprentice_agreement,
    "vat_return": tpl_vat_return,
    "accountant_queries": tpl_accountant_queries,
    "insurance_schedule": tpl_insurance_schedule,
}
TEMPLATES_SSSSS: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "fabric_invoice",
    "foam_invoice",
    "cutting_approval",
    "sundries_receipt",
    "delivery_note",
    "customer_invoice",
    "measure_sheet",
    "rent_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "measure_sheet": "quotation",
    "quotation": "order_confirmation",
    "delivery_note": "customer_invoice",
    "cutting_approval": "fabric_invoice",
    "theatre_order": "fire_certificate",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_reamer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One workshop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The workshop
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_SSSSS, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_reamer_stream, "templates SSSSS")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

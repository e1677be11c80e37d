"""Flagon part of the generated corpus: templates III, written blind for the next measurement.

A part of its own, ``flagon``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
municipal museum and art gallery (a director, two curators, a registrar, a shop and a café; in
England, Germany or France) feeds through its scanner in a month: other museums' loan requests
with their standard facilities report (questionnaire pages and a gallery plan); loan
agreements (Leihvertrag, convention de prêt) with numbered clauses, the schedule of objects on
a landscape page and a signature page; condition reports (Zustandsprotokoll, constat d'état)
for each object of a loan, with tick boxes, a damage diagram and a photo sheet; fine-art
shippers' transport and crating quotes with the crate specification and their terms, and
their waybills and delivery receipts signed at collection and delivery; government indemnity
certificates (Government Indemnity Scheme, Staatliche Garantie, garantie de l'État) or a
broker's nail-to-nail fine-art insurance schedule, with a covering letter, the schedule of
objects and values on landscape pages and the conditions; conservators' treatment reports with
before and after photographs; funders' grant offer letters with the standard terms and an
acceptance form, and the museum's grant claim forms with the schedule of expenditure;
exhibition design and print suppliers' invoices (graphic panels, vinyl lettering, labels,
catalogues), some with a signed installation sheet; shop stock suppliers' invoices (books with
ISBNs, cards, gifts) and their delivery notes; the registrar's environmental monitoring
printouts (temperature and relative humidity per gallery: a landscape chart page, then the
daily readings); intruder alarm and CCTV maintenance certificates (NSI, VdS, APSAD) with the
zone test list; donors' letters offering a gift and solicitors' bequest letters with a copy of
the will extract; the museum's thank-you letters with the gift aid declaration, the
Zuwendungsbestätigung or the reçu fiscal; schools' group booking forms; volunteer agreements
with the role description and an emergency contact form; artists' consignment agreements for
the shop with the consignment inventory; and the museum's sales statements to consigning
artists. Each stream is one museum's pile: the museum (country, name, month, exhibition) is
drawn once per stream; its senders are of the museum's country and write in its language,
except that lenders, borrowers, shippers, conservators and artists are now and then from
abroad and write in their own. Page sizes range from A5 delivery notes and slips to A4,
Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the museum files it: the
facilities report and plan sent with a loan request; the clauses, schedule and signature page
of a loan agreement; the photo sheet of a condition report; the crate specification and terms
of a quote; the covering letter, schedule and conditions of an indemnity certificate or
insurance schedule; the photograph pages of a treatment report; the terms and acceptance form
of a grant offer; the schedule of expenditure of a grant claim; the installation sheet of a
design invoice; every page of a supplier's invoice; the chart and readings pages of one
gallery's monitoring printout; the zone list of an alarm certificate; the will extract sent
with a bequest letter; the declaration or tax receipt sent with a thank-you letter; the role
description and contact form of a volunteer agreement; the inventory of a consignment
agreement. Related papers are documents of their own: the loan agreement after the loan
request, the condition reports after the loan agreement (one document per object), the
waybill after the transport quote, the grant claim after the grant offer, the supplier's
invoice after its delivery note, the thank-you letter after a donor's letter and the sales
statement after a consignment agreement; and so is each condition report, waybill, invoice,
delivery note, monitoring printout, booking form and sales statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: condition reports, waybills, design
and shop invoices, delivery notes, monitoring printouts (one per gallery), school booking forms
and sales statements often come 2-4 in a row from one sender with other objects, dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "flagon"`` and seeds offset by 6_000_000.

Usage: ``python benchmarks/corpus_flagon.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/flagon/flagon_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

from corpus import Issuer, Page, Stream, Style, Template, an_issuer, assemble_stream
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

PART = "flagon"
SEED_OFFSET = 6_000_000

MM = 72 / 25.4
SLIP = (99 * MM, 210 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the museum and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
MUSEUMS: dict[str, list[Row]] = {
    "en": [
        (
            "Harbridge Museum & Art Gallery",
            "Guildhall Square",
            "Harbridge HB1 2GS",
            "01632 960 410",
        ),
        ("The Castlegate Gallery and Museum", "Castlegate", "Kendleby KB3 1AA", "01632 960 733"),
        ("Wexcombe Town Museum", "5 Market Place", "Wexcombe WX2 8MP", "01632 961 022"),
    ],
    "de": [
        ("Städtisches Museum Ahrwald", "Am Rathausplatz 4", "53488 Ahrwald", "02641 91 37 0"),
        ("Kunsthalle und Stadtmuseum Velden", "Schlossgasse 11", "84149 Velden", "08742 96 15 0"),
        ("Museum im Kornhaus Lindach", "Kornmarkt 2", "73527 Lindach", "07171 88 42 10"),
    ],
    "fr": [
        ("Musée municipal d'art et d'histoire", "2 place de l'Hôtel de Ville", "51200 Épernay", ""),
        ("Musée des Beaux-Arts de Vireloup", "14 rue des Carmes", "87200 Vireloup", ""),
        ("Musée Jules-Barrault", "7 quai de la Charente", "16100 Cognac", "05 45 36 21 10"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "museum": {
        "en": [
            ("Northfield City Art Gallery", "Victoria Road", "Northfield NF1 3VR", "0161 496 0122"),
            ("The Pemberton Collection", "Pemberton Hall", "Ashby Magna LE17 5AB", ""),
            ("Saltmarsh Heritage Centre", "The Quay", "Saltmarsh SM4 1QA", "01632 960 990"),
            ("University of Westmoor - Gregson Gallery", "Library Walk", "Westmoor WM2 9LW", ""),
        ],
        "de": [
            ("Kunstmuseum Brückenau", "Museumsufer 8", "97769 Bad Brückenau", "09741 80 17 0"),
            ("Stadtgalerie Oberhain", "Lindenstraße 23", "35260 Oberhain", "06422 93 50 0"),
            ("Sammlung Helwig - Stiftung", "Parkallee 5", "28209 Bremen", "0421 34 66 21"),
            ("Landesmuseum Kessenich", "Kaiserplatz 1", "53113 Bonn", "0228 20 70 0"),
        ],
        "fr": [
            ("Musée d'art moderne de Saint-Aubrac", "1 avenue du Musée", "12000 Rodez", ""),
            ("Fondation Lessard pour l'art", "38 rue de Lille", "75007 Paris", "01 42 61 33 08"),
            ("Musée de la Vallée", "Place du Marché", "24200 Sarlat", "05 53 31 45 45"),
            ("Musée départemental Delambre", "3 rue du Château", "61000 Alençon", ""),
        ],
    },
    "shipper": {
        "en": [
            (
                "Crofton Fine Art Logistics Ltd",
                "Unit 12, Thames Gateway Park",
                "London E16 2RT",
                "",
            ),
            ("Marlow & Pike Art Handling", "Kiln Yard", "Bradford BD4 7TY", "01274 555 310"),
        ],
        "de": [
            ("Kunsttrans Feldmann GmbH", "Am Zollhafen 9", "55118 Mainz", "06131 49 77 0"),
            ("Hessler Kunstspedition", "Gutenbergstraße 40", "70176 Stuttgart", "0711 61 55 30"),
        ],
        "fr": [
            ("Transports d'oeuvres d'art Moreau-Vidal", "ZA des Marais", "93200 Saint-Denis", ""),
            ("Art Transit Bordelais", "45 quai de Paludate", "33800 Bordeaux", "05 56 92 60 40"),
        ],
    },
    "authority": {
        "en": [
            ("Arts Council England - Government Indemnity Scheme", "The Hive", "Manchester", "")
        ],
        "de": [
            (
                "Ministerium für Kultur und Wissenschaft - Referat Museen",
                "Völklinger Straße 49",
                "40221 Düsseldorf",
                "",
            )
        ],
        "fr": [
            (
                "Ministère de la Culture - Direction générale des patrimoines",
                "182 rue Saint-Honoré",
                "75001 Paris",
                "",
            )
        ],
    },
    "broker": {
        "en": [("Halden Fine Art Insurance Brokers", "40 Lime Street", "London EC3M 7AW", "")],
        "de": [("Artima Kunstversicherungsmakler GmbH", "Ballindamm 3", "20095 Hamburg", "")],
        "fr": [("Cabinet Delorme Assurances Art", "12 rue Laffitte", "75009 Paris", "")],
    },
    "conservator": {
        "en": [
            (
                "Ruth Ellery ACR - Paintings Conservation",
                "The Studio, Mill Lane",
                "Ludlow SY8 1BB",
                "",
            ),
            ("Fenwick Paper Conservation", "3 Abbey Yard", "Bath BA1 1LY", "01225 555 720"),
        ],
        "de": [
            ("Atelier für Gemälderestaurierung Dipl.-Rest. J. Kranz", "Hofweg 6", "50677 Köln", ""),
            ("Restaurierungswerkstatt Papier & Grafik", "Kirchplatz 3", "99423 Weimar", ""),
        ],
        "fr": [
            ("Atelier Ravel - Restauration de peintures", "8 rue Saint-Jacques", "69003 Lyon", ""),
            ("Claire Sauvage, restauratrice du patrimoine", "2 impasse du Four", "13100 Aix", ""),
        ],
    },
    "funder": {
        "en": [
            ("The Ashworth Foundation", "9 Bedford Row", "London WC1R 4BZ", "020 7946 0881"),
            ("Heritage Collections Fund", "PO Box 4421", "Birmingham B1 1AA", ""),
            ("Northern Museums Development Trust", "Tower Works", "Leeds LS11 9AP", ""),
        ],
        "de": [
            ("Kulturstiftung Rhein-Ahr", "Poppelsdorfer Allee 30", "53115 Bonn", ""),
            ("Sparkassen-Kulturfonds Ahrwald", "Marktstraße 1", "53488 Ahrwald", ""),
            ("Ernst-Waldheim-Stiftung", "Bockenheimer Anlage 15", "60322 Frankfurt", ""),
        ],
        "fr": [
            ("Fondation Valmont pour le patrimoine", "17 avenue Hoche", "75008 Paris", ""),
            ("Région - Direction de la Culture", "Hôtel de Région", "33077 Bordeaux", ""),
            ("DRAC - Service des musées", "6 rue Jean Moulin", "87000 Limoges", ""),
        ],
    },
    "designer": {
        "en": [
            ("Plinth & Panel Exhibition Graphics", "Unit 4, Canal Works", "Sheffield S3 8RU", ""),
            ("Greystone Print Ltd", "Holmfield Industrial Estate", "Halifax HX2 9TN", ""),
        ],
        "de": [
            ("Atelier Raumtext Ausstellungsgestaltung", "Weberstraße 17", "53113 Bonn", ""),
            ("Druckerei Gebr. Ollig GmbH", "Industriestraße 33", "56626 Andernach", ""),
        ],
        "fr": [
            ("Studio Cimaise scénographie", "11 rue des Tanneurs", "67000 Strasbourg", ""),
            ("Imprimerie Labrousse", "ZI Nord", "87280 Limoges", "05 55 37 12 00"),
        ],
    },
    "supplier": {
        "en": [
            ("Gallery Cards Wholesale Ltd", "Trinity Park", "Norwich NR3 1TQ", "01603 555 421"),
            ("Thistle & Quill Publishing", "22 Rose Street", "Edinburgh EH2 2PR", ""),
            ("Museum Gifts Direct", "Unit 9, Riverside", "Cheltenham GL51 9TT", ""),
        ],
        "de": [
            ("Kunstkarten-Verlag Hellmann", "Schillerstraße 4", "04109 Leipzig", ""),
            ("Museumsshop-Großhandel Bremer KG", "Hafenstraße 60", "28217 Bremen", ""),
            ("Verlag Schnell & Wirth", "Domplatz 2", "93047 Regensburg", ""),
        ],
        "fr": [
            ("Éditions du Musée - Diffusion", "4 rue Cassette", "75006 Paris", ""),
            ("Cartes d'Art Lefranc", "21 rue Nationale", "37000 Tours", ""),
            ("Boutique Patrimoine Grossiste", "ZA La Croix", "44470 Carquefou", ""),
        ],
    },
    "security": {
        "en": [
            ("Sentinel Fire & Security Ltd", "Station Road", "Harbridge HB4 6SR", "0800 555 0199"),
            ("Castlewatch Alarms", "7 Foundry Lane", "Kendal LA9 4RD", ""),
        ],
        "de": [
            ("Sicherheitstechnik Wächter GmbH", "Gewerbering 12", "53489 Sinzig", ""),
            ("Alarmtechnik Nord Sievers", "Zum Hafen 3", "26122 Oldenburg", ""),
        ],
        "fr": [
            ("Protectis Sécurité SAS", "ZA du Parc", "51100 Reims", "03 26 55 44 10"),
            ("Alarme Service Limousin", "9 route de Paris", "87000 Limoges", ""),
        ],
    },
    "solicitor": {
        "en": [
            ("Pargeter Lowe LLP Solicitors", "14 Church Street", "Harbridge HB1 1CS", ""),
            ("Dunmore & Co Solicitors", "2 Bank Chambers", "Kendal LA9 4BE", ""),
        ],
        "de": [
            ("Notariat Dr. Schäfer", "Poststraße 9", "53474 Bad Neuenahr", ""),
            ("Rechtsanwälte Lorenz & Kühne", "Markt 12", "73525 Schwäbisch Gmünd", ""),
        ],
        "fr": [
            ("Office notarial Maître Guérin", "5 rue de la Paix", "51200 Épernay", ""),
            ("SCP Aubry & Leclerc, notaires", "18 place Jourdan", "87000 Limoges", ""),
        ],
    },
    "school": {
        "en": [
            ("St Aidan's C of E Primary School", "School Lane", "Harbridge HB2 4SL", ""),
            ("Kendleby Academy", "Moor Road", "Kendleby KB5 2MR", "01632 960 555"),
            ("Oakfield Junior School", "Oakfield Avenue", "Wexcombe WX1 3OA", ""),
        ],
        "de": [
            ("Grundschule am Mühlbach", "Mühlenweg 7", "53489 Sinzig", ""),
            ("Peter-Joerres-Gymnasium", "Wilhelmstraße 42", "53474 Ahrweiler", ""),
            ("Realschule plus Lindach", "Schulstraße 3", "73527 Lindach", ""),
        ],
        "fr": [
            ("École élémentaire Jean-Jaurès", "12 rue de l'École", "51200 Épernay", ""),
            ("Collège Paul-Éluard", "Avenue des Lilas", "87200 Saint-Junien", ""),
            ("Lycée Marguerite-de-Valois", "Rue Louise-Lériget", "16000 Angoulême", ""),
        ],
    },
}
ARTISTS_ROWS: dict[str, list[Row]] = {
    "en": [
        ("Hannah Crewe Ceramics", "Unit 2, Old Tannery", "Kendal LA9 6EX", "07700 900 412"),
        ("Tom Ashdown Printmaker", "14 Chapel Row", "Harbridge HB3 1CR", ""),
        ("Meg Lowther - Jewellery", "The Forge", "Hawes DL8 3NT", "07700 900 871"),
    ],
    "de": [
        ("Keramikwerkstatt Ina Berghoff", "Töpfergasse 5", "56203 Höhr-Grenzhausen", ""),
        ("Jonas Eckert Druckgrafik", "Ateliergasse 2", "53111 Bonn", ""),
        ("Silberschmiede Greta Holm", "Lange Straße 18", "73525 Schwäbisch Gmünd", ""),
    ],
    "fr": [
        ("Atelier Céramique Lise Moreau", "4 chemin des Potiers", "19500 Meyssac", ""),
        ("Rémi Caillaud, graveur", "9 rue du Pont", "87000 Limoges", "06 71 40 22 18"),
        ("Bijoux Anaïs Fabre", "17 rue Basse", "24200 Sarlat", ""),
    ],
}

#: The maker behind each artist's business name, who signs for it.
MAKERS = {
    "Hannah Crewe Ceramics": "Hannah Crewe",
    "Tom Ashdown Printmaker": "Tom Ashdown",
    "Meg Lowther - Jewellery": "Meg Lowther",
    "Keramikwerkstatt Ina Berghoff": "Ina Berghoff",
    "Jonas Eckert Druckgrafik": "Jonas Eckert",
    "Silberschmiede Greta Holm": "Greta Holm",
    "Atelier Céramique Lise Moreau": "Lise Moreau",
    "Rémi Caillaud, graveur": "Rémi Caillaud",
    "Bijoux Anaïs Fabre": "Anaïs Fabre",
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Richard", "Priya", "Tom", "Fiona", "Ian"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa", "Margaret", "Ingrid", "Odile", "Ruth"}

# ---------------------------------------------------------------------------------------------
# Words: what the papers talk about
# ---------------------------------------------------------------------------------------------

TALK = {
    "en": {
        "loan": "loan exhibition object lender borrower courier display case light levels "
        "humidity temperature security installation packing crate insurance credit line",
        "care": "paint layer varnish canvas support ground flaking cleavage discoloured "
        "surface dirt consolidation retouching lining tear frame gilding stable condition",
        "grant": "project grant funder outcomes activity budget audience evaluation report "
        "milestone payment acknowledgement publicity match funding expenditure",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "edu": "pupils teachers workshop gallery visit session learning curriculum group "
        "lunch room coach arrival supervision activity worksheet",
        "vol": "volunteer visitors welcome training induction shift rota supervisor support "
        "expenses health safety confidentiality collections gallery team role",
    },
    "de": {
        "loan": "Leihgabe Ausstellung Objekt Leihgeber Leihnehmer Kurier Vitrine Beleuchtung "
        "Luftfeuchte Temperatur Sicherheit Aufbau Verpackung Kiste Versicherung Nennung",
        "care": "Malschicht Firnis Leinwand Bildträger Grundierung Abplatzungen Lockerungen "
        "Oberflächenschmutz Festigung Retusche Doublierung Riss Rahmen Vergoldung stabil",
        "grant": "Projekt Förderung Zuwendung Ziele Maßnahme Finanzierungsplan Publikum "
        "Verwendungsnachweis Zwischenbericht Auszahlung Eigenanteil Ausgaben Hinweis",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "edu": "Schüler Lehrkräfte Workshop Führung Besuch Klasse Lehrplan Gruppe "
        "Pausenraum Bus Ankunft Aufsicht Aktivität Arbeitsblatt",
        "vol": "Ehrenamt Besucher Einarbeitung Schulung Dienstplan Schicht Ansprechpartner "
        "Auslagen Versicherung Arbeitsschutz Verschwiegenheit Sammlung Team Aufgabe",
    },
    "fr": {
        "loan": "prêt exposition oeuvre prêteur emprunteur convoiement vitrine éclairage "
        "hygrométrie température sûreté accrochage emballage caisse assurance mention",
        "care": "couche picturale vernis toile support préparation soulèvements écaillage "
        "encrassement refixage retouche rentoilage déchirure cadre dorure stable",
        "grant": "projet subvention financeur objectifs action budget publics bilan "
        "versement acompte cofinancement dépenses communication justificatifs",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "edu": "élèves enseignants atelier visite séance programme classe groupe "
        "salle pique-nique car arrivée encadrement activité fiche",
        "vol": "bénévole visiteurs accueil formation planning permanence référent "
        "frais assurance sécurité confidentialité collections équipe mission",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "loan", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "loan", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Works of art: the objects that loans, reports and schedules list
# ---------------------------------------------------------------------------------------------

PAINTERS = [
    "Edith Marlowe (1871-1944)",
    "Johann Peter Kessel (1802-1867)",
    "Louise Delaunay-Roche (1858-1931)",
    "Arthur Penrose RA (1833-1909)",
    "Carl Wilhelm Adler (1880-1952)",
    "Henri Fabien Castel (1849-1920)",
    "Grete Lindqvist (1896-1978)",
    "Unknown artist, Flemish school",
    "Samuel Ashby (1790-1851)",
    "Marthe Vasseur (1902-1989)",
]
TITLES = {
    "en": [
        "Harbour at Low Tide",
        "Portrait of a Woman in Grey",
        "Still Life with Quinces",
        "Study of Beeches",
        "The Mill Race in Winter",
        "View of the Town from the River",
        "Girl Reading by a Window",
        "Evening, the Salt Marshes",
        "Sketchbook, 42 leaves",
        "Figure Study (recto and verso)",
    ],
    "de": [
        "Hafen bei Ebbe",
        "Bildnis einer Dame in Grau",
        "Stillleben mit Quitten",
        "Buchenstudie",
        "Die Mühle im Winter",
        "Ansicht der Stadt vom Fluss",
        "Lesendes Mädchen am Fenster",
        "Abend am Moor",
        "Skizzenbuch, 42 Blatt",
        "Aktstudie (recto/verso)",
    ],
    "fr": [
        "Le Port à marée basse",
        "Portrait de femme en gris",
        "Nature morte aux coings",
        "Étude de hêtres",
        "Le Moulin en hiver",
        "Vue de la ville depuis la rivière",
        "Jeune fille lisant près d'une fenêtre",
        "Soir sur les marais",
        "Carnet de croquis, 42 feuillets",
        "Étude de figure (recto-verso)",
    ],
}
MEDIA = {
    "en": ["Oil on canvas", "Watercolour on paper", "Bronze", "Etching", "Oil on panel", "Pastel"],
    "de": [
        "Öl auf Leinwand",
        "Aquarell auf Papier",
        "Bronze",
        "Radierung",
        "Öl auf Holz",
        "Pastell",
    ],
    "fr": [
        "Huile sur toile",
        "Aquarelle sur papier",
        "Bronze",
        "Eau-forte",
        "Huile sur bois",
        "Pastel",
    ],
}
EXHIBITIONS = {
    "en": [
        "Light on the Water: Coastal Painting 1850-1930",
        "Edith Marlowe: A Retrospective",
        "Made in the Town: Two Centuries of Local Craft",
        "Drawn from Life: Figure Studies from Regional Collections",
    ],
    "de": [
        "Licht auf dem Wasser. Küstenmalerei 1850-1930",
        "Grete Lindqvist. Retrospektive",
        "Gemacht in der Stadt. Zwei Jahrhunderte Handwerk",
        "Nach dem Leben. Figurenstudien aus regionalen Sammlungen",
    ],
    "fr": [
        "Lumières sur l'eau. Peindre le littoral, 1850-1930",
        "Marthe Vasseur, rétrospective",
        "Fait en ville. Deux siècles d'artisanat local",
        "D'après nature. Études de figures des collections régionales",
    ],
}


@dataclass
class Work:
    no: str
    artist: str
    title: str
    medium: str
    date: str
    size: str
    value: int


def a_work(rng: random.Random, lang: str, prefix: str) -> Work:
    k = rng.randrange(len(TITLES[lang]))
    med = rng.randrange(len(MEDIA[lang]))
    hgt, wid = rng.randint(18, 140), rng.randint(14, 180)
    size = f"{hgt} x {wid} cm" if med != 2 else f"H {rng.randint(20, 90)} cm"
    return Work(
        no=f"{prefix}{rng.randint(1950, 2019)}.{rng.randint(1, 240)}",
        artist=rng.choice(PAINTERS),
        title=TITLES[lang][k],
        medium=MEDIA[lang][med],
        date=str(rng.randint(1820, 1960)) if rng.random() < 0.8 else f"c. {rng.randint(182, 196)}0",
        size=size,
        value=rng.choice([8, 12, 15, 25, 40, 60, 85, 120, 250, 400]) * 1000,
    )


# ---------------------------------------------------------------------------------------------
# The museum of a stream: its country, month and exhibition; what the previous paper was about
# ---------------------------------------------------------------------------------------------

MUSEUM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None, "who": None}


def home() -> str:
    return str(MUSEUM["lang"])


def month() -> date:
    m = MUSEUM["month"]
    assert isinstance(m, date)
    return m


def museum_row() -> Row:
    return MUSEUMS[home()][int(MUSEUM["row"])]  # type: ignore[call-overload]


def exhibition() -> str:
    return EXHIBITIONS[home()][int(MUSEUM["seed"]) % len(EXHIBITIONS[home()])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's museum and ``key``: a run or a repeat keeps
    its sender."""
    text = f"flagon/{key}/{who.name}/{who.street}/{who.city}/{MUSEUM['seed']}"
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


def last_extra(kinds: tuple[str, ...]) -> object:
    return LAST["extra"] if after(kinds) else None


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
    look: str  # band | centred | letter | boxed | plain | side | official | civic
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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "museum": ("Museum - Art Gallery", "Museum - Kunstsammlung", "Musée - Collections"),
    "shipper": (
        "Fine art transport - packing - crating",
        "Kunsttransporte - Verpackung",
        "Transport d'oeuvres d'art - emballage",
    ),
    "conservator": (
        "Conservation and restoration",
        "Konservierung und Restaurierung",
        "Conservation-restauration",
    ),
    "designer": (
        "Exhibition graphics - print",
        "Ausstellungsgrafik - Druck",
        "Signalétique - impression",
    ),
    "supplier": (
        "Trade supplies to museum shops",
        "Großhandel für Museumsshops",
        "Fournisseur des boutiques de musées",
    ),
    "security": (
        "Intruder alarms - CCTV - access control",
        "Einbruchmeldetechnik - Video",
        "Alarme intrusion - vidéosurveillance",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "home", "school"):
        return []
    if lang == "de":
        bank = r.choice(["Kreissparkasse Ahrweiler", "Volksbank RheinAhrEifel", "Sparkasse Bonn"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Koblenz', 'Mainz', 'Stuttgart', 'Bremen'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        return [
            f"{name} - SIRET {siret} - TVA FR{r.randint(10, 99)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} {r.randint(100, 999)}"
        ]
    out = []
    if "Ltd" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7 and role not in ("funder", "solicitor"):
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role in ("funder",):
        out.append(f"Registered charity no. {r.randint(200000, 1199999)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"flagon/head/{name}/{MUSEUM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    if host in ("the", "musée", "muse", "atelier", "studio"):
        host = "".join(c for c in name.lower().split()[-1] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "authority":
        looks = ["official"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role in ("home", "museum"):
        looks = ["civic", "centred", "side", "band", "civic"]
        if font == "Courier":
            font, bold = "Times-Roman", "Times-Bold"
    elif role == "school":
        looks = ["centred", "plain", "civic"]
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
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts', 'enquiries'])}@"
        f"{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def home_head() -> Head:
    return make_head(museum_row(), home(), "home")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and museum), of the
    museum's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    pool = ARTISTS_ROWS if role == "artist" else SENDERS[role]
    return make_head(r.choice(pool[lang]), lang, role)


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
    """A round rubber stamp: two rings, the wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest: a shield outline with bars."""
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
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "civic":
        emblem(p, w / 2 - 11, y - 14)
        pt = shrink(h.name.upper(), h.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 24, h.name.upper(), h.bold, pt, "center")
        line2 = f"{where}" + (f"  -  {contact}" if contact else "")
        p.text(w / 2, y + 35, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(w / 2 - 60, y + 41, w / 2 + 60, y + 41)
        return y + 60
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
        tag = TAGLINES.get("museum" if h.role == "home" else h.role)
        if tag:
            p.text(
                m,
                y + 15,
                fit(tr(h.lang, *tag), italic_of(h.font), 7.5, w * 0.6 - m),
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


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if len(t) > 1] or [name]
    parts = [t for t in parts if t not in ("Dr", "ACR", "Dipl", "Rest", "Maître")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the museum's received stamp on the first page."""
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
                        "en": ["Registrar", "Director", "Shop", "Accounts"],
                        "de": ["Direktion", "Registratur", "Verwaltung", "Shop"],
                        "fr": ["Direction", "Régie", "Administration", "Boutique"],
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
            ["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen",
            "Je vous prie d'agréer l'expression de mes salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"flagon/staff/{tag}/{h.name}/{MUSEUM['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


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


#: The museum's people by their job.
ROLES = {
    "director": ("Director", "Direktorin / Direktor", "Directrice / Directeur"),
    "curator": ("Curator", "Kuratorin / Kurator", "Conservatrice / Conservateur"),
    "registrar": ("Registrar", "Sammlungsverwaltung", "Régie des collections"),
    "shop": ("Shop and Café Manager", "Leitung Museumsshop", "Responsable de la boutique"),
    "learning": ("Learning Officer", "Museumspädagogik", "Service des publics"),
}


def job(key: str, lang: str) -> str:
    """The title of the museum's ``key`` person, in the form that person's sex takes."""
    forms = tr(lang, *ROLES[key]).split(" / ")
    female = museum_person(key).split()[0] in FEMALE
    return forms[0] if female or len(forms) == 1 else forms[1]


def museum_person(key: str) -> str:
    return staff(home_head(), key)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def museum_lines(att: str = "") -> list[str]:
    return head_lines(home_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), gross)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "loan"
) -> Page:
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
    """The grey edge a photocopy leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "") -> None:
    """A signature line with its caption below, signed by ``name`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if name:
        scrawl(p, x + 4, y - 3, name)


def objects_table(f: Sheets, s: Style, lg: str, works: list[Work], values: bool = True) -> None:
    """The objects of a loan or schedule as a table (number, artist, title, medium, size, value)."""
    w, _ = f.size
    m = s.margin
    spec = [(0.35, "left"), (0.9, "left"), (1.6, "left"), (2.0, "left"), (0.7, "left")]
    spec.append((1.7, "left"))
    head = [
        tr(lg, "No.", "Nr.", "N°"),
        tr(lg, "Inv. no.", "Inv.-Nr.", "N° inv."),
        tr(lg, "Artist", "Künstler/in", "Artiste"),
        tr(lg, "Title", "Titel", "Titre"),
        tr(lg, "Date", "Datierung", "Date"),
        tr(lg, "Medium / dimensions", "Technik / Maße", "Technique / dimensions"),
    ]
    if values:
        spec.append((1.0, "right"))
        head.append(tr(lg, "Value", "Vers.-Wert", "Valeur"))
    rows = []
    for k, o in enumerate(works, 1):
        r = [str(k), o.no, o.artist, o.title, o.date, f"{o.medium}, {o.size}"]
        if values:
            r.append(cash(o.value, lg).replace(".00", "").replace(",00 €", " €"))
        rows.append(r)
    table(f, columns(m, w - m, spec), head, rows, s, rules=True, step=1.9)


def town_name(town: str) -> str:
    """The town of an address line without its postcode ("Leeds LS1 4BR" -> "Leeds")."""
    return " ".join(t for t in town.split() if not any(c.isdigit() for c in t)) or town


def prefix_of(name: str) -> str:
    skip = {"the", "of", "and", "&", "-", "de", "des", "la", "d'art", "et", "für", "und", "im"}
    return "".join(t[0] for t in name.split() if t.lower() not in skip).upper()[:4]


def home_works(rng: random.Random, n: int) -> list[Work]:
    pre = prefix_of(museum_row()[0]) + "."
    return [a_work(rng, home(), pre) for _ in range(n)]


def other_museum(who: Issuer, abroad: float = 0.3) -> Head:
    return head_of(who, "museum", abroad)


# ---------------------------------------------------------------------------------------------
# Templates III: loans (requests, agreements, condition reports)
# ---------------------------------------------------------------------------------------------

FACILITY_SECTIONS = {
    "en": [
        (
            "A. General information",
            [
                "Name of institution",
                "Director",
                "Contact for this loan",
                "Opening hours",
                "Annual visitor numbers",
                "Governing body",
            ],
        ),
        (
            "B. Building",
            [
                "Year of construction",
                "Construction (walls, roof)",
                "Other occupants",
                "Loading bay / goods lift",
                "Dimensions of largest door (cm)",
            ],
        ),
        (
            "C. Environment",
            [
                "Target temperature",
                "Target relative humidity",
                "Monitoring equipment",
                "Maximum lux on works on paper",
                "UV filtering",
            ],
        ),
        (
            "D. Security",
            [
                "Intruder alarm monitored by",
                "CCTV (number of cameras)",
                "Invigilation during opening hours",
                "Out-of-hours guarding",
                "Key holders",
            ],
        ),
        (
            "E. Fire protection",
            ["Detection system", "Extinguishing system", "Date of last fire officer's inspection"],
        ),
        (
            "F. Handling and insurance",
            [
                "Trained art handlers",
                "Insurance / indemnity",
                "Insurer or scheme",
                "Claims in the last five years",
            ],
        ),
    ],
    "de": [
        (
            "A. Allgemeine Angaben",
            [
                "Name der Institution",
                "Direktion",
                "Ansprechpartner",
                "Öffnungszeiten",
                "Besucher pro Jahr",
                "Träger",
            ],
        ),
        (
            "B. Gebäude",
            [
                "Baujahr",
                "Bauweise (Wände, Dach)",
                "Weitere Nutzer",
                "Anlieferung / Lastenaufzug",
                "Größte Türöffnung (cm)",
            ],
        ),
        (
            "C. Klima und Licht",
            [
                "Solltemperatur",
                "Soll-Luftfeuchte",
                "Messgeräte",
                "Max. Beleuchtungsstärke Papier (lx)",
                "UV-Filter",
            ],
        ),
        (
            "D. Sicherheit",
            [
                "Einbruchmeldeanlage aufgeschaltet auf",
                "Videoüberwachung (Kameras)",
                "Aufsicht während der Öffnungszeiten",
                "Bewachung außerhalb",
                "Schlüsselberechtigte",
            ],
        ),
        ("E. Brandschutz", ["Brandmeldeanlage", "Löschanlage", "Letzte Brandschau"]),
        (
            "F. Handling und Versicherung",
            [
                "Geschultes Personal",
                "Versicherung / Garantie",
                "Versicherer",
                "Schadensfälle (5 Jahre)",
            ],
        ),
    ],
    "fr": [
        (
            "A. Renseignements généraux",
            [
                "Nom de l'établissement",
                "Direction",
                "Contact pour ce prêt",
                "Horaires d'ouverture",
                "Fréquentation annuelle",
                "Tutelle",
            ],
        ),
        (
            "B. Bâtiment",
            [
                "Année de construction",
                "Mode de construction",
                "Autres occupants",
                "Quai de livraison / monte-charge",
                "Plus grande porte (cm)",
            ],
        ),
        (
            "C. Climat et éclairage",
            [
                "Température de consigne",
                "Hygrométrie de consigne",
                "Appareils de mesure",
                "Éclairement max. arts graphiques",
                "Filtrage UV",
            ],
        ),
        (
            "D. Sûreté",
            [
                "Alarme intrusion reliée à",
                "Vidéosurveillance (caméras)",
                "Surveillance pendant l'ouverture",
                "Gardiennage de nuit",
                "Détenteurs des clés",
            ],
        ),
        ("E. Sécurité incendie", ["Détection", "Extinction", "Dernière visite de la commission"]),
        (
            "F. Manipulation et assurance",
            [
                "Personnel formé",
                "Assurance / garantie",
                "Assureur",
                "Sinistres (5 dernières années)",
            ],
        ),
    ],
}


SURVEY = {
    "en": ["Security survey by police or adviser in the last 3 years?", "Fire risk assessment?"],
    "de": ["Sicherheitsberatung (LKA) in den letzten 3 Jahren?", "Brandschutzkonzept vorhanden?"],
    "fr": ["Audit de sûreté depuis moins de 3 ans ?", "Plan de sauvegarde des oeuvres ?"],
}


def answer(rng: random.Random, h: Head, sec: int, q: int) -> str:
    """What a registrar writes against question ``q`` of section ``sec`` of the facilities
    report."""
    lg = h.lang
    yes = tr(lg, "Yes", "Ja", "Oui")
    built = f"{rng.randint(1860, 1990)}" + tr(lg, ", extended ", ", Erweiterung ", ", extension ")
    built += str(rng.randint(1995, 2020))
    table_ = [
        [
            h.name,
            staff(h, "director"),
            staff(h, "registrar"),
            tr(lg, "Tue-Sun 10-17", "Di-So 10-17 Uhr", "mar.-dim. 10h-18h"),
            f"{rng.randint(12, 160)},000".replace(
                ",", "." if lg == "de" else "," if lg == "en" else " "
            ),
            tr(lg, "City council", "Stadt / Kulturamt", "Ville (régie directe)"),
        ],
        [
            built,
            tr(lg, "Brick, slate roof", "Massivbau, Ziegeldach", "Pierre et ardoise"),
            tr(lg, "None", "keine", "aucun"),
            tr(lg, "Yes, goods lift 2 t", "Ja, Lastenaufzug 2 t", "Oui, monte-charge 2 t"),
            f"{rng.choice([210, 240, 260, 300])} x {rng.choice([160, 180, 200])}",
        ],
        [
            tr(lg, "20 C +/- 2", "20 °C +/- 2", "20 °C +/- 2"),
            "50% +/- 5",
            tr(lg, "Radio loggers, read daily", "Funk-Datenlogger", "Enregistreurs radio"),
            "50 lux",
            tr(
                lg,
                "Yes, all windows and cases",
                "Ja, Fenster und Vitrinen",
                "Oui, vitrages et vitrines",
            ),
        ],
        [
            tr(lg, "ARC, police response", "Wachdienst / NSL", "Télésurveillance"),
            str(rng.randint(8, 48)),
            tr(lg, "Yes, one per room", "Ja, je Saal", "Oui, un agent par salle"),
            yes,
            tr(lg, "Three named staff", "Drei Mitarbeiter", "Trois agents"),
        ],
        [
            tr(
                lg,
                "Automatic smoke detection",
                "Rauchmelder, aufgeschaltet",
                "Détection automatique",
            ),
            tr(lg, "Hand extinguishers (CO2, water)", "Handfeuerlöscher", "Extincteurs portatifs"),
            short(date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)), lg),
        ],
        [
            yes,
            tr(lg, "Government indemnity", "Staatsgarantie", "Garantie de l'État"),
            tr(lg, "GIS / commercial", "Land / Kunstversicherer", "État / assureur"),
            tr(lg, "None", "keine", "aucun"),
        ],
    ]
    row = table_[sec]
    return row[q] if q < len(row) else yes


def floor_plan(rng: random.Random, s: Style, lg: str, title: str) -> Page:
    """A landscape page with a gallery plan: rooms, doors, cameras and the loan's wall."""
    size = landscape(A4)
    p = Page(size)
    w, h = size
    m = 50
    p.text(m, m, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
    x0, y0, x1, y1 = m + 20, m + 30, w - m - 150, h - m - 30
    p.rect(x0, y0, x1 - x0, y1 - y0)
    cut = x0 + (x1 - x0) * rng.uniform(0.35, 0.6)
    p.line(cut, y0, cut, y1 - 50)
    mid = y0 + (y1 - y0) * rng.uniform(0.4, 0.6)
    p.line(x0, mid, cut, mid)
    rooms = [tr(lg, "Gallery", "Saal", "Salle") + f" {k}" for k in (1, 2, 3)]
    for (cx, cy), t in zip(
        [
            ((x0 + cut) / 2, (y0 + mid) / 2),
            ((x0 + cut) / 2, (mid + y1) / 2),
            ((cut + x1) / 2, (y0 + y1) / 2),
        ],
        rooms,
        strict=True,
    ):
        p.text(cx, cy, t, s.font, 9, "center")
    p.rect(cut + 10, y0 + 4, (x1 - cut) - 20, 6, fill=0.3)
    p.text(
        cut + 14,
        y0 + 22,
        tr(lg, "proposed hang", "vorgesehene Hängung", "accrochage prévu"),
        HAND,
        8,
    )
    for _ in range(rng.randint(3, 6)):
        cx, cy = rng.uniform(x0 + 10, x1 - 10), rng.uniform(y0 + 10, y1 - 10)
        ring(p, cx, cy, 4, 12)
        p.text(cx + 6, cy + 3, "C", s.font, 6)
    ky = y0
    for t in [
        tr(lg, "C = CCTV camera", "C = Kamera", "C = caméra"),
        tr(
            lg,
            "PIR detectors in all rooms",
            "Bewegungsmelder in allen Räumen",
            "Détecteurs volumétriques",
        ),
        tr(lg, "Not to scale", "Nicht maßstäblich", "Sans échelle"),
    ]:
        p.text(x1 + 20, ky, t, s.font, 7.5)
        ky += 12
    return p


def tpl_loan_request(rng: random.Random, who: Issuer) -> list[Page]:
    """Another museum asks to borrow works from the collection: a letter from its director
    listing the works and the exhibition, with its standard facilities report (a
    questionnaire over several pages) and now and then a gallery plan."""
    h = other_museum(who)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    ours = home_head()
    works = home_works(rng, rng.randint(1, 4))
    show = rng.choice(EXHIBITIONS[lg])
    opens = d + timedelta(days=rng.randint(120, 300))
    closes = opens + timedelta(days=rng.randint(70, 120))
    director = staff(h, "director")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Loan request', 'Leihanfrage', 'Demande de prêt')}")
    recipient(
        f,
        s,
        h,
        [mx(museum_person("director"), lg), *head_lines(ours)],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "EX/99/999"))],
    )
    caption(
        f,
        s,
        tr(lg, f"Loan request: {show}", f"Leihanfrage: {show}", f"Demande de prêt : {show}"),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(museum_person("director"), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f'We are delighted to invite you to lend to our exhibition "{show}", which will be '
            f"shown from {day(h, opens)} to {day(h, closes)}. We would be most grateful for the "
            f"loan of the following {'work' if len(works) == 1 else 'works'} from your collection:",
            f'wir freuen uns, Sie um Leihgaben für unsere Ausstellung "{show}" zu bitten, die vom '
            f"{day(h, opens)} bis zum {day(h, closes)} gezeigt wird. Wir bitten um die Ausleihe "
            "folgender Werke aus Ihrer Sammlung:",
            f"nous avons le plaisir de solliciter le prêt d'oeuvres de vos collections pour "
            f"l'exposition « {show} », présentée du {day(h, opens)} au {day(h, closes)} :",
        ),
    )
    for o in works:
        f.need(s.size * 3)
        f.page.text(
            m + 14,
            f.y,
            fit(f"- {o.artist}, {o.title}, {o.date} ({o.no})", s.font, s.size, w - 2 * m - 14),
            s.font,
            s.size,
        )
        f.y += s.size * 1.5
    f.y += 4
    write(f, s, prose(rng, lg, "loan", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "Our facilities report is enclosed. We will of course meet all costs of packing, "
            "transport, courier and insurance (nail to nail).",
            "Unseren Facility Report fügen wir bei. Sämtliche Kosten für Verpackung, Transport, "
            "Kurierbegleitung und Versicherung (Nagel zu Nagel) übernehmen wir selbstverständlich.",
            "Vous trouverez ci-joint notre facility report. L'ensemble des frais d'emballage, de "
            "transport, de convoiement et d'assurance clou à clou sera à notre charge.",
        ),
    )
    regards(f, s, lg, director, tr(lg, "Director", "Direktor/in", "Directeur"))
    pages = close(f.pages, s, h)
    # The facilities report: the institution's own questionnaire, often typed long ago.
    fs = paper(s, A4, margin=50, pt=8.5)
    title = tr(
        lg,
        "STANDARD FACILITIES REPORT",
        "FACILITY REPORT",
        "FACILITY REPORT - RAPPORT D'INSTALLATION",
    )

    def start(p: Page, n: int) -> float:
        if n == 1:
            p.rect(50, 36, A4[0] - 100, 34, fill=0.85)
            p.text(A4[0] / 2, 52, title, fs.bold, 12, "center")
            p.text(A4[0] / 2, 64, fit(h.name, fs.font, 8, A4[0] - 120), fs.font, 8, "center")
            return 92.0
        return running_header(p, fs, f"{title} - {h.name}")

    ff = Sheets(A4, A4[1] - 60, start)
    for si, (sec, questions) in enumerate(FACILITY_SECTIONS[lg]):
        ff.need(60)
        ff.y = band(ff.page, fs, ff.y, sec) + 8
        for qi, q in enumerate(questions):
            ff.need(24)
            ff.page.text(54, ff.y, q, fs.font, 8)
            ff.page.line(A4[0] * 0.45, ff.y + 2, A4[0] - 54, ff.y + 2)
            hand(ff.page, A4[0] * 0.45 + 4, ff.y - 1, answer(rng, h, si, qi), 8.5, A4[0] * 0.5)
            ff.y += 17
        if si in (3, 4):
            ff.page.text(54, ff.y + 4, SURVEY[lg][si - 3], fs.font, 8)
            ff.y = ticks(ff.page, fs, A4[0] * 0.45, ff.y + 4, 200, yes_no(lg), {0}) + 6
        ff.y += 8
    ff.need(70)
    ff.y += 10
    ff.page.text(54, ff.y, tr(lg, "Completed by", "Ausgefüllt von", "Rempli par"), fs.font, 8)
    hand(ff.page, 150, ff.y, staff(h, "registrar"))
    ff.page.text(330, ff.y, tr(lg, "Date", "Datum", "Date"), fs.font, 8)
    hand(ff.page, 370, ff.y, short(d - timedelta(days=rng.randint(5, 400)), lg))
    report = ff.pages
    number_pages(report, fs, rng.choice(["Page {i} of {n}", "{i}", "none", "{i}/{n}"]), "bc")
    pages += report
    if rng.random() < 0.4:
        pages.append(
            floor_plan(
                rng,
                fs,
                lg,
                tr(
                    lg,
                    "Plan of temporary exhibition galleries",
                    "Grundriss Wechselausstellung",
                    "Plan des salles d'exposition temporaire",
                ),
            )
        )
    received(rng, pages[0], d)
    remember(d, (h, works, show, 0))
    return pages


LOAN_CLAUSES = {
    "en": [
        "Definitions",
        "Loan period",
        "Care and condition",
        "Environment",
        "Security",
        "Handling and installation",
        "Packing and transport",
        "Couriers",
        "Insurance",
        "Photography and reproduction",
        "Credit line and catalogue",
        "Costs",
        "Cancellation",
        "Governing law",
    ],
    "de": [
        "Gegenstand des Vertrages",
        "Leihdauer",
        "Sorgfaltspflicht und Zustand",
        "Klima und Licht",
        "Sicherheit",
        "Handhabung und Aufbau",
        "Verpackung und Transport",
        "Kurierbegleitung",
        "Versicherung",
        "Fotografie und Reproduktion",
        "Nennung des Leihgebers",
        "Kosten",
        "Rücktritt",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Durée du prêt",
        "Conservation et état",
        "Conditions climatiques",
        "Sûreté",
        "Manipulation et accrochage",
        "Emballage et transport",
        "Convoiement",
        "Assurance",
        "Photographie et reproduction",
        "Mention du prêteur",
        "Frais",
        "Annulation",
        "Droit applicable",
    ],
}


def tpl_loan_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A loan agreement from the other museum: title and parties, numbered clauses over one
    or two pages, the schedule of objects on a landscape page, and a signature page signed by
    one side."""
    prev = last_extra(("loan_request",))
    if isinstance(prev, tuple):
        h, works, show, _ = prev
        d = last_day(rng, ("loan_request",), (20, 60))
    else:
        h = other_museum(who)
        works = home_works(rng, rng.randint(1, 5))
        show = rng.choice(EXHIBITIONS[h.lang])
        d = some_day(rng)
    assert isinstance(h, Head) and isinstance(works, list)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    ours = home_head()
    ref = serial(rng, rng.choice(["L-9999-99", "LV 99/999", "CP-9999-999"]))
    title = tr(lg, "LOAN AGREEMENT", "LEIHVERTRAG", "CONVENTION DE PRÊT")
    f = sheets(s, h, f"{title} {ref}")
    caption(f, s, title, 5)
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Agreement no.', 'Vertrags-Nr.', 'Convention n°')} {ref}",
        s.font,
        s.size - 1,
    )
    f.y += 20
    for role, who_ in (
        (tr(lg, "Lender", "Leihgeber", "Prêteur"), ours),
        (tr(lg, "Borrower", "Leihnehmer", "Emprunteur"), h),
    ):
        f.page.text(m, f.y, role, s.bold, s.size)
        f.page.text(
            m + 90,
            f.y,
            fit(f"{who_.name}, {who_.street}, {who_.town}", s.font, s.size, w - 2 * m - 90),
            s.font,
            s.size,
        )
        f.y += s.size * 1.8
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Exhibition", "Ausstellung", "Exposition"), show),
                (tr(lg, "Venue", "Ort", "Lieu"), f"{h.name}, {h.town}"),
                (
                    tr(lg, "Exhibition dates", "Laufzeit", "Dates"),
                    f"{short(d + timedelta(days=150), lg)} - {short(d + timedelta(days=250), lg)}",
                ),
                (
                    tr(lg, "Number of objects", "Anzahl der Objekte", "Nombre d'oeuvres"),
                    str(len(works)),
                ),
            ],
            w - m,
        )
        + 12
    )
    clauses = LOAN_CLAUSES[lg][: rng.randint(9, 14)]
    for k, c in enumerate(clauses, 1):
        f.heading(m, f"{k}. {c}", s.bold, s.size)
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "loan", 2, 3), s.size - 0.5)
    pages = close(f.pages, s, h, numbers="none")
    # The schedule of objects: a landscape page.
    ls = paper(s, landscape(A4), margin=44)
    g = Sheets(
        landscape(A4),
        landscape(A4)[1] - 50,
        lambda p, n: running_header(p, ls, f"{title} {ref}") + 10,
    )
    caption(
        g,
        ls,
        tr(
            lg,
            "Schedule 1 - Objects lent",
            "Anlage 1 - Objektliste",
            "Annexe 1 - Liste des oeuvres",
        ),
        1,
    )
    objects_table(g, ls, lg, works)
    g.y += 10
    write(
        g,
        ls,
        tr(lg, "Credit line: Lent by ", "Nennung: Leihgabe des ", "Mention : prêt du ") + ours.name,
        ls.size - 1,
    )
    pages += g.pages
    # The signature page.
    sp = Page(A4)
    y = m + 20.0
    sp.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, s.size + 2)
    y += 26
    for k, (role, name) in enumerate(
        (
            (
                tr(lg, "For the Lender", "Für den Leihgeber", "Pour le prêteur"),
                museum_person("director"),
            ),
            (
                tr(lg, "For the Borrower", "Für den Leihnehmer", "Pour l'emprunteur"),
                staff(h, "director"),
            ),
        )
    ):
        sp.text(m, y, role, s.bold, s.size)
        y += 50
        signed = k == 1 or rng.random() < 0.4
        sign_line(
            sp,
            s,
            m,
            y,
            200,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            name if signed else "",
        )
        sign_line(sp, s, m + 240, y, 120, tr(lg, "Date", "Datum", "Date"))
        if signed:
            hand(sp, m + 244, y - 4, short(d + timedelta(days=k * rng.randint(0, 9)), lg))
        sp.text(m, y + 22, f"{tr(lg, 'Name', 'Name', 'Nom')}: {name}", s.font, s.size - 1)
        if signed and k == 1 and rng.random() < 0.6:
            seal(sp, m + 420, y - 10, 30, h.name, h.town)
        y += 80
    pages.append(sp)
    number_pages(
        pages,
        s,
        rng.choice(
            ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}", "- {i} -"]
        ),
        "bc",
    )
    received(rng, pages[0], d)
    remember(d, (h, works, show, 0))
    return pages


CHECKS = {
    "en": [
        "Support",
        "Ground / paint layer",
        "Varnish / surface",
        "Frame",
        "Glazing",
        "Backboard",
        "Hanging fittings",
    ],
    "de": [
        "Bildträger",
        "Grundierung / Malschicht",
        "Firnis / Oberfläche",
        "Rahmen",
        "Verglasung",
        "Rückseitenschutz",
        "Aufhängung",
    ],
    "fr": [
        "Support",
        "Préparation / couche picturale",
        "Vernis / surface",
        "Cadre",
        "Vitrage",
        "Dos de protection",
        "Systèmes d'accrochage",
    ],
}
DAMAGE = {
    "en": ["A abrasion", "C crack", "F flaking", "S scratch", "L loss", "D dent"],
    "de": ["A Abrieb", "C Craquelé", "F Farbabplatzung", "K Kratzer", "V Fehlstelle", "D Delle"],
    "fr": ["A abrasion", "C craquelure", "S soulèvement", "R rayure", "L lacune", "E enfoncement"],
}


def tpl_condition_report(rng: random.Random, who: Issuer) -> list[Page]:
    """One object's condition report: a form with the object's details, the condition of
    each part in tick boxes, a diagram with the damage marked, the examinations at departure
    and arrival signed by hand; often a photo sheet behind."""
    prev = LAST["extra"] if after(("loan_agreement", "condition_report", "loan_request")) else None
    if isinstance(prev, tuple):
        h0, works, show, k = prev
        d = last_day(rng, ("loan_agreement", "condition_report", "loan_request"), (0, 3))
        h = h0 if keyed(who, "side").random() < 0.5 else home_head()
        if after(("condition_report",)):
            h = LAST["who"] if isinstance(LAST["who"], Head) else h
    else:
        h = home_head() if keyed(who, "side").random() < 0.5 else other_museum(who, 0.2)
        h0 = h
        works = home_works(rng, 4)
        show = rng.choice(EXHIBITIONS[h.lang])
        d = some_day(rng)
        k = 0
    assert isinstance(h, Head) and isinstance(works, list) and isinstance(k, int)
    o = works[k % len(works)]
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h) if keyed(who, "crhead").random() < 0.5 else m
    title = tr(lg, "CONDITION REPORT", "ZUSTANDSPROTOKOLL", "CONSTAT D'ÉTAT")
    p.text(m, y, title, s.bold, 14)
    y = (
        ticks(
            p,
            s,
            w - m - 200,
            y,
            200,
            [tr(lg, "Incoming", "Eingang", "Entrée"), tr(lg, "Outgoing", "Ausgang", "Sortie")],
            {rng.randrange(2)},
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
            (tr(lg, "Inventory no.", "Inventar-Nr.", "N° d'inventaire"), o.no),
            (tr(lg, "Artist", "Künstler/in", "Artiste"), o.artist),
            (tr(lg, "Title", "Titel", "Titre"), o.title),
            (tr(lg, "Date", "Datierung", "Date"), o.date),
            (tr(lg, "Medium", "Technik", "Technique"), o.medium),
            (tr(lg, "Dimensions", "Maße", "Dimensions"), o.size),
            (tr(lg, "Exhibition", "Ausstellung", "Exposition"), show),
            (
                tr(lg, "Owner / lender", "Eigentümer / Leihgeber", "Propriétaire / prêteur"),
                museum_row()[0],
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = [m, m + 150, m + 190, m + 230, m + 270, w - m]
    p.text(cols[0], y, tr(lg, "Part", "Bereich", "Élément"), s.bold, 8)
    for x, t in zip(
        cols[1:4],
        [
            tr(lg, "Good", "gut", "bon"),
            tr(lg, "Fair", "mittel", "moyen"),
            tr(lg, "Poor", "schlecht", "mauvais"),
        ],
        strict=True,
    ):
        p.text(x, y, t, s.bold, 7.5)
    p.text(cols[4], y, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, 8)
    y += 6
    p.line(m, y, w - m, y)
    y += 12
    for part in CHECKS[lg]:
        p.text(cols[0], y, fit(part, s.font, 8, 145), s.font, 8)
        pick = rng.choices([0, 1, 2], [6, 3, 1])[0]
        for j in range(3):
            box(p, cols[1 + j] + 4, y, j == pick)
        if pick or rng.random() < 0.3:
            hand(p, cols[4], y, words(rng, lg, "care", rng.randint(3, 6)), 8, w - m - cols[4])
        p.line(m, y + 5, w - m, y + 5)
        y += 16
    y += 12
    # The diagram: the object's outline with damage marked.
    dw, dh = 200.0, 200.0 * rng.uniform(0.6, 1.3)
    p.text(m, y, tr(lg, "Diagram (front)", "Skizze (Vorderseite)", "Schéma (face)"), s.bold, 8)
    y += 8
    p.rect(m, y, dw, dh)
    p.rect(m + 12, y + 12, dw - 24, dh - 24)
    legend = DAMAGE[lg]
    for _ in range(rng.randint(2, 5)):
        cx, cy = m + rng.uniform(16, dw - 16), y + rng.uniform(16, dh - 16)
        ring(p, cx, cy, rng.uniform(4, 9), 14)
        p.text(cx + 9, cy + 3, rng.choice(legend)[0], HAND, 9)
    ly = y + 6
    for t in legend:
        p.text(m + dw + 20, ly, t, s.font, 7.5)
        ly += 10
    y += dh + 18
    # Examinations: departure, arrival, return.
    heads = [
        tr(lg, "Examination", "Prüfung", "Examen"),
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Place", "Ort", "Lieu"),
        tr(lg, "Examined by", "Geprüft von", "Par"),
        tr(lg, "Signature", "Unterschrift", "Signature"),
    ]
    xs = [m, m + 90, m + 160, m + 250, m + 360]
    if y < hh - 130:
        for x, t in zip(xs, heads, strict=True):
            p.text(x, y, t, s.bold, 7.5)
        y += 5
        p.line(m, y, w - m, y)
        steps = [
            tr(lg, "Departure", "Ausgang", "Départ"),
            tr(lg, "Arrival", "Ankunft", "Arrivée"),
            tr(lg, "Return", "Rückgabe", "Retour"),
        ]
        for j, t in enumerate(steps):
            y += 18
            p.text(xs[0], y, t, s.font, 8)
            if j < 2 and (j == 0 or rng.random() < 0.5):
                hand(p, xs[1], y, short(d + timedelta(days=j * 2), lg), 8)
                hand(p, xs[2], y, town_name(museum_row()[2] if j == 0 else h.town), 8, 85)
                nm = museum_person("registrar") if j == 0 else staff(h, "registrar")
                hand(p, xs[3], y, nm, 8, 105)
                scrawl(p, xs[4], y, nm, 10)
            p.line(m, y + 5, w - m, y + 5)
    pages = [p]
    if keyed(who, "photos").random() < 0.6:
        q = Page(A4)
        q.text(
            m,
            m,
            f"{title} - {tr(lg, 'Photographs', 'Fotodokumentation', 'Photographies')}",
            s.bold,
            10,
        )
        q.text(w - m, m, o.no, s.font, 9, "right")
        n = rng.choice([2, 4, 4])
        pw = (w - 2 * m - 20) / 2
        ph = pw * 0.75
        caps = [
            tr(lg, "Front", "Vorderseite", "Face"),
            tr(lg, "Reverse", "Rückseite", "Revers"),
            tr(lg, "Detail, lower left", "Detail unten links", "Détail, en bas à gauche"),
            tr(lg, "Detail, frame corner", "Detail Rahmenecke", "Détail, angle du cadre"),
        ]
        for j in range(n):
            x = m + (j % 2) * (pw + 20)
            yy = m + 20 + (j // 2) * (ph + 40)
            photo(q, x, yy, pw, ph, rng)
            q.text(x, yy + ph + 12, f"{j + 1}. {caps[j]}", s.font, 8)
        pages.append(q)
        number_pages(
            pages,
            s,
            rng.choice(
                [
                    "{i}/{n}",
                    "none",
                    "Page {i} of {n}"
                    if lg == "en"
                    else "Seite {i}/{n}"
                    if lg == "de"
                    else "Page {i}/{n}",
                ]
            ),
            "br",
        )
    remember(d, (h0, works, show, k + 1))
    LAST["who"] = h
    return pages


# ---------------------------------------------------------------------------------------------
# Templates III: transport, indemnity and insurance, conservation
# ---------------------------------------------------------------------------------------------

CRATES = {
    "en": [
        "Museum crate, foam lined",
        "Travel frame in crate",
        "Soft wrap, T-frame",
        "Climate case",
        "Plinth crate, fixed",
    ],
    "de": [
        "Klimakiste, gepolstert",
        "Reiserahmen in Kiste",
        "Weichverpackung, T-Gestell",
        "Klimabox",
        "Sockelkiste, fixiert",
    ],
    "fr": [
        "Caisse isotherme capitonnée",
        "Cadre de voyage en caisse",
        "Emballage souple",
        "Caisse climatique",
        "Caisse à socle",
    ],
}


def other_place(rng: random.Random) -> Row:
    lg = home() if rng.random() < 0.7 else rng.choice(["en", "de", "fr"])
    return rng.choice(SENDERS["museum"][lg])


def tpl_transport_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A fine-art shipper's quotation: the job (collection, delivery, vehicle, crew, courier),
    the crating specification per object, the costs with tax, an acceptance slip; now and then
    the shipper's terms on a page of their own."""
    h = head_of(who, "shipper", 0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["Q99-9999", "ANG-99999", "DEV 9999/99"]))
    there = other_place(rng)
    out = rng.random() < 0.5
    a, b = (museum_row(), there) if out else (there, museum_row())
    works = home_works(rng, rng.randint(2, 6))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {ref}")
    recipient(
        f,
        s,
        h,
        museum_lines(mx(museum_person("registrar"), lg)),
        d,
        [(tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Quotation - fine art transport {town_name(a[2])} - {town_name(b[2])}",
            f"Angebot Kunsttransport {town_name(a[2])} - {town_name(b[2])}",
            f"Devis - transport d'oeuvres {town_name(a[2])} - {town_name(b[2])}",
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
                (tr(lg, "Collection from", "Abholung", "Enlèvement"), f"{a[0]}, {a[2]}"),
                (tr(lg, "Delivery to", "Zustellung", "Livraison"), f"{b[0]}, {b[2]}"),
                (
                    tr(lg, "Proposed date", "Termin", "Date prévue"),
                    day(h, d + timedelta(days=rng.randint(20, 90))),
                ),
                (
                    tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                    tr(
                        lg,
                        "7.5 t air-ride, climate controlled, tail lift",
                        "7,5 t luftgefedert, klimatisiert, Ladebühne",
                        "7,5 t suspension pneumatique, climatisé, hayon",
                    ),
                ),
                (
                    tr(lg, "Crew", "Besatzung", "Équipe"),
                    tr(
                        lg,
                        "2 art handlers (double manned)",
                        "2 Kunsthandwerker (Doppelbesatzung)",
                        "2 manutentionnaires (double équipage)",
                    ),
                ),
                (
                    tr(lg, "Courier", "Kurier", "Convoiement"),
                    tr(
                        lg,
                        "Lender's courier travels with the vehicle",
                        "Kurier des Leihgebers fährt mit",
                        "Le convoyeur voyage à bord",
                    ),
                ),
            ],
            w - m,
        )
        + 10
    )
    caption(f, s, tr(lg, "Packing specification", "Verpackung", "Conditionnement"), 0, rule=True)
    cols = columns(
        m, w - m, [(0.4, "left"), (2.4, "left"), (1.3, "left"), (2.2, "left"), (1.0, "right")]
    )
    rows = []
    for k, o in enumerate(works, 1):
        ext = f"{rng.randint(40, 190)} x {rng.randint(20, 60)} x {rng.randint(40, 160)}"
        rows.append([str(k), f"{o.title}", o.size, rng.choice(CRATES[lg]), ext])
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Object", "Objekt", "Oeuvre"),
            tr(lg, "Size", "Maße", "Dim."),
            tr(lg, "Packing", "Verpackung", "Emballage"),
            tr(lg, "Crate (cm)", "Kiste (cm)", "Caisse (cm)"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    caption(f, s, tr(lg, "Costs", "Kosten", "Coût"), 0, rule=True)
    items = [
        (
            tr(lg, "Crate construction", "Kistenbau", "Fabrication des caisses"),
            len(works) * rng.choice([380, 420, 510]),
        ),
        (
            tr(lg, "Packing and collection", "Verpackung und Abholung", "Emballage et enlèvement"),
            rng.choice([640, 780, 920]),
        ),
        (tr(lg, "Transport", "Transport", "Transport"), rng.choice([1150, 1480, 2100, 2650])),
        (
            tr(lg, "Unpacking and installation", "Auspacken und Aufbau", "Déballage et accrochage"),
            rng.choice([360, 520]),
        ),
    ]
    if rng.random() < 0.6:
        items.append(
            (
                tr(
                    lg,
                    "Courier travel and per diems",
                    "Kurierreise und Tagegeld",
                    "Voyage et per diem du convoyeur",
                ),
                rng.choice([420, 690, 880]),
            )
        )
    if there not in SENDERS["museum"][home()] and rng.random() < 0.7:
        items.append(
            (tr(lg, "Customs formalities", "Zollabfertigung", "Formalités douanières"), 185)
        )
    cols2 = columns(m, w - m, [(5, "left"), (1.3, "right")])
    table(
        f,
        cols2,
        [tr(lg, "Item", "Position", "Poste"), tr(lg, "Amount", "Betrag", "Montant")],
        [[t, money(v, lg)] for t, v in items],
        s,
    )
    totals(
        f,
        s,
        lg,
        float(sum(v for _, v in items)),
        vat_rate(lg),
        tr(
            lg,
            "Quotation valid for 60 days. Subject to our terms and conditions of trading.",
            "Angebot gültig 60 Tage. Es gelten unsere Allgemeinen Geschäftsbedingungen (ADSp).",
            "Devis valable 60 jours, selon nos conditions générales de vente.",
        ),
    )
    f.need(110)
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
    f.y += 24
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"We accept quotation {ref}.",
            f"Wir erteilen den Auftrag gemäß Angebot {ref}.",
            f"Bon pour accord sur le devis {ref}.",
        ),
        s.font,
        s.size,
    )
    f.y += 34
    sign_line(f.page, s, m, f.y, 180, tr(lg, "Signature", "Unterschrift", "Signature"))
    sign_line(f.page, s, m + 220, f.y, 120, tr(lg, "Date", "Datum", "Date"))
    pages = f.pages
    if keyed(who, "terms").random() < 0.45:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Trading (Fine Art)",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                LOAN_CLAUSES[lg][5:] + LOAN_CLAUSES[lg][:5],
            )
        )
    received(rng, pages[0], d)
    remember(d, (a, b, works, ref))
    return close(pages, s, h)


def tpl_waybill(rng: random.Random, who: Issuer) -> list[Page]:
    """A fine-art shipper's waybill and delivery receipt: a form with its number and barcode,
    sender and consignee, crates, the vehicle's features ticked, times and signatures at
    collection and delivery in hand."""
    h = head_of(who, "shipper", 0.2)
    lg = h.lang
    prev = last_extra(("transport_quote",))
    if isinstance(prev, tuple):
        a, b, works, _ = prev
        d = last_day(rng, ("transport_quote",), (15, 60))
    else:
        there = other_place(rng)
        a, b = (museum_row(), there) if rng.random() < 0.5 else (there, museum_row())
        works = home_works(rng, rng.randint(1, 5))
        d = some_day(rng)
    assert isinstance(works, list) and isinstance(a, tuple) and isinstance(b, tuple)
    size = landscape(A5) if keyed(who, "wbsize").random() < 0.5 else A4
    s = style_of(h, size, margin=30 if size != A4 else 44, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h, top=m)
    no = serial(rng, rng.choice(["WB999999", "9999999", "LV-999999"]))
    title = tr(
        lg,
        "WAYBILL / DELIVERY RECEIPT",
        "FRACHTBRIEF / ÜBERGABEPROTOKOLL",
        "LETTRE DE VOITURE / BON DE LIVRAISON",
    )
    p.text(m, y, title, s.bold, 11)
    p.text(w - m, y, f"No. {no}", s.bold, 11, "right")
    y += 8
    if size == A4:
        p.barcode("code128", no, w - m - 200, y + 4)
        y += 92
    else:
        y += 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Consignor", "Absender", "Expéditeur"), f"{a[0]}, {a[2]}"),
            (tr(lg, "Consignee", "Empfänger", "Destinataire"), f"{b[0]}, {b[2]}"),
            (tr(lg, "Job ref.", "Auftrag", "Dossier"), serial(rng, "J99-999")),
            (
                tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"),
                serial(rng, {"en": "AA99 AAA", "de": "MZ-A 999", "fr": "AA-999-AA"}[lg]),
            ),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    y = (
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Climate controlled", "Klimatisiert", "Climatisé"),
                tr(lg, "Air-ride", "Luftfederung", "Suspension pneumatique"),
                tr(lg, "Tail lift", "Ladebühne", "Hayon"),
                tr(lg, "Courier on board", "Kurier an Bord", "Convoyeur à bord"),
                tr(lg, "Exclusive use", "Exklusivfahrt", "Transport exclusif"),
            ],
            {0, 1, *(k for k in (2, 3, 4) if rng.random() < 0.5)},
        )
        + 2
    )
    xs = [m, m + 40, m + (w - 2 * m) * 0.55, w - m - 60]
    for x, t in zip(
        xs,
        [
            tr(lg, "Crate", "Kiste", "Caisse"),
            tr(lg, "Contents", "Inhalt", "Contenu"),
            tr(lg, "Dimensions (cm)", "Maße (cm)", "Dimensions (cm)"),
            tr(lg, "kg", "kg", "kg"),
        ],
        strict=True,
    ):
        p.text(x, y, t, s.bold, 7.5)
    y += 4
    p.line(m, y, w - m, y)
    room = int((hh - y - (110 if size == A4 else 80)) // 12)
    for k, o in enumerate(works[:room], 1):
        y += 12
        p.text(xs[0], y, f"{k}/{len(works)}", s.font, 8)
        p.text(xs[1], y, fit(f"{o.no} {o.title}", s.font, 8, xs[2] - xs[1] - 6), s.font, 8)
        p.text(
            xs[2],
            y,
            f"{rng.randint(40, 190)} x {rng.randint(20, 60)} x {rng.randint(40, 160)}",
            s.font,
            8,
        )
        p.text(xs[3], y, str(rng.randint(18, 140)), s.font, 8)
    y += 16
    col = (w - 2 * m) / 2
    for j, t in enumerate(
        [
            tr(lg, "Collected", "Übernommen", "Pris en charge"),
            tr(lg, "Delivered in good order", "Ordnungsgemäß übergeben", "Livré en bon état"),
        ]
    ):
        x = m + j * col
        p.rect(x, y, col - 6, 58)
        p.text(x + 4, y + 10, t, s.bold, 7.5)
        if j == 0 or rng.random() < 0.8:
            hand(
                p,
                x + 4,
                y + 26,
                f"{short(d + timedelta(days=j), lg)}  "
                f"{rng.randint(7, 16)}:{rng.choice(['00', '15', '30', '45'])}",
                8.5,
            )
            scrawl(p, x + 8, y + 48, person(rng, lg), 11)
    y += 72
    if size == A4:
        p.rect(m, y, w - 2 * m, 60)
        p.text(
            m + 4, y + 10, tr(lg, "Remarks", "Bemerkungen", "Réserves / observations"), s.bold, 7.5
        )
        if rng.random() < 0.4:
            hand(p, m + 8, y + 28, words(rng, lg, "loan", rng.randint(4, 9)), 8.5, w - 2 * m - 16)
        y += 74
    terms = tr(
        lg,
        "All goods are carried subject to our Conditions of Trading (Fine Art), available on "
        "request.",
        "Wir arbeiten ausschließlich auf Grundlage der ADSp 2017 und unserer "
        "Kunsttransportbedingungen.",
        "Transport effectué selon nos conditions générales et le contrat type de la commission.",
    )
    p.text(m, min(y, hh - m), fit(terms, s.font, 6.5, w - 2 * m), s.font, 6.5)
    pages = [p]
    remember(d, (a, b, works, no))
    return pages


GIS_TERMS = {
    "en": [
        "Scope of indemnity",
        "Period",
        "Valuation",
        "Transit",
        "Exclusions",
        "Conditions of display",
        "Couriers",
        "Notification of loss or damage",
        "Minimum liability",
        "Recovery",
    ],
    "de": [
        "Umfang der Garantie",
        "Dauer",
        "Wertfestsetzung",
        "Transport",
        "Ausschlüsse",
        "Ausstellungsbedingungen",
        "Kurierbegleitung",
        "Schadensmeldung",
        "Selbstbehalt",
        "Rückgriff",
    ],
    "fr": [
        "Étendue de la garantie",
        "Durée",
        "Valeurs agréées",
        "Transport",
        "Exclusions",
        "Conditions de présentation",
        "Convoiement",
        "Déclaration de sinistre",
        "Franchise",
        "Recours",
    ],
}


FR_PAPER = {True: "l'arrêté accordant la garantie de l'État", False: "les conditions particulières"}


def tpl_indemnity(rng: random.Random, who: Issuer) -> list[Page]:
    """The indemnity for an incoming loan exhibition: a covering letter from the government
    body and its certificate (Government Indemnity Scheme, Garantieerklärung, arrêté), or a
    broker's fine-art insurance schedule; then the objects and agreed values on landscape
    pages and the conditions."""
    lg = home()
    gov = keyed(who, "gov").random() < 0.55
    h = make_head(
        SENDERS["authority" if gov else "broker"][lg][0], lg, "authority" if gov else "broker"
    )
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    show = exhibition()
    lenders = [other_place(rng) for _ in range(rng.randint(2, 4))]
    works = [
        a_work(rng, lg, prefix_of(rng.choice(lenders)[0]) + ".") for _ in range(rng.randint(4, 14))
    ]
    total = sum(o.value for o in works)
    ref = serial(rng, rng.choice(["GIS/99/9999", "AZ 99-999/99", "N° 9999-999", "FA 9999999"]))
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    officer = staff(h, "officer")
    recipient(
        f,
        s,
        h,
        museum_lines(mx(museum_person("director"), lg)),
        d,
        [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)],
    )
    what = tr(
        lg,
        "Government Indemnity" if gov else "Fine art insurance",
        "Staatliche Garantie" if gov else "Kunstversicherung",
        "Garantie de l'État" if gov else "Assurance clou à clou",
    )
    caption(f, s, f"{what}: {show}", 1)
    f.page.text(m, f.y, dear(lg, mx(museum_person("director"), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"I am pleased to enclose the {'certificate of indemnity' if gov else 'schedule'} "
            "for the "
            f"above exhibition, covering {len(works)} objects with a total agreed value of "
            f"{cash(total, lg)}. Please check the list of objects and values carefully and let us "
            "know at once of any discrepancy.",
            f"anbei erhalten Sie die {'Garantieerklärung' if gov else 'Police'} für die oben "
            "genannte "
            f"Ausstellung über {len(works)} Objekte mit einer Gesamtsumme von {cash(total, lg)}. "
            "Bitte prüfen Sie die Objektliste und die Werte und teilen Sie uns Abweichungen "
            "umgehend mit.",
            f"veuillez trouver ci-joint {FR_PAPER[gov]} "
            f"pour l'exposition, portant sur {len(works)} oeuvres pour une valeur totale de "
            f"{cash(total, lg)}. Nous vous remercions de vérifier la liste des oeuvres.",
        ),
    )
    write(f, s, prose(rng, lg, "loan", 1, 3))
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Indemnity Officer" if gov else "Account Executive, Fine Art",
            "Referat Museen" if gov else "Kundenbetreuung Kunst",
            "Bureau des garanties" if gov else "Chargée de clientèle",
        ),
    )
    pages = close(f.pages, s, h)
    # The certificate or schedule itself.
    c = Page(A4)
    y = m + 10.0
    if gov:
        emblem(c, w / 2 - 11, y)
        y += 46
        ctitle = tr(
            lg,
            "CERTIFICATE OF INDEMNITY",
            "GARANTIEERKLÄRUNG",
            "ARRÊTÉ ACCORDANT LA GARANTIE DE L'ÉTAT",
        )
    else:
        y = heading(c, s, h)
        ctitle = tr(
            lg,
            "SCHEDULE - FINE ART INSURANCE",
            "POLICE - KUNSTAUSSTELLUNGSVERSICHERUNG",
            "CONDITIONS PARTICULIÈRES - ASSURANCE EXPOSITION",
        )
    c.text(w / 2, y, fit(ctitle, s.bold, 13, w - 2 * m), s.bold, 13, "center")
    y += 16
    sub = tr(
        lg,
        "issued under section 16 of the National Heritage Act 1980" if gov else f"Policy no. {ref}",
        "gemäß Haushaltsgesetz und Garantierichtlinien des Landes" if gov else f"Police Nr. {ref}",
        "Vu le code du patrimoine, articles L. 111-9 et suivants" if gov else f"Police n° {ref}",
    )
    c.text(w / 2, y, fit(sub, s.font, 8.5, w - 2 * m), s.font, 8.5, "center")
    y += 26
    y = (
        pairs(
            c,
            s,
            m,
            y,
            [
                (
                    tr(
                        lg, "Borrower / insured", "Leihnehmer / Versicherungsnehmer", "Bénéficiaire"
                    ),
                    museum_row()[0],
                ),
                (tr(lg, "Exhibition", "Ausstellung", "Exposition"), show),
                (
                    tr(lg, "Period", "Dauer", "Période"),
                    f"{short(d + timedelta(days=10), lg)} - "
                    f"{short(d + timedelta(days=rng.randint(120, 200)), lg)}",
                ),
                (
                    tr(lg, "Cover", "Deckung", "Garantie"),
                    tr(
                        lg,
                        "Nail to nail, all risks of physical loss or damage",
                        "Nagel zu Nagel, Allgefahrendeckung",
                        "Clou à clou, tous risques",
                    ),
                ),
                (
                    tr(lg, "Number of objects", "Anzahl Objekte", "Nombre d'oeuvres"),
                    str(len(works)),
                ),
                (tr(lg, "Total value", "Gesamtwert", "Valeur totale"), cash(total, lg)),
                (
                    tr(lg, "Minimum liability / excess", "Selbstbehalt", "Franchise"),
                    cash(rng.choice([300, 500, 1000]), lg)
                    if not gov
                    else tr(lg, "as Guidelines", "gemäß Richtlinien", "selon l'arrêté"),
                ),
            ],
            w - m,
        )
        + 14
    )
    for _ in range(rng.randint(1, 3)):
        for ln in wrap(
            words(rng, lg, "loan", rng.randint(20, 34)), s.font, s.size - 0.5, w - 2 * m
        ):
            c.text(m, y, ln, s.font, s.size - 0.5)
            y += (s.size - 0.5) * 1.4
        y += 6
    y += 30
    c.text(
        m,
        y,
        f"{h.town.split()[-1]}, {day(h, d - timedelta(days=rng.randint(1, 6)))}",
        s.font,
        s.size,
    )
    scrawl(c, w - m - 170, y + 4, officer)
    c.text(w - m - 170, y + 18, officer, s.font, 8)
    if gov and rng.random() < 0.7:
        seal(
            c,
            w - m - 60,
            y - 6,
            30,
            h.name.split(" - ")[0],
            tr(lg, "Indemnity", "Garantie", "Garantie"),
        )
    pages.append(c)
    # The schedule of objects and values: landscape pages.
    ls = paper(s, landscape(A4), margin=40, pt=8)
    sched = tr(
        lg,
        "Schedule of objects and agreed values",
        "Anlage: Objektliste mit Werten",
        "Annexe : liste des oeuvres et valeurs agréées",
    )
    g = Sheets(
        landscape(A4),
        landscape(A4)[1] - 46,
        lambda p, n: running_header(p, ls, f"{sched} - {ref}") + 8,
    )
    objects_table(g, ls, lg, works)
    g.y += 6
    g.page.text(
        landscape(A4)[0] - 40,
        g.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}  {cash(total, lg)}",
        ls.bold,
        9,
        "right",
    )
    pages += g.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Conditions", "Bedingungen", "Conditions générales"),
                GIS_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h, numbers=h.numbers if h.numbers != "none" else "{i}/{n}")


TREAT = {
    "en": [
        "Description",
        "Condition before treatment",
        "Treatment carried out",
        "Materials used",
        "Recommendations",
    ],
    "de": [
        "Objektbeschreibung",
        "Zustand vor der Restaurierung",
        "Durchgeführte Maßnahmen",
        "Verwendete Materialien",
        "Empfehlungen",
    ],
    "fr": [
        "Description",
        "État avant intervention",
        "Traitement réalisé",
        "Produits utilisés",
        "Préconisations",
    ],
}
MATERIALS = [
    "Paraloid B-72",
    "Klucel G 2% in ethanol",
    "Beva 371 film",
    "Gamblin conservation colours",
    "Regalrez 1094 varnish",
    "wheat starch paste",
    "Japanese tissue 9 g/m2",
    "Plextol B500",
]


def tpl_treatment_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A conservator's treatment report on one object: its details, condition, the treatment
    step by step with dates, materials and recommendations, signed; then one or two pages of
    photographs before, during and after treatment."""
    h = head_of(who, "conservator", 0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    o = home_works(rng, 1)[0]
    name = (
        staff(h, "owner")
        if "Atelier" in h.name or "Werkstatt" in h.name or "Fenwick" in h.name
        else h.name.split(",")[0].split(" - ")[0].replace(" ACR", "")
    )
    title = tr(
        lg, "Conservation Treatment Report", "Restaurierungsbericht", "Rapport de restauration"
    )
    f = sheets(s, h, f"{title} - {o.no} - {o.title}")
    caption(f, s, title, 4)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Client", "Auftraggeber", "Commanditaire"), museum_row()[0]),
                (tr(lg, "Object", "Objekt", "Oeuvre"), f"{o.artist}, {o.title}"),
                (tr(lg, "Inventory no.", "Inventar-Nr.", "N° d'inventaire"), o.no),
                (
                    tr(lg, "Medium / dimensions", "Technik / Maße", "Technique / dimensions"),
                    f"{o.medium}, {o.size}",
                ),
                (tr(lg, "Report date", "Datum", "Date"), day(h, d)),
                (tr(lg, "Conservator", "Restaurator/in", "Restaurateur"), name),
            ],
            w - m,
        )
        + 10
    )
    secs = TREAT[lg]
    for k, sec in enumerate(secs):
        f.heading(m, f"{k + 1}. {sec}", s.bold, s.size + 0.5)
        if k == 2:
            t0 = d - timedelta(days=rng.randint(20, 60))
            for j in range(rng.randint(3, 6)):
                f.need(s.size * 4)
                f.page.text(
                    m + 4,
                    f.y,
                    short(t0 + timedelta(days=j * rng.randint(1, 5)), lg),
                    s.font,
                    s.size - 1,
                )
                f.para(
                    m + 70,
                    w - 2 * m - 70,
                    words(rng, lg, "care", rng.randint(12, 24)),
                    s.font,
                    s.size - 0.5,
                    0.3,
                )
        elif k == 3:
            for mat in rng.sample(MATERIALS, rng.randint(2, 4)):
                f.need(s.size * 2)
                f.page.text(m + 10, f.y, f"- {mat}", s.font, s.size - 0.5)
                f.y += s.size * 1.4
            f.y += 6
        else:
            write(f, s, prose(rng, lg, "care", 2, 4))
    f.need(60)
    f.y += 16
    scrawl(f.page, m, f.y, name)
    f.page.text(m, f.y + 14, name, s.bold, s.size - 0.5)
    f.page.text(
        m,
        f.y + 25,
        tr(
            lg,
            "Accredited conservator-restorer",
            "Dipl.-Restaurator/in (VDR)",
            "Restaurateur du patrimoine habilité",
        ),
        s.font,
        7.5,
    )
    pages = f.pages
    caps = [
        tr(lg, "Before treatment, front", "Vorzustand, Vorderseite", "Avant intervention, face"),
        tr(
            lg,
            "Before treatment, raking light",
            "Vorzustand, Streiflicht",
            "Avant, lumière rasante",
        ),
        tr(lg, "UV fluorescence", "UV-Fluoreszenz", "Fluorescence UV"),
        tr(
            lg,
            "During cleaning, test areas",
            "Während der Reinigung, Probeflächen",
            "Pendant le nettoyage, tests",
        ),
        tr(lg, "After treatment", "Endzustand", "Après intervention"),
        tr(lg, "Detail after retouching", "Detail nach Retusche", "Détail après retouche"),
    ]
    n_photo = rng.choice([2, 3, 4, 6])
    land = rng.random() < 0.35
    per = 2 if land else 3
    for start_k in range(0, n_photo, per):
        size = landscape(A4) if land else A4
        q = Page(size)
        qw, qh = size
        q.text(
            m,
            m - 10,
            fit(
                f"{title} - {o.no} - {tr(lg, 'Photographs', 'Fotodokumentation', 'Photographies')}",
                s.font,
                8,
                qw - 2 * m,
            ),
            s.font,
            8,
        )
        q.line(m, m - 5, qw - m, m - 5)
        for j in range(start_k, min(n_photo, start_k + per)):
            if land:
                x, y, pw, ph = (
                    m + (j - start_k) * (qw - 2 * m) / 2,
                    m + 10,
                    (qw - 2 * m) / 2 - 14,
                    qh - 2 * m - 50,
                )
            else:
                x, y, pw, ph = (
                    m + 40,
                    m + 6 + (j - start_k) * (qh - 2 * m) / 3,
                    qw - 2 * m - 80,
                    (qh - 2 * m) / 3 - 34,
                )
            photo(q, x, y, pw, ph, rng)
            q.text(x, y + ph + 12, f"Fig. {j + 1}: {caps[j % len(caps)]}", italic_of(s.font), 8)
        pages.append(q)
    received(rng, pages[0], d, 0.25)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates III: grants
# ---------------------------------------------------------------------------------------------

PROJECTS = {
    "en": [
        "Conservation of the Marlowe sketchbooks",
        "Schools learning programme 2025-26",
        "Digitisation of the photographic collection",
        "Exhibition catalogue and touring",
        "Redisplay of the local history gallery",
        "Acquisition of a harbour view by S. Ashby",
    ],
    "de": [
        "Restaurierung der Lindqvist-Skizzenbücher",
        "Vermittlungsprogramm für Schulen",
        "Digitalisierung der Fotosammlung",
        "Ausstellungskatalog und Wanderausstellung",
        "Neupräsentation der Stadtgeschichte",
        "Ankauf einer Hafenansicht von S. Ashby",
    ],
    "fr": [
        "Restauration des carnets de Marthe Vasseur",
        "Programme d'éducation artistique",
        "Numérisation du fonds photographique",
        "Catalogue et itinérance de l'exposition",
        "Nouvelle présentation de la salle d'histoire locale",
        "Acquisition d'une marine de S. Ashby",
    ],
}
GRANT_TERMS = {
    "en": [
        "Use of the grant",
        "Payment",
        "Match funding",
        "Monitoring and reporting",
        "Acknowledgement",
        "Changes to the project",
        "Procurement",
        "Records and audit",
        "Withholding and repayment",
        "Data protection",
    ],
    "de": [
        "Zweckbindung",
        "Auszahlung",
        "Eigenanteil",
        "Berichtspflichten",
        "Förderhinweis",
        "Änderungen",
        "Vergabe",
        "Nachweise und Prüfung",
        "Rückforderung",
        "Datenschutz",
    ],
    "fr": [
        "Objet de la subvention",
        "Modalités de versement",
        "Cofinancement",
        "Suivi et bilan",
        "Communication",
        "Modification du projet",
        "Commande publique",
        "Contrôle",
        "Reversement",
        "Données personnelles",
    ],
}


def tpl_grant_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A funder's grant offer: the offer letter with the amount and the payment schedule,
    the standard terms of grant and an acceptance form to sign and return."""
    h = head_of(who, "funder")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    proj = rng.choice(PROJECTS[lg])
    amount = float(rng.choice([4500, 7500, 12000, 18500, 25000, 40000, 62000]))
    ref = serial(rng, rng.choice(["AF-99999", "GR/99/9999", "FZ 99-999", "SUB-2025-9999"]))
    officer = staff(h, "officer")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        museum_lines(mx(museum_person("director"), lg)),
        d,
        [(tr(lg, "Grant ref.", "Förderkennzeichen", "Dossier n°"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Offer of grant: {proj}",
            f"Förderzusage: {proj}",
            f"Notification de subvention : {proj}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(museum_person("director"), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"I am delighted to tell you that our Trustees have agreed to offer a grant of up to "
            f"{cash(amount, lg)} towards the project above, on the terms and conditions enclosed.",
            "wir freuen uns, Ihnen mitteilen zu können, dass der Stiftungsrat für das oben "
            "genannte "
            f"Vorhaben eine Zuwendung von bis zu {cash(amount, lg)} bewilligt hat. Es gelten die "
            "beigefügten Nebenbestimmungen.",
            "j'ai le plaisir de vous informer que notre conseil a décidé d'attribuer une "
            "subvention "
            f"d'un montant maximal de {cash(amount, lg)} au projet cité en objet, selon les "
            "conditions jointes.",
        ),
    )
    write(f, s, prose(rng, lg, "grant", 2, 4))
    cols = columns(m, w - m, [(0.8, "left"), (3.5, "left"), (1.2, "right")])
    parts = [0.5, 0.4, 0.1] if rng.random() < 0.5 else [0.9, 0.1]
    rows = []
    triggers = {
        "en": [
            "On acceptance of this offer",
            "On evidence of expenditure",
            "On receipt of final report",
        ],
        "de": [
            "Nach Eingang der Annahmeerklärung",
            "Nach Mittelabruf mit Belegen",
            "Nach Prüfung des Verwendungsnachweises",
        ],
        "fr": [
            "À la signature de la convention",
            "Sur justificatifs de dépenses",
            "À la remise du bilan final",
        ],
    }[lg]
    for k, pt in enumerate(parts):
        rows.append([str(k + 1), triggers[k if len(parts) == 3 else k * 2], money(amount * pt, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Instalment", "Rate", "Versement"),
            tr(lg, "When", "Voraussetzung", "Échéance"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the acceptance form within 28 days.",
            "Bitte senden Sie uns die Annahmeerklärung innerhalb von vier Wochen "
            "unterschrieben zurück.",
            "Merci de nous retourner le formulaire d'acceptation signé sous 30 jours.",
        ),
    )
    regards(f, s, lg, officer, tr(lg, "Grants Manager", "Programmleitung", "Chargée de mission"))
    pages = close(f.pages, s, h)
    # The standard terms, flowing over one or two pages.
    t = sheets(
        paper(s, A4, pt=8.5),
        h,
        tr(lg, "Standard terms of grant", "Allgemeine Nebenbestimmungen", "Conditions générales")
        + f" - {ref}",
        top=False,
    )
    ts = paper(s, A4, pt=8.5)
    caption(
        t,
        ts,
        tr(
            lg,
            "Standard Terms of Grant",
            "Allgemeine Nebenbestimmungen für Zuwendungen",
            "Conditions générales d'attribution",
        ),
        2,
    )
    for k, c in enumerate(GRANT_TERMS[lg], 1):
        t.heading(m, f"{k}. {c}", ts.bold, 8.5)
        write(t, ts, prose(rng, lg, "grant", 2, 5), 8)
    pages += close(t.pages, ts, h, numbers="{i}/{n}" if rng.random() < 0.5 else "none")
    # The acceptance form.
    a = Page(A4)
    y = m + 4.0
    a.text(m, y, fit(h.name, s.bold, 9, w - 2 * m), s.bold, 9)
    y += 22
    a.text(
        m,
        y,
        tr(lg, "ACCEPTANCE OF GRANT OFFER", "ANNAHMEERKLÄRUNG", "ACCEPTATION DE LA SUBVENTION"),
        s.bold,
        14,
    )
    y += 20
    y = fields(
        a,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Grant reference", "Förderkennzeichen", "Référence"), ref),
            (tr(lg, "Organisation", "Zuwendungsempfänger", "Bénéficiaire"), museum_row()[0]),
            (tr(lg, "Project", "Vorhaben", "Projet"), proj),
            (tr(lg, "Grant amount", "Zuwendung", "Montant"), cash(amount, lg)),
            (tr(lg, "Bank account name", "Kontoinhaber", "Titulaire du compte"), ""),
            (tr(lg, "IBAN / account no.", "IBAN", "IBAN"), ""),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    for ln in wrap(words(rng, lg, "grant", 40), s.font, 8.5, w - 2 * m):
        a.text(m, y, ln, s.font, 8.5)
        y += 12
    y += 16
    ticks(
        a,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "We accept the grant on the terms offered",
                "Wir nehmen die Zuwendung an",
                "Nous acceptons la subvention",
            )
        ],
        set(),
    )
    y += 60
    for j in range(2):
        sign_line(
            a,
            s,
            m + j * (w - 2 * m) / 2,
            y,
            (w - 2 * m) / 2 - 30,
            tr(
                lg,
                "Authorised signatory, name and date",
                "Unterschrift, Name, Datum",
                "Signature, nom et date",
            ),
        )
    pages.append(a)
    received(rng, pages[0], d)
    remember(d, (h, proj, amount, ref))
    return pages


def tpl_grant_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The museum's payment claim on the funder's form: grant details, the expenditure to date
    by budget heading (entered by hand), declarations ticked and signed; and the schedule of
    invoices on a landscape page typed by the registrar."""
    prev = last_extra(("grant_offer",))
    if isinstance(prev, tuple):
        h, proj, amount, ref = prev
        d = last_day(rng, ("grant_offer",), (30, 120))
    else:
        h = head_of(who, "funder")
        proj = rng.choice(PROJECTS[h.lang])
        amount = float(rng.choice([7500, 12000, 18500, 25000, 40000]))
        ref = serial(rng, "GR/99/9999")
        d = some_day(rng)
    assert isinstance(h, Head) and isinstance(amount, float) and isinstance(proj, str)
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=8.5)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    p.text(m, m, fit(h.name, s.bold, 10, w * 0.6), s.bold, 10)
    form = tr(lg, "Form GC2", "Vordruck MA-1", "Formulaire DV-2")
    p.text(w - m, m, form, s.font, 8, "right")
    y = m + 30.0
    title = tr(lg, "GRANT PAYMENT CLAIM", "MITTELABRUF", "DEMANDE DE VERSEMENT")
    p.rect(m, y - 12, w - 2 * m, 20, fill=0.85)
    p.text(m + 6, y + 2, title, s.bold, 12)
    y += 26
    claim_no = rng.randint(1, 3)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Grant reference", "Förderkennzeichen", "Référence"), str(ref)),
            (tr(lg, "Claim no.", "Abruf Nr.", "Demande n°"), str(claim_no)),
            (tr(lg, "Organisation", "Zuwendungsempfänger", "Bénéficiaire"), museum_row()[0]),
            (tr(lg, "Project", "Vorhaben", "Projet"), proj),
            (
                tr(lg, "Period from", "Zeitraum von", "Période du"),
                short(d - timedelta(days=90), lg),
            ),
            (tr(lg, "Period to", "bis", "au"), short(d - timedelta(days=1), lg)),
        ],
        per=2,
        tall=26,
    )
    heads = {
        "en": [
            "Staff costs",
            "Conservation / specialist fees",
            "Design and print",
            "Equipment",
            "Evaluation",
            "Other",
        ],
        "de": [
            "Personalkosten",
            "Honorare / Restaurierung",
            "Gestaltung und Druck",
            "Ausstattung",
            "Evaluation",
            "Sonstiges",
        ],
        "fr": [
            "Frais de personnel",
            "Prestations / restauration",
            "Conception et impression",
            "Équipement",
            "Évaluation",
            "Autres",
        ],
    }[lg]
    y = band(p, s, y, tr(lg, "Expenditure", "Ausgaben", "Dépenses")) + 10
    xs = [m, m + 210, m + 300, m + 390, w - m]
    for x, t in zip(
        xs[:4],
        [
            "",
            tr(lg, "Budget", "Plan", "Budget"),
            tr(lg, "This claim", "Dieser Abruf", "Cette demande"),
            tr(lg, "To date", "Bisher", "Cumul"),
        ],
        strict=True,
    ):
        p.text(x, y, t, s.bold, 8)
    y += 6
    spent: list[tuple[str, float]] = []
    for t in heads:
        y += 16
        budget = round(amount * rng.uniform(0.05, 0.4), -1)
        this = round(budget * rng.uniform(0.1, 0.7), 2) if rng.random() < 0.75 else 0.0
        p.text(xs[0], y, t, s.font, 8)
        p.text(xs[2] - 10, y, money(budget, lg), s.font, 8, "right")
        if this:
            hand(p, xs[2], y, money(this, lg), 8.5)
            hand(p, xs[3], y, money(this * (claim_no if claim_no > 1 else 1), lg), 8.5)
            spent.append((t, this))
        p.line(m, y + 4, w - m, y + 4)
    total = sum(v for _, v in spent)
    y += 20
    p.text(xs[0], y, tr(lg, "Total claimed", "Summe Abruf", "Total demandé"), s.bold, 8.5)
    hand(p, xs[2], y, money(total, lg), 9)
    y += 26
    y = band(p, s, y, tr(lg, "Declaration", "Erklärung", "Attestation")) + 12
    for t in [
        tr(
            lg,
            "The expenditure was incurred on the approved project.",
            "Die Ausgaben dienten ausschließlich dem Zuwendungszweck.",
            "Les dépenses se rapportent au projet subventionné.",
        ),
        tr(
            lg,
            "The funder has been acknowledged as agreed.",
            "Der Förderhinweis wurde angebracht.",
            "Le financeur a été mentionné.",
        ),
        tr(
            lg,
            "Receipts are held and available for inspection.",
            "Belege liegen vor und können eingesehen werden.",
            "Les justificatifs sont tenus à disposition.",
        ),
    ]:
        y = ticks(p, s, m, y, w - 2 * m, [t], {0}) + 2
    y += 34
    signer = museum_person("director")
    sign_line(p, s, m, y, 200, tr(lg, "Signature", "Unterschrift", "Signature"), signer)
    sign_line(p, s, m + 240, y, 120, tr(lg, "Date", "Datum", "Date"))
    hand(p, m + 244, y - 4, short(d, lg))
    p.text(m, y + 20, f"{signer}, {job('director', lg)}", s.font, 8)
    pages = [p]
    # The schedule of invoices: typed by the museum on a landscape page.
    ls = paper(s, landscape(A4), margin=40, pt=8)
    g = Sheets(landscape(A4), landscape(A4)[1] - 46, lambda q, n: ls.margin + 6)
    caption(
        g,
        ls,
        tr(
            lg,
            f"Schedule of expenditure - claim {claim_no} - {ref}",
            f"Belegliste - Abruf {claim_no} - {ref}",
            f"État récapitulatif des dépenses - demande {claim_no} - {ref}",
        ),
        1,
    )
    rows = []
    for t, v in spent:
        left = v
        while left > 0.01:
            part = round(min(left, left * rng.uniform(0.3, 1.0) + 50), 2)
            part = min(part, left)
            left = round(left - part, 2)
            sup = rng.choice(SENDERS[rng.choice(["designer", "conservator", "shipper"])][home()])[0]
            if t == heads[0]:
                sup = tr(lg, "Payroll journal", "Lohnjournal", "Journal de paie")
            rows.append(
                [
                    short(d - timedelta(days=rng.randint(5, 90)), lg),
                    sup,
                    serial(rng, "INV-99999"),
                    t,
                    money(part, lg),
                ]
            )
    rows.sort(key=lambda r: r[0][-4:] + r[0][3:5] + r[0][:2])
    table(
        g,
        columns(
            40,
            landscape(A4)[0] - 40,
            [(1, "left"), (3, "left"), (1.2, "left"), (2.4, "left"), (1.1, "right")],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Supplier", "Lieferant", "Fournisseur"),
            tr(lg, "Invoice", "Beleg-Nr.", "Facture"),
            tr(lg, "Budget heading", "Position", "Poste"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        ls,
        rules=True,
    )
    g.y += 6
    g.page.text(
        landscape(A4)[0] - 40,
        g.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}  {money(total, lg)}",
        ls.bold,
        9,
        "right",
    )
    pages += g.pages
    remember(d, (h, proj, amount, ref))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates III: suppliers (exhibition design and print, shop stock)
# ---------------------------------------------------------------------------------------------

DESIGN_LINES = {
    "en": [
        ("Graphic panels, 5 mm foamex, 1200 x 800 mm", "ea", 68.0),
        ("Vinyl lettering, title wall", "item", 420.0),
        ("Object labels, 3 mm foamex", "ea", 6.5),
        ("Roller banner 850 x 2000 mm", "ea", 95.0),
        ("External banner 3 x 1 m, eyelets", "ea", 140.0),
        ("Exhibition leaflets A5, 4pp, 5,000", "item", 610.0),
        ("Catalogue, 96 pp, 1,000 copies", "item", 7850.0),
        ("Design fee, exhibition graphics", "day", 450.0),
        ("Installation on site, 2 fitters", "day", 560.0),
        ("Proofs and artwork corrections", "hr", 55.0),
    ],
    "de": [
        ("Ausstellungstafeln, Alu-Dibond 3 mm, 120 x 80 cm", "Stk", 74.0),
        ("Folienschrift Titelwand", "psch", 420.0),
        ("Objektschilder, Forex 3 mm", "Stk", 6.8),
        ("Roll-up 85 x 200 cm", "Stk", 99.0),
        ("Fassadenbanner 3 x 1 m, Ösen", "Stk", 145.0),
        ("Faltblatt DIN lang, 6 S., 5.000 Ex.", "psch", 590.0),
        ("Katalog, 96 S., 1.000 Ex.", "psch", 8100.0),
        ("Gestaltung Ausstellungsgrafik", "Tag", 480.0),
        ("Montage vor Ort, 2 Monteure", "Tag", 590.0),
        ("Korrekturläufe", "Std", 58.0),
    ],
    "fr": [
        ("Panneaux Dibond 3 mm, 120 x 80 cm", "u", 72.0),
        ("Lettrage adhésif, mur de titre", "forfait", 420.0),
        ("Cartels, PVC 3 mm", "u", 6.5),
        ("Kakemono 85 x 200 cm", "u", 97.0),
        ("Bâche façade 3 x 1 m, oeillets", "u", 140.0),
        ("Dépliants A5, 4 p., 5 000 ex.", "forfait", 600.0),
        ("Catalogue, 96 p., 1 000 ex.", "forfait", 7900.0),
        ("Conception graphique", "jour", 460.0),
        ("Pose sur site, 2 techniciens", "jour", 570.0),
        ("Corrections BAT", "h", 55.0),
    ],
}


def tpl_design_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An exhibition design or print supplier's invoice: the museum's order number, the
    exhibition, the lines (panels, lettering, labels, banners, print runs, fitting days), tax,
    bank details; now and then a signed installation sheet behind."""
    h = head_of(who, "designer")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["INV-99999", "RE 2025-999", "FA99999", "9999"]))
    po = serial(rng, rng.choice(["PO 99999", "B-9999", "BC 999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        museum_lines(tr(lg, "Accounts payable", "Rechnungsprüfung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
        ],
    )
    caption(f, s, f"{tr(lg, 'INVOICE', 'RECHNUNG', 'FACTURE')} - {exhibition()}", 2)
    lines = rng.sample(DESIGN_LINES[lg], rng.randint(2, 6))
    rows = []
    net = 0.0
    for k, (t, u, pr) in enumerate(lines, 1):
        if u in ("item", "psch", "forfait"):
            q = 1
        elif pr < 10:
            q = rng.choice([24, 40, 60, 80, 120])
        elif pr < 80:
            q = rng.choice([4, 6, 8, 12, 16, 24])
        else:
            q = rng.randint(1, 4)
        if u in ("day", "Tag", "jour", "hr", "Std", "h"):
            q = rng.randint(1, 6)
        v = round(q * pr, 2)
        net += v
        rows.append([str(k), t, str(q), u, money(pr, lg), money(v, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (4.2, "left"),
                (0.6, "right"),
                (0.7, "center"),
                (1.0, "right"),
                (1.1, "right"),
            ],
        ),
        [
            "#",
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            "",
            tr(lg, "Rate", "EP", "PU HT"),
            tr(lg, "Amount", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        tr(
            lg,
            f"Payment within 30 days to the account below, quoting {no}.",
            f"Zahlbar innerhalb von 30 Tagen ohne Abzug unter Angabe der Rechnungsnummer {no}.",
            "Règlement à 30 jours par virement. Pénalités de retard : trois fois le taux "
            "d'intérêt légal. Indemnité forfaitaire de recouvrement : 40 €.",
        ),
    )
    pages = f.pages
    if keyed(who, "install").random() < 0.35:
        q = Page(A4)
        y = m + 0.0
        q.text(
            m,
            y,
            tr(
                lg,
                "INSTALLATION COMPLETION SHEET",
                "ABNAHMEPROTOKOLL MONTAGE",
                "PROCÈS-VERBAL DE RÉCEPTION",
            ),
            s.bold,
            13,
        )
        y += 22
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Client", "Kunde", "Client"), museum_row()[0]),
                (tr(lg, "Project", "Projekt", "Projet"), exhibition()),
                (
                    tr(lg, "Date on site", "Montagedatum", "Date d'intervention"),
                    short(d - timedelta(days=rng.randint(1, 9)), lg),
                ),
                (
                    tr(lg, "Fitters", "Monteure", "Techniciens"),
                    f"{person(rng, lg)}, {person(rng, lg)}",
                ),
            ],
            hand=True,
        )
        for t, _, _ in lines:
            y = ticks(q, s, m, y, w - 2 * m, [t], {0} if rng.random() < 0.85 else set())
        y += 10
        q.text(m, y, tr(lg, "Snagging / remarks", "Mängel / Bemerkungen", "Réserves"), s.bold, 9)
        for _ in range(4):
            y += 18
            q.line(m, y, w - m, y)
        hand(q, m + 4, y - 58, words(rng, lg, "loan", rng.randint(4, 9)), 9, w - 2 * m)
        y += 50
        sign_line(
            q,
            s,
            m,
            y,
            180,
            tr(lg, "For the client", "Für den Auftraggeber", "Pour le client"),
            museum_person("curator"),
        )
        sign_line(
            q,
            s,
            m + 240,
            y,
            180,
            tr(lg, "For the contractor", "Für den Auftragnehmer", "Pour l'entreprise"),
            person(rng, lg),
        )
        pages.append(q)
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h)


STOCK = {
    "book": {
        "en": [
            "Coastal Painters of the North",
            "A Pocket Guide to the Town",
            "Edith Marlowe: Letters",
            "Drawing for Beginners",
            "The Museum Cookbook",
            "Children's Art Activity Book",
        ],
        "de": [
            "Küstenmaler des Nordens",
            "Stadtführer kompakt",
            "Grete Lindqvist: Briefe",
            "Zeichnen lernen",
            "Das Museumskochbuch",
            "Mal- und Rätselbuch für Kinder",
        ],
        "fr": [
            "Peintres du littoral",
            "Petit guide de la ville",
            "Marthe Vasseur, correspondance",
            "Apprendre à dessiner",
            "Les recettes du musée",
            "Cahier d'activités pour enfants",
        ],
    },
    "gift": {
        "en": [
            "Greeting card, assorted",
            "Postcard, collection highlights",
            "Tea towel, harbour print",
            "Enamel mug",
            "Pencil set in tin",
            "Fridge magnet",
            "Jigsaw 1000 pcs",
            "Tote bag, natural",
            "Notebook A5, linen",
            "Bookmark, leather",
        ],
        "de": [
            "Grußkarte, sortiert",
            "Postkarte, Sammlungshighlights",
            "Geschirrtuch, Hafenmotiv",
            "Emaillebecher",
            "Buntstifte in Dose",
            "Kühlschrankmagnet",
            "Puzzle 1000 Teile",
            "Baumwolltasche, natur",
            "Notizbuch A5, Leinen",
            "Lesezeichen, Leder",
        ],
        "fr": [
            "Carte double, assortie",
            "Carte postale, chefs-d'oeuvre",
            "Torchon, motif port",
            "Mug émaillé",
            "Crayons en boîte",
            "Magnet",
            "Puzzle 1000 pièces",
            "Tote bag naturel",
            "Carnet A5, toile",
            "Marque-page cuir",
        ],
    },
}


def stock_lines(rng: random.Random, h: Head) -> list[tuple[str, str, int, float]]:
    """Items a shop supplier sends: code, description, quantity, unit price."""
    lg = h.lang
    books = "Verlag" in h.name or "Publishing" in h.name or "Éditions" in h.name
    out = []
    for _ in range(rng.randint(4, 28)):
        if books or rng.random() < 0.2:
            t = rng.choice(STOCK["book"][lg])
            code = f"978-{rng.randint(0, 3)}-{rng.randint(10000, 99999)}-"
            code += f"{rng.randint(100, 999)}-{rng.randint(0, 9)}"
            out.append(
                (
                    code,
                    t,
                    rng.choice([2, 3, 5, 6, 10]),
                    rng.choice([8.99, 12.99, 19.95, 24.0, 29.9]),
                )
            )
        else:
            t = rng.choice(STOCK["gift"][lg])
            out.append(
                (
                    serial(rng, "AA-9999"),
                    t,
                    rng.choice([6, 12, 12, 24, 48, 100]),
                    rng.choice([0.45, 0.6, 1.2, 2.8, 3.5, 4.95, 7.5]),
                )
            )
    return out


def tpl_shop_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop stock supplier's invoice: codes or ISBNs, descriptions, quantities, prices less
    trade discount, over as many pages as the lines need, with the totals and terms."""
    h = head_of(who, "supplier")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "letter").random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    prev = last_extra(("delivery_note",))
    if isinstance(prev, tuple) and LAST["who"] == h.name:
        lines, order, d = prev
        d = d + timedelta(days=rng.randint(0, 4))
    else:
        lines, order, d = stock_lines(rng, h), serial(rng, "SHOP-999"), some_day(rng)
    assert isinstance(lines, list) and isinstance(d, date)
    no = serial(rng, rng.choice(["SI999999", "RE-99999", "F-999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        museum_lines(tr(lg, "The Museum Shop", "Museumsshop", "Boutique du musée")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), str(order)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    disc = rng.choice([35, 40, 45, 50])
    rows = []
    net = 0.0
    for code, t, q, pr in lines:
        v = round(q * pr * (1 - disc / 100), 2)
        net += v
        rows.append([code, t, str(q), money(pr, lg), f"{disc}%", money(v, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.6, "left"),
                (3.4, "left"),
                (0.5, "right"),
                (0.9, "right"),
                (0.6, "right"),
                (1.0, "right"),
            ],
        ),
        [
            tr(lg, "Code / ISBN", "Art.-Nr. / ISBN", "Réf. / ISBN"),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "RRP", "VK", "Prix public"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "Net", "Netto", "Net"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.5,
    )
    books = all(r[0].startswith("978") for r in rows)
    rate = {"en": 0.0, "de": 7.0, "fr": 5.5}[lg] if books else vat_rate(lg)
    totals(
        f,
        s,
        lg,
        net,
        rate,
        tr(
            lg,
            "Terms: 30 days net. Returns only with prior authorisation.",
            "Zahlungsziel 30 Tage netto. Remissionen nur nach Absprache.",
            "Paiement à 30 jours fin de mois. Retours sur accord préalable.",
        ),
    )
    received(rng, f.pages[0], d, 0.3)
    LAST["who"] = h.name
    remember(d, (lines, order, d))
    return close(f.pages, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop supplier's delivery note on A5 or A4: items ordered and delivered, back orders,
    cartons, and the shop's signature for the goods received."""
    h = head_of(who, "supplier")
    lg = h.lang
    size = A5 if keyed(who, "dnsize").random() < 0.6 else A4
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    lines = stock_lines(rng, h)
    order = serial(rng, "SHOP-999")
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 12)
    no = serial(rng, "DN999999")
    p.text(w - m, y, no, s.bold, 10, "right")
    y += 14
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (
                    tr(lg, "Deliver to", "Lieferanschrift", "Livrer à"),
                    f"{museum_row()[0]} - {tr(lg, 'Shop', 'Shop', 'Boutique')}",
                ),
                (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), order),
                (tr(lg, "Despatch date", "Versanddatum", "Date d'expédition"), day(h, d)),
                (tr(lg, "Cartons", "Packstücke", "Colis"), str(rng.randint(1, 6))),
            ],
            w - m,
            s.size - 0.5,
        )
        + 8
    )
    xs = [m, m + (w - 2 * m) * 0.25, w - m - 70, w - m]
    for x, t, al in zip(
        xs,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Ord.", "Best.", "Cde"),
            tr(lg, "Del.", "Gel.", "Livr."),
        ],
        ["left", "left", "right", "right"],
        strict=True,
    ):
        p.text(x, y, t, s.bold, 7.5, al)
    y += 4
    p.line(m, y, w - m, y)
    room = int((hh - y - 110) // 11)
    shown = lines[:room]
    for code, t, q, _ in shown:
        y += 11
        p.text(xs[0], y, fit(code, s.font, 7.5, xs[1] - xs[0] - 4), s.font, 7.5)
        p.text(xs[1], y, fit(t, s.font, 7.5, xs[2] - xs[1] - 40), s.font, 7.5)
        p.text(xs[2], y, str(q), s.font, 7.5, "right")
        short_by = q if rng.random() < 0.08 else 0
        p.text(xs[3], y, str(q - short_by), s.font, 7.5, "right")
        if short_by:
            p.text(xs[3] + 4, y, "B/O" if lg == "en" else "NL" if lg == "de" else "RAL", s.font, 6)
    y += 26
    p.text(
        m,
        y,
        tr(
            lg,
            "Goods received in good condition",
            "Ware vollständig und unbeschädigt erhalten",
            "Marchandise reçue en bon état",
        ),
        s.font,
        8,
    )
    y += 28
    sign_line(
        p,
        s,
        m,
        y,
        (w - 2 * m) * 0.55,
        tr(lg, "Signature / print name", "Unterschrift / Name", "Signature / nom"),
        museum_person("shop") if rng.random() < 0.8 else "",
    )
    hand(p, w - m - 70, y - 4, short(d + timedelta(days=rng.randint(1, 3)), lg), 8.5)
    LAST["who"] = h.name
    remember(d, (shown, order, d))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates III: the building (environment, security)
# ---------------------------------------------------------------------------------------------

GALLERIES = {
    "en": [
        "Gallery 1 (Main Hall)",
        "Gallery 2 (Marlowe Room)",
        "Gallery 3 (Temporary Exhibitions)",
        "Works on Paper Room",
        "Store A (Paintings)",
        "Store B (Social History)",
    ],
    "de": [
        "Saal 1 (Foyer)",
        "Saal 2 (Gemäldegalerie)",
        "Saal 3 (Wechselausstellung)",
        "Grafisches Kabinett",
        "Depot A (Gemälde)",
        "Depot B (Stadtgeschichte)",
    ],
    "fr": [
        "Salle 1 (hall)",
        "Salle 2 (peintures)",
        "Salle 3 (expositions temporaires)",
        "Cabinet d'arts graphiques",
        "Réserve A (peintures)",
        "Réserve B (histoire locale)",
    ],
}


def chart(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    series: list[list[float]],
    lo: float,
    hi: float,
    limits: list[float],
    n_ticks: int,
) -> None:
    """A line chart: frame, grid, limit lines and one polyline per series."""
    p.rect(x, y, w, h)
    for k in range(1, 5):
        yy = y + h * k / 5
        p.line(x, yy, x + w, yy)
        p.text(x - 4, yy + 3, f"{hi - (hi - lo) * k / 5:.0f}", "Helvetica", 6.5, "right")
    p.text(x - 4, y + 3, f"{hi:.0f}", "Helvetica", 6.5, "right")
    for k in range(n_ticks + 1):
        xx = x + w * k / n_ticks
        p.line(xx, y + h, xx, y + h + 3)
    for lim in limits:
        yy = y + h * (hi - lim) / (hi - lo)
        xx = x
        while xx < x + w:
            p.line(xx, yy, min(xx + 6, x + w), yy)
            xx += 10
    for ser in series:
        n = len(ser)
        pts = [
            (x + w * k / (n - 1), y + h * (hi - max(lo, min(hi, v))) / (hi - lo))
            for k, v in enumerate(ser)
        ]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            p.line(x1, y1, x2, y2)


def tpl_env_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The registrar's monitoring printout for one gallery: a landscape page with the
    temperature and humidity chart over the month and the summary, then the daily readings
    on portrait pages, initialled as checked."""
    prev = last_extra(("env_log",))
    k = prev + 1 if isinstance(prev, int) else keyed(who, "gal").randrange(6)
    lg = home()
    gal = GALLERIES[lg][k % 6]
    h = home_head()
    soft = keyed(who, "soft").choice(
        ["ClimaTrack Pro 4.2", "Hanwell EMS", "testo Saveris 2", "Meaco Net"]
    )
    start = month() - timedelta(days=30)
    start = start.replace(day=1)
    days = 30
    d = month() + timedelta(days=rng.randint(1, 6))
    size = landscape(A4)
    w, hh = size
    p = Page(size)
    m = 40
    p.text(
        m,
        m,
        fit(
            f"{soft} - {tr(lg, 'Environmental report', 'Klimabericht', 'Rapport climatique')}",
            "Helvetica-Bold",
            12,
            w / 2,
        ),
        "Helvetica-Bold",
        12,
    )
    p.text(w - m, m, fit(museum_row()[0], "Helvetica", 8, w / 2 - m), "Helvetica", 8, "right")
    logger = f"{tr(lg, 'Logger', 'Logger', 'Capteur')} {serial(keyed(who, 'lg' + str(k)), 'A9-99')}"
    p.text(m, m + 16, f"{logger} - {gal}", "Helvetica", 9)
    p.text(
        w - m,
        m + 16,
        f"{short(start, lg)} - {short(start + timedelta(days=days - 1), lg)}",
        "Helvetica",
        9,
        "right",
    )
    store = k >= 4
    t0 = 17.0 if store else 20.0
    rh0 = 50.0
    temps, hums = [], []
    tt, rr = t0, rh0
    for _ in range(days * 4):
        tt += rng.uniform(-0.4, 0.4) + (t0 - tt) * 0.1
        rr += rng.uniform(-1.6, 1.6) + (rh0 - rr) * 0.08
        if rng.random() < 0.02:
            rr += rng.choice([-9, 9])
        temps.append(tt)
        hums.append(rr)
    cx, cy, cw, ch = m + 30, m + 40, w - 2 * m - 60, (hh - 2 * m - 150) / 2
    p.text(
        cx,
        cy - 6,
        tr(lg, "Temperature (C)", "Temperatur (°C)", "Température (°C)"),
        "Helvetica",
        7.5,
    )
    chart(p, cx, cy, cw, ch, [temps], 10, 30, [t0 - 2, t0 + 3], days)
    cy2 = cy + ch + 24
    p.text(
        cx,
        cy2 - 6,
        tr(lg, "Relative humidity (%)", "Relative Luftfeuchte (%)", "Humidité relative (%)"),
        "Helvetica",
        7.5,
    )
    chart(p, cx, cy2, cw, ch, [hums], 20, 80, [40, 60], days)
    y = cy2 + ch + 24
    stats = [
        (
            "T min / max / mean",
            f"{min(temps):.1f} / {max(temps):.1f} / {sum(temps) / len(temps):.1f}",
        ),
        ("RH min / max / mean", f"{min(hums):.0f} / {max(hums):.0f} / {sum(hums) / len(hums):.0f}"),
        (
            tr(lg, "RH within 40-60%", "rF innerhalb 40-60 %", "HR dans 40-60 %"),
            f"{100 * sum(40 <= v <= 60 for v in hums) / len(hums):.1f}%",
        ),
    ]
    for j, (a, b) in enumerate(stats):
        p.text(m + 30 + j * 240, y, f"{a}: {b}", "Helvetica", 8)
    pages = [p]
    # The daily readings on portrait pages.
    s = style_of(h, A4, margin=50, pt=8.5)
    s = paper(s, A4)
    f = Sheets(A4, A4[1] - 60, lambda q, n: running_header(q, s, f"{soft} - {logger} - {gal}") + 8)
    rows = []
    for dd in range(days):
        ts = temps[dd * 4 : dd * 4 + 4]
        hs = hums[dd * 4 : dd * 4 + 4]
        flag = "!" if max(hs) > 60 or min(hs) < 40 else ""
        rows.append(
            [
                short(start + timedelta(days=dd), lg),
                f"{min(ts):.1f}",
                f"{max(ts):.1f}",
                f"{min(hs):.0f}",
                f"{max(hs):.0f}",
                flag,
            ]
        )
    table(
        f,
        columns(
            50,
            A4[0] - 50,
            [
                (1.4, "left"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (0.6, "center"),
            ],
        ),
        [tr(lg, "Date", "Datum", "Date"), "T min", "T max", "RH min", "RH max", ""],
        rows,
        s,
        step=1.55,
    )
    f.need(50)
    f.y += 20
    f.page.text(50, f.y, tr(lg, "Checked:", "Geprüft:", "Vérifié :"), s.font, 8.5)
    scrawl(f.page, 100, f.y + 2, museum_person("registrar"), 11)
    hand(f.page, 220, f.y, short(d, lg), 9)
    if rng.random() < 0.4:
        hand(f.page, 50, f.y + 20, words(rng, lg, "loan", rng.randint(4, 8)), 9, A4[0] - 100)
    pages += f.pages
    number_pages(pages, s, "{i}/{n}" if rng.random() < 0.6 else "none", "br", bottom=24)
    remember(d, k)
    return pages


def tpl_security_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """An intruder alarm and CCTV maintenance certificate: customer and system, the checks
    ticked with battery readings, the signalling test, engineer's and customer's signatures;
    often the zone test list on a second page."""
    h = head_of(who, "security")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CERTIFICATE OF MAINTENANCE - INTRUDER ALARM SYSTEM",
        "WARTUNGS- UND INSPEKTIONSPROTOKOLL EINBRUCHMELDEANLAGE",
        "RAPPORT DE VÉRIFICATION PÉRIODIQUE - SYSTÈME D'ALARME",
    )
    p.text(m, y, fit(title, s.bold, 11, w - 2 * m - 90), s.bold, 11)
    no = serial(rng, "999999")
    p.text(w - m, y, f"No. {no}", s.bold, 10, "right")
    y += 8
    std = tr(
        lg,
        "PD 6662 / BS EN 50131 - NSI Gold",
        "DIN VDE 0833-3 / VdS 2311",
        "NF EN 50131 / APSAD R81",
    )
    p.text(m, y + 8, std, s.font, 7.5)
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Betreiber", "Client"), museum_row()[0]),
            (tr(lg, "Site address", "Objekt", "Site"), f"{museum_row()[1]}, {museum_row()[2]}"),
            (
                tr(lg, "Control panel", "Zentrale", "Centrale"),
                keyed(who, "panel").choice(
                    [
                        "Galaxy Dimension GD-264",
                        "Texecom Premier Elite 640",
                        "Telenot complex 400H",
                        "Honeywell MB-Secure",
                        "Risco LightSYS+",
                    ]
                ),
            ),
            (
                tr(lg, "Grade / ARC", "Klasse / NSL", "Grade / télésurveillance"),
                tr(lg, "Grade 3 / ARC URN ", "Klasse C / NSL ", "Grade 3 / TLS ")
                + serial(keyed(who, "urn"), "99999"),
            ),
            (
                tr(lg, "Visit", "Art", "Visite"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Routine maintenance (2 of 2)",
                            "Inspektion / Wartung",
                            "Maintenance préventive",
                        ),
                        tr(lg, "Corrective visit", "Störungsbeseitigung", "Dépannage"),
                    ]
                ),
            ),
            (
                tr(lg, "Date / time on site", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(7, 15)}:{rng.choice(['00', '30'])}",
            ),
        ],
        per=2,
        tall=24,
    )
    checks = {
        "en": [
            "Control panel and tamper",
            "Standby battery (V)",
            "PSU and charging",
            "All detectors walk-tested",
            "Internal sounders",
            "External sounder / strobe",
            "Signalling to ARC (path 1 and 2)",
            "Hold-up devices",
            "Set / unset procedure",
            "CCTV recording and time sync",
            "Log reviewed",
        ],
        "de": [
            "Zentrale und Sabotage",
            "Akku (V)",
            "Netzteil / Ladung",
            "Melder begangen",
            "Innensirenen",
            "Außensignalgeber",
            "Übertragung zur NSL (Weg 1 und 2)",
            "Überfallmelder",
            "Scharf- / Unscharfschaltung",
            "Videoaufzeichnung / Uhrzeit",
            "Ereignisspeicher",
        ],
        "fr": [
            "Centrale et autoprotection",
            "Batterie (V)",
            "Alimentation",
            "Essai de tous les détecteurs",
            "Sirènes intérieures",
            "Sirène extérieure / flash",
            "Transmission (voies 1 et 2)",
            "Boutons d'agression",
            "Mise en / hors service",
            "Enregistrement vidéo",
            "Journal consulté",
        ],
    }[lg]
    y = band(p, s, y, tr(lg, "Inspection", "Prüfung", "Contrôles")) + 10
    for t in checks:
        p.text(m, y, t, s.font, 8)
        ok = rng.random() < 0.92
        box(p, w - m - 120, y, ok)
        p.text(w - m - 108, y, "OK", s.font, 7)
        box(p, w - m - 70, y, not ok)
        p.text(w - m - 58, y, tr(lg, "Fault", "Mangel", "Défaut"), s.font, 7)
        if "(V)" in t:
            hand(
                p,
                w - m - 200,
                y,
                f"{rng.uniform(12.9, 13.8):.1f} V".replace(".", "," if lg != "en" else "."),
                8.5,
            )
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 8
    p.text(
        m, y, tr(lg, "Remarks / remedial work", "Bemerkungen / Mängel", "Observations"), s.bold, 8.5
    )
    y += 14
    hand(p, m, y, words(rng, home(), "loan", rng.randint(5, 12)), 9, w - 2 * m)
    y += 40
    eng = person(rng, lg)
    sign_line(p, s, m, y, 200, tr(lg, "Engineer", "Techniker", "Technicien"), eng)
    sign_line(
        p,
        s,
        m + 260,
        y,
        200,
        tr(lg, "Customer", "Betreiber", "Client"),
        museum_person("registrar") if rng.random() < 0.7 else "",
    )
    y += 30
    p.text(
        m,
        y,
        tr(
            lg,
            f"Next maintenance due: {short(d + timedelta(days=182), lg)}",
            f"Nächste Wartung: {short(d + timedelta(days=365), lg)}",
            f"Prochaine visite : {short(d + timedelta(days=182), lg)}",
        ),
        s.bold,
        8.5,
    )
    pages = [p]
    if keyed(who, "zones").random() < 0.6:
        q = Page(A4)
        q.text(
            m,
            m,
            f"{tr(lg, 'Zone list', 'Meldergruppen', 'Liste des zones')} - No. {no}",
            s.bold,
            10,
        )
        xs = [m, m + 40, m + 220, m + 340, w - m - 40]
        yy = m + 22.0
        for x, t in zip(
            xs,
            [
                tr(lg, "Zone", "MG", "Zone"),
                tr(lg, "Location", "Ort", "Emplacement"),
                tr(lg, "Device", "Melder", "Détecteur"),
                tr(lg, "Area", "Bereich", "Secteur"),
                tr(lg, "Tested", "geprüft", "Testé"),
            ],
            strict=True,
        ):
            q.text(x, yy, t, s.bold, 8)
        yy += 5
        q.line(m, yy, w - m, yy)
        places = GALLERIES[lg] + [
            tr(lg, "Shop", "Shop", "Boutique"),
            tr(lg, "Café", "Café", "Café"),
            tr(lg, "Office", "Büro", "Bureau"),
            tr(lg, "Loading bay", "Anlieferung", "Quai"),
            tr(lg, "Fire exit", "Notausgang", "Issue de secours"),
        ]
        for z in range(1, rng.randint(14, 40)):
            yy += 13
            if yy > hh - m:
                break
            q.text(xs[0], yy, f"{z:03d}", s.font, 8)
            q.text(xs[1], yy, fit(rng.choice(places), s.font, 8, 175), s.font, 8)
            q.text(
                xs[2],
                yy,
                rng.choice(["PIR", "PIR/MW", "Door contact", "Shock", "Beam", "Glass break"])
                if lg == "en"
                else rng.choice(["BWM", "Dual", "Magnetkontakt", "Körperschall", "Lichtschranke"])
                if lg == "de"
                else rng.choice(["IRP", "Bi-techno", "Contact", "Choc", "Barrière"]),
                s.font,
                8,
            )
            q.text(xs[3], yy, str(rng.randint(1, 4)), s.font, 8)
            hand(q, xs[4], yy, "v" if rng.random() < 0.95 else "-", 9)
        pages.append(q)
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates III: donations and bequests
# ---------------------------------------------------------------------------------------------

DONOR_TOWNS = {
    "en": ["Harbridge", "Kendleby", "Wexcombe", "Ludlow"],
    "de": ["Ahrweiler", "Sinzig", "Remagen", "Bonn"],
    "fr": ["Épernay", "Reims", "Limoges", "Cognac"],
}


def donor_of(who: Issuer) -> tuple[str, str]:
    r = keyed(who, "donor")
    lg = home()
    first = r.choice(["Margaret", "Ingrid", "Odile", "Ruth", "George", "Walter", "Henri"])
    name = f"{first} {r.choice(LASTS[lg])}"
    road = {
        "en": f"{r.randint(2, 80)} Linden Road",
        "de": f"Am Weinberg {r.randint(2, 40)}",
        "fr": f"{r.randint(2, 40)} rue des Vignes",
    }[lg]
    return name, f"{road}, {r.choice(DONOR_TOWNS[lg])}"


def tpl_donation_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A donor's own letter offering a gift or enclosing a cheque (no letterhead, sometimes on
    A5 notepaper), or a solicitor's or notary's letter about a bequest with a copy of the will
    extract behind."""
    lg = home()
    d = some_day(rng)
    amount = float(rng.choice([50, 100, 250, 500, 1000, 2500, 5000, 20000]))
    donor, addr = donor_of(who)
    if keyed(who, "bequest").random() < 0.35:
        h = head_of(who, "solicitor")
        s = style_of(h, A4)
        w, _ = s.page_size
        m = s.margin
        f = sheets(s, h, h.name)
        recipient(
            f,
            s,
            h,
            museum_lines(tr(lg, "The Director", "Die Direktion", "Monsieur le Directeur")),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "AA/999/99"))],
        )
        late = f"{donor}"
        caption(
            f,
            s,
            tr(lg, f"The estate of the late {late}", f"Nachlass {late}", f"Succession de {late}"),
            1,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        gift = rng.random() < 0.5
        write(
            f,
            s,
            tr(
                lg,
                f"We act as executors of the estate of the late {late}, formerly of {addr}, "
                "who died on "
                f"{day(h, d - timedelta(days=rng.randint(60, 300)))}. Under clause "
                f"{rng.randint(3, 9)} of the will "
                + (
                    "the testator left to the museum a pecuniary legacy of "
                    f"{cash(amount * 10, lg)}."
                    if gift
                    else "the testator left to the museum the painting described in the enclosed "
                    "extract."
                ),
                f"wir zeigen an, dass wir mit der Abwicklung des Nachlasses von {late}, "
                f"zuletzt wohnhaft {addr}, "
                f"verstorben am {day(h, d - timedelta(days=rng.randint(60, 300)))}, betraut "
                "sind. Nach dem beigefügten "
                + (
                    "Testamentsauszug erhält das Museum ein Vermächtnis von "
                    f"{cash(amount * 10, lg)}."
                    if gift
                    else "Testamentsauszug erhält das Museum das darin bezeichnete Gemälde als "
                    "Vermächtnis."
                ),
                f"nous avons l'honneur de vous informer du décès de {late}, demeurant {addr}, "
                "survenu le "
                f"{day(h, d - timedelta(days=rng.randint(60, 300)))}. Aux termes de son "
                "testament, dont extrait ci-joint, "
                + (
                    f"le musée est légataire d'une somme de {cash(amount * 10, lg)}."
                    if gift
                    else "le musée est légataire du tableau désigné."
                ),
            ),
        )
        write(f, s, prose(rng, lg, "grant", 1, 3))
        regards(
            f, s, lg, staff(h, "partner"), tr(lg, "Partner", "Rechtsanwalt und Notar", "Notaire")
        )
        pages = close(f.pages, s, h)
        c = Page(A4)
        copier_edge(c, rng)
        y = 90.0
        c.text(
            w / 2,
            y,
            tr(
                lg,
                "EXTRACT FROM THE LAST WILL AND TESTAMENT",
                "AUSZUG AUS DEM TESTAMENT",
                "EXTRAIT DU TESTAMENT",
            ),
            "Times-Bold",
            12,
            "center",
        )
        y += 18
        c.text(
            w / 2,
            y,
            tr(lg, f"of {late.upper()}", f"von {late}", f"de {late}"),
            "Times-Roman",
            10,
            "center",
        )
        y += 34
        for k in range(rng.randint(3, 5)):
            text = f"{k + rng.randint(2, 5)}. " + words(rng, lg, "grant", rng.randint(25, 45))
            for ln in wrap(text, "Times-Roman", 10.5, w - 180):
                c.text(90, y, ln, "Times-Roman", 10.5)
                y += 15
            y += 8
        c.text(
            90,
            y + 10,
            tr(
                lg,
                "Certified a true copy of the original",
                "Die Übereinstimmung mit der Urschrift wird beglaubigt",
                "Copie certifiée conforme",
            ),
            "Times-Italic",
            9,
        )
        scrawl(c, 90, y + 40, staff(h, "partner"))
        pages.append(c)
        received(rng, pages[0], d)
        remember(d, (donor, addr, amount * 10, "bequest"))
        return pages
    # A private letter, handwritten or typed at home.
    size = A5 if rng.random() < 0.5 else A4
    w, hh = size
    m = 40 if size == A5 else 64
    font = rng.choice(["Times-Italic", "Courier-Oblique", "Times-Roman"])
    pt = 10 if size == A5 else 11
    p = Page(size)
    y = m + 0.0
    for t in [donor, *addr.split(", ")]:
        p.text(w - m, y, t, font, pt - 1, "right")
        y += pt * 1.3
    y += 6
    p.text(w - m, y, date_line(lg, d), font, pt - 1, "right")
    y += 30
    p.text(
        m,
        y,
        tr(lg, "Dear Director,", "Sehr geehrte Damen und Herren,", "Monsieur le Directeur,"),
        font,
        pt,
    )
    y += pt * 2
    cheque = rng.random() < 0.6
    body = tr(
        lg,
        (
            f"I enclose a cheque for {cash(amount, lg)} as a small gift towards the work of "
            "the museum, "
            "which has given my late husband and me so much pleasure over the years."
            if cheque
            else "I have a small watercolour of the old harbour which belonged to my mother, "
            "and I wonder "
            "whether the museum would like to have it for the collection."
        ),
        (
            f"anbei überweise ich Ihnen {cash(amount, lg)} als kleine Spende für die Arbeit "
            "des Museums, "
            "das meinem verstorbenen Mann und mir viele schöne Stunden geschenkt hat."
            if cheque
            else "ich besitze ein kleines Aquarell des alten Hafens aus dem Nachlass meiner "
            "Mutter und "
            "möchte fragen, ob das Museum es für die Sammlung annehmen möchte."
        ),
        (
            f"je vous prie de trouver ci-joint un chèque de {cash(amount, lg)}, modeste don "
            "pour le "
            "musée qui nous a tant apporté, à mon défunt mari et à moi."
            if cheque
            else "je possède une petite aquarelle du vieux port qui appartenait à ma mère et je me "
            "demande si le musée souhaiterait l'accueillir dans ses collections."
        ),
    )
    for para in (
        body,
        words(rng, lg, "grant", rng.randint(14, 26)),
        words(rng, lg, "loan", rng.randint(10, 18)),
    ):
        for ln in wrap(para, font, pt, w - 2 * m):
            if y > hh - m - 60:
                break
            p.text(m, y, ln, font, pt)
            y += pt * 1.5
        y += pt * 0.6
    y = min(y + 10, hh - m - 40)
    p.text(
        m,
        y,
        tr(lg, "Yours sincerely,", "Mit freundlichen Grüßen", "Avec mes sentiments les meilleurs,"),
        font,
        pt,
    )
    scrawl(p, m, y + 28, donor, 14)
    received(rng, p, d, 0.3)
    remember(d, (donor, addr, amount if cheque else 0.0, "cheque" if cheque else "object"))
    return [p]


def date_line(lg: str, d: date) -> str:
    return tr(
        lg,
        f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"le {d.day}/{d.month:02d}/{d.year}",
    )


MONTHS_EN = [
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


def tpl_gift_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """The museum's thank-you letter to a donor and, on a page of its own, the gift aid
    declaration to return (England), the Zuwendungsbestätigung (Germany) or the reçu fiscal
    (France)."""
    lg = home()
    h = home_head()
    prev = last_extra(("donation_letter",))
    if isinstance(prev, tuple):
        donor, addr, amount, kind = prev
        d = last_day(rng, ("donation_letter",), (3, 20))
    else:
        donor, addr = donor_of(who)
        amount, kind = float(rng.choice([25, 50, 100, 250, 500, 1000])), "cheque"
        d = some_day(rng)
    assert isinstance(donor, str) and isinstance(addr, str) and isinstance(amount, float)
    if not amount:
        amount = float(rng.choice([100, 250, 500]))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    director = museum_person("director")
    f = sheets(s, h, h.name)
    recipient(f, s, h, [mx(donor, lg), *addr.split(", ")], d, [])
    f.page.text(m, f.y, dear(lg, mx(donor, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you so much for your generous gift of {cash(amount, lg)}. "
            + ("" if kind != "bequest" else "We are deeply grateful for this legacy. "),
            f"herzlichen Dank für Ihre großzügige Zuwendung über {cash(amount, lg)}. ",
            f"nous vous remercions très chaleureusement pour votre don de {cash(amount, lg)}. ",
        )
        + words(rng, lg, "grant", rng.randint(14, 24)),
    )
    write(f, s, prose(rng, lg, "grant", 1, 2))
    if lg == "en":
        write(
            f,
            s,
            "If you are a UK taxpayer, we can claim an extra 25p for every pound you give "
            "through Gift Aid. Please complete and return the enclosed declaration.",
        )
    regards(f, s, lg, director, job("director", lg))
    pages = close(f.pages, s, h)
    q = Page(A4)
    y = m + 0.0
    if lg == "en":
        q.text(m, y, h.name, s.bold, 11)
        y += 24
        q.text(m, y, "Gift Aid Declaration", s.bold, 16)
        y += 22
        y = text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            "Boost your donation by 25p of Gift Aid for every £1 you donate. Gift Aid is "
            "reclaimed by the museum from the tax you pay for the current tax year.",
        )
        y += 8
        box(q, m, y + 2, False, 10)
        gift = (
            f"I want to Gift Aid my donation of {cash(amount, lg)} and any donations I make in "
            f"the future or have made in the past 4 years to {h.name}."
        )
        y = text_lines(q, s, m + 18, y, w - 2 * m - 18, gift, 9) + 6
        y = text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital "
            "Gains Tax than the amount of Gift Aid claimed on all my donations in that tax "
            "year it is my responsibility to pay any difference.",
            8,
        )
        y += 10
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Title", ""),
                ("First name or initial(s)", ""),
                ("Surname", ""),
                ("Full home address", ""),
                ("Postcode", ""),
                ("Date", ""),
            ],
            per=2,
            tall=30,
        )
        y += 30
        sign_line(q, s, m, y, 220, "Signature")
        y += 30
        text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            "Please notify the museum if you want to cancel this declaration, change your name "
            "or home address, or no longer pay sufficient tax.",
            7.5,
        )
    elif lg == "de":
        q.text(m, y, "Bestätigung über Geldzuwendungen", s.bold, 12)
        y += 14
        y = text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            "im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 "
            "des Körperschaftsteuergesetzes bezeichneten Körperschaften, Personenvereinigungen "
            "oder Vermögensmassen bzw. an juristische Personen des öffentlichen Rechts",
            7.5,
        )
        y += 6
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Name und Anschrift des Zuwendenden", f"{donor}, {addr}"),
                ("Betrag der Zuwendung - in Ziffern -", cash(amount, lg)),
                ("- in Buchstaben -", "*** " + num_words_de(int(amount)) + " ***"),
                ("Tag der Zuwendung", short(d - timedelta(days=rng.randint(3, 20)), lg)),
            ],
            per=1,
            tall=28,
            hand=False,
        )
        for t in [
            "Es handelt sich um den Verzicht auf Erstattung von Aufwendungen: Ja [ ] Nein [X]",
            "Die Zuwendung wird von uns unmittelbar für den angegebenen Zweck (Förderung von "
            "Kunst und Kultur) verwendet.",
            "Die Zuwendung wurde nach Prüfung des Körperschaftsteuerbescheids vom Finanzamt "
            "... verwendet.",
        ]:
            y = text_lines(q, s, m, y, w - 2 * m, t, 8) + 4
        y += 30
        q.text(m, y, f"{h.town.split()[-1]}, {short(d, lg)}", s.font, 9)
        scrawl(q, m + 200, y, director)
        q.line(m + 190, y + 4, m + 400, y + 4)
        q.text(m + 190, y + 14, "(Unterschrift des Zuwendungsempfängers)", s.font, 7)
        y += 40
        text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            "Hinweis: Wer vorsätzlich oder grob fahrlässig eine unrichtige "
            "Zuwendungsbestätigung erstellt oder veranlasst, dass Zuwendungen nicht zu den in "
            "der Zuwendungsbestätigung angegebenen steuerbegünstigten Zwecken verwendet "
            "werden, haftet für die entgangene Steuer (§ 10b Abs. 4 EStG).",
            6.5,
        )
    else:
        q.text(m, y, "Cerfa n° 11580*04", s.font, 8)
        q.text(w - m, y, f"Reçu n° {serial(rng, '2025-9999')}", s.bold, 9, "right")
        y += 20
        q.text(
            w / 2,
            y,
            "Reçu au titre des dons à certains organismes d'intérêt général",
            s.bold,
            11,
            "center",
        )
        y += 13
        q.text(
            w / 2,
            y,
            "Articles 200, 238 bis et 978 du code général des impôts (CGI)",
            s.font,
            8,
            "center",
        )
        y += 20
        y = band(q, s, y, "Bénéficiaire des versements") + 10
        y = text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            f"{h.name}, {h.street}, {h.town}. Objet : conservation et présentation au public "
            "de collections d'art et d'histoire (musée de France).",
            8.5,
        )
        y = band(q, s, y + 4, "Donateur") + 10
        y = text_lines(q, s, m, y, w - 2 * m, f"{donor}, {addr}", 9)
        y = (
            band(
                q,
                s,
                y + 4,
                "Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant "
                "droit à réduction d'impôt la somme de :",
            )
            + 14
        )
        q.text(m, y, f"*** {cash(amount, lg)} ***", s.bold, 11)
        y += 20
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Date du versement", short(d - timedelta(days=rng.randint(3, 20)), lg)),
                ("Forme du don", "Déclaration de don manuel"),
                ("Nature du don", "Numéraire"),
                ("Mode de versement", rng.choice(["Chèque", "Virement", "Espèces"])),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        y += 20
        q.text(m, y, f"{h.town.split(maxsplit=1)[-1]}, le {short(d, lg)}", s.font, 9)
        scrawl(q, w - m - 170, y + 20, director)
        q.text(w - m - 170, y + 34, f"{director}, {job('director', lg)}", s.font, 8)
    pages.append(q)
    remember(d)
    return pages


def text_lines(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 9
) -> float:
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + 2


UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn"]
TEENS += ["achtzehn", "neunzehn"]
TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig"]
TENS += ["neunzig"]


def num_words_de(n: int) -> str:
    """A whole amount of euros in German words, as the confirmation form asks for."""

    def below100(k: int) -> str:
        if k < 10:
            return UNITS[k]
        if k < 20:
            return TEENS[k - 10]
        t, u = divmod(k, 10)
        return (f"{UNITS[u]}und" if u else "") + TENS[t]

    def below1000(k: int) -> str:
        hu, r = divmod(k, 100)
        return (f"{UNITS[hu]}hundert" if hu else "") + below100(r)

    th, r = divmod(n, 1000)
    out = (f"{below1000(th)}tausend" if th else "") + below1000(r)
    if out.endswith("ein"):
        out += "s"
    return f"{out} Euro"


# ---------------------------------------------------------------------------------------------
# Templates III: schools, volunteers, the shop's consigning artists
# ---------------------------------------------------------------------------------------------

SESSIONS = {
    "en": [
        "Guided tour (45 min)",
        "Art workshop: printmaking",
        "Victorian school day",
        "Self-guided visit",
        "Sketching in the galleries",
        "Handling collection session",
    ],
    "de": [
        "Führung (45 Min.)",
        "Workshop Druckwerkstatt",
        "Schule wie vor 100 Jahren",
        "Selbstständiger Besuch",
        "Zeichnen im Museum",
        "Objekte zum Anfassen",
    ],
    "fr": [
        "Visite guidée (45 min)",
        "Atelier gravure",
        "Une journée d'école en 1900",
        "Visite libre",
        "Croquis dans les salles",
        "Atelier objets de collection",
    ],
}


SCHOOL_TLD = {"en": "sch.uk", "de": "schule.de", "fr": "ac.fr"}


def tpl_school_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's group booking on the museum's form, filled in by the teacher: school and
    contact, class, numbers, preferred dates, sessions ticked, access needs, lunch room,
    payment, signature; now and then the museum's visit conditions on a second page."""
    lg = home()
    school = head_of(who, "school")
    h = home_head()
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    teacher = staff(school, "teacher")
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "SCHOOL GROUP BOOKING FORM",
            "ANMELDUNG FÜR SCHULKLASSEN",
            "FICHE DE RÉSERVATION - GROUPES SCOLAIRES",
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
            f"Please return to the Learning Officer, {museum_person('learning')}",
            f"Bitte zurück an die Museumspädagogik, {museum_person('learning')}",
            f"À retourner au service des publics, {museum_person('learning')}",
        ),
        s.font,
        7.5,
    )
    y += 16
    year = {
        "en": rng.choice(["Year 2", "Year 4", "Year 5", "Year 6", "Year 8", "Year 10"]),
        "de": f"Klasse {rng.choice(['3a', '4b', '5c', '6a', '8', '10b'])}",
        "fr": rng.choice(["CE2", "CM1", "CM2", "6e B", "4e A", "Seconde 3"]),
    }[lg]
    pupils = rng.randint(14, 31)
    first = d + timedelta(days=rng.randint(14, 70))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "School", "Schule", "Établissement"), school.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{school.street}, {school.town}"),
            (tr(lg, "Contact teacher", "Lehrkraft", "Enseignant(e)"), teacher),
            (
                tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Téléphone / courriel"),
                school.phone or f"{teacher.split()[0].lower()}@school.{SCHOOL_TLD[lg]}",
            ),
            (tr(lg, "Year group / class", "Klasse", "Classe"), year),
            (
                tr(lg, "Pupils / adults", "Schüler / Begleitpersonen", "Élèves / accompagnateurs"),
                f"{pupils} / {rng.randint(2, 5)}",
            ),
            (tr(lg, "1st choice date", "Wunschtermin", "Date souhaitée"), short(first, lg)),
            (
                tr(lg, "2nd choice date", "Ausweichtermin", "Autre date possible"),
                short(first + timedelta(days=rng.randint(1, 14)), lg) if rng.random() < 0.7 else "",
            ),
            (
                tr(lg, "Arrival time", "Ankunft", "Heure d'arrivée"),
                f"{rng.choice([9, 9, 10, 10, 13])}:{rng.choice(['00', '15', '30'])}",
            ),
            (
                tr(lg, "Transport", "Anreise", "Transport"),
                rng.choice(
                    [
                        tr(lg, "Coach", "Bus", "Car"),
                        tr(lg, "Walking", "zu Fuß", "à pied"),
                        tr(lg, "Train", "Bahn", "Train"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=27,
    )
    y = band(p, s, y, tr(lg, "Sessions", "Programm", "Activités")) + 12
    y = ticks(p, s, m, y, w - 2 * m, SESSIONS[lg], set(rng.sample(range(6), rng.randint(1, 2)))) + 4
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Access and additional needs",
                "Barrierefreiheit / besondere Bedürfnisse",
                "Accessibilité et besoins particuliers",
            ),
        )
        + 14
    )
    if rng.random() < 0.5:
        hand(p, m, y, words(rng, lg, "edu", rng.randint(5, 10)), 9, w - 2 * m)
    p.line(m, y + 4, w - m, y + 4)
    p.line(m, y + 22, w - m, y + 22)
    y += 40
    p.text(
        m,
        y,
        tr(lg, "Lunch room needed?", "Pausenraum benötigt?", "Salle pique-nique ?"),
        s.font,
        8.5,
    )
    ticks(p, s, m + 160, y, 200, yes_no(lg), {rng.randrange(2)})
    y += 18
    p.text(m, y, tr(lg, "Payment", "Zahlung", "Règlement"), s.font, 8.5)
    ticks(
        p,
        s,
        m + 160,
        y,
        w - 2 * m - 160,
        [
            tr(lg, "Invoice to school", "Rechnung an Schule", "Facture à l'établissement"),
            tr(lg, "Card on the day", "Barzahlung vor Ort", "Sur place"),
            tr(lg, "Free (local school)", "kostenfrei", "Gratuit"),
        ],
        {rng.randrange(3)},
    )
    y += 40
    sign_line(
        p,
        s,
        m,
        y,
        200,
        tr(lg, "Signature of teacher", "Unterschrift Lehrkraft", "Signature de l'enseignant"),
        teacher,
    )
    sign_line(p, s, m + 250, y, 120, tr(lg, "Date", "Datum", "Date"))
    hand(p, m + 254, y - 4, short(d, lg))
    y += 30
    p.rect(m, y, w - 2 * m, 40, fill=0.93)
    p.text(
        m + 6,
        y + 12,
        tr(
            lg,
            "Office use: booked / confirmed / invoiced",
            "Vom Museum auszufüllen: gebucht / bestätigt",
            "Réservé au musée : enregistré / confirmé",
        ),
        s.font,
        7,
    )
    if rng.random() < 0.6:
        hand(
            p,
            m + 10,
            y + 30,
            f"{tr(lg, 'conf.', 'best.', 'conf.')} "
            f"{short(d + timedelta(days=rng.randint(1, 6)), lg)} - "
            f"{museum_person('learning').split()[0][0]}{museum_person('learning').split()[-1][0]}",
            9,
        )
    pages = [p]
    if keyed(who, "cond").random() < 0.3:
        q = Page(A4)
        qs = paper(s, A4)
        f = Sheets(A4, hh - 50, lambda pg, n: m)
        f.pages = [q]
        f.page = q
        caption(
            f,
            qs,
            tr(
                lg,
                "Conditions for school visits",
                "Hinweise für Schulbesuche",
                "Conditions d'accueil des groupes",
            ),
            2,
        )
        for k in range(rng.randint(5, 8)):
            write(f, qs, f"{k + 1}. " + words(rng, lg, "edu", rng.randint(18, 34)), 8.5)
        f.y += 10
        f.page.text(
            m, f.y, tr(lg, "Photography consent", "Fotoerlaubnis", "Droit à l'image"), qs.bold, 9
        )
        f.y += 14
        ticks(
            f.page,
            qs,
            m,
            f.y,
            w - 2 * m,
            [
                tr(
                    lg,
                    "All pupils may be photographed",
                    "Alle Kinder dürfen fotografiert werden",
                    "Tous les élèves peuvent être photographiés",
                ),
                tr(lg, "Some pupils may not", "Einschränkungen", "Certains élèves non"),
            ],
            {rng.randrange(2)},
        )
        pages += f.pages
    received(rng, p, d, 0.25)
    remember(d)
    return pages


VOLUNTEER_ROLES = {
    "en": [
        "Gallery steward",
        "Collections care volunteer",
        "Family activities helper",
        "Archive cataloguer",
        "Café and shop volunteer",
    ],
    "de": [
        "Aufsicht und Besucherbetreuung",
        "Mitarbeit Sammlungspflege",
        "Familienprogramm",
        "Archiv und Inventarisierung",
        "Museumsshop und Café",
    ],
    "fr": [
        "Accueil et surveillance des salles",
        "Aide à la conservation",
        "Ateliers familles",
        "Inventaire des archives",
        "Boutique et café",
    ],
}


def tpl_volunteer_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The museum's volunteer agreement: what the museum and the volunteer undertake,
    signed by both; the role description; and the volunteer's contact and emergency form
    filled in by hand."""
    lg = home()
    h = home_head()
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    vol = person(rng, lg)
    role = rng.choice(VOLUNTEER_ROLES[lg])
    title = tr(
        lg,
        "Volunteer Agreement",
        "Vereinbarung über ehrenamtliche Mitarbeit",
        "Convention d'engagement bénévole",
    )
    f = sheets(s, h, f"{h.name} - {title}")
    caption(f, s, title, 4)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Volunteer", "Ehrenamtliche/r", "Bénévole"), vol),
                (tr(lg, "Role", "Aufgabe", "Mission"), role),
                (
                    tr(lg, "Start date", "Beginn", "Date de début"),
                    day(h, d + timedelta(days=rng.randint(3, 21))),
                ),
            ],
            w - m,
        )
        + 12
    )
    for head, n in (
        (tr(lg, "The museum will:", "Das Museum verpflichtet sich:", "Le musée s'engage à :"), 5),
        (tr(lg, "I will:", "Ich verpflichte mich:", "Le bénévole s'engage à :"), 5),
    ):
        f.heading(m, head, s.bold, s.size + 1)
        for _ in range(n):
            f.need(s.size * 3)
            f.page.text(m + 8, f.y, "-", s.font, s.size)
            f.para(
                m + 20,
                w - 2 * m - 20,
                words(rng, lg, "vol", rng.randint(8, 16)),
                s.font,
                s.size,
                0.3,
            )
    write(
        f,
        s,
        tr(
            lg,
            "This agreement is binding in honour only and is not intended to be a legally "
            "binding contract of employment.",
            "Diese Vereinbarung begründet kein Arbeitsverhältnis. Eine Vergütung wird nicht "
            "gezahlt; Auslagen werden erstattet.",
            "La présente convention ne constitue pas un contrat de travail. Aucune "
            "rémunération n'est versée.",
        ),
        s.size - 1,
    )
    f.need(70)
    f.y += 30
    sign_line(f.page, s, m, f.y, 190, tr(lg, "Volunteer", "Ehrenamtliche/r", "Le bénévole"), vol)
    sign_line(
        f.page,
        s,
        m + 240,
        f.y,
        190,
        tr(lg, "For the museum", "Für das Museum", "Pour le musée"),
        museum_person("curator"),
    )
    f.y += 20
    pages = f.pages
    # The role description.
    g = sheets(s, h, f"{title} - {vol}", top=False)
    caption(
        g,
        s,
        tr(
            lg,
            f"Role description: {role}",
            f"Aufgabenbeschreibung: {role}",
            f"Fiche de mission : {role}",
        ),
        2,
        rule=True,
    )
    for lab in (
        tr(lg, "Purpose", "Ziel", "Objectif"),
        tr(lg, "Main tasks", "Aufgaben", "Tâches"),
        tr(lg, "Time commitment", "Zeitaufwand", "Disponibilité"),
        tr(lg, "Training", "Einarbeitung", "Formation"),
        tr(lg, "Supervisor", "Ansprechpartner", "Référent"),
    ):
        g.heading(m, lab, s.bold, s.size)
        write(
            g,
            s,
            museum_person("curator")
            if lab in ("Supervisor", "Ansprechpartner", "Référent")
            else words(rng, lg, "vol", rng.randint(14, 30)),
        )
    pages += g.pages
    # The contact and emergency form, by hand.
    q = Page(A4)
    y = m + 0.0
    q.text(
        m,
        y,
        tr(
            lg,
            "Volunteer details and emergency contact",
            "Persönliche Angaben und Notfallkontakt",
            "Coordonnées et personne à prévenir",
        ),
        s.bold,
        12,
    )
    y += 12
    q.text(
        m,
        y,
        tr(lg, "Confidential - kept by the museum office", "Vertraulich", "Confidentiel"),
        s.font,
        7.5,
    )
    y += 14
    lastn = rng.choice(LASTS[lg])
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), vol),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(rng.randint(1945, 2006), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 90)} {rng.choice(['Mill Lane', 'Park Road'])}"
                if lg == "en"
                else f"{rng.choice(['Lindenweg', 'Bachstraße'])} {rng.randint(1, 40)}"
                if lg == "de"
                else f"{rng.randint(1, 40)} rue {rng.choice(['Gambetta', 'Pasteur'])}",
            ),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0199 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "Emergency contact", "Notfallkontakt", "Personne à prévenir"),
                f"{rng.choice(FIRSTS[lg])} {lastn}",
            ),
            (
                tr(lg, "Relationship / telephone", "Beziehung / Telefon", "Lien / téléphone"),
                tr(lg, "partner", "Ehepartner/in", "conjoint(e)")
                + " "
                + serial(rng, "9999 999999"),
            ),
            (
                tr(
                    lg,
                    "Medical information we should know",
                    "Gesundheitliche Hinweise",
                    "Informations médicales utiles",
                ),
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "asthma - inhaler in bag", "Diabetes", "allergie aux pénicillines"),
                    ]
                ),
            ),
            (
                tr(lg, "Availability", "Verfügbarkeit", "Disponibilités"),
                rng.choice(
                    [
                        tr(lg, "Tue & Thu mornings", "Di + Do vormittags", "mardi et jeudi matin"),
                        tr(lg, "Saturdays", "samstags", "le samedi"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=30,
    )
    ticks(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "I agree to my details being held for volunteer administration",
                "Ich bin mit der Speicherung meiner Daten einverstanden",
                "J'accepte la conservation de mes données",
            )
        ],
        {0},
    )
    y += 50
    sign_line(q, s, m, y, 200, tr(lg, "Signature", "Unterschrift", "Signature"), vol)
    pages.append(q)
    remember(d)
    return close(pages, s, h, numbers="none" if rng.random() < 0.5 else None)


def artist_of(who: Issuer) -> Head:
    return head_of(who, "artist", 0.15)


def tpl_consignment_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The museum's sale-or-return agreement with an artist or maker for the shop: terms
    (commission, insurance, payment), signed by both; then the consignment inventory."""
    lg = home()
    h = home_head()
    a = artist_of(who)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    rate = rng.choice([30, 35, 40])
    title = tr(
        lg, "Consignment Agreement (Sale or Return)", "Kommissionsvertrag", "Contrat de dépôt-vente"
    )
    f = sheets(s, h, f"{title} - {a.name}")
    caption(f, s, title, 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Consignor", "Kommittent", "Déposant"), f"{a.name}, {a.street}, {a.town}"),
                (
                    tr(lg, "Consignee", "Kommissionär", "Dépositaire"),
                    f"{h.name} - {tr(lg, 'Museum shop', 'Museumsshop', 'Boutique')}",
                ),
                (tr(lg, "Commission", "Provision", "Commission"), f"{rate}%"),
            ],
            w - m,
        )
        + 10
    )
    heads = {
        "en": [
            "Goods",
            "Prices",
            "Commission",
            "Payment",
            "Insurance and risk",
            "Unsold stock",
            "Termination",
        ],
        "de": [
            "Ware",
            "Preise",
            "Provision",
            "Abrechnung",
            "Versicherung und Gefahr",
            "Rückgabe",
            "Kündigung",
        ],
        "fr": ["Objets", "Prix", "Commission", "Règlement", "Assurance", "Invendus", "Résiliation"],
    }[lg]
    for k, t in enumerate(heads, 1):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        write(
            f,
            s,
            words(rng, lg, "money", rng.randint(16, 34))
            + " "
            + words(rng, lg, "money", rng.randint(8, 20)),
            s.size - 0.5,
        )
    f.need(80)
    f.y += 30
    sign_line(
        f.page,
        s,
        m,
        f.y,
        190,
        MAKERS.get(a.name, a.name),
        MAKERS.get(a.name, a.name) if rng.random() < 0.9 else "",
    )
    sign_line(
        f.page,
        s,
        m + 240,
        f.y,
        190,
        f"{museum_person('shop')}, {job('shop', lg)}",
        museum_person("shop"),
    )
    f.y += 20
    pages = f.pages
    g = sheets(paper(s, A4, pt=9), h, f"{title} - {a.name}", top=False)
    gs = paper(s, A4, pt=9)
    caption(g, gs, tr(lg, "Consignment inventory", "Kommissionsliste", "Bordereau de dépôt"), 2)
    g.page.text(m, g.y, f"{a.name} - {short(d, lg)}", gs.font, 9)
    g.y += 16
    kinds = {
        "en": [
            "Stoneware mug",
            "Bud vase",
            "Small bowl",
            "Etching, mounted",
            "Silver earrings",
            "Greetings card (pack of 6)",
            "Linocut print",
        ],
        "de": [
            "Steinzeugbecher",
            "Vase klein",
            "Schale",
            "Radierung, passepartouriert",
            "Silberohrringe",
            "Karten (6er-Pack)",
            "Linolschnitt",
        ],
        "fr": [
            "Mug en grès",
            "Soliflore",
            "Petit bol",
            "Eau-forte sous passe-partout",
            "Boucles d'oreilles argent",
            "Cartes (lot de 6)",
            "Linogravure",
        ],
    }[lg]
    rows = []
    for k in range(rng.randint(4, 16)):
        price = rng.choice([12, 18, 24, 35, 45, 60, 85, 120])
        rows.append(
            [
                f"{prefix_of(a.name)}-{k + 1:02d}",
                rng.choice(kinds),
                str(rng.randint(1, 8)),
                money(price, lg),
                money(price * (1 - rate / 100), lg),
            ]
        )
    table(
        g,
        columns(
            m, w - m, [(0.9, "left"), (3, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Code", "Nr.", "Réf."),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Retail", "VK", "Prix de vente"),
            tr(lg, "To artist", "an Künstler/in", "Revenant au déposant"),
        ],
        rows,
        gs,
        rules=True,
    )
    g.y += 20
    g.page.text(m, g.y, tr(lg, "Received by:", "Übernommen:", "Reçu par :"), gs.font, 9)
    scrawl(g.page, m + 70, g.y + 2, museum_person("shop"), 11)
    pages += g.pages
    remember(d, (a, rows, rate))
    return close(pages, s, h)


def tpl_consignment_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The museum shop's sales statement to a consigning artist for a month: items sold,
    commission, the amount paid, the stock still held."""
    lg = home()
    h = home_head()
    prev = last_extra(("consignment_agreement",))
    if isinstance(prev, tuple):
        a, rows0, rate = prev
        d = last_day(rng, ("consignment_agreement",), (25, 70))
    else:
        a = head_of(random_issuer(rng), "artist", 0.1)
        rows0, rate = None, rng.choice([30, 35, 40])
        d = some_day(rng)
    assert isinstance(a, Head) and isinstance(rate, int)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    f = sheets(s, h, h.name)
    no = serial(rng, "CS-9999")
    recipient(f, s, h, head_lines(a), d, [(tr(lg, "Statement", "Abrechnung", "Relevé"), no)])
    period = d.replace(day=1) - timedelta(days=1)
    caption(
        f,
        s,
        tr(
            lg,
            f"Sales statement - {MONTHS_EN[period.month - 1]} {period.year}",
            f"Kommissionsabrechnung {period.month:02d}/{period.year}",
            f"Relevé des ventes - {period.month:02d}/{period.year}",
        ),
        1,
    )
    rows = []
    due = 0.0
    for _ in range(rng.randint(1, 9)):
        if rows0:
            r = rng.choice(rows0)  # type: ignore[arg-type]
            item, price = (
                r[1],
                float(r[3].replace(".", "").replace(",", ".").replace(" ", ""))
                if lg != "en"
                else float(r[3].replace(",", "")),
            )
        else:
            item, price = (
                rng.choice(["Stoneware mug", "Etching", "Card pack", "Bowl", "Earrings"]),
                float(rng.choice([12, 18, 24, 35, 45, 60])),
            )
        q = rng.randint(1, 3)
        com = round(q * price * rate / 100, 2)
        due += q * price - com
        rows.append(
            [
                short(period - timedelta(days=rng.randint(0, 27)), lg),
                item,
                str(q),
                money(q * price, lg),
                money(com, lg),
                money(q * price - com, lg),
            ]
        )
    rows.sort(key=lambda r: r[0][-4:] + r[0][3:5] + r[0][:2])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (2.6, "left"),
                (0.5, "right"),
                (1, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Date sold", "Verkauf", "Date"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Sales", "Umsatz", "Ventes"),
            tr(lg, f"Commission {rate}%", f"Provision {rate} %", f"Commission {rate} %"),
            tr(lg, "Due to you", "Ihr Anteil", "Net dû"),
        ],
        rows,
        s,
    )
    f.y += 8
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total due', 'Auszahlungsbetrag', 'Total à vous verser')}  {cash(due, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 26
    write(
        f,
        s,
        tr(
            lg,
            f"This amount will be paid by bank transfer on {day(h, d + timedelta(days=7))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=7))} auf Ihr Konto überwiesen.",
            f"Ce montant vous sera viré le {day(h, d + timedelta(days=7))}.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Stock held at the end of the month is listed on our system; please let us know if "
            "you would like to collect or replace any items.",
            "Der Restbestand ist in unserem Kassensystem erfasst. Bitte melden Sie sich, wenn "
            "Sie Ware nachliefern möchten.",
            "Le stock restant est disponible sur demande. N'hésitez pas à nous proposer un "
            "réassort.",
        ),
        s.size - 0.5,
    )
    regards(f, s, lg, museum_person("shop"), job("shop", lg))
    remember(d, (a, rows0, rate))
    return close(f.pages, s, h, numbers="none")


def random_issuer(rng: random.Random) -> Issuer:
    return an_issuer(rng)


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
    "loan_request": tpl_loan_request,
    "loan_agreement": tpl_loan_agreement,
    "condition_report": tpl_condition_report,
    "transport_quote": tpl_transport_quote,
    "waybill": tpl_waybill,
    "indemnity": tpl_indemnity,
    "treatment_report": tpl_treatment_report,
    "grant_offer": tpl_grant_offer,
    "grant_claim": tpl_grant_claim,
    "design_invoice": tpl_design_invoice,
    "shop_invoice": tpl_shop_invoice,
    "delivery_note": tpl_delivery_note,
    "env_log": tpl_env_log,
    "security_cert": tpl_security_cert,
    "donation_letter": tpl_donation_letter,
    "gift_receipt": tpl_gift_receipt,
    "school_booking": tpl_school_booking,
    "volunteer_agreement": tpl_volunteer_agreement,
    "consignment_agreement": tpl_consignment_agreement,
    "consignment_statement": tpl_consignment_statement,
}
TEMPLATES_III: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "condition_report",
    "waybill",
    "design_invoice",
    "shop_invoice",
    "delivery_note",
    "env_log",
    "school_booking",
    "consignment_statement",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "loan_request": "loan_agreement",
    "loan_agreement": "condition_report",
    "transport_quote": "waybill",
    "grant_offer": "grant_claim",
    "delivery_note": "shop_invoice",
    "donation_letter": "gift_receipt",
    "consignment_agreement": "consignment_statement",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_flagon_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One museum's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The museum
    (country, name, month, exhibition) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    MUSEUM["lang"] = lang
    MUSEUM["row"] = r.randrange(len(MUSEUMS[lang]))
    MUSEUM["seed"] = r.getrandbits(24)
    MUSEUM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None, who=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_III, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_flagon_stream, "templates III")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

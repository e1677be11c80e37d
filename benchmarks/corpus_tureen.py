"""Tureen part of the generated corpus: templates BBB, written blind for the next measurement.

A part of its own, ``tureen``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent optician's practice (two optometrists, dispensing staff and a high-street shop, in
England, Germany or France) feeds through its scanner in a month: the practice's claim forms
to the public payer or the patient's insurer (GOS 1 sight test and GOS 3 voucher forms,
Abrechnung einer Sehhilfe with the copy of the eye doctor's prescription behind, demande de
prise en charge optique to the mutuelle with the ordonnance copy); the payers' payment
schedules (PCSE ophthalmic payment statement, Zahlungsavis of the Krankenkasse, relevé de
règlement tiers payant) with the claim lines and the rejections, sometimes on landscape pages;
the lens laboratory's invoices with the job list; the laboratory's job tickets that come in
the box with the glazed spectacles, on narrow slips, with the job barcode; frame suppliers'
statements of account with the remittance slip; frame and lens suppliers' price lists with a
covering letter, a cover page, landscape price tables and the terms of trade; the
optometrist's referral letters to the hospital eye department or the eye doctor (GOS 18 style
form or letter) with the visual field and OCT printouts behind; the hospital's or eye
doctor's replies (clinic letters); copies of patient recall and appointment letters on A5 or
A4, some with a tear-off appointment slip; contact lens suppliers' invoices with direct-to-
patient deliveries and a delivery note page; equipment engineers' service visit reports with
the checklist, the electrical safety readings and a certificate page; professional
registration papers (GOC renewal confirmation with the certificate, the Handwerkskammer's
contribution notice with its explanations, the ARS's registration certificate); CPD records
(the cycle record of points, the ZVA Fortbildungsnachweis, the DPC attestation); domiciliary
visit records (the care home visit list on a landscape page and the record sheets of the
residents seen, signed by the carer); the card acquirer's merchant statements; the local tax
demand (business rates demand notice, Gewerbesteuerbescheid, avis de CFE) with its notes;
locum optometrists' invoices for sessions; copies of driving vision certificates
(Sehtestbescheinigung, DVLA vision assessment, attestation de contrôle visuel) on A5 or A6;
the equipment finance agreement for an OCT scanner or field analyser with the covering
letter, the terms, the payment schedule on a landscape page, the signature page and the
direct debit mandate; and the practice's own spectacle estimates (devis normalisé with the
100 % santé offer, Kostenvoranschlag, dispensing estimate). Each stream is one practice's
pile: the practice (country, name, month, its optometrists and patients) is drawn once per
stream; its outside senders are of the practice's country and write in its language, except
that frame makers, laboratories, contact lens suppliers and the odd locum are now and then from
abroad and write in their own. Page sizes range from narrow job tickets and A6 certificates
through A5 letters to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the practice files it:
the copy of the prescription behind a claim form; the rejection page of a payment schedule;
every page of a laboratory invoice; the covering letter, cover page, price tables and terms
of a price list; the field and OCT printouts enclosed with a referral; the tear-off slip of a
recall letter; the delivery note page of a contact lens invoice; the certificate page of a
service report; the certificate or explanations of a registration paper; the visit list and
record sheets of one domiciliary visit; the notes of a tax demand; the covering letter,
terms, schedule, signature page and mandate of a finance agreement; every page of a
statement. Related papers are documents of their own: the hospital's reply after the
referral, the payer's payment schedule after the claims, the laboratory's invoice after its
job tickets, the claim after the estimate for the same patient, the CPD record after the
registration paper, and each claim, job ticket, recall letter, contact lens invoice, locum
invoice and driving certificate of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: claim forms, job tickets, recall
letters, contact lens invoices, locum invoices and driving certificates often come 2-4 in a
row from one sender with other patients, jobs, dates, numbers and amounts; and companions:
each related paper above often follows the document it answers. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "tureen"`` and seeds offset by 5_300_000.

Usage: ``python benchmarks/corpus_tureen.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tureen/tureen_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    dear,
    fields,
    fit,
    hand,
    italic_of,
    money,
    mx,
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

PART = "tureen"
SEED_OFFSET = 5_300_000

MM = 72 / 25.4
SLIP = (82 * MM, 170 * MM)
A6 = (105 * MM, 148 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the practice and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
PRACTICES: dict[str, list[Row]] = {
    "en": [
        ("Hallam & Price Opticians", "14 Market Place", "Wantage OX12 8AB", "01235 762 410"),
        ("Sandhu Eyecare", "221 High Street", "Harborne, Birmingham B17 9NP", "0121 427 5530"),
        ("J. W. Tolley Optometrists", "3 Fore Street", "Totnes TQ9 5DA", "01803 862 119"),
    ],
    "de": [
        ("Augenoptik Brinkmann", "Salzstraße 21", "48143 Münster", "0251 4 55 12"),
        ("Optik Seidel GmbH", "Hauptstraße 64", "69117 Heidelberg", "06221 16 33 70"),
        ("Brillen Hagedorn", "Marktplatz 5", "37073 Göttingen", "0551 4 22 18"),
    ],
    "fr": [
        ("Optique Lambert", "12 rue Grande", "77300 Fontainebleau", "01 64 22 31 07"),
        ("Les Opticiens de la Halle", "4 place de la Halle", "21200 Beaune", "03 80 22 46 51"),
        ("Vision Trégor", "18 rue de Tréguier", "22300 Lannion", "02 96 37 05 82"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "payer": {
        "en": [
            (
                "Primary Care Support England - Ophthalmic Payments",
                "PO Box 350",
                "Darlington DL1 9QN",
                "",
            ),
            (
                "NHS England - Ophthalmic Contracts Team",
                "Quarry House, Quarry Hill",
                "Leeds LS2 7UE",
                "",
            ),
        ],
        "de": [
            ("AOK NordWest - Hilfsmittelabrechnung", "Kopenhagener Straße 1", "44269 Dortmund", ""),
            (
                "Techniker Krankenkasse - Leistungsabrechnung",
                "Bramfelder Straße 140",
                "22305 Hamburg",
                "",
            ),
            (
                "BARMER - Abrechnungszentrum Hilfsmittel",
                "Lichtscheider Straße 89",
                "42285 Wuppertal",
                "",
            ),
        ],
        "fr": [
            ("Almerys - Tiers payant santé", "46 rue du Ressort", "63000 Clermont-Ferrand", ""),
            (
                "Viamedis - Service optique",
                "Immeuble Le Cristal, 4 avenue Laurent Cély",
                "92600 Asnières-sur-Seine",
                "",
            ),
            ("Harmonie Mutuelle - Gestion tiers payant", "143 rue Blomet", "75015 Paris", ""),
        ],
    },
    "lab": {
        "en": [
            (
                "Wessex Lens Laboratories Ltd",
                "Unit 7, Brunel Park",
                "Swindon SN2 8BD",
                "01793 611 480",
            ),
            ("Pennine Rx Lab Ltd", "Calder Works, Wakefield Road", "Brighouse HD6 1QT", ""),
            ("Midland Optical Surfacing Ltd", "14 Tyburn Road", "Birmingham B24 8HJ", ""),
        ],
        "de": [
            (
                "Brillenglas-Werkstatt Rathenow GmbH",
                "Schleusenweg 4",
                "14712 Rathenow",
                "03385 51 22 0",
            ),
            ("Schwarzwald Optiklabor GmbH", "Im Gewerbepark 12", "79211 Denzlingen", ""),
            ("Rezeptglas Nord GmbH", "Werftstraße 30", "24148 Kiel", "0431 72 90 40"),
        ],
        "fr": [
            (
                "Laboratoire Verres Atlantique",
                "ZA de la Lande",
                "44470 Carquefou",
                "02 40 52 18 00",
            ),
            ("Optilab Jura SAS", "8 rue de l'Industrie", "39400 Morez", "03 84 33 14 70"),
            (
                "Surfaçage du Centre SA",
                "Parc d'activités des Gravanches",
                "63100 Clermont-Ferrand",
                "",
            ),
        ],
    },
    "frames": {
        "en": [
            ("Heritage Eyewear Ltd", "22 Cheapside", "Birmingham B5 6AY", "0121 622 4477"),
            ("Brightline Frames UK Ltd", "Unit 3, Eagle Court", "Harlow CM19 5AD", ""),
        ],
        "de": [
            ("Nordkante Eyewear GmbH", "Stresemannstraße 375", "22761 Hamburg", "040 85 37 11 0"),
            ("Fassungen Wagner KG", "Industriestraße 9", "95030 Hof", ""),
        ],
        "fr": [
            (
                "Lunetterie des Rousses SAS",
                "Route de la Source",
                "39220 Les Rousses",
                "03 84 60 02 15",
            ),
            ("Montures Oyonnax Créations", "41 rue Anatole France", "01100 Oyonnax", ""),
        ],
    },
    "contacts": {
        "en": [
            ("Lenticon UK Ltd", "Kingfisher Way", "Hinchingbrooke PE29 6FL", "01480 410 200"),
            ("Aquaview Contact Lenses Ltd", "Units 1-2, Nelson Road", "Southampton SO15 3UA", ""),
        ],
        "de": [
            ("Hansa Kontaktlinsen GmbH", "Borsigstraße 5", "22041 Hamburg", "040 65 90 28 0"),
            ("Kontaktlinsen-Vertrieb Süd GmbH", "Am Moosfeld 18", "81829 München", ""),
        ],
        "fr": [
            ("Lentilab France SAS", "ZI du Pont Rouge", "69740 Genas", "04 72 47 33 10"),
            ("Ophtalentilles Distribution", "3 allée des Cerisiers", "31400 Toulouse", ""),
        ],
    },
    "hospital": {
        "en": [
            ("Oxford Eye Hospital - John Radcliffe Hospital", "Headley Way", "Oxford OX3 9DU", ""),
            ("Birmingham and Midland Eye Centre", "Dudley Road", "Birmingham B18 7QH", ""),
            ("Torbay Hospital - Ophthalmology Outpatients", "Newton Road", "Torquay TQ2 7AA", ""),
        ],
        "de": [
            ("Universitäts-Augenklinik Münster", "Albert-Schweitzer-Campus 1", "48149 Münster", ""),
            ("Augenarztpraxis Dr. med. Sabine Körner", "Bismarckplatz 2", "69115 Heidelberg", ""),
            (
                "Augenzentrum Göttingen - Dres. Albers & Yilmaz",
                "Weender Landstraße 10",
                "37073 Göttingen",
                "",
            ),
        ],
        "fr": [
            (
                "Centre Hospitalier de Fontainebleau - Ophtalmologie",
                "55 boulevard Joffre",
                "77300 Fontainebleau",
                "",
            ),
            (
                "Cabinet d'ophtalmologie du Dr Hélène Garnier",
                "9 boulevard Jules Ferry",
                "21200 Beaune",
                "",
            ),
            ("CHU de Brest - Service d'ophtalmologie", "2 avenue Foch", "29200 Brest", ""),
        ],
    },
    "service": {
        "en": [
            (
                "OptiTech Equipment Services Ltd",
                "Unit 12, Ash Court",
                "Stafford ST16 3EQ",
                "01785 240 918",
            ),
            ("Clearview Ophthalmic Engineering", "2 Mill Yard", "Frome BA11 1BS", ""),
        ],
        "de": [
            (
                "Medizintechnik Kröger Service GmbH",
                "Gutenbergstraße 3",
                "33602 Bielefeld",
                "0521 96 44 20",
            ),
            ("Ophthalmo-Technik Bauer", "Lise-Meitner-Straße 7", "89081 Ulm", ""),
        ],
        "fr": [
            ("Ophtalmo Services SARL", "15 rue des Artisans", "69680 Chassieu", "04 78 90 12 45"),
            ("Instruments Optiques Maintenance", "ZA Bel Air", "35510 Cesson-Sévigné", ""),
        ],
    },
    "regulator": {
        "en": [("General Optical Council", "10 Old Bailey", "London EC4M 7NG", "020 7580 3898")],
        "de": [
            ("Handwerkskammer Münster", "Bismarckallee 1", "48151 Münster", ""),
            ("Handwerkskammer Mannheim Rhein-Neckar-Odenwald", "B 1, 1-2", "68159 Mannheim", ""),
            (
                "Handwerkskammer Hildesheim-Südniedersachsen",
                "Braunschweiger Straße 53",
                "31134 Hildesheim",
                "",
            ),
        ],
        "fr": [
            ("Agence Régionale de Santé Île-de-France", "13 rue du Landy", "93200 Saint-Denis", ""),
            (
                "Agence Régionale de Santé Bourgogne-Franche-Comté",
                "2 place des Savoirs",
                "21000 Dijon",
                "",
            ),
            ("Agence Régionale de Santé Bretagne", "6 place des Colombes", "35000 Rennes", ""),
        ],
    },
    "cpd": {
        "en": [
            ("College of Optometrists - CPD Department", "42 Craven Street", "London WC2N 5NG", ""),
            ("Optometry Learning Partnership", "The Barn, Church Lane", "Oxford OX3 9QJ", ""),
        ],
        "de": [
            (
                "Zentralverband der Augenoptiker und Optometristen",
                "Alexanderstraße 25a",
                "40210 Düsseldorf",
                "",
            ),
            ("Akademie für Augenoptik und Optometrie", "Mittelweg 11", "60318 Frankfurt", ""),
        ],
        "fr": [
            ("Institut de Formation en Optique", "18 rue Saint-Martin", "75004 Paris", ""),
            ("Organisme DPC Vision Santé", "7 quai Jules Courmont", "69002 Lyon", ""),
        ],
    },
    "acquirer": {
        "en": [
            (
                "Tillpoint Merchant Services Ltd",
                "The Exchange, 1 Lime Street",
                "London EC3M 7HA",
                "",
            ),
            ("Cardline Acquiring UK", "Cardline House, Dunsford Road", "Manchester M20 1LY", ""),
        ],
        "de": [
            ("Kartenzahlung Süd GmbH", "Lyoner Straße 15", "60528 Frankfurt am Main", ""),
            ("PayNord Terminal Services GmbH", "Hammerbrookstraße 90", "20097 Hamburg", ""),
        ],
        "fr": [
            ("Monétique Régionale Services", "12 rue de la Bourse", "69002 Lyon", ""),
            ("Encaissement Pro SAS", "40 avenue de l'Europe", "92400 Courbevoie", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Vale of White Horse District Council - Business Rates",
                "135 Eastern Avenue",
                "Milton Park, Abingdon OX14 4SB",
                "",
            ),
            ("Birmingham City Council - Business Rates", "PO Box 10", "Birmingham B1 1TR", ""),
            (
                "South Hams District Council - Business Rates",
                "Follaton House",
                "Totnes TQ9 5NE",
                "",
            ),
        ],
        "de": [
            ("Stadt Münster - Steueramt", "Stadthaus 1, Klemensstraße 10", "48143 Münster", ""),
            (
                "Stadt Heidelberg - Kämmereiamt, Abt. Steuern",
                "Marktplatz 10",
                "69117 Heidelberg",
                "",
            ),
            ("Stadt Göttingen - Fachdienst Steuern", "Hiroshimaplatz 1-4", "37083 Göttingen", ""),
        ],
        "fr": [
            (
                "Direction générale des Finances publiques - SIE de Fontainebleau",
                "39 rue Saint-Merry",
                "77300 Fontainebleau",
                "",
            ),
            (
                "Direction générale des Finances publiques - SIE de Beaune",
                "6 rue Paul Bouchard",
                "21200 Beaune",
                "",
            ),
            (
                "Direction générale des Finances publiques - SIE de Lannion",
                "2 rue de Kérampont",
                "22300 Lannion",
                "",
            ),
        ],
    },
    "lessor": {
        "en": [
            (
                "Optifin Equipment Leasing Ltd",
                "4 Mercury Court",
                "Chester CH4 9QU",
                "01244 680 300",
            ),
            ("Healthcare Asset Finance plc", "17 Bartholomew Lane", "London EC2N 2AX", ""),
        ],
        "de": [
            ("MedLease Finanzierungen GmbH", "Theodor-Heuss-Allee 70", "60486 Frankfurt", ""),
            (
                "Optik-Leasing Rhein GmbH & Co. KG",
                "Kaiserswerther Straße 115",
                "40474 Düsseldorf",
                "",
            ),
        ],
        "fr": [
            ("Ophtalease SAS", "25 rue de Madrid", "75008 Paris", "01 53 42 77 00"),
            ("Crédit-Bail Santé Équipement", "10 cours Lafayette", "69003 Lyon", ""),
        ],
    },
    "locum": {
        "en": [
            ("Rebecca Hale BSc MCOptom", "9 Orchard Close", "Didcot OX11 7JT", "07701 553 218"),
            ("Imran Qureshi Optometrist", "Flat 2, 40 Sandon Road", "Birmingham B17 8DU", ""),
            ("Gareth Lloyd MCOptom", "Ty Gwyn, Heol Fawr", "Abergavenny NP7 5EE", ""),
        ],
        "de": [
            ("Mareike Steffens, Optometristin (M.Sc.)", "Kanalstraße 19", "48147 Münster", ""),
            ("Jonas Feld, Augenoptikermeister", "Rohrbacher Straße 88", "69115 Heidelberg", ""),
        ],
        "fr": [
            (
                "Élodie Marchand, opticienne-optométriste",
                "6 rue des Tanneurs",
                "77300 Fontainebleau",
                "",
            ),
            ("Yann Le Floch, optométriste", "22 rue du Port", "22300 Lannion", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Margaret", "Peter", "Susan", "David", "Aisha", "Graham", "Joan", "Liam", "Chloe"],
    "de": ["Ingrid", "Werner", "Helga", "Jürgen", "Monika", "Klaus", "Lena", "Tobias", "Elif"],
    "fr": ["Monique", "Bernard", "Chantal", "Gérard", "Inès", "Alain", "Manon", "Théo", "Josette"],
}
FEMALE = {"Margaret", "Susan", "Aisha", "Joan", "Chloe", "Ingrid", "Helga", "Monika", "Lena"}
FEMALE |= {"Elif", "Monique", "Chantal", "Inès", "Manon", "Josette"}
LASTS = {
    "en": ["Hutchinson", "Patel", "Cooper", "Bradshaw", "Okafor", "Jenkins", "Doyle", "Marsh"],
    "de": ["Kowalski", "Brandt", "Lehmann", "Schulte", "Öztürk", "Pieper", "Krause", "Voss"],
    "fr": ["Guillot", "Carpentier", "Lemaire", "Barbier", "Haddad", "Rolland", "Hamon", "Colin"],
}
ROADS = {
    "en": ["Church Lane", "Victoria Road", "Orchard Way", "Mill Street", "The Green"],
    "de": ["Lindenweg", "Schillerstraße", "Am Kirchberg", "Gartenstraße", "Mühlenweg"],
    "fr": ["rue des Écoles", "avenue de la Gare", "chemin des Vignes", "rue Pasteur"],
}
HOMES = {
    "en": ["Orchard House Care Home", "Brookfield Lodge Nursing Home", "Ashgrove Court"],
    "de": ["Seniorenzentrum St. Elisabeth", "Haus am Stadtpark", "Pflegeheim Lindenhof"],
    "fr": ["EHPAD Les Tilleuls", "Résidence Le Clos Fleuri", "EHPAD Saint-Joseph"],
}
TALK = {
    "en": {
        "eye": "intraocular pressure optic disc cup ratio visual field defect cataract macula "
        "drusen retina vitreous haemorrhage acuity refraction glaucoma suspect review symptoms "
        "fundus examination dilated pupils anterior chamber flashes floaters headaches",
        "optics": "lenses frames coating varifocal single vision tint delivery order collection "
        "fitting heights glazing stock range edging surfacing progressive anti-reflection",
        "legal": "agreement lessee lessor goods rentals default termination insurance risk title "
        "maintenance notice law assignment indemnity period instalment",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "service": "engineer inspection focimeter slit lamp tonometer phoropter projector "
        "calibration electrical safety cleaning alignment bulb firmware adjustment",
    },
    "de": {
        "eye": "Augeninnendruck Papille Exkavation Gesichtsfeld Katarakt Makula Drusen Netzhaut "
        "Glaskörper Blutung Visus Refraktion Glaukomverdacht Kontrolle Beschwerden Fundus "
        "Untersuchung Vorderkammer Lichtblitze Mouches Kopfschmerzen",
        "optics": "Gläser Fassungen Entspiegelung Gleitsichtgläser Einstärkengläser Tönung "
        "Lieferung Auftrag Abholung Einschleifhöhe Fertigung Lagerglas Rezeptglas Randung",
        "legal": "Vertrag Leasingnehmer Leasinggeber Objekt Raten Verzug Kündigung Versicherung "
        "Gefahr Eigentum Wartung Mitteilung Recht Abtretung Haftung Laufzeit",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "service": "Techniker Prüfung Scheitelbrechwertmesser Spaltlampe Tonometer Phoropter "
        "Projektor Kalibrierung elektrische Sicherheit Reinigung Justierung Lampe Firmware",
    },
    "fr": {
        "eye": "pression intraoculaire papille excavation champ visuel cataracte macula drusen "
        "rétine vitré hémorragie acuité réfraction suspicion glaucome contrôle symptômes fond "
        "examen chambre antérieure phosphènes corps flottants céphalées",
        "optics": "verres montures traitement progressifs unifocaux teinte livraison commande "
        "retrait hauteurs montage surfaçage stock fabrication détourage antireflet",
        "legal": "contrat locataire bailleur matériel loyers défaut résiliation assurance "
        "risques propriété entretien préavis droit cession responsabilité durée",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "service": "technicien contrôle frontofocomètre lampe à fente tonomètre réfracteur "
        "projecteur étalonnage sécurité électrique nettoyage réglage ampoule logiciel",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "eye", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "eye", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The practice of a stream: its country, month, optometrists and patients
# ---------------------------------------------------------------------------------------------

PRACTICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same patient and day).
LAST: dict[str, object] = {"kind": "", "patient": None, "day": None, "extra": None}


def home() -> str:
    return str(PRACTICE["lang"])


def month() -> date:
    m = PRACTICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's practice and ``key``: a run or a repeat keeps
    its sender."""
    text = f"tureen/{key}/{who.name}/{who.street}/{who.city}/{PRACTICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def stream_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"tureen/{key}/{PRACTICE['seed']}".encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    return d + timedelta(days=2) if d.weekday() == 6 else d


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


@dataclass
class Patient:
    first: str
    last: str
    female: bool
    born: date
    street: str
    town: str
    no: str  # NHS number, Versichertennummer, numéro de sécurité sociale

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def a_patient(rng: random.Random, old: bool = False) -> Patient:
    lg = home()
    first = rng.choice(FIRSTS[lg])
    born = date(
        rng.randint(1932, 1958) if old else rng.randint(1940, 2016),
        rng.randint(1, 12),
        rng.randint(1, 28),
    )
    no = {
        "en": serial(rng, "999 999 9999"),
        "de": serial(rng, "A999999999"),
        "fr": f"{1 if first not in FEMALE else 2} {born.year % 100:02d} {born.month:02d} "
        + serial(rng, "99 999 999 99"),
    }[lg]
    prac = practice_head()
    road = rng.choice(ROADS[lg])
    n = rng.randint(1, 80)
    return Patient(
        first,
        rng.choice(LASTS[lg]),
        first in FEMALE,
        born,
        f"{road} {n}" if lg == "de" else f"{n} {road}",
        prac.town,
        no,
    )


def patient_for(rng: random.Random, kinds: tuple[str, ...], old: bool = False) -> Patient:
    """The previous document's patient if it was one of ``kinds``, else a new one."""
    p = LAST["patient"]
    if isinstance(p, Patient) and after(kinds):
        return p
    return a_patient(rng, old)


def remember(patient: Patient | None, d: date, extra: object = None) -> None:
    LAST.update(patient=patient, day=d, extra=extra)


def age(p: Patient, d: date) -> int:
    return d.year - p.born.year - ((d.month, d.day) < (p.born.month, p.born.day))


# ---------------------------------------------------------------------------------------------
# Prescriptions
# ---------------------------------------------------------------------------------------------


@dataclass
class Rx:
    sph: tuple[float, float]
    cyl: tuple[float, float]
    axis: tuple[int, int]
    add: float
    va: tuple[str, str]
    pd: tuple[float, float]


def an_rx(rng: random.Random, presby: bool = True) -> Rx:
    base = rng.choice([-6.0, -3.5, -2.0, -1.0, -0.5, 0.0, 0.75, 1.5, 2.5, 4.0])
    sph = tuple(base + 0.25 * rng.randint(-2, 2) for _ in range(2))
    cyl = tuple(-0.25 * rng.choice([0, 0, 1, 2, 3, 4, 6, 9]) for _ in range(2))
    axis = tuple(rng.choice([5, 10, 15, 20, 80, 90, 95, 100, 160, 170, 175, 180]) for _ in range(2))
    add = rng.choice([0.75, 1.0, 1.5, 1.75, 2.0, 2.25, 2.5]) if presby else 0.0
    va = tuple(rng.choice(["6/5", "6/6", "6/6", "6/7.5", "6/9", "6/12", "6/18"]) for _ in range(2))
    pd = tuple(rng.choice([29.5, 30.0, 30.5, 31.0, 31.5, 32.0, 32.5, 33.0]) for _ in range(2))
    return Rx(sph, cyl, axis, add, va, pd)  # type: ignore[arg-type]


def dio(v: float, lang: str, plano: bool = True) -> str:
    """A dioptre value as the country writes it: "+1.25", "-0,75", "Plano"."""
    if v == 0 and plano:
        return {"en": "Plano", "de": "0,00", "fr": "0,00"}[lang]
    t = f"{v:+.2f}"
    return t.replace(".", ",") if lang != "en" else t


def va_text(v: str, lang: str) -> str:
    if lang == "en":
        return v
    a, b = v.split("/")
    dec = float(a) / float(b)
    return f"{dec:.1f}".replace(".", ",") if lang == "de" else f"{round(dec * 10)}/10"


def eyes(lang: str) -> tuple[str, str]:
    return {"en": ("R", "L"), "de": ("R", "L"), "fr": ("OD", "OG")}[lang]


def rx_grid(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    rx: Rx,
    lang: str,
    by_hand: bool = True,
    add: bool = True,
    va: bool = True,
) -> float:
    """The prescription as a ruled grid: one row per eye; the y below."""
    heads = [
        "",
        tr(lang, "Sph", "Sph", "Sphère"),
        tr(lang, "Cyl", "Cyl", "Cylindre"),
        tr(lang, "Axis", "Achse", "Axe"),
    ]
    if add:
        heads.append(tr(lang, "Add", "Add", "Addition"))
    heads.append(tr(lang, "Prism", "Prisma", "Prisme"))
    if va:
        heads.append(tr(lang, "VA", "Visus", "AV"))
    cw = w / len(heads)
    rh = 15.0
    for r in range(3):
        p.rect(x, y + r * rh, w, rh)
    for k in range(1, len(heads)):
        p.line(x + k * cw, y, x + k * cw, y + 3 * rh)
    for k, t in enumerate(heads):
        p.text(x + k * cw + cw / 2, y + 10.5, fit(t, s.font, 7, cw - 4), s.font, 7, "center")
    font = HAND if by_hand else s.font
    for e in range(2):
        vals = [
            eyes(lang)[e],
            dio(rx.sph[e], lang),
            dio(rx.cyl[e], lang, False) if rx.cyl[e] else "-",
            f"{rx.axis[e]}" if rx.cyl[e] else "-",
        ]
        if add:
            vals.append(dio(rx.add, lang) if rx.add else "-")
        vals.append("-")
        if va:
            vals.append(va_text(rx.va[e], lang))
        yy = y + (e + 1) * rh + 10.5
        for k, t in enumerate(vals):
            f_ = s.bold if k == 0 else font
            p.text(x + k * cw + cw / 2, yy, fit(t, f_, 8.5, cw - 4), f_, 8.5, "center")
    return y + 3 * rh + 10


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
OFFICIAL = ("payer", "hospital", "regulator", "council")
#: Senders that are the practice's own: the rows of these lists follow the practices' rows.
LOCAL = ("hospital", "regulator", "council")
TAGLINE = {
    "practice": (
        "Optometrists & Dispensing Opticians",
        "Augenoptik - Optometrie",
        "Opticien - Optométrie - Lentilles",
    ),
    "lab": ("Prescription lens laboratory", "Rezeptglasfertigung", "Laboratoire de verres"),
    "frames": ("Eyewear design & distribution", "Brillenfassungen", "Lunetterie - Montures"),
    "contacts": ("Contact lens distribution", "Kontaktlinsen", "Contactologie"),
    "service": (
        "Ophthalmic equipment service",
        "Service für Augenoptik-Geräte",
        "Maintenance d'appareils d'optique",
    ),
}


def legal_lines(r: random.Random, name: str, town: str, lang: str, role: str) -> list[str]:
    if role in OFFICIAL:
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Münsterland Ost",
                "Heidelberger Volksbank",
                "Sparkasse Göttingen",
                "Commerzbank",
                "Deutsche Apotheker- und Ärztebank",
            ]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 399)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {town.split()[-1]} "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dirk Hollmann", "Dr. Petra Sauer", "Ralf Engel"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4778A', '3250A', '4646Z', '3312Z', '7739Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)} - RCS "
                + r.choice(["Lyon", "Lons-le-Saunier", "Nantes", "Paris", "Bourg-en-Bresse"])
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "practice" and r.random() < 0.6:
        out.append("GOC registered business")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"tureen/head/{name}/{PRACTICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role == "locum":
        looks = ["plain", "centred", "centred"]
    hd = Head(
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
        foot=legal_lines(r, name, town, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role not in ("payer", "council")
        else "",
    )
    if hd.look == "band" and hd.corner == "tr":
        hd.corner = "br"  # not on the shaded band
    return hd


def practice_head() -> Head:
    lang = home()
    return make_head(PRACTICES[lang][int(PRACTICE["row"])], lang, "practice")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and practice), of the
    practice's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role in LOCAL and lang == home():
        return make_head(rows[int(PRACTICE["row"]) % len(rows)], lang, role)  # type: ignore[call-overload]
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
    """A circle drawn as a polygon (round stamps, field plots)."""
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
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.45, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def spectacles(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A small pair-of-spectacles logo."""
    ring(p, x + 8 * k, y, 7 * k, 20)
    ring(p, x + 26 * k, y, 7 * k, 20)
    p.line(x + 15 * k, y - 1, x + 19 * k, y - 1)


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
    if h.look == "official":
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
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
        if h.role == "practice":
            spectacles(p, w / 2 - 17, y - 14, 1.0)
            y += 8
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if tagline else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
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
        p.text(m, y + 15, tagline, italic_of(h.font), 7.5)
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
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").replace(",", " ").split()
        if t not in ("Dr", "BSc", "MCOptom", "M", "Sc", "med", "Optometrist")
    ] or [name]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:10]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the practice's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Reception", "Accounts", "Optom"],
                        "de": ["Büro", "Buchhaltung", "Werkstatt"],
                        "fr": ["Secrétariat", "Compta", "Atelier"],
                    }[lang]
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
        f.page.text(
            m,
            f.y + s.size * 1.3,
            fit(role, s.font, s.size - 1, f.size[0] - 2 * m),
            s.font,
            s.size - 1,
        )
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"tureen/staff/{tag}/{h.name}/{PRACTICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


OPTOM_FIRST = {
    "en": ["Rachel", "Simon", "Harpreet", "Owen", "Nina", "Alistair"],
    "de": ["Kathrin", "Matthias", "Anja", "Florian", "Svenja", "Oliver"],
    "fr": ["Sophie", "Julien", "Aurélie", "Mathieu", "Claire", "Romain"],
}
OPTOM_LAST = {
    "en": ["Price", "Hallam", "Sandhu", "Tolley", "Morgan", "Fraser"],
    "de": ["Brinkmann", "Seidel", "Hagedorn", "Wendt", "Adler", "Kühn"],
    "fr": ["Lambert", "Renaud", "Perrot", "Guérin", "Lebrun", "Masson"],
}


def optometrists() -> list[tuple[str, str]]:
    """The practice's two optometrists and their registration numbers."""
    r = stream_rng("optoms")
    lg = home()
    out = []
    for _ in range(2):
        name = f"{r.choice(OPTOM_FIRST[lg])} {r.choice(OPTOM_LAST[lg])}"
        reg = {
            "en": f"GOC 01-{r.randint(10000, 39999)}",
            "de": f"Meisterprüfung HWK {r.randint(1992, 2018)}",
            "fr": f"ADELI {r.randint(10, 95)} 44 {r.randint(1000, 9999)} {r.randint(1, 9)}",
        }[lg]
        out.append((name, reg))
    return out


def an_optom(rng: random.Random) -> tuple[str, str]:
    return rng.choice(optometrists())


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def practice_lines(att: str = "") -> list[str]:
    return head_lines(practice_head(), att)


def patient_lines(p: Patient) -> list[str]:
    return [mx(p, home()), p.street, p.town]


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
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), gross)
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
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
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
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def signature_line(
    p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str = "", signed: bool = True
) -> None:
    """A signature line with its caption below, signed by ``name`` when ``signed``."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(cap, s.font, 7, w), s.font, 7)
    if signed and name:
        scrawl(p, x + 6, y - 3, name, 12)


def practice_stamp(p: Page, x: float, y: float) -> None:
    h = practice_head()
    stamp(p, x, y, [h.name, h.street, h.town] + ([h.phone] if h.phone else []))


# ---------------------------------------------------------------------------------------------
# Templates BBB: claims, payments and the practice's estimates
# ---------------------------------------------------------------------------------------------

VOUCHERS = {
    "A": 45.90,
    "B": 69.60,
    "C": 101.90,
    "D": 229.10,
    "E": 79.90,
    "F": 101.20,
    "G": 132.70,
    "H": 245.60,
}
GOS1_FEE = 23.89
ELIGIBLE = [
    "Under 16",
    "16, 17 or 18 and in full-time education",
    "60 or over",
    "Diabetes",
    "Glaucoma",
    "40 or over, parent/sibling/child has glaucoma",
    "Registered blind or partially sighted",
    "Prisoner on leave",
    "Income Support",
    "Universal Credit (meets criteria)",
    "Pension Credit guarantee credit",
    "HC2 certificate",
]
HMV = ["25.21.01.1004", "25.21.02.2045", "25.21.03.0003", "25.21.05.4011", "25.21.06.1007"]
LPP = {"A": ("2210546", "2264313", "2254480"), "B": ("2223342", "2203240", "2280660")}


def doctor(rng: random.Random, lg: str) -> tuple[str, str]:
    name = (
        f"{rng.choice(['Dr.', 'Dr. med.'] if lg == 'de' else ['Dr'])} "
        f"{rng.choice(OPTOM_FIRST[lg])} {rng.choice(LASTS[lg])}"
    )
    no = {
        "en": "",
        "de": f"LANR {rng.randint(100000000, 999999999)}",
        "fr": f"RPPS {rng.randint(10000000000, 10999999999)}",
    }[lg]
    return name, no


def prescription_copy(rng: random.Random, pat: Patient, rx: Rx, d: date) -> Page:
    """A photocopy of the eye doctor's prescription (Muster 8, ordonnance) on an A4 sheet."""
    lg = home()
    p = Page(A4)
    _w, _hh = A4
    copier_edge(p, rng)
    x0, y0 = 60.0, rng.uniform(60, 120)
    bw, bh = 420 * (1 if lg == "fr" else 1.0), 300.0 if lg == "de" else 420.0
    p.rect(x0, y0, bw, bh)
    doc, no = doctor(rng, lg)
    s = Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "short")
    if lg == "de":
        p.text(x0 + 8, y0 + 14, "Krankenkasse bzw. Kostenträger", "Helvetica", 6)
        p.text(
            x0 + 8,
            y0 + 26,
            rng.choice(
                [
                    "AOK NordWest",
                    "Techniker Krankenkasse",
                    "BARMER",
                    "DAK-Gesundheit",
                    "IKK classic",
                ]
            ),
            "Courier",
            9,
        )
        p.text(x0 + 8, y0 + 40, "Name, Vorname des Versicherten", "Helvetica", 6)
        p.text(x0 + 8, y0 + 52, f"{pat.last}, {pat.first}", "Courier", 9)
        p.text(x0 + 250, y0 + 52, f"geb. am {short(pat.born, lg)}", "Courier", 9)
        p.text(x0 + 8, y0 + 66, f"Versicherten-Nr. {pat.no}   Status 1000000", "Courier", 8)
        p.text(x0 + bw - 8, y0 + 14, "Sehhilfenverordnung", "Helvetica-Bold", 11, "right")
        p.text(x0 + bw - 8, y0 + 26, "Muster 8 (1.2024)", "Helvetica", 6, "right")
        ticks(
            p,
            s,
            x0 + 8,
            y0 + 90,
            bw - 16,
            ["Brillengläser", "Kontaktlinsen", "Fern", "Nah", "Gleitsicht"],
            {0, rng.choice([2, 3, 4])},
            7,
        )
        rx_grid(p, s, x0 + 8, y0 + 104, bw - 16, rx, lg, True, True, False)
        p.text(x0 + 8, y0 + 170, f"Begründung: {words(rng, lg, 'eye', 6)}", HAND, 8)
        p.text(x0 + 8, y0 + 200, f"Datum {short(d, lg)}", "Courier", 8)
        p.rect(x0 + bw - 170, y0 + 190, 160, 80)
        p.text(x0 + bw - 164, y0 + 202, fit(doc, "Helvetica-Bold", 7.5, 150), "Helvetica-Bold", 7.5)
        p.text(x0 + bw - 164, y0 + 212, "Facharzt für Augenheilkunde", "Helvetica", 6.5)
        p.text(x0 + bw - 164, y0 + 221, no, "Helvetica", 6.5)
        scrawl(p, x0 + bw - 150, y0 + 258, doc)
        p.text(x0 + bw - 90, y0 + 290, "Unterschrift des Arztes", "Helvetica", 5.5, "center")
    else:
        p.text(x0 + 14, y0 + 22, doc, "Times-Bold", 12)
        p.text(x0 + 14, y0 + 34, "Ophtalmologiste - Ancien chef de clinique", "Times-Italic", 8)
        p.text(x0 + 14, y0 + 44, no, "Times-Roman", 7.5)
        p.text(x0 + bw - 14, y0 + 22, "Conventionné secteur 2", "Times-Roman", 7.5, "right")
        p.line(x0 + 14, y0 + 52, x0 + bw - 14, y0 + 52)
        p.text(x0 + bw - 14, y0 + 72, f"le {short(d, lg)}", HAND, 10, "right")
        p.text(x0 + 14, y0 + 92, f"{mx(pat, lg)}", HAND, 11)
        p.text(x0 + 40, y0 + 130, "ORDONNANCE DE VERRES CORRECTEURS", "Times-Bold", 10)
        y = y0 + 160
        for e in range(2):
            t = (
                f"{eyes(lg)[e]} : {dio(rx.sph[e], lg)} ({dio(rx.cyl[e], lg, False)} à "
                f"{rx.axis[e]}°)"
                if rx.cyl[e]
                else f"{eyes(lg)[e]} : {dio(rx.sph[e], lg)}"
            )
            p.text(x0 + 40, y, t, HAND, 11)
            y += 20
        if rx.add:
            p.text(x0 + 40, y, f"Add. {dio(rx.add, lg)}  -  verres progressifs", HAND, 11)
            y += 20
        p.text(
            x0 + 40,
            y + 10,
            rng.choice(
                ["Renouvellement possible par l'opticien", "Port permanent", "Vision de près"]
            ),
            HAND,
            10,
        )
        scrawl(p, x0 + bw - 150, y0 + bh - 60, doc, 15)
        p.text(
            x0 + bw / 2,
            y0 + bh - 12,
            "Membre d'une association de gestion agréée",
            "Times-Roman",
            6.5,
            "center",
        )
    if rng.random() < 0.5:
        hand(p, x0, y0 + bh + 30, tr(lg, "", f"Kopie - KV {pat.last}", f"copie PEC {pat.last}"))
    return p


def tpl_benefit_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's claim for a sight test or spectacles to the public payer or insurer:
    a GOS 1 or GOS 3 form (England), an Abrechnung einer Sehhilfe with the copy of Muster 8
    (Germany) or a demande de prise en charge with the ordonnance copy (France)."""
    h = practice_head()
    lg = h.lang
    pat = patient_for(rng, ("spectacle_estimate",))
    d = last_day(rng, ("spectacle_estimate",), (0, 12))
    ex = LAST["extra"]
    rx = ex if after(("spectacle_estimate",)) and isinstance(ex, Rx) else an_rx(rng)
    optom = an_optom(rng)
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    pages = [p]
    if lg == "en":
        form = keyed(who, "gos").choice(["GOS 1", "GOS 1", "GOS 3"])
        if after(("spectacle_estimate",)):
            form = "GOS 3"
        p.rect(w - m - 54, 26, 54, 22)
        p.rect(w - m - 52, 28, 50, 18)
        p.text(w - m - 27, 43, "NHS", "Helvetica-Bold", 16, "center")
        p.text(m, 40, form, "Helvetica-Bold", 20)
        p.text(
            m + 80,
            33,
            "NHS SIGHT TEST" if form == "GOS 1" else "NHS OPTICAL VOUCHER",
            "Helvetica-Bold",
            11,
        )
        p.text(
            m + 80,
            45,
            "Patient's application and practitioner's claim"
            if form == "GOS 1"
            else "Application, prescription and supplier's claim",
            "Helvetica",
            8,
        )
        y = 64.0
        p.rect(m, y, w - 2 * m, 62)
        p.text(w - m - 160, y + 50, "Contractor name and address / stamp", "Helvetica", 6)
        if rng.random() < 0.5:
            practice_stamp(p, m + 8, y + 4)
        else:
            where = f"{h.name}, {h.street}, {h.town}"
            p.text(m + 8, y + 24, fit(where, "Courier", 8.5, w / 2), "Courier", 8.5)
        p.text(w - m - 160, y + 12, "Contractor ODS code", "Helvetica", 6)
        p.text(w - m - 160, y + 27, serial(keyed(who, "ods"), "TA9A9"), "Courier", 10)
        y += 76
        y = band(p, s, y, "Part 1  Patient's details")
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Surname", pat.last.upper()),
                ("First names", pat.first.upper()),
                ("Date of birth", short(pat.born, lg)),
                ("NHS number", pat.no),
                ("Address", pat.street),
                ("Town and postcode", pat.town),
                (
                    "Date of last sight test",
                    short(d - timedelta(days=rng.randint(380, 900)), lg)
                    if rng.random() < 0.8
                    else "not known",
                ),
                (
                    "Reason for visit",
                    rng.choice(
                        ["routine", "blurred near vision", "headaches", "new glasses", "follow-up"]
                    ),
                ),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, "Part 2  Eligibility - tick the box that applies")
        on = {rng.choice([0, 2, 3, 4, 5, 8, 9, 9, 10, 11, 11])}
        if age(pat, d) >= 60:
            on = {2} | ({3} if rng.random() < 0.2 else set())
        y = ticks(p, s, m + 4, y + 10, w - 2 * m - 8, ELIGIBLE, on, 7.5) + 4
        y = band(p, s, y, "Part 3  Patient's declaration")
        y = text_lines(
            p,
            s,
            m + 4,
            y + 9,
            w - 2 * m - 8,
            "I declare that the information I have given on this form is correct and "
            "complete. I understand that if it is not, appropriate action may be "
            "taken. I consent to the disclosure of relevant information for the "
            "purpose of checking my entitlement.",
            7,
        )
        signature_line(
            p, s, m + 4, y + 22, 200, "Signature of patient / patient's representative", pat.name
        )
        hand(p, m + 300, y + 20, short(d, lg), 9)
        p.line(m + 290, y + 22, w - m, y + 22)
        p.text(m + 290, y + 31, "Date", "Helvetica", 7)
        y += 46
        if form == "GOS 1":
            y = band(p, s, y, "Part 4  Performer's declaration")
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    ("Date of sight test", short(d, lg)),
                    ("Performer name and GOC number", f"{optom[0]}  {optom[1]}"),
                ],
                per=2,
                tall=24,
            )
            y = ticks(
                p,
                s,
                m + 4,
                y + 2,
                w - 2 * m - 8,
                [
                    "New or changed prescription issued",
                    "Unchanged prescription",
                    "Referred to GP / HES",
                    "Statement issued (no prescription)",
                ],
                {rng.choice([0, 0, 1, 2, 3])},
                7.5,
            )
            signature_line(p, s, m + 4, y + 24, 200, "Performer's signature", optom[0])
            p.text(m + 300, y + 31, f"Claim: £{money(GOS1_FEE, lg)}", "Helvetica", 8)
        else:
            y = band(p, s, y, "Part 4  Prescription and voucher")
            y = rx_grid(p, s, m, y + 4, w - 2 * m, rx, lg, True)
            code = rng.choice("ABCDE") if rx.add == 0 else rng.choice("EF")
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    ("Voucher type", code),
                    ("Voucher value", f"£{money(VOUCHERS[code], lg)}"),
                    ("Supplier", h.name),
                    ("Date of supply", short(d + timedelta(days=8), lg)),
                ],
                per=4,
                tall=24,
            )
            signature_line(
                p,
                s,
                m + 4,
                min(y + 24, hh - 60),
                200,
                "Supplier's signature",
                staff(h, "dispenser"),
            )
        p.text(
            m, hh - 22, f"{form} (England) v{rng.choice(['2.3', '3', '4.1'])} 04/24", "Helvetica", 6
        )
        if form == "GOS 3" and rng.random() < 0.5:
            q = Page(A4)
            pages.append(q)
            y = band(q, s, 50, "Part 5  Patient's receipt of spectacles")
            y = text_lines(
                q,
                s,
                m + 4,
                y + 9,
                w - 2 * m - 8,
                "I have received the glasses or contact lenses supplied under this "
                "voucher. The voucher value has been deducted from the price.",
                7.5,
            )
            signature_line(q, s, m + 4, y + 30, 200, "Patient's signature", pat.name)
            y = band(q, s, y + 60, "Part 6  Notes for patients")
            for _k in range(rng.randint(4, 7)):
                y = text_lines(
                    q,
                    s,
                    m + 4,
                    y + 9,
                    w - 2 * m - 8,
                    words(rng, "en", "optics", rng.randint(20, 40)),
                    7,
                )
            q.text(m, hh - 22, f"{form} (England) page 2", "Helvetica", 6)
    else:
        title = tr(
            lg,
            "",
            "Abrechnung / Kostenvoranschlag Sehhilfe (§ 33 SGB V)",
            "Demande de prise en charge - Optique",
        )
        p.text(m, 46, title, "Helvetica-Bold", 13)
        payer = keyed(who, "payer").choice(SENDERS["payer"][lg])[0].split(" - ")[0]
        y = 62.0
        p.rect(m, y, w / 2 - m - 6, 64)
        p.text(
            m + 4,
            y + 9,
            tr(lg, "", "Stempel Leistungserbringer / IK", "Cachet de l'opticien / n° FINESS"),
            "Helvetica",
            6,
        )
        practice_stamp(p, m + 90, y + 5)
        p.rect(w / 2 + 6, y, w / 2 - m - 6, 64)
        p.text(
            w / 2 + 10,
            y + 9,
            tr(lg, "", "Kostenträger", "Organisme complémentaire"),
            "Helvetica",
            6,
        )
        p.text(w / 2 + 14, y + 26, fit(payer, "Courier", 9, w / 2 - m - 20), "Courier", 9)
        p.text(
            w / 2 + 14,
            y + 40,
            tr(lg, "", f"IK {serial(rng, '109999999')}", f"N° AMC {serial(rng, '99999999')}"),
            "Courier",
            8.5,
        )
        y += 78
        y = band(p, s, y, tr(lg, "", "Versicherte/r", "Bénéficiaire des soins"))
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "", "Name, Vorname", "Nom, prénom"), f"{pat.last}, {pat.first}"),
                (tr(lg, "", "Geburtsdatum", "Date de naissance"), short(pat.born, lg)),
                (tr(lg, "", "Versicherten-Nr.", "N° de sécurité sociale"), pat.no),
                (
                    tr(lg, "", "Verordnung vom", "Date de l'ordonnance"),
                    short(d - timedelta(days=rng.randint(3, 40)), lg),
                ),
            ],
            per=2,
            tall=24,
            hand=rng.random() < 0.4,
        )
        y = band(p, s, y, tr(lg, "", "Refraktionswerte", "Correction prescrite"))
        y = rx_grid(p, s, m, y + 4, w - 2 * m, rx, lg, False)
        if lg == "de":
            cols = columns(
                m,
                w - m,
                [(1.6, "left"), (3.4, "left"), (0.6, "right"), (1.2, "right"), (1.2, "right")],
            )
            heads = ["Hilfsmittel-Nr.", "Bezeichnung", "Anz.", "Preis", "Kasse"]
            lines = [
                [
                    rng.choice(HMV),
                    "Einstärkenglas Kunststoff, sph/cyl",
                    "2",
                    money(rng.choice([24.0, 31.5, 44.0]), lg),
                    money(rng.choice([10.0, 17.0]), lg),
                ],
                ["25.99.99.0009", "Entspiegelung (Mehrkosten)", "2", money(22.0, lg), "0,00"],
                [
                    "-",
                    "Fassung (nicht erstattungsfähig)",
                    "1",
                    money(rng.choice([69.0, 89.0, 129.0]), lg),
                    "0,00",
                ],
            ]
        else:
            cls = "A" if rng.random() < 0.4 else "B"
            cols = columns(
                m,
                w - m,
                [(1.2, "left"), (3.6, "left"), (1.2, "right"), (1.1, "right"), (1.1, "right")],
            )
            heads = ["Code LPP", "Désignation", "Prix vente", "AMO", "AMC demandé"]
            prices = [rng.choice([30.0, 89.0, 145.0]), rng.choice([45.0, 120.0, 190.0])]
            lines = [
                [
                    LPP[cls][0],
                    f"Monture classe {cls}",
                    money(prices[0], lg),
                    "0,03" if cls == "B" else money(prices[0] * 0.6, lg),
                    money(min(prices[0], 100.0) * 0.9, lg),
                ],
                [
                    LPP[cls][1],
                    f"Verre OD classe {cls}",
                    money(prices[1], lg),
                    "0,02",
                    money(prices[1] * 0.8, lg),
                ],
                [
                    LPP[cls][2],
                    f"Verre OG classe {cls}",
                    money(prices[1], lg),
                    "0,02",
                    money(prices[1] * 0.8, lg),
                ],
            ]
        f = Flow(A4, hh - 60, lambda pg, n: 50.0)
        f.pages, f.page, f.y = pages, p, y + 10
        table(f, cols, heads, lines, s, size=7.5, rules=True)
        y = f.y + 10
        y = text_lines(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "",
                "Ich bestätige, die oben genannte Sehhilfe erhalten zu haben. Die Mehrkosten "
                "gegenüber dem Vertragspreis wurden mir vor der Versorgung mitgeteilt.",
                "Je certifie avoir reçu l'équipement ci-dessus et autorise l'opticien à percevoir "
                "directement le remboursement (tiers payant).",
            ),
            7.5,
        )
        signature_line(
            p,
            s,
            m,
            y + 28,
            200,
            tr(lg, "", "Unterschrift Versicherte/r", "Signature du bénéficiaire"),
            pat.name,
        )
        signature_line(
            p,
            s,
            w / 2 + 20,
            y + 28,
            200,
            tr(lg, "", "Unterschrift Augenoptiker", "Signature de l'opticien"),
            optom[0],
        )
        hand(p, w / 2 + 20, y + 50, short(d, lg), 9)
        if rng.random() < 0.8:
            pages.append(prescription_copy(rng, pat, rx, d - timedelta(days=rng.randint(3, 40))))
    remember(pat, d, rx)
    return pages


def text_lines(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + pt * 0.5


REJECT = {
    "en": [
        "Patient not eligible",
        "Early retest code missing",
        "Duplicate claim",
        "Signature missing",
        "Claim received after 6 months",
    ],
    "de": [
        "Verordnung fehlt",
        "Versicherter nicht anspruchsberechtigt",
        "Doppelabrechnung",
        "Unterschrift fehlt",
        "Festbetrag überschritten",
    ],
    "fr": [
        "Droits AMC fermés",
        "Ordonnance périmée",
        "Doublon",
        "Code LPP incompatible",
        "Pièce justificative manquante",
    ],
}


def tpl_claim_payment(rng: random.Random, who: Issuer) -> list[Page]:
    """The payer's payment schedule for the practice's claims: the PCSE ophthalmic payment
    statement, a Krankenkasse's Zahlungsavis or a tiers payant relevé de règlement, the claim
    lines over one or more pages (sometimes landscape) and the rejected claims on a page of
    their own now and then."""
    h = head_of(who, "payer")
    lg = h.lang
    wide = keyed(who, "wide").random() < 0.4
    size = A4L if wide else A4
    s = style_of(h, size, margin=42, pt=8.5)
    w, _hh = size
    m = s.margin
    d = last_day(rng, ("benefit_claim",), (14, 40))
    code = serial(keyed(who, "contract"), {"en": "TA9A9", "de": "309999999", "fr": "999999999"}[lg])
    pay_ref = serial(rng, {"en": "OPH99999999", "de": "ZA-9999-999999", "fr": "RGLT99999999"}[lg])
    title = tr(
        lg,
        "Ophthalmic Payment Statement",
        "Zahlungsavis - Hilfsmittelabrechnung",
        "Relevé de règlement tiers payant - Optique",
    )
    header = f"{h.name.split(' - ')[0]} - {title} - {pay_ref}"
    f = sheets(s, h, header)
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [
            (tr(lg, "Contractor code", "IK Leistungserbringer", "N° FINESS / AM"), code),
            (tr(lg, "Payment ref", "Zahlungsreferenz", "Réf. règlement"), pay_ref),
        ],
    )
    caption(f, s, title, 3)
    period = add_months(d, -1)
    write(
        f,
        s,
        tr(
            lg,
            f"Claims processed for {period.strftime('%B %Y')}. Payment will reach "
            f"your nominated account by BACS on {day(h, d + timedelta(days=3))}.",
            f"Für die nachstehend aufgeführten Abrechnungen überweisen wir den Betrag "
            f"am {day(h, d + timedelta(days=2))} auf Ihr Konto.",
            f"Nous avons procédé au règlement des factures ci-dessous par virement "
            f"du {day(h, d + timedelta(days=2))}.",
        ),
        s.size - 0.5,
    )
    n = rng.choice([4, 7, 11, 18, 26, 40])
    pats = [a_patient(rng) for _ in range(n)]
    last = LAST["patient"]
    if after(("benefit_claim",)) and isinstance(last, Patient):
        pats[rng.randrange(n)] = last
    rows: list[list[str]] = []
    rejected: list[list[str]] = []
    total = 0.0
    for k, pat in enumerate(pats):
        when = d - timedelta(days=rng.randint(20, 70))
        ref = serial(rng, "99999999")
        if lg == "en":
            t = rng.choice(["GOS1", "GOS1", "GOS1", "GOS3", "GOS3", "GOS4"])
            v = GOS1_FEE if t == "GOS1" else VOUCHERS[rng.choice("ABCE")]
            row = [ref, f"{pat.last.upper()} {pat.first[0]}", pat.no, t, short(when, lg)]
        elif lg == "de":
            t = rng.choice(HMV)
            v = rng.choice([20.0, 34.0, 44.0, 62.0, 88.0, 112.0])
            row = [ref, f"{pat.last}, {pat.first}", pat.no, t, short(when, lg)]
        else:
            t = rng.choice(["Classe A", "Classe B", "Classe B", "Lentilles"])
            v = rng.choice([90.0, 145.0, 210.5, 320.0, 415.0])
            row = [ref, f"{pat.last.upper()} {pat.first}", pat.no[:15], t, short(when, lg)]
        if rng.random() < 0.08 or (k == 0 and rng.random() < 0.3):
            rejected.append([*row, money(v, lg), rng.choice(REJECT[lg])])
            row += [money(v, lg), money(0.0, lg)]
        else:
            total += v
            row += [money(v, lg), money(v, lg)]
        rows.append(row)
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (2.2, "left"),
            (1.6, "left"),
            (1.2, "left"),
            (1.0, "left"),
            (1.0, "right"),
            (1.0, "right"),
        ],
    )
    heads = [
        tr(lg, "Claim no", "Beleg-Nr.", "N° facture"),
        tr(lg, "Patient", "Versicherte/r", "Bénéficiaire"),
        tr(lg, "NHS no", "Vers.-Nr.", "N° SS"),
        tr(lg, "Type", "Pos.-Nr.", "Type"),
        tr(lg, "Date", "Abgabe", "Date"),
        tr(lg, "Claimed", "Gefordert", "Facturé"),
        tr(lg, "Paid", "Erstattet", "Réglé"),
    ]
    table(f, cols, heads, rows, s, size=7.5, shade=0.88 if wide else None, rules=not wide)
    f.need(40)
    f.y += 6
    f.page.text(
        w - m - 150, f.y, tr(lg, "Total paid", "Auszahlungsbetrag", "Montant réglé"), s.bold, s.size
    )
    f.page.text(w - m, f.y, cash(total, lg), s.bold, s.size, "right")
    f.y += 20
    if rejected:
        if rng.random() < 0.5:
            f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Rejected claims - please resubmit where appropriate",
                "Abgesetzte Belege",
                "Factures rejetées",
            ),
            1,
        )
        rc = columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (2.2, "left"),
                (1.6, "left"),
                (1.2, "left"),
                (1.0, "left"),
                (1.0, "right"),
                (2.6, "left"),
            ],
        )
        table(
            f,
            rc,
            [
                heads[0],
                heads[1],
                heads[2],
                heads[3],
                heads[4],
                heads[5],
                tr(lg, "Reason", "Grund", "Motif"),
            ],
            rejected,
            s,
            size=7.5,
            rules=True,
        )
        write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1.5)
    pages = close(f.pages, s, h)
    received(rng, pages[0], lg, d, 0.3)
    remember(None, d)
    return pages


def tpl_spectacle_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's own estimate for a patient's spectacles: the devis normalisé with the
    100 % santé offer beside the free-price offer, a Kostenvoranschlag with the insurer's
    share, or a dispensing record and estimate with the voucher deducted; signed by the
    patient."""
    h = practice_head()
    lg = h.lang
    pat = a_patient(rng)
    rx = an_rx(rng, rng.random() < 0.6)
    d = some_day(rng)
    size = A4 if lg != "en" or rng.random() < 0.6 else A5
    s = style_of(h, size, margin=30 if size == A5 else 40, pt=7.5 if size == A5 else 8.5)
    w, _hh = size
    m = s.margin
    f = sheets(s, h)
    no = serial(rng, "9999")
    title = tr(
        lg,
        rng.choice(["DISPENSING RECORD & ESTIMATE", "Spectacle estimate"]),
        "Kostenvoranschlag Brille",
        "DEVIS NORMALISÉ - Équipement d'optique médicale",
    )
    caption(f, s, f"{title}  {tr(lg, 'No.', 'Nr.', 'N°')} {no}", 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Patient", "Kunde/Kundin", "Patient"), f"{pat.last}, {pat.first}"),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(pat.born, lg)),
            (tr(lg, "Date", "Datum", "Date du devis"), short(d, lg)),
            (tr(lg, "Dispensed by", "Beratung", "Opticien"), staff(h, "dispenser")),
        ],
        per=4 if size == A4 else 2,
        tall=22,
        hand=False,
    )
    f.y = rx_grid(f.page, s, m, f.y, w - 2 * m, rx, lg, False, True, False)
    frame_sup = rng.choice(SENDERS["frames"][lg])[0].split()[0]
    model = (
        f"{serial(rng, 'AA 999')} {rng.choice(['Tortoise', 'Havana', 'Black', 'Navy'])} "
        f"{rng.choice([50, 52, 53, 54])}□{rng.choice([16, 17, 18, 19])}-"
        f"{rng.choice([140, 145])}"
    )
    if lg == "fr":
        cols = columns(
            m, w - m, [(2.6, "left"), (1.3, "left"), (1.1, "right"), (1.1, "right"), (1.1, "right")]
        )
        head = ["Élément", "Code LPP", "Prix TTC", "Rembt AMO", "Reste à charge*"]
        rows = []
        for cls in ("A", "B"):
            pm = 30.0 if cls == "A" else rng.choice([129.0, 169.0, 219.0])
            pv = rng.choice([32.5, 57.0]) if cls == "A" else rng.choice([98.0, 165.0, 249.0])
            rows += [
                [
                    f"Offre {cls}: monture {frame_sup if cls == 'B' else '100% santé'}",
                    LPP[cls][0],
                    money(pm, lg),
                    money(pm * 0.6 if cls == "A" else 0.03, lg),
                    money(0 if cls == "A" else pm - 100, lg),
                ],
                [
                    f"Offre {cls}: 2 verres {'unifocaux' if not rx.add else 'progressifs'}",
                    LPP[cls][1],
                    money(2 * pv, lg),
                    money(2 * pv * 0.6 if cls == "A" else 0.05, lg),
                    money(0 if cls == "A" else pv * 0.4, lg),
                ],
            ]
        head_note = "* après intervention de votre complémentaire santé, selon votre contrat."
    else:
        cols = columns(m, w - m, [(3.2, "left"), (1.4, "left"), (1.1, "right")])
        head = [
            tr(lg, "Item", "Position", ""),
            tr(lg, "Detail", "Detail", ""),
            tr(lg, "Price", "Preis", ""),
        ]
        lens = tr(
            lg,
            rng.choice(
                ["Varifocal 1.6 AR", "Single vision 1.5 hard coat", "Occupational 1.6 blue filter"]
            ),
            rng.choice(
                [
                    "Gleitsicht 1,6 superentspiegelt",
                    "Einstärken 1,5 gehärtet",
                    "Arbeitsplatzglas 1,6",
                ]
            ),
        )
        rows = [
            [
                tr(lg, "Frame", "Fassung", ""),
                f"{frame_sup} {model}",
                money(rng.choice([89.0, 129.0, 159.0, 219.0]), lg),
            ],
            [
                tr(lg, "Lenses (pair)", "Gläser (Paar)", ""),
                lens,
                money(rng.choice([120.0, 189.0, 340.0, 460.0]), lg),
            ],
        ]
        if rng.random() < 0.5:
            rows.append(
                [
                    tr(lg, "Tint / coating", "Tönung / Beschichtung", ""),
                    rng.choice(["Brown 25%", "Photochromic", "UV 400"]),
                    money(rng.choice([25.0, 45.0, 79.0]), lg),
                ]
            )
        head_note = ""
    table(f, cols, head, rows, s, size=s.size - 0.5, rules=True)
    if lg == "en":
        gross = sum(float(r[2].replace(",", "")) for r in rows)
        code = rng.choice("ABCE")
        f.y = (
            pairs(
                f.page,
                s,
                w * 0.45,
                f.y + 4,
                [
                    ("Total", cash(gross, lg)),
                    (
                        f"Less NHS voucher ({code})"
                        if rng.random() < 0.5
                        else "Less staff/loyalty discount",
                        f"-{cash(VOUCHERS[code], lg)}",
                    ),
                    ("Deposit paid", cash(rng.choice([20.0, 50.0, 100.0]), lg)),
                ],
                w - m,
            )
            + 8
        )
    elif lg == "de":
        f.y = (
            pairs(
                f.page,
                s,
                w * 0.45,
                f.y + 4,
                [
                    (
                        "Gesamtpreis",
                        cash(sum(float(r[2].replace(".", "").replace(",", ".")) for r in rows), lg),
                    ),
                    ("davon Kassenanteil (Festbetrag)", cash(rng.choice([0.0, 20.0, 34.0]), lg)),
                    ("Anzahlung", cash(rng.choice([50.0, 100.0]), lg)),
                ],
                w - m,
            )
            + 8
        )
    else:
        write(f, s, head_note, s.size - 1.5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "PD R / L", "PD R / L", "Écart pupillaire OD / OG"),
                f"{rx.pd[0]} / {rx.pd[1]}",
            ),
            (
                tr(lg, "Heights", "Einschleifhöhe", "Hauteurs"),
                f"{rng.randint(18, 26)} / {rng.randint(18, 26)}" if rx.add else "-",
            ),
            (
                tr(lg, "Collection", "Abholung", "Livraison prévue"),
                short(d + timedelta(days=rng.randint(6, 14)), lg),
            ),
        ],
        per=3,
        tall=22,
    )
    f.need(60)
    write(
        f,
        s,
        tr(
            lg,
            "I agree to the above and understand that spectacles ordered to my "
            "prescription cannot be refunded once made.",
            "Ich erteile den Auftrag zu den genannten Bedingungen.",
            "Devis valable 3 mois. Bon pour accord, date et signature du patient :",
        ),
        s.size - 1,
    )
    signature_line(
        f.page,
        s,
        m,
        f.y + 24,
        180,
        tr(lg, "Patient's signature", "Unterschrift", "Signature"),
        pat.name,
    )
    f.y += 40
    pages = close(f.pages, s, h, numbers="none")
    remember(pat, d, rx)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBB: laboratories, frame and contact lens suppliers
# ---------------------------------------------------------------------------------------------

LENSES = {
    "en": [
        "SV 1.5 HC",
        "SV 1.6 AR",
        "SV 1.67 AR",
        "Varifocal 1.5 HC",
        "Varifocal 1.6 AR",
        "Premium varifocal 1.67 AR",
        "Bifocal D28 1.5",
        "Occupational 1.6 AR",
        "SV 1.6 photochromic grey",
    ],
    "de": [
        "EST 1,5 hart",
        "EST 1,6 SE",
        "EST 1,67 SE",
        "GLS 1,5 hart",
        "GLS 1,6 SE",
        "GLS Premium 1,67 SE",
        "Bifokal D28 1,5",
        "Nahkomfort 1,6 SE",
        "EST 1,6 photochrom",
    ],
    "fr": [
        "Unifocal 1,5 durci",
        "Unifocal 1,6 AR",
        "Unifocal 1,67 AR",
        "Progressif 1,5",
        "Progressif 1,6 AR",
        "Progressif premium 1,67",
        "Double foyer 1,5",
        "Dégressif 1,6 AR",
        "Unifocal 1,6 photochromique",
    ],
}


def lens_price(lens: str) -> float:
    base = 18.0 if lens.startswith(("SV", "EST", "Unifocal")) else 58.0
    return (
        base
        + (22.0 if "1.67" in lens or "1,67" in lens else 0)
        + (12.0 if "AR" in lens or "SE" in lens else 0)
    )


def a_job_no(rng: random.Random, who: Issuer) -> str:
    return keyed(who, "jobpre").choice(["J", "", "RX", "A"]) + str(rng.randint(300000, 899999))


def tpl_job_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The lens laboratory's job ticket that comes in the box with the glazed spectacles:
    a narrow slip with the job number and barcode, the prescription, lens, frame, centration
    and the inspector's quality checks."""
    h = head_of(who, "lab", abroad=0.1)
    lg = h.lang
    s = style_of(h, SLIP, margin=14, pt=7.5)
    w, hh = SLIP
    m = s.margin
    p = Page(SLIP)
    y = heading(p, s, h)
    job = a_job_no(rng, who)
    remake = rng.random() < 0.12
    p.text(m, y, tr(lg, "JOB TICKET", "AUFTRAGSTASCHE", "BON DE TRAVAIL"), s.bold, 11)
    if remake:
        p.rect(w - m - 58, y - 11, 58, 15, fill=0.2)
        p.text(w - m - 29, y, tr(lg, "REMAKE", "NEUFERT.", "REFAIT"), s.bold, 8, "center")
    y += 8
    p.barcode("code128", job, m + 4, y)
    y += 84
    d = some_day(rng)
    pat = a_patient(rng)
    rx = an_rx(rng, rng.random() < 0.6)
    prac = practice_head()
    lens = rng.choice(LENSES[lg])
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acc"), "99999")),
                (tr(lg, "Practice", "Kunde", "Magasin"), prac.name),
                (
                    tr(lg, "Your ref", "Kommission", "Réf. porteur"),
                    f"{pat.last.upper()} {pat.first[0]}",
                ),
                (
                    tr(lg, "Ordered", "Bestellt", "Commandé"),
                    short(d - timedelta(days=rng.randint(3, 9)), lg),
                ),
                (tr(lg, "Dispatched", "Versand", "Expédié"), short(d, lg)),
            ],
            w - m,
            7.5,
        )
        + 4
    )
    y = rx_grid(p, s, m, y, w - 2 * m, rx, lg, False, True, False)
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Lens", "Glas", "Verre"), lens),
                (
                    tr(lg, "Tint/coat", "Farbe/Schicht", "Teinte"),
                    rng.choice(["-", "Brown 15%", "Grey 85%", "Blue cut", "HMC"]),
                ),
                (
                    tr(lg, "Frame", "Fassung", "Monture"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Supplied by practice",
                                "Kundenfassung",
                                "Fournie par le magasin",
                            ),
                            f"{serial(rng, 'AA999')} {rng.choice([50, 52, 54])}-"
                            f"{rng.choice([16, 18, 19])}",
                        ]
                    ),
                ),
                (tr(lg, "PD R/L", "PD R/L", "EP OD/OG"), f"{rx.pd[0]} / {rx.pd[1]}"),
                (
                    tr(lg, "Heights", "Höhe", "Hauteurs"),
                    f"{rng.randint(18, 27)} / {rng.randint(18, 27)}" if rx.add else "-",
                ),
            ],
            w - m,
            7.5,
        )
        + 6
    )
    y = band(p, s, y, tr(lg, "Quality control", "Endkontrolle", "Contrôle qualité"), 0.85) + 4
    checks = [
        tr(lg, "Power", "Wirkung", "Puissance"),
        tr(lg, "Axis", "Achse", "Axe"),
        tr(lg, "Centration", "Zentrierung", "Centrage"),
        tr(lg, "Cosmetic", "Optik", "Aspect"),
    ]
    y = ticks(p, s, m, y + 8, w - 2 * m, checks, set(range(4)), 7)
    hand(p, m, y + 14, serial(rng, "AA"), 11)
    p.text(m + 40, y + 14, tr(lg, "Inspector", "Prüfer", "Contrôleur"), s.font, 6.5)
    if remake:
        p.text(
            m,
            y + 32,
            fit(
                tr(lg, "Remake reason: ", "Grund: ", "Motif : ")
                + rng.choice(
                    [
                        "axis out of tolerance",
                        "scratch",
                        "wrong height",
                        "Achse",
                        "Kratzer",
                        "rayure",
                    ]
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    p.text(
        w / 2,
        hh - 16,
        fit(
            tr(
                lg,
                "Please quote the job number with any query",
                "Bei Rückfragen bitte Auftragsnummer angeben",
                "Rappelez le numéro de travail pour toute réclamation",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
        "center",
    )
    jobs = []
    ex = LAST["extra"]
    if after(("job_ticket",)) and isinstance(ex, tuple) and ex[0] == h.name:
        jobs = list(ex[1])
    jobs.append((job, pat.last, lens, d))
    remember(pat, d, (h.name, jobs))
    return [p]


def tpl_lab_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The lens laboratory's invoice over the jobs of a week or month: the job list (date,
    job number, the practice's reference, lens, extras, price) over one or more pages, some
    labs on landscape paper; the jobs of the tickets before it among them."""
    h = head_of(who, "lab", abroad=0.1)
    lg = h.lang
    wide = keyed(who, "wide").random() < 0.3
    size = A4L if wide else keyed(who, "size").choice([A4, A4, LETTER])
    s = style_of(h, size, pt=8.5)
    w, _hh = size
    m = s.margin
    ex = LAST["extra"]
    seen = list(ex[1]) if after(("job_ticket",)) and isinstance(ex, tuple) else []
    d = last_day(rng, ("job_ticket",), (1, 10))
    no = serial(
        rng, keyed(who, "inv").choice(["INV-999999", "99999999", "RE 99-99999", "FA999999"])
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), serial(keyed(who, "acc"), "99999")),
            (tr(lg, "Invoice no", "Rechnungs-Nr.", "Facture n°"), no),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Jobs dispatched {short(d - timedelta(days=rng.choice([6, 13, 27])), lg)}"
            f" to {short(d, lg)}",
            f"Lieferungen bis {short(d, lg)}",
            f"Travaux expédiés jusqu'au {short(d, lg)}",
        ),
        s.size - 0.5,
    )
    rows = []
    net = 0.0
    for k in range(rng.choice([3, 6, 12, 20, 34, 48])):
        if k < len(seen):
            job, last, lens, jd = seen[k]
        else:
            job, last, lens = a_job_no(rng, who), rng.choice(LASTS[home()]), rng.choice(LENSES[lg])
            jd = d - timedelta(days=rng.randint(0, 25))
        extra = rng.choice(
            [
                "",
                "",
                "",
                tr(lg, "tint", "Tönung", "teinte"),
                tr(lg, "glazing", "Einschleifen", "montage"),
                "prism",
            ]
        )
        v = lens_price(lens) * 2 + (9.5 if extra else 0)
        if rng.random() < 0.05:
            v = -v
            extra = tr(lg, "credit - remake", "Gutschrift", "avoir")
        net += v
        rows.append([short(jd, lg), job, last.upper(), lens, extra, "1", money(v, lg)])
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.0, "left"),
            (1.4, "left"),
            (2.4, "left"),
            (1.2, "left"),
            (0.4, "right"),
            (1.0, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Job", "Auftrag", "Travail"),
            tr(lg, "Your ref", "Kommission", "Réf."),
            tr(lg, "Lens", "Glas", "Verres"),
            tr(lg, "Extras", "Zusatz", "Options"),
            tr(lg, "Pr", "Paar", "Pr"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        size=7.5,
        rules=wide,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg),
        note=tr(
            lg,
            "Payment due by the end of the month following invoice. " + words(rng, lg, "money", 10),
            "Zahlbar innerhalb 30 Tagen ohne Abzug.",
            "Paiement à 30 jours fin de mois. Pas d'escompte pour paiement anticipé.",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d, 0.3)
    remember(None, d, (h.name, []))
    return pages


def tpl_frame_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A frame supplier's statement of account: invoices, credit notes for returned frames
    and payments with the running balance, the ageing boxes and a remittance advice to tear
    off."""
    h = head_of(who, "frames", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    acc = serial(keyed(who, "acc"), "AA9999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Kontoauszug', 'Relevé')} {acc}")
    recipient(f, s, h, practice_lines(), d, [(tr(lg, "Account", "Kunden-Nr.", "Compte"), acc)])
    caption(
        f, s, tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"), 3
    )
    bal = round(rng.uniform(0, 1800), 2)
    rows = [
        [
            short(add_months(d, -1), lg),
            tr(lg, "Balance b/f", "Saldovortrag", "Report"),
            "",
            "",
            "",
            money(bal, lg),
        ]
    ]
    ages = [0.0, 0.0, 0.0, 0.0]
    for _ in range(rng.choice([3, 5, 8, 12, 20])):
        t = rng.choice(["inv", "inv", "inv", "cr", "pay"])
        v = round(rng.uniform(60, 900), 2)
        bd = d - timedelta(days=rng.randint(0, 95))
        if t == "inv":
            bal += v
            ages[min(3, (d - bd).days // 30)] += v
            rows.append(
                [
                    short(bd, lg),
                    tr(lg, "Invoice", "Rechnung", "Facture"),
                    serial(rng, "999999"),
                    money(v, lg),
                    "",
                    money(bal, lg),
                ]
            )
        else:
            bal -= v
            rows.append(
                [
                    short(bd, lg),
                    tr(lg, "Credit note", "Gutschrift", "Avoir")
                    if t == "cr"
                    else tr(lg, "Payment - thank you", "Zahlung", "Règlement"),
                    serial(rng, "999999") if t == "cr" else "",
                    "",
                    money(v, lg),
                    money(bal, lg),
                ]
            )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (2.2, "left"),
            (1.1, "left"),
            (1.1, "right"),
            (1.1, "right"),
            (1.2, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Details", "Vorgang", "Libellé"),
            tr(lg, "Ref", "Beleg", "Pièce"),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
    )
    f.need(50)
    labels = [tr(lg, "Current", "aktuell", "Non échu"), "30+", "60+", "90+"]
    bw = (w - 2 * m) / 5
    for k, (t, v) in enumerate(
        [*zip(labels, ages, strict=True), (tr(lg, "Total due", "Gesamt", "Total dû"), bal)]
    ):
        f.page.rect(m + k * bw, f.y, bw, 30)
        f.page.text(m + k * bw + 4, f.y + 10, t, s.font, 6.5)
        f.page.text(
            m + (k + 1) * bw - 4, f.y + 24, cash(v, lg), s.bold if k == 4 else s.font, 8, "right"
        )
    f.y += 44
    if f.y < hh - 200:
        y = hh - m - 110
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Bitte bei Zahlung angeben",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), acc),
                (tr(lg, "Customer", "Kunde", "Client"), practice_head().name),
                (tr(lg, "Amount enclosed", "Betrag", "Montant réglé"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=24,
            hand=False,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        paid = short(d + timedelta(days=9), home())
        hand(
            pages[0],
            m + 250,
            hh - m - 170,
            tr(home(), f"pd {paid} chq", f"überw. {paid}", f"réglé le {paid}"),
            11,
        )
    remember(None, d)
    return pages


COLLECTIONS = [
    "Aurora",
    "Kestrel",
    "Linea",
    "Marlow",
    "Nordic Titan",
    "Riviera",
    "Studio",
    "Heritage Acetate",
    "Flex Kids",
]
COLOURS = ["black", "havana", "crystal grey", "navy", "gunmetal", "rose gold", "tortoise", "olive"]


def tpl_price_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A frame supplier's or lens laboratory's trade price list: now and then a covering
    letter, a cover page with the season's picture, the prices on landscape pages (model,
    colours, sizes, material, trade price, suggested retail price) and the terms of trade."""
    role = keyed(who, "role").choice(["frames", "frames", "lab"])
    h = head_of(who, role, abroad=0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    valid = add_months(d, 1)
    year = valid.year
    pages: list[Page] = []
    title = tr(
        lg,
        f"Trade Price List {year}",
        f"Preisliste {year} - Fachhandel",
        f"Tarif professionnel {year}",
    )
    if rng.random() < 0.5:
        f = sheets(s, h)
        rep = staff(h, "rep")
        recipient(f, s, h, practice_lines(), d, [])
        f.para(m, w - 2 * m, dear(lg, None), s.font, s.size)
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed our new trade price list, valid from "
                f"{day(h, valid)}. " + prose(rng, lg, "optics", 1, 2),
                f"anbei erhalten Sie unsere neue Preisliste, gültig ab {day(h, valid)}. "
                + prose(rng, lg, "optics", 1, 2),
                f"veuillez trouver ci-joint notre nouveau tarif, applicable au "
                f"{day(h, valid)}. " + prose(rng, lg, "optics", 1, 2),
            ),
        )
        write(f, s, prose(rng, lg, "money", 1, 2))
        regards(f, s, lg, rep, tr(lg, "Area sales manager", "Außendienst", "Délégué commercial"))
        pages += close(f.pages, s, h, numbers="none")
    k0 = len(pages)
    cover = Page(A4)
    y = heading(cover, s, h)
    cover.text(w / 2, y + 120, title, h.bold, shrink(title, h.bold, 26, w - 2 * m), "center")
    cover.text(
        w / 2,
        y + 150,
        tr(
            lg,
            f"Valid from {day(h, valid)} - all prices exclude VAT",
            f"Gültig ab {day(h, valid)} - Preise zzgl. MwSt.",
            f"Applicable au {day(h, valid)} - prix HT",
        ),
        h.font,
        10,
        "center",
    )
    photo(cover, m + 30, y + 190, w - 2 * m - 60, 300, rng)
    cover.text(
        w / 2,
        y + 520,
        fit(" - ".join(rng.sample(COLLECTIONS, 4)), h.font, 11, w - 2 * m),
        h.font,
        11,
        "center",
    )
    pages.append(cover)
    ls = style_of(h, A4L, margin=40, pt=8)
    lw, lh = A4L
    t = Sheets(A4L, lh - 46, lambda pg, n: running_header(pg, ls, f"{h.name} - {title}"))
    if role == "frames":
        for coll in rng.sample(COLLECTIONS, rng.randint(2, 4)):
            caption(t, ls, coll, 2, rule=True)
            rows = []
            for _ in range(rng.randint(4, 14)):
                trade = rng.choice([28.0, 34.5, 39.0, 46.0, 58.0, 72.0])
                rows.append(
                    [
                        serial(rng, "AA 9999"),
                        ", ".join(rng.sample(COLOURS, 3)),
                        f"{rng.choice([48, 50, 52])}/{rng.choice([53, 54, 55])}",
                        rng.choice(["Acetate", "Titanium", "TR90", "Stainless"]),
                        money(trade, lg),
                        money(round(trade * 2.8, 0), lg),
                    ]
                )
            cols = columns(
                40,
                lw - 40,
                [
                    (1.1, "left"),
                    (3.0, "left"),
                    (1.0, "left"),
                    (1.2, "left"),
                    (1.0, "right"),
                    (1.0, "right"),
                ],
            )
            table(
                t,
                cols,
                [
                    tr(lg, "Model", "Modell", "Modèle"),
                    tr(lg, "Colours", "Farben", "Coloris"),
                    tr(lg, "Sizes", "Größen", "Tailles"),
                    tr(lg, "Material", "Material", "Matière"),
                    tr(lg, "Trade", "EK netto", "Prix HT"),
                    tr(lg, "SRP", "UVP", "PVC conseillé"),
                ],
                rows,
                ls,
                size=7.5,
                shade=0.88,
            )
            t.y += 10
    else:
        for group in rng.sample(LENSES[lg], rng.randint(4, 7)):
            caption(t, ls, group, 1.5, rule=True)
            rows = [
                [
                    f"{rng.choice(['-4/+4', '-6/+6', '-8/+6', '-10/+8'])}",
                    f"cyl {rng.choice(['-2', '-4', '-6'])}",
                    rng.choice(["55", "65", "70/75"]),
                    money(lens_price(group) + k * 4.5, lg),
                    money(rng.choice([6.0, 9.5, 12.0]), lg),
                    str(rng.choice([3, 5, 7])),
                ]
                for k in range(rng.randint(2, 5))
            ]
            cols = columns(
                40,
                lw - 40,
                [
                    (1.4, "left"),
                    (1.0, "left"),
                    (1.0, "left"),
                    (1.0, "right"),
                    (1.0, "right"),
                    (0.8, "right"),
                ],
            )
            table(
                t,
                cols,
                [
                    tr(lg, "Power range", "Wirkungsbereich", "Plage"),
                    "Cyl",
                    tr(lg, "Dia", "Ø", "Diam."),
                    tr(lg, "Per lens", "je Glas", "Prix/verre"),
                    tr(lg, "Tint", "Tönung", "Teinte"),
                    tr(lg, "Days", "Tage", "Délai j"),
                ],
                rows,
                ls,
                size=7.5,
                shade=0.88,
            )
    pages += t.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Terms of trade", "Lieferbedingungen", "Conditions générales de vente"),
                [
                    tr(lg, x, y_, z)
                    for x, y_, z in [
                        ("Orders", "Bestellungen", "Commandes"),
                        ("Prices", "Preise", "Prix"),
                        ("Delivery", "Lieferung", "Livraison"),
                        ("Returns", "Rücksendungen", "Retours"),
                        ("Warranty", "Gewährleistung", "Garantie"),
                        ("Payment", "Zahlung", "Paiement"),
                        ("Title", "Eigentumsvorbehalt", "Réserve de propriété"),
                        ("Law", "Gerichtsstand", "Juridiction"),
                    ]
                ],
            )
        )
    close(
        pages[k0:],
        s,
        h,
        numbers=rng.choice(["none", "Page {i} of {n}", "{i}/{n}"])
        if lg != "de"
        else rng.choice(["none", "Seite {i} von {n}"]),
        covers=1,
    )
    remember(None, d)
    return pages


CL_PRODUCTS = [
    ("1-Day Moist 90", 8.6, 14.2, 24.5),
    ("1-Day Toric 30", 8.6, 14.5, 15.9),
    ("Monthly SiHy 6", 8.5, 14.0, 21.0),
    ("Multifocal Monthly 3", 8.6, 14.2, 19.4),
    ("2-Week Hydro 6", 8.4, 14.0, 12.8),
    ("Peroxide solution 360ml", 0, 0, 6.9),
    ("Multi-purpose solution 3x360ml", 0, 0, 9.4),
]


def tpl_cl_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A contact lens supplier's invoice: lenses by base curve, diameter and power, some
    sent direct to the patient, solutions and a carriage line; a delivery note page behind
    it now and then."""
    h = head_of(who, "contacts", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, keyed(who, "mask").choice(["CL999999", "99999999", "F-9999-999"]))
    acc = serial(keyed(who, "acc"), "99999")
    f = sheets(s, h, f"{h.name} {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Client"), acc),
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Order", "Bestellung", "Commande"), serial(rng, "W9999999")),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    rows = []
    net = 0.0
    packed = []
    for _ in range(rng.randint(2, 9)):
        name, bc, dia, price = rng.choice(CL_PRODUCTS)
        qty = rng.choice([1, 2, 2, 4])
        spec = (
            f"BC {bc} DIA {dia} {dio(rng.choice([-4.5, -3.0, -2.25, -1.0, 1.5, 2.75]), lg)}"
            if bc
            else ""
        )
        dtp = rng.random() < 0.35 and bool(bc)
        ref = f"DTP {rng.choice(LASTS[home()])}" if dtp else ""
        net += qty * price
        rows.append(
            [
                serial(rng, "9999999"),
                name,
                spec,
                ref,
                str(qty),
                money(price, lg),
                money(qty * price, lg),
            ]
        )
        packed.append((name, spec, qty))
    rows.append(
        [
            "",
            tr(lg, "Carriage", "Versandkosten", "Frais de port"),
            "",
            "",
            "1",
            money(4.95, lg),
            money(4.95, lg),
        ]
    )
    net += 4.95
    cols = columns(
        m,
        w - m,
        [
            (1.0, "left"),
            (2.1, "left"),
            (2.0, "left"),
            (1.3, "left"),
            (0.4, "right"),
            (0.8, "right"),
            (0.9, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Parameters", "Parameter", "Paramètres"),
            tr(lg, "Patient", "Kunde", "Porteur"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        size=7.5,
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
            "Direct-to-patient orders are dispatched by Royal Mail 2nd class.",
            "Zahlbar innerhalb 14 Tagen mit 2 % Skonto oder 30 Tagen netto.",
            "Règlement par prélèvement à 30 jours.",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        q = Page(A4)
        y = heading(q, s, h)
        q.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 16)
        q.text(w - m, y, f"{tr(lg, 'Order', 'Auftrag', 'Commande')} {no}", s.font, 9, "right")
        y += 26
        y = window(q, s, None, y, practice_lines(tr(lg, "Goods in", "Wareneingang", "Réception")))
        y += 14
        for name, spec, qty in packed:
            box(q, m, y, True, 8)
            q.text(m + 16, y, f"{qty} x {name}", s.font, 9)
            q.text(w / 2, y, spec, s.font, 9)
            y += 16
        y += 10
        q.text(
            m,
            y,
            f"{tr(lg, 'Boxes', 'Kartons', 'Colis')}: 1    "
            f"{tr(lg, 'Packed by', 'Gepackt', 'Préparé par')}: {serial(rng, 'AA')}",
            s.font,
            9,
        )
        q.barcode("code128", no.replace(" ", ""), m, y + 20)
        pages.append(q)
    received(rng, pages[0], home(), d, 0.3)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBB: the optometrists' letters, referrals and the hospitals' replies
# ---------------------------------------------------------------------------------------------

REASONS = {
    "en": [
        "Cataract",
        "Glaucoma suspect (raised IOP / disc)",
        "Suspected wet AMD",
        "Retinal detachment / tear",
        "Diabetic retinopathy",
        "Visual field defect",
        "Other - see notes",
    ],
    "de": [
        "Katarakt",
        "Glaukomverdacht",
        "Verdacht auf feuchte AMD",
        "Netzhautablösung",
        "Diabetische Retinopathie",
        "Gesichtsfeldausfall",
        "Sonstiges",
    ],
    "fr": [
        "Cataracte",
        "Suspicion de glaucome",
        "Suspicion de DMLA exsudative",
        "Décollement de rétine",
        "Rétinopathie diabétique",
        "Atteinte du champ visuel",
        "Autre",
    ],
}


def field_printout(rng: random.Random, pat: Patient, d: date) -> Page:
    """A visual field analyser printout: test header, the grey-scale plot, numeric values and
    the global indices."""
    lg = home()
    p = Page(A4)
    w, hh = A4
    m = 40.0
    p.text(
        m,
        40,
        rng.choice(
            [
                "Central 24-2 Threshold Test",
                "Central 30-2 Threshold Test",
                "Esterman Binocular Test",
            ]
        ),
        "Helvetica-Bold",
        12,
    )
    p.text(
        m,
        56,
        f"Patient: {pat.last}, {pat.first}   ID: {serial(rng, '99999')}   DOB: "
        f"{short(pat.born, lg)}",
        "Helvetica",
        8,
    )
    p.text(
        m,
        68,
        f"Eye: {rng.choice(['Right', 'Left'])}   Date: {short(d, lg)}   Time: "
        f"{rng.randint(9, 17)}:{rng.randint(10, 59)}",
        "Helvetica",
        8,
    )
    y = 90.0
    for t in [
        "Fixation Monitor: Gaze/Blindspot",
        "Stimulus: III, White",
        "Strategy: SITA Fast",
        f"Fixation Losses: {rng.randint(0, 3)}/{rng.randint(10, 16)}",
        f"False POS Errors: {rng.randint(0, 12)} %",
        f"Test Duration: 0{rng.randint(3, 6)}:{rng.randint(10, 59)}",
    ]:
        p.text(m, y, t, "Helvetica", 7.5)
        y += 10
    cx, cy = w / 2 + 60, 200.0
    n = 8
    cell_ = 14.0
    for i in range(n):
        for j in range(n):
            if (i - 3.5) ** 2 + (j - 3.5) ** 2 > 17:
                continue
            g = rng.choice([0.95, 0.95, 0.9, 0.8, 0.6, 0.3]) if rng.random() < 0.4 else 0.97
            p.rect(
                cx - n * cell_ / 2 + i * cell_, cy - n * cell_ / 2 + j * cell_, cell_, cell_, fill=g
            )
    p.line(cx - 70, cy, cx + 70, cy)
    p.line(cx, cy - 70, cx, cy + 70)
    for row, y0 in ((0, 320.0), (1, 480.0)):
        p.text(m, y0 - 14, ["Total Deviation", "Pattern Deviation"][row], "Helvetica-Bold", 8)
        for i in range(6):
            for j in range(6):
                if (i - 2.5) ** 2 + (j - 2.5) ** 2 > 9:
                    continue
                v = rng.choice([-1, -2, 0, 1, -3, -5, -8, -14]) if rng.random() < 0.7 else 0
                p.text(m + 20 + i * 26, y0 + j * 18, str(v), "Helvetica", 8, "center")
        p.line(m + 5, y0 + 41, m + 150, y0 + 41)
        p.line(m + 85, y0 - 10, m + 85, y0 + 96)
    y = 330.0
    for t in [
        f"GHT: {rng.choice(['Within normal limits', 'Outside normal limits', 'Borderline'])}",
        f"VFI: {rng.randint(72, 99)} %",
        f"MD24-2: {-rng.uniform(0.2, 9):.2f} dB P < {rng.choice(['2', '5', '1'])} %",
        f"PSD24-2: {rng.uniform(1.2, 8):.2f} dB",
    ]:
        p.text(w / 2 + 10, y, t, "Helvetica", 8.5)
        y += 13
    p.text(
        m,
        hh - 40,
        f"{practice_head().name}   Firmware {rng.randint(4, 6)}.{rng.randint(0, 9)}"
        f".{rng.randint(0, 9)}",
        "Helvetica",
        6.5,
    )
    return p


def oct_printout(rng: random.Random, pat: Patient, d: date) -> Page:
    """An OCT report on landscape A4: fundus image, thickness map rings and tables."""
    lg = home()
    p = Page(A4L)
    w, hh = A4L
    m = 36.0
    p.rect(0, 0, w, 30, fill=0.85)
    p.text(
        m,
        20,
        rng.choice(
            [
                "Macular Thickness Analysis: Macular Cube 512x128",
                "ONH and RNFL OU Analysis: Optic Disc Cube 200x200",
            ]
        ),
        "Helvetica-Bold",
        10,
    )
    p.text(
        w - m,
        20,
        f"{pat.last}, {pat.first}  DOB {short(pat.born, lg)}  Exam {short(d, lg)}",
        "Helvetica",
        8,
        "right",
    )
    for k, x0 in enumerate((m, w / 2 + 10)):
        p.text(x0, 50, ["OD", "OS"][k], "Helvetica-Bold", 11)
        photo(p, x0, 60, 150, 150, rng)
        cx, cy = x0 + 260, 135.0
        for r in (24, 48, 70):
            ring(p, cx, cy, r, 30)
        p.line(cx - 70, cy, cx + 70, cy)
        p.line(cx, cy - 70, cx, cy + 70)
        p.text(cx, cy + 3, str(rng.randint(230, 290)), "Helvetica", 7, "center")
        for dx, dy in ((0, -36), (36, 0), (0, 36), (-36, 0), (0, -58), (58, 0), (0, 58), (-58, 0)):
            p.text(cx + dx, cy + dy + 3, str(rng.randint(240, 340)), "Helvetica", 6.5, "center")
        y = 240.0
        for lab, v in (
            ("Central subfield thickness", f"{rng.randint(230, 320)} µm"),
            ("Cube volume", f"{rng.uniform(9, 11.5):.1f} mm³"),
            ("Cube average thickness", f"{rng.randint(255, 300)} µm"),
            ("Signal strength", f"{rng.randint(6, 10)}/10"),
        ):
            p.text(x0, y, lab, "Helvetica", 8)
            p.text(x0 + 200, y, v, "Helvetica", 8, "right")
            y += 12
        for j in range(4):
            p.rect(x0, 310 + j * 48, w / 2 - m - 20, 40, fill=rng.uniform(0.55, 0.8))
    p.text(m, hh - 20, f"Signal strength, comments:  {words(rng, lg, 'eye', 6)}", "Helvetica", 6.5)
    return p


def tpl_referral(rng: random.Random, who: Issuer) -> list[Page]:
    """The optometrist's referral of a patient to the hospital eye service or the eye doctor:
    a GOS 18 style form or a letter with the findings, the urgency and the reason; the field
    and OCT printouts enclosed behind."""
    h = practice_head()
    lg = h.lang
    pat = a_patient(rng, old=rng.random() < 0.6)
    d = some_day(rng)
    optom = an_optom(rng)
    rx = an_rx(rng, age(pat, d) > 45)
    reason = rng.randrange(len(REASONS[lg]))
    urgent = rng.choice([0, 1, 2, 2, 2])
    hosp = rng.choice(SENDERS["hospital"][lg])
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    f = sheets(s, h, f"{h.name} - {pat.name}")
    iop = (rng.randint(12, 34), rng.randint(12, 34))
    if lg == "en" and rng.random() < 0.6:
        caption(f, s, "GOS 18  Referral / notification by sight-testing practitioner", 1.5)
        p = f.page
        f.y = fields(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Patient name", pat.name),
                ("Date of birth", short(pat.born, lg)),
                ("Address", f"{pat.street}, {pat.town}"),
                ("NHS number", pat.no),
                (
                    "GP",
                    f"Dr {rng.choice(LASTS['en'])}, "
                    + rng.choice(["The Surgery", "Health Centre", "Medical Practice"]),
                ),
                ("Referred to", hosp[0]),
            ],
            per=2,
            tall=24,
        )
        f.y = (
            ticks(
                p,
                s,
                m,
                f.y + 4,
                w - 2 * m,
                ["Emergency (same day)", "Urgent", "Routine"],
                {urgent},
                8,
            )
            + 2
        )
        f.y = ticks(p, s, m, f.y + 4, w - 2 * m, REASONS[lg], {reason}, 8) + 4
        f.y = rx_grid(p, s, m, f.y, w - 2 * m, rx, lg, True)
        f.y = fields(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    "IOP R / L (mmHg)",
                    f"{iop[0]} / {iop[1]}  {rng.choice(['NCT', 'Goldmann', 'iCare'])}",
                ),
                ("C/D ratio R / L", f"0.{rng.randint(3, 8)} / 0.{rng.randint(3, 8)}"),
                ("Dilated", rng.choice(["Yes - tropicamide 1%", "No"])),
                ("Fields", rng.choice(["printout enclosed", "full", "defect - see printout"])),
            ],
            per=2,
            tall=24,
        )
        band(p, s, f.y, "Notes")
        f.y += 14
        for ln in wrap(prose(rng, lg, "eye", 2, 3), HAND, 9, w - 2 * m)[:6]:
            hand(p, m, f.y, ln, 9)
            f.y += 13
        f.y += 10
        signature_line(p, s, m, f.y + 20, 200, f"{optom[0]}, {optom[1]}", optom[0])
        p.text(w - m, f.y + 20, short(d, lg), HAND, 10, "right")
        f.y += 40
        write(f, s, "Patient informed of referral and reason: yes. Copy to GP.", s.size - 1.5)
    else:
        recipient(
            f,
            s,
            h,
            [hosp[0], hosp[1], hosp[2]],
            d,
            [(tr(lg, "Re", "Betreff", "Objet"), f"{pat.name}, {short(pat.born, lg)}")],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Referral",
                "Überweisung zur augenärztlichen Abklärung",
                "Demande d'avis ophtalmologique",
            )
            + (" - " + tr(lg, "URGENT", "DRINGEND", "URGENT") if urgent < 2 else ""),
            1.5,
        )
        f.para(
            m,
            w - 2 * m,
            tr(lg, "Dear Colleague,", "Sehr geehrte Kolleginnen und Kollegen,", "Cher confrère,"),
            s.font,
            s.size,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"I would be grateful if you would see {mx(pat, lg)} "
                f"(NHS {pat.no}), whom I examined on {day(h, d)}. Reason: "
                f"{REASONS[lg][reason].lower()}.",
                f"wir bitten um augenärztliche Abklärung bei {mx(pat, lg)}, die/den wir "
                f"am {day(h, d)} untersucht haben. Anlass: {REASONS[lg][reason]}.",
                f"je vous adresse {mx(pat, lg)}, vu(e) le {day(h, d)}, pour avis. "
                f"Motif : {REASONS[lg][reason].lower()}.",
            ),
        )
        write(f, s, prose(rng, lg, "eye", 2, 4))
        f.y = rx_grid(f.page, s, m, f.y, w - 2 * m, rx, lg, False)
        write(
            f,
            s,
            tr(
                lg,
                f"IOP {iop[0]} / {iop[1]} mmHg. ",
                f"Tensio {iop[0]} / {iop[1]} mmHg. ",
                f"PIO {iop[0]} / {iop[1]} mmHg. ",
            )
            + prose(rng, lg, "eye", 1, 3),
        )
        role = tr(lg, "Optometrist", "Optometrist/in", "Opticien-optométriste")
        regards(f, s, lg, optom[0], f"{role} - {optom[1]}")
        if rng.random() < 0.4:
            write(
                f,
                s,
                tr(
                    lg,
                    "Enc. field plot, OCT report. cc GP",
                    "Anlagen: GF-Ausdruck, OCT",
                    "PJ : champ visuel, OCT",
                ),
                s.size - 1.5,
            )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        pages.append(field_printout(rng, pat, d))
    if rng.random() < 0.4:
        pages.append(oct_printout(rng, pat, d))
    remember(pat, d, (hosp, reason))
    return pages


def tpl_clinic_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The hospital eye department's or eye doctor's reply about a referred patient: a
    clinic letter with the diagnosis, the findings and the plan, copied to the GP."""
    ex = LAST["extra"]
    pat = patient_for(rng, ("referral",), old=True)
    if after(("referral",)) and isinstance(ex, tuple):
        row, reason = ex
        lg = home()
        h = make_head(row, lg, "hospital")
    else:
        h = head_of(who, "hospital")
        lg = h.lang
        reason = rng.randrange(len(REASONS[lg]))
    d = last_day(rng, ("referral",), (10, 60))
    s = style_of(h, A4, pt=9.5)
    w, _hh = A4
    m = s.margin
    consultant = (
        f"{tr(lg, 'Mr', 'Dr. med.', 'Dr')} {rng.choice(OPTOM_FIRST[lg])} {rng.choice(LASTS[lg])}"
    )
    hosp_no = serial(rng, tr(lg, "A999999", "99999999", "IPP 9999999"))
    f = sheets(s, h, f"{pat.name} - {hosp_no}")
    optom = an_optom(rng)
    recipient(
        f,
        s,
        h,
        practice_lines(
            tr(lg, f"FAO {optom[0]}", f"z. Hd. {optom[0]}", f"à l'attention de {optom[0]}")
        ),
        d,
        [
            (tr(lg, "Hospital no", "Pat.-Nr.", "N° patient"), hosp_no),
            (
                tr(lg, "Clinic", "Sprechstunde", "Consultation"),
                short(d - timedelta(days=rng.randint(2, 9)), lg),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Re: {pat.name}, DOB {short(pat.born, lg)}",
            f"Befundbericht: {pat.name}, geb. {short(pat.born, lg)}",
            f"Compte rendu de consultation - {mx(pat, lg)}",
        ),
        0.5,
    )
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Dear Optometrist,",
            "Sehr geehrte Kolleginnen und Kollegen,",
            "Chère consœur, cher confrère,",
        ),
        s.font,
        s.size,
    )
    diag = REASONS[lg][reason] if rng.random() < 0.6 else rng.choice(REASONS[lg][:6])
    write(f, s, tr(lg, "Diagnosis:", "Diagnose:", "Diagnostic :"), s.size)
    sides = {
        "en": ["", "RE", "LE", "OU"],
        "de": ["", "RA", "LA", "bds."],
        "fr": ["", "OD", "OG", "ODG"],
    }[lg]
    for k in range(rng.randint(1, 3)):
        what = diag if k == 0 else rng.choice(REASONS[lg][:6])
        write(f, s, f"{k + 1}. {what} {rng.choice(sides)}", s.size, 14)
    write(f, s, tr(lg, "Findings: ", "Befund: ", "Examen : ") + prose(rng, lg, "eye", 2, 5))
    write(
        f, s, tr(lg, "Plan: ", "Procedere: ", "Conduite à tenir : ") + prose(rng, lg, "eye", 1, 3)
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "I have discharged the patient back to your care.",
                "Wir bitten um Kontrolle in Ihrem Hause in 12 Monaten.",
                "Je vous remercie de poursuivre le suivi habituel.",
            ),
        )
    regards(
        f,
        s,
        lg,
        consultant,
        tr(lg, "Consultant Ophthalmologist", "Facharzt für Augenheilkunde", "Ophtalmologiste"),
    )
    write(
        f,
        s,
        tr(lg, f"cc: GP; {pat.name}", "Kopie: Hausarzt", "Copie : médecin traitant"),
        s.size - 1.5,
    )
    pages = close(
        f.pages, s, h, numbers=rng.choice(["none", "Page {i} of {n}"]) if lg == "en" else None
    )
    received(rng, pages[0], lg, d, 0.4)
    remember(pat, d)
    return pages


def tpl_recall_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The office copy of a patient recall or appointment letter: the eye examination or
    contact lens check is due, sometimes an appointment offered with a slip to tear off; on
    A5 or A4."""
    h = practice_head()
    lg = h.lang
    r = keyed(who, "recall")
    size = r.choice([A5, A5, A4])
    kind = r.choice(["recall", "recall", "appointment", "cl"])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    pat = a_patient(rng, old=rng.random() < 0.5)
    d = some_day(rng)
    f = sheets(s, h)
    recipient(f, s, h, patient_lines(pat), d, [])
    caption(
        f,
        s,
        {
            "recall": tr(
                lg,
                "Your eye examination is due",
                "Zeit für Ihren Sehtest",
                "Il est temps de contrôler votre vue",
            ),
            "appointment": tr(lg, "Your appointment", "Ihr Termin", "Votre rendez-vous"),
            "cl": tr(
                lg, "Contact lens aftercare", "Kontaktlinsen-Kontrolle", "Contrôle de vos lentilles"
            ),
        }[kind],
        2,
    )
    f.para(m, w - 2 * m, dear(lg, mx(pat, lg)), s.font, s.size)
    appt = d + timedelta(days=rng.randint(5, 20))
    slot = f"{rng.choice([9, 10, 11, 14, 15, 16])}:{rng.choice(['00', '20', '40'])}"
    if kind == "appointment":
        write(
            f,
            s,
            tr(
                lg,
                f"We have booked you in with {an_optom(rng)[0]} on {day(h, appt)} at "
                f"{slot}. The test takes about 30 minutes.",
                f"wir haben für Sie am {day(h, appt)} um {slot} Uhr einen Termin reserviert.",
                f"nous vous attendons le {day(h, appt)} à {slot}.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Our records show that it is now two years since your last eye "
                f"examination on {day(h, d - timedelta(days=rng.randint(700, 760)))}. "
                "Regular eye examinations check your general eye health as well as "
                "your vision.",
                "Ihr letzter Sehtest bei uns liegt nun zwei Jahre zurück. Regelmäßige "
                "Kontrollen sind wichtig, auch wenn Sie keine Beschwerden haben.",
                "votre dernier contrôle visuel date de plus de deux ans. Un examen "
                "régulier est recommandé, même sans gêne particulière.",
            ),
        )
    if rng.random() < 0.6:
        write(
            f,
            s,
            tr(
                lg,
                "If you are entitled to an NHS sight test please bring proof of "
                "entitlement. Please bring your current glasses.",
                "Bitte bringen Sie Ihre aktuelle Brille und Ihre Versichertenkarte mit.",
                "Pensez à apporter vos lunettes actuelles et votre carte Vitale.",
            ),
            s.size - 0.5,
        )
    regards(f, s, lg, staff(h, "reception"), tr(lg, "Reception", "Ihr Team", "L'équipe"))
    p = f.page
    if kind != "cl" and f.y < hh - 150 and r.random() < 0.7:
        y = hh - m - 92
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "Please return this slip or call us",
                "Abschnitt zurücksenden oder anrufen",
                "Coupon à retourner",
            ),
        )
        y = fields(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), pat.name),
                (tr(lg, "Preferred day/time", "Wunschtermin", "Jour souhaité"), ""),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
            ],
            per=3,
            tall=24,
            hand=False,
        )
    if rng.random() < 0.3 and f.y < hh - m - 110:
        hand(f.page, w - m - 90, f.y, tr(lg, "2nd letter", "2. Erinnerung", "relance"), 10)
    pages = close(f.pages, s, h, numbers="none")
    remember(pat, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBB: equipment, registration, CPD and domiciliary visits
# ---------------------------------------------------------------------------------------------

EQUIPMENT = [
    ("Slit lamp", ["Haag-Streit BQ 900", "Topcon SL-D301", "Zeiss SL 220"]),
    ("Non-contact tonometer", ["Keeler Pulsair", "Nidek NT-530P", "Reichert 7CR"]),
    ("Focimeter", ["Topcon CL-300", "Nidek LM-7", "Huvitz HLM-9000"]),
    ("Visual field analyser", ["Zeiss HFA3 840", "Oculus Easyfield", "Henson 9000"]),
    ("Autorefractor", ["Topcon KR-800", "Nidek ARK-1", "Huvitz HRK-8000A"]),
    ("Chart projector", ["Thomson Test Chart 2000", "Nidek SC-1600", "Topcon CC-100"]),
    ("OCT", ["Topcon Maestro2", "Zeiss Cirrus 5000", "Optopol REVO 60"]),
    ("Edger", ["Essilor Mr Blue", "Nidek Me 1200", "Santinelli LE-9000"]),
]
EQUIP_NAMES = {
    "Slit lamp": ("Slit lamp", "Spaltlampe", "Lampe à fente"),
    "Non-contact tonometer": ("Non-contact tonometer", "Non-Contact-Tonometer", "Tonomètre à air"),
    "Focimeter": ("Focimeter", "Scheitelbrechwertmesser", "Frontofocomètre"),
    "Visual field analyser": ("Visual field analyser", "Perimeter", "Champ visuel"),
    "Autorefractor": ("Autorefractor", "Autorefraktometer", "Autoréfractomètre"),
    "Chart projector": ("Chart projector", "Sehzeichenprojektor", "Projecteur de tests"),
    "OCT": ("OCT", "OCT", "OCT"),
    "Edger": ("Edger", "Schleifautomat", "Meuleuse"),
}


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment engineer's service visit report: the instruments seen with their serial
    numbers, checks and results, electrical safety readings, parts used and both
    signatures; a certificate of service page behind it now and then."""
    h = head_of(who, "service", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    eng = staff(h, "engineer")
    job = serial(rng, "SR-99999")
    f = sheets(s, h, f"{h.name} - {job}")
    caption(
        f,
        s,
        tr(lg, "SERVICE VISIT REPORT", "WARTUNGS- UND PRÜFPROTOKOLL", "RAPPORT D'INTERVENTION"),
        3,
    )
    prac = practice_head()
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), prac.name),
            (tr(lg, "Site", "Standort", "Adresse"), f"{prac.street}, {prac.town}"),
            (tr(lg, "Visit date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Job no", "Auftrag", "N° intervention"), job),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (
                tr(lg, "Arrive / depart", "Ankunft / Ende", "Arrivée / départ"),
                f"{rng.randint(8, 11)}:{rng.choice(['05', '30', '45'])} / "
                f"{rng.randint(12, 16)}:{rng.choice(['10', '25', '50'])}",
            ),
        ],
        per=2,
        tall=24,
    )
    items = rng.sample(EQUIPMENT, rng.randint(2, 6))
    rows = []
    for kind, models in items:
        ok = rng.random() < 0.88
        rows.append(
            [
                tr(lg, *EQUIP_NAMES[kind]),
                rng.choice(models),
                serial(rng, "999999"),
                tr(lg, "Pass", "i.O.", "Conforme")
                if ok
                else tr(lg, "Advisory", "Mangel", "Réserve"),
                words(rng, lg, "service", 5)[:-1],
            ]
        )
    cols = columns(
        m, w - m, [(1.6, "left"), (1.7, "left"), (0.9, "left"), (0.8, "left"), (2.5, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Equipment", "Gerät", "Appareil"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Work done", "Arbeiten", "Travaux"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
    )
    f.y += 6
    caption(
        f,
        s,
        tr(
            lg,
            "Electrical safety test (IEC 62353)",
            "Elektrische Sicherheit (DGUV V3 / IEC 62353)",
            "Sécurité électrique (IEC 62353)",
        ),
        0.5,
    )
    erows = [
        [
            tr(lg, *EQUIP_NAMES[k]),
            f"{rng.uniform(0.03, 0.2):.2f} Ω",
            f">{rng.choice([200, 500, 999])} MΩ",
            f"{rng.randint(8, 90)} µA",
            tr(lg, "Pass", "bestanden", "OK"),
        ]
        for k, _ in items
    ]
    table(
        f,
        columns(m, w - m, [(2, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "left")]),
        [
            tr(lg, "Item", "Gerät", "Appareil"),
            tr(lg, "Earth bond", "Schutzleiter", "Terre"),
            tr(lg, "Insulation", "Isolation", "Isolement"),
            tr(lg, "Leakage", "Ableitstrom", "Fuite"),
            "",
        ],
        erows,
        s,
        size=7.5,
    )
    f.y += 4
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(lg, "Parts used: ", "Material: ", "Pièces : ")
            + rng.choice(
                [
                    "halogen bulb 6V 20W",
                    "chin rest paper",
                    "fuse T1A",
                    "air filter",
                    "Glühlampe 12 V",
                    "ampoule halogène",
                ]
            ),
            s.size - 0.5,
        )
    write(
        f,
        s,
        tr(lg, "Comments: ", "Bemerkungen: ", "Observations : ") + prose(rng, lg, "service", 1, 2),
        s.size - 0.5,
    )
    f.need(60)
    signature_line(f.page, s, m, f.y + 30, 180, tr(lg, "Engineer", "Techniker", "Technicien"), eng)
    signature_line(
        f.page,
        s,
        w / 2 + 10,
        f.y + 30,
        180,
        tr(lg, "Customer signature", "Kunde", "Client"),
        staff(prac, "manager"),
    )
    f.y += 50
    pages = close(f.pages, s, h)
    if rng.random() < 0.55:
        size = rng.choice([A4L, A5L])
        cs = style_of(h, size, margin=40)
        cw, ch = size
        c = Page(size)
        c.rect(18, 18, cw - 36, ch - 36)
        c.rect(23, 23, cw - 46, ch - 46)
        c.text(
            cw / 2,
            70,
            tr(lg, "CERTIFICATE OF SERVICE", "PRÜFBESCHEINIGUNG", "ATTESTATION DE CONTRÔLE"),
            h.bold,
            20,
            "center",
        )
        c.text(cw / 2, 92, h.name, h.font, 10, "center")
        y = 130.0
        for ln in wrap(
            tr(
                lg,
                f"This is to certify that the ophthalmic equipment listed in "
                f"report {job} at {prac.name} was inspected, serviced and tested on "
                f"{day(h, d)}.",
                f"Hiermit wird bestätigt, dass die im Protokoll {job} "
                f"aufgeführten Geräte bei {prac.name} am {day(h, d)} geprüft wurden.",
                f"Nous certifions que le matériel figurant au rapport {job} chez "
                f"{prac.name} a été contrôlé le {day(h, d)}.",
            ),
            h.font,
            10,
            cw - 140,
        ):
            c.text(cw / 2, y, ln, h.font, 10, "center")
            y += 14
        c.text(
            cw / 2,
            y + 14,
            tr(lg, "Next service due: ", "Nächste Prüfung: ", "Prochain contrôle : ")
            + short(add_months(d, 12), lg),
            h.bold,
            11,
            "center",
        )
        seal(c, cw - 130, ch - 90, 38, h.name.split()[0].upper(), short(d, lg))
        signature_line(c, cs, 70, ch - 70, 180, eng, eng)
        pages.append(c)
    remember(None, d)
    return pages


def tpl_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A professional registration paper for one of the optometrists or the business: the
    GOC's renewal confirmation with the registration certificate, the Handwerkskammer's
    contribution notice with its explanations, or the ARS's registration receipt with the
    attestation."""
    h = head_of(who, "regulator")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    optom = an_optom(rng)
    f = sheets(s, h, f"{h.name}")
    ref = serial(rng, tr(lg, "01-99999", "99999999", "99 99 9999 9"))
    to = [tr(lg, optom[0], practice_head().name, optom[0]), *practice_lines()[1:]]
    recipient(
        f,
        s,
        h,
        to,
        d,
        [
            (
                tr(lg, "Registration no", "Betriebs-Nr.", "N° ADELI"),
                optom[1].split()[-1] if lg == "en" else ref,
            )
        ],
    )
    pages: list[Page] = []
    if lg == "de":
        caption(f, s, f"Beitragsbescheid {d.year}", 3)
        f.para(m, w - 2 * m, "Sehr geehrte Damen und Herren,", s.font, s.size)
        write(
            f,
            s,
            "aufgrund der Beitragsordnung der Handwerkskammer in Verbindung mit dem "
            "Beschluss der Vollversammlung setzen wir Ihren Beitrag für das Jahr "
            f"{d.year} wie folgt fest:",
        )
        ertrag = rng.randint(18000, 120000)
        zus = round(max(0, ertrag - 24500) * 0.009, 2)
        grund = rng.choice([180.0, 210.0, 245.0])
        rows = [
            ["Grundbeitrag", "", money(grund, lg)],
            ["Zusatzbeitrag", f"0,9 % von {money(max(0, ertrag - 24500), lg)} €", money(zus, lg)],
            ["Bereits gezahlt", "", money(0.0, lg)],
        ]
        table(
            f,
            columns(m, w - m, [(2, "left"), (2.5, "left"), (1, "right")]),
            ["Beitragsart", "Bemessungsgrundlage", "Betrag €"],
            rows,
            s,
            rules=True,
        )
        f.page.line(w * 0.55, f.y - 6, w - m, f.y - 6)
        f.page.text(w * 0.56, f.y + 6, "Festgesetzter Beitrag", s.bold, s.size)
        f.page.text(w - m, f.y + 6, cash(grund + zus, lg), s.bold, s.size, "right")
        f.y += 26
        write(
            f,
            s,
            f"Bitte überweisen Sie den Betrag bis zum "
            f"{day(h, d + timedelta(days=30))} unter Angabe der Betriebsnummer {ref}.",
        )
        write(
            f,
            s,
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats "
            "nach Bekanntgabe Klage beim Verwaltungsgericht erhoben werden.",
            s.size - 1.5,
        )
        pages += close(f.pages, s, h)
        pages.append(
            small_print(
                rng,
                s,
                h,
                "Erläuterungen zum Beitragsbescheid",
                [
                    "Rechtsgrundlage",
                    "Grundbeitrag",
                    "Zusatzbeitrag",
                    "Gewerbeertrag",
                    "Existenzgründer",
                    "Fälligkeit",
                    "Säumniszuschläge",
                    "Datenschutz",
                ],
                "money",
            )
        )
    else:
        fee = money(rng.choice([360.0, 390.0]), lg)
        caption(
            f,
            s,
            tr(
                lg,
                f"Confirmation of registration {d.year}/{(d.year + 1) % 100:02d}",
                "",
                "Récépissé d'enregistrement - profession d'opticien-lunetier",
            ),
            2,
        )
        f.para(m, w - 2 * m, dear(lg, mx_name(optom[0], lg)), s.font, s.size)
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for renewing your registration. Your entry on the "
                f"register as an Optometrist has been renewed until 31 March "
                f"{d.year + 1}. The retention fee of £{fee} has been received.",
                "",
                f"Nous accusons réception de votre demande. Vous êtes enregistré(e) "
                f"au répertoire sous le numéro {ref} pour l'exercice de la profession "
                "d'opticien-lunetier dans le département.",
            ),
        )
        write(
            f,
            s,
            prose(rng, lg, "money", 1, 2)
            if lg == "en"
            else "Toute modification de votre situation professionnelle doit nous être signalée.",
        )
        if lg == "en":
            write(
                f,
                s,
                "Please remember that you must meet the CPD requirements for the "
                "current cycle, including peer review and reflection.",
            )
        regards(
            f,
            s,
            lg,
            staff(h, "registrar"),
            tr(lg, "Registration Manager", "", "Le directeur de la délégation"),
        )
        pages += close(f.pages, s, h, numbers="none")
        if rng.random() < 0.75:
            c = Page(A4L if lg == "en" else A4)
            cw, ch = c.size
            c.rect(20, 20, cw - 40, ch - 40)
            emblem(c, cw / 2 - 11, 50)
            c.text(cw / 2, 110, h.name.upper(), h.bold, 13, "center")
            c.text(
                cw / 2,
                150,
                tr(lg, "Certificate of Registration", "", "Attestation d'enregistrement"),
                "Times-Bold",
                24,
                "center",
            )
            c.text(cw / 2, 200, optom[0], "Times-Italic", 20, "center")
            c.text(
                cw / 2,
                230,
                tr(
                    lg,
                    f"is registered as an Optometrist - {optom[1]}",
                    "",
                    f"opticien-lunetier - n° {ref}",
                ),
                "Times-Roman",
                12,
                "center",
            )
            c.text(
                cw / 2,
                256,
                tr(
                    lg,
                    f"Valid from 1 April {d.year} to 31 March {d.year + 1}",
                    "",
                    f"Délivrée le {short(d, lg)}",
                ),
                "Times-Roman",
                11,
                "center",
            )
            scrawl(c, cw / 2 - 60, ch - 80, staff(h, "chief"), 15)
            c.text(
                cw / 2,
                ch - 60,
                tr(lg, "Chief Executive and Registrar", "", "Pour le directeur général de l'ARS"),
                "Times-Roman",
                9,
                "center",
            )
            pages.append(c)
    remember(None, d, optom)
    return pages


def mx_name(name: str, lang: str) -> str:
    female = name.split()[0] in {
        "Rachel",
        "Harpreet",
        "Nina",
        "Kathrin",
        "Anja",
        "Svenja",
        "Sophie",
        "Aurélie",
        "Claire",
    }
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


CPD_TOPICS = {
    "en": [
        "Managing acute red eye",
        "Myopia management in children",
        "Glaucoma referral refinement",
        "Dry eye in practice",
        "Peer review: difficult referrals",
        "Safeguarding adults level 2",
        "Low vision assessment",
        "OCT interpretation",
    ],
    "de": [
        "Myopiemanagement bei Kindern",
        "Trockenes Auge",
        "Screening Glaukom",
        "Kontaktlinsenanpassung Sklerallinsen",
        "OCT-Befundung",
        "Low Vision Versorgung",
        "Binokularsehen",
        "Kundenkommunikation",
    ],
    "fr": [
        "Dépistage du glaucome",
        "Freination de la myopie",
        "Sécheresse oculaire",
        "Adaptation des lentilles rigides",
        "Basse vision",
        "Réfraction chez l'enfant",
        "Hygiène et lentilles",
        "Accessibilité PMR en magasin",
    ],
}


def tpl_cpd_record(rng: random.Random, who: Issuer) -> list[Page]:
    """An optometrist's CPD record: the cycle statement with the activities, points and
    competencies (GOC cycle, ZVA Fortbildungsnachweis) or a DPC attestation with the
    programme followed; one or two pages."""
    h = head_of(who, "cpd")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    optom = ex if after(("registration",)) and isinstance(ex, tuple) else an_optom(rng)
    d = last_day(rng, ("registration",), (1, 20))
    f = sheets(s, h, f"{optom[0]} - CPD")
    caption(
        f,
        s,
        tr(
            lg,
            f"CPD record - cycle {d.year - d.year % 3 + 1}-{d.year - d.year % 3 + 3}",
            "Fortbildungsnachweis / Zertifikat",
            "Attestation de formation continue (DPC)",
        ),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Registrant", "Teilnehmer/in", "Professionnel"), optom[0]),
            (tr(lg, "Registration", "Betrieb", "N°"), optom[1]),
            (tr(lg, "Printed", "Ausgestellt", "Édité le"), short(d, lg)),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    rows = []
    pts = 0
    for _ in range(rng.randint(3, 14)):
        p_ = rng.choice([1, 1, 2, 3, 4])
        pts += p_
        rows.append(
            [
                short(d - timedelta(days=rng.randint(10, 700)), lg),
                rng.choice(CPD_TOPICS[lg]),
                rng.choice(
                    [
                        tr(lg, "Interactive", "Präsenz", "Présentiel"),
                        tr(lg, "Distance", "Online", "E-learning"),
                        tr(lg, "Peer review", "Qualitätszirkel", "Analyse de pratique"),
                    ]
                ),
                ", ".join(rng.sample(["SP", "CP", "ET", "LD", "CL", "OC"], 2))
                if lg == "en"
                else serial(rng, "99-9999"),
                str(p_),
            ]
        )
    rows.sort(key=lambda r: r[0][-4:] + r[0][3:5] + r[0][:2])
    table(
        f,
        columns(m, w - m, [(1, "left"), (3.2, "left"), (1.3, "left"), (1, "left"), (0.6, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Activity", "Veranstaltung", "Action"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Domains", "VA-Nr.", "Réf."),
            tr(lg, "Pts", "Pkt.", "h"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    f.need(40)
    f.y += 8
    f.page.rect(m, f.y - 10, w - 2 * m, 26, fill=0.9)
    f.page.text(
        m + 6,
        f.y + 6,
        tr(
            lg,
            f"Total points this cycle: {pts}  (requirement 36, incl. peer review)",
            f"Summe Fortbildungspunkte: {pts}",
            f"Durée totale : {pts} heures",
        ),
        s.bold,
        s.size,
    )
    f.y += 30
    if rng.random() < 0.6:
        write(f, s, prose(rng, lg, "eye", 1, 2), s.size - 1)
    regards(
        f,
        s,
        lg,
        staff(h, "head"),
        tr(lg, "Head of Education", "Leitung Fortbildung", "Responsable pédagogique"),
    )
    pages = close(f.pages, s, h)
    remember(None, d, optom)
    return pages


def tpl_domiciliary_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The record of a domiciliary visit to a care home: the visit list of residents seen on
    a landscape page, signed by the home's carer, and the examination record sheets of some
    of the residents."""
    h = practice_head()
    lg = h.lang
    home_name = rng.choice(HOMES[lg])
    d = some_day(rng)
    optom = an_optom(rng)
    ls = style_of(h, A4L, margin=36, pt=8.5)
    lw, lh = A4L
    p = Page(A4L)
    y = heading(p, ls, h)
    p.text(
        36,
        y,
        tr(
            lg,
            "DOMICILIARY VISIT RECORD",
            "HEIMBESUCH - BESUCHSPROTOKOLL",
            "INTERVENTION EN ÉTABLISSEMENT - FEUILLE DE PASSAGE",
        ),
        h.bold,
        13,
    )
    y += 16
    p.text(36, y, f"{home_name} - {short(d, lg)} - {optom[0]} ({optom[1]})", h.font, 9)
    y += 18
    residents = [a_patient(rng, old=True) for _ in range(rng.randint(3, 10))]
    rows = []
    for r in residents:
        rows.append(
            [
                str(rng.randint(1, 40)),
                f"{r.last}, {r.first}",
                short(r.born, lg),
                rng.choice(["GOS 6", "GOS 6", "private"])
                if lg == "en"
                else rng.choice(["Kasse", "privat"])
                if lg == "de"
                else rng.choice(["tiers payant", "CMU-C"]),
                rng.choice(
                    [
                        tr(lg, "New Rx", "neue Werte", "nouvelle correction"),
                        tr(lg, "No change", "unverändert", "inchangé"),
                        tr(lg, "Refer GP", "Überweisung", "orientation ophtalmo"),
                    ]
                ),
                rng.choice(
                    [
                        "",
                        tr(lg, "varifocals", "Gleitsicht", "progressifs"),
                        tr(lg, "reading", "Lesebrille", "VP"),
                    ]
                ),
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "refused", "verweigert", "refus"),
                        tr(lg, "asleep - revisit", "schläft", "absent"),
                    ]
                ),
            ]
        )
    f = Sheets(A4L, lh - 70, lambda pg, n: 40.0)
    f.pages, f.page, f.y = [p], p, y
    table(
        f,
        columns(
            36,
            lw - 36,
            [
                (0.5, "left"),
                (2.2, "left"),
                (1.1, "left"),
                (1.1, "left"),
                (1.6, "left"),
                (1.3, "left"),
                (1.6, "left"),
            ],
        ),
        [
            tr(lg, "Room", "Zi.", "Ch."),
            tr(lg, "Resident", "Bewohner/in", "Résident"),
            tr(lg, "DOB", "Geb.", "Né(e)"),
            tr(lg, "Claim", "Abrechnung", "Prise en charge"),
            tr(lg, "Outcome", "Ergebnis", "Résultat"),
            tr(lg, "Order", "Auftrag", "Commande"),
            tr(lg, "Notes", "Bemerkung", "Observations"),
        ],
        rows,
        ls,
        size=8,
        rules=True,
        step=2.0,
    )
    last = f.pages[-1]
    signature_line(
        last,
        ls,
        36,
        lh - 60,
        220,
        tr(
            lg,
            "Signed for the home (name, position)",
            "Für die Einrichtung (Name, Funktion)",
            "Pour l'établissement (nom, fonction)",
        ),
        staff(h, "carer") if rng.random() < 0.8 else "",
    )
    signature_line(
        last,
        ls,
        lw / 2,
        lh - 60,
        220,
        tr(lg, "Optometrist", "Optometrist/in", "Opticien"),
        optom[0],
    )
    pages = list(f.pages)
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _hh = A4
    m = s.margin
    for r in rng.sample(residents, min(len(residents), rng.choice([0, 1, 2, 3]))):
        q = Page(A4)
        q.text(
            m,
            44,
            tr(
                lg,
                "Domiciliary eye examination record",
                "Untersuchungsbogen",
                "Fiche d'examen de vue",
            ),
            s.bold,
            12,
        )
        q.text(w - m, 44, fit(home_name, s.font, 8, 200), s.font, 8, "right")
        y = fields(
            q,
            s,
            m,
            58,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), f"{r.last}, {r.first}"),
                (tr(lg, "DOB", "Geb.-Datum", "Né(e) le"), short(r.born, lg)),
                (tr(lg, "GP / doctor", "Hausarzt", "Médecin"), f"Dr {rng.choice(LASTS[lg])}"),
                (tr(lg, "Carer present", "Pflegekraft", "Soignant"), rng.choice(yes_no(lg))),
            ],
            per=2,
            tall=24,
        )
        for cap in (
            tr(lg, "History / symptoms", "Anamnese", "Anamnèse"),
            tr(lg, "Medication / general health", "Medikamente", "Traitements"),
        ):
            y = band(q, s, y, cap)
            for ln in wrap(words(rng, lg, "eye", rng.randint(8, 18)), HAND, 9, w - 2 * m)[:3]:
                y += 13
                hand(q, m + 4, y, ln, 9)
            y += 14
        y = band(q, s, y, tr(lg, "Refraction", "Refraktion", "Réfraction"))
        y = rx_grid(q, s, m, y + 4, w - 2 * m, an_rx(rng), lg, True)
        y = band(q, s, y, tr(lg, "Ophthalmoscopy / anterior eye", "Ophthalmoskopie", "Fond d'œil"))
        for ln in wrap(words(rng, lg, "eye", 16), HAND, 9, w - 2 * m)[:3]:
            y += 13
            hand(q, m + 4, y, ln, 9)
        y += 20
        y = ticks(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Spectacles ordered", "Brille bestellt", "Équipement commandé"),
                tr(lg, "Referral", "Überweisung", "Orientation"),
                tr(lg, "Advice given", "Beratung", "Conseils"),
            ],
            {rng.randrange(3)},
            8,
        )
        signature_line(q, s, m, y + 30, 200, optom[0], optom[0])
        pages.append(q)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBB: money and the shop: card takings, local tax, locums, finance
# ---------------------------------------------------------------------------------------------


def tpl_merchant_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement: the summary by card scheme with the
    service charges, the daily settlements and the month's fees, over two or three pages."""
    h = head_of(who, "acquirer")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _hh = A4
    m = s.margin
    mid = serial(keyed(who, "mid"), "99999999")
    start = add_months(month(), -1) if month().day == 1 else month()
    d = add_months(start, 1) + timedelta(days=rng.randint(2, 6))
    title = tr(lg, "Merchant Statement", "Händlerabrechnung", "Relevé commerçant")
    f = sheets(s, h, f"{h.name} - {title} - MID {mid}")
    end = add_months(start, 1) - timedelta(days=1)
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [
            ("MID", mid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
        ],
    )
    caption(f, s, title, 4)
    schemes = [
        ("Visa Debit", 0.0035),
        ("Visa Credit", 0.0095),
        ("Mastercard Debit", 0.0038),
        ("Mastercard Credit", 0.011),
        ("Amex", 0.019),
    ]
    if lg != "en":
        schemes[0] = ("girocard" if lg == "de" else "CB", 0.0025)
    rows = []
    gross = charges = 0.0
    for name, rate in schemes[: rng.randint(3, 5)]:
        n = rng.randint(5, 240)
        v = round(n * rng.uniform(35, 140), 2)
        c = round(v * rate, 2)
        gross += v
        charges += c
        rows.append(
            [
                name,
                str(n),
                money(v, lg),
                f"{rate * 100:.2f} %".replace(".", "," if lg != "en" else "."),
                money(c, lg),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(2, "left"), (0.8, "right"), (1.2, "right"), (1, "right"), (1, "right")]
        ),
        [
            tr(lg, "Card type", "Kartenart", "Type de carte"),
            tr(lg, "Txns", "Anzahl", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Disagio", "Taux"),
            tr(lg, "Charges", "Entgelt", "Commission"),
        ],
        rows,
        s,
        shade=0.88,
    )
    fees = [
        (
            tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"),
            rng.choice([19.5, 24.0, 29.9]),
        ),
        (tr(lg, "PCI DSS compliance fee", "PCI-Gebühr", "Frais PCI DSS"), 4.5),
    ]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y + 6,
            [(t, cash(v, lg)) for t, v in fees]
            + [
                (
                    tr(lg, "Total charges", "Entgelte gesamt", "Total frais"),
                    cash(charges + sum(v for _, v in fees), lg),
                )
            ],
            w - m,
        )
        + 10
    )
    if rng.random() < 0.5:
        f.new_page()
    caption(f, s, tr(lg, "Daily settlements", "Tägliche Gutschriften", "Remises quotidiennes"), 1)
    drows = []
    for k in range(0, 31):
        dd = start + timedelta(days=k)
        if dd.month != start.month or dd.weekday() == 6:
            continue
        v = round(gross / 26 * rng.uniform(0.4, 1.6), 2)
        drows.append(
            [
                short(dd, lg),
                str(rng.randint(2, 18)),
                money(v, lg),
                money(v * 0.008, lg),
                money(v * 0.992, lg),
                short(dd + timedelta(days=1 if dd.weekday() < 4 else 3), lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [(1, "left"), (0.6, "right"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Txns", "Anz.", "Nb"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Charges", "Entgelt", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid on", "Gutschrift", "Crédité le"),
        ],
        drows,
        s,
        size=7.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Charges are collected by direct debit on the 10th. " + words(rng, lg, "money"),
            "Die Entgelte werden per Lastschrift eingezogen.",
            "Les frais sont prélevés le 10 du mois suivant.",
        ),
        s.size - 1.5,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg != "de" else "Seite {i} von {n}",
    )
    remember(None, d)
    return pages


def tpl_local_tax(rng: random.Random, who: Issuer) -> list[Page]:
    """The local tax demand on the shop: a business rates demand notice with the instalments
    and the explanatory notes, a Gewerbesteuer-Vorauszahlungsbescheid with the appeal notice,
    or an avis de cotisation foncière des entreprises with the information page."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    prac = practice_head()
    ref = serial(keyed(who, "ref"), tr(lg, "99999999", "999/999/99999", "99 99 999 999 999"))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [(tr(lg, "Account ref", "Steuernummer", "Réf. de l'avis"), ref)],
    )
    year = d.year if d.month < 10 or lg != "en" else d.year + 1
    if lg == "en":
        caption(f, s, f"Non-Domestic Rates Demand Notice {year}/{(year + 1) % 100:02d}", 1.5)
        rv = rng.choice([9800, 13400, 16750, 21500, 27000, 34250])
        gross = round(rv * 0.499, 2)
        relief = round(gross * max(0.0, (15000 - rv) / 3000), 2) if rv > 12000 else gross
        due = gross - relief
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Property", f"Shop and premises, {prac.street}"),
                    ("Rateable value", f"£{rv:,}"),
                    ("Multiplier", "0.499 (small business)"),
                    ("Gross charge", cash(gross, lg)),
                    ("Less small business rate relief", cash(relief, lg)),
                    ("Amount payable", cash(due, lg)),
                ],
                w - m,
            )
            + 8
        )
        inst = [[short(date(year, k, 1), lg), money(due / 10, lg)] for k in range(4, 13)]
        inst.append([short(date(year + 1, 1, 1), lg), money(due / 10, lg)])
        if due > 0:
            cols = columns(m, w / 2, [(1, "left"), (1, "right")])
            table(f, cols, ["Instalment due", "Amount"], inst, s)
            note = "Payment by Direct Debit can be made on the 1st or 15th of each month."
        else:
            note = "You have been awarded small business rate relief. No payment is required."
        write(f, s, f"{note} Explanatory notes are enclosed.", s.size - 1)
        heads = [
            "Rateable value",
            "National non-domestic rating multiplier",
            "Small business rate relief",
            "Revaluation",
            "Hardship relief",
            "Information supplied with demand notices",
            "Appeals",
            "Data protection",
        ]
        title = "Explanatory notes"
    elif lg == "de":
        caption(f, s, f"Bescheid über Vorauszahlungen zur Gewerbesteuer für {year}", 1.5)
        mb = rng.randint(300, 2400)
        hs = rng.choice([440, 460, 490])
        tax = mb * hs / 100
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Steuermessbetrag lt. Finanzamt", cash(mb, lg)),
                    ("Hebesatz", f"{hs} %"),
                    ("Jahressteuer", cash(tax, lg)),
                ],
                w - m,
            )
            + 8
        )
        table(
            f,
            columns(m, w - m, [(1.2, "left"), (1, "right"), (1, "right")]),
            ["Fälligkeit", "Vorauszahlung", "bisher festgesetzt"],
            [
                [
                    short(date(year, mm_, 15), lg),
                    money(tax / 4, lg),
                    money(tax / 4 * rng.choice([0.8, 1.0, 1.2]), lg),
                ]
                for mm_ in (2, 5, 8, 11)
            ],
            s,
            rules=True,
        )
        write(
            f,
            s,
            "Die Festsetzung erfolgt nach § 19 GewStG. Dieser Bescheid ergeht unter dem "
            "Vorbehalt der Nachprüfung.",
            s.size - 1,
        )
        write(
            f,
            s,
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats "
            "nach Bekanntgabe Widerspruch erhoben werden.",
            s.size - 1.5,
        )
        heads = [
            "Berechnung",
            "Hebesatz",
            "Vorauszahlungen",
            "Zahlungsweise",
            "Säumnis",
            "Stundung",
            "Rechtsbehelf",
            "Datenschutz",
        ]
        title = "Erläuterungen"
    else:
        caption(f, s, f"Avis d'impôt {year} - Cotisation foncière des entreprises", 1.5)
        base = rng.randint(1200, 5200)
        taux = rng.choice([24.5, 26.3, 28.1])
        cfe = round(base * taux / 100 + 3, 0)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Adresse de l'établissement", f"{prac.street}, {prac.town}"),
                    ("Base nette d'imposition", cash(base, lg)),
                    ("Taux communal / intercommunal", f"{taux:.2f} %".replace(".", ",")),
                    ("Frais de gestion", cash(3.0, lg)),
                    ("Montant à payer", cash(cfe, lg)),
                    ("Date limite de paiement", short(date(year, 12, 15), lg)),
                ],
                w - m,
            )
            + 8
        )
        write(
            f,
            s,
            "Le paiement doit être effectué en ligne sur impots.gouv.fr (espace "
            "professionnel) ou par prélèvement.",
            s.size - 1,
        )
        heads = [
            "Base d'imposition",
            "Cotisation minimum",
            "Exonérations",
            "Paiement",
            "Majoration de 5 %",
            "Réclamations",
            "Délais",
            "Vos droits",
        ]
        title = "Informations utiles"
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.8:
        pages.append(small_print(rng, s, h, title, heads, "money"))
    received(rng, pages[0], lg, d, 0.3)
    remember(None, d)
    return pages


def tpl_locum_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A locum optometrist's invoice for the sessions worked in the practice: dates, sessions
    and day rate, mileage, not VAT registered or small-business note, bank details."""
    h = head_of(who, "locum", abroad=0.08)
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, LETTER])
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("locum_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        start, no = ex[1] + timedelta(days=7), ex[2] + 1
    else:
        start, no = some_day(rng), rng.randint(12, 240)
    d = start + timedelta(days=rng.randint(5, 9))
    f = sheets(s, h)
    me = (
        h.name.split(",")[0]
        .replace(" Optometrist", "")
        .replace(" BSc MCOptom", "")
        .replace(" MCOptom", "")
    )
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [(tr(lg, "Invoice no", "Rechnung Nr.", "Facture n°"), f"{d.year}-{no:03d}")],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Note d'honoraires"), 3)
    rows = []
    net = 0.0
    rate = rng.choice([280.0, 300.0, 320.0, 350.0])
    for k in range(rng.randint(1, 5)):
        dd = start + timedelta(days=k + (1 if (start + timedelta(days=k)).weekday() == 6 else 0))
        full = rng.random() < 0.75
        v = rate if full else rate / 2
        net += v
        rows.append(
            [
                short(dd, lg),
                tr(lg, "Full day", "ganztags", "journée")
                if full
                else tr(lg, "Half day (am)", "halbtags", "demi-journée"),
                f"{rng.randint(9, 16)} {tr(lg, 'patients', 'Kunden', 'patients')}",
                money(v, lg),
            ]
        )
    if rng.random() < 0.6:
        km = rng.randint(12, 80)
        rows.append(
            [
                "",
                tr(
                    lg,
                    f"Mileage {km} miles @ 45p",
                    f"Fahrtkosten {km} km x 0,30 €",
                    f"Frais kilométriques {km} km",
                ),
                "",
                money(km * (0.45 if lg == "en" else 0.3), lg),
            ]
        )
        net += km * (0.45 if lg == "en" else 0.3)
    table(
        f,
        columns(m, w - m, [(1.1, "left"), (2.3, "left"), (1.3, "left"), (1, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Session", "Leistung", "Prestation"),
            tr(lg, "Clinic", "Bemerkung", "Détail"),
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
        0.0,
        note=tr(
            lg,
            "Not registered for VAT. Payment within 14 days please.",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "TVA non applicable, art. 293 B du CGI. Exonération art. 261-4-1° du CGI.",
        ),
    )
    r = keyed(who, "bank")
    write(
        f,
        s,
        tr(
            lg,
            f"Bank: sort code {r.randint(10, 99)}-{r.randint(10, 99)}-"
            f"{r.randint(10, 99)}  account {r.randint(10000000, 99999999)}",
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
        ),
        s.size - 0.5,
    )
    if rng.random() < 0.6:
        f.y += 10
        scrawl(f.page, m, f.y + 10, me)
        f.y += 20
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        hand(
            pages[0],
            w - m - 110,
            hh - m - 40,
            tr(home(), "OK to pay", "sachl. richtig", "bon à payer"),
            11,
        )
    remember(None, d, (h.name, start, no))
    return pages


def tpl_driving_vision(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's copy of a driving vision certificate: the Sehtestbescheinigung for the
    driving licence on A6 or A5 with the stamp, a DVLA vision assessment, or an attestation
    of the visual acuity check."""
    h = practice_head()
    lg = h.lang
    r = keyed(who, "cert")
    size = r.choice([A6, A5]) if lg != "en" else r.choice([A4, A5])
    s = style_of(h, size, margin=24 if size == A6 else 36, pt=7.5 if size == A6 else 8.5)
    w, hh = size
    m = s.margin
    pat = a_patient(rng)
    d = some_day(rng)
    optom = an_optom(rng)
    p = Page(size)
    y = 30.0
    if lg == "de":
        p.text(w / 2, y + 6, "Sehtestbescheinigung", s.bold, 14 if size == A6 else 16, "center")
        p.text(
            w / 2, y + 18, "für den Erwerb der Fahrerlaubnis (§ 12 Abs. 2 FeV)", s.font, 7, "center"
        )
        y += 34
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Name, Vorname", f"{pat.last}, {pat.first}"),
                ("Geburtsdatum", short(pat.born, lg)),
                ("Anschrift", f"{pat.street}, {pat.town}"),
                ("Ausweis-Nr.", serial(rng, "A9A99AA9A")),
            ],
            per=1 if size == A6 else 2,
            tall=22,
        )
        p.text(m, y, "Der Sehtest nach Anlage 6 Nr. 1.1 FeV wurde", s.font, 7.5)
        y = ticks(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            ["bestanden", "nicht bestanden"],
            {0 if rng.random() < 0.85 else 1},
            7.5,
        )
        y = ticks(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            ["ohne Sehhilfe", "mit Sehhilfe (Auflage)"],
            {rng.randrange(2)},
            7.5,
        )
        p.text(m, y + 8, f"Ort, Datum: {h.town.split()[-1]}, {short(d, lg)}", HAND, 8)
        practice_stamp(p, m, y + 20)
        scrawl(p, w - m - 90, y + 70, optom[0])
        p.text(w - m - 45, y + 82, "Unterschrift", s.font, 6, "center")
        p.text(w / 2, hh - 14, "Gültig 2 Jahre ab Ausstellung", s.font, 6, "center")
    else:
        title = tr(
            lg, "Vision assessment - DVLA (V1)", "", "Attestation de contrôle de l'acuité visuelle"
        )
        p.text(m, y + 10, title, s.bold, 13)
        y += 30
        if lg == "en":
            p.text(
                m,
                y,
                "To be completed by an optometrist or optician. Print in black ink.",
                s.font,
                7,
            )
            y += 14
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Surname", "", "Nom"), pat.last.upper()),
                (tr(lg, "Forenames", "", "Prénoms"), pat.first),
                (tr(lg, "Date of birth", "", "Né(e) le"), short(pat.born, lg)),
                (
                    tr(lg, "Driver number", "", "N° de permis"),
                    serial(rng, "AAAAA999999AA9AA") if lg == "en" else serial(rng, "99AA99999"),
                ),
            ],
            per=2,
            tall=24,
        )
        rx = an_rx(rng, False)
        y = band(p, s, y, tr(lg, "1. Visual acuity (Snellen)", "", "1. Acuité visuelle"))
        y = rx_grid(p, s, m, y + 4, w - 2 * m, rx, lg, True, False, True)
        qs = [
            tr(
                lg,
                "Is the visual acuity at least 6/7.5 in the better eye?",
                "",
                "Acuité binoculaire au moins 5/10 ?",
            ),
            tr(lg, "Is there any uncontrolled diplopia?", "", "Diplopie ?"),
            tr(lg, "Is there a visual field defect?", "", "Atteinte du champ visuel ?"),
        ]
        for q in qs:
            p.text(m, y, fit(q, s.font, 7.5, w - 2 * m - 80), s.font, 7.5)
            ticks(p, s, w - m - 70, y, 70, yes_no(lg), {0 if q is qs[0] else 1}, 7)
            y += 15
        y += 10
        signature_line(p, s, m, y + 24, 170, f"{optom[0]} - {optom[1]}", optom[0])
        hand(p, w - m - 80, y + 22, short(d, lg), 9)
        if y < hh - 130:
            practice_stamp(p, m, y + 44)
    remember(pat, d)
    return [p]


LEASE_HEADS = {
    "en": [
        "Definitions",
        "Rentals",
        "Title",
        "Risk and insurance",
        "Maintenance",
        "Use",
        "Default",
        "Termination",
        "Assignment",
        "Notices",
        "Law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leasingraten",
        "Eigentum",
        "Gefahrtragung",
        "Wartung",
        "Nutzung",
        "Verzug",
        "Kündigung",
        "Abtretung",
        "Schriftform",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Loyers",
        "Propriété",
        "Assurance",
        "Entretien",
        "Utilisation",
        "Défaillance",
        "Résiliation",
        "Cession",
        "Notifications",
        "Juridiction",
    ],
}


def tpl_equipment_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment finance agreement for an OCT scanner or field analyser: now and then the
    lessor's covering letter, the agreement with the goods and the rentals, the terms pages,
    the payment schedule on a landscape page, the signature page and the direct debit
    mandate."""
    h = head_of(who, "lessor")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, keyed(who, "no").choice(["LA-999999", "99999/99", "CB999999"]))
    kind, models = rng.choice([EQUIPMENT[6], EQUIPMENT[3], EQUIPMENT[7]])
    model = rng.choice(models)
    cost = rng.choice([18500.0, 24900.0, 32750.0, 41200.0])
    months = rng.choice([36, 48, 60])
    rent = round(cost * (1 + 0.065 * months / 12) / months, 2)
    prac = practice_head()
    owner = an_optom(rng)[0]
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            practice_lines(tr(lg, f"FAO {owner}", f"z. Hd. {owner}", f"à l'attention de {owner}")),
            d,
            [(tr(lg, "Agreement", "Vertrag", "Contrat"), no)],
        )
        f.para(m, w - 2 * m, dear(lg, mx_name(owner, lg)), s.font, s.size)
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed your finance agreement for the {model}. "
                "Please sign where marked, complete the Direct Debit mandate and return "
                "all pages to us in the envelope provided.",
                f"anbei erhalten Sie den Leasingvertrag über {model}. Bitte "
                "unterschreiben Sie an den markierten Stellen und senden Sie uns alle "
                "Seiten mit dem SEPA-Mandat zurück.",
                f"veuillez trouver ci-joint votre contrat de location pour {model}. "
                "Merci de le parapher, de le signer et de nous le retourner avec le "
                "mandat SEPA.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f, s, lg, staff(h, "rep"), tr(lg, "New Business Team", "Vertrieb", "Service commercial")
        )
        pages += close(f.pages, s, h, numbers="none")
    k0 = len(pages)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Agreement', 'Vertrag', 'Contrat')} {no}")
    caption(
        f,
        s,
        tr(
            lg,
            "HIRE AGREEMENT (REGULATED BY NO ACT)",
            "LEASINGVERTRAG",
            "CONTRAT DE LOCATION FINANCIÈRE",
        ),
        3,
    )
    write(f, s, f"{tr(lg, 'Agreement no', 'Vertrags-Nr.', 'Contrat n°')} {no}", s.size)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Lessor", "Leasinggeber", "Bailleur"), h.name),
            (tr(lg, "Lessee", "Leasingnehmer", "Locataire"), prac.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{prac.street}, {prac.town}"),
            (tr(lg, "Supplier", "Lieferant", "Fournisseur"), rng.choice(SENDERS["service"][lg])[0]),
            (tr(lg, "Goods location", "Standort", "Lieu d'installation"), prac.street),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    table(
        f,
        columns(m, w - m, [(2, "left"), (2, "left"), (1, "left"), (1, "right")]),
        [
            tr(lg, "Goods", "Objekt", "Matériel"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Cost", "Anschaffung", "Prix HT"),
        ],
        [
            [tr(lg, *EQUIP_NAMES[kind]), model, serial(rng, "999999"), money(cost, lg)],
            [
                tr(lg, "Installation and training", "Installation, Einweisung", "Installation"),
                "",
                "",
                money(rng.choice([450.0, 650.0]), lg),
            ],
        ],
        s,
        rules=True,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 6,
            [
                (
                    tr(lg, "Term", "Laufzeit", "Durée"),
                    f"{months} {tr(lg, 'months', 'Monate', 'mois')}",
                ),
                (
                    tr(
                        lg,
                        "Monthly rental (excl. VAT)",
                        "Monatliche Rate netto",
                        "Loyer mensuel HT",
                    ),
                    cash(rent, lg),
                ),
                (
                    tr(lg, "Advance rentals", "Sonderzahlung", "Premier loyer majoré"),
                    f"{rng.choice([1, 3])} x {cash(rent, lg)}",
                ),
                (
                    tr(lg, "Documentation fee", "Bearbeitungsgebühr", "Frais de dossier"),
                    cash(150.0, lg),
                ),
            ],
            w - m,
        )
        + 10
    )
    for cap in (
        tr(
            lg,
            "Declarations by the Lessee",
            "Erklärungen des Leasingnehmers",
            "Déclarations du locataire",
        ),
        tr(lg, "Delivery and acceptance", "Lieferung und Abnahme", "Livraison et réception"),
        tr(lg, "Insurance", "Versicherung", "Assurance"),
    ):
        f.heading(m, cap, s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    f.need(70)
    f.y += 10
    f.page.rect(m, f.y, w - 2 * m, 46)
    f.page.text(
        m + 6,
        f.y + 12,
        tr(lg, "Lessee's initials", "Paraphe Leasingnehmer", "Paraphe du locataire"),
        s.font,
        7,
    )
    if rng.random() < 0.7:
        hand(f.page, m + 20, f.y + 34, "".join(t[0] for t in owner.split()), 14)
    f.y += 56
    body = close(f.pages, s, h, numbers="none")
    pages += body
    for _ in range(rng.choice([1, 1, 2])):
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions",
                    "Allgemeine Leasingbedingungen",
                    "Conditions générales",
                ),
                LEASE_HEADS[lg],
            )
        )
    ls = style_of(h, A4L, margin=40, pt=8)
    lw, lh = A4L
    sched = f"{h.name} - {tr(lg, 'Payment schedule', 'Zahlungsplan', 'Échéancier')} {no}"
    t = Sheets(A4L, lh - 50, lambda pg, n: running_header(pg, ls, sched))
    caption(t, ls, tr(lg, "Schedule of payments", "Zahlungsplan", "Échéancier des loyers"), 2)
    first = add_months(d, 1)
    rows = []
    for k in range(months):
        due = add_months(first, k)
        tax = rent * vat_rate(lg) / 100
        rows.append(
            [str(k + 1), short(due, lg), money(rent, lg), money(tax, lg), money(rent + tax, lg)]
        )
    half = (len(rows) + 1) // 2
    for part in (rows[:half], rows[half:]):
        if t.y > lh - 200:
            t.new_page()
        table(
            t,
            columns(
                40,
                lw - 40,
                [(0.5, "center"), (1, "left"), (1, "right"), (1, "right"), (1, "right")],
            ),
            [
                "No",
                tr(lg, "Due", "Fällig", "Échéance"),
                tr(lg, "Rental", "Rate", "Loyer HT"),
                tr(lg, "VAT", "USt.", "TVA"),
                tr(lg, "Total", "Gesamt", "TTC"),
            ],
            part,
            ls,
            size=7,
            step=1.45,
        )
        t.y += 8
    pages += t.pages
    sig = Page(A4)
    y = 80.0
    sig.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, 12)
    y += 30
    for cap, who_ in (
        (
            tr(
                lg,
                "Signed for and on behalf of the Lessee",
                "Für den Leasingnehmer",
                "Pour le locataire, lu et approuvé",
            ),
            owner,
        ),
        (
            tr(
                lg,
                "Signed for and on behalf of the Lessor",
                "Für den Leasinggeber",
                "Pour le bailleur",
            ),
            staff(h, "signatory"),
        ),
    ):
        sig.text(m, y, cap, s.font, 9)
        signature_line(
            sig,
            s,
            m,
            y + 40,
            220,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            who_,
            rng.random() < 0.7,
        )
        signature_line(sig, s, m + 260, y + 40, 140, tr(lg, "Date", "Datum", "Date"))
        y += 90
    pages.append(sig)
    if rng.random() < 0.7:
        q = Page(A4)
        y = band(
            q,
            s,
            60,
            tr(
                lg,
                "Instruction to your bank or building society to pay by Direct Debit",
                "SEPA-Lastschriftmandat",
                "Mandat de prélèvement SEPA",
            ),
        )
        y = fields(
            q,
            s,
            m,
            y + 6,
            w - 2 * m,
            [
                (
                    tr(lg, "Name of account holder", "Kontoinhaber", "Titulaire du compte"),
                    prac.name,
                ),
                (tr(lg, "Sort code / Account no", "IBAN", "IBAN"), ""),
                (
                    tr(lg, "Service user no", "Gläubiger-ID", "ICS"),
                    serial(rng, "999999") if lg == "en" else serial(rng, "AA99ZZZ99999999999"),
                ),
                (tr(lg, "Reference", "Mandatsreferenz", "RUM"), no),
            ],
            per=2,
            tall=28,
        )
        y = text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                f"Please pay {h.name} Direct Debits from the account detailed in this "
                "Instruction subject to the safeguards assured by the Direct Debit Guarantee.",
                f"Ich ermächtige {h.name}, Zahlungen von meinem Konto mittels Lastschrift "
                "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die Lastschriften "
                "einzulösen.",
                f"En signant ce mandat, vous autorisez {h.name} à envoyer des "
                "instructions à votre banque pour débiter votre compte.",
            ),
            8,
        )
        signature_line(q, s, m, y + 30, 200, tr(lg, "Signature", "Unterschrift", "Signature"))
        pages.append(q)
    close(pages[k0 + len(body) :], s, h, numbers="none")
    received(rng, pages[0], lg, d, 0.25)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same patient."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "benefit_claim": tpl_benefit_claim,
    "claim_payment": tpl_claim_payment,
    "spectacle_estimate": tpl_spectacle_estimate,
    "job_ticket": tpl_job_ticket,
    "lab_invoice": tpl_lab_invoice,
    "frame_statement": tpl_frame_statement,
    "price_list": tpl_price_list,
    "cl_invoice": tpl_cl_invoice,
    "referral": tpl_referral,
    "clinic_reply": tpl_clinic_reply,
    "recall_letter": tpl_recall_letter,
    "service_report": tpl_service_report,
    "registration": tpl_registration,
    "cpd_record": tpl_cpd_record,
    "domiciliary_record": tpl_domiciliary_record,
    "merchant_statement": tpl_merchant_statement,
    "local_tax": tpl_local_tax,
    "locum_invoice": tpl_locum_invoice,
    "driving_vision": tpl_driving_vision,
    "equipment_lease": tpl_equipment_lease,
}
TEMPLATES_BBB: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "benefit_claim",
    "job_ticket",
    "recall_letter",
    "cl_invoice",
    "locum_invoice",
    "driving_vision",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "referral": "clinic_reply",
    "benefit_claim": "claim_payment",
    "job_ticket": "lab_invoice",
    "spectacle_estimate": "benefit_claim",
    "registration": "cpd_record",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tureen_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One practice's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The practice
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    PRACTICE["lang"] = lang
    PRACTICE["row"] = r.randrange(len(PRACTICES[lang]))
    PRACTICE["seed"] = r.getrandbits(24)
    PRACTICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", patient=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_BBB, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tureen_stream, "templates BBB")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

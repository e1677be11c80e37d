"""Trunk part of the generated corpus: templates O, written blind for the next measurement.

A fifteenth part, ``trunk``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the back-office paperwork of a
small business (a joinery, a bakery, a coffee roaster, a print finisher) and its dealings with
hauliers, chambers, payroll bureaus, lessors, insurers, financiers and service firms, fed
through a scanner in one go: CMR consignment notes (trilingual form, sometimes with a loading
list), pallet exchange vouchers (A6 / A5 slips), certificates of origin with the chamber's
covering letter, the application copy and an invoice copy, payroll journals from a payroll
bureau (landscape journal, summary, payment list, English / German Lohnjournal / French journal
de paie), employer contribution notices (pension scheme collection notices, a German
Beitragskontoauszug, a French URSSAF releve de compte), equipment lease schedules with the
terms and the certificate of acceptance, calibration certificates ('Page i of n'), trade fair
stand confirmations with the hall plan and the exhibitor terms, franchise royalty statements,
commercial insurance claim letters, loss adjusters' reports with photograph pages, trade credit
insurance limit decisions (or a schedule of limits), factoring client account statements with
the debtor ageing, warehouse stock count sheets, fire extinguisher service records (sometimes
with a site plan), toolbox talk attendance records, trade account applications with the
conditions of sale, data processing agreements with their annexes, balance confirmation
requests with the reply slip and company register extracts (Companies House confirmation
statement, German Handelsregister, French extrait Kbis). Some senders write in German or
French; page sizes range from A6 slips through A5 to A4, Letter and landscape A4.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as CMR notes,
pallet vouchers, contribution notices, calibration certificates, royalty statements, toolbox
talk records and credit limit decisions often come 2-4 in a row from one sender, and
companions: a claim letter is often followed by the loss adjuster's report, a payroll journal
by the contribution notice, a certificate of origin by the CMR note, a CMR note by the pallet
voucher, a factoring statement by a credit limit decision. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with
``"split": "trunk"`` and seeds offset by 1_400_000.

Usage: ``python benchmarks/corpus_trunk.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/trunk/trunk_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    MONTHS,
    Flow,
    box,
    columns,
    date_text,
    fit,
    money,
    number_pages,
    pairs,
    part_generate,
    part_main,
    shrink,
    table,
    ticks,
    tr,
    tw,
    wrap,
)
from corpus_kit import address as window
from corpus_kit import currency as ccy

PART = "trunk"
SEED_OFFSET = 1_400_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

# Sender rows: name, language, first address line, second address line, telephone.
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, list[Row]] = {
    "haulier": [
        ("Brannigan Haulage Ltd", "en", "Unit 7, Winwick Quay", "Warrington WA2 8LT", ""),
        (
            "North Sea Road Freight Ltd",
            "en",
            "Alexandra Dock, Hedon Road",
            "Hull HU9 1TA",
            "01482 220 640",
        ),
        (
            "Spedition Hesse Transporte GmbH",
            "de",
            "Eckendorfer Strasse 90",
            "33609 Bielefeld",
            "0521 77 40 0",
        ),
        ("Spedition Brandl KG", "de", "Industriestrasse 14", "94036 Passau", "0851 95 66 0"),
        (
            "Transports Garnier & Fils",
            "fr",
            "ZI Mi-Plaine, 8 rue Nungesser",
            "69800 Saint-Priest",
            "",
        ),
    ],
    "chamber": [
        (
            "Greater Mercia Chamber of Commerce - Export Documentation",
            "en",
            "75 Harborne Road",
            "Birmingham B15 3DH",
            "0121 454 6171",
        ),
        (
            "Industrie- und Handelskammer Ostwestfalen - Aussenwirtschaft",
            "de",
            "Elsa-Brandstroem-Strasse 1-3",
            "33602 Bielefeld",
            "0521 554-0",
        ),
        (
            "CCI Lyon Metropole - Formalites internationales",
            "fr",
            "Place de la Bourse",
            "69002 Lyon",
            "04 72 40 58 58",
        ),
    ],
    "bureau": [
        ("Pennant Payroll Services Ltd", "en", "2 Bridge Street", "Warrington WA1 2QW", ""),
        (
            "Ashby Lane Accountants & Payroll",
            "en",
            "Ashby House, 14 Lord Street",
            "Leigh WN7 1AB",
            "01942 602 118",
        ),
        (
            "Kessler & Partner mbB Steuerberatungsgesellschaft",
            "de",
            "Niederwall 23",
            "33602 Bielefeld",
            "0521 96 01 20",
        ),
        ("Cabinet Perrin Expertise Comptable", "fr", "41 cours Lafayette", "69006 Lyon", ""),
    ],
    "fund": [
        (
            "Beacon Workplace Pension Master Trust",
            "en",
            "PO Box 7012",
            "Peterborough PE2 2FQ",
            "0300 303 1244",
        ),
        ("Keystone Group Pensions", "en", "Keystone House, Clarence Dock", "Leeds LS10 1LX", ""),
        ("BKK Mittelweser - Firmenkundenservice", "de", "Lindenallee 4", "31582 Nienburg", ""),
        (
            "IKK Westfalen-Lippe - Beitragseinzug",
            "de",
            "Hermannstrasse 18",
            "32756 Detmold",
            "05231 92 00",
        ),
        ("URSSAF Rhone-Alpes", "fr", "6 rue du 19 mars 1962", "69691 Venissieux Cedex", "3957"),
    ],
    "lessor": [
        (
            "Capstan Equipment Finance Ltd",
            "en",
            "Capstan House, Kings Hill",
            "West Malling ME19 4AL",
            "01732 897 200",
        ),
        ("Ridgeway Business Leasing", "en", "4 Pavilion Court", "Reading RG1 3JL", ""),
        ("Weserland Leasing GmbH", "de", "Am Wall 140", "28195 Bremen", "0421 33 08 90"),
        ("Loca-Bureau Finance SAS", "fr", "12 quai Jules Courmont", "69002 Lyon", ""),
    ],
    "lab": [
        (
            "Precision Metrology Services Ltd - UKAS Calibration Laboratory 0847",
            "en",
            "Unit 3, Gemini Business Park",
            "Warrington WA5 7ZB",
            "01925 571 940",
        ),
        (
            "Kalibrierlabor Nordmann GmbH",
            "de",
            "Otto-Brenner-Strasse 117",
            "33607 Bielefeld",
            "0521 920 48-0",
        ),
        (
            "Etalonnage Services Rhone",
            "fr",
            "15 avenue Edouard Herriot",
            "69120 Vaulx-en-Velin",
            "",
        ),
    ],
    "fair": [
        (
            "Midlands Exhibition Centre Ltd - Exhibitor Services",
            "en",
            "Halls Road",
            "Birmingham B40 1NT",
            "0121 780 4141",
        ),
        (
            "Messe Ostwestfalen GmbH - Ausstellerservice",
            "de",
            "Messeallee 1",
            "33689 Bielefeld",
            "0521 960 80",
        ),
        (
            "Lyon Expositions SAS - Service exposants",
            "fr",
            "Boulevard de l'Europe",
            "69680 Chassieu",
            "",
        ),
    ],
    "franchisor": [
        ("Bean & Brew Franchising Ltd", "en", "Suite 4, 10 Booth Street", "Manchester M2 4AW", ""),
        ("Crustworks Pizza Franchise UK Ltd", "en", "1 Kings Court", "Chester CH1 2PB", ""),
        ("Backstube Franchise GmbH", "de", "Rathausplatz 6", "49074 Osnabrueck", "0541 600 12"),
        ("Clean Express Pressing SAS", "fr", "22 rue Garibaldi", "69003 Lyon", ""),
    ],
    "insurer": [
        (
            "Castlegate Commercial Insurance plc - Commercial Claims",
            "en",
            "PO Box 4420",
            "Norwich NR1 3NG",
            "0345 070 1199",
        ),
        (
            "Fenchurch & Lyle Insurance Brokers",
            "en",
            "Mercer House, 9 Sankey Street",
            "Warrington WA1 1NN",
            "01925 444 800",
        ),
        (
            "Hanse Gewerbeversicherung AG - Schadenservice",
            "de",
            "Ballindamm 17",
            "20095 Hamburg",
            "040 30 18 50",
        ),
        (
            "Mutuelle des Artisans - Service Sinistres",
            "fr",
            "9 rue de la Republique",
            "69001 Lyon",
            "",
        ),
    ],
    "adjuster": [
        (
            "Crawley & Vance Loss Adjusters",
            "en",
            "Tower Court, Oakdale Road",
            "York YO30 4XL",
            "01904 688 120",
        ),
        ("Meadows Claims Solutions Ltd", "en", "3 Pall Mall", "Liverpool L3 6AL", ""),
        (
            "Sachverstaendigenbuero Wiegand & Roth",
            "de",
            "Herforder Strasse 44",
            "33602 Bielefeld",
            "0521 13 77 40",
        ),
        ("Cabinet Delmas Expertises", "fr", "7 place Bellecour", "69002 Lyon", "04 78 42 10 10"),
    ],
    "credit": [
        (
            "Meridian Trade Credit Insurance NV - UK Branch",
            "en",
            "1 Great Tower Street",
            "London EC3R 5AA",
            "020 7626 5100",
        ),
        (
            "Hanseatische Kreditversicherung AG",
            "de",
            "Friedensallee 254",
            "22763 Hamburg",
            "040 88 34 0",
        ),
        (
            "Assurcredit SA - Direction des risques",
            "fr",
            "1 place Costes et Bellonte",
            "92270 Bois-Colombes",
            "",
        ),
    ],
    "factor": [
        ("Albion Invoice Finance Ltd", "en", "Brindley Place 5", "Birmingham B1 2JB", ""),
        (
            "Rheinland Factoring GmbH",
            "de",
            "Kaiser-Wilhelm-Ring 27",
            "50672 Koeln",
            "0221 940 55-0",
        ),
        ("Factolis SA", "fr", "18 rue de la Bourse", "69002 Lyon", "04 72 10 80 80"),
    ],
    "fire": [
        (
            "Redline Fire Protection Ltd",
            "en",
            "Unit 12, Kingsland Grange",
            "Warrington WA1 4RW",
            "",
        ),
        ("Saxon Fire & Safety Services", "en", "The Old Bakery, Mill Lane", "Leigh WN7 2PB", ""),
        ("Brandschutz Koenig GmbH", "de", "Am Stadtholz 39", "33609 Bielefeld", "0521 32 46 80"),
        ("Protec Incendie Rhone", "fr", "5 chemin du Genie", "69200 Venissieux", ""),
    ],
    "supplier": [
        (
            "Calder Timber & Builders Merchants Ltd",
            "en",
            "Calder Wharf",
            "Wakefield WF1 5PF",
            "01924 372 100",
        ),
        ("Kestrel Catering Wholesale Ltd", "en", "Trafford Park Road", "Manchester M17 1HE", ""),
        (
            "Grosshandel Brandt GmbH & Co. KG",
            "de",
            "Gueterstrasse 12",
            "32052 Herford",
            "05221 59 20",
        ),
        ("Distri-Pro SAS", "fr", "Parc Icade, 3 rue Nicephore Niepce", "69800 Saint-Priest", ""),
    ],
    "software": [
        ("Ledgerly Cloud Accounting Ltd", "en", "Floor 5, 1 Park Row", "Leeds LS1 5AB", ""),
        (
            "Shiftboard Rota Software Ltd",
            "en",
            "The Engine House, Canal Street",
            "Manchester M1 3HE",
            "",
        ),
        ("Lohnwerk Software GmbH", "de", "Jahnplatz 5", "33602 Bielefeld", ""),
        ("PaieFacile SAS", "fr", "60 rue de la Villette", "69003 Lyon", ""),
    ],
    "auditor": [
        (
            "Hatherley Whitmore LLP Chartered Accountants",
            "en",
            "Regent House, 42 Winckley Square",
            "Preston PR1 3JJ",
            "01772 555 310",
        ),
        (
            "Westfaelische Treuhand GmbH Wirtschaftspruefungsgesellschaft",
            "de",
            "Alter Markt 8",
            "33602 Bielefeld",
            "0521 52 06 0",
        ),
        (
            "Audit Rhone Conseil - Commissaires aux comptes",
            "fr",
            "25 quai Perrache",
            "69002 Lyon",
            "",
        ),
    ],
    "registry": [
        ("Companies House", "en", "Crown Way", "Cardiff CF14 3UZ", "0303 1234 500"),
        (
            "Amtsgericht Bielefeld - Registergericht",
            "de",
            "Gerichtstrasse 6",
            "33602 Bielefeld",
            "",
        ),
        ("Greffe du Tribunal de Commerce de Lyon", "fr", "44 rue de Bonnel", "69003 Lyon", ""),
    ],
    "consultant": [
        ("Stanmore Safety Consultants", "en", "8 Museum Street", "Warrington WA1 1JB", ""),
        ("Arbeitssicherheit Ostwestfalen GmbH", "de", "Boulevard 7", "33613 Bielefeld", ""),
        ("Prevention Plus Conseil", "fr", "3 rue Juliette Recamier", "69006 Lyon", ""),
    ],
}
#: Senders that print no registration or bank footer.
NO_FOOT = {"chamber", "fund", "registry"}
#: The small businesses the paperwork is about: name, street, town.
BUSINESSES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Calloway Joinery Ltd", "Unit 4, Tanyard Lane", "Warrington WA1 2NX"),
        ("Fenwick & Daughters Catering Ltd", "18 Bold Street", "Leigh WN7 1DF"),
        ("Marlow Print Finishers Ltd", "Unit 9, Lockside Trading Estate", "Wigan WN5 0AW"),
        ("Ashgrove Coffee Roasters Ltd", "The Arches, 3 Viaduct Road", "Stockport SK4 1AA"),
        ("Kite Street Bakery Ltd", "27 Kite Street", "Preston PR1 4DL"),
        ("Tiller Bikes Ltd", "2 Mersey View Works", "Runcorn WA7 1PN"),
    ],
    "de": [
        ("Lindner Kaffeeroesterei GmbH", "Ravensberger Strasse 51", "33602 Bielefeld"),
        ("Tischlerei Brockmann GmbH", "Zum Bruchwald 8", "32051 Herford"),
        ("Feinmechanik Thiessen KG", "Industriestrasse 22", "33689 Bielefeld"),
        ("Druckerei Wiebusch e.K.", "Bahnhofstrasse 3", "32052 Herford"),
    ],
    "fr": [
        ("Atelier Morvan SARL", "14 rue Colbert, ZA des Platanes", "69007 Lyon"),
        ("Boulangerie Perrin & Fils", "52 rue Paul Bert", "69003 Lyon"),
        (
            "Menuiserie Chabert SAS",
            "ZI du Mollard, 9 allee des Chenes",
            "69720 Saint-Bonnet-de-Mure",
        ),
        ("Torrefaction du Vieux-Lyon SARL", "6 rue Saint-Jean", "69005 Lyon"),
    ],
}
FOLK = {
    "en": [
        "Gareth Pennington",
        "Claire Whitfield",
        "Imran Sheikh",
        "Joanne McKenna",
        "Dominic Hale",
        "Rachel Okafor",
        "Stuart Lowther",
        "Nadia Kowalczyk",
        "Owen Prescott",
        "Becky Tranter",
        "Marcus Ellery",
        "Siobhan Doyle",
        "Wayne Ashcroft",
        "Priya Naidoo",
    ],
    "de": [
        "Jens Brockmann",
        "Sabine Lindner",
        "Murat Yildiz",
        "Katrin Oberbeck",
        "Dirk Thiessen",
        "Anja Kroeger",
        "Piotr Nowak",
        "Heike Wiebusch",
        "Tobias Meier",
        "Elena Petrova",
    ],
    "fr": [
        "Julien Morvan",
        "Sandrine Perrin",
        "Karim Benali",
        "Aurelie Chabert",
        "Thierry Vasseur",
        "Celine Roux",
        "Mehdi Haddad",
        "Laetitia Bonnet",
    ],
}
CITIES = {
    "en": ["Rotterdam", "Dublin", "Lille", "Antwerp", "Cologne", "Glasgow", "Felixstowe"],
    "de": ["Venlo", "Poznan", "Linz", "Lyon", "Rotterdam", "Verona", "Basel"],
    "fr": ["Milano", "Barcelona", "Geneve", "Bruxelles", "Strasbourg", "Torino", "Frankfurt"],
}
FIRST = {
    "en": "Adam Bethany Callum Danielle Ellie Faisal Grace Harvey Isla Jack Kerry Liam Megan "
    "Nathan Olivia Paul Rosie Sam Tara Umar Vicky Will Zoe Kieran Leanne Craig",
    "de": "Andreas Birgit Christian Dana Emre Frank Gudrun Hannes Ines Jonas Kerstin Lars "
    "Marina Nils Olga Patrick Ramona Sven Tanja Uwe Vanessa Yusuf",
    "fr": "Alexandre Brigitte Cedric Delphine Elodie Fabien Guillaume Helene Ines Jerome "
    "Karine Loic Manon Nicolas Oceane Pascal Romain Sabrina Theo Yasmine",
}
LAST = {
    "en": "Ashworth Barnes Carter Dunn Evans Fletcher Gill Hughes Iqbal Jones Kelly Lomax "
    "Mason Nolan Owens Parr Quinn Riley Shaw Turner Walsh Young",
    "de": "Albers Bergmann Claassen Dreier Engel Friese Gerdes Hoffmann Jansen Kaya Lohmann "
    "Mertens Neumann Ostendorf Pohl Rieke Schulte Tegeler Vogt Wilms",
    "fr": "Arnaud Bertin Caron Dumas Fabre Gauthier Henry Jacquet Lacroix Masson Noel "
    "Olivier Perret Renaud Sanchez Thomas Vidal",
}


VOCAB = {
    "en": {
        "glue": "the of and to for with on at by from this that your we our is are will be "
        "any all must may should within under",
        "freight": "consignment goods carrier pallets loading delivery vehicle trailer driver "
        "route customs export shipment collection",
        "pay": "payroll employees period gross deductions pension contributions tax submission "
        "deadline payment employer records starter leaver",
        "lease": "equipment rental lessee lessor schedule term payments insurance maintenance "
        "ownership default return agreement",
        "metro": "instrument calibration reference measurement uncertainty traceable standard "
        "tolerance reading procedure conditions",
        "fair": "exhibition stand hall exhibitor visitors construction services catalogue "
        "registration deadline organiser build-up dismantling",
        "claim": "loss damage insured premises stock repair adjuster policy excess cause reserve "
        "liability salvage inspection contractor",
        "credit": "buyer limit exposure policy cover terms overdue notification decision risk "
        "trading withdrawal",
        "factor": "invoices debtors funds availability prepayment assignment collections charges "
        "ledger account",
        "safety": "hazard workers protective equipment training supervisor procedure risk "
        "emergency guard inspection",
        "data": "personal data processor controller processing security sub-processor "
        "confidentiality breach instructions deletion audit",
        "audit": "balance confirmation auditors records accounts statement ledger year end "
        "outstanding reconcile",
        "corp": "company directors shares capital register filing statement members persons "
        "significant control",
    },
    "de": {
        "glue": "die der das und zu fuer mit auf von dass Ihre wir ist sind wird bei nach den "
        "dem im zur",
        "freight": "Sendung Frachtfuehrer Paletten Verladung Zustellung Fahrzeug Auflieger "
        "Fahrer Zoll Ausfuhr Abholung Ware",
        "pay": "Lohnabrechnung Arbeitnehmer Abrechnungsmonat Brutto Abzuege Beitraege "
        "Lohnsteuer Meldung Frist Zahlung Arbeitgeber",
        "lease": "Leasingobjekt Leasingnehmer Leasinggeber Rate Laufzeit Versicherung Wartung "
        "Eigentum Rueckgabe Vertrag",
        "metro": "Kalibrierung Messgeraet Normal Messunsicherheit rueckfuehrbar Toleranz "
        "Anzeige Verfahren Umgebungsbedingungen",
        "fair": "Messe Stand Halle Aussteller Besucher Standbau Service Katalog Anmeldung "
        "Aufbau Abbau Veranstalter",
        "claim": "Schaden Versicherungsnehmer Betrieb Vorraete Reparatur Sachverstaendiger "
        "Police Selbstbeteiligung Ursache Reserve Haftung",
        "credit": "Abnehmer Limit Risiko Deckung Zahlungsziel Meldung Entscheidung "
        "Kreditversicherung Anpassung",
        "factor": "Forderungen Debitoren Auszahlung Ankauf Abtretung Eingang Gebuehren Konto",
        "safety": "Gefaehrdung Beschaeftigte Schutzausruestung Unterweisung Vorgesetzter "
        "Verfahren Notfall Pruefung",
        "data": "personenbezogene Daten Auftragsverarbeiter Verantwortlicher Verarbeitung "
        "Sicherheit Unterauftragnehmer Vertraulichkeit Weisung Loeschung",
        "audit": "Saldo Bestaetigung Abschlusspruefer Buchhaltung Konto Jahresabschluss "
        "Stichtag offene Posten",
        "corp": "Gesellschaft Geschaeftsfuehrer Stammkapital Register Eintragung Prokura "
        "Vertretung Sitz Gegenstand",
    },
    "fr": {
        "glue": "le la les et de du pour avec sur par que votre vos nous est sont sera au aux",
        "freight": "marchandise transporteur palettes chargement livraison vehicule remorque "
        "chauffeur douane expedition enlevement",
        "pay": "paie salaries periode brut cotisations retenues declaration echeance versement "
        "employeur",
        "lease": "materiel loyer locataire bailleur echeancier duree assurance entretien "
        "propriete restitution contrat",
        "metro": "etalonnage instrument etalon mesure incertitude tracabilite tolerance lecture "
        "procedure conditions",
        "fair": "salon stand hall exposant visiteurs montage prestations catalogue inscription "
        "demontage organisateur",
        "claim": "sinistre dommages assure locaux stock reparation expert contrat franchise "
        "cause reserve responsabilite",
        "credit": "acheteur agrement encours garantie delai decision risque impaye",
        "factor": "factures debiteurs financement cession encaissements commissions compte",
        "safety": "danger salaries protection formation encadrant consigne risque urgence",
        "data": "donnees personnelles sous-traitant responsable traitement securite "
        "confidentialite instructions suppression",
        "audit": "solde confirmation commissaire comptes releve cloture ecritures",
        "corp": "societe gerant capital registre immatriculation siege activite",
    },
}


def talk(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """A made-up sentence on ``topic`` in ``lang`` (the English words if ``lang`` has none)."""
    pool = VOCAB[lang] if topic in VOCAB[lang] else VOCAB["en"]
    glue = pool["glue"].split()
    own = pool[topic].split()
    got = [
        rng.choice(own) if rng.random() < 0.47 else rng.choice(glue)
        for _ in range(n or rng.randint(9, 18))
    ]
    text = " ".join(got)
    return text[:1].upper() + text[1:] + "."


def talks(rng: random.Random, lang: str, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(talk(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def someday(rng: random.Random) -> date:
    return date(2023, 2, 6) + timedelta(days=rng.randint(0, 1100))


def fixed(who: Issuer, salt: str) -> random.Random:
    """Same values for the same issuer and ``salt``: the documents of one run or one companion
    pair keep their business, account, claim or shipment."""
    return random.Random(zlib.crc32(f"trunk:{salt}:{who.name}:{who.street}:{who.city}".encode()))


def ident(rng: random.Random, shape: str) -> str:
    """``shape`` with each ``9`` a digit and each ``A`` a capital letter."""
    out = []
    for c in shape:
        if c == "9":
            out.append(rng.choice("0123456789"))
        elif c == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def business(who: Issuer, lang: str) -> tuple[str, str, str]:
    """The small business the paperwork is about (the same for a run or a companion)."""
    return fixed(who, "biz" + lang).choice(BUSINESSES[lang])


def business_lines(who: Issuer, lang: str, attn: bool = True) -> list[str]:
    name, street, town = business(who, lang)
    r = fixed(who, "contact" + lang)
    lines = [name]
    if attn and r.random() < 0.5:
        lines.append(
            tr(lang, "FAO ", "z. Hd. ", "A l'attention de ") + r.choice(FOLK[lang])
            if r.random() < 0.5
            else tr(lang, "Accounts Department", "Buchhaltung", "Service comptabilite")
        )
    return [*lines, street, town]


def register_no(who: Issuer, lang: str) -> str:
    """The business's number in the company register (HRA for a German KG or e.K.)."""
    r = fixed(who, "reg" + lang)
    if lang == "de":
        return ident(r, "HRB 99999" if "GmbH" in business(who, lang)[0] else "HRA 9999")
    return ident(r, "99999999" if lang == "en" else "999 999 999")


def boss(who: Issuer, lang: str) -> str:
    """The owner / managing director of the business."""
    r = fixed(who, "boss" + lang)
    return f"{r.choice(FIRST[lang].split())} {r.choice(LAST[lang].split())}"


def paper(s: Style, size: tuple[float, float], margin: float = 0, pt: float = 0) -> Style:
    """``s`` on another paper size (and margin or type size)."""
    return replace(s, page_size=size, margin=margin or s.margin, size=pt or s.size)


def amount(v: float, lang: str) -> str:
    return f"{money(v, lang)} {ccy(lang)}" if lang != "en" else f"\u00a3{money(v, lang)}"


# ---------------------------------------------------------------------------------------------
# Senders and their page furniture
# ---------------------------------------------------------------------------------------------


@dataclass
class Firm:
    """A sender as it prints: name, address, its letterhead and what its pages carry."""

    name: str
    lang: str
    street: str
    town: str
    phone: str
    mail: str
    top: str  # wordmark | band | split | centred | initials | typed
    again: bool  # letterhead on every page
    foot: list[str]
    numbers: str
    num_pos: str
    dates: str


TOPS = ["wordmark", "band", "split", "centred", "initials", "typed"]
NUMBERS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "Page {i}", "2:{i}", "{i} of {n}"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}"],
    "fr": ["none", "none", "{i}/{n}", "Page {i} sur {n}", "2:- {i} -"],
}


def foot_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    """Registration and bank lines a business prints at the foot of its pages."""
    city = town.split(maxsplit=1)[-1].replace(" Cedex", "")
    if lang == "de":
        return [
            f"{name} | Sitz {city} | Amtsgericht {city} HRB {r.randint(10000, 99999)} | "
            "Geschaeftsfuehrung: "
            + r.choice(["Dr. Henrik Vogt", "Martina Kuhlmann", "Stefan Ortmann", "Ute Hesse"]),
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank'])} {city} IBAN "
            f"DE{r.randint(10, 99)} {r.randint(2000, 4999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} | USt-IdNr. DE"
            f"{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        return [
            f"{name} - {r.choice(['SAS', 'SARL', 'SA'])} au capital de "
            f"{r.choice(['8 000', '50 000', '160 000', '2 500 000'])} EUR - RCS {city} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - N TVA FR"
            f"{r.randint(10, 99)} {r.randint(100000000, 999999999)}"
        ]
    out = [
        f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}. "
        "Registered office as above."
    ]
    if r.random() < 0.6:
        out.append(
            f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
            if r.random() < 0.6
            else "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" | ".join(out)] if r.random() < 0.5 else out


def firm(who: Issuer, trade: str, tops: list[str] | None = None) -> Firm:
    """The ``trade`` sender behind ``who``: one issuer always gets the same sender."""
    r = fixed(who, trade)
    name, lang, street, town, phone = r.choice(SENDERS[trade])
    stem = "".join(c for c in name.split(" - ")[0].lower() if c.isalnum())[:18]
    mail = (
        f"{r.choice(['info', 'accounts', 'service', 'office'])}@{stem}."
        + {
            "en": r.choice(["co.uk", "com"]),
            "de": "de",
            "fr": "fr",
        }[lang]
    )
    return Firm(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        mail=mail if r.random() < 0.7 else "",
        top=r.choice(tops or TOPS),
        again=r.random() < 0.3,
        foot=[] if trade in NO_FOOT or r.random() < 0.25 else foot_lines(r, name, lang, town),
        numbers=r.choice(NUMBERS[lang]),
        num_pos=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["long", "short", "short"] + (["iso", "long"] if lang == "en" else [])),
    )


def own_firm(who: Issuer, lang: str) -> Firm:
    """The business itself as the sender of its own internal papers."""
    r = fixed(who, "own" + lang)
    name, street, town = business(who, lang)
    return Firm(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone="",
        mail="",
        top=r.choice(["typed", "split", "wordmark"]),
        again=r.random() < 0.5,
        foot=[],
        numbers="none",
        num_pos="br",
        dates=r.choice(["short", "iso"] if lang == "en" else ["short"]),
    )


def on(o: Firm, d: date) -> str:
    return date_text(d, o.lang, o.dates)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("&", "").split()[:3] if w[0].isalpha()).upper()


def letterhead(p: Page, s: Style, o: Firm, top: str | None = None) -> float:
    """``o``'s letterhead in its own manner (or ``top``); returns the y where content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 10, 26.0)
    top = top or o.top
    where = ", ".join(t for t in (o.street, o.town) if t)
    tel = tr(o.lang, "Tel.", "Tel.", "Tel.") + " " + o.phone if o.phone else ""
    contact = [t for t in (where, tel, o.mail) if t]
    if top == "wordmark":
        size = shrink(o.name, s.bold, s.size + 7, w - 2 * m)
        p.text(m, y + 4, o.name, s.bold, size)
        p.line(m, y + 11, w - m, y + 11)
        p.text(w - m, y + 21, fit("  |  ".join(contact), s.font, 7, w - 2 * m), s.font, 7, "right")
        return y + 46
    if top == "band":
        p.rect(0, 0, w, y + 24, fill=0.84)
        size = shrink(o.name, s.bold, s.size + 5, w - 2 * m)
        p.text(m, y + 2, o.name, s.bold, size)
        p.text(m, y + 15, fit(" / ".join(contact), s.font, 7, w - 2 * m), s.font, 7)
        return y + 50
    if top == "split":
        size = shrink(o.name, s.bold, s.size + 3, w * 0.5 - m)
        p.text(m, y + 2, o.name, s.bold, size)
        yy = y - 4
        for t in (o.street, o.town, tel, o.mail):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w * 0.4), s.font, 7, "right")
                yy += 8.5
        return max(yy, y + 10) + 22
    if top == "centred":
        size = shrink(o.name.upper(), s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 2, o.name.upper(), s.bold, size, "center")
        p.text(w / 2, y + 13, fit(" - ".join(contact), s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(m, y + 18, w - m, y + 18)
        p.line(m, y + 20, w - m, y + 20)
        return y + 44
    if top == "initials":
        p.rect(m, y - 16, 32, 32)
        p.text(m + 16, y + 4, initials(o.name)[:3], s.bold, 11, "center")
        size = shrink(o.name, s.bold, s.size + 2, w - 2 * m - 42)
        p.text(m + 42, y - 3, o.name, s.bold, size)
        p.text(m + 42, y + 9, fit(" | ".join(contact), s.font, 7, w - 2 * m - 42), s.font, 7)
        return y + 40
    p.text(m, y, fit(o.name.upper(), "Courier-Bold", 9.5, w - 2 * m), "Courier-Bold", 9.5)
    p.text(m, y + 11, fit("  ".join(contact), "Courier", 7.5, w - 2 * m), "Courier", 7.5)
    return y + 32


def later_top(p: Page, s: Style, o: Firm, running: str) -> float:
    """The top of a later page: the letterhead again, a running line with a rule, or nothing."""
    if o.again:
        return letterhead(p, s, o)
    w, _ = p.size
    m = s.margin
    if running:
        p.text(m, m - 20, fit(running, s.font, 7.5, w - 2 * m), s.font, 7.5)
        p.line(m, m - 15, w - m, m - 15)
        return m + 4
    return m - 6


def foot_room(o: Firm) -> float:
    return 24.0 + 7.0 * len(o.foot)


def seal(
    pages: list[Page], s: Style, o: Firm, skip: int = 0, numbers: str | None = None
) -> list[Page]:
    """Footer lines on ``o``'s pages after ``skip`` cover pages, then page numbers."""
    for p in pages[skip:]:
        w, h = p.size
        y = h - 13 - 7.0 * (len(o.foot) - 1)
        for k, t in enumerate(o.foot):
            p.text(w / 2, y + 7.0 * k, fit(t, s.font, 5.6, w - 40), s.font, 5.6, "center")
    fmt = o.numbers if numbers is None else numbers
    number_pages(pages, s, fmt, o.num_pos, skip, top=18, bottom=22 + 7.0 * len(o.foot))
    return pages


class Leaves(Flow):
    """This part's spacing."""

    line = 1.36
    para_gap = 0.75
    head_lead = 0.7
    head_after = 1.55


def leaves(s: Style, o: Firm, running: str = "", headed: bool = True) -> Leaves:
    """Pages of ``o``: the letterhead on the first (if ``headed``), later tops after."""

    def start(p: Page, n: int) -> float:
        return letterhead(p, s, o) if n == 1 and headed else later_top(p, s, o, running)

    w, h = s.page_size
    return Leaves((w, h), h - s.margin - foot_room(o) + 24, start)


def to_whom(
    f: Leaves, s: Style, o: Firm, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """The addressee in the envelope window; references and the date in a block on the right."""
    w, _ = f.size
    m = s.margin
    y0 = f.y + 4
    below = window(f.page, s, o if o.top != "typed" else None, y0, lines)
    x = w * 0.58
    yy = y0 + 6
    for k, v in [*refs, (tr(o.lang, "Date", "Datum", "Date"), on(o, d))]:
        f.page.text(x, yy, k, s.font, s.size - 2)
        f.page.text(
            w - m, yy, fit(v, s.font, s.size - 1.5, w - m - x - 62), s.font, s.size - 1.5, "right"
        )
        yy += (s.size - 1.5) * 1.55
    f.y = max(below, yy) + 20


def heading(f: Leaves, s: Style, text: str, grow: float = 2.5, rule: bool = False) -> None:
    if not text:
        return
    w, _ = f.size
    size = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(size * 4)
    f.y += size * 0.5
    f.page.text(s.margin, f.y, text, s.bold, size)
    if rule:
        f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += size * 1.8


def write(f: Leaves, s: Style, text: str, indent: float = 0, pt: float | None = None) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def bullets(
    f: Leaves, s: Style, items: list[str], pt: float | None = None, mark: str = "-"
) -> None:
    """A list with a hanging mark."""
    w, _ = f.size
    pt = pt or s.size
    for it in items:
        lines = wrap(it, s.font, pt, w - 2 * s.margin - 16)
        for k, ln in enumerate(lines):
            f.need(pt * f.line)
            if k == 0:
                f.page.text(s.margin + 4, f.y, mark, s.font, pt)
            f.page.text(s.margin + 16, f.y, ln, s.font, pt)
            f.y += pt * f.line
        f.y += pt * 0.3
    f.y += pt * 0.5


def dear(f: Leaves, s: Style, lang: str, name: str = "") -> None:
    if lang == "de":
        text = f"Guten Tag {name}," if name else "Sehr geehrte Damen und Herren,"
    elif lang == "fr":
        text = "Madame, Monsieur,"
    else:
        text = f"Dear {name.split()[0]}," if name else "Dear Sirs,"
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, text, s.font, s.size)
    f.y += s.size * 2


def regards(
    f: Leaves, s: Style, lang: str, name: str, role: str, inked: bool = True, close: str = ""
) -> None:
    f.need(96)
    m = s.margin
    bye = close or tr(
        lang,
        "Yours faithfully",
        "Mit freundlichen Gruessen",
        "Nous vous prions d'agreer nos salutations distinguees.",
    )
    f.page.text(m, f.y, bye, s.font, s.size)
    f.y += 15
    if inked:
        scrawl(f.page, m + 6, f.y + 16, name)
        f.y += 28
    else:
        f.y += 10
    f.page.text(m, f.y, name, s.font, s.size)
    f.page.text(m, f.y + s.size * 1.35, role, s.font, s.size - 1)
    f.y += s.size * 3.2


def scrawl(p: Page, x: float, y: float, name: str, size: float = 15) -> None:
    """A signature: the surname in a script-like italic."""
    p.text(x, y, name.split()[-1], "Times-Italic", size)


def cells(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    items: list[tuple[str, str]],
    per_row: int = 2,
    hand: bool = True,
    h: float = 28,
) -> float:
    """Form cells with a small caption and an entry (handwritten if ``hand``); the y below."""
    cw = w / per_row
    font = "Helvetica-Oblique" if hand else s.font
    for k, (cap, val) in enumerate(items):
        cx = x + (k % per_row) * cw
        cy = y + (k // per_row) * h
        p.rect(cx, cy, cw, h)
        p.text(cx + 3, cy + 8, fit(cap, s.font, 6, cw - 6), s.font, 6)
        if val:
            p.text(cx + 6, cy + h - 7, fit(val, font, 9, cw - 12), font, 9)
    return y + ((len(items) + per_row - 1) // per_row) * h + 8


def fine_print(f: Leaves, s: Style, paras: list[str], cols: int = 2, pt: float = 6.8) -> None:
    """Dense numbered conditions in ``cols`` columns over as many pages as needed; a paragraph
    ``"Head|body"`` gets a bold head."""
    w, _ = f.size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    lines: list[tuple[str, bool]] = []
    for para in paras:
        head, _, body = para.partition("|")
        if body:
            lines.append((head, True))
        lines.extend((ln, False) for ln in wrap(body or head, s.font, pt, cw))
        lines.append(("", False))
    col = 0
    y = top = f.y
    for text, bold in lines:
        if y > f.bottom or (bold and y + pt * 2.6 > f.bottom):
            col += 1
            y = top
            if col >= cols:
                f.new_page()
                col = 0
                y = top = f.y
        if text:
            font = s.bold if bold else s.font
            f.page.text(m + col * (cw + gap), y, fit(text, font, pt, cw), font, pt)
        y += pt * 1.3
    f.y = (y if col == 0 else f.bottom) + 6


def stamp(p: Page, x: float, y: float, lines: list[str], pt: float = 8) -> None:
    """A rubber stamp: a frame with a few lines of bold capitals, ``x``/``y`` its top left."""
    wd = max(tw(t, "Helvetica-Bold", pt) for t in lines) + 14
    p.rect(x, y, wd, len(lines) * pt * 1.35 + 8)
    p.rect(x + 2, y + 2, wd - 4, len(lines) * pt * 1.35 + 4)
    for k, t in enumerate(lines):
        p.text(x + wd / 2, y + 4 + pt * 1.1 + k * pt * 1.35, t, "Helvetica-Bold", pt, "center")


def received(p: Page, rng: random.Random, lang: str, d: date, x: float, y: float) -> None:
    """The business's incoming-post stamp with the day it came in."""
    later = d + timedelta(days=rng.randint(1, 6))
    stamp(
        p,
        x,
        y,
        [
            tr(lang, "RECEIVED", "EINGANG", "RECU LE"),
            date_text(later, lang, "short"),
            *([rng.choice(["Acc.", "Buchh.", "Compta", "MD"])] if rng.random() < 0.5 else []),
        ],
        7.5,
    )


def photo(p: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    """A photograph as a copier renders it: grey areas, darker shapes, a few edges."""
    p.rect(x, y, w, h, fill=rng.uniform(0.5, 0.78))
    horizon = y + h * rng.uniform(0.35, 0.7)
    p.rect(x, horizon, w, y + h - horizon, fill=rng.uniform(0.3, 0.6))
    for _ in range(rng.randint(2, 6)):
        rw = rng.uniform(0.1, 0.5) * w
        rh = rng.uniform(0.08, 0.45) * h
        p.rect(
            x + rng.uniform(0, w - rw),
            y + rng.uniform(0, h - rh),
            rw,
            rh,
            fill=rng.uniform(0.12, 0.92),
        )
    for _ in range(rng.randint(1, 5)):
        p.line(
            x + rng.uniform(0, w),
            y + rng.uniform(0, h),
            x + rng.uniform(0, w),
            y + rng.uniform(0, h),
        )
    p.rect(x, y, w, h)


def cut_line(p: Page, y: float, x0: float, x1: float, label: str = "") -> None:
    """A dashed cut line across the page with an optional label."""
    x = x0
    while x < x1:
        p.line(x, y, min(x + 6, x1), y)
        x += 10
    if label:
        p.text(x0, y - 4, label, "Helvetica", 6)


# ---------------------------------------------------------------------------------------------
# Templates O: goods going out and coming in
# ---------------------------------------------------------------------------------------------

#: Trading partners abroad: name, street, town, country code.
PARTNERS = [
    ("Van Dijk Bouwmaterialen BV", "Celsiusweg 12", "5928 PR Venlo", "NL"),
    ("Rossi Arredamenti Srl", "Via dell'Industria 40", "37135 Verona", "IT"),
    ("Kowalski Meble Sp. z o.o.", "ul. Gorecka 88", "61-483 Poznan", "PL"),
    ("Dupont Emballages SA", "12 rue du Molinel", "59000 Lille", "FR"),
    ("Murphy Hardware Wholesale Ltd", "Unit 5, Ballymount Road", "Dublin 12", "IE"),
    ("Brauer Handels GmbH", "Industriezeile 36", "4020 Linz", "AT"),
    ("Distribuciones Garcia SL", "Carrer de la Indústria 210", "08225 Terrassa", "ES"),
    ("Nordkaffe Import AB", "Hamngatan 4", "211 22 Malmo", "SE"),
    ("Peeters Bakkerijgroothandel NV", "Noorderlaan 133", "2030 Antwerpen", "BE"),
]
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR"}
GOODS = {
    "en": [
        ("Hardwood door frames, part assembled", "4418", 22, 48),
        ("Roasted coffee beans in 1 kg bags", "0901", 8, 40),
        ("Printed folding cartons, flat packed", "4819", 18, 60),
        ("Bicycle frames, aluminium, boxed", "8714", 10, 30),
        ("Frozen part-baked bread rolls", "1905", 20, 66),
        ("Oak worktops 3000 x 620 mm", "4421", 6, 24),
        ("Catering equipment spare parts", "8419", 2, 12),
    ],
    "de": [
        ("Kaffee, geroestet, in Beuteln zu 500 g", "0901", 8, 40),
        ("Holzfenster, verglast", "4418", 12, 36),
        ("Drehteile aus Edelstahl", "8483", 4, 18),
        ("Druckerzeugnisse, Prospekte palettiert", "4911", 10, 40),
        ("Moebelteile, Eiche massiv", "9403", 14, 44),
        ("Messinstrumente, verpackt", "9031", 2, 8),
    ],
    "fr": [
        ("Cafe torrefie en grains, sacs de 1 kg", "0901", 8, 40),
        ("Menuiseries bois (fenetres)", "4418", 12, 36),
        ("Viennoiseries surgelees", "1905", 20, 66),
        ("Escaliers bois en kit", "4418", 4, 14),
        ("Emballages carton imprimes", "4819", 18, 60),
    ],
}
PACKING = {
    "en": ["pallets", "cartons", "crates", "bags", "rolls"],
    "de": ["Paletten", "Kartons", "Kisten", "Saecke", "Gitterboxen"],
    "fr": ["palettes", "cartons", "caisses", "sacs", "colis"],
}


def cmr_cell(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    no: str,
    caption: str,
    lines: list[str],
    font: str = "Helvetica",
    pt: float = 8.5,
) -> None:
    """A numbered box of the CMR form with its trilingual caption and the entry."""
    p.rect(x, y, w, h)
    p.text(x + 3, y + 8, no, "Helvetica-Bold", 8)
    p.text(x + 14, y + 7, fit(caption, "Helvetica", 5.2, w - 18), "Helvetica", 5.2)
    yy = y + 8 + pt * 1.35
    for ln in lines:
        if yy > y + h - 3:
            break
        p.text(x + 14, yy, fit(ln, font, pt, w - 20), font, pt)
        yy += pt * 1.25


def tpl_cmr_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A CMR international consignment note on the printed trilingual form (German / English /
    French captions), numbered boxes 1-24 typed in by the shipper, the carrier's details,
    reservations, signatures and the consignee's stamp; for some a loading list as a second
    page. A haulier's notes for several loads come together."""
    o = firm(who, "haulier", ["typed", "split"])
    lg = o.lang
    w, h = A4
    m = 28
    biz = business(who, lg)
    partner = rng.choice(PARTNERS)
    export = rng.random() < 0.6
    ours = [biz[0], biz[1], biz[2] + " / " + COUNTRY[lg]]
    theirs = [partner[0], partner[1], partner[2] + " / " + partner[3]]
    shipper, consignee = (ours, theirs) if export else (theirs, ours)
    d = someday(rng)
    no = ident(rng, rng.choice(["9999999", "A 999999", "99 99999"]))
    typed = rng.choice(["Courier", "Helvetica", "Courier"])
    hand = "Helvetica-Oblique"
    p = Page(A4)
    half = (w - 2 * m) / 2
    # Row 1: sender and the form's title.
    cmr_cell(
        p,
        m,
        28,
        half,
        74,
        "1",
        "Absender (Name, Anschrift, Land) / Sender (name, address, country) / Expediteur",
        shipper,
        typed,
    )
    p.rect(m + half, 28, half, 74)
    p.text(m + half + 8, 40, "INTERNATIONALER FRACHTBRIEF", "Helvetica-Bold", 7)
    p.text(m + half + 8, 49, "INTERNATIONAL CONSIGNMENT NOTE", "Helvetica-Bold", 7)
    p.text(m + half + 8, 58, "LETTRE DE VOITURE INTERNATIONALE", "Helvetica-Bold", 7)
    p.text(w - m - 10, 54, "CMR", "Helvetica-Bold", 22, "right")
    p.text(w - m - 10, 68, f"Nr. {no}", "Courier-Bold", 10, "right")
    for k, t in enumerate(
        wrap(
            "Diese Befoerderung unterliegt trotz einer gegenteiligen Abmachung den Bestimmungen "
            "des Uebereinkommens ueber den Befoerderungsvertrag im internationalen "
            "Strassengueterverkehr (CMR). This carriage is subject, notwithstanding any clause "
            "to the contrary, to the Convention on the Contract for the International Carriage "
            "of Goods by Road (CMR).",
            "Helvetica",
            4.6,
            half - 16,
        )[:5]
    ):
        p.text(m + half + 8, 77 + k * 5.4, t, "Helvetica", 4.6)
    copy = rng.choice(
        [
            ("1", "Exemplar fuer den Absender / Copy for sender / Exemplaire de l'expediteur"),
            ("2", "Exemplar fuer den Empfaenger / Copy for consignee / Exemplaire du destinataire"),
            (
                "3",
                "Exemplar fuer den Frachtfuehrer / Copy for carrier / Exemplaire du transporteur",
            ),
        ]
    )
    p.rect(w - m - 14, 14, 14, 12, fill=0.8)
    p.text(w - m - 7, 23, copy[0], "Helvetica-Bold", 8, "center")
    p.text(w - m - 18, 23, copy[1], "Helvetica", 5.5, "right")
    # Rows 2-5.
    truck = ident(rng, rng.choice(["AA99 AAA", "BI-AA 999", "AA-999-AA", "PA-A 9999"]))
    trailer = ident(rng, rng.choice(["A999999", "BI-AA 99", "AA-999-AA"]))
    cmr_cell(
        p,
        m,
        102,
        half,
        70,
        "2",
        "Empfaenger (Name, Anschrift, Land) / Consignee (name, address, country) / Destinataire",
        consignee,
        typed,
    )
    cmr_cell(
        p,
        m + half,
        102,
        half,
        70,
        "16",
        "Frachtfuehrer (Name, Anschrift, Land) / Carrier / Transporteur",
        [o.name, o.street, o.town, f"{truck} / {trailer}"],
        typed,
    )
    cmr_cell(
        p,
        m,
        172,
        half,
        40,
        "3",
        "Auslieferungsort des Gutes / Place of delivery of the goods / Lieu de livraison",
        [consignee[2]],
        typed,
    )
    successive = rng.choice(["", "", "", "siehe Anlage", rng.choice(SENDERS["haulier"])[0]])
    cmr_cell(
        p,
        m + half,
        172,
        half,
        40,
        "17",
        "Nachfolgende Frachtfuehrer / Successive carriers / Transporteurs successifs",
        [successive] if successive else [],
        typed,
    )
    cmr_cell(
        p,
        m,
        212,
        half,
        40,
        "4",
        "Ort und Tag der Uebernahme des Gutes / Place and date of taking over the goods",
        [f"{shipper[2]}   {date_text(d, lg, 'short')}"],
        typed,
    )
    reservations = rng.choice(
        [
            [],
            [],
            ["1 Palette Folie beschaedigt"],
            ["Ohne Pruefung der Stueckzahl", "said to contain"],
            ["Carton 4/12 crushed, noted at loading"],
        ]
    )
    cmr_cell(
        p,
        m + half,
        212,
        half,
        80,
        "18",
        "Vorbehalte und Bemerkungen der Frachtfuehrer / Carrier's reservations and observations",
        reservations,
        hand,
        9,
    )
    inv_no = ident(rng, rng.choice(["RE-2024-9999", "INV99999", "F999999"]))
    cmr_cell(
        p,
        m,
        252,
        half,
        40,
        "5",
        "Beigefuegte Dokumente / Documents attached / Documents annexes",
        [f"Rechnung / Invoice {inv_no}", "Lieferschein, Packliste" if rng.random() < 0.5 else ""],
        typed,
    )
    # The goods.
    gy = 292
    gh = 176
    p.rect(m, gy, w - 2 * m, gh)
    heads = [
        ("6", "Kennzeichen u. Nummern / Marks and Nos", 1.3),
        ("7", "Anzahl der Packstuecke / Number of packages", 0.9),
        ("8", "Art der Verpackung / Method of packing", 1.0),
        ("9", "Bezeichnung des Gutes / Nature of the goods", 2.4),
        ("10", "Statistiknr. / Stat. no.", 0.8),
        ("11", "Bruttogewicht kg / Gross weight", 0.9),
        ("12", "Umfang m3 / Volume", 0.7),
    ]
    total_w = sum(x for _, _, x in heads)
    xs = [m]
    for _, _, x in heads:
        xs.append(xs[-1] + (w - 2 * m) * x / total_w)
    for k, (no_, cap, _) in enumerate(heads):
        if k:
            p.line(xs[k], gy, xs[k], gy + gh)
        p.text(xs[k] + 3, gy + 8, no_, "Helvetica-Bold", 7)
        for j, ln in enumerate(wrap(cap, "Helvetica", 4.8, xs[k + 1] - xs[k] - 16)[:3]):
            p.text(xs[k] + 14, gy + 7 + j * 5.5, ln, "Helvetica", 4.8)
    p.line(m, gy + 26, w - m, gy + 26)
    yy = gy + 40
    tot_kg = 0
    tot_pk = 0
    for _ in range(rng.randint(1, 4)):
        name, hs, lo, hi = rng.choice(GOODS[lg])
        n = rng.randint(lo // 2 + 1, hi)
        kg = n * rng.randint(18, 420)
        tot_kg += kg
        tot_pk += n
        row = [
            ident(rng, "AA 999-999") if rng.random() < 0.6 else "o. Zeichen",
            str(n),
            rng.choice(PACKING[lg]),
            name,
            hs + ident(rng, "99 99"),
            f"{kg:,}".replace(",", "."),
            f"{rng.uniform(0.4, 14):.1f}",
        ]
        for k, t in enumerate(row):
            lines = wrap(t, typed, 8, xs[k + 1] - xs[k] - 6) if k == 3 else [t]
            for j, ln in enumerate(lines[:2]):
                p.text(xs[k] + 4, yy + j * 9.5, fit(ln, typed, 8, xs[k + 1] - xs[k] - 6), typed, 8)
        yy += 24
    p.line(m, gy + gh - 18, w - m, gy + gh - 18)
    p.text(xs[1] + 4, gy + gh - 6, str(tot_pk), typed, 8)
    p.text(xs[5] + 4, gy + gh - 6, f"{tot_kg:,}".replace(",", "."), typed, 8)
    p.text(xs[3] + 4, gy + gh - 6, "Summe / Total", "Helvetica", 6)
    # Instructions, agreements, charges.
    y2 = gy + gh
    cmr_cell(
        p,
        m,
        y2,
        half,
        62,
        "13",
        "Anweisungen des Absenders / Sender's instructions / Instructions de l'expediteur",
        rng.choice(
            [
                ["Anlieferung nur nach Avis", f"Tel. {ident(rng, '0999 999999')}"],
                ["Delivery 07:00-14:00 Mon-Fri only"],
                ["Nicht stapelbar / do not stack"],
                [],
            ]
        ),
        typed,
    )
    cmr_cell(
        p,
        m + half,
        y2,
        half,
        62,
        "19",
        "Besondere Vereinbarungen / Special agreements / Conventions particulieres",
        rng.choice([["Palettentausch Zug um Zug"], ["Fixtermin " + date_text(d, lg, "short")], []]),
        typed,
    )
    cmr_cell(
        p, m, y2 + 62, half, 46, "14", "Rueckerstattung / Cash on delivery / Remboursement", []
    )
    p.rect(m + half, y2 + 62, half, 82)
    p.text(m + half + 3, y2 + 70, "20", "Helvetica-Bold", 8)
    p.text(m + half + 14, y2 + 69, "Zu zahlen vom / To be paid by / A payer par", "Helvetica", 5.2)
    cx = [m + half + 14, m + half + half * 0.5, m + half + half * 0.7, m + half + half * 0.86]
    for k, t in enumerate(["", "Absender / Sender", "Waehrung", "Empfaenger"]):
        p.text(cx[k], y2 + 80, t, "Helvetica", 5)
    for j, t in enumerate(["Fracht / Carriage", "Ermaessigungen", "Zuschlaege", "Gesamt / Total"]):
        p.text(cx[0], y2 + 92 + j * 12, t, "Helvetica", 6)
        p.line(cx[0], y2 + 95 + j * 12, w - m - 4, y2 + 95 + j * 12)
    paid_by = 1 if export else 3
    p.text(cx[paid_by], y2 + 92, "x", hand, 9)
    p.text(cx[paid_by], y2 + 128, "x", hand, 9)
    cmr_cell(
        p,
        m,
        y2 + 108,
        half,
        36,
        "15",
        "Frachtzahlungsanweisungen / Instructions as to payment for carriage",
        [],
    )
    box(p, m + 16, y2 + 136, export, 7)
    p.text(m + 27, y2 + 136, "frei / carriage paid", "Helvetica", 6.5)
    box(p, m + 110, y2 + 136, not export, 7)
    p.text(m + 121, y2 + 136, "unfrei / carriage forward", "Helvetica", 6.5)
    y3 = y2 + 144
    cmr_cell(
        p,
        m,
        y3,
        w - 2 * m,
        24,
        "21",
        "Ausgefertigt in / Established in / Etablie a",
        [f"{shipper[2].split(' / ')[0]}   am / on  {date_text(d, lg, 'short')}"],
        typed,
        8,
    )
    third = (w - 2 * m) / 3
    y4 = y3 + 24
    sh = min(120.0, h - 40 - y4)
    for k, cap in enumerate(
        [
            "Unterschrift und Stempel des Absenders / Signature and stamp of the sender",
            "Unterschrift und Stempel des Frachtfuehrers / Signature and stamp of the carrier",
            "Gut empfangen / Goods received   Ort / Place ........ am / on ........",
        ]
    ):
        x = m + k * third
        p.rect(x, y4, third, sh)
        p.text(x + 3, y4 + 8, str(22 + k), "Helvetica-Bold", 8)
        for j, ln in enumerate(wrap(cap, "Helvetica", 5.2, third - 18)[:3]):
            p.text(x + 14, y4 + 7 + j * 6, ln, "Helvetica", 5.2)
    scrawl(p, m + 20, y4 + 60, rng.choice(FOLK[lg]), 13)
    p.text(m + 10, y4 + 80, fit(shipper[0], "Helvetica-Bold", 7, third - 20), "Helvetica-Bold", 7)
    driver = rng.choice(FOLK["de"] + FOLK["en"] + ["Andrzej Wojcik", "Marius Popescu"])
    scrawl(p, m + third + 20, y4 + 60, driver, 13)
    if rng.random() < 0.75:
        stamp(
            p,
            m + 2 * third + 12,
            y4 + 26,
            [consignee[0].upper()[:26], consignee[2].split(" / ")[0][:26]],
            6.5,
        )
        p.text(
            m + 2 * third + 12,
            y4 + 78,
            date_text(d + timedelta(days=rng.randint(1, 4)), lg, "short"),
            hand,
            10,
        )
        scrawl(p, m + 2 * third + 70, y4 + 96, rng.choice(FOLK[lg]), 12)
    pages = [p]
    if rng.random() < 0.25:
        # A loading list printed by the shipper as an annex to the note.
        t = paper(who.style, A4, 50, 9)
        q = Page(A4)
        q.text(50, 60, f"Ladeliste / Loading list - Anlage zu CMR Nr. {no}", t.bold, 12)
        q.text(50, 76, fit(f"{shipper[0]} -> {consignee[0]}", t.font, 9, w - 100), t.font, 9)
        f = Leaves(A4, h - 60, lambda pg, n: 90 if n == 1 else 50)
        f.pages = [q]
        f.page = q
        f.y = 100
        rows = []
        for k in range(rng.randint(8, 34)):
            name, _, _, _ = rng.choice(GOODS[lg])
            rows.append(
                [
                    str(k + 1),
                    ident(rng, "99999999"),
                    name,
                    str(rng.randint(1, 60)),
                    str(rng.randint(80, 780)),
                ]
            )
        table(
            f,
            columns(
                50, w - 50, [(0.5, "left"), (1.4, "left"), (4, "left"), (1, "right"), (1, "right")]
            ),
            ["Pos.", "SSCC / Art.", "Bezeichnung / Description", "Colli", "kg"],
            rows,
            t,
            rules=True,
        )
        pages = [p, *f.pages]
    return pages


PALLETS = {
    "en": ["EUR/EPAL pallet 1200x800", "UK standard pallet 1200x1000", "Euro box pallet", "CHEP"],
    "de": ["EUR-Flachpalette 1200x800", "Gitterbox-Palette", "Industriepalette 1200x1000", "H1"],
    "fr": ["Palette EUR/EPAL 1200x800", "Caisse-palette", "Palette 1200x1000", "Palette perdue"],
}


def tpl_pallet_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A pallet exchange voucher the driver leaves at a loading or unloading point: pallets
    taken over, given back and the balance, vehicle, order number, both signatures; an A6 or
    A5 slip, often several in a row from one haulier."""
    o = firm(who, "haulier")
    lg = o.lang
    size = rng.choice([landscape(A6), landscape(A5), A5, landscape(A6)])
    w, h = size
    m = 18 if w < 450 else 28
    s = paper(who.style, size, m, 8)
    p = Page(size)
    p.text(m, m + 2, fit(o.name, s.bold, 9, w * 0.55), s.bold, 9)
    p.text(m, m + 11, fit(f"{o.street}, {o.town}", s.font, 6, w * 0.55), s.font, 6)
    ttl = tr(lg, "PALLET EXCHANGE NOTE", "PALETTENSCHEIN", "BON D'ECHANGE PALETTES")
    p.text(w - m, m + 2, ttl, s.bold, 9 if w < 450 else 11, "right")
    p.text(w - m, m + 14, "No " + ident(rng, "999999"), "Courier-Bold", 9, "right")
    biz = business(who, lg)
    d = someday(rng)
    y = cells(
        p,
        s,
        m,
        m + 22,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
            (
                tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"),
                ident(rng, {"en": "AA99 AAA", "de": "AA-AA 999", "fr": "AA-999-AA"}[lg]),
            ),
            (tr(lg, "Loading / unloading point", "Lade-/Entladestelle", "Lieu"), biz[0]),
            (
                tr(lg, "Order / CMR no.", "Auftrag / CMR-Nr.", "Commande / CMR"),
                ident(rng, "9999999"),
            ),
        ],
        2,
        h=24 if h < 320 else 28,
    )
    cols = columns(m, w - m, [(3, "left"), (1.2, "center"), (1.2, "center"), (1, "center")])
    heads = [
        tr(lg, "Carrier", "Ladungstraeger", "Support"),
        tr(lg, "Taken over", "Uebernommen", "Recus"),
        tr(lg, "Returned", "Zurueck", "Rendus"),
        tr(lg, "Balance", "Saldo", "Solde"),
    ]
    pt = 7 if h < 320 else 8
    p.rect(m, y - pt - 2, w - 2 * m, pt + 6, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0] if c[2] == "left" else (c[0] + c[1]) / 2, y, t, s.bold, pt, c[2])
    y += pt * 1.9
    for k, kind in enumerate(PALLETS[lg]):
        if y > h - 60:
            break
        p.line(m, y + 3, w - m, y + 3)
        p.text(cols[0][0], y, fit(kind, s.font, pt, cols[0][1] - cols[0][0]), s.font, pt)
        if k == 0 or rng.random() < 0.3:
            got = rng.randint(0, 33)
            back = max(0, got - rng.choice([0, 0, 0, 2, 4, got]))
            for c, v in zip(cols[1:], [got, back, got - back], strict=True):
                p.text((c[0] + c[1]) / 2, y, str(v), "Helvetica-Oblique", pt + 2, "center")
        y += pt * 2
    y = max(y + 6, h - 44)
    half = (w - 2 * m) / 2
    p.line(m, y + 16, m + half - 12, y + 16)
    p.line(m + half + 12, y + 16, w - m, y + 16)
    scrawl(p, m + 10, y + 12, rng.choice(FOLK[lg] + ["Marius Popescu"]), 11)
    scrawl(p, m + half + 24, y + 12, rng.choice(FOLK[lg]), 11)
    p.text(m, y + 24, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6)
    p.text(
        m + half + 12,
        y + 24,
        tr(lg, "Customer signature / stamp", "Unterschrift / Stempel Kunde", "Client"),
        s.font,
        6,
    )
    if rng.random() < 0.5:
        p.text(
            w / 2,
            h - 8,
            tr(
                lg,
                "White: customer - Yellow: driver - Pink: office",
                "Original: Kunde - Durchschlag: Fahrer",
                "Original client - Copie transporteur",
            ),
            s.font,
            5.5,
            "center",
        )
    return [p]


def origin_form(
    rng: random.Random,
    s: Style,
    lg: str,
    chamber: Firm,
    shipper: list[str],
    consignee: list[str],
    goods: list[tuple[str, int, str]],
    serial: str,
    d: date,
    application: bool,
) -> Page:
    """The certificate of origin form (or the application for it)."""
    w, h = A4
    m = 36
    p = Page(A4)
    half = (w - 2 * m) / 2
    cap = {
        1: tr(lg, "1 Consignor", "1 Absender", "1 Expediteur"),
        2: tr(lg, "2 Consignee", "2 Empfaenger", "2 Destinataire"),
        3: tr(lg, "3 Country of origin", "3 Ursprungsland", "3 Pays d'origine"),
        4: tr(
            lg,
            "4 Transport details (optional)",
            "4 Angaben ueber die Befoerderung (Ausfuellung freigestellt)",
            "4 Informations relatives au transport (mention facultative)",
        ),
        5: tr(lg, "5 Remarks", "5 Bemerkungen", "5 Remarques"),
        6: tr(
            lg,
            "6 Item number; marks, numbers, number and kind of packages; description of goods",
            "6 Laufende Nummer; Zeichen, Nummern, Anzahl und Art der Packstuecke; Warenbezeichnung",
            "6 No d'ordre; marques, numeros, nombre et nature des colis; designation des "
            "marchandises",
        ),
        7: tr(lg, "7 Quantity", "7 Menge", "7 Quantite"),
    }
    font = "Courier"
    for k, (x, y, bw, bh, lines) in {
        1: (m, 40, half, 86, shipper),
        2: (m, 126, half, 86, consignee),
        4: (m, 212, half, 60, ["By road / LKW" if rng.random() < 0.6 else "Sea freight"]),
        5: (m + half, 212, half, 60, rng.choice([[], ["Invoice " + ident(rng, "99999")]])),
    }.items():
        p.rect(x, y, bw, bh)
        p.text(x + 4, y + 9, fit(cap[k], s.font, 6.5, bw - 8), s.font, 6.5)
        for j, ln in enumerate(lines):
            p.text(x + 10, y + 24 + j * 11, fit(ln, font, 9, bw - 16), font, 9)
    p.rect(m + half, 40, half, 86)
    p.text(m + half + 8, 54, f"No {serial}", "Courier-Bold", 10)
    p.text(
        w - m - 8,
        54,
        "APPLICATION" if application else tr(lg, "ORIGINAL", "ORIGINAL", "ORIGINAL"),
        s.bold,
        9,
        "right",
    )
    if lg != "en":
        p.text(
            m + half + 8,
            76,
            tr(lg, "", "EUROPAEISCHE GEMEINSCHAFT", "COMMUNAUTE EUROPEENNE"),
            s.bold,
            10,
        )
    ttl = tr(lg, "CERTIFICATE OF ORIGIN", "URSPRUNGSZEUGNIS", "CERTIFICAT D'ORIGINE")
    if application:
        ttl = tr(lg, "APPLICATION FOR A", "ANTRAG AUF", "DEMANDE DE") + " " + ttl
    p.text(m + half + 8, 96, fit(ttl, s.bold, 12, half - 16), s.bold, 12)
    p.rect(m + half, 126, half, 86)
    p.text(m + half + 4, 135, cap[3], s.font, 6.5)
    origin = tr(
        lg, "UNITED KINGDOM", "EUROPAEISCHE UNION / DEUTSCHLAND", "UNION EUROPEENNE / FRANCE"
    )
    p.text(m + half + half / 2, 175, fit(origin, s.bold, 11, half - 10), s.bold, 11, "center")
    gy = 272
    gh = 318
    qx = w - m - 100
    p.rect(m, gy, w - 2 * m, gh)
    p.line(qx, gy, qx, gy + gh)
    for j, ln in enumerate(wrap(cap[6], s.font, 6.5, qx - m - 8)[:2]):
        p.text(m + 4, gy + 9 + j * 8, ln, s.font, 6.5)
    p.text(qx + 4, gy + 9, cap[7], s.font, 6.5)
    yy = gy + 36
    for k, (name, n, pack) in enumerate(goods, 1):
        lines = wrap(f"{k}  {n} {pack} {name}", font, 9, qx - m - 20)
        for ln in lines:
            p.text(m + 10, yy, ln, font, 9)
            yy += 11
        p.text(
            qx + 8,
            yy - 11,
            f"{n * rng.randint(20, 300):,} kg".replace(",", "."),
            font,
            9,
        )
        yy += 6
    p.text(m + 10, yy + 4, "*" * 60, font, 9)
    by = gy + gh
    p.rect(m, by, w - 2 * m, h - 40 - by)
    if application:
        decl = tr(
            lg,
            "The undersigned, exporter of the goods described above, declares that these goods "
            "originate in the country shown in box 3 and requests the issue of a certificate of "
            "origin.",
            "Der Unterzeichner, Ausfuehrer der oben bezeichneten Waren, erklaert, dass diese "
            "Waren ihren Ursprung in dem in Feld 3 genannten Land haben, und beantragt die "
            "Ausstellung eines Ursprungszeugnisses.",
            "Le soussigne, exportateur des marchandises designees ci-dessus, declare que ces "
            "marchandises sont originaires du pays figurant dans la case 3 et demande la "
            "delivrance d'un certificat d'origine.",
        )
    else:
        decl = tr(
            lg,
            "8 The undersigned authority certifies that the goods described above originate in "
            "the country shown in box 3.",
            "8 Die unterzeichnende zustaendige Stelle bescheinigt, dass die oben bezeichneten "
            "Waren ihren Ursprung in dem in Feld 3 angegebenen Land haben.",
            "8 L'autorite soussignee certifie que les marchandises designees ci-dessus sont "
            "originaires du pays figurant dans la case 3.",
        )
    yy = by + 14
    for ln in wrap(decl, s.font, 7.5, w - 2 * m - 12):
        p.text(m + 6, yy, ln, s.font, 7.5)
        yy += 9.5
    place = (shipper if application else [chamber.town])[-1].split(" / ")[0]
    p.text(m + 6, yy + 18, f"{place}, {date_text(d, lg, 'short')}", "Courier", 9)
    if application:
        scrawl(p, m + 200, yy + 40, rng.choice(FOLK[lg]), 14)
        p.text(m + 200, yy + 52, shipper[0], s.font, 7)
    else:
        stamp(p, m + 210, yy + 6, [chamber.name.split(" - ")[0][:40].upper(), chamber.town], 6.5)
        scrawl(p, m + 250, yy + 60, rng.choice(FOLK[lg]), 14)
    return p


def tpl_origin_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A certificate of origin certified by a chamber of commerce for an export shipment:
    for some the chamber's covering letter with the fee, then the certificate, the exporter's
    application copy and a copy of the commercial invoice that went with it; one to four
    pages."""
    o = firm(who, "chamber", ["centred", "split", "wordmark", "band"])
    lg = o.lang
    s = who.style
    w = A4[0]
    biz = business(who, lg)
    sh = fixed(who, "shipment")
    partner = sh.choice(PARTNERS)
    shipper = [biz[0], biz[1], biz[2] + " / " + COUNTRY[lg]]
    consignee = [partner[0], partner[1], partner[2] + " / " + partner[3]]
    d = someday(rng)
    serial = ident(rng, {"en": "A9999999", "de": "DE 9999999", "fr": "FR 999999 A"}[lg])
    goods = [
        (g[0], rng.randint(1, 30), rng.choice(PACKING[lg]))
        for g in rng.sample(GOODS[lg], rng.randint(1, 3))
    ]
    pages: list[Page] = []
    if rng.random() < 0.45:
        t = paper(s, A4)
        f = leaves(t, o)
        to_whom(
            f,
            t,
            o,
            business_lines(who, lg),
            d,
            [(tr(lg, "Certificate", "Ursprungszeugnis", "Certificat"), serial)],
        )
        heading(
            f,
            t,
            tr(
                lg,
                "Certificate of origin",
                "Ihr Antrag auf ein Ursprungszeugnis",
                "Certificat d'origine",
            ),
        )
        dear(f, t, lg)
        write(
            f,
            t,
            tr(
                lg,
                f"Please find enclosed the certified certificate of origin no. {serial} for "
                f"your shipment to {partner[0]}, together with your application copy.",
                f"anbei erhalten Sie das beglaubigte Ursprungszeugnis Nr. {serial} fuer Ihre "
                f"Sendung an {partner[0]} sowie die Durchschrift Ihres Antrags.",
                f"Veuillez trouver ci-joint le certificat d'origine vise no {serial} pour votre "
                f"expedition a destination de {partner[0]}.",
            ),
        )
        fee = rng.choice([25, 30, 35, 42.5])
        write(
            f,
            t,
            tr(
                lg,
                f"The fee of {amount(fee, lg)} plus VAT will be charged to your member account.",
                f"Das Entgelt von {amount(fee, lg)} wird von Ihrem Konto eingezogen.",
                f"Les frais de {amount(fee, lg)} HT seront preleves sur votre compte.",
            ),
        )
        write(f, t, talks(rng, lg, "freight", 1, 2))
        regards(
            f,
            t,
            lg,
            rng.choice(FOLK[lg]),
            tr(lg, "Export Documentation", "Aussenwirtschaft", "Formalites internationales"),
            rng.random() < 0.4,
        )
        pages += seal(f.pages, t, o, numbers="none")
    pages.append(origin_form(rng, s, lg, o, shipper, consignee, goods, serial, d, False))
    if rng.random() < 0.5:
        pages.append(origin_form(rng, s, lg, o, shipper, consignee, goods, serial, d, True))
    if rng.random() < 0.35:
        t = paper(s, A4, 50, 9)
        me = own_firm(who, lg)
        f = leaves(t, me)
        heading(f, t, tr(lg, "COMMERCIAL INVOICE", "HANDELSRECHNUNG", "FACTURE COMMERCIALE"), 4)
        f.y = (
            pairs(
                f.page,
                t,
                t.margin,
                f.y,
                [
                    (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture no"), ident(rng, "99999")),
                    (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
                    (tr(lg, "Buyer", "Kaeufer", "Acheteur"), partner[0]),
                    ("Incoterms", rng.choice(["EXW", "FCA", "DAP", "DDP"]) + " " + partner[2]),
                ],
                w / 2,
            )
            + 10
        )
        rows = []
        tot = 0.0
        for name, n, pack in goods:
            price = round(rng.uniform(40, 900), 2)
            tot += n * price
            rows.append([name, f"{n} {pack}", money(price, lg), money(n * price, lg)])
        table(
            f,
            columns(
                t.margin, w - t.margin, [(4, "left"), (1.4, "right"), (1, "right"), (1.2, "right")]
            ),
            [
                tr(lg, "Description", "Bezeichnung", "Designation"),
                tr(lg, "Qty", "Menge", "Qte"),
                tr(lg, "Unit price", "Preis", "PU"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            t,
        )
        f.y = pairs(
            f.page,
            t,
            w / 2,
            f.y + 10,
            [(tr(lg, "Total", "Gesamt", "Total"), amount(tot, lg))],
            w - t.margin,
        )
        write(
            f,
            t,
            tr(
                lg,
                "We hereby certify that this invoice is true and correct and that the goods are "
                "of UK origin.",
                "Wir erklaeren, dass die Waren Ursprungswaren der Europaeischen Union sind.",
                "Nous certifions que les marchandises sont d'origine de l'Union europeenne.",
            ),
            pt=t.size - 1,
        )
        stamp(f.page, w - 200, 60, [tr(lg, "COPY", "KOPIE", "COPIE")], 12)
        pages += f.pages
    return pages


# ---------------------------------------------------------------------------------------------
# Templates O: payroll
# ---------------------------------------------------------------------------------------------


def staff(who: Issuer, lang: str) -> list[tuple[str, str]]:
    """The business's employees (number and name), the same for every payroll paper."""
    r = fixed(who, "staff" + lang)
    n = r.choice([4, 7, 9, 12, 16, 23, 31, 44])
    names = sorted(
        {f"{r.choice(LAST[lang].split())}, {r.choice(FIRST[lang].split())}" for _ in range(n)}
    )
    start = r.choice([1, 100, 1001, 20])
    return [(str(start + k), nm) for k, nm in enumerate(names)]


def report_pages(
    s: Style,
    o: Firm,
    title: str,
    sub: str,
    printed: str,
    rows: list[list[str]],
    head: list[str],
    spec: list[tuple[float, str]],
    numbers: str,
) -> list[Page]:
    """A payroll software report: its own header on every page, a table and its own page
    count."""
    w, h = s.page_size
    m = s.margin

    def start(p: Page, n: int) -> float:
        p.text(m, m - 6, fit(o.name, s.font, 7, w / 2), s.font, 7)
        p.text(w - m, m - 6, printed, s.font, 7, "right")
        p.text(m, m + 10, title, s.bold, s.size + 3)
        p.text(m, m + 23, fit(sub, s.font, s.size - 1, w - 2 * m), s.font, s.size - 1)
        p.line(m, m + 29, w - m, m + 29)
        return m + 46

    f = Leaves((w, h), h - m - 10, start)
    table(f, columns(m, w - m, spec), head, rows, s, size=s.size - 1.5, step=1.5)
    number_pages(f.pages, s, numbers, "tr", top=m - 6 + 10)
    return f.pages


def tpl_payroll_journal(rng: random.Random, who: Issuer) -> list[Page]:
    """A payroll bureau's month-end pack: for some a covering letter with what to pay and by
    when, the payroll journal on landscape A4 (English, German Lohnjournal or French journal
    de paie), a summary of employer costs and the payment list; each report paginated by the
    payroll software on its own ('Page i of n'); two to eight pages."""
    o = firm(who, "bureau")
    lg = o.lang
    s = who.style
    people = staff(who, lg)
    biz = business(who, lg)
    d = someday(rng)
    period = f"{d.month:02d}/{d.year}"
    client = ident(fixed(who, "client"), "99999")
    printed = f"{date_text(d, lg, 'short')} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
    numbers = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    rows: list[list[str]] = []
    tot = [0.0] * 6
    for no, name in people:
        gross = round(rng.uniform(900, 4800), 2)
        if lg == "en":
            tax = round(max(0, (gross - 1048) * 0.2), 2)
            ee = round(max(0, (gross - 1048) * 0.08), 2)
            pen = round(gross * 0.05, 2)
            er = round(max(0, (gross - 758) * 0.138), 2)
            net = gross - tax - ee - pen
            vals = [gross, tax, ee, pen, net, er]
            rows.append(
                [no, name, rng.choice(["1257L", "1257L", "BR", "K475", "1257L M1"]), "A"]
                + [money(v, lg) for v in vals]
                + [money(gross * 0.03, lg)]
            )
        elif lg == "de":
            tax = round(max(0, (gross - 1200) * 0.19), 2)
            sv = round(gross * 0.205, 2)
            net = gross - tax - sv
            er = round(gross * 0.21, 2)
            vals = [gross, tax, round(tax * 0.08, 2), sv, net, er]
            rows.append(
                [no, name, str(rng.choice([1, 1, 3, 4, 5])), rng.choice(["1111", "6500", "0110"])]
                + [money(v, lg) for v in vals]
                + [money(gross * 0.016, lg)]
            )
        else:
            sal = round(gross * 0.22, 2)
            csg = round(gross * 0.097, 2)
            net = gross - sal - csg
            vals = [gross, sal, csg, round(net * rng.uniform(0, 0.08), 2), net, gross * 0.42]
            rows.append(
                [no, name, rng.choice(["Employe", "Ouvrier", "Apprenti", "Cadre"]), "CDI"]
                + [money(v, lg) for v in vals]
                + [money(gross * 0.01, lg)]
            )
        tot = [a + b for a, b in zip(tot, vals, strict=True)]
    rows.append(
        ["", tr(lg, "TOTAL", "SUMME", "TOTAL"), "", ""] + [money(v, lg) for v in tot] + [""]
    )
    head = {
        "en": [
            "No",
            "Employee",
            "Tax code",
            "NI",
            "Gross",
            "PAYE",
            "Ee NI",
            "Ee pens.",
            "Net pay",
            "Er NI",
            "Er pens.",
        ],
        "de": [
            "Pers.-Nr.",
            "Name",
            "StKl",
            "PGS",
            "Brutto",
            "LSt",
            "KiSt/SolZ",
            "SV-AN",
            "Netto",
            "SV-AG",
            "Umlagen",
        ],
        "fr": [
            "Matr.",
            "Salarie",
            "Statut",
            "Contrat",
            "Brut",
            "Cot. sal.",
            "CSG/CRDS",
            "PAS",
            "Net a payer",
            "Ch. patr.",
            "Mutuelle",
        ],
    }[lg]
    spec = [(0.6, "left"), (2.4, "left"), (0.8, "left"), (0.6, "left")] + [(1, "right")] * 7
    pages: list[Page] = []
    if rng.random() < 0.6:
        t = paper(s, rng.choice([A4, A4, LETTER]) if lg == "en" else A4)
        f = leaves(t, o, f"{biz[0]} - {period}")
        to_whom(
            f,
            t,
            o,
            business_lines(who, lg),
            d,
            [(tr(lg, "Client", "Mandant", "Dossier"), client)],
        )
        heading(
            f,
            t,
            tr(lg, f"Payroll for {period}", f"Lohnabrechnung {period}", f"Paie du mois {period}"),
        )
        dear(f, t, lg, boss(who, lg) if rng.random() < 0.5 else "")
        write(
            f,
            t,
            tr(
                lg,
                f"Please find enclosed the payroll reports for {period}. Net pay of "
                f"{amount(tot[4], lg)} is due to your employees on the usual pay date.",
                f"anbei erhalten Sie die Auswertungen der Lohnabrechnung fuer {period}. Die "
                f"Nettoloehne von {amount(tot[4], lg)} sind zum Zahltag zu ueberweisen.",
                f"Veuillez trouver ci-joint les etats de paie de {period}. Le net a payer de "
                f"{amount(tot[4], lg)} est a verser a vos salaries.",
            ),
        )
        bullets(
            f,
            t,
            [
                tr(lg, "Payroll journal", "Lohnjournal", "Journal de paie"),
                tr(
                    lg,
                    "Summary of employer costs",
                    "Zusammenstellung Beitraege",
                    "Etat des charges",
                ),
                tr(lg, "Payment list", "Ueberweisungsliste", "Liste des virements"),
            ],
        )
        write(
            f,
            t,
            tr(
                lg,
                f"Please pay HMRC {amount(tot[1] + tot[2] + tot[5], lg)} by the 22nd. "
                + talk(rng, "en", "pay"),
                "Die Beitraege werden von den Krankenkassen per Lastschrift eingezogen. "
                + talk(rng, "de", "pay"),
                "Les cotisations seront prelevees par l'URSSAF a l'echeance. "
                + talk(rng, "fr", "pay"),
            ),
        )
        regards(
            f,
            t,
            lg,
            rng.choice(FOLK[lg]),
            tr(lg, "Payroll Manager", "Lohnbuchhaltung", "Gestionnaire de paie"),
            rng.random() < 0.5,
        )
        pages += seal(f.pages, t, o, numbers="none")
    js = paper(s, landscape(A4), 34, min(s.size, 9))
    sub = f"{tr(lg, 'Client', 'Mandant', 'Dossier')} {client}  {biz[0]}  -  " + tr(
        lg, f"Period {period}", f"Abrechnungsmonat {period}", f"Periode {period}"
    )
    pages += report_pages(
        js,
        o,
        tr(lg, "Payroll Journal", "Lohnjournal", "Journal de paie"),
        sub,
        printed,
        rows,
        head,
        spec,
        numbers,
    )
    if rng.random() < 0.7:
        ss = paper(s, rng.choice([A4, landscape(A4)]), 40, min(s.size, 9.5))
        if lg == "en":
            lines = [
                ["Gross pay", money(tot[0], lg)],
                ["PAYE income tax", money(tot[1], lg)],
                ["Employee NIC", money(tot[2], lg)],
                ["Employer NIC", money(tot[5], lg)],
                ["Employment allowance", "0.00"],
                ["Statutory pay recovered", money(rng.uniform(0, 300), lg)],
                ["Total due to HMRC", money(tot[1] + tot[2] + tot[5], lg)],
                ["Pension - employee", money(tot[3], lg)],
                ["Pension - employer", money(tot[0] * 0.03, lg)],
                ["Net pay", money(tot[4], lg)],
            ]
            hd = ["Item", "Amount"]
        elif lg == "de":
            lines = []
            for fund in rng.sample(
                ["AOK NordWest", "TK", "BKK Mittelweser", "Barmer", "IKK classic", "DAK"], 3
            ):
                share = rng.uniform(0.2, 0.5)
                lines.append([fund, money(tot[3] * share + tot[5] * share, lg)])
            lines += [
                ["Umlage U1/U2/U3", money(tot[0] * 0.03, lg)],
                ["Lohnsteuer-Anmeldung: LSt", money(tot[1], lg)],
                ["Kirchensteuer / SolZ", money(tot[2], lg)],
                ["Berufsgenossenschaft (Vorschuss)", money(tot[0] * 0.012, lg)],
                ["Nettoloehne", money(tot[4], lg)],
            ]
            hd = ["Empfaenger", "Betrag EUR"]
        else:
            lines = [
                ["URSSAF", money(tot[5] * 0.6 + tot[2], lg)],
                ["Retraite complementaire AGIRC-ARRCO", money(tot[5] * 0.25, lg)],
                ["Prevoyance", money(tot[0] * 0.015, lg)],
                ["Mutuelle", money(tot[0] * 0.01, lg)],
                ["Prelevement a la source (DGFiP)", money(tot[3], lg)],
                ["Net a payer", money(tot[4], lg)],
            ]
            hd = ["Organisme", "Montant EUR"]
        pages += report_pages(
            ss,
            o,
            tr(lg, "Summary of employer costs", "Zusammenstellung Abgaben", "Etat des charges"),
            sub,
            printed,
            lines,
            hd,
            [(4, "left"), (1.2, "right")],
            numbers,
        )
    if rng.random() < 0.6:
        ps = paper(s, A4, 44, min(s.size, 9.5))
        pay = []
        for (_, name), row in zip(people, rows, strict=False):
            acct = (
                ident(rng, "99-99-99  ****9999")
                if lg == "en"
                else ident(rng, "DE99 **** **** **** **99 99")
                if lg == "de"
                else ident(rng, "FR76 **** **** **** ***9 999")
            )
            pay.append([name, acct, row[8]])
        pay.append([tr(lg, "Total", "Summe", "Total"), "", money(tot[4], lg)])
        pages += report_pages(
            ps,
            o,
            tr(lg, "BACS payment list", "Ueberweisungsliste Nettobezuege", "Liste des virements"),
            sub,
            printed,
            pay,
            [
                tr(lg, "Employee", "Name", "Salarie"),
                tr(lg, "Sort code / account", "IBAN", "IBAN"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [(2.5, "left"), (2.5, "left"), (1, "right")],
            numbers,
        )
    return pages


def tpl_contribution_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """An employer's notice from a pension scheme or social-security fund: a pension scheme's
    collection notice for a pay period, a German Krankenkasse's contribution account statement
    (Beitragskontoauszug) or a French URSSAF releve de compte employeur; one page, for some
    with the explanatory notes on the back; a fund's notices for several months come
    together."""
    o = firm(who, "fund", ["band", "split", "initials", "wordmark"])
    lg = o.lang
    s = who.style
    w, _ = s.page_size
    m = s.margin
    people = staff(who, lg)
    d = someday(rng)
    empref = ident(
        fixed(who, "empref" + lg),
        {"en": "EMP999999", "de": "99999999", "fr": "999 999 999 99999"}[lg],
    )
    f = leaves(s, o, "")
    title_ = {
        "en": rng.choice(
            [
                "Contribution collection notice",
                "Your contribution schedule",
                "Payment schedule confirmation",
            ]
        ),
        "de": rng.choice(
            [
                "Beitragskontoauszug",
                "Kontoauszug Beitragskonto",
                "Mitteilung ueber den Stand Ihres Beitragskontos",
            ]
        ),
        "fr": rng.choice(
            [
                "Releve de compte employeur",
                "Avis de situation de compte",
                "Releve de vos contributions et cotisations",
            ]
        ),
    }[lg]
    to_whom(
        f,
        s,
        o,
        business_lines(who, lg),
        d,
        [
            (
                tr(lg, "Employer ref.", "Betriebsnummer", "SIRET"),
                empref,
            ),
            *(
                [
                    (
                        tr(lg, "Contact", "Sachbearbeiter", "Compte"),
                        ident(rng, "99999") if lg == "fr" else rng.choice(FOLK[lg]),
                    )
                ]
                if rng.random() < 0.5
                else []
            ),
        ],
    )
    heading(f, s, title_)
    months = []
    start = date(d.year, d.month, 1)
    for k in range(rng.randint(1, 6)):
        mm = start.month - k
        yy = start.year
        while mm <= 0:
            mm += 12
            yy -= 1
        months.append(f"{mm:02d}/{yy}")
    months.reverse()
    if lg == "en":
        period = months[-1]
        write(
            f,
            s,
            f"We have received your contribution schedule for the pay period {period}. We will "
            "collect the total below by direct debit on or after "
            f"{on(o, d + timedelta(days=rng.randint(5, 14)))}.",
        )
        er = ee = 0.0
        rows = []
        for _, name in rng.sample(people, min(len(people), rng.randint(3, 12))):
            pay = rng.uniform(900, 4200)
            e1, e2 = pay * 0.03, pay * 0.05
            er += e1
            ee += e2
            rows.append(
                [name, ident(rng, "AA 99 99 99 A"), money(pay, lg), money(e1, lg), money(e2, lg)]
            )
        table(
            f,
            columns(
                m, w - m, [(2.4, "left"), (1.5, "left"), (1, "right"), (1, "right"), (1, "right")]
            ),
            ["Member", "NI number", "Pensionable pay", "Employer", "Member"],
            rows,
            s,
            size=s.size - 1.5,
        )
        f.y = pairs(
            f.page,
            s,
            w * 0.5,
            f.y + 8,
            [
                ("Employer contributions", money(er, lg)),
                ("Member contributions", money(ee, lg)),
                ("Total to be collected", amount(er + ee, lg)),
            ],
            w - m,
        )
        write(f, s, talks(rng, "en", "pay", 1, 2), pt=s.size - 1)
    else:
        write(f, s, talks(rng, lg, "pay", 1, 2))
        rows = []
        bal = rng.choice([0.0, 0.0, rng.uniform(-400, 900)])
        for mo in months:
            due = rng.uniform(2000, 16000) * max(1, len(people) / 8)
            paid = due if rng.random() < 0.8 else due - rng.uniform(50, 900)
            late = 0.0 if paid >= due else round((due - paid) * 0.01, 2)
            bal += due - paid + late
            rows.append(
                [
                    mo,
                    tr(lg, "", "Beitragsnachweis", "DSN mensuelle"),
                    money(due, lg),
                    money(paid, lg),
                    money(late, lg) if late else "",
                    money(bal, lg),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (0.9, "left"),
                    (1.8, "left"),
                    (1.1, "right"),
                    (1.1, "right"),
                    (1, "right"),
                    (1.1, "right"),
                ],
            ),
            [
                tr(lg, "", "Monat", "Periode"),
                tr(lg, "", "Vorgang", "Nature"),
                tr(lg, "", "Soll", "Du"),
                tr(lg, "", "Haben", "Verse"),
                tr(lg, "", "Saeumniszuschl.", "Majorations"),
                tr(lg, "", "Saldo", "Solde"),
            ],
            rows,
            s,
            size=s.size - 1,
            rules=True,
        )
        f.y += 6
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Die Beitraege sind spaetestens am drittletzten Bankarbeitstag des Monats faellig. "
                + (
                    "Bitte gleichen Sie den offenen Saldo aus."
                    if bal > 1
                    else "Ihr Konto ist ausgeglichen."
                ),
                "Les cotisations sont exigibles a la date d'echeance. "
                + (
                    "Merci de regulariser le solde debiteur."
                    if bal > 1
                    else "Votre compte est a jour."
                ),
            ),
        )
    if rng.random() < 0.5:
        regards(
            f,
            s,
            lg,
            rng.choice(FOLK[lg]),
            tr(lg, "Employer Services", "Firmenkundenservice", "Service employeurs"),
            False,
        )
    pages = seal(f.pages, s, o, numbers="none")
    if rng.random() < 0.3:
        t = paper(s, s.page_size, s.margin, s.size)
        g = leaves(t, o, "", headed=False)
        heading(g, t, tr(lg, "Notes", "Erlaeuterungen", "Informations"), 1.5, rule=True)
        fine_print(
            g,
            t,
            [
                f"{k}|" + talks(rng, lg, "pay", 2, 4)
                for k in (
                    ["Paying on time", "Changes to your workforce", "Refunds", "Contact us"]
                    if lg == "en"
                    else ["Faelligkeit", "Saeumniszuschlaege", "Erstattungen", "Datenschutz"]
                    if lg == "de"
                    else ["Echeances", "Majorations de retard", "Remises", "Vos droits"]
                )
            ],
            2,
            7.2,
        )
        pages += g.pages
    return pages


# ---------------------------------------------------------------------------------------------
# Templates O: equipment, instruments, fairs and franchises
# ---------------------------------------------------------------------------------------------

KIT = {
    "en": [
        ("Multifunction copier A3 colour 45 ppm", "Kyrano TX-4520ci"),
        ("Finisher with booklet maker", "Kyrano BF-730"),
        ("Bean-to-cup coffee machine", "Brewmatic CX3 Duo"),
        ("EPOS terminal with cash drawer and printer", "TillPoint 15 Pro"),
        ("Edge banding machine", "Holzform KA 240"),
        ("Dough sheeter, floor standing", "Rondomat SF 600"),
        ("Electric counterbalance forklift 1.6 t", "Linvale E16"),
        ("Telephone system with 12 handsets", "Voxline IP-12"),
    ],
    "de": [
        ("Multifunktionssystem A3 Farbe 45 S./Min.", "Kyrano TX-4520ci"),
        ("Kantenanleimmaschine", "Holzform KA 240"),
        ("Kaffeevollautomat", "Brewmatic CX3 Duo"),
        ("Kassensystem mit Bondrucker", "TillPoint 15 Pro"),
        ("Elektro-Gabelstapler 1,6 t", "Linvale E16"),
        ("Trommelroester 15 kg", "Roestwerk R15"),
    ],
    "fr": [
        ("Copieur multifonction A3 couleur", "Kyrano TX-4520ci"),
        ("Laminoir a pate sur pied", "Rondomat SF 600"),
        ("Four a sole electrique 4 etages", "Boulangex FS4"),
        ("Caisse enregistreuse tactile", "TillPoint 15 Pro"),
        ("Machine a cafe automatique", "Brewmatic CX3 Duo"),
    ],
}
DEALERS = {
    "en": [
        "Northwest Office Systems Ltd",
        "Pennine Catering Equipment Ltd",
        "Mersey Machinery Sales",
    ],
    "de": ["Buerotechnik Rehm GmbH", "Holzmaschinen Lueke GmbH", "Gastro-Technik Bode KG"],
    "fr": ["Bureautique Lyonnaise SAS", "Equip'Boulange SARL", "Rhone Machines Outils"],
}


def lease_terms(rng: random.Random, lg: str) -> list[str]:
    heads = {
        "en": [
            "Definitions",
            "The agreement",
            "Rentals",
            "Ownership",
            "Use and maintenance",
            "Insurance",
            "Loss or damage",
            "Exclusion of warranties",
            "Termination",
            "Sums payable on termination",
            "Return of the equipment",
            "Secondary period",
            "Assignment",
            "Data protection",
            "Notices",
            "Governing law",
        ],
        "de": [
            "Vertragsgegenstand",
            "Vertragsbeginn",
            "Leasingraten",
            "Eigentum",
            "Gebrauch und Instandhaltung",
            "Versicherung",
            "Gefahrtragung",
            "Gewaehrleistung",
            "Kuendigung",
            "Rueckgabe",
            "Abtretung",
            "Datenschutz",
            "Gerichtsstand",
        ],
        "fr": [
            "Objet",
            "Prise d'effet",
            "Loyers",
            "Propriete",
            "Utilisation et entretien",
            "Assurance",
            "Sinistre",
            "Garanties",
            "Resiliation",
            "Restitution",
            "Cession",
            "Attribution de juridiction",
        ],
    }[lg]
    return [f"{k}. {hd}|" + talks(rng, lg, "lease", 2, 6) for k, hd in enumerate(heads, 1)]


def tpl_lease_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment lease (hire) agreement schedule: the lessee, the supplier, the equipment
    with serial numbers, the rentals and the term, both signatures, then two to three pages of
    terms and conditions and, for most, the certificate of acceptance signed on delivery
    (English, a German Leasingvertrag with the Uebernahmebestaetigung or a French contrat de
    location financiere with the proces-verbal de livraison); three to six pages."""
    o = firm(who, "lessor")
    lg = o.lang
    s = who.style if lg == "en" else paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    biz = business(who, lg)
    d = someday(rng)
    no = ident(rng, rng.choice(["999999/99", "LV-9999999", "99999999"]))
    ttl = tr(
        lg,
        rng.choice(["Hire Agreement - Schedule", "Lease Agreement", "Equipment Lease Schedule"]),
        "Leasingvertrag",
        "Contrat de location financiere",
    )
    f = leaves(s, o, f"{ttl} {no}")
    heading(f, s, f"{ttl} {tr(lg, 'No.', 'Nr.', 'no')} {no}", 3)
    if lg == "en" and rng.random() < 0.5:
        write(
            f,
            s,
            f"This schedule is issued under master agreement {ident(rng, 'MA9999')} and forms "
            "part of it. " + talk(rng, "en", "lease"),
            pt=s.size - 1,
        )
    f.y = (
        cells(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Lessee (hirer)", "Leasingnehmer", "Locataire"), biz[0]),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{biz[1]}, {biz[2]}"),
                (
                    tr(lg, "Company no.", "Handelsregister", "SIREN"),
                    register_no(who, lg),
                ),
                (tr(lg, "Supplier", "Lieferant", "Fournisseur"), rng.choice(DEALERS[lg])),
            ],
            2,
            hand=False,
        )
        + s.size
    )
    items = rng.sample(KIT[lg], rng.randint(1, 3))
    rows = [
        [str(rng.choice([1, 1, 1, 2])), desc, model, ident(rng, "AAA9999999")]
        for desc, model in items
    ]
    heading(f, s, tr(lg, "Equipment", "Leasingobjekt", "Materiel loue"), 1)
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (3.2, "left"), (1.6, "left"), (1.5, "left")]),
        [
            tr(lg, "Qty", "Anz.", "Qte"),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Model", "Typ", "Modele"),
            tr(lg, "Serial no.", "Serien-Nr.", "No de serie"),
        ],
        rows,
        s,
        rules=True,
    )
    months = rng.choice([36, 48, 60, 60, 72])
    per = rng.choice(["quarterly", "monthly"])
    n = months // (3 if per == "quarterly" else 1)
    rent = round(rng.uniform(60, 900) * (3 if per == "quarterly" else 1), 2)
    heading(f, s, tr(lg, "Rentals", "Leasingraten", "Loyers"), 1)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Primary period", "Grundmietzeit", "Duree irrevocable"),
                    f"{months} " + tr(lg, "months", "Monate", "mois"),
                ),
                (
                    tr(lg, "Number of rentals", "Anzahl Raten", "Nombre de loyers"),
                    f"{n} x "
                    + tr(
                        lg,
                        per,
                        "monatlich" if per == "monthly" else "vierteljaehrlich",
                        "mensuels" if per == "monthly" else "trimestriels",
                    ),
                ),
                (tr(lg, "Rental (excl. VAT)", "Rate netto", "Loyer HT"), amount(rent, lg)),
                (
                    tr(lg, "Initial rental(s)", "Sonderzahlung", "Premier loyer majore"),
                    amount(rent * rng.choice([1, 2, 3]), lg),
                ),
                (
                    tr(lg, "Documentation fee", "Bearbeitungsgebuehr", "Frais de dossier"),
                    amount(rng.choice([150, 195, 250]), lg),
                ),
                (
                    tr(lg, "Secondary period rental", "Restwert", "Option d'achat"),
                    amount(rng.choice([1, 50, 100, rent * 0.5]), lg) + tr(lg, " per annum", "", ""),
                ),
                (
                    tr(lg, "Payment method", "Zahlungsweise", "Reglement"),
                    tr(lg, "Direct Debit", "SEPA-Lastschrift", "Prelevement SEPA"),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    write(f, s, talks(rng, lg, "lease", 2, 3), pt=s.size - 1)
    f.need(110)
    half = (w - 2 * m) / 2
    y = f.y + 6
    for k, (cap, name) in enumerate(
        [
            (
                tr(lg, "Signed for the Lessee", "Fuer den Leasingnehmer", "Pour le locataire"),
                boss(who, lg),
            ),
            (
                tr(lg, "Signed for the Lessor", "Fuer den Leasinggeber", "Pour le bailleur"),
                rng.choice(FOLK[lg]),
            ),
        ]
    ):
        x = m + k * half
        f.page.text(x, y, cap, s.bold, s.size - 1)
        scrawl(f.page, x + 10, y + 30, name, 14)
        f.page.line(x, y + 36, x + half - 20, y + 36)
        f.page.text(x, y + 46, f"{name}   {date_text(d, lg, 'short')}", s.font, s.size - 1.5)
    f.y = y + 70
    f.new_page()
    heading(
        f,
        s,
        tr(lg, "Terms and Conditions", "Allgemeine Leasingbedingungen", "Conditions generales"),
        2,
        rule=True,
    )
    fine_print(f, s, lease_terms(rng, lg), rng.choice([2, 2, 3]), 6.8)
    pages = seal(f.pages, s, o)
    if rng.random() < 0.75:
        g = leaves(s, o, "", headed=rng.random() < 0.6)
        heading(
            g,
            s,
            tr(
                lg,
                "CERTIFICATE OF ACCEPTANCE",
                "UEBERNAHMEBESTAETIGUNG",
                "PROCES-VERBAL DE LIVRAISON",
            ),
            4,
        )
        write(g, s, f"{tr(lg, 'Agreement no.', 'Vertrag Nr.', 'Contrat no')} {no}  -  {biz[0]}")
        write(
            g,
            s,
            tr(
                lg,
                "We confirm that the equipment listed below has been delivered, installed and "
                "is in good working order and accepted by us for the purposes of the agreement.",
                "Wir bestaetigen, dass das nachstehende Leasingobjekt vollstaendig, "
                "funktionsfaehig und mangelfrei geliefert und von uns uebernommen wurde.",
                "Le locataire reconnait avoir recu le materiel designe ci-dessous en bon etat de "
                "fonctionnement et conforme a sa commande.",
            ),
        )
        table(
            g,
            columns(m, w - m, [(0.5, "left"), (3.2, "left"), (1.6, "left"), (1.5, "left")]),
            [
                tr(lg, "Qty", "Anz.", "Qte"),
                tr(lg, "Description", "Bezeichnung", "Designation"),
                tr(lg, "Model", "Typ", "Modele"),
                tr(lg, "Serial no.", "Serien-Nr.", "No de serie"),
            ],
            rows,
            s,
            rules=True,
        )
        g.y = cells(
            g.page,
            s,
            m,
            g.y + 10,
            w - 2 * m,
            [
                (
                    tr(lg, "Delivery date", "Liefertag", "Date de livraison"),
                    date_text(d + timedelta(days=rng.randint(3, 30)), lg, "short"),
                ),
                (tr(lg, "Installation address", "Standort", "Lieu d'installation"), biz[1]),
                (
                    tr(lg, "Name (capitals)", "Name in Druckbuchstaben", "Nom"),
                    boss(who, lg).upper(),
                ),
                (
                    tr(
                        lg,
                        "Signature and company stamp",
                        "Unterschrift / Firmenstempel",
                        "Signature et cachet",
                    ),
                    boss(who, lg).split()[-1],
                ),
            ],
            2,
            h=34,
        )
        write(g, s, talk(rng, lg, "lease"), pt=s.size - 2)
        pages += seal(g.pages, s, o, numbers="none")
    return pages


INSTRUMENTS = [
    (
        "Platform scale 150 kg",
        "Plattformwaage 150 kg",
        "Plateforme de pesage 150 kg",
        "kg",
        [0, 10, 20, 50, 100, 150],
        0.02,
    ),
    (
        "Counting scale 6 kg",
        "Zaehlwaage 6 kg",
        "Balance compteuse 6 kg",
        "g",
        [0, 100, 500, 1000, 3000, 6000],
        0.2,
    ),
    (
        "Torque wrench 20-100 N m",
        "Drehmomentschluessel 20-100 N m",
        "Cle dynamometrique 20-100 N m",
        "N m",
        [20, 60, 100],
        0.04,
    ),
    (
        "Digital thermometer with probe",
        "Digitalthermometer mit Fuehler",
        "Thermometre numerique a sonde",
        "deg C",
        [-18, 0, 4, 75, 100],
        0.3,
    ),
    (
        "Pressure gauge 0-16 bar",
        "Manometer 0-16 bar",
        "Manometre 0-16 bar",
        "bar",
        [0, 4, 8, 12, 16],
        0.1,
    ),
    (
        "Digital caliper 0-150 mm",
        "Digitaler Messschieber 0-150 mm",
        "Pied a coulisse 0-150 mm",
        "mm",
        [0, 10, 25, 50, 100, 150],
        0.02,
    ),
    (
        "Oven thermocouple type K",
        "Thermoelement Typ K (Ofen)",
        "Thermocouple type K (four)",
        "deg C",
        [100, 150, 200, 250],
        1.5,
    ),
    (
        "Timber moisture meter",
        "Holzfeuchtemessgeraet",
        "Humidimetre bois",
        "%",
        [8, 12, 16, 20],
        0.5,
    ),
]


def tpl_calibration_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A calibration certificate from an accredited laboratory for one instrument: the
    accreditation mark, the certificate number, the customer and the instrument, the method
    and conditions, the results table (as found / as left, error, uncertainty), the
    uncertainty statement and the approved signatory; always 'Page i of n', one or two pages.
    The certificates for the instruments of one visit come together."""
    o = firm(who, "lab", ["split", "wordmark", "initials", "band"])
    lg = o.lang
    s = paper(who.style, A4) if lg != "en" or rng.random() < 0.8 else who.style
    w, _ = s.page_size
    m = s.margin
    biz = business(who, lg)
    d = someday(rng)
    r = fixed(who, "certno")
    cert = f"{ident(r, '9999')}-{d.year % 100:02d}-{r.randint(100, 800) + rng.randint(0, 30)}"
    inst = rng.choice(INSTRUMENTS)
    name = tr(lg, inst[0], inst[1], inst[2])
    unit = inst[3]
    mark = tr(lg, "UKAS CALIBRATION 0847", "DAkkS D-K-15073-01-00", "COFRAC ETALONNAGE 2-1187")
    running = f"{tr(lg, 'Certificate number', 'Kalibrierschein Nr.', 'Certificat no')} {cert}"

    def start(p: Page, n: int) -> float:
        y = letterhead(p, s, o) if n == 1 or o.again else m
        p.text(m, s.page_size[1] - 40, running, s.font, 7.5)
        if n == 1:
            p.rect(w - m - 92, y - 6, 92, 40)
            p.text(w - m - 46, y + 10, mark.split()[0], s.bold, 10, "center")
            p.text(
                w - m - 46,
                y + 24,
                fit(" ".join(mark.split()[1:]), s.font, 6.5, 86),
                s.font,
                6.5,
                "center",
            )
        return y + 4

    f = Leaves(s.page_size, s.page_size[1] - m - 30, start)
    heading(
        f, s, tr(lg, "CERTIFICATE OF CALIBRATION", "KALIBRIERSCHEIN", "CERTIFICAT D'ETALONNAGE"), 5
    )
    f.y += 14
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Certificate number", "Kalibrierzeichen", "Numero"), cert),
                (tr(lg, "Date of issue", "Ausstellungsdatum", "Date d'emission"), on(o, d)),
                (tr(lg, "Customer", "Auftraggeber", "Client"), f"{biz[0]}, {biz[2]}"),
                (tr(lg, "Instrument", "Gegenstand", "Instrument"), name),
                (
                    tr(lg, "Manufacturer / model", "Hersteller / Typ", "Fabricant / modele"),
                    rng.choice(["Kerner", "Sauter-Hahn", "Mitutek", "Druckwerk", "Thermoval"])
                    + " "
                    + ident(rng, "AA-999"),
                ),
                (tr(lg, "Serial number", "Fabrikat-Nr.", "No de serie"), ident(rng, "99999999")),
                (tr(lg, "Customer ID", "Inventar-Nr.", "Identification"), ident(rng, "AA-999")),
                (
                    tr(lg, "Date of calibration", "Datum der Kalibrierung", "Date d'etalonnage"),
                    on(o, d - timedelta(days=rng.randint(0, 9))),
                ),
                (
                    tr(lg, "Location", "Ort", "Lieu"),
                    rng.choice(
                        [
                            tr(lg, "On site", "Vor Ort", "Sur site"),
                            tr(lg, "Laboratory", "Labor", "Laboratoire"),
                        ]
                    ),
                ),
            ],
            m + (w - 2 * m) * 0.72,
            s.size,
        )
        + 6
    )
    heading(f, s, tr(lg, "Method", "Kalibrierverfahren", "Methode"), 1)
    write(
        f,
        s,
        tr(
            lg,
            "Calibrated in accordance with procedure ",
            "Kalibriert nach Verfahrensanweisung ",
            "Etalonne selon la procedure ",
        )
        + ident(rng, "AA-99")
        + ". "
        + talk(rng, lg, "metro"),
        pt=s.size - 1,
    )
    write(
        f,
        s,
        tr(lg, "Ambient temperature", "Umgebungstemperatur", "Temperature ambiante")
        + f" {rng.uniform(19, 23):.1f} deg C, "
        + tr(lg, "relative humidity", "rel. Feuchte", "humidite relative")
        + f" {rng.randint(35, 60)} %",
        pt=s.size - 1,
    )
    heading(f, s, tr(lg, "Results", "Messergebnisse", "Resultats"), 1)
    rows = []
    tol = inst[5] * max(1.0, max(inst[4]) / 50)
    for v in inst[4]:
        err = rng.uniform(-tol, tol) * rng.choice([0.2, 0.5, 1.0, 1.4])
        found = v + err
        ok = abs(err) <= tol
        left = found if ok else v + err * 0.1
        dec = 2 if tol < 1 else 1
        rows.append(
            [
                f"{v:.{dec}f}",
                f"{found:.{dec}f}",
                f"{left:.{dec}f}",
                f"{left - v:+.{dec}f}",
                f"+/- {tol:.{dec}f}",
                f"{tol * rng.uniform(0.15, 0.4):.{dec + 1}f}",
                tr(lg, "Pass", "i.O.", "Conforme")
                if ok
                else tr(lg, "Adjusted", "justiert", "Ajuste"),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1.1, "right"),
                (1, "right"),
                (1, "center"),
            ],
        ),
        [
            tr(lg, f"Nominal {unit}", f"Sollwert {unit}", f"Valeur {unit}"),
            tr(lg, "As found", "Vorgefunden", "Avant"),
            tr(lg, "As left", "Nach Justage", "Apres"),
            tr(lg, "Error", "Abweichung", "Ecart"),
            tr(lg, "Tolerance", "Toleranz", "Tolerance"),
            "U (k=2)",
            tr(lg, "Result", "Ergebnis", "Resultat"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The reported expanded uncertainty is based on a standard uncertainty multiplied "
            "by a coverage factor k = 2, providing a coverage probability of approximately 95 %. "
            "The measurements are traceable to national standards.",
            "Angegeben ist die erweiterte Messunsicherheit, die sich aus der "
            "Standardmessunsicherheit durch Multiplikation mit dem Erweiterungsfaktor k = 2 "
            "ergibt. Die Messergebnisse sind auf nationale Normale rueckgefuehrt.",
            "L'incertitude elargie mentionnee est l'incertitude-type composee multipliee par un "
            "facteur d'elargissement k = 2. Les resultats sont raccordes aux etalons nationaux.",
        ),
        pt=s.size - 1.5,
    )
    if rng.random() < 0.4:
        f.new_page()
        heading(f, s, tr(lg, "Remarks", "Bemerkungen", "Observations"), 1)
        write(f, s, talks(rng, lg, "metro", 2, 5), pt=s.size - 1)
        write(
            f,
            s,
            tr(
                lg,
                "Recommended recalibration: ",
                "Empfohlene Rekalibrierung: ",
                "Prochain etalonnage conseille : ",
            )
            + date_text(d + timedelta(days=365), lg, "short"),
            pt=s.size - 1,
        )
    f.need(80)
    f.y += 10
    signer = rng.choice(FOLK[lg])
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Approved signatory",
            "Leiter des Kalibrierlaboratoriums",
            "Le responsable technique",
        ),
        s.font,
        s.size - 1,
    )
    scrawl(f.page, m + 8, f.y + 24, signer, 14)
    f.page.text(m, f.y + 38, signer, s.bold, s.size - 1)
    f.y += 50
    for p in f.pages:
        pw, ph = p.size
        p.text(
            pw / 2,
            ph - 26,
            fit(
                tr(
                    lg,
                    "This certificate may not be reproduced other than in full except with the "
                    "prior written approval of the issuing laboratory.",
                    "Dieser Kalibrierschein darf nur vollstaendig und unveraendert "
                    "weiterverbreitet werden.",
                    "La reproduction de ce certificat n'est autorisee que sous sa forme integrale.",
                ),
                s.font,
                6,
                pw - 2 * m,
            ),
            s.font,
            6,
            "center",
        )
    fmt = tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    number_pages(f.pages, s, fmt, "br", bottom=40)
    return f.pages


FAIRS = {
    "en": [
        "Cafe & Bakery Show",
        "Joinery & Woodworking Expo",
        "Print & Packaging Live",
        "Cycle Trade Days",
    ],
    "de": [
        "HolzHandwerk OWL",
        "Kaffee & Genuss Bielefeld",
        "PrintPack Ostwestfalen",
        "Fahrrad-Fachmesse Nord",
    ],
    "fr": [
        "Salon Boulangerie Patisserie",
        "Salon Bois & Menuiserie",
        "Salon de l'Emballage Rhone",
        "Salon Cafe & Torrefaction",
    ],
}


def hall_plan(
    rng: random.Random, s: Style, size: tuple[float, float], hall: str, stand: str, lg: str
) -> Page:
    """A hall plan: rows of stands with their numbers, aisles, entrances and the booked stand
    shaded; little text."""
    w, h = size
    m = 40
    p = Page(size)
    p.text(m, m, f"{tr(lg, 'Hall', 'Halle', 'Hall')} {hall}", s.bold, 16)
    p.text(
        w - m,
        m,
        tr(
            lg,
            "Floor plan - not to scale",
            "Hallenplan - nicht massstabsgerecht",
            "Plan du hall - sans echelle",
        ),
        s.font,
        7,
        "right",
    )
    x0, y0, x1, y1 = m, m + 20, w - m, h - m - 30
    p.rect(x0, y0, x1 - x0, y1 - y0)
    mine = (ord(stand[len(hall)]) - 65, int(stand[len(hall) + 1 :]) - 1)
    rows = max(rng.randint(3, 5), mine[0] + 1)
    per = max(rng.randint(6, 10), mine[1] + 1)
    aisle = 22
    bh = (y1 - y0 - aisle * (rows + 1)) / rows
    bw = (x1 - x0 - 40) / per
    for r_ in range(rows):
        yy = y0 + aisle + r_ * (bh + aisle)
        p.text(x0 + 6, yy - 8, f"{tr(lg, 'Aisle', 'Gang', 'Allee')} {chr(65 + r_)}", s.font, 6)
        for c in range(per):
            xx = x0 + 20 + c * bw
            if rng.random() < 0.08 and (r_, c) != mine:
                continue
            num = f"{hall}{chr(65 + r_)}{c + 1:02d}"
            if (r_, c) == mine:
                p.rect(xx, yy, bw, bh, fill=0.55)
                p.text(
                    xx + bw / 2,
                    yy + bh / 2 + 10,
                    tr(lg, "YOUR STAND", "IHR STAND", "VOTRE STAND"),
                    s.bold,
                    6.5,
                    "center",
                )
            p.rect(xx, yy, bw, bh)
            p.text(xx + bw / 2, yy + bh / 2, num, s.font, 6, "center")
    for k in range(rng.randint(1, 3)):
        ex = x0 + (x1 - x0) * (k + 1) / 4
        p.rect(ex - 18, y1 - 3, 36, 6, fill=1.0)
        p.text(ex, y1 + 12, tr(lg, "Entrance", "Eingang", "Entree"), s.font, 6, "center")
    p.text(
        m,
        h - m,
        tr(
            lg,
            "Fire exits and hydrants must be kept clear.",
            "Notausgaenge freihalten.",
            "Issues de secours a degager.",
        ),
        s.font,
        6,
    )
    return p


def tpl_fair_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade fair organiser's stand confirmation: the letter with the fair, the hall and
    stand, the stand size and type, the charges and the payment dates, then the hall plan
    with the stand marked (a drawing with little text), for some the order form for
    services and the exhibitor terms; two to six pages."""
    o = firm(who, "fair")
    lg = o.lang
    s = who.style if lg == "en" else paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    d = someday(rng)
    open_ = d + timedelta(days=rng.randint(60, 220))
    fair = f"{rng.choice(FAIRS[lg])} {open_.year}"
    hall = str(rng.randint(1, 9))
    stand = f"{hall}{rng.choice('ABCD')}{rng.randint(1, 9):02d}"
    exh = ident(fixed(who, "exh"), "999999")
    f = leaves(s, o, f"{fair} - {tr(lg, 'Stand', 'Stand', 'Stand')} {stand}")
    to_whom(
        f,
        s,
        o,
        business_lines(who, lg),
        d,
        [
            (tr(lg, "Exhibitor no.", "Aussteller-Nr.", "No exposant"), exh),
            (tr(lg, "Stand", "Stand", "Stand"), stand),
        ],
    )
    heading(
        f,
        s,
        tr(
            lg,
            f"{fair} - confirmation of your stand",
            f"{fair} - Standbestaetigung",
            f"{fair} - confirmation de stand",
        ),
    )
    dear(f, s, lg, boss(who, lg) if rng.random() < 0.4 else "")
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your application. We are pleased to confirm the following stand at "
            f"{fair}, {on(o, open_)} to {on(o, open_ + timedelta(days=2))}.",
            f"wir freuen uns, Ihnen fuer die {fair} vom {on(o, open_)} bis "
            f"{on(o, open_ + timedelta(days=2))} folgende Standflaeche verbindlich zu bestaetigen.",
            "Nous avons le plaisir de vous confirmer l'attribution du stand suivant pour le "
            f"{fair} "
            f"du {on(o, open_)} au {on(o, open_ + timedelta(days=2))}.",
        ),
    )
    fw, fd = rng.choice([(3, 3), (3, 4), (4, 4), (6, 3), (5, 4), (2, 3)])
    kind = rng.choice(
        [
            tr(lg, "Row stand (1 side open)", "Reihenstand (1 Seite offen)", "Stand en ligne"),
            tr(lg, "Corner stand (2 sides open)", "Eckstand (2 Seiten offen)", "Stand d'angle"),
        ]
    )
    f.y = (
        pairs(
            f.page,
            s,
            m + 10,
            f.y,
            [
                (tr(lg, "Hall / stand", "Halle / Stand", "Hall / stand"), f"{hall} / {stand}"),
                (tr(lg, "Stand type", "Standart", "Type"), kind),
                (tr(lg, "Size", "Groesse", "Dimensions"), f"{fw} m x {fd} m = {fw * fd} m2"),
                (
                    tr(lg, "Build-up", "Aufbau", "Montage"),
                    on(o, open_ - timedelta(days=2)) + " - " + on(o, open_ - timedelta(days=1)),
                ),
                (
                    tr(lg, "Breakdown", "Abbau", "Demontage"),
                    on(o, open_ + timedelta(days=2))
                    + tr(lg, " from 17:00", " ab 17 Uhr", " des 17h"),
                ),
            ],
            w * 0.65,
            s.size,
        )
        + 8
    )
    rate = rng.choice([165, 189, 210, 235])
    lines = [
        (
            tr(
                lg,
                f"Stand space {fw * fd} m2 x {money(rate, lg)}",
                f"Standmiete {fw * fd} m2 x {money(rate, lg)}",
                f"Surface {fw * fd} m2 x {money(rate, lg)}",
            ),
            fw * fd * rate,
        ),
        (
            tr(lg, "Corner supplement", "Eckzuschlag", "Supplement angle"),
            fw * fd * rate * 0.1 if "2" in kind or "angle" in kind else 0,
        ),
        (
            tr(
                lg,
                "Marketing and catalogue package",
                "Medienpaket / Katalogeintrag",
                "Forfait communication",
            ),
            rng.choice([195, 250, 320]),
        ),
        (
            tr(
                lg, "Shell scheme with fascia", "AUMA-Beitrag 0,60 EUR/m2", "Taxe energie / dechets"
            ),
            fw * fd * (42 if lg == "en" else 0.6 if lg == "de" else 9),
        ),
    ]
    rows = [[t, money(v, lg)] for t, v in lines if v]
    net = sum(v for _, v in lines)
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.3, "right")]),
        [tr(lg, "Item", "Leistung", "Prestation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
    )
    vat = net * (0.2 if lg == "en" else 0.19 if lg == "de" else 0.2)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y + 6,
            [
                (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
                (tr(lg, "VAT", "USt.", "TVA"), money(vat, lg)),
                (tr(lg, "Total", "Gesamt", "Total TTC"), amount(net + vat, lg)),
            ],
            w - m,
        )
        + 4
    )
    write(
        f,
        s,
        tr(
            lg,
            f"A deposit of 50 % is due within 14 days of this confirmation; the balance is due "
            f"by {on(o, open_ - timedelta(days=56))}. Your invoice follows separately.",
            f"50 % des Rechnungsbetrags sind innerhalb von 14 Tagen faellig, der Rest bis "
            f"{on(o, open_ - timedelta(days=56))}. Die Rechnung erhalten Sie gesondert.",
            f"Un acompte de 50 % est exigible sous 14 jours, le solde avant le "
            f"{on(o, open_ - timedelta(days=56))}.",
        ),
    )
    write(f, s, talks(rng, lg, "fair", 1, 3))
    regards(
        f,
        s,
        lg,
        rng.choice(FOLK[lg]),
        tr(lg, "Exhibitor Services", "Ausstellerservice", "Service exposants"),
        rng.random() < 0.5,
    )
    pages = seal(f.pages, s, o)
    plan_size = (
        rng.choice([landscape(A4), A4]) if lg != "en" else rng.choice([landscape(A4), s.page_size])
    )
    pages.append(hall_plan(rng, s, plan_size, hall, stand, lg))
    if rng.random() < 0.35:
        g = leaves(s, o, f"{fair} - {exh}")
        heading(
            g,
            s,
            tr(
                lg,
                "Order form - stand services",
                "Bestellformular Serviceleistungen",
                "Bon de commande - prestations",
            ),
            2,
        )
        g.y = (
            cells(
                g.page,
                s,
                m,
                g.y,
                w - 2 * m,
                [
                    (tr(lg, "Exhibitor", "Aussteller", "Exposant"), business(who, lg)[0]),
                    (tr(lg, "Stand", "Stand", "Stand"), stand),
                ],
                2,
            )
            + s.size
        )
        for sec, opts in [
            (
                tr(lg, "Electricity", "Elektroanschluss", "Electricite"),
                ["1 kW", "3 kW", "6 kW", tr(lg, "24 h supply", "24 h Strom", "24 h")],
            ),
            (tr(lg, "Internet", "Internet", "Internet"), ["Wi-Fi", "LAN 50 Mbit", "LAN 100 Mbit"]),
            (
                tr(lg, "Furniture", "Mobiliar", "Mobilier"),
                [
                    tr(lg, "Table", "Tisch", "Table"),
                    tr(lg, "Chairs x4", "Stuehle x4", "Chaises x4"),
                    tr(lg, "Counter", "Theke", "Comptoir"),
                    tr(lg, "Brochure rack", "Prospektstaender", "Presentoir"),
                ],
            ),
            (
                tr(lg, "Cleaning", "Standreinigung", "Nettoyage"),
                [
                    tr(lg, "Daily", "Taeglich", "Quotidien"),
                    tr(lg, "Before opening", "Vor Eroeffnung", "Avant ouverture"),
                ],
            ),
        ]:
            g.need(50)
            g.page.text(m, g.y, sec, s.bold, s.size)
            g.y = ticks(
                g.page,
                s,
                m + 10,
                g.y + 16,
                w - 2 * m - 10,
                opts,
                {k for k in range(len(opts)) if rng.random() < 0.3},
            )
        g.y += 20
        g.page.text(
            m,
            g.y,
            tr(
                lg,
                "Date, signature, stamp",
                "Datum, Unterschrift, Stempel",
                "Date, signature, cachet",
            ),
            s.font,
            8,
        )
        scrawl(g.page, m + 150, g.y, boss(who, lg))
        pages += seal(g.pages, s, o, numbers="none")
    if rng.random() < 0.6:
        g = leaves(s, o, "", headed=False)
        heading(
            g,
            s,
            tr(
                lg,
                "Terms and conditions of participation",
                "Teilnahmebedingungen",
                "Reglement general du salon",
            ),
            2,
            rule=True,
        )
        fine_print(
            g,
            s,
            [
                f"{k}. {hd}|" + talks(rng, lg, "fair", 2, 5)
                for k, hd in enumerate(
                    (
                        [
                            "Application",
                            "Allocation of stands",
                            "Payment",
                            "Cancellation",
                            "Stand construction",
                            "Liability",
                            "Insurance",
                            "Catalogue",
                            "House rules",
                        ]
                        if lg == "en"
                        else [
                            "Anmeldung",
                            "Zulassung",
                            "Zahlungsbedingungen",
                            "Ruecktritt",
                            "Standgestaltung",
                            "Haftung",
                            "Versicherung",
                            "Hausordnung",
                        ]
                        if lg == "de"
                        else [
                            "Inscription",
                            "Attribution",
                            "Paiement",
                            "Annulation",
                            "Amenagement",
                            "Responsabilite",
                            "Assurance",
                        ]
                    ),
                    1,
                )
            ],
            2,
            6.8,
        )
        pages += seal(g.pages, s, o, numbers="none")
    return pages


def tpl_royalty_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A franchisor's monthly royalty statement to a franchisee: the sales reported week by
    week, the royalty and marketing fund percentages, fixed fees, VAT and the amount to be
    collected by direct debit; one page, for some a second page with sales by category. A
    franchisee's statements for several months come together."""
    o = firm(who, "franchisor")
    lg = o.lang
    s = who.style
    w, _ = s.page_size
    m = s.margin
    d = someday(rng)
    fno = ident(fixed(who, "franchisee"), rng.choice(["F-999", "999", "FR-9999"]))
    month = f"{MONTHS[lg][(d.month - 2) % 12]} {d.year if d.month > 1 else d.year - 1}"
    f = leaves(s, o, "")
    biz = business(who, lg)
    brand = o.name.split(" Franchis")[0].replace(" SAS", "")
    outlet = f"{brand} {biz[2].split()[0] if lg == 'en' else biz[2].split(maxsplit=1)[1]}"
    to_whom(
        f,
        s,
        o,
        [biz[0], tr(lg, "t/a ", "Betrieb ", "Enseigne ") + outlet, biz[1], biz[2]],
        d,
        [
            (tr(lg, "Franchisee no.", "Partner-Nr.", "No franchise"), fno),
            (tr(lg, "Statement", "Abrechnung", "Releve"), ident(rng, "RS99999")),
        ],
    )
    heading(
        f,
        s,
        tr(
            lg,
            f"Royalty statement - {month}",
            f"Abrechnung Franchisegebuehren {month}",
            f"Releve de redevances - {month}",
        ),
    )
    rows = []
    tot = 0.0
    start = (d.replace(day=1) - timedelta(days=1)).replace(day=1)
    for k in range(4):
        gross = rng.uniform(3500, 19000)
        net = gross / 1.2 if lg != "de" else gross / 1.07 if rng.random() < 0.5 else gross / 1.19
        tot += net
        rows.append(
            [
                date_text(start + timedelta(days=7 * k + 6), lg, "short"),
                money(gross, lg),
                money(gross - net, lg),
                money(net, lg),
                rng.choice(["", "", "", tr(lg, "late", "verspaetet", "retard")]),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(1.3, "left"), (1.2, "right"), (1, "right"), (1.2, "right"), (1, "center")]
        ),
        [
            tr(lg, "Week ending", "Woche bis", "Semaine au"),
            tr(lg, "Gross sales", "Umsatz brutto", "CA TTC"),
            tr(lg, "VAT", "USt.", "TVA"),
            tr(lg, "Net sales", "Umsatz netto", "CA HT"),
            tr(lg, "Note", "Hinweis", "Note"),
        ],
        rows,
        s,
        rules=True,
    )
    roy = rng.choice([0.05, 0.06, 0.07])
    mkt = rng.choice([0.01, 0.02, 0.03])
    tech = rng.choice([0, 49, 75, 120])
    fees = [
        (
            tr(
                lg,
                f"Royalty {roy:.0%} of net sales",
                f"Franchisegebuehr {roy:.0%} vom Nettoumsatz",
                f"Redevance {roy:.0%} du CA HT",
            ),
            tot * roy,
        ),
        (
            tr(
                lg,
                f"Marketing fund {mkt:.0%}",
                f"Werbekostenbeitrag {mkt:.0%}",
                f"Fonds publicitaire {mkt:.0%}",
            ),
            tot * mkt,
        ),
    ]
    if tech:
        fees.append((tr(lg, "Technology fee", "IT-Pauschale", "Forfait informatique"), tech))
    sub = sum(v for _, v in fees)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.38,
            f.y + 8,
            [(t, money(v, lg)) for t, v in fees]
            + [
                (
                    tr(lg, "VAT 20%", "USt. 19 %", "TVA 20 %"),
                    money(sub * (0.19 if lg == "de" else 0.2), lg),
                ),
                (
                    tr(lg, "Amount due", "Zahlbetrag", "Montant du"),
                    amount(sub * (1.19 if lg == "de" else 1.2), lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 6
    )
    write(
        f,
        s,
        tr(
            lg,
            f"This amount will be collected by direct debit on {on(o, d + timedelta(days=10))}. "
            "Sales must be reported by the 5th of each month.",
            f"Der Betrag wird am {on(o, d + timedelta(days=10))} per Lastschrift eingezogen. "
            "Umsatzmeldungen bitte bis zum 5. des Folgemonats.",
            f"Ce montant sera preleve le {on(o, d + timedelta(days=10))}. Le chiffre d'affaires "
            "doit etre declare avant le 5 du mois.",
        ),
        pt=s.size - 1,
    )
    pages = seal(f.pages, s, o, numbers="none")
    if rng.random() < 0.25:
        g = leaves(s, o, f"{tr(lg, 'Franchisee', 'Partner', 'Franchise')} {fno} - {month}")
        heading(
            g, s, tr(lg, "Sales by category", "Umsatz nach Warengruppen", "CA par famille"), 1.5
        )
        cats = {
            "en": [
                "Hot drinks",
                "Cold drinks",
                "Food to go",
                "Bakery",
                "Retail beans",
                "Merchandise",
                "Delivery platforms",
            ],
            "de": ["Backwaren", "Snacks", "Heissgetraenke", "Kaltgetraenke", "Lieferdienst"],
            "fr": ["Pressing", "Blanchisserie", "Retouches", "Cordonnerie", "Entreprises"],
        }[lg]
        table(
            g,
            columns(m, w - m, [(3, "left"), (1, "right"), (1, "right")]),
            [
                tr(lg, "Category", "Warengruppe", "Famille"),
                tr(lg, "Net sales", "Netto", "CA HT"),
                "%",
            ],
            [
                [c, money(tot * sh, lg), f"{sh:.1%}"]
                for c, sh in zip(cats, [rng.uniform(0.04, 0.3) for _ in cats], strict=True)
            ],
            s,
        )
        pages += seal(g.pages, s, o, numbers="none")
    return pages


# ---------------------------------------------------------------------------------------------
# Templates O: insurance, credit and finance
# ---------------------------------------------------------------------------------------------

PERILS = {
    "en": [
        ("escape of water", ["burst pipe", "ceiling void", "stock room", "water-stained cartons"]),
        ("burglary", ["forced rear door", "alarm panel", "empty racking", "damaged shutter"]),
        (
            "fire in the extraction system",
            ["extraction canopy", "soot on ceiling", "fire-damaged ducting"],
        ),
        ("storm damage to the roof", ["lifted roof sheets", "water ingress", "fallen gutter"]),
        ("accidental damage to stock", ["collapsed racking", "crushed pallets", "damaged goods"]),
        ("theft of tools from a vehicle", ["van side door", "empty tool racking", "damaged lock"]),
    ],
    "de": [
        (
            "Leitungswasserschaden",
            ["Rohrbruch", "Zwischendecke", "Lagerraum", "durchnaesste Kartons"],
        ),
        ("Einbruchdiebstahl", ["aufgehebelte Tuer", "Alarmanlage", "leeres Regal"]),
        ("Brand in der Absauganlage", ["Absaughaube", "Russ an der Decke", "Luftkanal"]),
        ("Sturmschaden am Hallendach", ["abgehobene Dachplatten", "Wassereintritt", "Dachrinne"]),
    ],
    "fr": [
        ("degat des eaux", ["canalisation", "faux plafond", "reserve", "cartons mouilles"]),
        ("vol par effraction", ["porte forcee", "centrale d'alarme", "rayonnages vides"]),
        ("incendie de la hotte", ["hotte", "suie au plafond", "gaine brulee"]),
        ("tempete - toiture", ["toiture arrachee", "infiltration", "gouttiere"]),
    ],
}


def claim_of(who: Issuer, lang: str) -> dict[str, str]:
    """The claim a letter and the adjuster's report share."""
    r = fixed(who, "claim" + lang)
    peril, things = r.choice(PERILS[lang])
    d = someday(r)
    return {
        "no": ident(r, r.choice(["CC/999999/A", "S-99-999999", "99AA999999"])),
        "policy": ident(r, r.choice(["CPX 9999999", "GV-999.999.99", "99 999 999"])),
        "peril": peril,
        "things": "|".join(things),
        "day": d.isoformat(),
        "ours": ident(r, "AAA/99999/AA"),
    }


def tpl_claim_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A commercial insurer's or broker's letter on a new claim: the claim acknowledged, the
    loss adjuster appointed, the documents the insurer needs, the excess; one page, for some a
    second page with a checklist to return."""
    o = firm(who, "insurer")
    lg = o.lang
    s = who.style
    w, _ = s.page_size
    m = s.margin
    c = claim_of(who, lg)
    loss = date.fromisoformat(c["day"])
    d = loss + timedelta(days=rng.randint(1, 12))
    adj = firm(who, "adjuster")
    biz = business(who, lg)
    f = leaves(s, o, f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Sinistre')} {c['no']}")
    to_whom(
        f,
        s,
        o,
        business_lines(who, lg),
        d,
        [
            (tr(lg, "Claim number", "Schaden-Nr.", "No sinistre"), c["no"]),
            (tr(lg, "Policy", "Versicherungsschein", "Contrat"), c["policy"]),
        ],
    )
    heading(
        f,
        s,
        tr(
            lg,
            f"Your claim - {c['peril']} on {on(o, loss)}",
            f"Ihre Schadenmeldung vom {on(o, loss)} - {c['peril']}",
            f"Votre declaration de sinistre du {on(o, loss)} - {c['peril']}",
        ),
        1.5,
    )
    dear(f, s, lg, boss(who, lg) if rng.random() < 0.5 else "")
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for notifying us of the {c['peril']} at {biz[1]}, {biz[2]}. We have "
            f"registered your claim under the number above; please quote it in all "
            "correspondence.",
            f"vielen Dank fuer Ihre Schadenmeldung ({c['peril']}) fuer Ihren Betrieb in "
            f"{biz[1]}, {biz[2]}. Bitte geben Sie bei Rueckfragen stets die Schadennummer an.",
            f"Nous accusons reception de votre declaration ({c['peril']}) concernant vos locaux "
            f"situes {biz[1]}, {biz[2]}.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Given the nature of the loss we have appointed {adj.name} to act on our behalf. "
            "They will contact you within two working days to arrange a visit.",
            f"Wir haben das {adj.name} beauftragt, den Schaden vor Ort zu besichtigen. Das Buero "
            "wird sich kurzfristig mit Ihnen in Verbindung setzen.",
            f"Nous avons mandate le {adj.name} qui prendra contact avec vous pour organiser une "
            "expertise.",
        ),
    )
    write(f, s, tr(lg, "Please send us:", "Bitte senden Sie uns:", "Merci de nous adresser :"))
    bullets(
        f,
        s,
        rng.sample(
            {
                "en": [
                    "photographs of the damage",
                    "a list of damaged stock with cost prices",
                    "repair estimates from two contractors",
                    "the police crime reference number",
                    "invoices or proof of ownership for equipment claimed",
                    "your management accounts for the last 12 months",
                    "the plumber's report on the cause",
                ],
                "de": [
                    "Fotos der Schaeden",
                    "eine Aufstellung der beschaedigten Waren mit Einkaufspreisen",
                    "Kostenvoranschlaege",
                    "die Tagebuchnummer der Polizei",
                    "Rechnungen zu den beschaedigten Geraeten",
                ],
                "fr": [
                    "des photos des dommages",
                    "l'inventaire des marchandises endommagees",
                    "les devis de reparation",
                    "le recepisse de depot de plainte",
                    "les factures d'achat du materiel",
                ],
            }[lg],
            rng.randint(3, 5),
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Your policy excess of {amount(rng.choice([250, 500, 1000, 2500]), lg)} applies to "
            "this claim. Please do not dispose of damaged items until the adjuster has seen them.",
            "Die vereinbarte Selbstbeteiligung betraegt "
            f"{amount(rng.choice([250, 500, 1000]), lg)}. "
            "Bitte entsorgen Sie beschaedigte Gegenstaende erst nach der Besichtigung.",
            f"Une franchise de {amount(rng.choice([300, 500, 1000]), lg)} restera a votre charge. "
            "Ne jetez pas les biens endommages avant le passage de l'expert.",
        ),
    )
    regards(
        f,
        s,
        lg,
        rng.choice(FOLK[lg]),
        tr(lg, "Claims Handler", "Schadensachbearbeitung", "Gestionnaire sinistres"),
        rng.random() < 0.4,
    )
    if rng.random() < 0.35:
        f.new_page()
        heading(
            f,
            s,
            tr(lg, "Claim checklist", "Checkliste Schadenunterlagen", "Pieces a fournir"),
            1.5,
            rule=True,
        )
        write(f, s, f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Sinistre')} {c['no']} - {biz[0]}")
        for t in [
            tr(lg, "Photographs", "Fotos", "Photos"),
            tr(lg, "Stock list", "Warenaufstellung", "Inventaire"),
            tr(lg, "Estimates", "Kostenvoranschlaege", "Devis"),
            tr(lg, "Invoices", "Rechnungen", "Factures"),
            tr(lg, "Bank details for settlement", "Bankverbindung", "RIB"),
            tr(
                lg, "VAT registration status", "Vorsteuerabzugsberechtigung", "Assujettissement TVA"
            ),
        ]:
            f.need(20)
            box(f.page, m, f.y, rng.random() < 0.4, 9)
            f.page.text(m + 16, f.y, t, s.font, s.size)
            f.page.line(m + 220, f.y + 2, w - m, f.y + 2)
            f.y += 22
    return seal(f.pages, s, o)


def tpl_adjuster_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A loss adjuster's preliminary report on a commercial claim: for most a cover page
    (private and confidential, the parties and references), the numbered report sections
    (circumstances, cause, policy liability, quantum with a table, reserve, further action)
    and one to three pages of photographs with captions; four to ten pages."""
    o = firm(who, "adjuster")
    lg = o.lang
    s = who.style
    w, _ = s.page_size
    m = s.margin
    c = claim_of(who, lg)
    loss = date.fromisoformat(c["day"])
    d = loss + timedelta(days=rng.randint(8, 40))
    biz = business(who, lg)
    ins = firm(who, "insurer")
    running = (
        f"{o.name.split(' - ')[0]} | {tr(lg, 'Insured', 'VN', 'Assure')}: {biz[0]} | {c['ours']}"
    )
    f = leaves(s, o, running)
    cover = rng.random() < 0.6
    if cover:
        f.y += 90
        heading(f, s, tr(lg, "PRIVATE AND CONFIDENTIAL", "VERTRAULICH", "CONFIDENTIEL"), 0)
        heading(
            f,
            s,
            tr(
                lg,
                rng.choice(["PRELIMINARY REPORT", "INITIAL REPORT", "INTERIM REPORT"]),
                "SCHADENBERICHT",
                "RAPPORT D'EXPERTISE",
            ),
            9,
        )
        f.y += 20
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Insurer", "Versicherer", "Assureur"), ins.name.split(" - ")[0]),
                (tr(lg, "Insured", "Versicherungsnehmer", "Assure"), biz[0]),
                (tr(lg, "Risk address", "Risikoort", "Lieu du risque"), f"{biz[1]}, {biz[2]}"),
                (tr(lg, "Policy number", "Versicherungsschein", "Contrat"), c["policy"]),
                (tr(lg, "Claim number", "Schaden-Nr.", "No sinistre"), c["no"]),
                (tr(lg, "Our reference", "Unser Zeichen", "Notre reference"), c["ours"]),
                (tr(lg, "Date of loss", "Schadentag", "Date du sinistre"), on(o, loss)),
                (tr(lg, "Peril", "Schadenursache", "Nature"), c["peril"]),
                (tr(lg, "Report date", "Datum", "Date du rapport"), on(o, d)),
            ],
            w - m,
            s.size + 1,
        )
        f.new_page()
    else:
        to_whom(
            f,
            s,
            o,
            [
                ins.name.split(" - ")[0],
                tr(lg, "Commercial Claims", "Schadenabteilung", "Service sinistres"),
                ins.street,
                ins.town,
            ],
            d,
            [
                (tr(lg, "Your ref", "Ihr Zeichen", "V/Ref"), c["no"]),
                (tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), c["ours"]),
            ],
        )
        heading(
            f,
            s,
            tr(
                lg,
                f"Insured: {biz[0]} - {c['peril']}",
                f"VN: {biz[0]} - {c['peril']}",
                f"Assure : {biz[0]} - {c['peril']}",
            ),
            1.5,
        )
    secs = {
        "en": [
            "Introduction",
            "The insured",
            "Circumstances of the loss",
            "Cause",
            "Policy liability",
            "Quantum",
            "Recovery",
            "Reserve",
            "Further action",
        ],
        "de": [
            "Auftrag",
            "Versicherungsnehmer",
            "Schadenhergang",
            "Ursache",
            "Deckung",
            "Schadenhoehe",
            "Regress",
            "Reserve",
            "Weiteres Vorgehen",
        ],
        "fr": [
            "Mission",
            "L'assure",
            "Circonstances",
            "Cause",
            "Garanties",
            "Evaluation des dommages",
            "Recours",
            "Provision",
            "Suite a donner",
        ],
    }[lg]
    heads_ = [
        tr(lg, "Head of claim", "Position", "Poste"),
        tr(lg, "Claimed", "Gefordert", "Reclame"),
        tr(lg, "Reserve", "Reserve", "Provision"),
    ]
    total = 0.0
    for k, sec in enumerate(secs, 1):
        heading(f, s, f"{k}. {sec}", 1)
        if sec in ("Quantum", "Schadenhoehe", "Evaluation des dommages"):
            rows = []
            for hd in rng.sample(
                {
                    "en": [
                        "Buildings",
                        "Contents",
                        "Stock",
                        "Business interruption",
                        "Clean-up costs",
                        "Loss of rent",
                    ],
                    "de": [
                        "Gebaeude",
                        "Inventar",
                        "Vorraete",
                        "Betriebsunterbrechung",
                        "Aufraeumkosten",
                    ],
                    "fr": [
                        "Batiment",
                        "Mobilier",
                        "Marchandises",
                        "Pertes d'exploitation",
                        "Frais de deblai",
                    ],
                }[lg],
                rng.randint(2, 4),
            ):
                a = rng.uniform(800, 42000)
                total += a * 0.8
                rows.append([hd, money(a, lg), money(a * rng.uniform(0.6, 1.0), lg)])
            write(f, s, talks(rng, lg, "claim", 1, 2))
            table(
                f,
                columns(m + 10, w - m, [(3, "left"), (1.2, "right"), (1.2, "right")]),
                heads_,
                rows,
                s,
                rules=True,
            )
            f.y += 6
        for _ in range(rng.randint(1, 3)):
            write(f, s, talks(rng, lg, "claim", 2, 5))
    f.need(80)
    regards(
        f,
        s,
        lg,
        rng.choice(FOLK[lg]),
        tr(lg, "Loss Adjuster ACII", "Sachverstaendiger", "Expert"),
        rng.random() < 0.5,
        close=tr(lg, "Yours faithfully", "Mit freundlichen Gruessen", "L'expert,"),
    )
    things = c["things"].split("|")
    n_photos = rng.choice([2, 4, 4, 6, 8, 9])
    per_page = rng.choice([2, 4]) if n_photos > 2 else 2
    k = 0
    while k < n_photos:
        f.new_page()
        heading(f, s, tr(lg, "Photographs", "Lichtbilder", "Planche photographique"), 1.5)
        top = f.y
        cols = 1 if per_page == 2 else 2
        rows_ = 2
        cw = (w - 2 * m - (cols - 1) * 16) / cols
        ch = (f.bottom - top - rows_ * 30) / rows_
        for j in range(per_page):
            if k >= n_photos:
                break
            x = m + (j % cols) * (cw + 16)
            y = top + (j // cols) * (ch + 30)
            ph_w = cw if cols == 2 else cw * 0.8
            photo(f.page, rng, x + (cw - ph_w) / 2, y, ph_w, ch - 6)
            cap = f"{tr(lg, 'Photo', 'Bild', 'Photo')} {k + 1}: {rng.choice(things)}"
            f.page.text(x + cw / 2, y + ch + 8, fit(cap, s.font, 8, cw), s.font, 8, "center")
            k += 1
        f.y = f.bottom
    return seal(
        f.pages,
        s,
        o,
        skip=1 if cover else 0,
        numbers=rng.choice([o.numbers, "Page {i} of {n}", "{i}"]) if lg == "en" else None,
    )


FORMS = {
    "en": ["Ltd", "Ltd", "LLP", "plc"],
    "de": ["GmbH", "KG", "e.K.", "GmbH & Co. KG"],
    "fr": ["SARL", "SAS", "SA"],
}
BUYERS = {
    "en": [
        ("Harrowgate Hotels Group Ltd", "Harrogate"),
        ("Pickerings Cafe Bars Ltd", "York"),
        ("Northern Rail Catering Services Ltd", "Leeds"),
        ("Brindle Construction Ltd", "Bolton"),
        ("Lakeside Garden Centres Ltd", "Kendal"),
        ("Moss & Tully Interiors Ltd", "Manchester"),
        ("Quayside Deli Co Ltd", "Liverpool"),
        ("Westholme Schools Trust", "Blackburn"),
    ],
    "de": [
        ("Hotel am Johannisberg GmbH", "Bielefeld"),
        ("Baeckerei Koenemann GmbH & Co. KG", "Guetersloh"),
        ("Moebelhaus Ahlers KG", "Osnabrueck"),
        ("Bauunternehmung Rehkopf GmbH", "Paderborn"),
        ("Feinkost Strunk e.K.", "Muenster"),
        ("Objekteinrichtung Kamps GmbH", "Detmold"),
    ],
    "fr": [
        ("Hotellerie des Brotteaux SAS", "Lyon"),
        ("Restaurants Mercier SARL", "Villeurbanne"),
        ("Batir Rhone SAS", "Venissieux"),
        ("Cafes Brulerie du Parc", "Grenoble"),
        ("Agencement Guillot SA", "Saint-Etienne"),
    ],
}


def tpl_cover_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade credit insurer's decision on a credit limit for one of the policyholder's
    buyers (approved, reduced, refused, approved with conditions); one page, a batch holds
    decisions on several buyers in a row. Now and then instead the schedule of all limits in
    force on landscape A4 over one or two pages."""
    o = firm(who, "credit")
    lg = o.lang
    s = who.style
    d = someday(rng)
    pol = ident(fixed(who, "credpol"), "9999999")
    if rng.random() < 0.2:
        t = paper(s, landscape(A4), 36, min(s.size, 9))
        w, _ = t.page_size
        m = t.margin
        f = leaves(t, o, f"{tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol}")
        heading(
            f,
            t,
            tr(
                lg,
                "Schedule of credit limits in force",
                "Limitliste - aktuelle Deckungen",
                "Liste des agrements en vigueur",
            ),
            3,
        )
        write(
            f,
            t,
            f"{business(who, lg)[0]} - {tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol} - "
            f"{tr(lg, 'as at', 'Stand', 'au')} {on(o, d)}",
        )
        rows = []
        pool = BUYERS[lg] + [
            (
                f"{rng.choice(LAST[lg].split())} {rng.choice(FORMS[lg])}",
                rng.choice(CITIES[lg]),
            )
            for _ in range(40)
        ]
        for name, town in rng.sample(pool, rng.randint(8, 38)):
            req = rng.choice([5, 10, 15, 20, 25, 40, 50, 75, 100]) * 1000
            got = req if rng.random() < 0.6 else rng.choice([0, req // 2, req // 4])
            rows.append(
                [
                    ident(rng, "99999999"),
                    name,
                    town,
                    money(req, lg),
                    money(got, lg),
                    on(o, d - timedelta(days=rng.randint(10, 700))),
                    rng.choice(["", "", "C1", "S"]),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (1, "left"),
                    (3, "left"),
                    (1.5, "left"),
                    (1, "right"),
                    (1, "right"),
                    (1.1, "right"),
                    (0.6, "center"),
                ],
            ),
            [
                tr(lg, "Buyer ID", "Kaeufer-Nr.", "Identifiant"),
                tr(lg, "Buyer", "Abnehmer", "Acheteur"),
                tr(lg, "Town", "Ort", "Ville"),
                tr(lg, "Requested", "Beantragt", "Demande"),
                tr(lg, "Limit", "Limit", "Agrement"),
                tr(lg, "Since", "Seit", "Depuis"),
                tr(lg, "Cond.", "Aufl.", "Cond."),
            ],
            rows,
            t,
            rules=rng.random() < 0.5,
        )
        return seal(
            f.pages, t, o, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        )
    w, _ = s.page_size
    m = s.margin
    buyer, town = rng.choice(BUYERS[lg])
    req = rng.choice([5, 10, 15, 20, 25, 30, 50, 75]) * 1000
    outcome = rng.choice(["full", "full", "part", "refused", "cond"])
    got = {"full": req, "part": req // rng.choice([2, 4]), "refused": 0, "cond": req}[outcome]
    f = leaves(s, o, "")
    to_whom(
        f,
        s,
        o,
        business_lines(who, lg),
        d,
        [
            (tr(lg, "Policy", "Vertrag", "Contrat"), pol),
            (tr(lg, "Decision", "Entscheidung", "Decision"), ident(rng, "99999999")),
        ],
    )
    heading(f, s, tr(lg, "Credit limit decision", "Limitentscheidung", "Decision d'agrement"), 2.5)
    f.y = (
        cells(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Buyer", "Abnehmer", "Acheteur"), buyer),
                (tr(lg, "Town / country", "Ort / Land", "Ville / pays"), f"{town} / {COUNTRY[lg]}"),
                (tr(lg, "Buyer ID", "Kaeufer-Nr.", "Identifiant"), ident(rng, "99999999")),
                (
                    tr(lg, "Amount requested", "Beantragtes Limit", "Montant demande"),
                    amount(req, lg),
                ),
                (
                    tr(lg, "Credit limit granted", "Entschiedenes Limit", "Agrement accorde"),
                    amount(got, lg),
                ),
                (tr(lg, "Effective from", "Gueltig ab", "Date d'effet"), on(o, d)),
            ],
            2,
            hand=False,
        )
        + s.size
    )
    text = {
        "full": tr(
            lg,
            "We have approved the credit limit requested.",
            "Wir haben das beantragte Limit in voller Hoehe bewilligt.",
            "Nous avons accorde l'agrement demande.",
        ),
        "part": tr(
            lg,
            "We have been able to approve part of the amount requested, based on the information "
            "currently available on this buyer.",
            "Auf Grundlage der vorliegenden Informationen koennen wir das Limit nur in der "
            "genannten Hoehe zeichnen.",
            "Au vu des informations disponibles, nous ne pouvons accorder qu'une partie du "
            "montant demande.",
        ),
        "refused": tr(
            lg,
            "We are unable to provide cover on this buyer at present. Deliveries made after the "
            "effective date are not insured.",
            "Eine Deckung ist derzeit nicht moeglich. Lieferungen nach dem Gueltigkeitsdatum "
            "sind nicht versichert.",
            "Nous ne sommes pas en mesure de garantir cet acheteur. Les livraisons posterieures "
            "ne sont pas couvertes.",
        ),
        "cond": tr(
            lg,
            "The limit is granted on condition that payment terms do not exceed 30 days from "
            "invoice date.",
            "Das Limit gilt unter der Bedingung, dass das Zahlungsziel 30 Tage nicht "
            "ueberschreitet.",
            "L'agrement est accorde sous reserve d'un delai de paiement maximal de 30 jours.",
        ),
    }[outcome]
    write(f, s, text)
    write(
        f,
        s,
        tr(
            lg,
            "This decision replaces any previous decision on this buyer and forms part of your "
            "policy.",
            "Diese Entscheidung ersetzt alle frueheren Entscheidungen zu diesem Abnehmer.",
            "Cette decision annule et remplace toute decision anterieure sur cet acheteur.",
        ),
        pt=s.size - 1,
    )
    write(f, s, talk(rng, lg, "credit"), pt=s.size - 1)
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "This letter is computer generated and needs no signature.",
                "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
                "Document edite automatiquement, sans signature.",
            ),
            pt=s.size - 2,
        )
    else:
        regards(
            f,
            s,
            lg,
            rng.choice(FOLK[lg]),
            tr(lg, "Risk Underwriter", "Risikopruefung", "Arbitre"),
            False,
        )
    return seal(f.pages, s, o, numbers="none")


def tpl_factoring_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """An invoice finance (factoring) client account statement for a month: the summary of
    the sales ledger and the funds available, the transactions (invoices assigned, credit
    notes, collections, charges, payments to the client) over pages, and the aged debtor
    analysis; numbered 'Page i of n', two to five pages."""
    o = firm(who, "factor")
    lg = o.lang
    s = paper(who.style, A4) if lg != "en" else who.style
    w, _ = s.page_size
    m = s.margin
    d = someday(rng)
    client = ident(fixed(who, "factor"), "99999")
    biz = business(who, lg)
    f = leaves(s, o, f"{tr(lg, 'Client', 'Kunde', 'Adherent')} {client} - {biz[0]} - {on(o, d)}")
    to_whom(
        f,
        s,
        o,
        business_lines(who, lg),
        d,
        [(tr(lg, "Client no.", "Kunden-Nr.", "No adherent"), client)],
    )
    heading(
        f,
        s,
        tr(lg, "Client account statement", "Kontoauszug Factoring", "Releve de compte adherent"),
        2.5,
    )
    buyers = [b for b, _ in BUYERS[lg]]
    ledger = rng.uniform(20000, 180000)
    trans = []
    assigned = collected = charges = 0.0
    n = rng.randint(10, 60)
    for day in sorted(d - timedelta(days=rng.randint(1, 31)) for _ in range(n)):
        kind = rng.choice(["inv", "inv", "inv", "cash", "cash", "cn", "fee", "pay"])
        if kind == "inv":
            a = rng.uniform(300, 9000)
            assigned += a
            trans.append(
                [
                    date_text(day, lg, "short"),
                    tr(lg, "Invoice", "Rechnung", "Facture"),
                    ident(rng, "99999"),
                    rng.choice(buyers),
                    money(a, lg),
                    "",
                ]
            )
        elif kind == "cash":
            a = rng.uniform(300, 12000)
            collected += a
            trans.append(
                [
                    date_text(day, lg, "short"),
                    tr(lg, "Receipt", "Zahlungseingang", "Encaissement"),
                    ident(rng, "R99999"),
                    rng.choice(buyers),
                    "",
                    money(a, lg),
                ]
            )
        elif kind == "cn":
            a = rng.uniform(40, 900)
            trans.append(
                [
                    date_text(day, lg, "short"),
                    tr(lg, "Credit note", "Gutschrift", "Avoir"),
                    ident(rng, "C9999"),
                    rng.choice(buyers),
                    "",
                    money(a, lg),
                ]
            )
        elif kind == "fee":
            a = rng.uniform(15, 600)
            charges += a
            trans.append(
                [
                    date_text(day, lg, "short"),
                    tr(lg, "Discount charge", "Factoringgebuehr", "Commission"),
                    "",
                    "",
                    money(a, lg),
                    "",
                ]
            )
        else:
            a = rng.uniform(1000, 25000)
            trans.append(
                [
                    date_text(day, lg, "short"),
                    tr(lg, "Payment to client", "Auszahlung", "Financement"),
                    "",
                    "",
                    money(a, lg),
                    "",
                ]
            )
    pre = rng.choice([0.8, 0.85, 0.9])
    closing = ledger + assigned - collected
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Opening sales ledger", "Forderungsbestand Anfang", "Encours initial"),
                    money(ledger, lg),
                ),
                (
                    tr(lg, "Invoices assigned", "Angekaufte Rechnungen", "Factures cedees"),
                    money(assigned, lg),
                ),
                (tr(lg, "Collections", "Zahlungseingaenge", "Encaissements"), money(collected, lg)),
                (
                    tr(lg, "Closing sales ledger", "Forderungsbestand Ende", "Encours final"),
                    money(closing, lg),
                ),
                (
                    tr(
                        lg,
                        f"Prepayment {pre:.0%}",
                        f"Bevorschussung {pre:.0%}",
                        f"Financement {pre:.0%}",
                    ),
                    money(closing * pre, lg),
                ),
                (
                    tr(
                        lg,
                        "Less: funds in use",
                        "abzgl. Inanspruchnahme",
                        "Moins : encours finance",
                    ),
                    money(closing * pre * rng.uniform(0.6, 0.98), lg),
                ),
                (tr(lg, "Charges this period", "Gebuehren", "Commissions"), money(charges, lg)),
            ],
            m + (w - 2 * m) * 0.6,
            s.size,
        )
        + 10
    )
    heading(f, s, tr(lg, "Transactions", "Buchungen", "Operations"), 1)
    table(
        f,
        columns(
            m,
            w - m,
            [(1, "left"), (1.4, "left"), (0.8, "left"), (2.4, "left"), (1, "right"), (1, "right")],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Type", "Art", "Nature"),
            tr(lg, "Ref", "Beleg", "Ref"),
            tr(lg, "Debtor", "Debitor", "Debiteur"),
            tr(lg, "Debit", "Soll", "Debit"),
            tr(lg, "Credit", "Haben", "Credit"),
        ],
        trans,
        s,
        size=s.size - 1.5,
        step=1.45,
    )
    if rng.random() < 0.75:
        f.new_page()
        heading(
            f,
            s,
            tr(lg, "Aged debtor analysis", "Altersstruktur der Forderungen", "Balance agee"),
            2,
        )
        rows = []
        for b in rng.sample(buyers, min(len(buyers), rng.randint(3, 8))):
            buckets = [
                rng.uniform(0, 9000) if rng.random() < p_ else 0.0
                for p_ in (0.9, 0.6, 0.3, 0.15, 0.08)
            ]
            rows.append(
                [b] + [money(v, lg) if v else "-" for v in buckets] + [money(sum(buckets), lg)]
            )
        table(
            f,
            columns(m, w - m, [(2.6, "left")] + [(1, "right")] * 6),
            [
                tr(lg, "Debtor", "Debitor", "Debiteur"),
                tr(lg, "Current", "Nicht faellig", "Non echu"),
                "1-30",
                "31-60",
                "61-90",
                "> 90",
                tr(lg, "Total", "Summe", "Total"),
            ],
            rows,
            s,
            size=s.size - 1.5,
            rules=True,
        )
    return seal(
        f.pages,
        s,
        o,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.8
        else None,
    )


# ---------------------------------------------------------------------------------------------
# Templates O: the business's own papers and safety
# ---------------------------------------------------------------------------------------------

STOCK = {
    "en": [
        ("Oak board 27 x 150 PAR", "m"),
        ("Birch plywood 18 mm 2440 x 1220", "sht"),
        ("MDF 18 mm moisture resistant", "sht"),
        ("Green coffee Brazil Santos 60 kg", "sack"),
        ("Valve bags kraft 1 kg", "box"),
        ("Flour T55 25 kg", "sack"),
        ("Shipping cartons 400 x 300 x 300", "bdl"),
        ("Pallet stretch wrap 500 mm", "roll"),
        ("Butt hinges 100 mm brass (box 10)", "box"),
        ("Wood screws 4 x 40 (box 200)", "box"),
        ("Thermal labels 100 x 150", "roll"),
        ("Bicycle inner tubes 700c", "ea"),
        ("Chain lube 100 ml", "ea"),
        ("Paper coated silk 350 gsm SRA3", "pkt"),
        ("Takeaway cups 12 oz", "case"),
    ],
    "de": [
        ("Eiche Leimholz 27 mm", "m2"),
        ("Multiplex Birke 18 mm", "Pl."),
        ("Rohkaffee Brasil Santos 60 kg", "Sack"),
        ("Ventilbeutel 500 g", "Ktn"),
        ("Versandkarton 400x300x300", "Bd"),
        ("Stretchfolie 500 mm", "Rolle"),
        ("Edelstahl Rund 20 mm", "m"),
        ("Zylinderschrauben M6x20", "Pck"),
        ("Bilderdruckpapier 135 g SRA3", "Pck"),
        ("Etiketten 100x150", "Rolle"),
    ],
    "fr": [
        ("Farine T65 25 kg", "sac"),
        ("Cafe vert Ethiopie 60 kg", "sac"),
        ("Sachets kraft 250 g", "ctn"),
        ("Panneau chene 27 mm", "m2"),
        ("Contreplaque bouleau 18 mm", "pl."),
        ("Cartons d'expedition", "lot"),
        ("Film etirable 500 mm", "rlx"),
        ("Vis a bois 4x40 (boite 200)", "bte"),
        ("Etiquettes thermiques", "rlx"),
    ],
}


def house_lang(who: Issuer) -> str:
    """The language the business itself writes in."""
    return fixed(who, "houselang").choice(["en", "en", "de", "fr"])


def handwritten(p: Page, rng: random.Random, x: float, y: float, text: str, pt: float) -> None:
    """A figure written in by hand: slightly off the line, now and then corrected."""
    dx = rng.uniform(-3, 3)
    dy = rng.uniform(-1.5, 1.5)
    font = "Helvetica-Oblique"
    if rng.random() < 0.06 and text.strip("-").isdigit():
        wrong = str(max(0, int(text) + rng.choice([-10, -1, 1, 2, 10])))
        p.text(x + dx - 10, y + dy, wrong, font, pt)
        wd = tw(wrong, font, pt)
        p.line(x + dx - 11, y + dy - pt * 0.3, x + dx - 9 + wd, y + dy - pt * 0.3)
        p.text(x + dx + wd, y + dy - 2, text, font, pt)
        return
    p.text(x + dx, y + dy, text, font, pt)


def tpl_stock_count(rng: random.Random, who: Issuer) -> list[Page]:
    """Warehouse stock count sheets printed from the business's stock system for one zone of a
    year-end or periodic count: the header with the zone, the date and the sheet number on
    every sheet ('Sheet i of n'), bin locations, item codes and descriptions, the book
    quantity (left blank on blind counts), the counts written in by hand with the odd
    correction, counters' initials and the sign-off on the last sheet; one to six sheets."""
    lg = house_lang(who)
    o = own_firm(who, lg)
    s = paper(who.style, rng.choice([A4, landscape(A4)]), 32, min(who.style.size, 9.5))
    w, h = s.page_size
    m = s.margin
    d = someday(rng)
    zone = (
        tr(lg, "Warehouse", "Lager", "Entrepot")
        + " "
        + rng.choice("ABC")
        + f" - {tr(lg, 'Aisle', 'Gang', 'Allee')} {rng.randint(1, 12):02d}"
    )
    blind = rng.random() < 0.4
    user = ident(rng, rng.choice(["AAAAA9", "AA9"]))
    counters = [
        initials(boss(who, lg)),
        initials(f"{rng.choice(FIRST[lg].split())} {rng.choice(LAST[lg].split())}"),
    ]
    sheet_no = ident(rng, "9999")
    fmt = tr(lg, "Sheet {i} of {n}", "Blatt {i} von {n}", "Feuille {i}/{n}")
    printed = (
        f"{tr(lg, 'Printed', 'Gedruckt', 'Imprime le')} "
        f"{date_text(d - timedelta(days=1), lg, 'short')} "
        f"{rng.randint(6, 17):02d}:{rng.randint(0, 59):02d} {user}"
    )

    def start(p: Page, n: int) -> float:
        p.text(m, m - 8, fit(o.name, s.bold, s.size + 1, w / 2), s.bold, s.size + 1)
        p.text(w - m, m - 8, printed, s.font, 7, "right")
        p.text(
            m,
            m + 12,
            tr(lg, "STOCK COUNT SHEET", "INVENTUR-ZAEHLLISTE", "FEUILLE DE COMPTAGE"),
            s.bold,
            s.size + 4,
        )
        p.text(
            m,
            m + 27,
            f"{zone}   -   {tr(lg, 'Count date', 'Stichtag', 'Date')} {date_text(d, lg, 'short')} "
            f"  -   {tr(lg, 'List', 'Liste', 'Liste')} {sheet_no}",
            s.font,
            s.size,
        )
        bw = 70
        for k, cap in enumerate(
            [
                tr(lg, "Counted by", "Gezaehlt", "Compte par"),
                tr(lg, "Checked by", "Kontrolliert", "Verifie par"),
            ]
        ):
            x = w - m - (2 - k) * (bw + 6)
            p.rect(x, m + 4, bw, 28)
            p.text(x + 3, m + 11, cap, s.font, 6)
            handwritten(p, rng, x + 20, m + 27, counters[k], 11)
        p.line(m, m + 38, w - m, m + 38)
        return m + 56

    f = Leaves((w, h), h - m - 40, start)
    rows = []
    items = STOCK[lg]
    aisle = rng.randint(1, 12)
    for k in range(rng.randint(14, 110)):
        name, unit = rng.choice(items)
        book = rng.choice([0, rng.randint(1, 40), rng.randint(1, 400)])
        rows.append(
            [
                f"{aisle:02d}-{k // 8 + 1:02d}-{chr(65 + k % 8)}",
                ident(rng, rng.choice(["99999", "AA-9999", "999-999"])),
                name,
                unit,
                "" if blind else str(book),
                "",
                "",
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (1.1, "left"),
            (3.6, "left"),
            (0.6, "left"),
            (0.9, "right"),
            (1, "center"),
            (1, "center"),
        ],
    )
    size = s.size - 1
    table(
        f,
        cols,
        [
            tr(lg, "Location", "Lagerplatz", "Emplacement"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Unit", "ME", "Unite"),
            tr(lg, "Book qty", "Soll", "Theorique"),
            tr(lg, "Count", "Gezaehlt", "Compte"),
            tr(lg, "Recount", "Nachzaehlung", "Recompte"),
        ],
        rows,
        s,
        size=size,
        rules=True,
        step=2.1,
    )
    # Write the counts in by hand, row by row, where the table put them.
    k = 0
    for p in f.pages:
        ys = sorted(
            {
                float(a[1])
                for kind, a in p.items
                if kind == "text"
                and a[3] == s.font
                and abs(float(a[0]) - cols[0][0]) < 0.5
                and float(a[1]) > m + 50
            }
        )
        for y in ys:
            if k >= len(rows):
                break
            book = rows[k][4]
            got = int(book) if book and rng.random() < 0.8 else rng.randint(0, 60)
            if rng.random() < 0.93:
                handwritten(p, rng, (cols[5][0] + cols[5][1]) / 2 - 6, y, str(got), size + 2)
            if book and got != int(book) and rng.random() < 0.6:
                handwritten(
                    p,
                    rng,
                    (cols[6][0] + cols[6][1]) / 2 - 6,
                    y,
                    str(got + rng.choice([0, 0, 1, -1])),
                    size + 2,
                )
            k += 1
    f.need(60)
    f.y += 14
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Count completed - signature",
            "Zaehlung abgeschlossen - Unterschrift",
            "Comptage termine - signature",
        ),
        s.font,
        8,
    )
    scrawl(f.page, m + 190, f.y, boss(who, lg), 13)
    f.page.line(m + 180, f.y + 3, m + 330, f.y + 3)
    f.page.text(m + 350, f.y, f"{tr(lg, 'Time', 'Uhrzeit', 'Heure')}", s.font, 8)
    handwritten(
        f.page,
        rng,
        m + 390,
        f.y,
        f"{rng.randint(9, 18)}:{rng.choice(['00', '15', '30', '45'])}",
        10,
    )
    number_pages(f.pages, s, fmt, "br", bottom=22)
    return f.pages


EXTINGUISHERS = {
    "en": [
        "Water 9 L",
        "Foam 6 L",
        "CO2 2 kg",
        "CO2 5 kg",
        "Powder 6 kg",
        "Wet chemical 6 L",
        "Fire blanket",
    ],
    "de": ["Schaum 6 l", "Schaum 9 l", "CO2 5 kg", "Pulver 6 kg", "Pulver 12 kg", "Fettbrand 6 l"],
    "fr": ["Eau pulverisee 6 L", "CO2 2 kg", "CO2 5 kg", "Poudre ABC 6 kg", "Poudre ABC 9 kg"],
}
SPOTS = {
    "en": [
        "Main entrance",
        "Office",
        "Kitchen",
        "Workshop exit",
        "Stores",
        "Loading bay",
        "Server cupboard",
        "First floor landing",
        "Spray booth",
        "Dust extractor",
    ],
    "de": [
        "Eingang",
        "Buero",
        "Werkstatt",
        "Lager",
        "Versand",
        "Kueche",
        "Heizraum",
        "Treppenhaus OG",
        "Roesterei",
    ],
    "fr": [
        "Entree",
        "Bureau",
        "Atelier",
        "Reserve",
        "Fournil",
        "Quai",
        "Chaufferie",
        "Escalier",
        "Magasin",
    ],
}


def floor_plan(
    rng: random.Random, s: Style, size: tuple[float, float], spots: list[str], lg: str, title: str
) -> Page:
    """A sketch of the premises: rooms as rectangles, the extinguisher points numbered."""
    w, h = size
    m = 40
    p = Page(size)
    p.text(m, m, title, s.bold, 12)
    x0, y0, x1, y1 = m, m + 24, w - m, h - m - 20
    p.rect(x0, y0, x1 - x0, y1 - y0)
    cuts_x = sorted(rng.sample(range(int(x0 + 60), int(x1 - 60)), 2))
    cut_y = rng.randint(int(y0 + 80), int(y1 - 80))
    p.line(cuts_x[0], y0, cuts_x[0], y1)
    p.line(cuts_x[1], y0, cuts_x[1], cut_y)
    p.line(cuts_x[0], cut_y, x1, cut_y)
    for k in range(1, len(spots) + 1):
        x = rng.uniform(x0 + 20, x1 - 40)
        y = rng.uniform(y0 + 20, y1 - 20)
        p.rect(x, y, 12, 12, fill=0.2)
        p.text(x + 16, y + 10, f"F{k}", s.bold, 8)
    p.text(
        m,
        h - m,
        tr(
            lg,
            "F = extinguisher point. Not to scale.",
            "F = Feuerloescher-Standort. Skizze, nicht massstaeblich.",
            "F = emplacement extincteur. Plan non contractuel.",
        ),
        s.font,
        7,
    )
    return p


def tpl_extinguisher_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A fire protection company's service record for the portable extinguishers on the
    premises (BS 5306-3 certificate, German Pruefnachweis nach DIN 14406-4 or French rapport
    de verification APSAD R4): the premises, the extinguishers with location, type, serial,
    year, service carried out and result, defects and recommendations, the technician's and
    customer's signatures; one or two pages, for some a sketch plan of the extinguisher
    points."""
    o = firm(who, "fire")
    lg = o.lang
    s = paper(
        who.style,
        rng.choice([A4, A4, landscape(A4)])
        if lg != "en"
        else rng.choice([who.style.page_size, landscape(A4)]),
        0,
        min(who.style.size, 9.5),
    )
    w, _ = s.page_size
    m = s.margin
    biz = business(who, lg)
    d = someday(rng)
    f = leaves(s, o, f"{biz[0]} - {date_text(d, lg, 'short')}")
    heading(
        f,
        s,
        tr(
            lg,
            rng.choice(
                [
                    "Certificate of Service - Portable Fire Extinguishers",
                    "Fire Extinguisher Service Record",
                ]
            ),
            "Pruefnachweis Feuerloescher",
            "Rapport de verification des extincteurs",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Serviced in accordance with BS 5306-3:2017",
            "Instandhaltung nach DIN 14406-4 und ASR A2.2",
            "Verification annuelle selon regle APSAD R4 et norme NF S 61-919",
        ),
        pt=s.size - 1,
    )
    f.y = (
        cells(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Premises", "Objekt", "Site"), f"{biz[0]}, {biz[1]}, {biz[2]}"),
                (
                    tr(lg, "Date of service", "Pruefdatum", "Date de visite"),
                    date_text(d, lg, "short"),
                ),
                (tr(lg, "Technician", "Sachkundiger", "Technicien"), rng.choice(FOLK[lg])),
                (
                    tr(lg, "BAFE / reg. no.", "Pruefplakette Nr.", "Certificat APSAD"),
                    ident(rng, "999999"),
                ),
            ],
            2,
            hand=rng.random() < 0.5,
        )
        + s.size
    )
    spots = rng.sample(SPOTS[lg], rng.randint(3, len(SPOTS[lg])))
    rows = []
    for k, sp in enumerate(spots, 1):
        for _ in range(rng.choice([1, 1, 1, 2])):
            yr = rng.randint(d.year - 16, d.year)
            result = rng.choice(
                [tr(lg, "OK", "i.O.", "Conforme")] * 6
                + [
                    tr(lg, "Replaced", "ersetzt", "Remplace"),
                    tr(lg, "Condemned", "ausgesondert", "Reforme"),
                    tr(lg, "Recharged", "nachgefuellt", "Recharge"),
                ]
            )
            rows.append(
                [
                    f"F{k}",
                    sp,
                    rng.choice(EXTINGUISHERS[lg]),
                    ident(rng, "A9999999"),
                    str(yr),
                    rng.choice(
                        [tr(lg, "Basic", "Pruefung", "Verif.")] * 3
                        + [
                            tr(lg, "Extended", "Instandhaltung", "Revision"),
                            tr(lg, "Overhaul", "Innenpruefung", "Maintenance"),
                        ]
                    ),
                    result,
                    str(d.year + 1) if yr > d.year - 10 else str(d.year + rng.choice([0, 1])),
                ]
            )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.5, "left"),
                (2, "left"),
                (1.5, "left"),
                (1.2, "left"),
                (0.6, "center"),
                (1.1, "left"),
                (1.1, "left"),
                (0.7, "right"),
            ],
        ),
        [
            tr(lg, "No", "Nr.", "No"),
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Serial", "Fabr.-Nr.", "No serie"),
            tr(lg, "Year", "Bj.", "Annee"),
            tr(lg, "Service", "Leistung", "Operation"),
            tr(lg, "Result", "Ergebnis", "Resultat"),
            tr(lg, "Next", "Naechste", "Prochaine"),
        ],
        rows,
        s,
        rules=True,
        size=s.size - 1,
    )
    heading(
        f, s, tr(lg, "Defects and recommendations", "Maengel / Empfehlungen", "Observations"), 1
    )
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg, "No defects found.", "Keine Maengel festgestellt.", "Aucune anomalie constatee."
            ),
        )
    else:
        bullets(
            f,
            s,
            rng.sample(
                {
                    "en": [
                        "Extinguisher at loading bay obstructed by pallets - keep clear.",
                        "Signage missing at F2; sign supplied and fitted.",
                        "Wall bracket loose at workshop exit.",
                        "Additional CO2 extinguisher recommended next to the new distribution "
                        "board.",
                        "Fire blanket in kitchen past its life; replaced.",
                    ],
                    "de": [
                        "Loescher im Versand durch Paletten verstellt.",
                        "Beschilderung an F2 fehlt - ergaenzt.",
                        "Zusaetzlicher CO2-Loescher an der neuen Unterverteilung empfohlen.",
                        "Wandhalterung Werkstatt lose.",
                    ],
                    "fr": [
                        "Extincteur du quai encombre par des palettes.",
                        "Signaletique manquante F2 - posee.",
                        "Prevoir un extincteur CO2 pres du tableau electrique.",
                    ],
                }[lg],
                2,
            ),
            s.size - 1,
        )
    f.need(70)
    half = (w - 2 * m) / 2
    y = f.y + 10
    for k, (cap, name) in enumerate(
        [
            (tr(lg, "Technician", "Sachkundiger", "Technicien"), rng.choice(FOLK[lg])),
            (tr(lg, "Customer", "Auftraggeber", "Client"), boss(who, lg)),
        ]
    ):
        f.page.text(m + k * half, y, cap, s.font, 8)
        scrawl(f.page, m + k * half + 10, y + 24, name, 13)
        f.page.line(m + k * half, y + 28, m + k * half + half - 30, y + 28)
    f.y = y + 40
    pages = seal(f.pages, s, o)
    if rng.random() < 0.25:
        pages.append(
            floor_plan(
                rng,
                s,
                rng.choice([landscape(A4), A4]),
                spots,
                lg,
                tr(
                    lg,
                    "Site plan - extinguisher points",
                    "Lageplan Feuerloescher",
                    "Plan d'implantation des extincteurs",
                ),
            )
        )
    return pages


TALKS = {
    "en": [
        (
            "Manual handling",
            [
                "Plan the lift and check the route is clear",
                "Keep the load close to the waist",
                "Use the pallet truck for anything over 25 kg",
                "Team lift long boards",
                "Report any strain straight away",
            ],
        ),
        (
            "Working at height - stepladders",
            [
                "Only use ladders with a current inspection tag",
                "Three points of contact",
                "Do not overreach",
                "Never stand on the top three treads",
            ],
        ),
        (
            "Forklift and pedestrian segregation",
            [
                "Walk only in marked walkways",
                "Make eye contact with the driver",
                "High-visibility vests in the yard",
                "Never walk under raised forks",
            ],
        ),
        (
            "Wood dust and extraction",
            [
                "Switch on extraction before the machine",
                "Empty bags at end of shift",
                "Wear FFP3 masks for sanding",
                "Report damaged ducting",
            ],
        ),
        (
            "Knife safety and hot surfaces",
            [
                "Cut away from the body",
                "Store knives in the rack, not the sink",
                "Use oven gloves, not cloths",
                "Warn others when carrying hot trays",
            ],
        ),
        (
            "Fire evacuation",
            [
                "Know your nearest exit",
                "Assembly point is the front car park",
                "Do not stop to collect belongings",
                "Fire marshals sweep their areas",
            ],
        ),
    ],
    "de": [
        (
            "Heben und Tragen",
            [
                "Lasten koerpernah tragen",
                "Hubwagen ab 25 kg benutzen",
                "Lange Platten zu zweit tragen",
                "Rueckenschmerzen sofort melden",
            ],
        ),
        (
            "Staplerverkehr",
            [
                "Nur markierte Gehwege benutzen",
                "Blickkontakt mit dem Fahrer",
                "Warnweste im Hof",
                "Nie unter angehobene Gabeln treten",
            ],
        ),
        (
            "Holzstaub und Absaugung",
            [
                "Absaugung vor der Maschine einschalten",
                "FFP3-Maske beim Schleifen",
                "Beschaedigte Leitungen melden",
            ],
        ),
        (
            "Brandschutz und Raeumung",
            [
                "Fluchtwege freihalten",
                "Sammelplatz vor dem Haupteingang",
                "Feuerloescher-Standorte kennen",
            ],
        ),
    ],
    "fr": [
        (
            "Manutention manuelle",
            [
                "Garder la charge pres du corps",
                "Utiliser le transpalette au-dela de 25 kg",
                "Porter a deux les panneaux longs",
            ],
        ),
        (
            "Brulures et four",
            [
                "Utiliser les gants anti-chaleur",
                "Prevenir en portant une plaque chaude",
                "Ne jamais laisser le four ouvert",
            ],
        ),
        (
            "Evacuation incendie",
            [
                "Connaitre les sorties",
                "Point de rassemblement parking",
                "Ne pas revenir chercher ses affaires",
            ],
        ),
    ],
}


def tpl_toolbox_talk(rng: random.Random, who: Issuer) -> list[Page]:
    """A toolbox talk (safety briefing) record: the topic, who gave it, when and for how long,
    the key points, and the attendance list with the names and signatures written in by hand
    (German Unterweisungsnachweis, French feuille d'emargement); one page or the talk sheet and
    the attendance sheet on two; the records of several talks are filed together."""
    lg = house_lang(who)
    o = (
        firm(who, "consultant", ["typed", "split", "wordmark"])
        if rng.random() < 0.4
        else own_firm(who, lg)
    )
    lg = o.lang if o.name != business(who, lg)[0] else lg
    s = paper(who.style, rng.choice([A4, A4, LETTER]) if lg == "en" else A4)
    w, _ = s.page_size
    m = s.margin
    d = someday(rng)
    topic, points = rng.choice(TALKS[lg])
    biz = business(who, lg)
    f = leaves(s, o, "")
    heading(
        f,
        s,
        tr(
            lg,
            "Toolbox Talk Record",
            "Nachweis ueber die Unterweisung",
            "Feuille d'emargement - causerie securite",
        ),
        4,
    )
    f.y = (
        cells(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Topic", "Thema", "Theme"), topic),
                (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
                (
                    tr(lg, "Given by", "Unterwiesen durch", "Anime par"),
                    rng.choice(FOLK[lg]) if o.name != biz[0] else boss(who, lg),
                ),
                (
                    tr(lg, "Duration", "Dauer", "Duree"),
                    rng.choice(["10 min", "15 min", "20 min", "30 min"]),
                ),
                (tr(lg, "Site", "Betrieb", "Site"), biz[0]),
                (tr(lg, "Ref", "Nr.", "Ref"), ident(rng, "TBT-99")),
            ],
            2,
            hand=rng.random() < 0.6,
        )
        + s.size
    )
    heading(f, s, tr(lg, "Key points", "Inhalte", "Points cles"), 1)
    bullets(f, s, points + ([talk(rng, lg, "safety")] if rng.random() < 0.5 else []))
    if rng.random() < 0.4:
        write(f, s, talks(rng, lg, "safety", 1, 3), pt=s.size - 1)
    if rng.random() < 0.35:
        f.new_page()
        f.page.text(m, f.y, f"{topic} - {date_text(d, lg, 'short')}", s.bold, s.size + 1)
        f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "By signing below I confirm that I attended this talk and understood its content.",
            "Mit meiner Unterschrift bestaetige ich, an der Unterweisung teilgenommen und den "
            "Inhalt verstanden zu haben.",
            "Par ma signature, j'atteste avoir assiste a cette causerie et en avoir compris le "
            "contenu.",
        ),
        pt=s.size - 1,
    )
    cols = columns(m, w - m, [(0.4, "left"), (2.6, "left"), (2.2, "left"), (1.4, "left")])
    heads = [
        "#",
        tr(lg, "Name (print)", "Name, Vorname", "Nom, prenom"),
        tr(lg, "Signature", "Unterschrift", "Signature"),
        tr(lg, "Dept", "Abteilung", "Service"),
    ]

    def head_row() -> None:
        f.page.rect(m, f.y - s.size - 2, w - 2 * m, s.size + 7, fill=0.85)
        for c, t in zip(cols, heads, strict=True):
            f.page.text(c[0], f.y, t, s.bold, s.size - 1)
        f.y += s.size + 8

    f.need(60)
    head_row()
    staff_ = staff(who, lg)
    n = min(len(staff_), rng.randint(3, 14))
    slots = n + rng.randint(0, 6)
    people = rng.sample(staff_, n)
    for k in range(slots):
        if f.need(24):
            head_row()
        f.page.line(m, f.y + 6, w - m, f.y + 6)
        f.page.text(cols[0][0], f.y, str(k + 1), s.font, s.size - 1)
        if k < n:
            last, first = people[k][1].split(", ")
            handwritten(f.page, rng, cols[1][0] + 4, f.y, f"{first} {last}", s.size + 1)
            scrawl(f.page, cols[2][0] + rng.uniform(4, 40), f.y, last, 12)
            handwritten(
                f.page,
                rng,
                cols[3][0] + 2,
                f.y,
                rng.choice(
                    ["Prod.", "Stores", "Office", "Lager", "Versand", "Atelier"][:3]
                    if lg == "en"
                    else ["Prod.", "Lager", "Versand", "Buero"]
                    if lg == "de"
                    else ["Atelier", "Fournil", "Vente"]
                ),
                s.size,
            )
        f.y += 24
    return seal(f.pages, s, o, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates O: accounts, agreements and the register
# ---------------------------------------------------------------------------------------------


def activity(name: str, lang: str) -> str:
    """What the business does, from its name."""
    low = name.lower()
    for keys, en, de, fr in [
        (
            ("joinery", "tischlerei", "menuiserie"),
            "Manufacture of joinery and fitted furniture",
            "Herstellung von Bautischlerei- und Moebelerzeugnissen",
            "Menuiserie, fabrication et pose d'ouvrages en bois",
        ),
        (
            ("coffee", "kaffee", "torrefaction"),
            "Roasting and wholesale of coffee",
            "Roestung von Kaffee sowie Gross- und Einzelhandel mit Kaffee",
            "Torrefaction et commerce de cafe",
        ),
        (
            ("bakery", "boulangerie"),
            "Bakery and retail of bakery products",
            "Herstellung und Vertrieb von Backwaren",
            "Boulangerie, patisserie, vente de produits de boulangerie",
        ),
        (
            ("print", "druckerei"),
            "Print finishing and binding",
            "Druck und Weiterverarbeitung von Druckerzeugnissen",
            "Imprimerie et faconnage",
        ),
        (("bikes",), "Manufacture and retail of bicycles", "", ""),
        (("catering",), "Event catering and contract food services", "", ""),
        (("feinmechanik",), "", "Herstellung von Dreh- und Fraesteilen", ""),
        (("atelier",), "", "", "Travaux de metallerie et serrurerie"),
    ]:
        if any(k in low for k in keys):
            return tr(lang, en, de, fr)
    return tr(lang, "Manufacture and wholesale", "Herstellung und Handel", "Fabrication et negoce")


def tpl_credit_application(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's trade account application as the business filled it in: for some the
    supplier's welcome letter with the limit granted on top, then the form (company details,
    accounts contact, bank, trade references, directors, credit asked for, signature, for some
    a personal guarantee) written in by hand, then the conditions of sale in small print; two
    to five pages."""
    o = firm(who, "supplier")
    lg = o.lang
    s = who.style if lg == "en" else paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    biz = business(who, lg)
    d = someday(rng)
    acct = ident(fixed(who, "supacct"), rng.choice(["AA9999", "99999", "AAA999"]))
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = leaves(s, o, "")
        to_whom(
            f,
            s,
            o,
            business_lines(who, lg),
            d + timedelta(days=rng.randint(4, 14)),
            [(tr(lg, "Account", "Kunden-Nr.", "Compte"), acct)],
        )
        heading(
            f,
            s,
            tr(
                lg,
                "Your new credit account",
                "Eroeffnung Ihres Kundenkontos",
                "Ouverture de votre compte client",
            ),
        )
        dear(f, s, lg, boss(who, lg))
        limit = rng.choice([1500, 2500, 5000, 7500, 10000])
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for your application. We are pleased to confirm that a credit account "
                f"has been opened under the number {acct} with a limit of {amount(limit, lg)}. "
                "Payment terms are 30 days end of month.",
                f"vielen Dank fuer Ihren Antrag. Ihr Kundenkonto {acct} ist eroeffnet; Ihr "
                f"Kreditrahmen betraegt {amount(limit, lg)}, Zahlungsziel 30 Tage netto.",
                f"Nous vous remercions de votre demande. Votre compte {acct} est ouvert avec un "
                f"encours autorise de {amount(limit, lg)}, reglement a 30 jours fin de mois.",
            ),
        )
        write(f, s, talks(rng, lg, "credit", 1, 2))
        regards(
            f,
            s,
            lg,
            rng.choice(FOLK[lg]),
            tr(lg, "Credit Control", "Debitorenbuchhaltung", "Service credit clients"),
            rng.random() < 0.5,
        )
        pages += seal(f.pages, s, o, numbers="none")
    f = leaves(
        s,
        o,
        tr(
            lg,
            "Credit account application",
            "Kontoeroeffnungsantrag",
            "Demande d'ouverture de compte",
        )
        + f" - {biz[0]}",
    )
    heading(
        f,
        s,
        tr(
            lg,
            "Application for a Credit Account",
            "Antrag auf Eroeffnung eines Kundenkontos",
            "Demande d'ouverture de compte",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please complete in BLOCK CAPITALS and return to our credit control department.",
            "Bitte vollstaendig ausfuellen und unterschrieben zuruecksenden.",
            "A completer lisiblement et a retourner signe.",
        ),
        pt=s.size - 1.5,
    )
    wide = w - 2 * m
    reg = register_no(who, lg)

    def section(title_: str) -> None:
        f.need(70)
        f.page.rect(m, f.y - s.size, wide, s.size + 5, fill=0.86)
        f.page.text(m + 4, f.y, title_, s.bold, s.size - 0.5)
        f.y += s.size + 8

    section(tr(lg, "1. Business details", "1. Angaben zum Unternehmen", "1. Identification"))
    f.y = (
        cells(
            f.page,
            s,
            m,
            f.y,
            wide,
            [
                (tr(lg, "Registered name", "Firma", "Raison sociale"), biz[0].upper()),
                (tr(lg, "Company reg. no.", "Registernummer", "SIREN"), reg),
                (
                    tr(lg, "Invoice address", "Rechnungsanschrift", "Adresse de facturation"),
                    f"{biz[1]}, {biz[2]}".upper(),
                ),
                (
                    tr(lg, "VAT no.", "USt-IdNr.", "No TVA"),
                    ident(
                        rng,
                        {"en": "GB 999 9999 99", "de": "DE999999999", "fr": "FR99 999999999"}[lg],
                    ),
                ),
                (tr(lg, "Nature of business", "Branche", "Activite"), activity(biz[0], lg)),
                (
                    tr(lg, "Years trading", "Gegruendet", "Date de creation"),
                    str(rng.randint(2, 30)) if lg == "en" else str(rng.randint(1985, 2021)),
                ),
            ],
            2,
        )
        + 8
    )
    section(
        tr(
            lg,
            "2. Accounts contact and bank",
            "2. Buchhaltung und Bankverbindung",
            "2. Comptabilite et banque",
        )
    )
    f.y = (
        cells(
            f.page,
            s,
            m,
            f.y,
            wide,
            [
                (
                    tr(lg, "Accounts contact", "Ansprechpartner", "Contact"),
                    rng.choice(FOLK[lg]).upper(),
                ),
                (
                    tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Tel. / e-mail"),
                    ident(rng, "09999 999999"),
                ),
                (
                    tr(lg, "Bank", "Bank", "Banque"),
                    rng.choice(
                        {
                            "en": ["NATWEST", "LLOYDS", "BARCLAYS", "HSBC"],
                            "de": ["SPARKASSE", "VOLKSBANK", "COMMERZBANK"],
                            "fr": ["CREDIT AGRICOLE", "BNP PARIBAS", "LCL"],
                        }[lg]
                    ),
                ),
                (
                    tr(lg, "Sort code / account", "IBAN", "IBAN"),
                    ident(
                        rng,
                        {
                            "en": "99-99-99  99999999",
                            "de": "DE99 9999 9999 9999 9999 99",
                            "fr": "FR76 9999 9999 9999 9999 999",
                        }[lg],
                    ),
                ),
                (
                    tr(
                        lg,
                        "Credit limit requested",
                        "Gewuenschter Kreditrahmen",
                        "Encours souhaite",
                    ),
                    amount(rng.choice([2000, 5000, 10000, 15000]), lg),
                ),
                (
                    tr(
                        lg,
                        "Expected monthly spend",
                        "Voraussichtlicher Monatsumsatz",
                        "Achats mensuels prevus",
                    ),
                    amount(rng.choice([500, 1000, 2500, 4000]), lg),
                ),
            ],
            2,
        )
        + 8
    )
    section(tr(lg, "3. Trade references", "3. Referenzen", "3. References fournisseurs"))
    refs = rng.sample(
        [
            sd[0]
            for trade in ("supplier", "haulier", "lessor")
            for sd in SENDERS[trade]
            if sd[1] == lg
        ],
        2,
    )
    f.y = (
        cells(
            f.page,
            s,
            m,
            f.y,
            wide,
            [
                (
                    tr(lg, f"Reference {k + 1}", f"Referenz {k + 1}", f"Reference {k + 1}"),
                    r_.upper(),
                )
                for k, r_ in enumerate(refs)
            ]
            + [
                (
                    tr(lg, "Contact / telephone", "Kontakt / Telefon", "Contact"),
                    ident(rng, "09999 999999"),
                )
                for _ in refs
            ],
            2,
        )
        + 8
    )
    section(
        tr(
            lg,
            "4. Directors / partners / proprietor",
            "4. Geschaeftsfuehrer / Inhaber",
            "4. Dirigeants",
        )
    )
    dirs = [boss(who, lg)] + [
        f"{rng.choice(FIRST[lg].split())} {rng.choice(LAST[lg].split())}"
        for _ in range(rng.randint(0, 2))
    ]
    for nm in dirs:
        f.need(24)
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        handwritten(f.page, rng, m + 4, f.y, nm.upper(), s.size)
        road = rng.choice(
            {
                "en": ["HIGH ST", "MILL LANE", "CHURCH RD"],
                "de": ["PARKSTR.", "AM BACH", "LINDENWEG"],
                "fr": ["RUE NEUVE", "AV. FOCH", "RUE DES LILAS"],
            }[lg]
        )
        handwritten(f.page, rng, m + wide * 0.5, f.y, f"{rng.randint(1, 99)} {road}", s.size)
        f.y += 22
    f.y += 8
    section(tr(lg, "5. Declaration", "5. Erklaerung", "5. Engagement"))
    write(
        f,
        s,
        tr(
            lg,
            "I/We apply for a credit account and agree to be bound by your conditions of sale. "
            "I/We authorise you to obtain references and credit reports.",
            "Wir beantragen die Eroeffnung eines Kundenkontos und erkennen Ihre Allgemeinen "
            "Verkaufsbedingungen an.",
            "Nous demandons l'ouverture d'un compte et acceptons vos conditions generales de "
            "vente.",
        ),
        pt=s.size - 1,
    )
    f.need(60)
    f.page.text(m, f.y + 14, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, s.size - 1)
    scrawl(f.page, m + 60, f.y + 14, boss(who, lg), 15)
    f.page.text(m + wide * 0.55, f.y + 14, tr(lg, "Date", "Datum", "Date"), s.font, s.size - 1)
    handwritten(f.page, rng, m + wide * 0.55 + 40, f.y + 14, date_text(d, lg, "short"), s.size + 1)
    f.y += 40
    if lg == "en" and rng.random() < 0.5:
        section("6. Personal guarantee")
        write(
            f,
            s,
            "In consideration of you opening an account, I guarantee payment of all sums due "
            "from the applicant. " + talk(rng, "en", "credit"),
            pt=s.size - 1.5,
        )
        f.page.text(m, f.y + 12, "Guarantor", s.font, s.size - 1)
        scrawl(f.page, m + 70, f.y + 12, boss(who, lg), 14)
        f.page.text(m + wide * 0.5, f.y + 12, "Witness", s.font, s.size - 1)
        scrawl(f.page, m + wide * 0.5 + 60, f.y + 12, rng.choice(FOLK["en"]), 13)
        f.y += 30
    f.new_page()
    heading(
        f,
        s,
        tr(
            lg,
            "Conditions of Sale",
            "Allgemeine Verkaufs- und Lieferbedingungen",
            "Conditions generales de vente",
        ),
        2,
        rule=True,
    )
    fine_print(
        f,
        s,
        [
            f"{k}. {hd}|" + talks(rng, lg, "credit", 2, 6)
            for k, hd in enumerate(
                (
                    [
                        "Definitions",
                        "Orders",
                        "Prices",
                        "Delivery",
                        "Risk and title",
                        "Payment",
                        "Credit limits",
                        "Returns",
                        "Liability",
                        "Force majeure",
                        "Law",
                    ]
                    if lg == "en"
                    else [
                        "Geltungsbereich",
                        "Angebot",
                        "Preise",
                        "Lieferung",
                        "Eigentumsvorbehalt",
                        "Zahlung",
                        "Maengelruege",
                        "Haftung",
                        "Gerichtsstand",
                    ]
                    if lg == "de"
                    else [
                        "Commandes",
                        "Prix",
                        "Livraison",
                        "Reserve de propriete",
                        "Paiement",
                        "Penalites de retard",
                        "Reclamations",
                        "Juridiction",
                    ]
                ),
                1,
            )
        ],
        rng.choice([2, 3]),
        6.6,
    )
    pages += seal(f.pages, s, o, numbers=rng.choice(["none", o.numbers]))
    return pages


def tpl_dpa_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A data processing agreement from a software provider (payroll, accounting or rota
    software): for some a cover page, numbered clauses, Annex 1 with the details of the
    processing, Annex 2 with the technical and organisational measures, Annex 3 with the
    sub-processors, and the signature block (often signed electronically); English, German
    Auftragsverarbeitungsvertrag or French accord de sous-traitance; four to ten pages."""
    o = firm(who, "software", ["wordmark", "split", "initials", "band"])
    lg = o.lang
    s = paper(who.style, A4) if lg != "en" else who.style
    w, h = s.page_size
    m = s.margin
    biz = business(who, lg)
    d = someday(rng)
    ver = f"v{rng.randint(1, 4)}.{rng.randint(0, 9)}"
    ttl = tr(
        lg,
        "Data Processing Agreement",
        "Vertrag zur Auftragsverarbeitung gemaess Art. 28 DSGVO",
        "Accord de sous-traitance des donnees (article 28 RGPD)",
    )
    cust = ident(fixed(who, "swcust"), "99999")
    f = leaves(s, o, f"{ttl} - {o.name.split(' - ')[0]} - {ver}")
    cover = rng.random() < 0.4
    if cover:
        f.y = h * 0.3
        heading(f, s, ttl, 8)
        f.y += 10
        for t in [
            tr(lg, "between", "zwischen", "entre"),
            f"{biz[0]}, {biz[1]}, {biz[2]}",
            tr(lg, '("the Controller")', "- Verantwortlicher -", "(le Responsable de traitement)"),
            tr(lg, "and", "und", "et"),
            f"{o.name.split(' - ')[0]}, {o.street}, {o.town}",
            tr(lg, '("the Processor")', "- Auftragsverarbeiter -", "(le Sous-traitant)"),
        ]:
            f.page.text(
                w / 2, f.y, fit(t, s.font, s.size + 1, w - 2 * m), s.font, s.size + 1, "center"
            )
            f.y += (s.size + 1) * 1.8
        f.page.text(
            w / 2,
            h - 120,
            f"{tr(lg, 'Version', 'Version', 'Version')} {ver} - "
            f"{tr(lg, 'Customer', 'Kunde', 'Client')} {cust}",
            s.font,
            s.size - 1,
            "center",
        )
        f.new_page()
    else:
        heading(f, s, ttl, 4)
        write(
            f,
            s,
            tr(
                lg,
                f"between {biz[0]} (Controller) and {o.name.split(' - ')[0]} (Processor), "
                f"customer number {cust}.",
                f"zwischen {biz[0]} (Verantwortlicher) und {o.name.split(' - ')[0]} "
                f"(Auftragsverarbeiter), Kundennummer {cust}.",
                f"entre {biz[0]} (responsable de traitement) et {o.name.split(' - ')[0]} "
                f"(sous-traitant), client no {cust}.",
            ),
        )
    clauses = {
        "en": [
            "Subject matter and duration",
            "Nature and purpose of processing",
            "Instructions",
            "Confidentiality",
            "Security of processing",
            "Sub-processors",
            "Data subject rights",
            "Personal data breaches",
            "Deletion and return",
            "Audits",
            "Liability",
            "Final provisions",
        ],
        "de": [
            "Gegenstand und Dauer",
            "Art und Zweck der Verarbeitung",
            "Weisungsbefugnis",
            "Vertraulichkeit",
            "Technische und organisatorische Massnahmen",
            "Unterauftragsverhaeltnisse",
            "Rechte der betroffenen Personen",
            "Mitteilung bei Verletzungen",
            "Loeschung und Rueckgabe",
            "Kontrollrechte",
            "Haftung",
            "Schlussbestimmungen",
        ],
        "fr": [
            "Objet et duree",
            "Nature et finalite",
            "Instructions",
            "Confidentialite",
            "Securite",
            "Sous-traitants ulterieurs",
            "Droits des personnes",
            "Violations de donnees",
            "Sort des donnees",
            "Audits",
            "Responsabilite",
            "Dispositions finales",
        ],
    }[lg]
    for k, cl in enumerate(clauses, 1):
        heading(f, s, f"{k}. {cl}", 1)
        for j in range(1, rng.randint(2, 4)):
            write(f, s, f"{k}.{j} " + talks(rng, lg, "data", 1, 4), indent=0, pt=s.size - 0.5)
    f.need(130)
    f.y += 10
    half = (w - 2 * m) / 2
    signed_e = rng.random() < 0.5
    for k, (cap, nm) in enumerate(
        [
            (
                tr(lg, "For the Controller", "Fuer den Verantwortlichen", "Pour le responsable"),
                boss(who, lg),
            ),
            (
                tr(
                    lg, "For the Processor", "Fuer den Auftragsverarbeiter", "Pour le sous-traitant"
                ),
                rng.choice(FOLK[lg]),
            ),
        ]
    ):
        x = m + k * half
        f.page.text(x, f.y, cap, s.bold, s.size - 1)
        if signed_e:
            f.page.text(
                x,
                f.y + 18,
                tr(
                    lg,
                    "Signed electronically by",
                    "Elektronisch signiert von",
                    "Signe electroniquement par",
                ),
                s.font,
                7,
            )
            f.page.text(
                x,
                f.y + 28,
                f"{nm} - {date_text(d, lg, 'short')} "
                f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
                s.font,
                7,
            )
        else:
            scrawl(f.page, x + 10, f.y + 26, nm)
            f.page.line(x, f.y + 30, x + half - 30, f.y + 30)
            f.page.text(x, f.y + 40, nm, s.font, s.size - 1.5)
    f.y += 60
    if signed_e:
        envelope = ident(rng, "9AAA9A99-9999-99AA-9A9A")
        for p in f.pages[1 if cover else 0 :]:
            p.text(m, 12, f"SignFlow envelope ID: {envelope}", "Courier", 5.5)
    f.new_page()
    heading(
        f,
        s,
        tr(
            lg,
            "Annex 1 - Details of the processing",
            "Anlage 1 - Beschreibung der Verarbeitung",
            "Annexe 1 - Description du traitement",
        ),
        1.5,
    )
    rows = []
    for cap, txt in [
        (
            tr(lg, "Subject matter", "Gegenstand", "Objet"),
            tr(
                lg,
                "Provision of the cloud software service",
                "Bereitstellung der Software als Cloud-Dienst",
                "Fourniture du service logiciel",
            ),
        ),
        (
            tr(lg, "Duration", "Dauer", "Duree"),
            tr(
                lg,
                "For the term of the main agreement",
                "Laufzeit des Hauptvertrags",
                "Duree du contrat principal",
            ),
        ),
        (
            tr(lg, "Data subjects", "Betroffene", "Personnes concernees"),
            tr(
                lg,
                "Employees, former employees, applicants",
                "Beschaeftigte, ehemalige Beschaeftigte, Bewerber",
                "Salaries, anciens salaries, candidats",
            ),
        ),
        (
            tr(lg, "Personal data", "Datenarten", "Donnees"),
            tr(
                lg,
                "Name, address, date of birth, NI number, bank details, pay, absence",
                "Name, Anschrift, Geburtsdatum, SV-Nummer, Bankverbindung, Entgelt",
                "Nom, adresse, date de naissance, NIR, RIB, remuneration",
            ),
        ),
        (
            tr(lg, "Special categories", "Besondere Kategorien", "Donnees sensibles"),
            tr(
                lg,
                "Health data (sickness absence)",
                "Gesundheitsdaten (AU-Zeiten), Religionszugehoerigkeit (Kirchensteuer)",
                "Donnees de sante (arrets maladie)",
            ),
        ),
    ]:
        lines = wrap(txt, s.font, s.size - 1, (w - 2 * m) * 0.62)
        rows.append([cap, lines[0]])
        rows.extend(["", ln] for ln in lines[1:])
    table(
        f,
        columns(m, w - m, [(1, "left"), (2, "left")]),
        [tr(lg, "Item", "Punkt", "Rubrique"), tr(lg, "Description", "Beschreibung", "Description")],
        rows,
        s,
        rules=False,
    )
    f.new_page()
    heading(
        f,
        s,
        tr(
            lg,
            "Annex 2 - Technical and organisational measures",
            "Anlage 2 - Technische und organisatorische Massnahmen",
            "Annexe 2 - Mesures techniques et organisationnelles",
        ),
        1.5,
    )
    for sec in {
        "en": [
            "Physical access control",
            "System access control",
            "Data access control",
            "Transfer control",
            "Input control",
            "Availability",
            "Separation",
        ],
        "de": [
            "Zutrittskontrolle",
            "Zugangskontrolle",
            "Zugriffskontrolle",
            "Weitergabekontrolle",
            "Eingabekontrolle",
            "Verfuegbarkeitskontrolle",
            "Trennungsgebot",
        ],
        "fr": [
            "Controle d'acces physique",
            "Authentification",
            "Habilitations",
            "Transferts",
            "Tracabilite",
            "Disponibilite",
        ],
    }[lg]:
        heading(f, s, sec, 0.5)
        bullets(
            f,
            s,
            [talk(rng, lg, "data", rng.randint(6, 12)) for _ in range(rng.randint(2, 4))],
            s.size - 1,
        )
    if rng.random() < 0.7:
        f.new_page()
        heading(
            f,
            s,
            tr(
                lg,
                "Annex 3 - Approved sub-processors",
                "Anlage 3 - Unterauftragsverarbeiter",
                "Annexe 3 - Sous-traitants ulterieurs",
            ),
            1.5,
        )
        subs = [
            (
                "Nimbus Cloud Services EMEA Ltd",
                "Dublin, IE",
                tr(lg, "Hosting", "Hosting", "Hebergement"),
            ),
            (
                "Postwise Mail GmbH",
                "Berlin, DE",
                tr(lg, "E-mail delivery", "E-Mail-Versand", "Envoi d'e-mails"),
            ),
            (
                "HelpDeskly Inc.",
                "Austin, US (SCC)",
                tr(lg, "Support tickets", "Support", "Support"),
            ),
            ("Archivo Backup SL", "Madrid, ES", tr(lg, "Backups", "Datensicherung", "Sauvegardes")),
            (
                "Payrails BV",
                "Amsterdam, NL",
                tr(lg, "Payment files", "Zahlungsdateien", "Fichiers de paiement"),
            ),
        ]
        table(
            f,
            columns(m, w - m, [(2.2, "left"), (1.4, "left"), (1.6, "left")]),
            [
                tr(lg, "Sub-processor", "Unterauftragnehmer", "Sous-traitant"),
                tr(lg, "Location", "Sitz", "Localisation"),
                tr(lg, "Service", "Leistung", "Prestation"),
            ],
            [list(x) for x in rng.sample(subs, rng.randint(2, 5))],
            s,
            rules=True,
        )
    return seal(
        f.pages,
        s,
        o,
        skip=1 if cover else 0,
        numbers=rng.choice(
            [o.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} sur {n}")]
        ),
    )


def tpl_balance_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A request to confirm a balance at the year end (English auditors' circularisation
    letter, German Saldenbestaetigung, French circularisation des commissaires aux comptes):
    the letter with the balance in the client's books and the reply slip below a cut line or
    on its own page, for some the open items list; one to three pages."""
    o = firm(who, "auditor")
    lg = o.lang
    s = who.style if lg == "en" else paper(who.style, A4)
    w, h = s.page_size
    m = s.margin
    client, ctown = rng.choice(BUYERS[lg])
    ye = rng.choice([(12, 31), (12, 31), (12, 31), (3, 31), (6, 30)])
    ye = date(someday(rng).year, *ye)
    d = ye + timedelta(days=rng.randint(12, 70))
    bal = rng.uniform(400, 38000)
    owed_to_us = rng.random() < 0.6
    f = leaves(s, o, "")
    to_whom(
        f,
        s,
        o,
        business_lines(who, lg),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Notre ref"), ident(rng, "AAA/99/AA")),
            (tr(lg, "Client", "Mandant", "Client"), client),
        ],
    )
    heading(
        f,
        s,
        tr(
            lg,
            f"{client} - confirmation of balance at {on(o, ye)}",
            f"Saldenbestaetigung zum {on(o, ye)} - {client}",
            f"Demande de confirmation de solde au {on(o, ye)} - {client}",
        ),
        1.5,
    )
    dear(f, s, lg)
    amt = amount(bal, lg)
    write(
        f,
        s,
        tr(
            lg,
            f"In connection with our audit of the financial statements of {client}, {ctown}, "
            f"we should be grateful if you would confirm directly to us the balance "
            f"{'due to you from' if owed_to_us else 'due from you to'} our client at "
            f"{on(o, ye)}, which according to their records was {amt}.",
            f"im Rahmen der Jahresabschlusspruefung unserer Mandantin {client}, {ctown}, bitten "
            f"wir Sie, den Saldo zum {on(o, ye)} zu bestaetigen. Nach den Buechern unserer "
            f"Mandantin betraegt Ihr {'Guthaben' if owed_to_us else 'Saldo zu unseren Gunsten'} "
            f"{amt}.",
            f"Dans le cadre de notre mission de commissariat aux comptes de la societe {client}, "
            f"nous vous prions de nous confirmer directement le solde de votre compte au "
            f"{on(o, ye)}, soit {amt} selon les livres de notre client.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please do not send payment to us. If the balance does not agree, please give "
            "details of the difference on the reply below and return it in the envelope "
            "enclosed.",
            "Bitte leisten Sie keine Zahlungen an uns. Abweichungen erlaeutern Sie bitte auf "
            "dem Antwortabschnitt, den Sie uns direkt zurueckschicken.",
            "Ce courrier n'est pas une demande de paiement. En cas de desaccord, merci de "
            "detailler les ecarts sur le coupon-reponse.",
        ),
    )
    regards(
        f,
        s,
        lg,
        rng.choice(FOLK[lg]),
        tr(lg, "Audit Senior", "Wirtschaftspruefer", "Commissaire aux comptes"),
        rng.random() < 0.5,
    )
    slip_here = f.y < h * 0.62 and rng.random() < 0.7
    if not slip_here:
        f.new_page()
    else:
        cut_line(f.page, f.y, m, w - m, tr(lg, "cut here", "hier abtrennen", "a detacher"))
        f.y += 18
    heading(f, s, tr(lg, "Reply", "Bestaetigung", "Coupon-reponse"), 1)
    write(f, s, f"{tr(lg, 'To', 'An', 'A')}: {o.name}, {o.street}, {o.town}", pt=s.size - 1)
    agree = rng.random() < 0.7
    f.page.text(
        m,
        f.y,
        tr(lg, "The balance stated above is", "Der angegebene Saldo wird", "Le solde indique est"),
        s.font,
        s.size - 1,
    )
    f.y = ticks(
        f.page,
        s,
        m + 170,
        f.y,
        w - 2 * m - 170,
        [
            tr(lg, "agreed", "bestaetigt", "confirme"),
            tr(lg, "not agreed", "nicht bestaetigt", "non confirme"),
        ],
        {0 if agree else 1},
    )
    if not agree:
        f.page.text(
            m, f.y, tr(lg, "Our records show:", "Unser Saldo:", "Notre solde :"), s.font, s.size - 1
        )
        handwritten(f.page, rng, m + 150, f.y, money(bal * rng.uniform(0.7, 1.2), lg), s.size + 1)
        f.y += 20
    f.y = cells(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Company", "Firma", "Societe"), business(who, lg)[0]),
            (tr(lg, "Signature", "Unterschrift", "Signature"), boss(who, lg).split()[-1]),
            (tr(lg, "Name / position", "Name / Funktion", "Nom / fonction"), f"{boss(who, lg)}"),
            (
                tr(lg, "Date", "Datum", "Date"),
                date_text(d + timedelta(days=rng.randint(3, 20)), lg, "short"),
            ),
        ],
        2,
    )
    pages = seal(f.pages, s, o, numbers="none")
    if rng.random() < 0.3:
        g = leaves(s, o, "", headed=False)
        heading(
            g,
            s,
            tr(
                lg,
                f"Open items at {on(o, ye)}",
                f"Offene Posten zum {on(o, ye)}",
                f"Detail du solde au {on(o, ye)}",
            ),
            1.5,
        )
        parts = [rng.uniform(40, 4000) for _ in range(rng.randint(3, 25))]
        rows = [
            [
                date_text(ye - timedelta(days=rng.randint(1, 90)), lg, "short"),
                ident(rng, "99999"),
                money(a * bal / sum(parts), lg),
            ]
            for a in parts
        ]
        rows.append(["", tr(lg, "Total", "Summe", "Total"), money(bal, lg)])
        table(
            g,
            columns(m, w - m, [(1, "left"), (2, "left"), (1, "right")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Document", "Beleg", "Piece"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        pages += g.pages
    return pages


def tpl_register_extract(rng: random.Random, who: Issuer) -> list[Page]:
    """A company register print: Companies House confirmation statement as filed
    ('Electronically filed document', statement of capital, shareholders, persons with
    significant control), a German Handelsregister current print (numbered columns, 'Seite i
    von n') or a French extrait Kbis (sections in capitals, 'Fin de l'extrait'); one to four
    pages."""
    o = firm(who, "registry", ["typed", "centred"])
    lg = o.lang
    s = paper(who.style, A4, 56, min(who.style.size, 10))
    w, h = A4
    m = s.margin
    biz = business(who, lg)
    d = someday(rng)
    reg = register_no(who, lg)
    founded = date(rng.randint(1992, 2020), rng.randint(1, 12), rng.randint(1, 28))
    owner = boss(who, lg)
    if lg == "en":
        running = f"Electronically filed document for Company Number: {reg}"

        def start(p: Page, n: int) -> float:
            p.text(m, 40, running, s.font, 8)
            p.text(w - m, 40, f"Page: {n}", s.font, 8, "right")
            return 74

        f = Leaves(A4, h - m, start)

        def kv(items: list[tuple[str, str]]) -> None:
            for k_, v_ in items:
                f.need(s.size * 1.6)
                f.page.text(m, f.y, fit(k_, s.font, s.size - 0.5, 262), s.font, s.size - 0.5)
                for ln in wrap(v_, s.bold, s.size - 0.5, w - m - (m + 270)):
                    f.page.text(m + 270, f.y, ln, s.bold, s.size - 0.5)
                    f.y += s.size * 1.45
            f.y += 6

        heading(f, s, "Confirmation Statement", 6)
        f.y += 6
        kv(
            [
                ("Company Name:", biz[0].upper()),
                ("Company Number:", reg),
                ("Received for filing in electronic format on the:", date_text(d, "en", "short")),
                ("Company Name:", biz[0].upper()),
                (
                    "Confirmation date:",
                    date_text(d - timedelta(days=rng.randint(1, 14)), "en", "short"),
                ),
                ("SIC:", str(rng.choice([16230, 10710, 18140, 46370, 30920, 56210]))),
                ("Statement of capital follows:", "Yes"),
            ]
        )
        heading(f, s, "Statement of Capital (Share Capital)", 1)
        shares = rng.choice([1, 2, 100, 1000])
        kv(
            [
                ("Class of Shares:", "ORDINARY"),
                ("Currency:", "GBP"),
                ("Number allotted", str(shares)),
                ("Aggregate nominal value:", str(shares)),
            ]
        )
        write(f, s, "Prescribed particulars: " + talks(rng, "en", "corp", 1, 3), pt=s.size - 1)
        heading(f, s, "Full details of Shareholders", 1)
        write(
            f,
            s,
            "The details below relate to individuals / corporate bodies that were shareholders "
            f"as at {date_text(d, 'en', 'short')} or that had ceased to be shareholders since the "
            "made up date of the previous confirmation statement.",
            pt=s.size - 1,
        )
        holders = [owner] + [
            f"{rng.choice(FIRST['en'].split())} {rng.choice(LAST['en'].split())}"
            for _ in range(rng.randint(0, 3))
        ]
        left = shares
        for k, hname in enumerate(holders):
            n = left if k == len(holders) - 1 else max(1, left // 2)
            left -= n
            kv(
                [
                    (
                        "Shareholding " + str(k + 1) + ":",
                        f"{n} ORDINARY shares held as at the date of this confirmation statement",
                    ),
                    ("Name:", hname.upper()),
                ]
            )
        heading(f, s, "Persons with Significant Control (PSC)", 1)
        write(f, s, "PSC notifications: " + talk(rng, "en", "corp"), pt=s.size - 1)
        heading(f, s, "Confirmation Statement", 1)
        write(
            f,
            s,
            "I confirm that all information required to be delivered by the company to the "
            "registrar in relation to the confirmation period concerned either has been "
            "delivered or is being delivered at the same time as the confirmation statement.",
            pt=s.size - 1,
        )
        heading(f, s, "Authorisation", 1)
        write(
            f,
            s,
            "Authenticated. This form was authorised by one of the following: Director, "
            "Secretary, Person Authorised, Charity Commission Receiver and Manager, CIC Manager, "
            "Judicial Factor.",
            pt=s.size - 1,
        )
        return f.pages
    if lg == "de":
        court = o.name.split(" - ")[0]
        gmbh = reg.startswith("HRB")
        head_ = f"Handelsregister {reg[2]} des {court.replace('Amtsgericht', 'Amtsgerichts')}"
        call = (
            f"Abruf vom {date_text(d, 'de', 'short')} "
            f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
        )

        def start(p: Page, n: int) -> float:
            p.text(m, 44, head_, s.bold, s.size)
            p.text(w - m, 44, f"Nummer der Firma: {reg}", s.font, s.size - 1, "right")
            p.text(m, 58, "Ausdruck", s.font, s.size - 1.5)
            p.text(w - m, 58, call, s.font, s.size - 1.5, "right")
            p.line(m, 64, w - m, 64)
            return 86

        f = Leaves(A4, h - m, start)
        heading(f, s, "Aktueller Ausdruck", 3)
        born = date_text(
            date(rng.randint(1960, 1990), rng.randint(1, 12), rng.randint(1, 28)), "de", "short"
        )
        who_ = f"{owner.split()[-1]}, {owner.split()[0]}, Bielefeld, *{born}"
        kg = " KG" in biz[0]
        partner = f"{rng.choice(LAST['de'].split())}, {rng.choice(FIRST['de'].split())}, Herford"
        hra = [
            ("1. Anzahl der bisherigen Eintragungen:", str(rng.randint(1, 9))),
            ("2. a) Firma:", biz[0]),
            (
                "b) Sitz, Niederlassung, inlaendische Geschaeftsanschrift:",
                f"{biz[2].split(maxsplit=1)[1]}; Geschaeftsanschrift: {biz[1]}, {biz[2]}",
            ),
            ("c) Gegenstand des Unternehmens:", activity(biz[0], "de")),
            (
                "3. a) Allgemeine Vertretungsregelung:",
                "Jeder persoenlich haftende Gesellschafter vertritt die Gesellschaft einzeln."
                if kg
                else "Der Inhaber handelt allein.",
            ),
            (
                "b) Inhaber / Persoenlich haftende Gesellschafter:",
                ("Persoenlich haftender Gesellschafter: " if kg else "Inhaber: ") + who_,
            ),
            ("4. Prokura:", rng.choice(["", f"Einzelprokura: {partner}"])),
            (
                "5. a) Rechtsform, Beginn und Satzung:",
                "Kommanditgesellschaft" if kg else "Einzelkaufmann",
            ),
            ("b) Sonstige Rechtsverhaeltnisse:", ""),
            (
                "c) Kommanditisten, Mitglieder:",
                f"{partner}, Einlage: {money(rng.choice([5000, 10000, 25000]), 'de')} EUR"
                if kg
                else "",
            ),
            (
                "6. a) Tag der letzten Eintragung:",
                date_text(d - timedelta(days=rng.randint(30, 900)), "de", "short"),
            ),
        ]
        entries = [
            ("1. Anzahl der bisherigen Eintragungen:", str(rng.randint(1, 9))),
            ("2. a) Firma:", biz[0]),
            (
                "b) Sitz, Niederlassung, inlaendische Geschaeftsanschrift:",
                f"{biz[2].split(maxsplit=1)[1]}; Geschaeftsanschrift: {biz[1]}, {biz[2]}",
            ),
            (
                "c) Gegenstand des Unternehmens:",
                activity(biz[0], "de") + ". " + talk(rng, "de", "corp"),
            ),
            (
                "3. Grund- oder Stammkapital:",
                f"{money(rng.choice([25000, 50000, 100000]), 'de')} EUR",
            ),
            (
                "4. a) Allgemeine Vertretungsregelung:",
                "Ist nur ein Geschaeftsfuehrer bestellt, so vertritt er die Gesellschaft allein. "
                "Sind mehrere Geschaeftsfuehrer bestellt, so wird die Gesellschaft durch zwei "
                "Geschaeftsfuehrer oder durch einen Geschaeftsfuehrer gemeinsam mit einem "
                "Prokuristen vertreten.",
            ),
            (
                "b) Vertretungsberechtigte und besondere Vertretungsbefugnis:",
                f"Geschaeftsfuehrer: {who_}; mit der Befugnis, im Namen der Gesellschaft mit sich "
                "im eigenen Namen oder als Vertreter eines Dritten Rechtsgeschaefte "
                "abzuschliessen",
            ),
            (
                "5. Prokura:",
                rng.choice(
                    [
                        "",
                        f"Einzelprokura: {rng.choice(LAST['de'].split())}, "
                        f"{rng.choice(FIRST['de'].split())}, Herford",
                    ]
                ),
            ),
            (
                "6. a) Rechtsform, Beginn, Satzung oder Gesellschaftsvertrag:",
                "Gesellschaft mit beschraenkter Haftung. Gesellschaftsvertrag vom "
                f"{date_text(founded, 'de', 'short')}",
            ),
            ("b) Sonstige Rechtsverhaeltnisse:", ""),
            (
                "7. a) Tag der letzten Eintragung:",
                date_text(d - timedelta(days=rng.randint(30, 900)), "de", "short"),
            ),
        ]
        for cap, val in entries if gmbh else hra:
            f.need(40)
            f.page.text(m, f.y, cap, s.bold, s.size - 0.5)
            f.y += s.size * 1.5
            write(f, s, val or "-", indent=18, pt=s.size - 0.5)
        number_pages(f.pages, s, "Seite {i} von {n}", "bc", bottom=30)
        return f.pages
    code = ident(rng, "AAAAAAAAAA")
    birth = date(rng.randint(1960, 1992), rng.randint(1, 12), rng.randint(1, 28))

    def start(p: Page, n: int) -> float:
        p.text(w / 2, 40, "Greffe du Tribunal de Commerce de Lyon", s.bold, s.size, "center")
        p.text(w / 2, 52, "44 rue de Bonnel 69433 LYON CEDEX 03", s.font, s.size - 2, "center")
        p.text(m, 70, f"Code de verification : {code}", s.font, s.size - 2)
        p.text(m, 80, "https://www.infogreffe.fr/controle", s.font, s.size - 2)
        return 108

    f = Leaves(A4, h - m, start)
    f.page.text(w / 2, f.y, "Extrait Kbis", s.bold, s.size + 6, "center")
    f.y += 18
    for t in wrap(
        "EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIETES a jour au "
        f"{date_text(d, 'fr', 'long')}",
        s.bold,
        s.size - 0.5,
        w - 2 * m,
    ):
        f.page.text(w / 2, f.y, t, s.bold, s.size - 0.5, "center")
        f.y += s.size * 1.4
    f.y += 8
    sections = [
        (
            "IDENTIFICATION DE LA PERSONNE MORALE",
            [
                ("Immatriculation au RCS, numero", f"{reg} R.C.S. Lyon"),
                ("Date d'immatriculation", date_text(founded, "fr", "short")),
                ("Denomination ou raison sociale", biz[0].upper()),
                (
                    "Forme juridique",
                    rng.choice(
                        ["Societe a responsabilite limitee", "Societe par actions simplifiee"]
                    ),
                ),
                ("Capital social", f"{money(rng.choice([1000, 8000, 50000]), 'fr')} Euros"),
                ("Adresse du siege", f"{biz[1]} {biz[2]}"),
                ("Activites principales", activity(biz[0], "fr")),
                (
                    "Duree de la personne morale",
                    "Jusqu'au "
                    + date_text(date(founded.year + 99, founded.month, founded.day), "fr", "short"),
                ),
                (
                    "Date de cloture de l'exercice social",
                    rng.choice(["31 decembre", "30 juin", "31 mars"]),
                ),
            ],
        ),
        (
            "GESTION, DIRECTION, ADMINISTRATION, CONTROLE, ASSOCIES OU MEMBRES",
            [
                (
                    "Gerant" if rng.random() < 0.6 else "President",
                    f"{owner.split()[-1].upper()} {owner.split()[0]}",
                ),
                (
                    "Date et lieu de naissance",
                    f"Le {date_text(birth, 'fr', 'short')} "
                    f"a {rng.choice(['Lyon', 'Saint-Etienne', 'Grenoble', 'Villeurbanne'])}",
                ),
                ("Nationalite", "Francaise"),
                (
                    "Domicile personnel",
                    f"{rng.randint(1, 80)} "
                    f"{rng.choice(['rue Duguesclin', 'avenue Jean Jaures', 'rue Vendome'])} 69006 "
                    "Lyon",
                ),
            ],
        ),
        (
            "RENSEIGNEMENTS RELATIFS A L'ACTIVITE ET A L'ETABLISSEMENT PRINCIPAL",
            [
                ("Adresse de l'etablissement", f"{biz[1]} {biz[2]}"),
                ("Activite(s) exercee(s)", activity(biz[0], "fr")),
                ("Date de commencement d'activite", date_text(founded, "fr", "short")),
                ("Origine du fonds ou de l'activite", rng.choice(["Creation", "Achat", "Apport"])),
                ("Mode d'exploitation", "Exploitation directe"),
            ],
        ),
    ]
    for sec, items in sections:
        f.need(60)
        f.page.rect(m, f.y - s.size, w - 2 * m, s.size + 5, fill=0.87)
        f.page.text(m + 4, f.y, fit(sec, s.bold, s.size - 1, w - 2 * m - 8), s.bold, s.size - 1)
        f.y += s.size * 1.8
        for cap, val in items:
            lines = wrap(val, s.font, s.size - 1, (w - 2 * m) * 0.52)
            f.need(len(lines) * s.size * 1.4 + 4)
            f.page.text(
                m, f.y, fit(cap, s.font, s.size - 1, (w - 2 * m) * 0.44), s.font, s.size - 1
            )
            for ln in lines:
                f.page.text(m + (w - 2 * m) * 0.46, f.y, ln, s.font, s.size - 1)
                f.y += s.size * 1.4
            f.y += 3
        f.y += 8
    f.need(60)
    f.page.text(w - m - 120, f.y + 10, "Le Greffier", s.font, s.size - 1)
    f.page.text(w / 2, f.y + 40, "FIN DE L'EXTRAIT", s.bold, s.size, "center")
    number_pages(f.pages, s, "Page {i} sur {n}", "bc", bottom=30)
    return f.pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_O: dict[str, Template] = {
    "cmr_note": tpl_cmr_note,
    "pallet_note": tpl_pallet_note,
    "origin_cert": tpl_origin_cert,
    "payroll_journal": tpl_payroll_journal,
    "contribution_notice": tpl_contribution_notice,
    "lease_schedule": tpl_lease_schedule,
    "calibration_cert": tpl_calibration_cert,
    "fair_booking": tpl_fair_booking,
    "royalty_statement": tpl_royalty_statement,
    "claim_letter": tpl_claim_letter,
    "adjuster_report": tpl_adjuster_report,
    "cover_decision": tpl_cover_decision,
    "factoring_statement": tpl_factoring_statement,
    "stock_count": tpl_stock_count,
    "extinguisher_record": tpl_extinguisher_record,
    "toolbox_talk": tpl_toolbox_talk,
    "credit_application": tpl_credit_application,
    "dpa_agreement": tpl_dpa_agreement,
    "balance_confirmation": tpl_balance_confirmation,
    "register_extract": tpl_register_extract,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "cmr_note",
    "pallet_note",
    "contribution_notice",
    "calibration_cert",
    "royalty_statement",
    "toolbox_talk",
    "cover_decision",
)
#: A kind often followed by a related kind from the same issuer.
FOLLOWS = {
    "claim_letter": "adjuster_report",
    "payroll_journal": "contribution_notice",
    "origin_cert": "cmr_note",
    "cmr_note": "pallet_note",
    "factoring_statement": "cover_decision",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_trunk_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; a claim letter is followed by the loss
    adjuster's report, a payroll journal by the contribution notice, a certificate of origin
    by the CMR note, a CMR note by the pallet voucher and a factoring statement by a credit
    limit decision, each with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_O, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_trunk_stream, "templates O")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

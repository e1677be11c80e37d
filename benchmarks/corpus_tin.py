"""Tin part of the generated corpus: templates YY, written blind for the next measurement.

A part of its own, ``tin``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an amateur
multi-sport club (football, tennis and athletics sections, a clubhouse with a bar; in England,
Germany or France) feeds through its scanner in a month: membership application forms filled in
by hand (Aufnahmeantrag, bulletin d'adhésion) with the direct debit mandate, Gift Aid
declaration or health questionnaire behind; members' letters cancelling their membership,
typed or handwritten; the federation's player registration forms (Antrag auf Spielerlaubnis,
demande de licence) with the photo box, the club's stamp and the medical certificate or parent's
consent on the back; the county association's or district's circulars with numbered items and
now and then the fixtures list on landscape pages or a return form; the league system's match
sheets (Spielbericht, feuille de match, team sheet) on landscape A4 with both line-ups, cards,
substitutions and signatures, or the tennis team match result sheet with its rubbers; referees'
fee and expenses claims on A5 or a slip, filled in by hand; the disciplinary body's decisions
after a sending-off (Sportgericht, commission de discipline) with the appeal notice and the
fine's payment slip; the federation's affiliation and levy invoice with the member statistics
return; grant offers from the council or a sports foundation (Zuwendungsbescheid, notification
de subvention) with the standard conditions and the acceptance form; the drinks wholesaler's
invoices for the bar with deposits and empties, and the dray's delivery slips; the groundsman
contractor's invoices with the work record or photographs of the work; first-aid, defibrillator
and safeguarding course certificates; visiting clubs' entry forms for the club's tournament or
athletics meeting, a foreign club's with a covering letter in its own language; sports accident
report forms to the club's insurer (Unfallanzeige, déclaration d'accident) with the doctor's
certificate, and the insurer's decision; minutes of committee meetings with the action list;
the treasurer's annual report with the income and expenditure account on a landscape page and
the auditors' report; the kit supplier's order confirmation with the print list of names and
numbers; the council's invoice for the hire of the sports hall with the booking schedule and a
payment slip. Each stream is one club's pile: the club (country, name, month) is drawn once per
stream; its outside senders are of the club's country and write in its language, except that
visiting clubs and kit suppliers are now and then from abroad and write in their own. Page sizes
range from narrow delivery slips and A5 claims to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the club files it: the
mandate, Gift Aid declaration and health questionnaire of a membership application; the medical
certificate or consent page of a player registration; the fixtures list or return form of a
circular; the appeal notice and payment slip of a disciplinary decision; the statistics return
of an affiliation invoice; the conditions and acceptance form of a grant offer; the work record
or photo pages of a groundsman's invoice; the syllabus page on the back of a certificate; the
covering letter in front of a foreign club's entry form; the doctor's certificate sent with an
accident report; the income and expenditure pages and the auditors' report of a treasurer's
report; the print list of a kit order; the booking schedule of a hall hire invoice. Related
papers are documents of their own: the referee's claim after the match sheet, the drinks
invoice after the dray's delivery slip, the insurer's decision after the accident report and
the treasurer's report after the committee minutes; and so is each application, registration,
match sheet, referee's claim, drinks invoice, delivery slip, certificate and entry form of a
run, even when several from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: membership applications, player
registrations, match sheets, referees' claims, drinks invoices, delivery slips, course
certificates and entry forms often come 2-4 in a row from one sender with other people, matches,
dates, numbers and amounts; and companions: each related paper above often follows the document
it answers, about the same match, delivery, accident or meeting. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split":
"tin"`` and seeds offset by 5_000_000.

Usage: ``python benchmarks/corpus_tin.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tin/tin_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    MONTHS,
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

PART = "tin"
SEED_OFFSET = 5_000_000

MM = 72 / 25.4
SLIP = (80 * MM, 165 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the club and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CLUBS: dict[str, list[Row]] = {
    "en": [
        (
            "Ashford Park Sports Club",
            "The Pavilion, Church Road",
            "Ashford TN23 1RD",
            "01233 620415",
        ),
        ("Hollins Vale Amateur Sports Club", "Vale Road", "Stockport SK4 3QT", "0161 432 7781"),
        ("Kingsmead Athletic & Lawn Tennis Club", "Kingsmead Lane", "Taunton TA1 4JN", ""),
    ],
    "de": [
        ("TSV Grünwald 1908 e.V.", "Sportplatzweg 4", "82031 Grünwald", "089 641 22 07"),
        ("SV Blau-Weiß Ebersberg 1921 e.V.", "Am Waldsportpark 2", "85560 Ebersberg", ""),
        ("TuS Lindenau 1896 e.V.", "Nathusiusstraße 9", "04177 Leipzig", "0341 480 55 12"),
    ],
    "fr": [
        ("Union Sportive de Villefranche", "Stade Armand-Chouffet", "69400 Villefranche", ""),
        ("AS Montreuil-Bellay Omnisports", "Complexe sportif, rue du Stade", "49260 Montreuil", ""),
        (
            "Stade Olympique Castelnau",
            "Allée des Sports",
            "34170 Castelnau-le-Lez",
            "04 67 72 18 30",
        ),
    ],
}
SHORT = {
    "Ashford Park Sports Club": "Ashford Park",
    "Hollins Vale Amateur Sports Club": "Hollins Vale",
    "Kingsmead Athletic & Lawn Tennis Club": "Kingsmead",
    "TSV Grünwald 1908 e.V.": "TSV Grünwald",
    "SV Blau-Weiß Ebersberg 1921 e.V.": "SV BW Ebersberg",
    "TuS Lindenau 1896 e.V.": "TuS Lindenau",
    "Union Sportive de Villefranche": "US Villefranche",
    "AS Montreuil-Bellay Omnisports": "AS Montreuil-Bellay",
    "Stade Olympique Castelnau": "SO Castelnau",
}
OPPONENTS = {
    "en": [
        "Wye Valley Rovers",
        "St Mary's Old Boys",
        "Hythe Town Reserves",
        "Kennington FC",
        "Marden Minors",
        "Bredgar Athletic",
        "Lydd Town",
        "Woodchurch United",
        "Charing Heath",
        "Sellindge FC",
    ],
    "de": [
        "FC Deisenhofen II",
        "SpVgg Unterhaching III",
        "TSV Oberhaching",
        "SV Aubing",
        "FC Perlach",
        "SC Baldham-Vaterstetten",
        "TSV Poing",
        "DJK Pasing",
        "SV Heimstetten II",
        "FC Grafing",
    ],
    "fr": [
        "FC Gleizé",
        "AS Beaujolais Nord",
        "Olympique Belleville",
        "FC Anse",
        "ES Trévoux",
        "US Arnas",
        "AS Limas",
        "FC Val-de-Saône",
        "CS Neuville",
        "Jeunesse Sportive Pommiers",
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "federation": {
        "en": [
            ("Kent County Football Association", "69 Maidstone Road", "Chatham ME4 6DT", ""),
            ("Cheshire County Football Association", "Hartford House", "Northwich CW8 1BZ", ""),
            ("Somerset County Football Association", "Harrison Way", "Taunton TA1 2QS", ""),
            ("England Athletics - South East", "SportPark, 3 Oakwood Drive", "Loughborough", ""),
            ("LTA Tennis - County Office", "Pavilion Lane", "Maidstone ME15 6AE", ""),
        ],
        "de": [
            (
                "Bayerischer Fußball-Verband - Kreis München",
                "Brienner Straße 50",
                "80333 München",
                "",
            ),
            ("Sächsischer Fußball-Verband e.V.", "Abtnaundorfer Straße 47", "04347 Leipzig", ""),
            ("Bayerischer Tennis-Verband e.V.", "Georg-Brauchle-Ring 93", "80992 München", ""),
            ("Bayerischer Leichtathletik-Verband", "Georg-Brauchle-Ring 93", "80992 München", ""),
        ],
        "fr": [
            ("District de Football du Rhône", "30 rue Victor Hugo", "69560 Saint-Romain", ""),
            (
                "Ligue Auvergne-Rhône-Alpes de Tennis",
                "15 avenue de Sully",
                "69800 Saint-Priest",
                "",
            ),
            ("District de l'Anjou de Football", "7 rue du Pré Pigeon", "49000 Angers", ""),
            ("Comité départemental d'Athlétisme", "Maison des Sports", "34000 Montpellier", ""),
        ],
    },
    "league": {
        "en": [
            ("Kent County League - Full-Time System", "League Secretary", "Sevenoaks", ""),
            ("Cheshire League - Matchday Online", "League Office", "Crewe CW1 2AA", ""),
            ("Somerset County League", "Fixtures Secretary", "Bridgwater TA6", ""),
        ],
        "de": [
            ("DFBnet Spielbericht - BFV Spielgruppe München", "Brienner Straße 50", "München", ""),
            (
                "DFBnet Spielbericht - SFV Stadtliga Leipzig",
                "Abtnaundorfer Straße 47",
                "Leipzig",
                "",
            ),
        ],
        "fr": [
            ("FFF - Feuille de match informatisée", "District de Football du Rhône", "Lyon", ""),
            ("FFF - Feuille de match informatisée", "District de l'Anjou", "Angers", ""),
            ("FFF - Feuille de match informatisée", "District de l'Hérault", "Montpellier", ""),
        ],
    },
    "discipline": {
        "en": [
            ("Kent County FA - Discipline Department", "69 Maidstone Road", "Chatham ME4 6DT", ""),
            ("Cheshire County FA - Discipline", "Hartford House", "Northwich CW8 1BZ", ""),
            ("Somerset County FA - Discipline", "Charles Lewin House", "Taunton TA1 2PX", ""),
        ],
        "de": [
            ("BFV Sportgericht - Kreis München", "Brienner Straße 50", "80333 München", ""),
            ("SFV Sportgericht - Kreis Leipzig", "Abtnaundorfer Straße 47", "04347 Leipzig", ""),
        ],
        "fr": [
            ("District du Rhône - Commission de Discipline", "30 rue Victor Hugo", "Lyon", ""),
            ("District de l'Anjou - Commission de Discipline", "7 rue du Pré Pigeon", "Angers", ""),
            (
                "District de l'Hérault - Commission de Discipline",
                "Rue du Mas de Ratte",
                "Montpellier",
                "",
            ),
        ],
    },
    "referee": {
        "en": [
            ("Gary Whitlock", "14 Beaver Road", "Ashford TN23 7RR", "07702 114 588"),
            ("Sunil Mistry", "3 Oak Close", "Maidstone ME16 0PD", ""),
            ("Karen Hopwood", "27 Moss Lane", "Sale M33 5BN", "07817 402 119"),
        ],
        "de": [
            ("Florian Wimmer", "Kirchweg 12", "85609 Aschheim", "0171 4432 908"),
            ("Deniz Arslan", "Landsberger Str. 201", "80687 München", ""),
            ("Christine Haas", "Zschochersche Str. 58", "04229 Leipzig", ""),
        ],
        "fr": [
            ("Romain Chabert", "12 chemin des Vignes", "69220 Belleville", "06 71 22 45 09"),
            ("Mehdi Bouzid", "4 rue Paul Bert", "69400 Villefranche", ""),
            ("Lucie Marchand", "18 rue d'Alsace", "49100 Angers", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Ashford Borough Council - Leisure Services",
                "Civic Centre, Tannery Lane",
                "Ashford",
                "",
            ),
            ("Stockport Council - Sport & Leisure Bookings", "Fred Perry House", "Stockport", ""),
            ("Somerset West and Taunton Council", "Deane House, Belvedere Road", "Taunton", ""),
        ],
        "de": [
            ("Gemeinde Grünwald - Sport und Vereine", "Rathausstraße 3", "82031 Grünwald", ""),
            ("Stadt Ebersberg - Sportstättenverwaltung", "Marienplatz 1", "85560 Ebersberg", ""),
            ("Stadt Leipzig - Amt für Sport", "Martin-Luther-Ring 4-6", "04109 Leipzig", ""),
        ],
        "fr": [
            (
                "Mairie de Villefranche-sur-Saône - Service des Sports",
                "2 rue de la Sous-Préfecture",
                "69400 Villefranche",
                "",
            ),
            (
                "Ville de Montreuil-Bellay - Service des Sports",
                "Place du Concorde",
                "49260 Montreuil",
                "",
            ),
            (
                "Ville de Castelnau-le-Lez - Direction des Sports",
                "2 rue de la Crouzette",
                "34170 Castelnau-le-Lez",
                "",
            ),
        ],
    },
    "funder": {
        "en": [
            ("Sport England", "21 Bloomsbury Street", "London WC1B 3HF", ""),
            (
                "The Football Foundation",
                "Whittington House, 19-30 Alfred Place",
                "London WC1E 7EA",
                "",
            ),
            ("Kent Community Foundation", "Evegate Park Barn", "Smeeth TN25 6SX", ""),
        ],
        "de": [
            ("Landratsamt Ebersberg - Sportförderung", "Eichthalstraße 5", "85560 Ebersberg", ""),
            ("Bayerischer Landes-Sportverband e.V.", "Georg-Brauchle-Ring 93", "80992 München", ""),
            ("Landessportbund Sachsen e.V.", "Goyastraße 2d", "04105 Leipzig", ""),
        ],
        "fr": [
            ("Agence nationale du Sport", "69 rue de Vaugirard", "75006 Paris", ""),
            (
                "Conseil départemental - Direction des Sports",
                "Hôtel du Département",
                "69003 Lyon",
                "",
            ),
            (
                "Région - Direction des Sports et de la Jeunesse",
                "1 Esplanade F. Mitterrand",
                "69002 Lyon",
                "",
            ),
        ],
    },
    "drinks": {
        "en": [
            (
                "Weald Ales & Minerals Ltd",
                "Unit 7, Orbital Park",
                "Ashford TN24 0SA",
                "01233 503 900",
            ),
            ("North West Drinks Wholesale Ltd", "Bredbury Park Way", "Stockport SK6 2SN", ""),
            ("Quantock Brewery Trade Sales", "Westridge Way", "Bishops Lydeard TA4 3RU", ""),
        ],
        "de": [
            (
                "Getränke Brandl GmbH & Co. KG",
                "Industriestraße 18",
                "85609 Aschheim",
                "089 909 33 40",
            ),
            ("Brauerei Rothmoos KG - Gastronomieservice", "Brauhausplatz 1", "85567 Grafing", ""),
            ("Getränkehandel Kühn e.K.", "Merseburger Straße 210", "04178 Leipzig", ""),
        ],
        "fr": [
            ("Boissons du Beaujolais SAS", "ZI Nord, rue des Frères Lumière", "69400 Arnas", ""),
            ("Distribution Anjou Boissons", "ZA de la Vallée", "49400 Saumur", "02 41 51 08 77"),
            ("Brasserie du Lez - service CHR", "Rue de la Jasse", "34170 Castelnau-le-Lez", ""),
        ],
    },
    "grounds": {
        "en": [
            ("Greenline Sportsturf Ltd", "Hop Farm Yard", "Paddock Wood TN12 6PY", "01892 833 410"),
            ("P. Hartley Grounds Maintenance", "Oakfield Nurseries", "Knutsford WA16 8QH", ""),
        ],
        "de": [
            ("Sportplatzbau Huber GmbH", "Gewerbering 7", "85649 Brunnthal", "08104 64 99 20"),
            ("Garten- und Landschaftsbau Reiter", "Am Anger 3", "85567 Grafing", ""),
            (
                "Sportstättenpflege Mitteldeutschland GmbH",
                "Torgauer Straße 233",
                "04347 Leipzig",
                "",
            ),
        ],
        "fr": [
            ("Verdance Sols Sportifs SARL", "ZA Les Platières", "69210 Lentilly", "04 74 01 66 21"),
            ("Terrains & Gazons de l'Ouest", "La Croix Verte", "49400 Saumur", ""),
            ("Méditerranée Espaces Verts", "Parc d'activités Fréjorgues", "34130 Mauguio", ""),
        ],
    },
    "trainer": {
        "en": [
            ("St John Ambulance - Training", "27 St John's Lane", "London EC1M 4BU", ""),
            ("The Football Association - Safeguarding", "Wembley Stadium", "London HA9 0WS", ""),
            ("Lifeline First Aid Training Ltd", "Unit 4, Eureka Park", "Ashford TN25 4AZ", ""),
        ],
        "de": [
            (
                "DRK Kreisverband München e.V. - Breitenausbildung",
                "Perchtinger Str. 5",
                "81379 München",
                "",
            ),
            ("Johanniter-Unfall-Hilfe e.V. - Ausbildung", "Gotthardstraße 8", "04177 Leipzig", ""),
            ("BLSV Sportschule Oberhaching", "Im Loh 2", "82041 Oberhaching", ""),
        ],
        "fr": [
            ("Croix-Rouge française - Unité locale", "9 rue Ampère", "69400 Villefranche", ""),
            ("Protection Civile - Antenne départementale", "20 rue Lafayette", "49100 Angers", ""),
            ("Institut Régional de Formation du Football", "Maison du Football", "69000 Lyon", ""),
        ],
    },
    "visitor": {
        "en": [
            ("Folkestone Harriers AC", "Cheriton Road Sports Ground", "Folkestone CT19 5JU", ""),
            ("Bearsted Juniors FC", "Honey Lane", "Maidstone ME15 8RF", ""),
            ("Edgeley Park Juniors FC", "Dialstone Lane", "Stockport SK2 6AA", ""),
            ("Taunton Athletic Club", "Blackbrook Pavilion", "Taunton TA1 2PX", ""),
        ],
        "de": [
            ("SC Unterföhring e.V. - Jugendabteilung", "Bergstraße 5", "85774 Unterföhring", ""),
            ("LAC Quelle Fürth", "Kronacher Straße 60", "90765 Fürth", ""),
            ("FC Markkleeberg e.V.", "Am Sportplatz 1", "04416 Markkleeberg", ""),
            ("Leichtathletik-Club Leipzig e.V.", "Am Sportforum 1", "04105 Leipzig", ""),
        ],
        "fr": [
            ("Entente Athlétique Mâconnaise", "Stade Pierre Guérin", "71000 Mâcon", ""),
            ("Saumur Olympique Football", "Stade Offard", "49400 Saumur", ""),
            ("Jeunesse Sportive Lunelloise", "Stade Fernand Brunel", "34400 Lunel", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Bramley Sports Insurance Services",
                "Claims Dept, 40 Lime Street",
                "London EC3M 7AW",
                "",
            ),
            ("Howarth & Lane Club Insurance", "Claims, Cathedral Hill", "Guildford GU2 7YB", ""),
        ],
        "de": [
            (
                "ARAG Sportversicherung - Versicherungsbüro beim BLSV",
                "Georg-Brauchle-Ring 93",
                "80992 München",
                "",
            ),
            (
                "ARAG Sportversicherung - Büro beim LSB Sachsen",
                "Goyastraße 2d",
                "04105 Leipzig",
                "",
            ),
        ],
        "fr": [
            ("Mutuelle des Sportifs - Service Sinistres", "2-4 rue Louis David", "75016 Paris", ""),
            (
                "Cabinet Frachon - Assurances des associations",
                "12 quai Jules Courmont",
                "69002 Lyon",
                "",
            ),
        ],
    },
    "kit": {
        "en": [
            ("Pro-Team Kitwear Ltd", "Units 2-3, Canal Side", "Burnley BB11 1BE", "01282 410 900"),
            ("Touchline Teamwear", "18 Market Street", "Bolton BL1 1BW", ""),
        ],
        "de": [
            ("Teamsport Brandner GmbH", "Rosenheimer Landstraße 102", "85521 Ottobrunn", ""),
            ("Sport Kröger Vereinsbedarf", "Karl-Liebknecht-Str. 88", "04275 Leipzig", ""),
        ],
        "fr": [
            ("Collectivités Sport Équipement", "ZAC du Martelet", "69200 Vénissieux", ""),
            ("Flocage Pro Sports SARL", "15 rue de la Gare", "49300 Cholet", "02 41 62 90 13"),
        ],
    },
    "doctor": {
        "en": [("Dr R. Okafor MBBS MRCGP", "Eastgate Surgery", "Ashford TN23 1AA", "")],
        "de": [("Dr. med. Stefanie Lindner", "Praxis für Allgemeinmedizin", "Grünwald", "")],
        "fr": [
            ("Docteur Pascal Véron", "Médecine générale - médecine du sport", "Villefranche", "")
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Rob", "Priya", "Tom", "Fiona", "Liam"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Lena", "Jan", "Eva", "Tim"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
KIDS = {
    "en": ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "Noah", "Mia", "Alfie", "Freya"],
    "de": ["Ben", "Emilia", "Paul", "Hanna", "Leon", "Mia", "Finn", "Lina", "Elias", "Ida"],
    "fr": ["Gabriel", "Jade", "Raphaël", "Louise", "Arthur", "Emma", "Louis", "Chloé", "Adam"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Lena", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa", "Amelia", "Isla", "Ava", "Mia", "Freya"}
FEMALE |= {"Emilia", "Hanna", "Lina", "Ida", "Jade", "Louise", "Chloé", "Karen", "Christine"}
FEMALE |= {"Lucie"}

TALK = {
    "en": {
        "club": "committee members season clubhouse bar volunteers section juniors seniors "
        "training pitch courts floodlights fundraising subscriptions kit coaches fixtures "
        "league safeguarding treasurer secretary",
        "match": "kick-off referee pitch players substitutes league fixture result caution "
        "dismissal conduct spectators officials postponed ground registration deadline",
        "grant": "project funding grant claim evidence works contractor quotes completion "
        "monitoring outcomes participation community facilities conditions payment",
        "legal": "conditions recipient funding repayment records audit insurance procurement "
        "subsidy acknowledgement publicity assets disposal breach notice",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding direct debit charges terms settlement",
        "med": "injury treatment physiotherapy fracture ankle knee hospital doctor diagnosis "
        "recovery accident benefit medical report claim",
    },
    "de": {
        "club": "Vorstand Mitglieder Saison Vereinsheim Ausschank Ehrenamt Abteilung Jugend "
        "Senioren Training Platz Tennisplätze Flutlicht Beiträge Trikots Übungsleiter "
        "Spielbetrieb Kinderschutz Kassenwart Schriftführer",
        "match": "Anstoß Schiedsrichter Platz Spieler Auswechslung Spielklasse Spieltag "
        "Ergebnis Verwarnung Feldverweis Zuschauer Spielverlegung Spielberechtigung Frist",
        "grant": "Vorhaben Zuwendung Förderung Verwendungsnachweis Maßnahme Angebote "
        "Fertigstellung Eigenanteil Sportstätte Mittel Auszahlung Bewilligung",
        "legal": "Zuwendungsempfänger Nebenbestimmungen Rückforderung Belege Prüfung "
        "Vergabe Zweckbindung Mitteilungspflicht Widerruf Erstattung Verzinsung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Lastschrift Gebühren Zahlungsziel Ausgleich",
        "med": "Verletzung Behandlung Physiotherapie Bruch Sprunggelenk Knie Krankenhaus Arzt "
        "Diagnose Heilung Unfall Leistung Befund Schadenmeldung",
    },
    "fr": {
        "club": "comité adhérents saison club-house buvette bénévoles section jeunes "
        "seniors entraînement terrain courts éclairage cotisations équipements éducateurs "
        "championnat licences trésorier secrétaire",
        "match": "coup d'envoi arbitre terrain joueurs remplaçants championnat rencontre "
        "résultat avertissement exclusion spectateurs report licence délai",
        "grant": "projet subvention financement justificatifs travaux devis réalisation "
        "bilan participation équipement sportif versement conditions",
        "legal": "bénéficiaire conditions reversement pièces contrôle assurance marchés "
        "affectation publicité résiliation remboursement délai",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé prélèvement frais règlement",
        "med": "blessure soins kinésithérapie fracture cheville genou hôpital médecin "
        "diagnostic guérison accident garantie certificat déclaration",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "club", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "club", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The club of a stream: its country, month, and what the previous document was about
# ---------------------------------------------------------------------------------------------

CLUB: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same match, delivery...).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(CLUB["lang"])


def month() -> date:
    m = CLUB["month"]
    assert isinstance(m, date)
    return m


def club_row() -> Row:
    return CLUBS[home()][int(CLUB["row"])]  # type: ignore[call-overload]


def club_short() -> str:
    return SHORT[club_row()[0]]


CLUB_REGION = {"en": ["kent", "ches", "som"], "de": ["by", "by", "sx"], "fr": ["rh", "an", "he"]}
#: Where the regional senders sit, in the order of ``SENDERS[role][lang]`` (None: anywhere).
REGIONS: dict[str, dict[str, list[str | None]]] = {
    "federation": {
        "en": ["kent", "ches", "som", None, None],
        "de": ["by", "sx", "by", "by"],
        "fr": ["rh", "rh", "an", "he"],
    },
    "league": {"en": ["kent", "ches", "som"], "de": ["by", "sx"], "fr": ["rh", "an", "he"]},
    "discipline": {"en": ["kent", "ches", "som"], "de": ["by", "sx"], "fr": ["rh", "an", "he"]},
    "referee": {"en": ["kent", "kent", "ches"], "de": ["by", "by", "sx"], "fr": ["rh", "rh", "an"]},
    "funder": {"en": [None, None, "kent"], "de": ["by", "by", "sx"], "fr": [None, "rh", "rh"]},
    "drinks": {"en": ["kent", "ches", "som"], "de": ["by", "by", "sx"], "fr": ["rh", "an", "he"]},
    "grounds": {"en": ["kent", "ches"], "de": ["by", "by", "sx"], "fr": ["rh", "an", "he"]},
    "trainer": {"en": [None, None, "kent"], "de": ["by", "sx", "by"], "fr": ["rh", "an", "rh"]},
    "insurer": {"en": [None, None], "de": ["by", "sx"], "fr": [None, "rh"]},
}
TOWNS = {
    "kent": ["Ashford TN24 8QP", "Kennington TN24 9ER", "Willesborough TN24 0HN", "Hythe CT21"],
    "ches": ["Stockport SK4 2LT", "Heaton Moor SK4 4HX", "Cheadle SK8 1AZ", "Marple SK6 7AA"],
    "som": ["Taunton TA2 7HS", "Norton Fitzwarren TA2 6PB", "Wellington TA21 8AA", "Taunton TA1"],
    "by": ["82031 Grünwald", "82041 Oberhaching", "82049 Pullach", "81545 München"],
    "by2": ["85560 Ebersberg", "85567 Grafing", "85614 Kirchseeon", "85570 Markt Schwaben"],
    "sx": ["04177 Leipzig", "04178 Leipzig", "04179 Leipzig", "04229 Leipzig"],
    "rh": ["69400 Villefranche-sur-Saône", "69400 Gleizé", "69400 Arnas", "69480 Anse"],
    "an": ["49260 Montreuil-Bellay", "49700 Doué-en-Anjou", "49400 Saumur", "49260 Vaudelnay"],
    "he": ["34170 Castelnau-le-Lez", "34000 Montpellier", "34830 Clapiers", "34920 Le Crès"],
}


def region() -> str:
    return CLUB_REGION[home()][int(CLUB["row"])]  # type: ignore[call-overload]


def local_rows(role: str, lang: str) -> list[Row]:
    """The ``role`` senders of ``lang`` near the club (all of them abroad or if none is)."""
    rows = SENDERS[role][lang]
    if role == "council" and lang == home():
        return [rows[int(CLUB["row"])]]  # type: ignore[call-overload]
    tags = REGIONS.get(role, {}).get(lang)
    if lang != home() or tags is None:
        return rows
    near = [r for r, t in zip(rows, tags, strict=True) if t is None or t == region()]
    return near or rows


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's club and ``key``: a run or a repeat keeps its
    sender."""
    text = f"tin/{key}/{who.name}/{who.street}/{who.city}/{CLUB['seed']}"
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


def season(lang: str) -> str:
    m = month()
    y = m.year if m.month >= 7 else m.year - 1
    return f"{y}-{y + 1}" if lang == "fr" else f"{y}/{(y + 1) % 100:02d}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def child(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(KIDS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def born(rng: random.Random, lo: int, hi: int) -> date:
    """A birthday of someone ``lo``..``hi`` years old in the stream's month."""
    return date(month().year - rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def street_of(rng: random.Random, lang: str) -> tuple[str, str]:
    roads = {
        "en": ["Station Road", "Orchard Close", "Victoria Avenue", "Mill Lane", "Hythe Road"],
        "de": ["Bahnhofstraße", "Lindenweg", "Am Anger", "Schulstraße", "Waldstraße"],
        "fr": ["rue de la Paix", "avenue Jean Jaurès", "chemin des Vignes", "rue du Stade"],
    }[lang]
    reg = region() if lang == home() else CLUB_REGION[lang][0]
    if reg == "by" and lang == home() and int(CLUB["row"]) == 1:  # type: ignore[call-overload]
        reg = "by2"
    road, no = rng.choice(roads), rng.randint(1, 88)
    return (f"{road} {no}" if lang == "de" else f"{no} {road}"), rng.choice(TOWNS[reg])


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
    look: str  # band | centred | letter | boxed | plain | side | official | crest | private
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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "- {i} -"],
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
    "drinks": ("Beers - Wines - Minerals", "Getränke für Gastronomie und Vereine", "Boissons CHR"),
    "grounds": (
        "Sportsturf construction & maintenance",
        "Sportplatzbau - Pflege - Sanierung",
        "Création et entretien de sols sportifs",
    ),
    "kit": ("Teamwear - Printing - Embroidery", "Teamsport - Druck - Stick", "Textile - Flocage"),
    "trainer": ("Training & Education", "Aus- und Fortbildung", "Formation"),
    "insurer": ("Sports club insurance", "Sportversicherung", "Assurance des associations"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("league", "discipline", "council", "referee", "doctor", "member", "funder"):
        return []
    if role in ("club", "visitor", "federation"):
        if lang == "de":
            return [
                f"{name} - Vereinsregister Amtsgericht "
                f"{r.choice(['München', 'Leipzig', 'Fürth'])} VR {r.randint(100, 9999)} - "
                f"IBAN DE{r.randint(10, 99)} 7025 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
            ]
        if lang == "fr":
            return [
                f"Association loi 1901 - SIRET {r.randint(300, 899)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(10000, 99999)} - Agrément Jeunesse et Sports "
                f"n° {r.randint(10, 99)}.S.{r.randint(100, 999)}"
            ]
        if role in ("club", "visitor"):
            return [
                f"{name} is a Community Amateur Sports Club registered with HMRC - "
                f"No. CASC{r.randint(10000, 99999)}"
            ]
        return [
            f"Company limited by guarantee, registered in England No. {r.randint(1000000, 9999999)}"
        ]
    if lang == "de":
        bank = r.choice(
            ["Kreissparkasse München Starnberg Ebersberg", "Sparkasse Leipzig", "HypoVereinsbank"]
        )
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - {bank} - IBAN "
            f"DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['München', 'Leipzig', 'Grafing'])} - Registergericht "
                f"{r.choice(['München', 'Leipzig'])} HR{r.choice('AB')} {r.randint(1000, 99999)} "
                f"- Geschäftsführer: {r.choice(['Markus Brandl', 'Jörg Kamps', 'Anja Reiter'])}",
            )
        return out
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - RCS {r.choice(['Lyon', 'Angers', 'Montpellier'])} - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}"
        ]
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if role != "insurer" and r.random() < 0.8:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"tin/head/{name}/{street}/{CLUB['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "discipline", "funder", "federation", "league"):
        looks = ["official", "official", "band", "plain"] if role != "discipline" else ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("club", "visitor"):
        looks = ["crest", "crest", "centred"]
    elif role in ("referee", "member", "doctor"):
        looks = ["private"] if role != "doctor" else ["centred", "plain"]
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
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'secretary', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def club_head() -> Head:
    return make_head(club_row(), home(), "club")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and club), of the club's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(local_rows(role, lang)), lang, role)


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
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.6, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def crest(p: Page, x: float, y: float, initials: str, size: float = 1.0) -> None:
    """A club crest: a shield with a band across and the club's initials."""
    w, h = 30 * size, 36 * size
    p.line(x, y, x + w, y)
    p.line(x, y, x, y + h * 0.55)
    p.line(x + w, y, x + w, y + h * 0.55)
    p.line(x, y + h * 0.55, x + w / 2, y + h)
    p.line(x + w, y + h * 0.55, x + w / 2, y + h)
    p.rect(x + 1, y + 4 * size, w - 2, 6 * size, fill=0.25)
    p.text(x + w / 2, y + 22 * size, initials[:3], "Helvetica-Bold", 8 * size, "center")


def initials_of(name: str) -> str:
    return "".join(t[0] for t in name.replace("-", " ").split() if t[0].isupper())[:3]


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
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "private":
        yy = y
        for k, t in enumerate((h.name, h.street, h.town, tel)):
            if t:
                p.text(m, yy, fit(t, h.font, s.size, w / 2), h.bold if k == 0 else h.font, s.size)
                yy += s.size * 1.3
        return yy + 18
    if h.look == "official":
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(w - m, y, fit(contact, h.font, 7, w * 0.3), h.font, 7, "right")
        return yy + 30
    if h.look == "crest":
        crest(p, m, y - 14, initials_of(h.name))
        pt = shrink(h.name, h.bold, s.size + 5, w - 2 * m - 44)
        p.text(m + 40, y + 2, h.name, h.bold, pt)
        sec = tr(
            h.lang,
            "Football - Tennis - Athletics - Clubhouse",
            "Fußball - Tennis - Leichtathletik - Vereinsheim",
            "Football - Tennis - Athlétisme - Club-house",
        )
        it = italic_of(h.font)
        p.text(m + 40, y + 13, fit(sec, it, 7.5, w - 2 * m - 44), it, 7.5)
        p.text(m + 40, y + 22, fit(f"{where}   {contact}", h.font, 7, w - 2 * m - 44), h.font, 7)
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
        tag = TAGLINES.get(h.role)
        sub = tr(h.lang, *tag) if tag else where
        p.text(w / 2, y + 15, fit(sub, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = f"{where}   {contact}" if tag else contact
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        initials = initials_of(h.name)[:2]
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
        tag = TAGLINES.get(h.role)
        if tag:
            p.text(
                m,
                y + 15,
                fit(tr(h.lang, *tag), italic_of(h.font), 7.5, w * 0.55),
                italic_of(h.font),
                7.5,
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
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "med", "Docteur", "MBBS", "MRCGP")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the club's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(140, 200),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 6)), lg),
                club_short(),
            ],
        )


def club_stamp(p: Page, x: float, y: float) -> None:
    """The club's oblong rubber stamp (name, street, town)."""
    r = club_row()
    stamp(p, x, y, [r[0][:34], r[1][:34], r[2][:34]])


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
            "Mit freundlichen Grüßen" if len(name) % 3 else "Mit sportlichen Grüßen",
            "Nous vous prions d'agréer nos salutations sportives."
            if len(name) % 2
            else "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"tin/staff/{tag}/{h.name}/{CLUB['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


OFFICES = ["chair", "vice", "sec", "treas", "football", "tennis", "athletics", "bar", "welfare"]
OFFICES += ["grounds"]


def officer(tag: str) -> str:
    """The club's officer ``tag`` (secretary, treasurer, chair...): the same all stream, each
    office held by someone else."""
    r = random.Random(zlib.crc32(f"tin/officers/{CLUB['seed']}".encode()))
    lg = home()
    names = [f"{f} {la}" for f in FIRSTS[lg] for la in LASTS[lg]]
    firsts: set[str] = set()
    holders = []
    for n in r.sample(names, len(names)):
        if n.split()[0] not in firsts:
            firsts.add(n.split()[0])
            holders.append(n)
    return holders[OFFICES.index(tag) % len(holders)]


def title_of(tag: str, lg: str) -> str:
    return {
        "chair": tr(lg, "Chair", "1. Vorsitz", "Président"),
        "vice": tr(lg, "Vice-Chair", "2. Vorsitz", "Vice-président"),
        "sec": tr(lg, "Club Secretary", "Schriftführer", "Secrétaire"),
        "treas": tr(lg, "Treasurer", "Kassenwart", "Trésorier"),
        "welfare": tr(lg, "Club Welfare Officer", "Kinderschutz", "Référent éthique"),
        "football": tr(
            lg, "Football Secretary", "Abteilungsleitung Fußball", "Responsable football"
        ),
        "tennis": tr(lg, "Tennis Captain", "Abteilungsleitung Tennis", "Responsable tennis"),
        "athletics": tr(
            lg, "Athletics Section", "Abteilungsleitung Leichtathletik", "Responsable athlétisme"
        ),
        "bar": tr(lg, "Bar Manager", "Wirtschaftswart", "Responsable buvette"),
        "grounds": tr(lg, "Grounds Secretary", "Platzwart", "Responsable terrains"),
    }[tag]


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def club_lines(att: str = "") -> list[str]:
    return head_lines(club_head(), att)


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rates: list[tuple[float, float]],
    note: str = "",
) -> float:
    """Net, tax at each (rate, base) and total right-aligned under a table; the total."""
    w, _ = f.size
    m = s.margin
    f.need(80)
    f.y += 4
    f.page.line(w * 0.52, f.y - 8, w - m, f.y - 8)
    rows = [(tr(lg, "Net total", "Summe netto", "Total HT"), net)]
    gross = net
    for rate, base in rates:
        tax = round(base * rate / 100, 2)
        gross += tax
        rows.append((tr(lg, f"VAT {rate:g}%", f"MwSt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append((tr(lg, "Total due", "Gesamtbetrag", "Total TTC" if rates else "Total"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.53, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def vat(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "") -> None:
    """A signature line with a caption under it, signed by ``name`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if name:
        scrawl(p, x + 6, y - 3, name, 12)


def num(v: int, lg: str) -> str:
    return f"{v:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ",")


# ---------------------------------------------------------------------------------------------
# Templates YY: members and players
# ---------------------------------------------------------------------------------------------

SECTIONS = {
    "en": ["Football", "Tennis", "Athletics", "Social (bar) member"],
    "de": ["Fußball", "Tennis", "Leichtathletik", "Passives Mitglied"],
    "fr": ["Football", "Tennis", "Athlétisme", "Membre bienfaiteur"],
}
CATEGORIES = {
    "en": [
        ("Adult playing member", 145.0, 20.0),
        ("Junior (under 18)", 85.0, 10.0),
        ("Student / unwaged", 70.0, 10.0),
        ("Family (2 adults + children)", 295.0, 30.0),
        ("Senior (65+)", 90.0, 0.0),
        ("Social member", 25.0, 0.0),
    ],
    "de": [
        ("Erwachsene", 120.0, 25.0),
        ("Kinder und Jugendliche bis 18 J.", 60.0, 10.0),
        ("Schüler, Studenten, Azubis", 60.0, 10.0),
        ("Familie", 220.0, 30.0),
        ("Passive Mitglieder", 36.0, 0.0),
    ],
    "fr": [
        ("Adulte (licence + cotisation)", 160.0, 0.0),
        ("Jeune U7 à U13", 110.0, 0.0),
        ("Jeune U14 à U18", 130.0, 0.0),
        ("Étudiant / demandeur d'emploi", 95.0, 0.0),
        ("Loisir / vétéran", 120.0, 0.0),
        ("Membre bienfaiteur", 30.0, 0.0),
    ],
}


def form_title(p: Page, s: Style, y: float, title: str, sub: str = "") -> float:
    w, _ = p.size
    m = s.margin
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    p.text(w / 2, y, title, s.bold, pt, "center")
    y += pt + 4
    if sub:
        p.text(w / 2, y, fit(sub, s.font, 8, w - 2 * m), s.font, 8, "center")
        y += 12
    return y + 6


def tpl_membership_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The club's membership application form filled in by hand by a new member: personal
    details in boxes, sections and category ticked with the fee table, consents, signature
    (a parent's for a junior) and an office-use box; behind it, now and then, the direct debit
    mandate or Gift Aid declaration, in France sometimes the health questionnaire."""
    h = club_head()
    lg = h.lang
    small = keyed(who, "a5").random() < 0.3
    s = style_of(h, A5 if small else A4, margin=30 if small else 0, pt=8.5 if small else 0)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    junior = rng.random() < 0.4
    fam = rng.choice(LASTS[lg])
    name = f"{rng.choice(KIDS[lg] if junior else FIRSTS[lg])} {fam}"
    parent = f"{rng.choice(FIRSTS[lg])} {fam}"
    street, town = street_of(rng, lg)
    p = Page(s.page_size)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            f"Membership Application {season(lg)}",
            "Aufnahmeantrag / Beitrittserklärung",
            f"Bulletin d'adhésion - saison {season(lg)}",
        ),
        tr(
            lg,
            "Please complete in BLOCK CAPITALS and return to the Membership Secretary",
            f"Hiermit beantrage ich die Aufnahme in den {h.name}",
            "À remplir lisiblement et à remettre au secrétariat avec le règlement",
        ),
    )
    dob = born(rng, 6, 16) if junior else born(rng, 18, 67)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Name", "Nom"), fam.upper()),
            (tr(lg, "First name(s)", "Vorname", "Prénom"), name.split()[0].upper()),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(dob, lg)),
            (
                tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"),
                tr(lg, "British", "deutsch", "française"),
            ),
            (tr(lg, "Address", "Straße, Hausnr.", "Adresse"), street),
            (tr(lg, "Town / postcode", "PLZ, Ort", "Code postal, ville"), town),
            (
                tr(lg, "Telephone / mobile", "Telefon", "Téléphone"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0179 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (
                "E-mail",
                f"{name.split()[0].lower()}.{fam.lower()}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
            ),
        ],
        per=2,
        tall=24 if small else 27,
    )
    p.text(m, y + 2, tr(lg, "Section(s)", "Abteilung(en)", "Section(s)"), s.bold, 8)
    on = {rng.randrange(3)} | ({3} if rng.random() < 0.2 else set())
    y = ticks(p, s, m + 70, y + 2, w - 2 * m - 70, SECTIONS[lg], on, 8) + 4
    cats = CATEGORIES[lg]
    pick = rng.choice([1, 2]) if junior else rng.choice([0, 0, 2, 3, 4, len(cats) - 1])
    cols = columns(m, w - 2 * m if small else w * 0.7, [(3, "left"), (1, "right"), (1, "right")])
    rows_y = y + 6
    p.text(cols[0][0] + 12, rows_y, tr(lg, "Category", "Beitragsgruppe", "Catégorie"), s.bold, 7.5)
    p.text(
        cols[1][1], rows_y, tr(lg, "Annual", "Jahresbeitrag", "Cotisation"), s.bold, 7.5, "right"
    )
    p.text(cols[2][1], rows_y, tr(lg, "Joining fee", "Aufnahmegebühr", ""), s.bold, 7.5, "right")
    rows_y += 11
    for k, (cat, fee, join) in enumerate(cats):
        box(p, cols[0][0], rows_y, k == pick, 7)
        p.text(
            cols[0][0] + 12,
            rows_y,
            fit(cat, s.font, 7.5, cols[0][1] - cols[0][0] - 14),
            s.font,
            7.5,
        )
        p.text(cols[1][1], rows_y, cash(fee, lg), s.font, 7.5, "right")
        if join:
            p.text(cols[2][1], rows_y, cash(join, lg), s.font, 7.5, "right")
        rows_y += 10.5
    y = rows_y + 6
    y = band(
        p,
        s,
        y + 4,
        tr(
            lg,
            "Medical information / consents",
            "Gesundheit und Einwilligungen",
            "Santé et autorisations",
        ),
    )
    y += 6
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Medical conditions or allergies we should know about:",
                "Gesundheitliche Einschränkungen / Allergien:",
                "Problèmes de santé / allergies à signaler :",
            ),
            s.font,
            7.5,
            w * 0.55,
        ),
        s.font,
        7.5,
    )
    hand(
        p,
        w * 0.6,
        y,
        rng.choice(
            ["none", "-", "asthma (inhaler)", "nut allergy", "keine", "néant", "Heuschnupfen"]
        ),
        8.5,
        w * 0.35,
    )
    y += 14
    for q in (
        tr(
            lg,
            "Photographs of me/my child may be used on the club website and social media",
            "Fotos dürfen auf der Vereinshomepage veröffentlicht werden",
            "J'autorise le club à publier des photos sur son site",
        ),
        tr(
            lg,
            "I agree to receive club newsletters by e-mail",
            "Ich möchte den Newsletter erhalten",
            "J'accepte de recevoir la lettre d'information du club",
        ),
    ):
        p.text(m, y, fit(q, s.font, 7.5, w - 2 * m - 70), s.font, 7.5)
        yn = rng.random() < 0.8
        box(p, w - m - 60, y, yn, 7)
        p.text(w - m - 50, y, yes_no(lg)[0], s.font, 7)
        box(p, w - m - 28, y, not yn, 7)
        p.text(w - m - 18, y, yes_no(lg)[1], s.font, 7)
        y += 12
    y += 4
    decl = tr(
        lg,
        "I wish to become a member of the club and agree to abide by its constitution, rules and "
        "code of conduct. I understand that subscriptions are payable annually in advance.",
        "Mit meiner Unterschrift erkenne ich die Satzung und die Beitragsordnung des Vereins an. "
        "Die Kündigung ist nur schriftlich zum Jahresende mit einer Frist von 6 Wochen möglich.",
        "Je déclare avoir pris connaissance des statuts et du règlement intérieur du club et "
        "m'engage à les respecter. La cotisation n'est pas remboursable.",
    )
    for ln in wrap(decl, s.font, 7, w - 2 * m):
        p.text(m, y, ln, s.font, 7)
        y += 8.5
    y += 22
    sw = (w - 2 * m - 20) / 2
    hand(p, m, y - 4, f"{tr(lg, '', '', '')}{short(d, lg)}", 9)
    sign_line(p, s, m, y, sw, tr(lg, "Date", "Ort, Datum", "Fait à ..., le"))
    sign_line(
        p,
        s,
        m + sw + 20,
        y,
        sw,
        tr(
            lg,
            "Signature (parent/guardian if under 18)",
            "Unterschrift (bei Minderjährigen der Erziehungsberechtigten)",
            "Signature (du représentant légal pour les mineurs)",
        ),
        parent if junior else name,
    )
    y += 24
    if y < hh - m - 50:
        p.rect(m, y, w - 2 * m, 34, fill=0.93)
        p.text(
            m + 4,
            y + 9,
            tr(lg, "FOR OFFICE USE", "Vom Verein auszufüllen", "Cadre réservé au club"),
            s.bold,
            7,
        )
        p.text(
            m + 4,
            y + 24,
            tr(lg, "Approved by committee:", "Aufgenommen am:", "Licence saisie le :"),
            s.font,
            7,
        )
        p.text(
            w / 2, y + 24, tr(lg, "Membership no.:", "Mitglieds-Nr.:", "N° licence :"), s.font, 7
        )
        if rng.random() < 0.6:
            hand(p, m + 100, y + 25, short(d + timedelta(days=rng.randint(3, 12)), lg), 8.5)
            hand(p, w / 2 + 70, y + 25, serial(rng, "9999"), 8.5)
    pages = [p]
    extra = rng.random()
    if (lg in ("de", "fr") and extra < 0.55) or (lg == "en" and extra < 0.4):
        q = Page(s.page_size)
        y = heading(q, s, h) if rng.random() < 0.6 else m
        if lg == "en" and rng.random() < 0.5:
            y = form_title(
                q,
                s,
                y,
                "Gift Aid Declaration",
                "Boost your donation by 25p of Gift Aid for every £1 you donate",
            )
            y = text_par(
                q,
                s,
                y,
                "I want to Gift Aid any donations I make in the future or have made in the past 4 "
                "years to the club. I am a UK taxpayer and understand that if I pay less Income "
                "Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my "
                "donations in that tax year it is my responsibility to pay any difference.",
                7.5,
            )
            y = fields(
                q,
                s,
                m,
                y + 6,
                w - 2 * m,
                [
                    ("Title", "Mr" if name.split()[0] not in FEMALE else "Ms"),
                    ("Full name", parent if junior else name),
                    ("Home address", f"{street}, {town}"),
                    ("Postcode", town.split()[-1]),
                    ("Date", short(d, lg)),
                    ("Signature", ""),
                ],
                per=2,
                tall=26,
            )
            scrawl(q, w / 2 + 16, y - 14, parent if junior else name, 11)
        else:
            y = form_title(
                q,
                s,
                y,
                tr(
                    lg,
                    "Instruction to your bank to pay by Direct Debit",
                    "SEPA-Lastschriftmandat",
                    "Mandat de prélèvement SEPA",
                ),
                tr(
                    lg,
                    f"Service user number {serial(keyed(who, 'sun'), '999999')}",
                    f"Gläubiger-ID {serial(keyed(who, 'ci'), 'DE99ZZZ00000999999')}",
                    f"ICS {serial(keyed(who, 'ci'), 'FR99ZZZ999999')}",
                ),
            )
            y = text_par(
                q,
                s,
                y,
                tr(
                    lg,
                    f"Please pay {h.name} Direct Debits from the account detailed in this "
                    "Instruction subject to the safeguards assured by the Direct Debit Guarantee.",
                    f"Ich ermächtige den {h.name}, Zahlungen von meinem Konto mittels Lastschrift "
                    "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die vom Verein auf "
                    "mein Konto gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb "
                    "von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des "
                    "belasteten Betrages verlangen.",
                    f"En signant ce formulaire de mandat, vous autorisez {h.name} à envoyer des "
                    "instructions à votre banque pour débiter votre compte, et votre banque à "
                    "débiter votre compte conformément aux instructions du club.",
                ),
                7.5,
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
                        parent if junior else name,
                    ),
                    (
                        tr(lg, "Bank / building society", "Kreditinstitut", "Banque"),
                        rng.choice(
                            {
                                "en": ["Nationwide", "Lloyds", "NatWest"],
                                "de": ["Kreissparkasse", "Raiffeisenbank", "Sparda-Bank"],
                                "fr": ["Crédit Mutuel", "LCL", "CIC"],
                            }[lg]
                        ),
                    ),
                    (
                        tr(lg, "Sort code", "IBAN", "IBAN"),
                        serial(
                            rng,
                            "99-99-99"
                            if lg == "en"
                            else "DE99 9999 9999 9999 9999 99"
                            if lg == "de"
                            else "FR76 9999 9999 9999 9999 9999 999",
                        ),
                    ),
                    (
                        tr(lg, "Account number", "BIC", "BIC"),
                        serial(
                            rng,
                            "99999999"
                            if lg == "en"
                            else "AAAADEM9XXX"
                            if lg == "de"
                            else "AAAAFRPP",
                        ),
                    ),
                    (
                        tr(
                            lg,
                            "Reference (office use)",
                            "Mandatsreferenz",
                            "Référence unique du mandat",
                        ),
                        "",
                    ),
                    (tr(lg, "Date", "Ort, Datum", "Lieu, date"), short(d, lg)),
                ],
                per=2,
                tall=28,
            )
            sign_line(
                q,
                s,
                m,
                y + 26,
                (w - 2 * m) / 2,
                tr(lg, "Signature(s)", "Unterschrift", "Signature"),
                parent if junior else name,
            )
        pages.append(q)
    if lg == "fr" and rng.random() < 0.35:
        q = Page(s.page_size)
        y = form_title(
            q,
            s,
            m,
            "Questionnaire de santé QS-SPORT",
            "Renouvellement de licence d'une fédération sportive - Cerfa N°15699*01",
        )
        qs = [
            "Un membre de votre famille est-il décédé subitement d'une cause cardiaque ?",
            "Avez-vous ressenti une douleur dans la poitrine, des palpitations, un essoufflement ?",
            "Avez-vous eu un épisode de respiration sifflante (asthme) ?",
            "Avez-vous eu une perte de connaissance ?",
            "Avez-vous arrêté le sport pendant 30 jours ou plus pour un problème de santé ?",
            "Avez-vous débuté un traitement médical de longue durée ?",
            "Ressentez-vous une douleur, un manque de force à la suite d'un problème osseux ?",
            "Votre pratique sportive est-elle interrompue pour des raisons de santé ?",
            "Pensez-vous avoir besoin d'un avis médical pour poursuivre votre pratique sportive ?",
        ]
        q.text(w - m - 60, y, "OUI", s.bold, 7.5)
        q.text(w - m - 28, y, "NON", s.bold, 7.5)
        y += 14
        for t in qs:
            for k, ln in enumerate(wrap(t, s.font, 7.5, w - 2 * m - 80)):
                q.text(m, y + k * 9, ln, s.font, 7.5)
            box(q, w - m - 56, y, False, 7)
            box(q, w - m - 24, y, True, 7)
            y += 9 * len(wrap(t, s.font, 7.5, w - 2 * m - 80)) + 7
        y += 8
        y = text_par(
            q,
            s,
            y,
            "Si vous avez répondu NON à toutes les questions : pas de certificat médical à "
            "fournir. Simplement attestez, selon les modalités prévues par la fédération, avoir "
            "répondu NON à toutes les questions lors de la demande de renouvellement de la "
            "licence.",
            7,
        )
        sign_line(
            q,
            s,
            m,
            y + 26,
            (w - 2 * m) / 2,
            "Date et signature du sportif",
            parent if junior else name,
        )
        pages.append(q)
    received(rng, p, d, 0.15)
    remember(d, name)
    return close(pages, s, h, numbers="none")


def text_par(
    p: Page, s: Style, y: float, text: str, pt: float = 0, x: float = 0, w: float = 0
) -> float:
    """``text`` wrapped on ``p`` from ``y`` between the margins (or at ``x``, ``w`` wide)."""
    pt = pt or s.size
    pw, _ = p.size
    x = x or s.margin
    w = w or pw - s.margin - x
    for ln in wrap(text, s.font, pt, w):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + pt * 0.5


def tpl_membership_cancellation(rng: random.Random, who: Issuer) -> list[Page]:
    """A member's letter cancelling the membership (Kündigung, démission): typed on plain
    paper or written by hand on a notepad sheet, the club's received stamp and a pencilled note
    of the secretary now and then."""
    lg = home()
    r = keyed(who, "member")
    name = person(rng, lg)
    street, town = street_of(rng, lg)
    h = make_head((name, street, town, ""), lg, "member")
    handwritten = rng.random() < 0.4
    size = A5 if handwritten and rng.random() < 0.6 else A4
    s = style_of(h, size, margin=40 if size == A5 else 60)
    if handwritten:
        s = paper(s, size, pt=10.5)
        s = Style(HAND, HAND, 10.5, s.margin, "none", "bottom", size, s.date_style)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    if handwritten and r.random() < 0.5:
        x = 14.0  # the torn perforation of a notepad sheet along the top
        while x < w - 14:
            p.rect(x, 8, 2.2, 2.2, fill=0.5)
            x += 7
    y = m
    for t in (name, street, town):
        p.text(m, y, t, s.font, s.size)
        y += s.size * 1.4
    y += 16
    x2 = m
    for t in club_lines(
        tr(lg, "The Membership Secretary", "z. Hd. Vorstand", "À l'attention du Président")
    ):
        p.text(x2, y, fit(t, s.font, s.size, w - 2 * m), s.font, s.size)
        y += s.size * 1.4
    y += 10
    p.text(
        w - m,
        y,
        day(h, d)
        if not handwritten
        else f"{town.split()[0] if lg == 'en' else town.split()[-1]}, {short(d, lg)}",
        s.font,
        s.size,
        "right",
    )
    y += 26
    subj = tr(
        lg,
        "Cancellation of membership",
        "Kündigung meiner Mitgliedschaft",
        "Démission du club",
    )
    mem = serial(rng, "9999")
    p.text(
        m,
        y,
        f"{tr(lg, 'Re', 'Betreff', 'Objet')}: {subj}"
        + (f" ({tr(lg, 'no.', 'Mitgl.-Nr.', 'n°')} {mem})" if rng.random() < 0.5 else ""),
        s.bold if not handwritten else s.font,
        s.size,
    )
    y += 24
    p.text(m, y, dear(lg, None), s.font, s.size)
    y += s.size * 2
    kid = rng.random() < 0.35
    whose = "my son's" if kid else "my"
    reason = rng.choice(
        {
            "en": [
                "as we are moving away from the area",
                "as I no longer have time to play",
                "following a knee injury",
                "as my son has joined another club nearer school",
            ],
            "de": [
                "da wir umziehen",
                "aus beruflichen Gründen",
                "da ich verletzungsbedingt nicht mehr spielen kann",
                "da unsere Tochter den Verein wechselt",
            ],
            "fr": [
                "suite à notre déménagement",
                "pour raisons professionnelles",
                "suite à une blessure",
                "notre fils ayant rejoint un autre club",
            ],
        }[lg]
    )
    body = tr(
        lg,
        f"Please accept this letter as notice that I wish to cancel {whose} membership of the "
        f"club with effect from the end of the current season, {reason}. Please cancel the Direct "
        "Debit and confirm receipt of this letter.",
        "hiermit kündige ich "
        f"{'die Mitgliedschaft meines Kindes' if kid else 'meine Mitgliedschaft'} im Verein "
        f"fristgerecht zum 31.12.{d.year}, {reason}. Bitte bestätigen Sie mir die Kündigung "
        "schriftlich und buchen Sie ab dem kommenden Jahr keine Beiträge mehr ab.",
        "Par la présente, je vous informe de "
        f"{'la démission de mon enfant' if kid else 'ma démission'} du club à compter de la fin "
        f"de la saison {season(lg)}, {reason}. Je vous remercie de bien vouloir mettre fin au "
        "prélèvement de la cotisation.",
    )
    y = text_par(p, s, y, body, s.size, w=w - 2 * m)
    if rng.random() < 0.6:
        y = text_par(
            p,
            s,
            y + 4,
            tr(
                lg,
                "Thank you to all the coaches and volunteers for the last few years.",
                "Vielen Dank für die schöne Zeit im Verein.",
                "Merci à tous les bénévoles pour ces belles années.",
            ),
            s.size,
            w=w - 2 * m,
        )
    y += 8
    p.text(
        m,
        y,
        tr(
            lg,
            "Yours faithfully," if rng.random() < 0.5 else "Kind regards,",
            "Mit freundlichen Grüßen",
            "Cordialement,",
        ),
        s.font,
        s.size,
    )
    scrawl(p, m, y + 30, name)
    if not handwritten:
        p.text(m, y + 44, name, s.font, s.size)
    if rng.random() < 0.5:
        stamp(
            p,
            w - m - 130,
            min(y + 60, hh - 120),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
            ],
        )
        if rng.random() < 0.6:
            p.text(
                w - m - 150,
                min(y + 110, hh - 50),
                tr(lg, "DD cancelled", "ausgetragen", "fait"),
                "Helvetica-Oblique",
                9,
            )
    remember(d, name)
    return [p]


def football_association(who: Issuer) -> Head:
    """The football association or district the club's football section plays under."""
    lg = home()
    rows = [r for r in SENDERS["federation"][lg] if "Foot" in r[0] or "Fußball" in r[0]]
    near = [r for r in local_rows("federation", lg) if r in rows]
    return make_head(keyed(who, "fa").choice(near or rows), lg, "federation")


def tpl_player_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """The federation's player registration form as the club sends it in: club and player
    boxes, the kind of registration ticked, previous club, photo box, declarations, signatures
    and the club's stamp; on the back or a second sheet the medical certificate (France), the
    parent's consent (England) or the release by the previous club (Germany)."""
    h = football_association(who)
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    junior = rng.random() < 0.45
    name = child(rng, lg) if junior else person(rng, lg)
    parent = f"{rng.choice(FIRSTS[lg])} {name.split()[-1]}"
    dob = born(rng, 7, 17) if junior else born(rng, 18, 38)
    street, town = street_of(rng, lg)
    club = club_head()
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Player Registration Form",
        "Antrag auf Spielerlaubnis",
        f"Demande de licence {season(lg)}",
    )
    p.text(m, y, title, s.bold, s.size + 6)
    p.text(
        m,
        y + 14,
        fit(
            tr(
                lg,
                "Affiliated football - to be returned via the club's registration secretary",
                "Erstausstellung / Vereinswechsel - Amateure und Junioren",
                "Football - Joueur / Joueuse - Dirigeant / Dirigeante",
            ),
            s.font,
            7.5,
            w - 2 * m - 110,
        ),
        s.font,
        7.5,
    )
    # photo box
    px, py = w - m - 78, y - 10
    p.rect(px, py, 78, 96)
    if rng.random() < 0.7:
        photo(p, px + 5, py + 5, 68, 86, rng)
    else:
        p.text(px + 39, py + 50, tr(lg, "Photo", "Passbild", "Photo"), s.font, 7, "center")
    y = max(y + 30, py + 108)
    y = band(p, s, y, tr(lg, "1. Club", "1. Verein", "1. Club"))
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Club name", "Vereinsname", "Nom du club"), club.name),
            (
                tr(lg, "Club number", "Vereinsnummer", "N° d'affiliation"),
                serial(keyed(who, "cno"), "99999"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y + 6, tr(lg, "2. Player", "2. Spieler/in", "2. Licencié(e)"))
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Name", "Nom"), name.split()[-1].upper()),
            (tr(lg, "First name", "Vorname", "Prénom"), name.split()[0]),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(dob, lg)),
            (
                tr(lg, "Place of birth", "Geburtsort", "Lieu de naissance"),
                rng.choice(
                    [
                        "Ashford",
                        "Maidstone",
                        "Kraków",
                        "München",
                        "Leipzig",
                        "Lyon",
                        "Angers",
                        "Porto",
                    ]
                ),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
            (
                tr(lg, "FAN / Pass-Nr. / N° licence", "Pass-Nr. (bei Wechsel)", "N° de licence"),
                serial(rng, "99999999") if rng.random() < 0.5 else "",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(
        p, s, y + 6, tr(lg, "3. Type of registration", "3. Art des Antrags", "3. Type de licence")
    )
    y += 10
    kinds = {
        "en": [
            "New registration",
            "Transfer from another club",
            "Dual registration",
            "Youth to adult",
        ],
        "de": ["Erstausstellung", "Vereinswechsel", "Zweitspielrecht", "Reamateurisierung"],
        "fr": ["Nouvelle licence", "Renouvellement", "Changement de club", "Double licence"],
    }[lg]
    k = rng.randrange(len(kinds))
    y = ticks(p, s, m, y, w - 2 * m, kinds, {k}, 8)
    if k in (1, 2):
        prev = rng.choice(OPPONENTS[lg])
        p.text(m, y + 4, tr(lg, "Previous club:", "Abgebender Verein:", "Club quitté :"), s.font, 8)
        hand(p, m + 110, y + 4, prev, 9.5)
        p.text(
            w / 2 + 20,
            y + 4,
            tr(lg, "Last played:", "Letztes Spiel:", "Dernier match :"),
            s.font,
            8,
        )
        hand(p, w / 2 + 100, y + 4, short(d - timedelta(days=rng.randint(40, 300)), lg), 9.5)
        y += 18
    y = band(p, s, y + 4, tr(lg, "4. Declaration", "4. Erklärung", "4. Déclaration"))
    y += 6
    y = text_par(
        p,
        s,
        y,
        tr(
            lg,
            "I apply to be registered as a player for the club named above and agree to abide by "
            "the Rules of The Football Association and of the competitions in which the club "
            "plays. I consent to my personal data being processed for registration purposes.",
            "Ich beantrage die Spielerlaubnis für den oben genannten Verein und erkenne die "
            "Satzungen und Ordnungen des Verbandes an. Mit der Speicherung meiner Daten im "
            "DFBnet bin ich einverstanden.",
            "Je certifie l'exactitude des renseignements ci-dessus et m'engage à respecter les "
            "statuts et règlements de la FFF. J'atteste avoir pris connaissance des garanties "
            "d'assurance proposées avec la licence.",
        ),
        7.5,
    )
    y += 20
    sw = (w - 2 * m - 30) / 3
    sign_line(p, s, m, y, sw, tr(lg, "Player", "Spieler/in", "Le/la licencié(e)"), name)
    sign_line(
        p,
        s,
        m + sw + 15,
        y,
        sw,
        tr(lg, "Parent / guardian (under 18)", "Erziehungsberechtigte/r", "Représentant légal"),
        parent if junior else "",
    )
    sign_line(
        p,
        s,
        m + 2 * (sw + 15),
        y,
        sw,
        tr(lg, "Club official", "Für den Verein", "Le président du club"),
        officer("football"),
    )
    hand(p, m, y - 20, short(d, lg), 8.5)
    club_stamp(p, m + 2 * (sw + 15) - 10, y + 18)
    if rng.random() < 0.5:
        stamp(
            p,
            w - m - 150,
            hh - m - 70,
            [
                tr(lg, "REGISTERED", "GENEHMIGT", "ENREGISTRÉE"),
                short(d + timedelta(days=rng.randint(2, 9)), lg),
            ],
        )
    pages = [p]
    if rng.random() < 0.65 and (lg == "fr" or (lg == "en" and junior) or (lg == "de" and k == 1)):
        q = Page(s.page_size)
        y = m
        if lg == "fr":
            doc = make_head(rng.choice(SENDERS["doctor"]["fr"]), "fr", "doctor")
            y = form_title(
                q,
                s,
                y + 10,
                "CERTIFICAT MÉDICAL",
                "de non contre-indication à la pratique du football (y compris en compétition)",
            )
            y = text_par(
                q,
                s,
                y + 10,
                f"Je soussigné(e), {doc.name}, certifie avoir examiné ce jour {mx(name, 'fr')}, "
                f"né(e) le {short(dob, 'fr')}, et n'avoir constaté aucune contre-indication "
                "apparente à la pratique du football en compétition, y compris dans la catégorie "
                "d'âge immédiatement supérieure (surclassement).",
                9,
            )
            hand(
                q,
                m,
                y + 14,
                f"Fait à {doc.town}, le {short(d - timedelta(days=rng.randint(1, 20)), 'fr')}",
                10,
            )
            seal(q, w - m - 90, y + 60, 38, doc.name, doc.street)
            scrawl(q, w - m - 150, y + 120, doc.name)
        elif lg == "en":
            y = form_title(
                q,
                s,
                y + 10,
                "Parent / Carer Consent",
                "for players under 18 - to be kept by the club's welfare officer",
            )
            y = fields(
                q,
                s,
                m,
                y + 6,
                w - 2 * m,
                [
                    ("Player's name", name),
                    ("Date of birth", short(dob, lg)),
                    ("Parent / carer name", parent),
                    ("Relationship", "mother" if parent.split()[0] in FEMALE else "father"),
                    ("Emergency contact number", serial(rng, "07999 999999")),
                    (
                        "GP surgery",
                        rng.choice(["Eastgate Surgery", "Hollins Medical Centre", "Vale Practice"]),
                    ),
                ],
                per=2,
                tall=26,
            )
            for t in (
                "I consent to my child taking part in training and matches",
                "I consent to emergency first aid / medical treatment being given",
                "I consent to my child travelling to away matches with other parents",
            ):
                q.text(m, y, t, s.font, 8)
                box(q, w - m - 20, y, True, 8)
                y += 14
            sign_line(q, s, m, y + 30, 200, "Signature of parent / carer", parent)
            hand(q, m + 260, y + 26, short(d, lg))
        else:
            y = form_title(
                q,
                s,
                y + 10,
                "Abmeldung / Freigabe des abgebenden Vereins",
                "nur bei Vereinswechsel auszufüllen",
            )
            y = fields(
                q,
                s,
                m,
                y + 6,
                w - 2 * m,
                [
                    ("Abgebender Verein", rng.choice(OPPONENTS["de"])),
                    ("Abmeldedatum", short(d - timedelta(days=rng.randint(5, 40)), "de")),
                    ("Letztes Pflichtspiel", short(d - timedelta(days=rng.randint(41, 200)), "de")),
                    ("Zustimmung zum Vereinswechsel", rng.choice(["ja", "ja", "nein"])),
                ],
                per=2,
                tall=26,
            )
            y = text_par(
                q,
                s,
                y,
                "Der abgebende Verein bestätigt, dass gegen den Spieler keine Ansprüche mehr "
                "bestehen und die Spielberechtigung freigegeben wird. Der Spielerpass ist "
                "beigefügt.",
                8,
            )
            sign_line(
                q, s, m, y + 36, 200, "Ort, Datum, Unterschrift, Vereinsstempel", person(rng, "de")
            )
        pages.append(q)
    remember(d, name)
    return close(pages, s, h, numbers="none")


FIX_HEAD = {
    "en": ["Wk", "Date", "KO", "Home", "Away", "Venue"],
    "de": ["Sp.", "Datum", "Anstoß", "Heim", "Gast", "Spielort"],
    "fr": ["J.", "Date", "Heure", "Recevant", "Visiteur", "Terrain"],
}
CIRCULAR_ITEMS = {
    "en": [
        "Registration deadlines",
        "Match official fees for the new season",
        "Safeguarding: DBS renewals and welfare officer training",
        "County Cup draw and rules",
        "Pitch grading and facility inspections",
        "Respect campaign and sin bins",
        "Annual General Meeting of the County FA",
        "Heading guidance for youth football",
    ],
    "de": [
        "Meldeschluss Mannschaften",
        "Schiedsrichterspesen ab der neuen Saison",
        "Kinderschutz: erweiterte Führungszeugnisse",
        "Kreispokal: Auslosung und Durchführungsbestimmungen",
        "Platzabnahmen und Flutlicht",
        "Fair-Play-Wertung",
        "Kreistag und Ehrungen",
        "Spielformen im Kinderfußball",
    ],
    "fr": [
        "Engagements des équipes",
        "Indemnités d'arbitrage saison nouvelle",
        "Honorabilité des éducateurs et dirigeants",
        "Coupe du district : tirage et règlement",
        "Classement des terrains et éclairages",
        "Challenge du fair-play",
        "Assemblée générale du district",
        "Football d'animation : plateaux U7-U9",
    ],
}


def tpl_federation_circular(rng: random.Random, who: Issuer) -> list[Page]:
    """A circular of the county association, district or regional federation to all member
    clubs: number, numbered items with headings, contact of the competitions secretary; now and
    then the fixtures list of the club's league on landscape pages, or a return form."""
    h = head_of(who, "federation")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = f"{rng.randint(1, 24)}/{d.year}"
    title = tr(lg, f"Circular No. {no}", f"Rundschreiben Nr. {no}", f"Circulaire n° {no}")
    f = sheets(s, h, f"{h.name} - {title}")
    recipient(
        f,
        s,
        h,
        club_lines(
            tr(
                lg,
                "FAO Club Secretary",
                "z. Hd. Vorstand / Abteilungsleitung",
                "À l'attention du Président",
            )
        ),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), serial(rng, "AA/99"))],
    )
    caption(
        f,
        s,
        title + tr(lg, " - to all member clubs", " - an alle Vereine", " - à tous les clubs"),
        2,
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Dear Club Secretary,",
            "Liebe Sportfreundinnen und Sportfreunde,",
            "Mesdames et Messieurs les Présidents,",
        ),
        s.font,
        s.size,
    )
    f.y += s.size * 2
    items = rng.sample(CIRCULAR_ITEMS[lg], rng.randint(3, 6))
    for k, it in enumerate(items, 1):
        f.heading(m, f"{k}. {it}", s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, "match", 2, 5))
        if rng.random() < 0.3:
            d2 = d + timedelta(days=rng.randint(7, 40))
            write(
                f,
                s,
                tr(
                    lg,
                    f"Deadline: {day(h, d2)}. Late returns will incur a fine of {cash(25, lg)}.",
                    f"Frist: {day(h, d2)}. Bei Fristversäumnis wird eine Ordnungsgebühr von "
                    f"{cash(25, lg)} erhoben.",
                    f"Date limite : {day(h, d2)}. Tout retard sera sanctionné d'une amende de "
                    f"{cash(25, lg)}.",
                ),
                indent=12,
            )
    regards(
        f,
        s,
        lg,
        staff(h, "sec"),
        tr(lg, "Competitions Secretary", "Kreisspielleiter", "Secrétaire général"),
    )
    pages = f.pages
    annex = rng.random()
    if annex < 0.45:
        ls = paper(s, LAND, margin=36, pt=8)
        lw, lh = LAND
        t = Flow(LAND, lh - 40, lambda p, n: fixtures_start(p, ls, h, n))
        clubs = [club_short(), *rng.sample(OPPONENTS[lg], 9)]
        rows = []
        start = month() + timedelta(days=(5 - month().weekday()) % 7 + 7)
        for wk in range(rng.choice([6, 9, 13, 18])):
            order = clubs[:]
            rng.shuffle(order)
            for a, b in zip(order[::2], order[1::2], strict=True):
                dd = start + timedelta(days=7 * wk + (1 if rng.random() < 0.7 else 0))
                rows.append(
                    [
                        str(wk + 1),
                        short(dd, lg),
                        rng.choice(["14:00", "14:30", "15:00", "10:30", "13:00"]),
                        a,
                        b,
                        f"{a.split()[-1]} {tr(lg, 'Rec. Ground', 'Sportplatz', 'Stade')}",
                    ]
                )
        cols = columns(
            36,
            lw - 36,
            [(0.5, "left"), (1.2, "left"), (0.8, "left"), (3, "left"), (3, "left"), (3, "left")],
        )
        table(t, cols, FIX_HEAD[lg], rows, ls, 8, shade=0.85, rules=rng.random() < 0.5, step=1.55)
        pages += t.pages
    elif annex < 0.7:
        q = Page(s.page_size)
        y = heading(q, s, h) if h.again else m
        y = form_title(
            q,
            s,
            y,
            tr(
                lg,
                "Return form - team entries",
                "Meldebogen Mannschaften",
                "Bulletin d'engagement des équipes",
            ),
            tr(
                lg,
                f"Please return by e-mail by {day(h, d + timedelta(days=21))}",
                f"Rücksendung bis {day(h, d + timedelta(days=21))}",
                f"À retourner avant le {day(h, d + timedelta(days=21))}",
            ),
        )
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Club", "Verein", "Club"), ""),
                (tr(lg, "Club number", "Vereinsnummer", "N° affiliation"), ""),
                (tr(lg, "Contact", "Ansprechpartner", "Correspondant"), ""),
                (tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Téléphone / courriel"), ""),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        cats = {
            "en": ["Open age", "Veterans", "U18", "U16", "U14", "U12", "U10", "Women"],
            "de": ["Herren", "Herren II", "Ü32", "A-Jun.", "B-Jun.", "C-Jun.", "D-Jun.", "Frauen"],
            "fr": ["Seniors", "Seniors B", "Vétérans", "U18", "U15", "U13", "U11", "Féminines"],
        }[lg]
        cols = columns(m, w - m, [(2, "left"), (1, "center"), (1, "center"), (2, "left")])
        t2 = Flow(s.page_size, hh - m, lambda p, n: y)
        t2.page = q
        t2.pages = [q]
        t2.y = y + 6
        table(
            t2,
            cols,
            [
                tr(lg, "Team", "Mannschaft", "Équipe"),
                tr(lg, "Teams", "Anzahl", "Nombre"),
                tr(lg, "Division", "Spielklasse", "Niveau"),
                tr(lg, "Home ground / KO", "Spielstätte / Anstoßzeit", "Terrain / horaire"),
            ],
            [[c, "", "", ""] for c in cats],
            s,
            8.5,
            rules=True,
            step=2.3,
        )
        sign_line(
            t2.page,
            s,
            m,
            t2.y + 30,
            220,
            tr(
                lg,
                "Signed for the club",
                "Unterschrift / Vereinsstempel",
                "Signature du président et cachet",
            ),
        )
        pages += t2.pages
    received(rng, pages[0], d, 0.25)
    remember(d)
    return close(pages, s, h)


def fixtures_start(p: Page, s: Style, h: Head, n: int) -> float:
    w, _ = p.size
    lg = h.lang
    title = tr(lg, "Fixtures list", "Spielplan", "Calendrier")
    league = tr(
        lg,
        f"Division {1 + len(h.name) % 3}",
        f"Kreisklasse {1 + len(h.name) % 4}",
        f"Départemental {1 + len(h.name) % 4}",
    )
    p.text(36, 34, f"{title} {season(lg)} - {league}", s.bold, 11)
    p.text(w - 36, 34, fit(h.name, s.font, 8, w / 2), s.font, 8, "right")
    if n > 1:
        p.text(w - 36, 46, tr(lg, "(continued)", "(Fortsetzung)", "(suite)"), s.font, 7, "right")
    return 62


# ---------------------------------------------------------------------------------------------
# Templates YY: matches, officials and discipline
# ---------------------------------------------------------------------------------------------


@dataclass
class Match:
    """One match of the club, as a referee's claim or a disciplinary decision takes it up."""

    no: str
    comp: str
    home: str
    away: str
    day: date
    kick: str
    ground: str
    score: tuple[int, int]
    half: tuple[int, int]
    referee: str
    team: str
    sent_off: str = ""
    booked: list[str] = field(default_factory=list)


TEAMS = {
    "en": ["1st XI", "Reserves", "Veterans", "U18", "U15 Girls", "U13"],
    "de": ["1. Mannschaft", "2. Mannschaft", "A-Junioren", "B-Junioren", "Frauen", "Ü32"],
    "fr": ["Seniors A", "Seniors B", "U18", "U15", "Féminines", "Vétérans"],
}
COMPS = {
    "en": [
        "County League Division One",
        "County League Division Three",
        "Junior Cup",
        "Sunday League",
    ],
    "de": ["Kreisliga", "Kreisklasse 4", "A-Klasse 2", "Kreispokal", "B-Junioren Kreisliga"],
    "fr": ["Départemental 2", "Départemental 4", "Coupe du Rhône", "U18 - Niveau 1"],
}


def a_match(rng: random.Random, referee: str = "") -> Match:
    lg = home()
    us = club_short()
    team = rng.choice(TEAMS[lg])
    other = rng.choice(OPPONENTS[lg])
    if team not in (TEAMS[lg][0], TEAMS[lg][1]):
        for t in (" Reserves", " Minors", " III", " II"):
            other = other.removesuffix(t)
        other = f"{other} {team}"
    at_home = rng.random() < 0.55
    d = some_day(rng)
    d -= timedelta(days=(d.weekday() - 5) % 7)  # the Saturday before
    if d < month():
        d += timedelta(days=7)
    h1, a1 = rng.randint(0, 2), rng.randint(0, 2)
    return Match(
        no=serial(rng, "999999999" if lg != "en" else "99999"),
        comp=rng.choice(COMPS[lg]),
        home=f"{us} {team}" if at_home else other,
        away=other if at_home else f"{us} {team}",
        day=d,
        kick=rng.choice(["14:00", "15:00", "10:30", "11:00", "13:15"]),
        ground=tr(lg, f"{us} Rec", f"Sportpark {us.split()[-1]}", f"Stade de {us.split()[-1]}")
        if at_home
        else tr(
            lg,
            f"{other} ground",
            f"Sportplatz {other.split()[-1]}",
            f"Stade municipal {other.split()[-1]}",
        ),
        score=(h1 + rng.randint(0, 2), a1 + rng.randint(0, 2)),
        half=(h1, a1),
        referee=referee or rng.choice(local_rows("referee", lg))[0],
        team=team,
    )


def match_for(rng: random.Random, referee: str = "") -> Match:
    ex = LAST["extra"]
    if after(("match_report",)) and isinstance(ex, Match):
        return ex
    return a_match(rng, referee)


def squad(rng: random.Random, lg: str, n: int, team: str = "") -> list[str]:
    """``n`` players' names; a women's or girls' team has women's names, others men's."""
    women = any(t in team for t in ("Women", "Girls", "Frauen", "Mädchen", "Féminines"))
    pool = [x for x in KIDS[lg] + FIRSTS[lg] if (x in FEMALE) == women]
    return [f"{rng.choice(pool)} {rng.choice(LASTS[lg])}" for _ in range(n)]


def tpl_match_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The match sheet from the league's online system, printed on landscape A4: match fields,
    result, both line-ups with shirt numbers, pass numbers, goals and cards, substitutions,
    officials, the referee's remarks and the signatures; or a tennis team match result sheet
    with singles and doubles rubbers."""
    h = head_of(who, "league")
    lg = h.lang
    mt = a_match(rng)
    if rng.random() < 0.25:
        return tennis_sheet(rng, h, mt)
    s = style_of(h, LAND, margin=30, pt=8)
    w, hh = LAND
    m = s.margin
    p = Page(LAND)
    p.rect(m, m - 16, w - 2 * m, 22, fill=0.82)
    p.text(
        m + 6,
        m - 1,
        tr(lg, "MATCH CARD / TEAM SHEET", "SPIELBERICHT", "FEUILLE DE MATCH"),
        s.bold,
        12,
    )
    p.text(w - m - 6, m - 1, fit(h.name, s.font, 8, w / 2), s.font, 8, "right")
    y = m + 22
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Match no.", "Spielkennung", "N° de match"), mt.no),
            (tr(lg, "Competition", "Spielklasse", "Compétition"), mt.comp),
            (tr(lg, "Date", "Datum", "Date"), short(mt.day, lg)),
            (tr(lg, "Kick-off", "Anstoß", "Coup d'envoi"), mt.kick),
            (tr(lg, "Venue", "Spielstätte", "Terrain"), mt.ground),
            (
                tr(lg, "Result (half-time)", "Endergebnis (Halbzeit)", "Score (mi-temps)"),
                f"{mt.score[0]} : {mt.score[1]}  ({mt.half[0]} : {mt.half[1]})",
            ),
        ],
        per=6,
        tall=24,
        hand=False,
    )
    colw = (w - 2 * m - 16) / 2
    n_sub = rng.randint(3, 5)
    off_side = rng.randrange(2) if rng.random() < 0.3 else -1
    booked: list[str] = []
    sent = ""
    for side, team in enumerate((mt.home, mt.away)):
        x0 = m + side * (colw + 16)
        yy = y + 4
        side_name = (
            tr(lg, "Home", "Heim", "Recevant") if side == 0 else tr(lg, "Away", "Gast", "Visiteur")
        )
        p.text(
            x0,
            yy,
            fit(
                f"{side_name}: {team}",
                s.bold,
                9.5,
                colw,
            ),
            s.bold,
            9.5,
        )
        yy += 8
        cols = columns(
            x0,
            x0 + colw,
            [
                (0.5, "center"),
                (3.4, "left"),
                (1.4, "left"),
                (0.5, "center"),
                (0.5, "center"),
                (0.5, "center"),
                (0.7, "center"),
            ],
        )
        head = [
            "Nr",
            tr(lg, "Name", "Name, Vorname", "Nom Prénom"),
            tr(lg, "FAN", "Pass-Nr.", "Licence"),
            tr(lg, "G", "T", "B"),
            tr(lg, "Y", "G", "A"),
            tr(lg, "R", "R", "E"),
            tr(lg, "Sub", "Ausw.", "Rempl."),
        ]
        p.rect(x0 - 2, yy, colw + 4, 13, fill=0.88)
        for c, t in zip(cols, head, strict=True):
            p.text(
                {"right": c[1], "center": (c[0] + c[1]) / 2}.get(c[2], c[0]),
                yy + 9.5,
                t,
                s.bold,
                7,
                c[2] if c[2] != "left" else "left",
            )
        yy += 13
        players = squad(rng, lg, 11 + n_sub, team)
        red_at = rng.randrange(11 + n_sub) if side == off_side else -1
        goals = mt.score[side]
        for k, pl in enumerate(players):
            if k == 11:
                p.line(x0 - 2, yy + 1, x0 + colw + 2, yy + 1)
                yy += 3
            yy += 11
            nr = k + 1 if k < 11 else 12 + k - 11 + rng.randint(0, 6)
            g = ""
            if goals and k in (8, 9, 10, 6) and rng.random() < 0.5:
                g = str(1 if goals < 2 or rng.random() < 0.7 else 2)
                goals -= int(g)
            yel = "X" if rng.random() < 0.09 else ""
            red = ""
            if yel:
                booked.append(pl)
            if k == red_at:
                red = "X"
                sent = pl
            sub = (
                f"{rng.randint(46, 88)}'"
                if (k >= 11 and rng.random() < 0.7) or (k in (5, 9, 10) and rng.random() < 0.4)
                else ""
            )
            vals = [
                str(nr),
                pl,
                serial(rng, "9999999" if lg != "fr" else "2599999999"),
                g,
                yel,
                red,
                sub,
            ]
            for c, t in zip(cols, vals, strict=True):
                font = s.font if c in cols[:3] else HAND
                x = {"right": c[1], "center": (c[0] + c[1]) / 2}.get(c[2], c[0])
                p.text(x, yy, fit(t, font, 7.5, c[1] - c[0]), font, 7.5, c[2])
            p.line(x0 - 2, yy + 3, x0 + colw + 2, yy + 3)
        yy += 14
        for role in (
            tr(lg, "Manager", "Trainer", "Entraîneur"),
            tr(lg, "Assistant", "Betreuer", "Dirigeant"),
        ):
            p.text(x0, yy, f"{role}:", s.font, 7.5)
            p.text(x0 + 55, yy, person(rng, lg), s.font, 7.5)
            yy += 10
        ybot = yy
    mt.sent_off = sent
    mt.booked = booked
    y = ybot + 4
    p.line(m, y, w - m, y)
    y += 11
    p.text(m, y, f"{tr(lg, 'Referee', 'Schiedsrichter', 'Arbitre')}: {mt.referee}", s.bold, 8)
    p.text(
        m + 220,
        y,
        f"{tr(lg, 'Assistants', 'Assistenten', 'Assistants')}: "
        + (
            ", ".join(squad(rng, lg, 2))
            if rng.random() < 0.5
            else tr(lg, "club linesmen", "keine", "bénévoles des clubs")
        ),
        s.font,
        8,
    )
    y += 12
    remark = tr(lg, "Referee's remarks", "Besondere Vorkommnisse", "Observations d'après-match")
    p.text(m, y, f"{remark}:", s.font, 7.5)
    note = (
        tr(
            lg,
            f"{sent} sent off ({rng.randint(20, 89)}') - serious foul play. Report to follow.",
            f"Feldverweis {sent} ({rng.randint(20, 89)}.) wegen groben Foulspiels, Meldung folgt.",
            f"Exclusion de {sent} ({rng.randint(20, 89)}e) pour faute grossière. Rapport à suivre.",
        )
        if sent
        else tr(lg, "none", "keine", "néant")
    )
    hand(p, m + 110, y, note, 8.5, w - 2 * m - 110)
    y = min(y + 14, hh - 50)
    sw = (w - 2 * m - 40) / 3
    for k, lab in enumerate(
        (
            tr(lg, "Home captain / secretary", "Heimverein", "Capitaine recevant"),
            tr(lg, "Away captain / secretary", "Gastverein", "Capitaine visiteur"),
            tr(lg, "Referee", "Schiedsrichter", "Arbitre"),
        )
    ):
        x = m + k * (sw + 20)
        sign_line(p, s, x, y + 18, sw, lab, mt.referee if k == 2 else person(rng, lg))
    p.text(
        w - m,
        hh - 12,
        f"{tr(lg, 'printed', 'gedruckt', 'édité le')} {short(mt.day, lg)} "
        f"{rng.randint(17, 21)}:{rng.randint(10, 59)}",
        s.font,
        6,
        "right",
    )
    remember(mt.day, mt)
    return [p]


def tennis_sheet(rng: random.Random, h: Head, mt: Match) -> list[Page]:
    """A tennis team match result sheet: teams, rubbers with set scores, totals, captains."""
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = s.margin
    us = club_short()
    other = rng.choice(TENNIS_CLUBS[lg])
    teams = (f"{us} I", other) if rng.random() < 0.5 else (other, f"{us} I")
    p = Page(A4)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "Team Match Result Sheet",
            "Spielbericht Mannschaftswettbewerb Tennis",
            "Feuille de rencontre par équipes - Tennis",
        ),
        tr(
            lg,
            f"Summer League {month().year}",
            f"Medenspiele {month().year} - "
            f"{rng.choice(['Herren 40', 'Damen', 'Herren', 'Junioren U15'])}",
            f"Championnat départemental {month().year}",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Home", "Heimmannschaft", "Équipe recevante"), teams[0]),
            (tr(lg, "Away", "Gastmannschaft", "Équipe visiteuse"), teams[1]),
            (tr(lg, "Date", "Datum", "Date"), short(mt.day, lg)),
            (
                tr(lg, "Courts / surface", "Plätze / Belag", "Courts / surface"),
                rng.choice(["clay", "Sand", "terre battue", "artificial grass", "résine"]),
            ),
        ],
        per=2,
        tall=24,
    )
    hp, ap = squad(rng, lg, 6), squad(rng, lg, 6)
    rows = []
    won = [0, 0]
    for k in range(6):
        sets = []
        hw = rng.random() < 0.5
        for _ in range(2):
            a, b = (6, rng.randint(0, 4)) if hw else (rng.randint(0, 4), 6)
            if rng.random() < 0.25:
                a, b = b, a
            sets.append((a, b))
        wins = sum(1 for a, b in sets if a > b)
        if wins == 1:
            tb = (10, rng.randint(3, 8)) if hw else (rng.randint(3, 8), 10)
            sets.append(tb)
        win = 0 if sum(1 for a, b in sets if a > b) >= 2 else 1
        won[win] += 1
        rows.append(
            [
                f"E{k + 1}" if lg == "de" else f"S{k + 1}",
                hp[k],
                ap[k],
                "  ".join(f"{a}:{b}" for a, b in sets),
                "1:0" if win == 0 else "0:1",
            ]
        )
    for k in range(3):
        a, b = rng.sample(range(6), 2), rng.sample(range(6), 2)
        hw = rng.random() < 0.5
        sets = [
            (6, rng.randint(1, 4)) if hw else (rng.randint(1, 4), 6),
            (rng.randint(6, 7), rng.randint(3, 5)) if hw else (rng.randint(3, 5), 6),
        ]
        won[0 if hw else 1] += 1
        rows.append(
            [
                f"D{k + 1}",
                f"{hp[a[0]].split()[-1]} / {hp[a[1]].split()[-1]}",
                f"{ap[b[0]].split()[-1]} / {ap[b[1]].split()[-1]}",
                "  ".join(f"{x}:{z}" for x, z in sets),
                "1:0" if hw else "0:1",
            ]
        )
    f = Flow(A4, hh - m, lambda pg, n: m)
    f.pages = [p]
    f.page = p
    f.y = y + 4
    cols = columns(
        m, w - m, [(0.5, "left"), (2.4, "left"), (2.4, "left"), (1.6, "left"), (0.7, "center")]
    )
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Home", "Heim", "Recevant"),
            tr(lg, "Away", "Gast", "Visiteur"),
            tr(lg, "Score", "Ergebnis", "Score"),
            tr(lg, "Pts", "Punkte", "Pts"),
        ],
        rows,
        s,
        8.5,
        shade=0.9,
        rules=True,
        step=2.0,
    )
    f.y += 8
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Final result', 'Endstand', 'Résultat final')}:  {won[0]} : {won[1]}",
        s.bold,
        11,
    )
    f.y += 34
    sw = (w - 2 * m - 20) / 2
    sign_line(
        f.page,
        s,
        m,
        f.y,
        sw,
        tr(lg, "Home captain", "Mannschaftsführer Heim", "Capitaine recevant"),
        hp[0],
    )
    sign_line(
        f.page,
        s,
        m + sw + 20,
        f.y,
        sw,
        tr(lg, "Away captain", "Mannschaftsführer Gast", "Capitaine visiteur"),
        ap[0],
    )
    mt.referee = ""
    remember(mt.day, None)
    return f.pages


FEE = {"en": (30.0, 0.45), "de": (22.0, 0.30), "fr": (38.0, 0.40)}
TENNIS_CLUBS = {
    "en": ["Wilmslow LTC", "Bramhall Queensgate", "Sevenoaks Tennis Club", "Wellington LTC"],
    "de": ["TC Rot-Weiß Pullach", "TC Ottobrunn", "TK Blau-Gold Leipzig", "TC Grafing"],
    "fr": ["TC Gleizé", "Tennis Club de Saumur", "ASPTT Montpellier Tennis", "TC Anse"],
}


def tpl_referee_expenses(rng: random.Random, who: Issuer) -> list[Page]:
    """A referee's fee and expenses claim for a match of the club: the printed form (A5, A6 or
    a receipt slip from a pad) filled in by hand with match, fee, kilometres and total, signed
    as received by the referee and countersigned for the club."""
    lg = home()
    r = keyed(who, "referee")
    row = r.choice(local_rows("referee", lg))
    h = make_head(row, lg, "referee")
    mt = match_for(rng, row[0]) if after(("match_report",)) else a_match(rng, row[0])
    ref = mt.referee or row[0]
    size = r.choice([A5, A5, A6, SLIP])
    s = style_of(h, size, margin=24 if size != A5 else 34, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = m + 4
    title = tr(
        lg,
        "MATCH OFFICIAL'S FEE & EXPENSES",
        "Spesenabrechnung Schiedsrichter",
        "Note de frais d'arbitrage",
    )
    pt = shrink(title, s.bold, 11, w - 2 * m)
    p.text(w / 2, y, title, s.bold, pt, "center")
    y += 8
    p.text(
        w / 2,
        y + 6,
        fit(
            tr(
                lg,
                "to be paid by the home club before kick-off",
                "vom Heimverein in bar auszuzahlen",
                "à régler par le club recevant",
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
        "center",
    )
    y += 16
    fee, km_rate = FEE[lg]
    fee += rng.choice([0, 0, 5, 10, -8])
    km = rng.randint(6, 48) * 2
    travel = round(km * km_rate, 2)
    extra = rng.choice([0.0, 0.0, 3.5, 5.0])
    total = fee + travel + extra
    narrow = w < 330
    items = [
        (tr(lg, "Match", "Spiel", "Rencontre"), f"{mt.home} - {mt.away}"),
        (tr(lg, "Competition", "Spielklasse", "Compétition"), mt.comp),
        (tr(lg, "Date", "Datum", "Date"), short(mt.day, lg)),
        (tr(lg, "Official", "Schiedsrichter/in", "Arbitre"), ref),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=1 if narrow else 2, tall=23)
    cols = [m, w - m]
    lines = [
        (tr(lg, "Match fee", "Spielleitungsgebühr", "Indemnité de match"), fee),
        (
            tr(
                lg,
                f"Mileage {km} miles x {km_rate:.2f}",
                f"Fahrtkosten {km} km x {money(km_rate, lg)}",
                f"Déplacement {km} km x {money(km_rate, lg)}",
            ),
            travel,
        ),
        (tr(lg, "Other (parking)", "Sonstiges (Tagegeld)", "Autres frais"), extra),
    ]
    for lab, v in lines:
        p.text(cols[0], y, fit(lab, s.font, 8, w - 2 * m - 60), s.font, 8)
        p.line(cols[1] - 55, y + 2, cols[1], y + 2)
        if v:
            hand(p, cols[1] - 52, y, money(v, lg), 9)
        y += 16
    p.text(cols[0], y + 2, tr(lg, "TOTAL", "Gesamt", "TOTAL"), s.bold, 9)
    p.rect(cols[1] - 58, y - 9, 58, 15)
    hand(p, cols[1] - 52, y + 2, money(total, lg), 9.5)
    y += 22
    p.text(
        m,
        y,
        fit(
            tr(lg, "Received with thanks:", "Betrag dankend erhalten:", "Pour acquit :"),
            s.font,
            8,
            w / 2,
        ),
        s.font,
        8,
    )
    scrawl(p, m + (w - 2 * m) * 0.45, y + 2, ref, 11)
    y += 26
    if y < hh - m - 30:
        p.text(
            m,
            y,
            fit(
                tr(
                    lg, "Paid for the club by:", "Für den Verein ausgezahlt:", "Versé par le club :"
                ),
                s.font,
                8,
                w / 2,
            ),
            s.font,
            8,
        )
        scrawl(p, m + (w - 2 * m) * 0.45, y + 2, officer("football"), 10)
        y += 20
    if y < hh - m - 40 and rng.random() < 0.5:
        p.text(
            m,
            y + 6,
            fit(
                tr(
                    lg,
                    "Please retain for club accounts. Cash / bank transfer",
                    "Beleg für die Vereinskasse",
                    "Justificatif pour la trésorerie",
                ),
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
    if size == SLIP:
        p.text(w / 2, hh - 14, f"No. {serial(rng, '9999')}", s.font, 7, "center")
    remember(mt.day, mt)
    return [p]


def tpl_sanction_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The disciplinary body's decision after a sending-off or a misconduct report: case
    number, the match, the offence and the charge, the sanction in a box (suspension, fine,
    costs), the grounds; the appeal notice on a second page and now and then the payment slip
    for the fine."""
    h = head_of(who, "discipline")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    mt = match_for(rng)
    player = mt.sent_off or person(rng, lg)
    d = mt.day + timedelta(days=rng.randint(5, 16))
    case = tr(
        lg,
        serial(rng, "DC-99999"),
        f"SG {rng.randint(40, 480)}/{d.year % 100:02d}",
        f"D-{d.year % 100:02d}-{rng.randint(100, 999)}",
    )
    f = sheets(s, h, f"{h.name} - {case}")
    recipient(
        f,
        s,
        h,
        club_lines(tr(lg, "FAO Club Secretary", "Vorstand", "M. le Président")),
        d,
        [(tr(lg, "Case no.", "Aktenzeichen", "Dossier n°"), case)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Notice of disciplinary decision",
            "Urteil des Sportgerichts",
            "Notification de décision disciplinaire",
        ),
        2,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Re: {player}, {mt.home} v {mt.away}, {mt.comp}, {day(h, mt.day)}. Following the "
            "referee's report, the player was charged with serious foul play. The charge was "
            "dealt with by correspondence.",
            f"In dem Verfahren gegen den Spieler {player} ({mt.home} - {mt.away}, {mt.comp}, "
            f"{day(h, mt.day)}) hat das Sportgericht im schriftlichen Verfahren wie folgt "
            "entschieden:",
            f"Rencontre {mt.home} - {mt.away} du {day(h, mt.day)} ({mt.comp}). La commission, "
            f"après lecture du rapport de l'arbitre, a examiné le dossier de {player} et décide :",
        ),
    )
    games = rng.choice([1, 2, 3, 4, 6])
    fine = rng.choice([25.0, 30.0, 40.0, 50.0, 75.0])
    costs = rng.choice([0.0, 10.0, 15.0, 20.0])
    f.need(90)
    y0 = f.y
    f.page.rect(m, y0, w - 2 * m, 16 * (3 if costs else 2) + 10)
    f.y += 14
    for lab, val in [
        (
            tr(lg, "Suspension", "Sperre", "Suspension"),
            tr(lg, f"{games} matches", f"{games} Pflichtspiele", f"{games} matchs fermes"),
        ),
        (tr(lg, "Fine (club)", "Geldstrafe (Verein)", "Amende (club)"), cash(fine, lg)),
        *(
            [
                (
                    tr(lg, "Administration fee", "Verfahrenskosten", "Frais de dossier"),
                    cash(costs, lg),
                )
            ]
            if costs
            else []
        ),
    ]:
        f.page.text(m + 10, f.y, lab, s.bold, s.size)
        f.page.text(m + 180, f.y, val, s.font, s.size)
        f.y += 16
    f.y += 12
    f.heading(m, tr(lg, "Reasons", "Gründe", "Motifs"), s.bold, s.size + 0.5)
    write(f, s, prose(rng, lg, "match", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            f"The suspension takes effect from {day(h, d + timedelta(days=7))}. The fine will be "
            "added to the club's account and collected by Direct Debit.",
            "Die Sperre beginnt mit dem Tag des Feldverweises. Die Geldstrafe und die Kosten "
            "werden vom Vereinskonto abgebucht.",
            "La suspension prend effet à compter du lundi suivant la notification. L'amende sera "
            "portée au débit du compte du club.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "chair"),
        tr(
            lg, "Discipline Manager", "Vorsitzender des Sportgerichts", "Président de la commission"
        ),
    )
    pages = f.pages
    if rng.random() < 0.55:
        f.new_page()
        f.heading(
            m,
            tr(lg, "Right of appeal", "Rechtsmittelbelehrung", "Voies de recours"),
            s.bold,
            s.size + 1,
        )
        write(
            f,
            s,
            tr(
                lg,
                "You may appeal against this decision within 14 days of the date of this notice. "
                "Appeals must be made in writing and accompanied by the appeal fee.",
                "Gegen dieses Urteil kann innerhalb einer Woche nach Zugang Berufung beim "
                "Verbandssportgericht eingelegt werden. Die Berufung ist schriftlich zu begründen; "
                "gleichzeitig ist eine Gebühr zu entrichten.",
                "Cette décision est susceptible d'appel devant la commission d'appel dans un délai "
                "de sept jours à compter du lendemain de sa notification.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 2, 4))
        if rng.random() < 0.6:
            f.need(150)
            f.y = max(f.y + 20, hh - m - 170)
            slip_rule(
                f.page, m, w - m, f.y, tr(lg, "payment slip", "Zahlschein", "talon de paiement")
            )
            f.y += 18
            f.y = fields(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [
                    (tr(lg, "Payee", "Empfänger", "Bénéficiaire"), h.name.split(" - ")[0]),
                    (
                        "IBAN",
                        serial(
                            rng,
                            "GB99 AAAA 9999 9999 9999 99"
                            if lg == "en"
                            else "DE99 7005 9999 9999 9999 99"
                            if lg == "de"
                            else "FR76 9999 9999 9999 9999 9999 999",
                        ),
                    ),
                    (tr(lg, "Reference", "Verwendungszweck", "Référence"), case),
                    (tr(lg, "Amount", "Betrag", "Montant"), cash(fine + costs, lg)),
                ],
                per=2,
                tall=24,
                hand=False,
            )
    received(rng, pages[0], d, 0.35)
    remember(d, mt)
    return close(pages, s, h)


def tpl_affiliation_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The federation's annual affiliation and levy invoice to the club: basic fee, members
    by age band, teams entered, insurance levy, no VAT; now and then the member statistics
    return (members by section, age band and sex) on a page of its own."""
    h = head_of(who, "federation")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, tr(lg, "AF99999", "BR-9999-99999", "AC99-9999"))
    title = tr(lg, "Affiliation fee invoice", "Beitragsrechnung", "Appel de cotisation")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        club_lines(tr(lg, "Treasurer", "Kassenwart", "Trésorier")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Club no.", "Vereins-Nr.", "N° affiliation"),
                serial(keyed(who, "cno"), "99999"),
            ),
        ],
    )
    caption(f, s, f"{title} {season(lg)}", 2)
    adults, youth, teams = rng.randint(120, 420), rng.randint(60, 260), rng.randint(6, 19)
    rows_in = [
        (
            tr(lg, "Affiliation fee", "Grundbeitrag Verein", "Cotisation club"),
            1,
            rng.choice([95.0, 120.0, 160.0]),
        ),
        (
            tr(lg, "Members aged 18 and over", "Mitglieder ab 18 Jahre", "Licences seniors"),
            adults,
            rng.choice([1.8, 2.4, 3.1, 11.5]),
        ),
        (
            tr(lg, "Members under 18", "Mitglieder bis 18 Jahre", "Licences jeunes"),
            youth,
            rng.choice([0.9, 1.2, 6.5]),
        ),
        (
            tr(lg, "Teams entered", "Mannschaftsmeldungen", "Engagements d'équipes"),
            teams,
            rng.choice([18.0, 25.0, 35.0]),
        ),
        (
            tr(
                lg,
                "Public liability insurance levy",
                "Sportversicherung (Pauschale)",
                "Assurance responsabilité civile",
            ),
            1,
            rng.choice([84.0, 112.0, 140.0]),
        ),
    ]
    rows = []
    net = 0.0
    for k, (t, q, pr) in enumerate(rows_in, 1):
        v = round(q * pr, 2)
        net += v
        rows.append([str(k), t, num(q, lg), money(pr, lg), money(v, lg)])
    cols = columns(
        m, w - m, [(0.4, "left"), (4, "left"), (1, "right"), (1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Qty", "Anzahl", "Nb"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
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
        [],
        tr(
            lg,
            "Not subject to VAT. Payment will be collected by Direct Debit on or after "
            f"{day(h, d + timedelta(days=14))}.",
            "Nicht umsatzsteuerbar (ideeller Bereich). Der Betrag wird am "
            f"{day(h, d + timedelta(days=14))} per SEPA-Lastschrift eingezogen.",
            "Non assujetti à la TVA. Le montant sera prélevé sur le compte du club le "
            f"{day(h, d + timedelta(days=14))}.",
        ),
    )
    pages = f.pages
    if rng.random() < 0.45:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                f"Membership return {season(lg)}",
                f"Bestandserhebung zum 1. Januar {d.year}",
                f"Effectifs licenciés {season(lg)}",
            ),
            1,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Members by section, age band and sex as declared by the club.",
                "Mitglieder nach Abteilung, Altersgruppe und Geschlecht (Meldung des Vereins).",
                "Répartition par section, catégorie d'âge et sexe.",
            ),
            s.size - 1,
        )
        bands = ["0-6", "7-14", "15-18", "19-26", "27-40", "41-60", "61+"]
        cols = columns(m, w - m, [(2.6, "left")] + [(1, "right")] * len(bands) + [(1.2, "right")])
        head = [
            tr(lg, "Section", "Abteilung", "Section"),
            *bands,
            tr(lg, "Total", "Summe", "Total"),
        ]
        for sex in (tr(lg, "Male", "männlich", "Hommes"), tr(lg, "Female", "weiblich", "Femmes")):
            f.heading(m, sex, s.bold, s.size)
            srows = []
            for sec in SECTIONS[lg]:
                vals = [rng.randint(0, 40) for _ in bands]
                srows.append([sec, *[str(v) for v in vals], str(sum(vals))])
            table(f, cols, head, srows, s, 7.5, rules=True, step=2.0)
            f.y += 10
        f.y += 20
        f.need(40)
        sign_line(
            f.page,
            s,
            m,
            f.y,
            220,
            tr(lg, "Club secretary", "Für die Richtigkeit", "Le secrétaire"),
            officer("sec"),
        )
    received(rng, pages[0], d, 0.25)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else None)


# ---------------------------------------------------------------------------------------------
# Templates YY: grants, suppliers and contractors
# ---------------------------------------------------------------------------------------------

PROJECTS = {
    "en": [
        ("LED floodlights for the training pitch", 18500.0),
        ("Resurfacing of two tennis courts", 26400.0),
        ("Changing room refurbishment", 31200.0),
        ("Defibrillator and first-aid kit for the clubhouse", 1450.0),
        ("Junior athletics equipment (hurdles, starting blocks)", 3800.0),
        ("Pitch drainage works", 12750.0),
    ],
    "de": [
        ("Umrüstung der Flutlichtanlage auf LED", 38000.0),
        ("Sanierung von zwei Tennisplätzen", 21500.0),
        ("Erneuerung der Umkleide- und Sanitärräume", 64000.0),
        ("Anschaffung eines Defibrillators", 1690.0),
        ("Sportgeräte Leichtathletik (Hürden, Startblöcke)", 4200.0),
        ("Beregnungsanlage Hauptplatz", 17800.0),
    ],
    "fr": [
        ("Éclairage LED du terrain d'entraînement", 42000.0),
        ("Réfection de deux courts de tennis", 24800.0),
        ("Rénovation des vestiaires", 51000.0),
        ("Acquisition d'un défibrillateur", 1590.0),
        ("Matériel d'athlétisme jeunes", 3900.0),
        ("Fonctionnement - développement de la pratique féminine", 3500.0),
    ],
}
GRANT_TERMS = {
    "en": [
        "Use of the grant",
        "Payment",
        "Match funding",
        "Procurement",
        "Publicity",
        "Monitoring and evaluation",
        "Records and audit",
        "Disposal of assets",
        "Repayment",
        "Insurance",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Zweckbindung",
        "Auszahlung",
        "Eigenanteil",
        "Vergabe von Aufträgen",
        "Mitteilungspflichten",
        "Verwendungsnachweis",
        "Prüfungsrecht",
        "Zweckbindungsfrist",
        "Erstattung und Verzinsung",
        "Versicherung",
        "Öffentlichkeitsarbeit",
        "Datenschutz",
    ],
    "fr": [
        "Objet de la subvention",
        "Versement",
        "Cofinancement",
        "Commande publique",
        "Communication",
        "Compte rendu financier",
        "Contrôle",
        "Durée de la convention",
        "Reversement",
        "Assurances",
        "Données personnelles",
        "Litiges",
    ],
}


def tpl_funding_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A grant offer from the council or a sports foundation (Zuwendungsbescheid, notification
    d'attribution): the decision with the amount, the project, the share of the costs and how
    it is paid, the standard conditions in small print, and the acceptance form the club signs
    and returns; a German notice ends with its Rechtsbehelfsbelehrung."""
    h = head_of(who, "funder")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    proj, cost = rng.choice(PROJECTS[lg])
    cost = round(cost * rng.uniform(0.85, 1.2), -1)
    share = rng.choice([0.3, 0.4, 0.5, 0.75])
    grant = round(cost * share, -1)
    ref = serial(rng, tr(lg, "GRA-99999", "Az. 52-9999/99", "SUB-99-99999"))
    title = tr(lg, "Grant Offer", "Zuwendungsbescheid", "Notification d'attribution de subvention")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        club_lines(
            tr(
                lg,
                f"FAO {officer('chair')}",
                "vertreten durch den Vorstand",
                f"À l'attention de {mx(officer('chair'), 'fr')}",
            )
        ),
        d,
        [(tr(lg, "Reference", "Aktenzeichen", "Référence"), ref)],
    )
    caption(f, s, f"{title} - {proj}", 1.5)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"I am pleased to tell you that your application for funding towards the project "
            f"'{proj}' has been successful. We are offering a grant of up to {cash(grant, lg)} "
            f"towards eligible costs of {cash(cost, lg)}, subject to the terms and conditions "
            "attached.",
            f"auf Ihren Antrag vom {day(h, d - timedelta(days=rng.randint(40, 120)))} wird "
            f"Ihnen für die Maßnahme '{proj}' eine Zuwendung als Anteilfinanzierung in Höhe von "
            f"{cash(grant, lg)} ({int(share * 100)} % der zuwendungsfähigen Ausgaben von "
            f"{cash(cost, lg)}) bewilligt.",
            f"J'ai le plaisir de vous informer qu'une subvention d'un montant de "
            f"{cash(grant, lg)} a été attribuée à votre association pour le projet « {proj} », "
            f"sur un budget prévisionnel de {cash(cost, lg)}.",
        ),
    )
    items = [
        (tr(lg, "Grant", "Zuwendung", "Montant attribué"), cash(grant, lg)),
        (tr(lg, "Eligible costs", "Zuwendungsfähige Ausgaben", "Budget retenu"), cash(cost, lg)),
        (
            tr(lg, "Project period", "Bewilligungszeitraum", "Période de réalisation"),
            f"{short(d, lg)} - {short(d + timedelta(days=rng.choice([180, 270, 365])), lg)}",
        ),
        (
            tr(lg, "Payment", "Auszahlung", "Versement"),
            tr(
                lg,
                "in arrears against invoices",
                "nach Vorlage des Verwendungsnachweises",
                "70 % à la signature, solde sur justificatifs",
            ),
        ),
    ]
    f.need(80)
    f.y = pairs(f.page, s, m + 20, f.y + 4, items, w - m - 20, s.size) + 8
    write(f, s, prose(rng, lg, "grant", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "To accept this offer please sign and return the acceptance form by "
            f"{day(h, d + timedelta(days=28))}.",
            "Die beigefügten Allgemeinen Nebenbestimmungen (ANBest-P) sind Bestandteil dieses "
            "Bescheides.",
            "Le bénéficiaire s'engage à retourner l'accusé de réception ci-joint dûment signé.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "officer"),
        tr(lg, "Funding Officer", "Sachbearbeitung Sportförderung", "Le chargé de mission"),
    )
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            tr(
                lg,
                "Standard terms and conditions of grant",
                "Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P)",
                "Conditions générales d'attribution",
            ),
            GRANT_TERMS[lg],
            lg,
        )
    )
    if lg == "de" and rng.random() < 0.6:
        f.new_page()
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage bei "
            "dem Bayerischen Verwaltungsgericht erhoben werden. Sie können auf die Einlegung "
            "eines Rechtsbehelfs verzichten, indem Sie die beigefügte Erklärung unterschreiben "
            "und zurücksenden; der Bescheid wird dann sofort bestandskräftig.",
        )
        f.y += 10
    else:
        f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Acceptance of grant offer",
            "Annahmeerklärung / Rechtsbehelfsverzicht",
            "Accusé de réception et acceptation",
        ),
        1,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We accept the offer of a grant of {cash(grant, lg)} (ref. {ref}) on the terms and "
            "conditions set out in the offer letter and confirm that we have read them.",
            f"Den Zuwendungsbescheid vom {day(h, d)} (Az. {ref}) habe ich erhalten. Ich erkenne "
            "ihn an und verzichte auf die Einlegung von Rechtsbehelfen.",
            f"Le président de l'association accuse réception de la notification du {day(h, d)} "
            f"et accepte les conditions d'attribution de la subvention de {cash(grant, lg)}.",
        ),
    )
    f.y += 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Organisation", "Zuwendungsempfänger", "Association"), club_row()[0]),
            (
                tr(
                    lg,
                    "Name of authorised signatory",
                    "Name (Vorstand § 26 BGB)",
                    "Nom du signataire",
                ),
                officer("chair"),
            ),
            (tr(lg, "Position", "Funktion", "Qualité"), title_of("chair", lg)),
            (tr(lg, "Date", "Ort, Datum", "Fait à, le"), ""),
        ],
        per=2,
        tall=28,
        hand=True,
    )
    sign_line(
        f.page, s, m, f.y + 30, 220, tr(lg, "Signature", "Unterschrift", "Signature et cachet")
    )
    received(rng, pages[0], d, 0.35)
    remember(d)
    return close(pages, s, h)


DRINKS = {
    "en": [
        ("Lager 11g keg", "keg", 118.0),
        ("Best Bitter 9g cask", "cask", 96.0),
        ("Cider 11g keg", "keg", 124.0),
        ("Cola post-mix 7L BIB", "box", 48.5),
        ("Lemonade 7L BIB", "box", 39.0),
        ("Mineral water 24x500ml", "case", 9.8),
        ("J2O orange & passion 24x275ml", "case", 19.9),
        ("Crisps ready salted 48", "box", 14.6),
        ("CO2 gas 6.35kg", "cyl", 26.0),
        ("House red 6x75cl", "case", 37.2),
    ],
    "de": [
        ("Helles vom Fass 50 l KEG", "KEG", 119.0),
        ("Pils 30 l KEG", "KEG", 79.0),
        ("Weißbier Kiste 20x0,5 l", "Kiste", 17.9),
        ("Radler Kiste 20x0,5 l", "Kiste", 16.4),
        ("Apfelschorle 12x1,0 l PET", "Kiste", 8.9),
        ("Mineralwasser 12x0,7 l", "Kiste", 6.8),
        ("Cola 24x0,33 l", "Kiste", 14.9),
        ("Alkoholfreies Weizen 20x0,5 l", "Kiste", 18.6),
        ("CO2 Flasche 10 kg", "Fl.", 27.5),
        ("Brezeln TK 50 Stück", "Karton", 19.5),
    ],
    "fr": [
        ("Bière pression fût 30 L", "fût", 112.0),
        ("Bière blonde bouteille 24x25cl", "casier", 19.8),
        ("Panaché fût 20 L", "fût", 71.0),
        ("Eau minérale 6x1,5 L", "pack", 3.9),
        ("Sirops assortis 1 L", "bt", 4.6),
        ("Coca-Cola 24x33cl", "carton", 16.8),
        ("Jus d'orange 12x1 L", "carton", 15.6),
        ("Chips 20 sachets", "carton", 9.2),
        ("Bouteille de gaz CO2", "bt", 24.0),
        ("Café grains 1 kg", "kg", 17.5),
    ],
}
DEPOSIT = {
    "en": [("Keg deposit", 30.0), ("Empty kegs returned", -30.0), ("Cylinder deposit", 45.0)],
    "de": [
        ("Pfand KEG", 30.0),
        ("Pfand Kiste", 3.1),
        ("Leergut zurück KEG", -30.0),
        ("Leergut zurück Kiste", -3.1),
    ],
    "fr": [("Consigne fût", 30.0), ("Consigne casier", 4.5), ("Retour fûts vides", -30.0)],
}


@dataclass
class Delivery:
    no: str
    day: date
    lines: list[tuple[str, str, int, float]]
    empties: list[tuple[str, int, float]]
    sender: str


def a_delivery(rng: random.Random, lg: str, sender: str) -> Delivery:
    goods = rng.sample(DRINKS[lg], rng.randint(3, 8))
    lines = [
        (n, u, rng.randint(1, 6) if u.lower() in ("keg", "cask", "fût") else rng.randint(1, 12), pr)
        for n, u, pr in goods
    ]
    empties = [(t, rng.randint(1, 8), v) for t, v in DEPOSIT[lg] if rng.random() < 0.7]
    return Delivery(serial(rng, "9999999"), some_day(rng), lines, empties, sender)


def tpl_drinks_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The drinks wholesaler's invoice for the club bar: customer and delivery note numbers,
    the goods with units and prices, deposits charged and empties credited, VAT and total,
    paid by direct debit; a run covers the month's deliveries."""
    h = head_of(who, "drinks")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("drinks_delivery",)) and isinstance(ex, Delivery) and ex.sender == h.name:
        dl = ex
    else:
        dl = a_delivery(rng, lg, h.name)
    d = dl.day + timedelta(days=rng.choice([0, 0, 1, 3]))
    no = serial(rng, tr(lg, "SI-999999", "RE 99999999", "FA99-99999"))
    cust = serial(keyed(who, "cust"), "99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        club_lines(tr(lg, "The Bar Manager", "Vereinsgaststätte / Ausschank", "Buvette")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account no.", "Kunden-Nr.", "Code client"), cust),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), dl.no),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    net = 0.0
    low = 0.0
    for n, u, q, pr in dl.lines:
        v = round(q * pr, 2)
        net += v
        if lg == "fr" and any(t in n for t in ("Eau", "Jus", "Sirop", "Chips", "Café", "Coca")):
            low += v
        rows.append([n, num(q, lg), u, money(pr, lg), money(v, lg)])
    dep = 0.0
    for t, q, v in dl.empties:
        dep += q * v
        rows.append([t, num(q, lg), "", money(v, lg), money(q * v, lg)])
    cols = columns(
        m, w - m, [(4, "left"), (0.8, "right"), (0.9, "center"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    rates = [(vat(lg), net - low)] if lg != "fr" else [(20.0, net - low), (5.5, low)]
    if lg == "de" and dep:
        rates = [(19.0, net + dep)]
    gross = totals(
        f,
        s,
        lg,
        net + dep,
        [r_ for r_ in rates if r_[1]],
        tr(
            lg,
            f"Payment by Direct Debit on {day(h, d + timedelta(days=14))}. Kegs remain our "
            "property.",
            f"Der Betrag wird am {day(h, d + timedelta(days=10))} von Ihrem Konto abgebucht. "
            "Leergut bleibt unser Eigentum.",
            "Règlement par prélèvement à 30 jours fin de mois. Pénalités de retard : 3 fois le "
            "taux d'intérêt légal; indemnité forfaitaire pour frais de recouvrement : 40 €.",
        ),
    )
    received(rng, f.pages[0], d, 0.25)
    remember(d, (dl, gross))
    return close(f.pages, s, h)


def tpl_drinks_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """The dray's delivery slip from the wholesaler's hand-held printer (a narrow roll) or an
    A5 delivery note: round and driver, goods delivered, empties collected filled in by hand,
    the bar manager's signature."""
    h = head_of(who, "drinks")
    lg = h.lang
    dl = a_delivery(rng, lg, h.name)
    narrow = keyed(who, "roll").random() < 0.55
    if narrow:
        n = len(dl.lines) + len(dl.empties)
        size = (80 * MM, 250 + 26 * n)
        s = style_of(h, size, margin=14, pt=7.5)
        s = Style("Courier", "Courier-Bold", 7.5, 14, "none", "bottom", size, s.date_style)
    else:
        size = landscape(A5)
        s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h) if not narrow else m + 6
    if narrow:
        for t in (h.name, h.street, h.town):
            p.text(
                w / 2,
                y,
                fit(t, s.bold if t == h.name else s.font, 7.5, w - 2 * m),
                s.bold if t == h.name else s.font,
                7.5,
                "center",
            )
            y += 9
        y += 6
    p.text(
        m,
        y,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        10 if narrow else 12,
    )
    p.text(w - m, y, dl.no, s.bold, 9, "right")
    y += 14
    info = [
        (
            tr(lg, "Date", "Datum", "Date"),
            f"{short(dl.day, lg)} {rng.randint(7, 14)}:{rng.randint(10, 59)}",
        ),
        (
            tr(lg, "Round / driver", "Tour / Fahrer", "Tournée / chauffeur"),
            f"{rng.randint(10, 48)} / {staff(h, 'driver').split()[0]}",
        ),
        (tr(lg, "Customer", "Kunde", "Client"), club_short()),
    ]
    y = pairs(p, s, m, y, info, w - m, 7.5) + 4
    p.line(m, y, w - m, y)
    y += 11
    qty_x = m + 22
    for n_, u, q, _ in dl.lines:
        p.text(m, y, str(q), s.font, 7.5)
        p.text(
            qty_x,
            y,
            fit(f"{n_} ({u})" if not narrow else n_, s.font, 7.5, w - qty_x - m),
            s.font,
            7.5,
        )
        y += 10
    y += 4
    p.line(m, y, w - m, y)
    y += 11
    p.text(m, y, tr(lg, "Empties collected", "Leergut zurück", "Vides repris"), s.bold, 7.5)
    y += 11
    for t, q, _v in dl.empties:
        p.text(m + 4, y, fit(t, s.font, 7.5, w - 2 * m - 40), s.font, 7.5)
        p.line(w - m - 30, y + 2, w - m, y + 2)
        hand(p, w - m - 24, y, str(q), 9)
        y += 12
    y += 10
    p.text(
        m,
        y,
        tr(lg, "Goods received in good order:", "Ware vollständig erhalten:", "Reçu conforme :"),
        s.font,
        7,
    )
    y += 22
    p.line(m, y, w - m if narrow else w / 2, y)
    scrawl(p, m + 4, y - 3, officer("bar"), 11)
    y += 9
    p.text(
        m,
        y,
        tr(lg, "Signature / print name", "Unterschrift Kunde", "Signature client"),
        s.font,
        6.5,
    )
    if narrow:
        p.text(
            w / 2,
            hh - 18,
            "*** " + tr(lg, "thank you", "Vielen Dank", "merci") + " ***",
            s.font,
            7,
            "center",
        )
    remember(dl.day, dl)
    return [p]


GROUND_WORKS = {
    "en": [
        ("Weekly mowing - main pitch and outfield", "visit", 85.0),
        ("Line marking - senior pitch", "visit", 45.0),
        ("Line marking - mini-soccer pitches (3)", "visit", 60.0),
        ("Verti-draining", "pitch", 420.0),
        ("Overseeding (dwarf rye blend)", "kg", 6.4),
        ("Top dressing sand/soil 70/30", "t", 58.0),
        ("Tennis courts: spring preparation", "court", 380.0),
        ("Moss treatment - artificial courts", "court", 140.0),
        ("Long jump pit: sand top-up and raking", "item", 165.0),
    ],
    "de": [
        ("Rasenmähen Hauptplatz inkl. Schnittgut", "Einsatz", 95.0),
        ("Linierung Großfeld", "Einsatz", 55.0),
        ("Aerifizieren (Vertidrain)", "Platz", 480.0),
        ("Nachsaat Regenerationsmischung", "kg", 7.2),
        ("Besanden Quarzsand 0/2", "t", 62.0),
        ("Tennisplätze Frühjahrsinstandsetzung", "Platz", 420.0),
        ("Ziegelmehl nachliefern und einbauen", "t", 185.0),
        ("Laufbahnreinigung Kunststoff", "m²", 0.9),
        ("Weitsprunggrube Sand auffüllen", "psch", 175.0),
    ],
    "fr": [
        ("Tonte terrain d'honneur", "passage", 90.0),
        ("Traçage terrain à 11", "passage", 50.0),
        ("Décompactage (vertidrain)", "terrain", 450.0),
        ("Regarnissage ray-grass", "kg", 7.0),
        ("Sablage", "t", 60.0),
        ("Remise en état des courts en terre battue", "court", 400.0),
        ("Nettoyage piste d'athlétisme", "m²", 0.8),
        ("Démoussage courts résine", "court", 150.0),
    ],
}


def tpl_groundsman_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The grounds maintenance contractor's invoice: the works of the month by item (mowing,
    marking, aeration, seed, sand, tennis court preparation, track cleaning), VAT, terms; behind
    it the work record by date and hours signed for the club, or photos of the finished
    work."""
    h = head_of(who, "grounds")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, tr(lg, "INV-9999", "2025-9999", "F-9999"))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        club_lines(tr(lg, "Grounds Committee", "z. Hd. Platzwart", "Service terrains")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Contract", "Vertrag", "Contrat"), serial(keyed(who, "ctr"), "PV-999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Invoice - grounds maintenance {month_name(lg)}",
            f"Rechnung Sportplatzpflege {month_name(lg)}",
            f"Facture entretien des terrains - {month_name(lg)}",
        ),
        1,
    )
    works = rng.sample(GROUND_WORKS[lg], rng.randint(3, 7))
    rows = []
    net = 0.0
    for t, u, pr in works:
        q = (
            rng.choice([1, 2, 4, 4, 5])
            if u in ("visit", "Einsatz", "passage")
            else rng.choice([1, 2, 3, 4])
            if u not in ("kg", "t", "m²")
            else rng.choice([25, 40, 60, 4, 6, 800, 2400])
        )
        v = round(q * pr, 2)
        net += v
        rows.append([t, num(q, lg), u, money(pr, lg), money(v, lg)])
    cols = columns(
        m, w - m, [(4, "left"), (0.8, "right"), (0.9, "center"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Rate", "EP", "P.U."),
            tr(lg, "Amount", "GP", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(
        f,
        s,
        lg,
        net,
        [(vat(lg), net)],
        tr(
            lg,
            "Payment within 30 days please.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Paiement à réception de facture.",
        ),
    )
    pages = f.pages
    extra = rng.random()
    if extra < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Work record", "Arbeitsnachweis / Stundenbericht", "Bons d'intervention"),
            1,
        )
        recs = []
        dd = month()
        for _ in range(rng.randint(5, 14)):
            dd += timedelta(days=rng.randint(1, 4))
            recs.append(
                [
                    short(dd, lg),
                    rng.choice(works)[0],
                    staff(h, rng.choice("ab")),
                    rng.choice(["1,5", "2", "3", "4,5", "6", "7"])
                    if lg != "en"
                    else rng.choice(["1.5", "2", "3", "4.5", "6"]),
                    rng.choice(["Ransomes", "Toro", "Vertidrain", "Amazone", "Hand"]),
                ]
            )
        cols = columns(
            m, w - m, [(1, "left"), (4, "left"), (1.8, "left"), (0.6, "right"), (1.2, "left")]
        )
        table(
            f,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Work", "Tätigkeit", "Travaux"),
                tr(lg, "Operator", "Mitarbeiter", "Agent"),
                tr(lg, "Hrs", "Std.", "H"),
                tr(lg, "Machine", "Gerät", "Matériel"),
            ],
            recs,
            s,
            rules=True,
            step=1.8,
        )
        f.y += 30
        f.need(40)
        sign_line(
            f.page,
            s,
            m,
            f.y,
            200,
            tr(lg, "Checked for the club", "Bestätigt Verein (Platzwart)", "Visa du club"),
            officer("grounds"),
        )
    elif extra < 0.6:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Photographs of completed work",
                "Fotodokumentation",
                "Photos des travaux réalisés",
            ),
            1,
        )
        pw = (w - 2 * m - 16) / 2
        ph = pw * 0.72
        for k in range(4):
            x = m + (k % 2) * (pw + 16)
            y = f.y + (k // 2) * (ph + 30)
            photo(f.page, x, y, pw, ph, rng)
            f.page.text(
                x,
                y + ph + 11,
                fit(f"{k + 1}. {rng.choice(works)[0]}", s.font, 7.5, pw),
                s.font,
                7.5,
            )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h)


def month_name(lg: str) -> str:
    m = month()
    return f"{MONTHS[lg][m.month - 1]} {m.year}"


# ---------------------------------------------------------------------------------------------
# Templates YY: volunteers, events and insurance
# ---------------------------------------------------------------------------------------------

COURSES = {
    "en": [
        ("Emergency First Aid at Work", "6 hours", 3, "Level 3 award (RQF)"),
        ("Introduction to First Aid in Football", "3 hours", 3, ""),
        ("Safeguarding Children", "online + 3 hours", 3, "The FA"),
        ("Defibrillator (AED) and CPR awareness", "2 hours", 1, ""),
        ("Basic Life Support", "4 hours", 1, ""),
    ],
    "de": [
        ("Erste-Hilfe-Ausbildung", "9 UE", 2, "gemäß DGUV Grundsatz 304-001"),
        ("Erste Hilfe im Sport", "9 UE", 2, ""),
        ("Kinderschutz im Sportverein (Prävention sexualisierter Gewalt)", "8 LE", 4, ""),
        ("Einweisung Frühdefibrillation (AED)", "4 UE", 2, ""),
        ("Übungsleiter-Fortbildung (Lizenzverlängerung)", "15 LE", 4, "DOSB-Lizenz"),
    ],
    "fr": [
        ("Prévention et Secours Civiques de niveau 1 (PSC1)", "7 heures", 0, ""),
        ("Sensibilisation aux gestes qui sauvent", "2 heures", 0, ""),
        ("Initiation à l'utilisation du défibrillateur", "3 heures", 0, ""),
        ("Module Éthique et intégrité - prévention des violences", "4 heures", 0, ""),
        ("Certificat Fédéral Football - module U9", "16 heures", 0, "FFF"),
    ],
}


def tpl_course_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A course certificate for one of the club's volunteers (first aid, first aid in sport,
    defibrillator, safeguarding, coaching licence refresher): landscape or portrait with a
    border, the training body's name, the participant, course, hours, dates, validity, the
    instructor's signature and seal; now and then the syllabus on the back."""
    h = head_of(who, "trainer")
    lg = h.lang
    r = keyed(who, "cert")
    size = LAND if r.random() < 0.55 else A4
    s = style_of(h, size, margin=56)
    w, hh = size
    m = s.margin
    course, hours, years, note = r.choice(COURSES[lg])
    name = person(rng, lg)
    d = some_day(rng) - timedelta(days=rng.randint(2, 20))
    cno = serial(rng, tr(lg, "SJA-9999999", "EH-99-99999", "PSC1-99-9999"))
    p = Page(size)
    p.rect(18, 18, w - 36, hh - 36)
    p.rect(24, 24, w - 48, hh - 48)
    if r.random() < 0.5:
        p.rect(24, 24, w - 48, 10, fill=0.55)
    y = 70.0
    emblem(p, w / 2 - 11, y - 20)
    p.text(w / 2, y + 22, fit(h.name, s.bold, 11, w - 2 * m), s.bold, 11, "center")
    y += 70
    big = tr(lg, "CERTIFICATE", "Teilnahmebescheinigung", "ATTESTATION DE FORMATION")
    p.text(w / 2, y, big, s.bold, shrink(big, s.bold, 26, w - 2 * m), "center")
    y += 34
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Nous certifions que"),
        italic_of(s.font),
        12,
        "center",
    )
    y += 32
    p.text(w / 2, y, mx(name, lg), INK, 22, "center")
    p.line(w / 2 - 150, y + 6, w / 2 + 150, y + 6)
    y += 28
    if lg != "en":
        p.text(
            w / 2,
            y,
            tr(
                lg,
                "",
                f"geboren am {short(born(rng, 19, 62), lg)}",
                f"né(e) le {short(born(rng, 19, 62), lg)}",
            ),
            s.font,
            10,
            "center",
        )
        y += 20
    p.text(
        w / 2,
        y,
        tr(lg, "has successfully completed", "an dem Lehrgang", "a suivi avec succès la formation"),
        italic_of(s.font),
        12,
        "center",
    )
    y += 26
    p.text(
        w / 2,
        y,
        fit(course, s.bold, 15, w - 2 * m),
        s.bold,
        shrink(course, s.bold, 15, w - 2 * m),
        "center",
    )
    y += 22
    sub = f"{hours}" + (f" - {note}" if note else "")
    p.text(w / 2, y, sub, s.font, 10, "center")
    y += 16
    if lg == "de":
        p.text(w / 2, y, "teilgenommen hat.", italic_of(s.font), 12, "center")
        y += 16
    ends = d + timedelta(days=365 * years) if years else None
    info = [
        (tr(lg, "Date of course", "Lehrgangsdatum", "Date de la formation"), short(d, lg)),
        (tr(lg, "Certificate no.", "Bescheinigungs-Nr.", "N° d'attestation"), cno),
    ]
    if ends:
        info.append((tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), short(ends, lg)))
    yy = min(y + 40, hh - 150)
    pairs(p, s, w / 2 - 150, yy, info, w / 2 + 150, 9)
    ysig = hh - 70
    sign_line(
        p,
        s,
        m + 10,
        ysig,
        170,
        tr(lg, "Instructor", "Ausbilder/in", "Formateur"),
        staff(h, "instr"),
    )
    seal(p, w - m - 70, ysig - 28, 34, h.name.split(" - ")[0], h.town)
    pages = [p]
    if r.random() < 0.3:
        q = Page(size)
        q.text(
            m,
            m,
            tr(lg, "Course content", "Lehrgangsinhalte", "Contenu de la formation"),
            s.bold,
            12,
        )
        yq = m + 24
        topics = {
            "en": [
                "Roles and responsibilities",
                "Scene safety and primary survey",
                "CPR and use of an AED",
                "Recovery position",
                "Choking",
                "Wounds and bleeding",
                "Shock",
                "Head injuries and concussion",
                "Sprains and fractures",
                "Recording incidents",
            ],
            "de": [
                "Eigenschutz und Absichern",
                "Notruf",
                "Herz-Lungen-Wiederbelebung mit AED",
                "Stabile Seitenlage",
                "Wundversorgung",
                "Schock",
                "Sportverletzungen (PECH-Regel)",
                "Kopfverletzungen",
                "Knochenbrüche",
                "Dokumentation",
            ],
            "fr": [
                "Protection",
                "Alerte",
                "Victime qui s'étouffe",
                "Victime qui saigne abondamment",
                "Victime inconsciente qui respire",
                "Arrêt cardiaque et DAE",
                "Malaise",
                "Traumatismes",
            ],
        }[lg]
        for k, t in enumerate(topics, 1):
            q.text(m + 10, yq, f"{k}.  {t}", s.font, 10)
            yq += 16
        yq += 10
        text_par(q, s, yq, prose(rng, lg, "med", 2, 3), 9, w=w - 2 * m)
        pages.append(q)
    remember(d, name)
    return pages


EVENTS = {
    "en": ["100m", "200m", "800m", "1500m", "Long jump", "High jump", "Shot", "Relay 4x100"],
    "de": ["50 m", "75 m", "800 m", "Weitsprung", "Hochsprung", "Ballwurf", "Kugel", "4x50 m"],
    "fr": ["50 m", "100 m", "1000 m", "Longueur", "Hauteur", "Vortex", "Poids", "Relais"],
}


def tpl_tournament_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """A visiting club's entry to the club's summer tournament or athletics meeting: the
    host's entry form filled in by hand (teams by age group with the coach's mobile, or
    athletes with year of birth and events ticked), the fee and how it was paid, signature and
    stamp; a club from abroad puts a covering letter in its own language in front."""
    h = club_head()
    lg = h.lang
    vis = head_of(who, "visitor", abroad=0.25)
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    meeting = any(t in vis.name for t in ("Harriers", "AC", "Athletic", "Leichtathletik", "thlé"))
    event = (
        tr(
            lg,
            f"Open Athletics Meeting {month().year}",
            f"Kreisoffenes Sportfest {month().year}",
            f"Meeting jeunes {month().year}",
        )
        if meeting
        else tr(
            lg,
            f"Summer Youth Football Tournament {month().year}",
            f"Pfingstturnier Jugend {month().year}",
            f"Tournoi de Pentecôte U11-U13 {month().year}",
        )
    )
    pages: list[Page] = []
    if vis.lang != lg:
        vs = style_of(vis, LETTER if vis.lang == "en" and rng.random() < 0.3 else A4)
        cf = sheets(vs, vis)
        recipient(cf, vs, vis, club_lines(), d, [])
        caption(
            cf,
            vs,
            tr(vis.lang, f"Entry - {event}", f"Anmeldung - {event}", f"Inscription - {event}"),
            1,
        )
        cf.page.text(vs.margin, cf.y, dear(vis.lang, None), vs.font, vs.size)
        cf.y += vs.size * 2
        write(
            cf,
            vs,
            tr(
                vis.lang,
                "Thank you very much for your kind invitation. Please find enclosed our entry "
                "form. We will travel by minibus and arrive the evening before; could you let us "
                "know about parking and changing facilities?",
                "vielen Dank für die Einladung zu Ihrem Turnier. Anbei erhalten Sie unser "
                "ausgefülltes Anmeldeformular. Wir reisen mit zwei Kleinbussen an und freuen uns "
                "sehr auf den Austausch mit unserer Partnerstadt.",
                "Nous vous remercions pour votre invitation. Vous trouverez ci-joint notre "
                "bulletin d'inscription. Notre délégation arrivera la veille en minibus; merci de "
                "nous indiquer les possibilités d'hébergement.",
            ),
        )
        write(cf, vs, prose(rng, vis.lang, "club", 1, 2))
        regards(
            cf,
            vs,
            vis.lang,
            staff(vis, "youth"),
            tr(vis.lang, "Youth Secretary", "Jugendleiter", "Responsable des jeunes"),
        )
        pages += close(cf.pages, vs, vis, numbers="none")
    p = Page(A4)
    y = heading(p, s, h)
    y = form_title(p, s, y, tr(lg, "ENTRY FORM", "MELDEBOGEN", "BULLETIN D'INSCRIPTION"), event)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Club", "Verein", "Club"), vis.name),
            (tr(lg, "Contact name", "Ansprechpartner", "Responsable"), staff(vis, "youth")),
            (
                tr(lg, "Mobile", "Handy", "Portable"),
                serial(
                    rng,
                    "+99 999 9999999"
                    if vis.lang != lg
                    else "07999 999999"
                    if lg == "en"
                    else "0170 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (
                "E-mail",
                vis.mail
                or f"{tr(vis.lang, 'entries', 'jugend', 'contact')}@"
                f"{vis.name.split()[1].lower()}.org",
            ),
        ],
        per=2,
        tall=26,
    )
    fr_ = random.Random(zlib.crc32(f"tin/fee/{CLUB['seed']}/{meeting}".encode()))
    fee_each = fr_.choice([15.0, 20.0, 25.0, 30.0]) if not meeting else fr_.choice([3.0, 4.0, 5.0])
    if meeting:
        p.text(
            m,
            y + 2,
            tr(
                lg,
                "Athletes (one line per athlete, tick events)",
                "Teilnehmer (je Zeile ein/e Athlet/in, Disziplinen ankreuzen)",
                "Athlètes (cocher les épreuves)",
            ),
            s.bold,
            8,
        )
        y += 12
        evs = EVENTS[lg]
        cw = (w - 2 * m - 190) / len(evs)
        for k, e in enumerate(evs):
            p.text(
                m + 190 + k * cw + cw / 2, y + 8, fit(e, s.font, 6.5, cw - 2), s.font, 6.5, "center"
            )
        y += 12
        n = rng.randint(5, 14)
        starts = 0
        for _ in range(n):
            p.rect(m, y, w - 2 * m, 15)
            hand(p, m + 4, y + 11, child(rng, vis.lang), 8.5, 130)
            hand(p, m + 146, y + 11, str(month().year - rng.randint(8, 15)), 8.5)
            for k in range(len(evs)):
                on = rng.random() < 0.3
                starts += on
                box(p, m + 190 + k * cw + cw / 2 - 3.5, y + 11, on, 7)
            y += 15
        total = starts * fee_each
        qty_txt = tr(
            lg,
            f"{starts} entries x {cash(fee_each, lg)}",
            f"{starts} Starts x {cash(fee_each, lg)}",
            f"{starts} engagements x {cash(fee_each, lg)}",
        )
    else:
        p.text(
            m,
            y + 2,
            tr(lg, "Teams entered", "Gemeldete Mannschaften", "Équipes engagées"),
            s.bold,
            8,
        )
        y += 8
        groups = {
            "en": ["U9", "U10", "U11", "U12", "U13", "U14 Girls"],
            "de": ["F-Jugend", "E-Jugend", "D-Jugend", "C-Jugend", "Mädchen U13"],
            "fr": ["U9", "U11", "U13", "U11 F", "U13 F"],
        }[lg]
        cols = columns(m, w - m, [(1.2, "left"), (0.8, "center"), (2.5, "left"), (1.6, "left")])
        y += 12
        for c, t in zip(
            cols,
            [
                tr(lg, "Age group", "Altersklasse", "Catégorie"),
                tr(lg, "No. of teams", "Anzahl", "Nb équipes"),
                tr(lg, "Team manager", "Betreuer", "Éducateur"),
                tr(lg, "Mobile on the day", "Handy am Turniertag", "Portable"),
            ],
            strict=True,
        ):
            p.text(c[0], y, t, s.bold, 7.5)
        y += 6
        n_teams = 0
        for g in groups:
            p.line(m, y + 12, w - m, y + 12)
            p.text(cols[0][0], y + 9, g, s.font, 8)
            if rng.random() < 0.5:
                k = rng.randint(1, 2)
                n_teams += k
                hand(p, (cols[1][0] + cols[1][1]) / 2 - 3, y + 9, str(k), 9)
                hand(p, cols[2][0], y + 9, staff(vis, g), 9, cols[2][1] - cols[2][0])
                hand(p, cols[3][0], y + 9, serial(rng, "0999 9999999"), 9, cols[3][1] - cols[3][0])
            y += 16
        n_teams = max(n_teams, 1)
        total = n_teams * fee_each
        qty_txt = tr(
            lg,
            f"{n_teams} teams x {cash(fee_each, lg)}",
            f"{n_teams} Mannschaften x {cash(fee_each, lg)}",
            f"{n_teams} équipes x {cash(fee_each, lg)}",
        )
    y += 14
    p.text(
        m,
        y,
        f"{tr(lg, 'Entry fee', 'Startgeld', 'Droits d inscription')}: {qty_txt} = ",
        s.font,
        8.5,
    )
    hand(
        p,
        m
        + tw(
            f"{tr(lg, 'Entry fee', 'Startgeld', 'Droits d inscription')}: {qty_txt} = ", s.font, 8.5
        )
        + 4,
        y,
        cash(total, lg),
        9.5,
    )
    y += 14
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "paid by bank transfer", "überwiesen", "virement"),
            tr(lg, "cheque enclosed", "bar am Turniertag", "chèque joint"),
            tr(lg, "pay on the day", "Rechnung", "sur place"),
        ],
        {rng.randrange(3)},
        8,
    )
    y += 4
    y = text_par(
        p,
        s,
        y,
        tr(
            lg,
            "Closing date for entries is two weeks before the event. All players must be "
            "registered with their club and covered by its insurance.",
            "Meldeschluss ist 14 Tage vor der Veranstaltung. Für Unfälle und Diebstähle wird "
            "keine Haftung übernommen; die Teilnehmer müssen über ihren Verein versichert sein.",
            "Clôture des inscriptions quinze jours avant la manifestation. Les participants "
            "doivent être licenciés et assurés par leur club.",
        ),
        7.5,
    )
    y = min(y + 30, hh - 70)
    hand(p, m, y - 4, short(d, lg))
    sign_line(p, s, m, y, 150, tr(lg, "Date", "Datum", "Date"))
    sign_line(
        p,
        s,
        m + 190,
        y,
        180,
        tr(lg, "Signature", "Unterschrift / Stempel", "Signature / cachet"),
        staff(vis, "youth"),
    )
    if rng.random() < 0.5:
        stamp(p, w - m - 160, y - 40, [vis.name[:30], vis.town[:30]])
    pages.append(p)
    received(rng, pages[0], d, 0.2)
    remember(d)
    return pages


INJURIES = {
    "en": [
        "sprained left ankle",
        "suspected fracture of right wrist",
        "knee ligament injury",
        "facial cut, stitches",
        "dislocated shoulder",
        "concussion",
    ],
    "de": [
        "Distorsion OSG links",
        "Verdacht auf Fraktur Handgelenk rechts",
        "Innenbandriss Knie",
        "Platzwunde Augenbraue",
        "Schulterluxation",
        "Gehirnerschütterung",
    ],
    "fr": [
        "entorse de la cheville gauche",
        "fracture du poignet droit",
        "rupture du ligament croisé",
        "plaie à l'arcade",
        "luxation de l'épaule",
        "commotion cérébrale",
    ],
}


@dataclass
class Accident:
    claim: str
    injured: str
    day: date
    injury: str
    insurer: str


def tpl_injury_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The sports accident report to the club's insurer on the insurer's form: policy and
    club, the injured member, when and where, the activity ticked, what happened written by
    hand, injuries, doctor and hospital, witness, the club's confirmation and stamp; a second
    form page with bank details and the declaration, now and then the doctor's certificate."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    injured = person(rng, lg) if rng.random() < 0.6 else child(rng, lg)
    inj = rng.choice(INJURIES[lg])
    pol = serial(keyed(who, "pol"), tr(lg, "SC/999999/99", "99.999.999/9", "999999 A"))
    p = Page(A4)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "Personal Accident Claim Form",
            "Unfallanzeige - Sportunfall",
            "Déclaration d'accident corporel",
        ),
        tr(
            lg,
            "Please complete all sections in black ink",
            "Bitte vollständig ausfüllen und vom Verein bestätigen lassen",
            "À remplir par le licencié et le club - tout dossier incomplet sera retourné",
        ),
    )
    y = band(
        p, s, y + 4, tr(lg, "A. Policyholder", "A. Verein / Versicherungsnehmer", "A. Le club")
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Club", "Verein", "Club"), club_row()[0]),
            (tr(lg, "Policy no.", "Vertrags-Nr.", "N° de contrat"), pol),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y + 8, tr(lg, "B. Injured person", "B. Verletzte Person", "B. La victime"))
    street, town = street_of(rng, lg)
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), injured),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(born(rng, 8, 55), lg),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
            (
                tr(lg, "Occupation", "Beruf", "Profession"),
                rng.choice(
                    ["student", "Schüler", "électricien", "teacher", "Angestellte", "retraité"]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y + 8, tr(lg, "C. Accident", "C. Unfallhergang", "C. L'accident"))
    acc_day = d - timedelta(days=rng.randint(1, 12))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Date and time", "Datum, Uhrzeit", "Date et heure"),
                f"{short(acc_day, lg)}  "
                f"{rng.randint(10, 20)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (tr(lg, "Place", "Ort", "Lieu"), tr(lg, "club ground", "Sportplatz", "stade")),
        ],
        per=2,
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Match", "Punktspiel", "Match officiel"),
            tr(lg, "Training", "Training", "Entraînement"),
            tr(lg, "Travel to/from", "Wegeunfall", "Trajet"),
            tr(lg, "Club event", "Vereinsveranstaltung", "Manifestation du club"),
        ],
        {rng.randrange(4)},
        8,
    )
    p.text(
        m,
        y + 2,
        tr(
            lg,
            "How did the accident happen?",
            "Genaue Schilderung des Unfallhergangs:",
            "Circonstances détaillées :",
        ),
        s.font,
        8,
    )
    y += 8
    desc = tr(
        lg,
        f"Player went into a tackle and landed awkwardly. Treated by the club first aider, {inj}, "
        "taken to A&E by a parent.",
        f"Beim Zweikampf umgeknickt, {inj}. Erstversorgung durch den Betreuer (Kühlung), danach "
        "Notaufnahme.",
        f"Lors d'un duel aérien, le joueur est mal retombé : {inj}. Soins sur place puis urgences.",
    )
    for k in range(4):
        p.line(m, y + 16 + k * 15, w - m, y + 16 + k * 15)
    for k, ln in enumerate(wrap(desc, HAND, 9.5, w - 2 * m - 6)[:4]):
        hand(p, m + 3, y + 13 + k * 15, ln)
    y += 16 + 4 * 15 + 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Injuries", "Art der Verletzung", "Nature des blessures"), inj),
            (
                tr(lg, "Doctor / hospital", "Behandelnder Arzt / Krankenhaus", "Médecin / hôpital"),
                rng.choice(
                    {
                        "en": ["A&E, William Harvey Hospital", "Stepping Hill Hospital", "GP"],
                        "de": ["Klinikum rechts der Isar", "Kreisklinik Ebersberg", "Dr. Lindner"],
                        "fr": ["Urgences, Hôpital Nord-Ouest", "CHU", "Dr Véron"],
                    }[lg]
                ),
            ),
            (tr(lg, "Witness", "Zeuge", "Témoin"), person(rng, lg)),
            (
                tr(
                    lg,
                    "Off work / school from - to",
                    "Arbeitsunfähig von - bis",
                    "Arrêt de travail du - au",
                ),
                f"{short(acc_day, lg)} - {short(acc_day + timedelta(days=rng.randint(5, 40)), lg)}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(
        p,
        s,
        y + 8,
        tr(
            lg,
            "D. Confirmation by the club",
            "D. Bestätigung des Vereins",
            "D. Attestation du club",
        ),
    )
    y = text_par(
        p,
        s,
        y + 8,
        tr(
            lg,
            "We confirm that the injured person is a member of the club and was injured while "
            "taking part in an official club activity.",
            "Der Verein bestätigt, dass die verletzte Person Mitglied ist und sich der Unfall bei "
            "einer satzungsgemäßen Veranstaltung ereignet hat.",
            "Le président certifie que la victime est licenciée et que l'accident est survenu "
            "lors d'une activité du club.",
        ),
        7.5,
    )
    y = min(y + 20, hh - 70)
    sign_line(
        p,
        s,
        m,
        y,
        160,
        tr(
            lg,
            "Date, club official",
            "Datum, Unterschrift Vorstand",
            "Date, signature du président",
        ),
        officer("sec"),
    )
    club_stamp(p, m + 200, y - 28)
    pages = [p]
    q = Page(A4)
    q.text(
        m,
        m - 14,
        fit(
            f"{h.name} - "
            f"{tr(lg, 'Claim form, page 2', 'Unfallanzeige Seite 2', 'Déclaration, page 2')}",
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    q.text(w - m, m - 14, pol, s.font, 7, "right")
    y = m + 10
    y = band(
        q,
        s,
        y,
        tr(
            lg,
            "E. Payment details",
            "E. Bankverbindung der verletzten Person",
            "E. Coordonnées bancaires",
        ),
    )
    y = fields(
        q,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Account name", "Kontoinhaber", "Titulaire"), injured),
            (
                "IBAN / sort code",
                serial(
                    rng,
                    "99-99-99  99999999"
                    if lg == "en"
                    else "DE99 9999 9999 9999 9999 99"
                    if lg == "de"
                    else "FR76 9999 9999 9999 9999 9999 999",
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(
        q,
        s,
        y + 8,
        tr(lg, "F. Other insurance", "F. Weitere Versicherungen", "F. Autres assurances"),
    )
    y = ticks(
        q,
        s,
        m,
        y + 12,
        w - 2 * m,
        [
            tr(lg, "Private medical insurance", "Private Unfallversicherung", "Mutuelle"),
            tr(lg, "None", "keine", "aucune"),
        ],
        {rng.randrange(2)},
        8,
    )
    y = band(q, s, y + 4, tr(lg, "G. Declaration", "G. Erklärung", "G. Déclaration"))
    y = text_par(q, s, y + 8, prose(rng, lg, "legal", 2, 3), 7.5)
    y = text_par(
        q,
        s,
        y,
        tr(
            lg,
            "I declare that the information given is true and complete. I authorise any doctor "
            "who has treated me to give the insurer information about this injury.",
            "Ich versichere, die Angaben wahrheitsgemäß gemacht zu haben, und entbinde die "
            "behandelnden Ärzte von der Schweigepflicht gegenüber dem Versicherer.",
            "Je certifie l'exactitude des renseignements ci-dessus et autorise les médecins à "
            "communiquer à l'assureur les informations relatives à l'accident.",
        ),
        7.5,
    )
    sign_line(
        q,
        s,
        m,
        y + 30,
        200,
        tr(
            lg,
            "Signature of injured person (parent if under 18)",
            "Unterschrift (bei Minderjährigen Erziehungsberechtigte)",
            "Signature de la victime ou du représentant légal",
        ),
        injured,
    )
    pages.append(q)
    c: Page | None = None
    if rng.random() < 0.4:
        dh = make_head(rng.choice(SENDERS["doctor"][lg]), lg, "doctor")
        ds = style_of(dh, A5, margin=36)
        c = Page(A5)
        yy = heading(c, ds, dh)
        yy = form_title(
            c,
            ds,
            yy,
            tr(lg, "Medical certificate", "Ärztliche Bescheinigung", "Certificat médical initial"),
        )
        yy = text_par(
            c,
            ds,
            yy,
            tr(
                lg,
                f"I examined {injured} on {short(acc_day, lg)}. Diagnosis: {inj}. Unfit for sport "
                f"for approximately {rng.randint(2, 8)} weeks.",
                f"{mx(injured, lg)} stellte sich am {short(acc_day, lg)} in meiner Praxis vor. "
                f"Diagnose: {inj}. Sportunfähig voraussichtlich {rng.randint(2, 8)} Wochen.",
                f"Je soussigné certifie avoir examiné ce jour {mx(injured, lg)}. Constatations : "
                f"{inj}. ITT de {rng.randint(10, 45)} jours.",
            ),
            9,
            w=A5[0] - 2 * ds.margin,
        )
        seal(c, A5[0] - 100, yy + 50, 34, dh.name, dh.town)
        scrawl(c, ds.margin, yy + 60, dh.name)
    pages = close(pages, s, h, numbers="none")
    if c is not None:  # the doctor's certificate the club sends with the form
        pages.append(c)
    claim = serial(rng, "99-999999-9")
    remember(d, Accident(claim, injured, acc_day, inj, h.name))
    return pages


def tpl_insurer_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The sports insurer's letter on an accident claim: claim number, the injured member, the
    benefits assessed in a table (hospital days, physiotherapy, dental, transport, permanent
    impairment) and the payment, or a request for the missing medical reports."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("injury_report",)) and isinstance(ex, Accident):
        acc = ex
        d = LAST["day"] + timedelta(days=rng.randint(8, 30))  # type: ignore[operator]
    else:
        acc = Accident(
            serial(rng, "99-999999-9"),
            person(rng, lg),
            some_day(rng) - timedelta(days=40),
            rng.choice(INJURIES[lg]),
            h.name,
        )
        d = some_day(rng)
    f = sheets(s, h, f"{h.name} - {acc.claim}")
    recipient(
        f,
        s,
        h,
        club_lines(tr(lg, "The Secretary", "Vorstand", "M. le Président")),
        d,
        [
            (tr(lg, "Claim no.", "Schaden-Nr.", "Sinistre n°"), acc.claim),
            (tr(lg, "Handled by", "Sachbearbeiter/in", "Gestionnaire"), staff(h, "claims")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Accident on {short(acc.day, lg)} - {acc.injured}",
            f"Sportunfall vom {short(acc.day, lg)} - {acc.injured}",
            f"Accident du {short(acc.day, lg)} - {acc.injured}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    if rng.random() < 0.3:
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for the claim form. Before we can assess the claim we need the "
                "following:",
                "vielen Dank für Ihre Unfallanzeige. Zur weiteren Bearbeitung benötigen wir noch:",
                "Nous accusons réception de votre déclaration. Afin d'instruire le dossier, merci "
                "de nous transmettre :",
            ),
        )
        for t in rng.sample(
            [
                tr(
                    lg,
                    "the hospital discharge report",
                    "den Arztbericht / Entlassungsbericht",
                    "le certificat médical initial",
                ),
                tr(
                    lg,
                    "receipts for treatment costs",
                    "Belege über die Behandlungskosten",
                    "les décomptes de la sécurité sociale",
                ),
                tr(
                    lg,
                    "confirmation of absence from work",
                    "die Arbeitsunfähigkeitsbescheinigung",
                    "l'arrêt de travail",
                ),
                tr(lg, "the match sheet", "den Spielbericht", "la feuille de match"),
            ],
            3,
        ):
            write(f, s, f"-  {t}", indent=12)
        write(f, s, prose(rng, lg, "med", 1, 2))
    else:
        write(
            f,
            s,
            tr(
                lg,
                "We have now assessed the claim and are pleased to make the following payment "
                "under the club's personal accident cover:",
                "auf Grund der vorliegenden Unterlagen erbringen wir folgende Leistungen aus der "
                "Sportunfallversicherung:",
                "Après examen du dossier, nous avons le plaisir de vous informer du règlement "
                "suivant au titre de la garantie individuelle accident :",
            ),
        )
        items = rng.sample(
            [
                (
                    tr(
                        lg, "Hospital benefit", "Krankenhaustagegeld", "Indemnité d'hospitalisation"
                    ),
                    rng.randint(1, 5),
                    25.0,
                ),
                (
                    tr(
                        lg,
                        "Physiotherapy (receipts)",
                        "Heilkosten Physiotherapie",
                        "Frais de kinésithérapie",
                    ),
                    rng.randint(4, 10),
                    32.0,
                ),
                (
                    tr(lg, "Dental treatment", "Zahnersatz", "Frais dentaires"),
                    1,
                    rng.choice([180.0, 240.0]),
                ),
                (
                    tr(lg, "Transport costs", "Bergungskosten / Fahrtkosten", "Frais de transport"),
                    1,
                    rng.choice([38.0, 62.0]),
                ),
                (
                    tr(
                        lg,
                        "Temporary total disablement (weeks)",
                        "Invaliditätsleistung (Teil)",
                        "Indemnité journalière",
                    ),
                    rng.randint(2, 6),
                    50.0,
                ),
            ],
            rng.randint(2, 4),
        )
        rows = []
        tot = 0.0
        for t, q, pr in items:
            v = q * pr
            tot += v
            rows.append([t, num(q, lg), money(pr, lg), money(v, lg)])
        cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")])
        table(
            f,
            cols,
            [
                tr(lg, "Benefit", "Leistungsart", "Garantie"),
                tr(lg, "Units", "Anzahl", "Nb"),
                tr(lg, "Rate", "Satz", "Taux"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        f.y += 6
        f.page.text(
            w - m,
            f.y,
            f"{tr(lg, 'Total paid', 'Auszahlung', 'Total réglé')}: {cash(tot, lg)}",
            s.bold,
            s.size,
            "right",
        )
        f.y += 22
        write(
            f,
            s,
            tr(
                lg,
                f"Payment will be made directly to {acc.injured} by bank transfer.",
                f"Der Betrag wird auf das Konto von {acc.injured} überwiesen.",
                f"Le règlement sera effectué par virement au profit de {acc.injured}.",
            ),
        )
        write(f, s, prose(rng, lg, "med", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "claims"),
        tr(lg, "Claims Handler", "Schadenabteilung", "Service sinistres"),
    )
    received(rng, f.pages[0], d, 0.3)
    remember(d, acc)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates YY: the committee, the accounts, kit and facilities
# ---------------------------------------------------------------------------------------------

AGENDA = {
    "en": [
        "Apologies for absence",
        "Minutes of the previous meeting and matters arising",
        "Treasurer's report",
        "Football section",
        "Tennis section",
        "Athletics section",
        "Clubhouse and bar",
        "Grounds and facilities",
        "Safeguarding and welfare",
        "Membership",
        "Fundraising and events",
        "Any other business",
    ],
    "de": [
        "Begrüßung und Feststellung der Beschlussfähigkeit",
        "Genehmigung des Protokolls der letzten Sitzung",
        "Bericht des Kassenwarts",
        "Abteilung Fußball",
        "Abteilung Tennis",
        "Abteilung Leichtathletik",
        "Vereinsheim und Ausschank",
        "Sportanlagen",
        "Kinderschutz",
        "Mitgliederentwicklung",
        "Vereinsfest / Veranstaltungen",
        "Verschiedenes",
    ],
    "fr": [
        "Approbation du compte rendu précédent",
        "Point financier",
        "Section football",
        "Section tennis",
        "Section athlétisme",
        "Club-house et buvette",
        "Installations et relations avec la mairie",
        "Licences et adhésions",
        "Manifestations (loto, tournoi, fête du club)",
        "Questions diverses",
    ],
}


def tpl_committee_minutes(rng: random.Random, who: Issuer) -> list[Page]:
    """The minutes of a committee meeting written up by the club secretary: date and place,
    present and apologies, numbered agenda items with the discussion and the decisions with
    the votes, the action list, date of the next meeting, signatures of the chair and the
    minute taker; a running header and page numbers on some."""
    h = club_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    title = tr(
        lg,
        f"Minutes of the Committee Meeting held on {day(h, d)}",
        f"Protokoll der Vorstandssitzung vom {day(h, d)}",
        f"Compte rendu de la réunion du comité directeur du {day(h, d)}",
    )
    f = sheets(s, h, f"{h.name} - {title}", top=rng.random() < 0.7)
    caption(f, s, title, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Place: clubhouse, {rng.choice(['7.30 pm', '8.00 pm', '7.00 pm'])}",
            f"Ort: Vereinsheim, Beginn {rng.choice(['19:30', '20:00', '19:00'])} Uhr",
            f"Lieu : club-house, {rng.choice(['19h30', '20h00', '18h30'])}",
        ),
    )
    tags = [
        "chair",
        "vice",
        "sec",
        "treas",
        "football",
        "tennis",
        "athletics",
        "bar",
        "welfare",
        "grounds",
    ]
    present = [t for t in tags if rng.random() < 0.8 or t in ("chair", "sec")]
    absent = [t for t in tags if t not in present]
    write(
        f,
        s,
        tr(lg, "Present: ", "Anwesend: ", "Présents : ")
        + ", ".join(f"{officer(t)} ({title_of(t, lg)})" for t in present),
    )
    if absent:
        write(
            f,
            s,
            tr(lg, "Apologies: ", "Entschuldigt: ", "Excusés : ")
            + ", ".join(officer(t) for t in absent),
        )
    items = AGENDA[lg]
    chosen = [
        items[0],
        *sorted(rng.sample(items[1:-1], rng.randint(4, 7)), key=items.index),
        items[-1],
    ]
    actions = []
    for k, it in enumerate(chosen, 1):
        f.heading(m, tr(lg, f"{k}. {it}", f"TOP {k}: {it}", f"{k}. {it}"), s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, "club", 1, 4))
        if rng.random() < 0.4:
            yes = rng.randint(max(1, len(present) - 3), len(present))
            no = len(present) - yes
            write(
                f,
                s,
                tr(
                    lg,
                    f"Resolved: {words(rng, lg, 'club', 8)} (carried {yes} for, "
                    f"{len(present) - yes} against).",
                    f"Beschluss: {words(rng, lg, 'club', 8)} "
                    f"({'einstimmig' if yes == len(present) else f'{yes} Ja, {no} Nein'}).",
                    f"Décision : {words(rng, lg, 'club', 8)} "
                    f"({'unanimité' if yes == len(present) else f'{yes} pour, {no} contre'}).",
                ),
                indent=14,
            )
        if rng.random() < 0.35:
            actions.append(
                [
                    words(rng, lg, "club", 6)[:-1],
                    officer(rng.choice(present)),
                    short(d + timedelta(days=rng.randint(7, 40)), lg),
                ]
            )
    if actions:
        f.heading(m, tr(lg, "Action points", "Aufgaben", "Actions à mener"), s.bold, s.size + 0.5)
        cols = columns(m, w - m, [(4, "left"), (1.6, "left"), (1, "left")])
        table(
            f,
            cols,
            [
                tr(lg, "Action", "Was", "Action"),
                tr(lg, "Who", "Wer", "Qui"),
                tr(lg, "By", "Bis", "Échéance"),
            ],
            actions,
            s,
            rules=True,
        )
        f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Next meeting: {day(h, d + timedelta(days=28))}. The meeting closed at "
            f"{rng.randint(9, 10)}.{rng.choice(['05', '20', '40'])} pm.",
            f"Nächste Sitzung: {day(h, d + timedelta(days=28))}. Ende der Sitzung: "
            f"{rng.randint(21, 22)}:{rng.choice(['05', '20', '40'])} Uhr.",
            f"Prochaine réunion : {day(h, d + timedelta(days=28))}. La séance est levée à "
            f"{rng.randint(21, 22)}h{rng.choice(['05', '20', '40'])}.",
        ),
    )
    f.need(70)
    f.y += 30
    sw = (w - 2 * m - 40) / 2
    sign_line(f.page, s, m, f.y, sw, title_of("chair", lg), officer("chair"))
    sign_line(
        f.page,
        s,
        m + sw + 40,
        f.y,
        sw,
        tr(lg, "Minutes taken by", "Protokollführer", "Secrétaire de séance"),
        officer("sec"),
    )
    remember(d)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "{i}/{n}",
            ]
        ),
    )


def tpl_treasurer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The treasurer's annual report to the general meeting: a summary letter with the key
    figures, the income and expenditure account by section on a landscape page (this year,
    last year, budget), and the auditors' or independent examiner's report with two
    signatures."""
    h = club_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ye = d.year - 1
    title = tr(
        lg,
        f"Treasurer's Report for the year ended 31 March {d.year}",
        f"Kassenbericht für das Geschäftsjahr {ye}",
        f"Rapport financier de l'exercice {ye}-{ye + 1}",
    )
    f = sheets(s, h, f"{h.name} - {title}")
    caption(f, s, title, 2)
    inc = {
        "en": [
            "Subscriptions",
            "Match fees",
            "Bar takings",
            "Sponsorship",
            "Grants",
            "Events and fundraising",
            "Court hire",
        ],
        "de": [
            "Mitgliedsbeiträge",
            "Aufnahmegebühren",
            "Ausschank (Zweckbetrieb)",
            "Sponsoring",
            "Zuschüsse Gemeinde / BLSV",
            "Vereinsfest",
            "Platzmieten Tennis",
        ],
        "fr": [
            "Cotisations et licences",
            "Buvette",
            "Partenariats",
            "Subventions mairie",
            "Subvention ANS",
            "Loto et tournoi",
            "Stages vacances",
        ],
    }[lg]
    exp = {
        "en": [
            "Affiliation and league fees",
            "Referees",
            "Bar purchases",
            "Grounds maintenance",
            "Utilities",
            "Insurance",
            "Kit and equipment",
            "Coaching courses",
            "Hall hire",
        ],
        "de": [
            "Verbandsbeiträge",
            "Schiedsrichterkosten",
            "Wareneinkauf Getränke",
            "Platzpflege",
            "Energie und Wasser",
            "Versicherungen",
            "Sportgeräte und Trikots",
            "Übungsleiterpauschalen",
            "Hallenmiete",
        ],
        "fr": [
            "Licences et affiliations",
            "Arbitrage",
            "Achats buvette",
            "Entretien des terrains",
            "Déplacements",
            "Assurances",
            "Équipements",
            "Formations",
            "Location gymnase",
        ],
    }[lg]
    ivals = [round(rng.uniform(800, 26000), 2) for _ in inc]
    evals = [round(rng.uniform(500, 18000), 2) for _ in exp]
    ti, te = sum(ivals), sum(evals)
    opening = round(rng.uniform(3000, 40000), 2)
    write(
        f,
        s,
        tr(
            lg,
            "I am pleased to present the accounts for the year. In summary:",
            "Liebe Mitglieder, für das abgelaufene Geschäftsjahr ergibt sich folgendes Bild:",
            "Chers adhérents, voici la synthèse financière de l'exercice écoulé :",
        ),
    )
    f.y = (
        pairs(
            f.page,
            s,
            m + 30,
            f.y + 4,
            [
                (
                    tr(
                        lg,
                        "Balance brought forward",
                        "Kassenbestand Jahresbeginn",
                        "Solde de début d'exercice",
                    ),
                    cash(opening, lg),
                ),
                (tr(lg, "Total income", "Einnahmen gesamt", "Total des produits"), cash(ti, lg)),
                (tr(lg, "Total expenditure", "Ausgaben gesamt", "Total des charges"), cash(te, lg)),
                (
                    tr(lg, "Surplus / deficit", "Überschuss / Fehlbetrag", "Résultat"),
                    cash(ti - te, lg),
                ),
                (
                    tr(
                        lg,
                        "Balance carried forward",
                        "Kassenbestand Jahresende",
                        "Solde de fin d'exercice",
                    ),
                    cash(opening + ti - te, lg),
                ),
            ],
            w - m - 60,
            s.size,
        )
        + 10
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "money", 2, 4))
    regards(f, s, lg, officer("treas"), title_of("treas", lg))
    pages = list(f.pages)
    n_letter = len(pages)
    ls = paper(s, LAND, margin=40, pt=8.5)
    lw, lh = LAND
    t = Flow(LAND, lh - 40, lambda p, n: running_header(p, ls, f"{h.name} - {title}") + 10)
    t.page.text(
        40,
        t.y,
        tr(
            lg,
            "Income and expenditure account",
            "Einnahmen-Überschuss-Rechnung",
            "Compte de résultat",
        ),
        ls.bold,
        12,
    )
    t.y += 22
    cols = columns(
        40, lw - 40, [(3.5, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")]
    )
    head = [
        "",
        tr(lg, f"{d.year}", f"{ye}", f"{ye}"),
        tr(lg, f"{d.year - 1}", f"{ye - 1}", f"{ye - 1}"),
        tr(lg, "Budget", "Plan", "Budget"),
        tr(lg, "Variance", "Abw.", "Écart"),
    ]
    for label, names, vals in (
        (tr(lg, "INCOME", "EINNAHMEN", "PRODUITS"), inc, ivals),
        (tr(lg, "EXPENDITURE", "AUSGABEN", "CHARGES"), exp, evals),
    ):
        rows = []
        for n_, v in zip(names, vals, strict=True):
            prev = v * rng.uniform(0.8, 1.2)
            bud = v * rng.uniform(0.85, 1.15)
            rows.append([n_, money(v, lg), money(prev, lg), money(bud, lg), money(v - bud, lg)])
        rows.append([tr(lg, "Total", "Summe", "Total"), money(sum(vals), lg), "", "", ""])
        t.heading(40, label, ls.bold, 9.5)
        table(t, cols, head, rows, ls, 8.5, shade=0.88, rules=rng.random() < 0.5)
        t.y += 8
    pages += t.pages
    if rng.random() < 0.7:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Independent examiner's report",
                "Bericht der Kassenprüfer",
                "Rapport des vérificateurs aux comptes",
            ),
            1.5,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"I report on the accounts of the club for the year ended 31 March {d.year}. My "
                "examination was carried out in accordance with general directions and included "
                "a review of the accounting records kept by the club.",
                f"Die Kassenprüfung für das Geschäftsjahr {ye} fand am "
                f"{day(h, d - timedelta(days=rng.randint(5, 20)))} statt. Geprüft wurden die "
                "Kassenbücher, Kontoauszüge und Belege stichprobenartig. Die Kasse wurde "
                "ordnungsgemäß und übersichtlich geführt.",
                f"Nous avons procédé à la vérification des comptes de l'exercice {ye}-{ye + 1}. "
                "Les pièces justificatives ont été présentées et les comptes sont réguliers et "
                "sincères.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                "No matter has come to my attention which gives me reasonable cause to believe "
                "that proper accounting records have not been kept.",
                "Es ergaben sich keine Beanstandungen. Wir beantragen die Entlastung des "
                "Kassenwarts und des Vorstands.",
                "Nous proposons à l'assemblée générale d'approuver les comptes et de donner "
                "quitus au trésorier.",
            ),
        )
        f.y += 40
        f.need(60)
        ex1, ex2 = person(rng, lg), person(rng, lg)
        sign_line(
            f.page,
            s,
            m,
            f.y,
            190,
            tr(lg, "Independent examiner", "Kassenprüfer/in", "Vérificateur"),
            ex1,
        )
        if lg != "en":
            sign_line(
                f.page, s, m + 240, f.y, 190, tr(lg, "", "Kassenprüfer/in", "Vérificateur"), ex2
            )
        f.page.text(m, f.y + 22, day(h, d - timedelta(days=rng.randint(3, 15))), s.font, s.size - 1)
        pages += f.pages[n_letter:]
    remember(d)
    return close(pages, s, h, numbers=rng.choice(["{i}/{n}", "- {i} -", "none", h.numbers]))


KIT = {
    "en": [
        ("Home shirt S/S, sublimated", 24.0),
        ("Shorts", 9.5),
        ("Socks", 4.8),
        ("Training top 1/4 zip", 21.0),
        ("Tracksuit", 38.0),
        ("Club crest embroidery", 3.5),
        ("Name print", 3.0),
        ("Number print back", 2.5),
    ],
    "de": [
        ("Trikot kurzarm", 22.9),
        ("Hose", 11.9),
        ("Stutzen", 5.9),
        ("Trainingsanzug", 44.9),
        ("Aufwärmshirt", 17.9),
        ("Vereinswappen Druck", 2.5),
        ("Nummerndruck Rücken", 2.9),
        ("Namensdruck", 3.5),
    ],
    "fr": [
        ("Maillot manches courtes", 21.0),
        ("Short", 10.0),
        ("Chaussettes", 5.0),
        ("Survêtement", 39.0),
        ("Sweat entraînement", 24.0),
        ("Flocage logo club", 3.0),
        ("Flocage numéro", 2.5),
        ("Flocage nom", 3.0),
    ],
}
SIZES = ["YS", "YM", "YL", "S", "M", "L", "XL", "XXL"]


def tpl_kit_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The kit supplier's order confirmation: items with the size breakdown in a grid, prices,
    the deposit asked for and the delivery week; the print list of names, numbers and sizes
    behind it (landscape now and then), to be checked and signed off."""
    h = head_of(who, "kit", abroad=0.15)
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4
    s = style_of(h, size)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, tr(lg, "SO-99999", "AB 9999999", "CDE-99999"))
    f = sheets(
        s,
        h,
        f"{h.name} - "
        f"{tr(lg, 'Order confirmation', 'Auftragsbestätigung', 'Confirmation de commande')} {no}",
    )
    team = rng.choice(TEAMS[home()])
    recipient(
        f,
        s,
        h,
        club_lines(f"{officer('football')}"),
        d,
        [
            (tr(lg, "Order no.", "Auftrags-Nr.", "Commande n°"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(keyed(who, "cust"), "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Order confirmation - {team}",
            f"Auftragsbestätigung - {team}",
            f"Confirmation de commande - {team}",
        ),
        1,
    )
    items = rng.sample(KIT[lg], rng.randint(3, 6))
    n_players = rng.randint(14, 20)
    cols = columns(
        m,
        w - m,
        [
            (3, "left"),
            *[(0.55, "center")] * len(SIZES),
            (0.6, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    for t, pr in items:
        if (
            "print" in t.lower()
            or "druck" in t.lower()
            or "flocage" in t.lower()
            or "embroid" in t.lower()
        ):
            split = [""] * len(SIZES)
            q = n_players
        else:
            counts = [0] * len(SIZES)
            for _ in range(n_players):
                counts[min(len(SIZES) - 1, max(0, int(rng.gauss(4.5, 1.6))))] += 1
            split = [str(c) if c else "" for c in counts]
            q = n_players
        v = round(q * pr, 2)
        net += v
        rows.append([t, *split, str(q), money(pr, lg), money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Article"),
            *SIZES,
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        s.size - 1.5,
        shade=0.88,
        rules=True,
    )
    gross = totals(f, s, lg, net, [(vat(lg), net)])
    write(
        f,
        s,
        tr(
            lg,
            f"Delivery approx. {rng.randint(3, 6)} weeks from approval of the print list. A "
            f"deposit of 50% ({cash(gross / 2, lg)}) is due with the order.",
            f"Lieferzeit ca. {rng.randint(3, 6)} Wochen nach Freigabe der Druckliste. Bitte "
            f"leisten Sie eine Anzahlung von 50 % ({cash(gross / 2, lg)}).",
            f"Délai de livraison : environ {rng.randint(3, 6)} semaines après validation de la "
            "liste de flocage. Acompte de 30 % à la commande.",
        ),
        s.size - 0.5,
    )
    regards(f, s, lg, staff(h, "sales"), tr(lg, "Club sales", "Vereinsservice", "Service clubs"))
    pages = f.pages
    if rng.random() < 0.7:
        land = rng.random() < 0.4
        ps = paper(s, LAND if land else size, margin=40)
        pw, ph = ps.page_size
        t = Flow(
            ps.page_size,
            ph - 40,
            lambda p, n: (running_header(p, ps, f"{h.name} - {no}") if n > 1 else 40) + 4,
        )
        t.page.text(
            40,
            t.y + 10,
            tr(
                lg,
                "PRINT LIST - please check and sign",
                "DRUCKLISTE - bitte prüfen und freigeben",
                "LISTE DE FLOCAGE - à vérifier et signer",
            ),
            ps.bold,
            12,
        )
        t.y += 32
        names = squad(rng, home(), n_players, team)
        shirts = [1, *sorted(rng.sample(range(2, 31), n_players - 1))]
        skipper = rng.randrange(2, n_players)
        prow = []
        for k, nm in enumerate(names):
            note = "GK" if k == 0 or (k == n_players - 1 and rng.random() < 0.6) else ""
            if k == skipper:
                note = tr(lg, "captain", "Kapitän", "capitaine")
            prow.append(
                [
                    str(k + 1),
                    str(shirts[k]),
                    nm.split()[-1].upper() if rng.random() < 0.85 else nm.split()[0].upper(),
                    SIZES[min(7, max(0, int(rng.gauss(4.5, 1.6))))],
                    note,
                ]
            )
        c2 = columns(
            40,
            pw - 40,
            [(0.5, "left"), (0.8, "center"), (3, "left"), (0.8, "center"), (1.5, "left")],
        )
        table(
            t,
            c2,
            [
                "#",
                tr(lg, "No.", "Nr.", "N°"),
                tr(lg, "Name on back", "Name Rücken", "Nom au dos"),
                tr(lg, "Size", "Größe", "Taille"),
                tr(lg, "Note", "Bemerkung", "Remarque"),
            ],
            prow,
            ps,
            9,
            rules=True,
            step=1.7,
        )
        t.y += 24
        t.need(40)
        sign_line(
            t.page,
            ps,
            40,
            t.y,
            200,
            tr(lg, "Approved for the club", "Freigabe Verein", "Bon pour accord"),
            officer("football") if rng.random() < 0.5 else "",
        )
        pages += t.pages
    received(rng, pages[0], d, 0.25)
    remember(d)
    return close(pages, s, h)


def tpl_hall_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's invoice for the club's use of the sports hall or municipal pitch over a
    quarter (Gebührenbescheid, titre de recettes): hours by facility at the voluntary clubs'
    rate, the booking schedule on the next page, and a payment slip at the foot."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, tr(lg, "999999999", "9.9999.999999", "T-999-9999"))
    title = tr(
        lg,
        "Invoice - hire of sports facilities",
        "Gebührenbescheid - Nutzung städtischer Sportstätten",
        "Avis des sommes à payer - mise à disposition d'équipements sportifs",
    )
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        club_lines(tr(lg, "Treasurer", "Kassenwart", "Trésorier")),
        d,
        [
            (tr(lg, "Invoice no.", "Kassenzeichen", "N° de titre"), no),
            (tr(lg, "Debtor no.", "Debitor", "Débiteur"), serial(keyed(who, "deb"), "999999")),
        ],
    )
    caption(f, s, title, 1)
    q0 = month()
    write(
        f,
        s,
        tr(
            lg,
            "Use of facilities by your club in the quarter ending "
            f"{short(q0 - timedelta(days=1), lg)}, charged at the voluntary clubs' concessionary "
            "rate.",
            "Für die Nutzung der Sportstätten im Zeitraum bis "
            f"{short(q0 - timedelta(days=1), lg)} werden nach der Gebührensatzung folgende "
            "Entgelte festgesetzt:",
            "Utilisation des installations municipales par votre association au cours du "
            "trimestre écoulé (tarif associations, délibération du conseil municipal).",
        ),
    )
    fac = {
        "en": [
            ("Sports hall (4 courts)", 28.0),
            ("Sports hall (1 court)", 9.5),
            ("3G pitch - half", 32.0),
            ("Athletics track", 18.0),
            ("Changing rooms", 6.0),
        ],
        "de": [
            ("Dreifachturnhalle (ganz)", 18.0),
            ("Turnhalle Grundschule", 7.5),
            ("Kunstrasenplatz", 25.0),
            ("Flutlicht (je Std.)", 9.0),
            ("Leichtathletikanlage", 12.0),
        ],
        "fr": [
            ("Gymnase - salle A", 12.0),
            ("Salle polyvalente", 9.0),
            ("Terrain synthétique", 20.0),
            ("Éclairage", 8.0),
            ("Piste d'athlétisme", 10.0),
        ],
    }[lg]
    used = rng.sample(fac, rng.randint(2, 4))
    rows = []
    net = 0.0
    sched = []
    for t, rate in used:
        hrs = rng.choice([12, 18, 24, 26, 36, 39])
        v = hrs * rate
        net += v
        rows.append([t, num(hrs, lg), money(rate, lg), money(v, lg)])
        dd = q0 - timedelta(days=90)
        wd = rng.randint(0, 4)
        dd += timedelta(days=(wd - dd.weekday()) % 7)
        st = rng.choice([17, 18, 19, 20])
        for _ in range(min(13, hrs // rng.choice([2, 3]))):
            sched.append(
                [
                    short(dd, lg),
                    tr(
                        lg,
                        ["Mon", "Tue", "Wed", "Thu", "Fri"][wd],
                        ["Mo", "Di", "Mi", "Do", "Fr"][wd],
                        ["lun.", "mar.", "mer.", "jeu.", "ven."][wd],
                    ),
                    f"{st}:00-{st + 2}:00" if lg != "fr" else f"{st}h-{st + 2}h",
                    t,
                    rng.choice(TEAMS[lg]),
                    "2",
                ]
            )
            dd += timedelta(days=7)
    cols = columns(m, w - m, [(4, "left"), (0.9, "right"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Facility", "Sportstätte", "Équipement"),
            tr(lg, "Hours", "Stunden", "Heures"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    f.y += 8
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Amount due', 'Zu zahlender Betrag', 'Somme à payer')}: {cash(net, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due within 28 days. Please quote the invoice number.",
            f"Der Betrag ist bis zum {day(h, d + timedelta(days=30))} unter Angabe des "
            "Kassenzeichens zu überweisen.",
            "À régler auprès du comptable public dans un délai de 30 jours.",
        ),
        s.size - 0.5,
    )
    if lg == "de":
        write(
            f,
            s,
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach "
            "Bekanntgabe Widerspruch erhoben werden.",
            s.size - 1.5,
        )
    f.need(130)
    f.y = max(f.y + 10, f.bottom - 120)
    slip_rule(
        f.page,
        m,
        w - m,
        f.y,
        tr(
            lg,
            "remittance advice - return with payment",
            "bei Überweisung angeben",
            "talon à joindre à votre règlement",
        ),
    )
    f.y += 16
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Payee", "Empfänger", "Créancier"), h.name.split(" - ")[0]),
            (tr(lg, "Invoice no.", "Kassenzeichen", "Référence"), no),
            (tr(lg, "Debtor", "Zahlungspflichtiger", "Débiteur"), club_row()[0]),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(net, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    pages = f.pages
    if rng.random() < 0.65 and sched:
        land = rng.random() < 0.5
        ps = paper(s, LAND if land else A4, margin=40, pt=8.5)
        pw, ph = ps.page_size
        t = Flow(
            ps.page_size, ph - 40, lambda p, n: heading(p, ps, h) if n == 1 and h.again else 40
        )
        t.page.text(
            40,
            t.y,
            tr(lg, "Booking schedule", "Belegungsnachweis", "Relevé des créneaux utilisés"),
            ps.bold,
            11,
        )
        t.y += 20
        sched.sort(key=lambda r_: r_[3])
        c2 = columns(
            40,
            pw - 40,
            [(1, "left"), (0.6, "left"), (1.2, "left"), (3, "left"), (1.6, "left"), (0.5, "right")],
        )
        table(
            t,
            c2,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Day", "Tag", "Jour"),
                tr(lg, "Time", "Zeit", "Horaire"),
                tr(lg, "Facility", "Sportstätte", "Équipement"),
                tr(lg, "Group", "Gruppe", "Groupe"),
                tr(lg, "Hrs", "Std.", "H"),
            ],
            sched,
            ps,
            8.5,
            rules=rng.random() < 0.5,
            step=1.6,
        )
        pages += t.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same match or delivery."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "membership_application": tpl_membership_application,
    "membership_cancellation": tpl_membership_cancellation,
    "player_registration": tpl_player_registration,
    "federation_circular": tpl_federation_circular,
    "match_report": tpl_match_report,
    "referee_expenses": tpl_referee_expenses,
    "sanction_notice": tpl_sanction_notice,
    "affiliation_invoice": tpl_affiliation_invoice,
    "funding_offer": tpl_funding_offer,
    "drinks_invoice": tpl_drinks_invoice,
    "drinks_delivery": tpl_drinks_delivery,
    "groundsman_invoice": tpl_groundsman_invoice,
    "course_certificate": tpl_course_certificate,
    "tournament_entry": tpl_tournament_entry,
    "injury_report": tpl_injury_report,
    "insurer_decision": tpl_insurer_decision,
    "committee_minutes": tpl_committee_minutes,
    "treasurer_report": tpl_treasurer_report,
    "kit_order": tpl_kit_order,
    "hall_hire_invoice": tpl_hall_hire_invoice,
}
TEMPLATES_YY: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "membership_application",
    "player_registration",
    "match_report",
    "referee_expenses",
    "drinks_invoice",
    "drinks_delivery",
    "course_certificate",
    "tournament_entry",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "match_report": "referee_expenses",
    "drinks_delivery": "drinks_invoice",
    "injury_report": "insurer_decision",
    "committee_minutes": "treasurer_report",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tin_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One club's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The club (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CLUB["lang"] = lang
    CLUB["row"] = r.randrange(len(CLUBS[lang]))
    CLUB["seed"] = r.getrandbits(24)
    CLUB["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_YY, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tin_stream, "templates YY")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

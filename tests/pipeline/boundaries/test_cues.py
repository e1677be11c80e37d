"""Boundary detection: per-page cues."""

from __future__ import annotations

import pytest
from pagekit import LOREM_A, LOREM_B, ctx, page

from docsplit.pipeline.boundaries.cues import (
    cosine,
    find_date,
    find_fields,
    find_numbering,
    page_cues,
)
from docsplit.pipeline.boundaries.letters import signal_first_page
from docsplit.pipeline.boundaries.references import signal_references


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("Page 2 of 3", (2, 3)),
        ("page 1/4", (1, 4)),
        ("Seite 3 von 5", (3, 5)),
        ("Page 2 sur 2", (2, 2)),
        ("2 / 7", (2, 7)),
        ("- 4 -", (4, None)),
        ("Page 12", (12, None)),
        ("CARGO MANIFEST Sheet 1 of 5", (1, 5)),
        ("Blatt 2 von 3", (2, 3)),
        # A French form's sheets.
        ("FICHE D'INTRADERMOTUBERCULINATION Feuillet 2/3", (2, 3)),
        # A sheet number at the end of a count sheet's title line.
        ("Bottle stock - count sheet Sheet 1", (1, None)),
        ("Inventaire de cave - cuves et fûts Feuille 2", (2, None)),
        # ... written on the printed blank of a log sheet.
        ("KILN LOG - Rohde TE 150 MCC Sheet ____ 2", (2, None)),
        # ... or the folio of a bound log book.
        ("MAIN COURANTE Folio 101", (101, None)),
        ("DAILY OCCURRENCE BOOK Page No. 110", (110, None)),
        # ... or in a log's title line that runs on to the sender's name.
        ("Autoclave Cycle Log Sheet 3 Millbrook Dental Care", (3, None)),
        ("Registre de stérilisation Feuille 2 Centre Dentaire des Halles", (2, None)),
        # OCR drops the space after "p.": the number is still alone on its line.
        ("p.2", (2, None)),
        # French invoices: "Page n° 2/5" (OCR: "n?").
        ("Page n° 2/5", (2, 5)),
        ("COMMERCIAL DIVERS Page n? 3/5", (3, 5)),
        # OCR reads the "1" of "Page 1 of 5" as a bar or a letter.
        ("Page | of 5", (1, 5)),
        ("Sheet I of 4", (1, 4)),
        ("PAGE L OF 2", (1, 2)),
        # "2 of 3" alone on the last line of a form.
        ("Medical information we should know\n3 of 3", (3, 3)),
        # A work card numbered in its title line.
        ("Rheinland Aero Technik GmbH ARBEITSKARTE 2 / 5", (2, 5)),
        ("Solent Aviation Maintenance Ltd TASK CARD 1 / 3", (1, 3)),
        ("Garonne Aéro Maintenance SAS CARTE DE TRAVAIL 3/5", (3, 5)),
        # A form's code with its sheet at the end of the footer line.
        ("Bitte Rückseite beachten und unterschreiben >\nAW-03/25 1/2", (1, 2)),
    ],
)
def test_find_numbering(footer: str, expected: tuple[int, int | None]) -> None:
    found = find_numbering(page(1, bottom=footer))
    assert found is not None
    assert (found.number, found.total) == expected


def test_numbering_ignores_dates_and_impossible_totals() -> None:
    assert find_numbering(page(1, bottom="Invoice date 12/03/2024")) is None
    # A fraction alone on a line deep in the top band is a form's value (a fuel gauge).
    handover = "Hofmann KG\nAm Gueterbahnhof 5\nFahrzeuguebergabeprotokoll\nTankfuellung\n1/4"
    assert find_numbering(page(1, "\n".join([handover, *[LOREM_A] * 5]), top=handover)) is None
    assert find_numbering(page(1, top="1/4\nHofmann KG\nAm Gueterbahnhof 5")) is not None
    assert find_numbering(page(1, bottom="Page 5 of 3")) is None
    # A form's "Blatt" label with its value on the next line is no sheet number.
    head = "Bauvorhaben\nProj.-Nr.\n8357\nBlatt\n17\nIndex\nA"
    assert find_numbering(page(1, "\n".join([head, *[LOREM_A] * 5]), top=head)) is None
    assert find_numbering(page(1, bottom="Page Image of 2")) is None
    # A card's value, not its title: "Fuel card 1/4" mid-line says nothing.
    assert find_numbering(page(1, bottom="Fuel card 1/4 full, returned")) is None
    # A sheet number mid-line counts only in a log's or register's title.
    assert find_numbering(page(1, bottom="Please see the data sheet 3 enclosed")) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Berlin, 05.03.2024", "2024-03-05"),
        ("Date: 2023-11-02", "2023-11-02"),
        ("March 7, 2022", "2022-03-07"),
        ("7 March 2022", "2022-03-07"),
        ("le 3 mars 2021", "2021-03-03"),
        ("due 25/12/2020", "2020-12-25"),
        ("no date here 99.99.2020", None),
    ],
)
def test_find_date(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


def test_cosine() -> None:
    words = page_cues(page(1)).words
    assert cosine(words, words) == pytest.approx(1.0)
    assert cosine(words, page_cues(page(2, LOREM_B)).words) < 0.05
    assert cosine(words, page_cues(page(2, "")).words) == 0.0


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        ("Bestellnummer 758-9029136", {"order": "758-9029136"}),
        (
            "Kunden-Nr. 99887 Rechnungsnummer: 2024-0015",
            {"customer": "99887", "invoice": "2024-0015"},
        ),
        ("N° de commande : 12345 ", {"order": "12345"}),
        ("Numéro de facture FA-20931", {"invoice": "FA-20931"}),
        ("Order number 664-9126361", {"order": "664-9126361"}),
        ("Itemised calls 07987 680237 Bill 2277552925", {"invoice": "2277552925"}),
        # "Rechnungsnummer" on page 1 and "Rechnung" on the itemised page are one key, and
        # a bill, an invoice, a Rechnung and a facture are one kind of number.
        ("Einzelverbindungsnachweis Rechnung 9540629973", {"invoice": "9540629973"}),
        ("ESTIMATE Estimate no. QT-7412", {"quote": "QT-7412"}),
        # Any other labelled number is a reference under its label word.
        ("Teilnehmernummer 4931", {"teilnehmer": "4931"}),
        ("Ausweis-Nr.: 27631424", {"ausweis": "27631424"}),
        ("Participant number P-4931", {"participant": "P-4931"}),
        # ... but not the sender's phone, VAT or company number, nor an item's.
        ("Tel. no. 0761 238 4490 Fax no. 0761 238 4491", {}),
        ("Article no. 99-6043 Item number 4711", {}),
        # No number, no reference: a date or a word is not one.
        ("Bestelldatum 26.03.2024", {}),
        ("Kundennummer bitte angeben", {}),
        # A commodity code classifies goods, not a document.
        ("Warennummer 73089000 Commodity no. 8481 8099", {}),
    ],
)
def test_reference_numbers_in_english_german_and_french(line: str, refs: dict[str, str]) -> None:
    assert page_cues(page(1, line)).refs == {k: v.upper() for k, v in refs.items()}


def test_a_labelled_number_in_the_footer_is_the_sender_s_not_the_document_s() -> None:
    footer = "Registered in England No. 8043620"
    a = page(1, "Dear Mr Herrera,\n" + LOREM_A + "\n" + footer, bottom=footer)
    assert page_cues(a).refs == {}
    # Above the footer the same kind of label counts: a participant number, a tax number.
    one = page(1, "Teilnehmernummer 4931\n" + LOREM_A)
    two = page(2, "Teilnehmernummer 3172\n" + LOREM_A)
    s = signal_references(ctx(two, one))
    assert s is not None and s.score > 2 and "teilnehmer no. 3172" in s.reason


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "Employee name: Anna Schmidt Employee no.: E12345",
            {"employee name": "anna schmidt", "employee no": "e12345"},
        ),
        ("Invoice No: 12 Date: March 5, 2024 Customer: John Carter", {"customer": "john carter"}),
        ("Received from: Maria Lopez", {"received from": "maria lopez"}),
        ("Pinecrest Pay period 2024-03", {"pay period": "2024-03"}),
        ("Form TX-201   Tax year 2023", {"tax year": "2023", "form": "tx-201"}),
        ("Form W-2 Wage and Tax Statement", {"form": "w-2"}),
        # Page 2 of form 993, not another form.
        ("Pinecrest Insurance Form 993-2", {"form": "993"}),
        # Not identity fields: dates, subjects, form labels without values.
        ("Date: 2024-03-05", {}),
        ("Subject: renewal", {}),
        ("Premium this:", {}),
    ],
)
def test_find_fields(line: str, fields: dict[str, str]) -> None:
    assert find_fields([line]) == fields


def test_a_table_row_is_no_title() -> None:
    accounts = page(
        2,
        "Income and expenditure account 2024\nExpenditure Budget Actual Variance\n"
        "Lift maintenance contract 7,809.53 9,179.00 1,369.47\n" + LOREM_A,
    )
    assert page_cues(accounts).title_word is None
    # A date is no amount: "Contract 01.02.2024" is still a title.
    contract = page(2, "Contract 01.02.2024\n" + LOREM_A)
    assert page_cues(contract).title_word == "contract"


def test_a_short_sentence_is_no_title() -> None:
    sentence = page(2, "Kitchen fire claim\nThe invoice was paid.\n" + LOREM_A)
    assert page_cues(sentence).title_word is None
    # An abbreviation's full stop ends no sentence.
    assert page_cues(page(2, "Invoice No.\n" + LOREM_A)).title_word == "invoice"


def test_on_a_page_set_in_one_size_no_title_stands_out() -> None:
    # A photo sheet's captions, all in body type: its "largest" text is all of it.
    captions = "And is cause ceiling damage by was vehicle bumper liability loss the invoice"
    photos = page(6, captions, large=captions, font=(9.5, 9.5))
    assert page_cues(photos).title_word is None
    titled = page(6, captions, large="INVOICE", font=(16.0, 9.5))
    assert page_cues(titled).title_word == "invoice"


def test_a_scan_s_running_header_is_its_first_line_with_a_word() -> None:
    # OCR makes scraps of a rule, a punch hole or a page number above the letterhead.
    top = "=\n2/ rs)\nWEALD PARTY WALL CONSULTANTS\nLower Road, East Grinstead"
    bottom = "Registered in England No. 4478112\n10f1"
    scan = page_cues(page(1, top=top, bottom=bottom, ocr_used=True))
    assert scan.header == "weald party wall consultants"
    assert scan.footer.startswith("registered in england")
    # A text layer has no such scraps: its first line is its first line.
    typed = page_cues(page(1, top="2nd\nWEALD PARTY WALL CONSULTANTS", bottom=bottom))
    assert typed.header == "nd"


def test_a_long_subject_line_is_still_the_subject() -> None:
    # A real invoice's "Objet :" ran on past 90 characters and was not taken for a subject.
    long = (
        "Objet : Facturation d'accès au service et frais de mise en œuvre de la VM, facturation "
        "frais de mise en"
    )
    cues = page_cues(page(1, "ACME SARL\nMarseille\n" + long + "\n" + LOREM_A))
    assert cues.subject is not None and cues.subject.startswith("Facturation d'accès")
    assert len(cues.subject) <= 90
    assert page_cues(page(1, "ACME SARL\nObjet : Devis\n" + LOREM_A)).subject == "Devis"


def test_a_head_of_dated_rows_has_no_date_of_its_own() -> None:
    log = "Corrective actions / faults\n04/04/2024 Labels checked and renewed\n"
    log += "05/04/2024 Fridge door seal replaced\n07/04/2024 Staff briefed on allergens\n"
    assert page_cues(page(2, log + LOREM_A)).dated_rows
    s = signal_first_page(ctx(page(2, log + LOREM_B), page(1, "Cold room record\n" + LOREM_B)))
    assert s is None or "date" not in s.reason
    # A loan's repayment schedule numbers its rows before the date.
    plan = "Repayment schedule\n# Date Payment Interest Capital Balance\n"
    plan += "10 01/03/2025 5,421.80 1,131.52 4,290.29 357,693.76\n"
    plan += "11 01/04/2025 5,421.80 1,118.10 4,303.70 353,390.06\n"
    plan += "12 01/05/2025 5,421.80 1,104.65 4,317.15 349,072.91\n"
    assert page_cues(page(2, plan + LOREM_A)).dated_rows
    # A letter's date and a date in its body are the document's.
    letter = "Acme Ltd\n3 March 2024\nDear Ms Lee,\nYour order of 1 March 2024 has shipped.\n"
    assert not page_cues(page(1, letter + LOREM_A)).dated_rows
    s = signal_first_page(ctx(page(2, letter + LOREM_A), page(1)))
    assert s is not None and "date 2024-03-03" in s.reason


def test_a_date_below_a_long_head_is_the_page_date() -> None:
    # A letterhead of six lines, the return line and a foreign address push the date past the
    # twelfth line; it is still the letter's date.
    head = [
        "SD",
        "Sprachinstitut am Dom GmbH",
        "Domkloster 3",
        "50667 Köln",
        "Tel. 0221 277 38 40",
        "accounts@sprachinstit.de",
        "Sprachinstitut am Dom GmbH, Domkloster 3, 50667 Köln",
        "Generalkonsulat der Bundesrepublik Deutschland",
        "Riyadh",
        "SAUDI-ARABIEN",
        "Unser Zeichen 255418/V",
        "Reisepass YV352640",
        "Datum 7. Juni 2025",
        "Sehr geehrte Damen und Herren,",
    ]
    assert page_cues(page(2, "\n".join(head) + "\n" + LOREM_A)).date == "2025-06-07"
    # Further down, a date belongs to the body.
    assert page_cues(page(2, "\n".join(["Line"] * 16 + head[12:]) + "\n" + LOREM_A)).date is None


@pytest.mark.parametrize(
    ("first", "continued"),
    [
        ("Section 3 - Declarations", True),
        ("6. Account of the incident", True),
        ("6. Hergang", True),
        # A second reminder is a document of its own.
        ("2. Mahnung", False),
        # A German date as the first line is no section.
        ("3. März 2025", False),
        ("1. When and where", False),
        ("2024 annual report", False),
        # A form's continuation sheet, however it is called.
        ("Entry form - continuation sheet 2 Tiptoes & Taps Dance Centre", True),
        ("Prüfungsanmeldung - Blatt 2 Tanzstudio Pirouette", True),
        ("Folgeblatt zur Anmeldung", True),
        ("Blatt 2 Flurstücke", False),
        ("Continuation of your membership", False),
    ],
)
def test_a_later_numbered_section_heading_the_page_continues_a_document(
    first: str, continued: bool
) -> None:
    assert page_cues(page(2, first + "\n" + LOREM_A)).continued is continued

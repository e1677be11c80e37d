"""Boundary detection: forms filled in anew, identity fields, carried codes and listed receipts."""

from __future__ import annotations

import attrs
from pagekit import LOREM_A, LOREM_B, ctx, fee_reminder, page, payslip, starts

from docsplit.models import ProcessingOptions
from docsplit.pipeline.boundaries.content import signal_similarity
from docsplit.pipeline.boundaries.cues import page_body, page_cues
from docsplit.pipeline.boundaries.detect import detect_with_decisions
from docsplit.pipeline.boundaries.forms import (
    CARRIED_CODE,
    IDENTITY_BARE_NAME,
    IDENTITY_WEIGHT,
    LISTED_DELIVERY,
    LISTED_RECEIPT,
    signal_carried_code,
    signal_identity,
    signal_listed,
    signal_template,
)
from docsplit.pipeline.boundaries.letters import signal_first_page
from docsplit.pipeline.boundaries.references import signal_references
from docsplit.pipeline.extract import PageFeatures


def test_a_receipt_that_the_expense_claim_lists_goes_with_it() -> None:
    claim = page(
        1,
        "Ateliers Mecaniques du Rhone SAS\n12 rue de l'Industrie\nNote de frais\nNom\n"
        "Nadia Lefevre\nN Date Nature Detail EUR\n1 16/10/2022 Parking missions 129,14\n"
        "2 07/10/2022 Transport Lyon 201,90\nTotal a rembourser 331,04",
    )
    receipt = page(
        2,
        "Lidl\n16/10/2022 14:28\nWater 4,38\nCoffee 8,29\nTOTAL TTC 12,67\nInvoice no. 3381",
        size=(227, 475),
    )
    cur = ctx(receipt, claim, open_bodies=((1, page_body(claim)),))
    s = signal_listed(cur)
    assert s is not None and s.score == -LISTED_RECEIPT and "2022-10-16" in s.reason
    assert starts([claim, receipt]) == [1]
    # A receipt dated on a day the claim does not list, or a letter, is no such receipt.
    other = attrs.evolve(receipt, text=receipt.text.replace("16/10/2022", "19/10/2022"))
    assert signal_listed(ctx(other, claim)) is None
    letter = page(2, "16/10/2022\nDear Ms Lefevre,\n" + LOREM_B + "\nTotal 12,67")
    assert signal_listed(ctx(letter, claim)) is None
    assert signal_listed(ctx(receipt, page(1))) is None
    # An itemised hotel bill runs longer than a till receipt.
    nights = "\n".join(f"16/10/2022 Night {k} 119,30" for k in range(1, 30))
    bill = page(2, f"Hotel Am Stadtpark\nRECHNUNG\n16/10/2022\n{nights}\nTOTAL 2.266,70")
    assert signal_listed(ctx(bill, claim, open_bodies=((1, page_body(claim)),))) is not None
    # The first of three numbered pages, dated on a listed day, is no slip behind the claim.
    first_of_three = page(2, receipt.text, size=(227, 475), bottom="1/3")
    assert page_cues(first_of_three).numbering is not None
    assert signal_listed(ctx(first_of_three, claim, open_bodies=((1, page_body(claim)),))) is None
    # Nor is an invoice addressed to someone: a bill of its own, whatever day it bears.
    invoice = page(
        2,
        "Dormly B.V.\nHerengracht 182\n1016 BR Amsterdam\nAteliers Mecaniques du Rhone SAS\n"
        "12 rue de l'Industrie\n69003 Lyon\nFACTURE\nDate 16/10/2022\nCommission 12,67\n"
        "Total 12,67",
        large="FACTURE",
        font=(16.0, 10.0),
    )
    assert page_cues(invoice).title_word and page_cues(invoice).address_blocks
    assert signal_listed(ctx(invoice, claim, open_bodies=((1, page_body(claim)),))) is None


def test_tickets_that_the_invoice_lists_go_with_it() -> None:
    invoice = page(
        1,
        "Teme Valley Drainage\nBromfield Road, Ludlow SY8 1ES\nHollybush Farm Holiday Park\n"
        "Bude EX23 0DF\nInvoice no. R17-4995\nDate 09/11/2024\nINVOICE\n"
        "Date Location Volume Ticket Amount\n"
        "01/11/2024 Cesspool - shower block A 4000 gal 174640 660.00\n"
        "29/10/2024 Grease trap - cafe 3000 gal 686420 495.00\nTotal due 1,386.00",
    )

    def ticket(number: int, no: str, date: str) -> PageFeatures:
        return page(
            number,
            f"TEME VALLEY DRAINAGE\nLudlow SY8 1ES\nWASTE TRANSFER NOTE\nTicket {no}\n"
            f"Date {date}\nVolume 4000 gal\nDriver: Hannah Thornton\nCustomer signature",
            size=(227, 482),
        )

    first, second = ticket(2, "174640", "01/11/2024"), ticket(3, "686420", "29/10/2024")
    bodies = ((1, page_body(invoice)), (2, page_body(first)))
    s = signal_listed(ctx(second, first, open_bodies=bodies))
    assert s is not None and s.score == -LISTED_RECEIPT
    assert "ticket no. 686420" in s.reason and "page 1" in s.reason
    # Its own number no longer counts as a new document's.
    assert signal_references(ctx(second, first, open_bodies=bodies)) is None
    assert starts([invoice, first, second]) == [1]
    # A ticket the invoice does not list, or a number on a line without an amount, is not.
    other = ticket(3, "999999", "28/10/2024")
    assert signal_listed(ctx(other, first, open_bodies=bodies)) is None
    unpriced = attrs.evolve(invoice, text=invoice.text.replace(" 495.00", ""))
    assert signal_listed(ctx(second, first, open_bodies=((1, page_body(unpriced)),))) is None


def test_a_delivery_note_that_the_invoice_lists_by_date_goes_with_it() -> None:
    invoice = page(
        1,
        "Südflüssiggas Breisgau KG\nIm Gewerbegebiet 14, 79331 Teningen\n"
        "Campingplatz Seeblick\n17192 Waren\nRechnung 13260537\nDatum 19.09.2025\n"
        "RECHNUNG\nDatum Produkt Menge Preis Betrag\n"
        "17.09.2025 Propan lose (Liter) 2367 0,7485 1.771,68\nRechnungsbetrag 1.771,68 €",
    )
    note = page(
        2,
        "SÜDFLÜSSIGGAS BREISGAU KG\n79331 Teningen\nLIEFERSCHEIN\nDatum 17.09.2025\n"
        "Liter 2367\nFahrer: Petra Bauer\nUnterschrift Kunde",
        size=(227, 482),
    )
    s = signal_listed(ctx(note, invoice, open_bodies=((1, page_body(invoice)),)))
    assert s is not None and s.score == -LISTED_DELIVERY and "2025-09-17" in s.reason
    # Without a delivery note's title, a page without a total is no such paper.
    form = attrs.evolve(note, text=note.text.replace("LIEFERSCHEIN", "MESSPROTOKOLL"))
    assert signal_listed(ctx(form, invoice, open_bodies=((1, page_body(invoice)),))) is None


def test_a_page_whose_footer_carries_the_document_s_number_belongs_to_it() -> None:
    approval = page(
        1,
        "Kingsmead Print Ltd Units 6-8, Kingsmead Estate, Bath BA2 3XZ\nPROOF APPROVAL\n"
        "Customer\nPennine Camerata\nJob no. KU-82-9002\nTitle\nConcert programme\n"
        "Proof date 19/03/2025\nPlease check this proof carefully.\nSignature / date DMoss",
    )
    proof = page(
        2,
        "Supported by\nPennine Camerata - Dean Clough Mill, Halifax HX3 5AX\nProgramme 5\n"
        "Eleanor Voss\nProgramme £3\nKingsmead Print Ltd - KU-82-9002 - proof 1/2 - 19/03/2025",
        size=(420, 595),
    )
    cur = ctx(proof, approval, open_refs=page_cues(approval).refs)
    s = signal_carried_code(cur)
    assert s is not None and s.score == -CARRIED_CODE and "KU-82-9002" in s.reason
    # A number the previous page's footer has as well is the sender's, on all its papers.
    registered = "Registered charity no. 1098234 - www.fenland.org.uk"
    letter = page(1, f"Fenland Rivers Trust\nDear Ms Hale,\n{LOREM_A}\n{registered}")
    form = page(2, f"Fenland Rivers Trust\nVolunteer Application Form\n{LOREM_B}\n{registered}")
    assert signal_carried_code(ctx(form, letter, open_refs=page_cues(letter).refs)) is None


def test_identity_signal() -> None:
    s = signal_identity(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score > 0 and "employee name" in s.reason
    # Same person, another month: still another payslip.
    s = signal_identity(ctx(payslip(2, "Anna Schmidt", "04/2024"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score > 0 and "period" in s.reason
    s = signal_identity(ctx(payslip(2, "Anna Schmidt"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score < 0 and "same" in s.reason
    # A value that continues ("X (continued)") is the same value.
    cont = page(2, "Customer: John Carter (continued)\n" + LOREM_A)
    s = signal_identity(ctx(cont, page(1, "Customer: John Carter\n" + LOREM_A)))
    assert s is not None and s.score < 0
    assert signal_identity(ctx(page(2), page(1))) is None
    # The same form number names the form, not whom it is about: no evidence; another one is.
    notice = page(1, "HM Coroner\nAcknowledgement of notice (Form 104)\n" + LOREM_A)
    assert page_cues(notice).fields == {"form": "104"}
    assert signal_identity(ctx(attrs.evolve(notice, number=2), notice)) is None
    other = page(2, "HM Coroner\nNotice (Form 105)\n" + LOREM_A)
    s = signal_identity(ctx(other, notice))
    assert s is not None and s.score > 0


def test_another_person_on_the_same_form_is_another_document() -> None:
    def sheet(number: int, who: str) -> PageFeatures:
        return page(
            number,
            "Reitstall Brockmann\nArbeitszeitnachweis (§ 17 MiLoG)\n"
            f"Mitarbeiter/in: {who} Monat: März 2024\nDatum Beginn Ende\n01.03.2024 06:30 15:00\n"
            + LOREM_A,
        )

    # The gendered key ("Mitarbeiter/in:") is read as the employee field.
    assert page_cues(sheet(1, "Jan Wessels")).fields["mitarbeiter in"].startswith("jan")
    first, second = sheet(1, "Jan Wessels"), sheet(2, "Heinrich Hölscher")
    s = signal_identity(ctx(second, first))
    assert s is not None and s.score == IDENTITY_WEIGHT
    # Both sheets open on the month's first day: no "same date" held against the second.
    first_page = signal_first_page(ctx(second, first))
    assert first_page is None or "same date" not in first_page.reason
    assert starts([first, second, sheet(3, "Lena Kemper")]) == [1, 2, 3]
    # A bare "Name:" also names what a data sheet's section describes: weaker evidence.
    spec = page(1, "Data model\nName: HydrographicObstacleEntity\n" + LOREM_A)
    other = page(2, "Data model\nName: ManmadeHydrographicEntity\n" + LOREM_A)
    s = signal_identity(ctx(other, spec))
    assert s is not None and s.score == IDENTITY_BARE_NAME < IDENTITY_WEIGHT


def test_template_signal_on_a_short_head_with_a_new_period() -> None:
    def statement(n: int, month: str) -> PageFeatures:
        return page(
            n,
            f"Milchgeldabrechnung {month}\nLieferanten-Nr. 70769\nErzeuger Hof Janssen\n"
            "01.10 7.431 17.10 5.146\n" + LOREM_A,
        )

    # Two shared lines suffice when the title's period changed ...
    s = signal_template(ctx(statement(2, "Dezember 2024"), statement(1, "Oktober 2023")))
    assert s is not None and "milchgeldabrechnung" in s.reason
    # ... and the same supplier number then says nothing against the next statement.
    assert starts([statement(1, "Oktober 2023"), statement(2, "Dezember 2024")]) == [1, 2]

    # A title that names another week needs no shared line at all: the table under it
    # (the week's days, the shifts) changes from sheet to sheet.
    def rota(n: int, week: str, days: str) -> PageFeatures:
        return page(n, f"STAFF ROTA - week commencing {week} Hollins Chemist\n{days}\n" + LOREM_A)

    one = rota(1, "3 March 2025", "Name Role Mon 3 Tue 4 Wed 5")
    two = rota(2, "12 May 2025", "Name Role Mon 12 Tue 13 Wed 14")
    s = signal_template(ctx(two, one))
    assert s is not None and "staff rota" in s.reason
    # Not when only this page's first line carries a date: a price list's running header
    # under the letterhead of its first page.
    letterhead = page(1, "Kestrix Pumps GmbH kestrix.example.org\n15 Saddler's Walk\n" + LOREM_A)
    sheet = page(2, "Kestrix Pumps GmbH - Price List 2022 valid from 2022-07-01\n" + LOREM_B)
    assert signal_template(ctx(sheet, letterhead)) is None


def test_template_signal_on_a_head_with_one_line_refilled() -> None:
    def ret(n: int, film: str) -> PageFeatures:
        return page(
            n,
            "The Electric Screen WEEKLY BOX OFFICE RETURN\n27 Bridge Gate, Hebden Bridge HX7 8EX\n"
            f"Distributor Northlight Pictures Ltd\nFilm {film}\n" + LOREM_A,
        )

    # One line of the head says something else after the same word: the next return.
    s = signal_template(ctx(ret(2, "The Orchard Keeper"), ret(1, "Fox and Hound Lane")))
    assert s is not None and "film" in s.reason
    assert starts([ret(1, "Fox and Hound Lane"), ret(2, "The Orchard Keeper")]) == [1, 2]
    # Not when a second line changed as well.
    other = page(2, ret(2, "The Orchard Keeper").text.replace("Northlight", "Southlight"))
    assert signal_template(ctx(other, ret(1, "Fox and Hound Lane"))) is None


def test_template_signal_splits_a_batch_of_form_letters() -> None:
    body = "Please pay the fee below by the due date.\n" + LOREM_A
    pages = [
        fee_reminder(1, "Ewan Strachan", "046 736 946", "16.06.2025", body),
        fee_reminder(2, "Lucie Fontaine", "723 908 147", "12.11.2025", body),
        fee_reminder(3, "Kwame Asante", "118 337 570", "04.08.2023", body),
    ]
    s = signal_template(ctx(pages[1], pages[0]))
    assert s is not None and s.score == 2.5 and "account number, date" in s.reason
    # Shared words and the shared letterhead say nothing against it.
    sim = signal_similarity(ctx(pages[1], pages[0]))
    assert sim is not None and sim.score == 0 and "same template" in sim.reason
    assert starts(pages) == [1, 2, 3]
    # Without the template signal the three letters look like one document.
    proposal = detect_with_decisions(pages, ProcessingOptions(), disabled={"template"})[0]
    assert [d.start for d in proposal.documents] == [1]
    # The same account's next notice: the same reference number says nothing against it.
    monthly = [
        fee_reminder(n, "Ewan Strachan", "04673694", day, body)
        for n, day in ((1, "16.06.2025"), (2, "16.07.2025"))
    ]
    refs = signal_references(ctx(monthly[1], monthly[0]))
    assert refs is not None and refs.score == 0 and "head with new values" in refs.reason
    assert starts(monthly) == [1, 2]
    # A second page that repeats the head with the same values is no new document.
    again = fee_reminder(2, "Ewan Strachan", "046 736 946", "16.06.2025", LOREM_B)
    assert signal_template(ctx(again, pages[0])) is None


def test_a_number_both_heads_carry_is_no_carried_code_when_the_head_is_refilled() -> None:
    # Two booking confirmations for one shipment (E01-46933), each with its own booking
    # number: the shipment number is in both heads and in the body of the first.
    def booking(n: int, number: str, date: str) -> PageFeatures:
        return page(
            n,
            f"{date} Outlook - Booking confirmation {number} - E01-46933\n"
            "Larchmont Transit\nFrom: Air Ponant Cargo\nTo: bookings@larchmont.example\n"
            f"Booking {number}\nDate {date}\nShipment E01-46933\nFlight AP 614\n" + LOREM_A,
        )

    one, two = booking(1, "708-16312414", "09/11/2025"), booking(2, "576-72724802", "10/07/2025")
    assert signal_carried_code(ctx(two, one)) is None
    assert signal_template(ctx(two, one)) is not None


def test_a_web_page_s_print_header_with_its_own_date_is_no_carried_name() -> None:
    # Two school meal statements printed from one payment site: the browser's print header
    # ("ParentPay - Kingsmead Academy 03/09/2024 19:46") differs only in its date and time,
    # and the site's name is in the first statement's body (its web address).
    def statement(n: int, printed: str, pupil: str, period: str) -> PageFeatures:
        return page(
            n,
            f"ParentPay - Kingsmead Academy {printed}\nKingsmead Academy\n"
            f"School meals account statement\nPupil {pupil}\nPeriod {period}\n"
            + LOREM_A
            + "\nhttps://app.parentpay.com/Statement.aspx?ConsumerId=5860858",
        )

    one = statement(1, "03/09/2024 19:46", "Ruby Fraser (7AB)", "Summer term")
    two = statement(2, "16/06/2025 19:43", "Jack Fraser (9T)", "Autumn term")
    assert signal_template(ctx(two, one)) is not None
    assert signal_carried_code(ctx(two, one)) is None

    # The print header carries the page's own id too ("Payout po_6UMVQ99JKCK5HL46H"): the next
    # payout report of the payment site, not a page of the last one.
    def payout(n: int, printed: str, po: str, amount: str, paid: str) -> PageFeatures:
        return page(
            n,
            f"{printed} Payout {po} - Tillwise\ntillwise Halfmoon Roastery Ltd\n"
            f"Payout £{amount}\nPaid on {paid} to account ending 9665\n"
            "Charges Refunds Fees\n" + LOREM_A + "\nTillwise Payments Ltd - tillwise.com",
        )

    first = payout(1, "09/04/2024 13:11", "po_1IIJU48QPSA8NL54B", "1,522.68", "09/04/2024")
    second = payout(2, "23/04/2024 14:29", "po_6UMVQ99JKCK5HL46H", "382.39", "16/04/2024")
    assert signal_template(ctx(second, first)) is not None
    assert signal_carried_code(ctx(second, first)) is None


def test_a_sender_s_name_in_the_last_letter_s_footer_is_no_running_header() -> None:
    # Two letters of one bank in a row: the first one's footer names the bank, as its next
    # letterhead does. The name is the sender's, not a running header carried over.
    foot = "Sparkasse Nord - Nachlassservice - Sitz Kiel - USt-IdNr. DE941713696"
    first = page(1, "Sparkasse Nord\n1\n2\n3\n" + LOREM_A + "\n" + foot, bottom=foot)
    second = page(2, "Sparkasse Nord - Nachlassservice\nHolstenstr. 2, 24103 Kiel\n" + LOREM_B)
    assert page_cues(second).running_parts == ("Sparkasse Nord", "Nachlassservice")
    assert signal_carried_code(ctx(second, first)) is None
    # A running header with its document's number still counts when its name is the footer's.
    sheet = page(2, "Sparkasse Nord - Abrechnung 4711\nPosten Betrag\n" + LOREM_B)
    s = signal_carried_code(ctx(sheet, first))
    assert s is not None and "'Sparkasse Nord'" in s.reason
    # The name in the body, not only in the footer: a running header all the same.
    named = page(1, "Bank\n1\n2\n3\nDear Sparkasse Nord,\n" + LOREM_A + "\n" + foot, bottom=foot)
    assert signal_carried_code(ctx(second, named)) is not None


def test_carried_code_keeps_a_schedule_with_its_quote() -> None:
    quote = page(
        1,
        "Audition Conseil\n21 impasse des Saules\n71000 Macon\n03 85 47 81 69\n"
        "Manon Thistlewood\nDevis n° Q431363\n" + LOREM_A,
    )
    schedule = page(
        2,
        "Devis Q431363 - Manon Thistlewood\nDetail du devis\nRef Designation Qte\n" + LOREM_B,
        large="Detail du devis",
        font=(16, 10),
    )
    s = signal_carried_code(ctx(schedule, quote))
    assert s is not None and s.score == -CARRIED_CODE and "Q431363" in s.reason
    assert starts([quote, schedule]) == [1]
    # A number the previous page gave under its label below the letterhead, heading this one:
    # the grant claim's list of receipts.
    claim = page(
        1,
        "Ernst-Waldheim-Stiftung Vordruck MA-1\nMITTELABRUF\nFörderkennzeichen\nGR/74/2489\n"
        + LOREM_A,
    )
    receipts = page(2, "Belegliste - Abruf 2 - GR/74/2489\nDatum Lieferant Betrag\n" + LOREM_B)
    s = signal_carried_code(ctx(receipts, claim))
    assert s is not None and "GR/74/2489" in s.reason
    # A code in the previous page's letterhead is the sender's: it says nothing.
    sender = page(1, "Acme Ltd VAT GB123456\nline\nline\nline\n" + LOREM_A)
    assert signal_carried_code(ctx(page(2, "Acme Ltd VAT GB123456\n" + LOREM_B), sender)) is None
    # A running header that names the letter's addressee: the budget sheet it encloses.
    letter = page(
        1, "Debt Advice Centre\n1 High St\nLindow\nTel 01234\nDear Bethany Okonkwo,\n" + LOREM_A
    )
    sheet = page(2, "Bethany Okonkwo - Haushaltsplan\nEinnahmen EUR\n" + LOREM_B)
    assert page_cues(sheet).running_parts == ("Bethany Okonkwo", "Haushaltsplan")
    # A running header of three parts: the name in the middle is looked up too ...
    settlement = page(2, "Betriebskostenabrechnung 2024 - Idris Pryce - WE 02\n" + LOREM_B)
    letter_de = page(1, "Lindenhof eG\n1\n2\n3\nGuten Tag Idris Pryce,\n" + LOREM_A)
    s = signal_carried_code(ctx(settlement, letter_de))
    assert s is not None and "'Idris Pryce'" in s.reason
    # ... but not a town strung into a letterhead with dashes, which any return address names.
    head = "Revenue Office - Kelderby - 56 Mill Race - Kelderby KD4 2PF"
    assert "Kelderby" not in page_cues(page(2, head + "\n")).running_parts
    s = signal_carried_code(ctx(sheet, letter))
    assert s is not None and "'Bethany Okonkwo'" in s.reason
    # Delivery tickets an invoice lists, two pages back: each ticket's number is carried from
    # the invoice, so neither the new number nor the refilled head makes a new document.
    invoice = page(
        1,
        "Harpers Feeds & Seeds\nMill Yard\nBethan Lloyd\nInvoice: SI335213\n"
        "Date Ticket Product Qty\n29 October D841684 Red diesel 1089 litre\n"
        "1 November D578069 Ammonium nitrate 39 bag\nDelivery tickets enclosed.\n",
    )

    def ticket(n: int, code: str, day: str, what: str, qty: str) -> PageFeatures:
        return page(
            n,
            f"Harpers Feeds & Seeds\nDELIVERY TICKET {code}\nDate\n{day}\nCustomer\n"
            f"Kingston Farm\nProduct\n{what}\nQuantity\n{qty}\nReceived by: Lloyd",
            size=(420, 298),
        )

    first = ticket(2, "D841684", "29 October 2023", "Red diesel", "1089 litre")
    second = ticket(3, "D578069", "1 November 2023", "Ammonium nitrate", "39 bag")
    assert starts([invoice, first, second]) == [1]
    far = ctx(second, first, open_bodies=((2, page_body(first)), (1, page_body(invoice))))
    s = signal_carried_code(far)
    assert s is not None and "D578069 from page 1" in s.reason
    assert signal_template(far) is None
    # The sender's next notice under the same running header, its head filled in anew: the
    # name the last notice's signature repeats is no carried code.
    head = "STAFF FORUM - HALDEN PRECISION LTD\nUnit 9, Canal Side\nNOTICE OF STAFF CONSULTATION\n"
    notice = page(1, head + "Date: 2024-08-16, 13:30, canteen\n" + LOREM_A + "\nChair, Staff Forum")
    later = page(2, head + "Date: 2024-01-14, 13:30, canteen\n" + LOREM_B + "\nChair, Staff Forum")
    assert signal_template(ctx(later, notice)) is not None
    assert signal_carried_code(ctx(later, notice)) is None
    # Without the invoice before them the tickets are a batch of one sender's slips.
    alone = [attrs.evolve(first, number=1), attrs.evolve(second, number=2)]
    assert starts(alone) == [1, 2]
    # A name is no identifier: a running header is looked up on the page before only.
    earlier = ctx(sheet, page(2), open_bodies=((2, page_body(page(2))), (1, page_body(letter))))
    assert signal_carried_code(earlier) is None
    # Dates like 18-JUN-2025 are no identifiers.
    assert page_cues(page(1, "Offer of employment 18-JUN-2025\n")).head_codes == frozenset()
    # An air waybill's number is digits only: the repatriation letter that names it keeps it.
    advice = page(1, "Repatriation\n1\n2\n3\nAir waybill 125-37661952, cargo terminal\n" + LOREM_A)
    waybill = page(2, "AIR WAYBILL 125-37661952\nShipper's Name and Address\n" + LOREM_B)
    assert page_cues(waybill).head_codes == frozenset({"125-37661952"})
    s = signal_carried_code(ctx(waybill, advice))
    assert s is not None and "125-37661952" in s.reason
    assert page_cues(page(1, "Tel. 0211 42 18 70 - 40474 Düsseldorf\n")).head_codes == frozenset()
    # A number the report gave under its title, in the lines the body search leaves out,
    # heads its test record: the report's own sheet ...
    report = page(
        1, "Staverton Avionics\nCheltenham\nCOMPONENT STRIP REPORT\nReport no. SR-83255\n"
    )
    record = page(2, "COMPONENT STRIP REPORT SR-83255\nFUNCTIONAL TEST RECORD\n" + LOREM_B)
    refs = page_cues(report).refs
    s = signal_carried_code(ctx(record, report, open_refs=refs))
    assert s is not None and "SR-83255" in s.reason
    # ... but a customer number is the customer's, on every invoice it gets.
    invoice = page(1, "Weinhandel Brandt\n1\n2\nCustomer no. K1852\n" + LOREM_A)
    second = page(2, "Weinhandel Brandt K1852\nInvoice\n" + LOREM_B)
    refs = page_cues(invoice).refs
    assert signal_carried_code(ctx(second, invoice, open_refs=refs)) is None


def test_template_signal_on_scans_where_ocr_cut_the_heads_differently() -> None:
    # Two daily cash-up sheets of one shop, read by OCR: the second scan joined and split the
    # head's lines differently ("TIL fT", "tot al"), so only the title line is shared whole.
    # The words still share their runs, and the date beside "Date" changed.
    first = (
        "Barlow's Farm Shop DAILY CASH UP\nDate: 18/11/2024 Till: 3 Counted by: Joanna\n"
        "Denomination Value\n£50 100.00 Z reading total 1,528.98\nCard machine total 638.04\n"
        "Cash less float 989.21\nFloat left in till 150.00\nPaid outs receipts 12.80\n"
        "Total cash 1,139.21\nNotes"
    )
    second = (
        "Barlow's Farm Shop DAILY CASH UP\nDate: 27/06/2024 TIL fT Counted by: Alastair\n"
        "Denomination 5\n£50 Z reading total 1,560.76\n£20 700.00\nCard machine tot al 693.51\n"
        "£10 220.00\nCash less float 867.25\nFloat left in ti 1 100.00\n"
        "Paid outs recei hts 12.80\nOver/short"
    )
    one, two = page(1, first, ocr_used=True), page(2, second, ocr_used=True)
    s = signal_template(ctx(two, one))
    assert s is not None and "new date" in s.reason
    assert starts([one, two]) == [1, 2]
    # In a text layer, lines are lines: one shared line is too few for a refilled head.
    typed = page(1, first), page(2, second)
    assert signal_template(ctx(typed[1], typed[0])) is None

    # A later page of one scanned form repeats a line of its head with another value in it
    # ("Page 2"): one shared line is too few to take that value for a new form's.
    def form(n: int, head: str) -> PageFeatures:
        return page(n, head + "\n" + LOREM_A, ocr_used=True)

    later = form(2, "Schedule E (Form 1040) 2020 Page 2\nName(s) shown on return")
    assert (
        signal_template(ctx(later, form(1, "Schedule E (Form 1040) 2020\nPart I Income"))) is None
    )


def test_a_head_line_again_with_another_order_number_is_the_next_order() -> None:
    # A run of the agency's purchase orders: the same letterhead and title line, each with its
    # own order number, and the same table below. The canonical head lines cut the number
    # into pieces ("po 24 0986 1") too short to tell apart.
    def order(n: int, number: str, name: str) -> PageFeatures:
        return page(
            n,
            "UEBERSETZUNGSBUERO SPRACHWERK GMBH\n"
            "Hohe Strasse 52, 50667 Koeln Tel. 0221 257 43 80\n"
            f"AUFTRAG / BESTELLUNG {number}\nAuftragnehmer/in\n{name}\n"
            "Sprachpaar Fachgebiet Woerter Satz Termin\n" + LOREM_A,
        )

    pages = [
        order(1, "PO-24-0986-1", "Anna Schulz"),
        order(2, "PO-24-0828-2", "Anna Schulz"),
        order(3, "PO-24-0974-3", "Anna Schulz"),
    ]
    s = signal_template(ctx(pages[1], pages[0]))
    assert s is not None and s.score == 2.0 and "PO-24-0828-2" in s.reason
    assert starts(pages) == [1, 2, 3]
    # The same number on the next page is the same order's second page.
    again = order(2, "PO-24-0986-1", "Anna Schulz")
    assert signal_template(ctx(again, pages[0])) is None
    assert starts([pages[0], again]) == [1]


def test_a_property_s_certificate_behind_the_schedule_that_lists_it() -> None:
    schedule = page(
        2,
        "Récapitulatif des interventions\n# Logement Date Appareils Résultat Montant\n"
        "1 31, rue de la Gare, 73400 Ugine 13/12/2024 Chaudière gaz Conforme 75,00\n"
        "2 83, chemin des Vignes, 63400 Chamalières 30/11/2024 Poêle à bois Réserve 65,00",
    )
    certificate = page(
        3,
        "Ramonage Savoyard SARL\n12 route d'Albertville\n73200 Albertville\n"
        "CERTIFICAT DE RAMONAGE - LOGEMENT LOCATIF\nLogement\n31, rue de la Gare, 73400 Ugine\n"
        "Locataire\nGérard Perrier\nDate\n09/12/2024\n" + LOREM_B,
    )
    s = signal_listed(ctx(certificate, schedule))
    assert s is not None and s.score < 0
    assert "31, rue de la Gare" in s.reason and "page 2" in s.reason
    # A sender's letterhead line that happens to start with a house number lists nothing.
    invoice = page(
        4,
        "MARÉE BOULONNAISE SAS\n14 quai Gambetta, 62200 Boulogne-sur-Mer Tél. 03 21 31 44 70\n"
        "FACTURE\nTotal TTC 749,87 €",
    )
    slip = page(5, "Glacière du port\nQuai Gambetta, 62200 Boulogne-sur-Mer\nBON DE LIVRAISON\n")
    assert signal_listed(ctx(slip, invoice)) is None
    # Through the detector: the covering letter, the schedule and every property's
    # certificate, each filled in anew under one letterhead, are one batch.
    letter = page(
        1,
        "Ramonage Savoyard SARL\n12 route d'Albertville\n73200 Albertville\n"
        "Cabinet Girod Gestion\n18 rue Blatin\n63000 Clermont-Ferrand\nDate 14 décembre 2024\n"
        "Madame, Monsieur,\nVeuillez trouver ci-joints les certificats des 2 logements.\n"
        + LOREM_A
        + "\nVeuillez agréer nos salutations distinguées.",
    )
    second = page(
        4,
        certificate.text.replace(
            "31, rue de la Gare, 73400 Ugine", "83, chemin des Vignes, 63400 Chamalières"
        )
        .replace("Gérard Perrier", "Anne Roux")
        .replace("09/12", "30/11"),
    )
    assert starts([letter, schedule, certificate, second]) == [1]


def test_a_running_header_that_runs_on_the_previous_head_s_lines_goes_with_it() -> None:
    report = page(
        3,
        "Ingenieurbüro Feldkamp & Sohn\nDomhof 9, 49074 Osnabrück\n"
        "BEWEISSICHERUNG - ZUSTANDSFESTSTELLUNG\nBismarckstraße 126, 49124 Georgsmarienhütte\n"
        + LOREM_A,
    )
    later = page(
        4,
        "BEWEISSICHERUNG - ZUSTANDSFESTSTELLUNG - Bismarckstraße 126, 49124 Georgsmarienhütte\n"
        "Wohnzimmer\n" + LOREM_B,
        bottom="- 1 -",
    )
    s = signal_carried_code(ctx(later, report))
    assert s is not None and s.score == -CARRIED_CODE and "page 3" in s.reason
    assert "Bismarckstraße" in s.reason
    # The office's own paper after a supplier's invoice to it: its name, the whole first line,
    # stands below the invoice's top as the addressee, and it carries nothing.
    invoice = page(1, "Tamar Toughened Glass Ltd\nExe Valley Windows and Doors\nInvoice GI659515\n")
    own = page(2, "Exe Valley Windows and Doors\nSubcontract Fitting Agreement\n" + LOREM_B)
    assert signal_carried_code(ctx(own, invoice)) is None
    # Nor when both pages open with the same line: the sender's one-line letterhead.
    head = "Baugutachter Kessel - Lange Straße 61, 26122 Oldenburg\nRechnung 42\n"
    again = page(5, head + "Lange Straße 61, 26122 Oldenburg\n" + LOREM_A)
    again_next = page(6, head + "Lange Straße 61, 26122 Oldenburg\n" + LOREM_B)
    assert signal_carried_code(ctx(again_next, again)) is None
    # (Under another first line, the same part would run on.)
    other = page(6, "Gutachten - Lange Straße 61, 26122 Oldenburg\n" + LOREM_B)
    assert signal_carried_code(ctx(other, again)) is not None
    # The sender's letterhead line heading a titled running header: the report its letter sends.
    statement = page(
        1, "WALLDESK SOFTWARE LTD\n31 King Street, Manchester M2 6AZ\nDear Sir,\n" + LOREM_A
    )
    report = page(
        2, "WallDesk Software Ltd - Direct debit collection report - December 2024\n" + LOREM_B
    )
    s = signal_carried_code(ctx(report, statement))
    assert s is not None and s.score == -CARRIED_CODE and "WallDesk" in s.reason
    # Nor when the first lines differ in a number only: the production's next show report.
    report_3 = page(
        3,
        "Small Hours - Show report 3\nHarbour Lane Playhouse SHOW REPORT\nProduction\n"
        "Small Hours\n" + LOREM_A,
    )
    report_4 = page(4, report_3.text.replace("report 3", "report 4"))
    assert signal_carried_code(ctx(report_4, report_3)) is None


def test_the_itemised_list_of_a_bill_s_period_goes_with_the_bill() -> None:
    invoice = page(
        1,
        "Dormly B.V. Herengracht 182, 1016 BR Amsterdam\nCastle Wynd Hostel\n3 Castle Wynd\n"
        "Durham DH1 3RW\nInvoice no. 8562135798\nPeriod 15/02/2024 - 28/02/2024\n"
        "Date 29 February 2024\nCommission invoice\nCommission on stays 34 540.63\n"
        "Total £710.30",
    )
    rows = "\n".join(
        f"26203753{k} Guest {k} {d:02d}/02/2024 {d + 1:02d}/02/2024 1 2 47.65 checked out 8.10"
        for k, d in enumerate((15, 16, 18, 21, 27))
    )
    statement = page(2, "Reservation statement\nReservation Guest Arrival Departure\n" + rows)
    s = signal_listed(ctx(statement, invoice))
    assert s is not None and s.score == -LISTED_DELIVERY and "period page 1" in s.reason
    # Dates outside the period, or a page before that states no period, make no such list.
    later = page(2, statement.text.replace("/02/2024", "/03/2024"))
    assert signal_listed(ctx(later, invoice)) is None
    assert signal_listed(ctx(statement, page(1, LOREM_A))) is None

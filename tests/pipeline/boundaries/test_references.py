"""Boundary detection: the reference-number signal."""

from __future__ import annotations

from pagekit import LOREM_A, LOREM_B, ctx, page, starts

from docsplit.pipeline.boundaries.content import HEADER_WEIGHT
from docsplit.pipeline.boundaries.cues import page_cues
from docsplit.pipeline.boundaries.forms import ref_differs
from docsplit.pipeline.boundaries.references import (
    SAME_REF,
    SAME_REF_EARLIER,
    SAME_REF_LETTER,
    signal_references,
)
from docsplit.pipeline.extract import PageFeatures


def test_references_signal() -> None:
    a = page(1, "Invoice No: INV10001\n" + LOREM_A)
    same = page(2, "Invoice No: INV10001 (continued)\n" + LOREM_A)
    other = page(2, "Invoice No: INV20002\n" + LOREM_A)
    s = signal_references(ctx(other, a))
    assert s is not None and s.score > 2 and "INV20002" in s.reason
    s = signal_references(ctx(same, a))
    # The same invoice number again outweighs a new-looking page (an itemised list, a form).
    assert s is not None and s.score == -SAME_REF and SAME_REF > HEADER_WEIGHT * 2
    assert signal_references(ctx(page(2), page(1))) is None
    # The sender's next letter about the same account opens with a salutation: the number
    # then says little, and with a date of its own nothing: salutation and date start it.
    letter = page(2, "Account No: 30826228\n12 March 2025\nDear Mr Hale,\n" + LOREM_B)
    s = signal_references(ctx(letter, page(1, "Account No: 30826228\n" + LOREM_A)))
    assert s is not None and s.score == 0 and "a letter opens here" in s.reason
    assert starts([page(1, "Account No: 30826228\n" + LOREM_A), letter]) == [1, 2]
    undated = page(2, "Account No: 30826228\nDear Mr Hale,\n" + LOREM_B)
    s = signal_references(ctx(undated, page(1, "Account No: 30826228\n" + LOREM_A)))
    assert s is not None and s.score == -SAME_REF_LETTER
    # So does the account's next statement whose page numbers start again.
    last = page(1, "Account No: 65239627\n" + LOREM_A, bottom="Page 2 of 2")
    again = page(2, "Account No: 65239627\n" + LOREM_B, bottom="Page 1 of 3")
    s = signal_references(ctx(again, last))
    assert s is not None and s.score == -SAME_REF_LETTER
    # So does a new title with a date of its own: a supplier's delivery note after its
    # collection ticket, both under the customer's account ...
    ticket = page(1, "TRADE COUNTER - COLLECTION\nDate: 12/05/2025\nAccount: L90838\n" + LOREM_A)
    note = page(2, "DELIVERY NOTE DN9903667\nDate 24/03/2025\nAccount L90838\n" + LOREM_B)
    s = signal_references(ctx(note, ticket))
    assert s is not None and s.score == -SAME_REF_LETTER
    # ... but not a statement whose first date is its table's first row.
    rows = page(2, "Statement\nAccount L90838\n24/03/2025 Invoice 12511 2,546.23\n" + LOREM_B)
    s = signal_references(ctx(rows, ticket))
    assert s is not None and s.score == -SAME_REF
    # So does a pay period that changed under the same employer reference.
    notice_a = page(1, "Employer ref EMP575022\nPay period: 12/2023\n" + LOREM_A)
    notice_b = page(2, "Employer ref EMP575022\nPay period: 01/2025\n" + LOREM_B)
    s = signal_references(ctx(notice_b, notice_a))
    assert s is not None and s.score == -SAME_REF_LETTER
    # French "Réf." with its dot: two translation contracts of one publisher.
    assert page_cues(page(1, "Réf. TL-6828-29 Entre Éditions Ardoise\n")).refs == {
        "ref": "TL-6828-29"
    }
    # Certificates, bookings, quotes, memberships ... carry reference numbers too.
    cert_a = page(1, "Certificate of Motor Insurance\nCertificate number RSU/4672490\n" + LOREM_A)
    cert_b = page(2, "Certificate of Motor Insurance\nCertificate number HGI/6849671\n" + LOREM_A)
    s = signal_references(ctx(cert_b, cert_a))
    assert s is not None and s.score > 2 and "certificate no. HGI/6849671" in s.reason


def test_a_number_the_other_page_also_carries_is_no_change() -> None:
    first = page(1, "Kenji Morimoto\nAccount number 86474313\nSort code 42-47-44\n" + LOREM_A)
    second = page(2, "Kenji Morimoto · Account 42-47-44 86474313 Statement 20\n" + LOREM_A)
    assert page_cues(second).refs["account"] == "42-47-44"
    s = signal_references(ctx(second, first))
    assert s is not None and s.score < 0
    other = page(2, "Harriet Coles · Account 23-88-56 79779290 Statement 48\n" + LOREM_A)
    s = signal_references(ctx(other, first))
    assert s is not None and s.score > 2


def test_references_are_compared_with_the_document_so_far() -> None:
    """A quote's last page carries no number; the next quote's number is compared with the
    one on the first page of the open document."""
    quote = page(1, "Brightwell Electrical\nEstimate no. EST-5018\n" + LOREM_A)
    terms = page(2, LOREM_A + "\nTo accept this estimate please sign and return.")
    again = page(3, "Brightwell Electrical\nQuotation no. Q-1441\n" + LOREM_A)
    s = signal_references(ctx(again, terms, open_refs=page_cues(quote).refs))
    assert s is not None and s.score > 2 and "earlier in the document" in s.reason
    # The same number again after a page without it says nothing either way: as often the
    # sender's next document to the same customer (after a terms page) as a later sheet.
    same = page(3, "Brightwell Electrical\nEstimate no. EST-5018\n" + LOREM_A)
    s = signal_references(ctx(same, terms, open_refs=page_cues(quote).refs))
    assert s is not None and s.score == -SAME_REF_EARLIER and "as earlier" in s.reason
    assert signal_references(ctx(again, terms)) is None
    # Through the detector: the numbers of the open document are carried along.
    assert starts([quote, terms, again]) == [1, 3]


def test_a_reference_that_ocr_misread_is_the_same_reference() -> None:
    def claim(n: int, policy: str, *, ocr: bool) -> PageFeatures:
        return page(n, f"Claim form - policy no. {policy}\nChecklist\n" + LOREM_A, ocr_used=ocr)

    # "0S" for "05": a scan's reading of the same policy number on the claim's next page.
    scan = ctx(claim(2, "PPE/0S8898/60", ocr=True), claim(1, "PPE/058898/60", ocr=True))
    assert not ref_differs(scan, "policy")
    same = signal_references(scan)
    assert same is not None and same.score < 0
    # In a text layer the two are two policies.
    typed = ctx(claim(2, "PPE/0S8898/60", ocr=False), claim(1, "PPE/058898/60", ocr=False))
    assert ref_differs(typed, "policy")


def test_a_table_rule_between_label_and_number_on_a_scan() -> None:
    # OCR reads a table's rules as "|": the label and the number are still one cue.
    def invoice_page(n: int, page_no: str) -> PageFeatures:
        return page(
            n,
            "PIECES AUTO DU LIBOURNAIS\nNumero | Date | Client\n"
            f"FACTURE | 23000088 | 31/12/2012 | AYME 9999\n{page_no}\n" + LOREM_A,
            ocr_used=True,
        )

    cues = page_cues(invoice_page(1, "Page 4/5"))
    assert cues.refs == {"invoice": "23000088"}
    same = signal_references(ctx(invoice_page(2, "Page 5/5"), invoice_page(1, "Page 4/5")))
    assert same is not None and same.score == -SAME_REF

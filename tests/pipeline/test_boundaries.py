"""Every boundary signal, the combiner and the strategies, on small hand-made page features."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest

from docsplit.models import ProcessingOptions, Stage, Strategy
from docsplit.pipeline import boundaries as b
from docsplit.pipeline.extract import PageFeatures

LOREM_A = (
    "electricity consumption meter reading tariff kilowatt supply standing charge estimated "
    "actual usage heating gas contract renewal "
) * 4
LOREM_B = (
    "patient treatment appointment referral examination diagnosis prescription therapy clinic "
    "physician results laboratory "
) * 4


def page(
    number: int,
    text: str = LOREM_A,
    *,
    top: str = "",
    bottom: str = "",
    large: str = "",
    font: tuple[float, float] = (10.0, 10.0),
    size: tuple[float, float] = (595.0, 842.0),
    **kw: object,
) -> PageFeatures:
    return PageFeatures(
        number=number,
        width=size[0],
        height=size[1],
        text=text,
        top_text=top,
        bottom_text=bottom,
        large_text=large,
        max_font_size=font[0],
        body_font_size=font[1],
        **kw,  # type: ignore[arg-type]
    )


def ctx(cur: PageFeatures, prev: PageFeatures, **kw: object) -> b.Context:
    return b.Context(
        page=cur,
        cues=b.page_cues(cur),
        prev=prev,
        prev_cues=b.page_cues(prev),
        separators_between=tuple(kw.get("between", ())),  # type: ignore[arg-type]
        open_barcode=kw.get("open_barcode"),  # type: ignore[arg-type]
        open_refs=kw.get("open_refs", {}),  # type: ignore[arg-type]
        open_bodies=kw.get("open_bodies", ()),  # type: ignore[arg-type]
    )


def starts(pages: Sequence[PageFeatures], **opts: object) -> list[int]:
    proposal = b.detect_boundaries(pages, ProcessingOptions(**opts))  # type: ignore[arg-type]
    return [d.start for d in proposal.documents]


# ---- cues ------------------------------------------------------------------------------------


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
    ],
)
def test_find_numbering(footer: str, expected: tuple[int, int | None]) -> None:
    found = b.find_numbering(page(1, bottom=footer))
    assert found is not None
    assert (found.number, found.total) == expected


def test_numbering_ignores_dates_and_impossible_totals() -> None:
    assert b.find_numbering(page(1, bottom="Invoice date 12/03/2024")) is None
    # A fraction alone on a line deep in the top band is a form's value (a fuel gauge).
    handover = "Hofmann KG\nAm Gueterbahnhof 5\nFahrzeuguebergabeprotokoll\nTankfuellung\n1/4"
    assert b.find_numbering(page(1, "\n".join([handover, *[LOREM_A] * 5]), top=handover)) is None
    assert b.find_numbering(page(1, top="1/4\nHofmann KG\nAm Gueterbahnhof 5")) is not None
    assert b.find_numbering(page(1, bottom="Page 5 of 3")) is None
    assert b.find_numbering(page(1, bottom="Page Image of 2")) is None


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
    assert b.find_date(text) == iso


def test_cosine() -> None:
    words = b.page_cues(page(1)).words
    assert b.cosine(words, words) == pytest.approx(1.0)
    assert b.cosine(words, b.page_cues(page(2, LOREM_B)).words) < 0.05
    assert b.cosine(words, b.page_cues(page(2, "")).words) == 0.0


# ---- signals ---------------------------------------------------------------------------------


def test_separator_signal() -> None:
    sep = page(2, "", is_patch_sheet=True)
    s = b.signal_separator(ctx(page(3), page(1), between=[sep]))
    assert s is not None and s.score > 5 and "patch-T" in s.reason
    blank = page(2, "", is_blank=True)
    s = b.signal_separator(ctx(page(3), page(1), between=[blank]))
    assert s is not None and 0 < s.score < 5 and "blank" in s.reason
    assert b.signal_separator(ctx(page(2), page(1))) is None


def test_barcode_signal_new_repeat_and_family() -> None:
    s = b.signal_barcode(ctx(page(2, barcodes=("ASN001",)), page(1)))
    assert s is not None and s.score > 0 and "ASN001" in s.reason
    s = b.signal_barcode(ctx(page(2, barcodes=("ASN001",)), page(1), open_barcode="ASN001"))
    assert s is not None and s.score < 0
    s = b.signal_barcode(ctx(page(2, barcodes=("101-z",)), page(1), open_barcode="101-a"))
    assert s is not None and s.score < 0
    assert b.signal_barcode(ctx(page(2), page(1))) is None


def test_numbering_signal() -> None:
    s = b.signal_numbering(ctx(page(2, bottom="Page 2 of 3"), page(1, bottom="Page 1 of 3")))
    assert s is not None and s.score < -4 and "follows" in s.reason
    s = b.signal_numbering(ctx(page(4, bottom="Page 1 of 2"), page(3, bottom="Page 3 of 3")))
    assert s is not None and s.score > 3
    s = b.signal_numbering(ctx(page(4, bottom="Page 1"), page(3, bottom="Page 4")))
    assert s is not None and s.score > 3
    s = b.signal_numbering(ctx(page(4), page(3, bottom="Page 2 of 2")))
    assert s is not None and s.score > 0 and "was 'Page 2 of 2'" in s.reason
    s = b.signal_numbering(ctx(page(4), page(3, bottom="Page 1 of 2")))
    assert s is not None and s.score < 0
    # A landscape page without a number is not the page 2 that "Page 1 of 2" waits for.
    landscape = page(4, size=(792, 612))
    assert b.signal_numbering(ctx(landscape, page(3, bottom="Page 1 of 2"))) is None
    s = b.signal_numbering(ctx(page(4, bottom="Page 1 of 1"), page(3)))
    assert s is not None and s.score > 0
    assert b.signal_numbering(ctx(page(2), page(1))) is None
    # A policy schedule whose head carries the claim letter's number, or a copy, numbers
    # its own pages: "Page 1 of 4" there says nothing.
    letter = page(1, "Insurer\n1\n2\n3\nYour policy UCZ/44151/SF is renewed.\n" + LOREM_A)
    schedule = page(2, "Policy schedule UCZ/44151/SF\n" + LOREM_B, bottom="Page 1 of 4")
    s = b.signal_numbering(ctx(schedule, letter))
    assert s is not None and s.score == 0.0 and "enclosure" in s.reason
    copy = page(2, "Last will\n" + LOREM_B + "\nCOPY", bottom="Page 1 of 2")
    s = b.signal_numbering(ctx(copy, page(1)))
    assert s is not None and s.score == 0.0


def test_first_page_signal() -> None:
    letter = page(
        2,
        "ACME Ltd\n1 Elm Street\n\nMarch 3, 2024\n\nSubject: your contract\n\nDear Anna,\n"
        + LOREM_B,
        large="ACME Ltd",
        font=(18.0, 10.0),
    )
    s = b.signal_first_page(ctx(letter, page(1)))
    assert s is not None and s.score > 3
    for word in ("salutation", "subject line", "date 2024-03-03", "new letterhead"):
        assert word in s.reason
    # A payment reminder is titled like any other document kind.
    for title in ("Mahnung", "Reminder - payment overdue", "Zahlungserinnerung"):
        s = b.signal_first_page(ctx(page(2, f"Finanzamt\n{title}\n" + LOREM_B), page(1)))
        assert s is not None and f"title '{title.split()[0].lower()}'" in s.reason
    cont = page(3, "Invoice 1234 (continued)\n" + LOREM_B)
    s = b.signal_first_page(ctx(cont, page(2, "Invoice 1234\n" + LOREM_B)))
    assert s is not None and s.score < 0 and "continued" in s.reason
    s = b.signal_first_page(ctx(page(2, "INVOICE\n" + LOREM_A), page(1)))
    assert s is not None and "title 'invoice'" in s.reason
    cover = page(3, "Harbour Master Trust\nWelcome to your workplace pension", font=(24, 24))
    s = b.signal_first_page(ctx(cover, page(2, LOREM_B)))
    assert s is not None and "a cover page" in s.reason and s.score == 0.8 + b.COVER_START
    spill = page(3, "Yours faithfully,\n\nDesmond Mayhew\nDesmond Mayhew", large="Desmond Mayhew")
    s = b.signal_first_page(ctx(spill, page(2, LOREM_B)))
    assert s is not None and s.score < 0 and "begins with a closing formula" in s.reason


def test_last_page_signal() -> None:
    letter = page(2, "INVOICE\n3 March 2024\n" + LOREM_B)
    prev = page(1, LOREM_A + "\nYours sincerely,\n\nJohn Carter\nSignature")
    s = b.signal_last_page(ctx(letter, prev))
    assert s is not None and s.score > 1 and "closing formula" in s.reason
    prev = page(1, LOREM_A + "\nTotal due 1,234.00")
    s = b.signal_last_page(ctx(letter, prev))
    assert s is not None and "totals" in s.reason
    assert b.signal_last_page(ctx(letter, page(1))) is None
    # After the signature, a page where nothing begins (no title, date, salutation,
    # letterhead) is as often the letter's unannounced leaflet as the next document.
    s = b.signal_last_page(ctx(page(2, "Paying on time\n" + LOREM_B), prev))
    assert s is not None and s.score == 0.0 and "nothing begins here" in s.reason


def test_a_page_on_a_one_page_letters_words_after_it_is_its_enclosure() -> None:
    # The letter greets and closes on one page; the next page goes on with its words (the
    # application form it asks to be returned): the closing formula ends the letter only.
    letter = page(
        1,
        "Dear Mrs Hale,\nPlease return the credit account application form with the trade "
        "references and the bank details.\n" + LOREM_A + "\nYours sincerely,\nJohn Carter",
    )
    form = page(
        2,
        "Application for a Credit Account\n15 March 2025\nPlease return the credit account "
        "application form with the trade references and the bank details.\n" + LOREM_A,
    )
    c = ctx(form, letter)
    sim = b.signal_similarity(c)
    assert sim is not None and sim.score < 0
    s = b.signal_last_page(c)
    assert s is not None and s.score == 0 and "goes on with its words" in s.reason
    # After a letter that did not greet on this page (its last page), the closing counts.
    tail = page(1, LOREM_A + "\nYours sincerely,\nJohn Carter")
    s = b.signal_last_page(ctx(form, tail))
    assert s is not None and s.score > 1


def test_an_enclosure_line_keeps_the_enclosure_with_its_letter() -> None:
    letter = page(
        1,
        "Calloway Civil Engineering Ltd\nDear Ms Garnier,\n"
        + LOREM_A
        + "\nYours faithfully,\nEnclosed: Price schedule\nA. Garnier\nEstimating Director",
    )
    schedule = page(
        2,
        "Rates and Prices 2025\nRef Item Unit Qty Rate Total\n" + LOREM_B,
        top="Rates and Prices 2025",
        bottom="Page 1 of 1",
    )
    assert b.page_cues(letter).enclosure == "Price schedule"
    s = b.signal_enclosure(ctx(schedule, letter))
    assert s is not None and s.score == -b.ENCLOSURE_WEIGHT and "Price schedule" in s.reason
    # The closing formula ends the letter, not the document.
    last = b.signal_last_page(ctx(schedule, letter))
    assert last is None or "closing formula" not in last.reason
    assert starts([letter, schedule]) == [1]
    # Without the enclosure line the schedule, numbered on its own, is a document of its own.
    plain = attrs.evolve(letter, text=letter.text.replace("Enclosed: Price schedule\n", ""))
    assert b.page_cues(plain).enclosure is None
    assert starts([plain, schedule]) == [1, 2]
    # The French "PJ :" without its dots.
    french = page(1, "Madame, Monsieur,\n" + LOREM_A + "\nE. Marchand\nPJ : CV, diplomes\nRH")
    assert b.page_cues(french).enclosure == "CV, diplomes"
    assert b.page_cues(page(1, LOREM_A + "\nPJ Harvey tickets")).enclosure is None


@pytest.mark.parametrize(
    ("sentence", "announced"),
    [
        ("We enclose the estate account for your approval.", "we enclose"),
        ("Please find enclosed your P45.", "please find enclosed"),
        ("| enclose the draft contract for your review.", "| enclose"),
        ("Vous trouverez ci-joint le devis.", "ci-joint"),
        ("Please read the enclosed guide on how to use your badge.", "the enclosed"),
        ("Bitte pruefen Sie die beiliegende Abrechnung.", "beiliegende"),
        ("Die Planungszeichnungen liegen bei.", "liegen bei"),
        ("Die Einzelabrechnung der Messdienstfirma liegt Ihnen bei.", "liegt ihnen bei"),
        ("Anbei erhalten Sie Ihren Parkausweis.", None),
        ("The meter was enclosed in a cabinet.", None),
        # A noun and the word at the end of the sentence: what follows is what it names.
        ("Zahlbar bis zum 20. des Folgemonats. Lieferscheine anbei.", "lieferscheine anbei."),
        ("Terms: 30 days. Delivery tickets enclosed.", "tickets enclosed."),
        ("Copies of the receipts are attached.", "receipts are attached."),
    ],
)
def test_an_enclosure_announced_in_a_sentence(sentence: str, announced: str | None) -> None:
    letter = page(
        1, "Dear Ms Garnier,\n" + LOREM_A + "\n" + sentence + "\nYours sincerely,\nA. Lee"
    )
    assert b.page_cues(letter).enclosure == announced


def test_complete_numbering_says_nothing_before_an_attachment() -> None:
    letter = page(1, LOREM_A, bottom="Page 1 of 1")
    terms = page(2, "Terms and conditions\n" + LOREM_B)
    s = b.signal_numbering(ctx(terms, letter))
    assert s is not None and s.score == 0.0
    s = b.signal_numbering(ctx(page(2, LOREM_B), letter))
    assert s is not None and s.score == 2.5
    assert starts([letter, terms]) == [1]


def test_a_later_section_at_the_top_continues_a_form() -> None:
    assert b.page_cues(page(2, "Section 2 - New keeper details\nName\n")).continued
    assert b.page_cues(page(2, "Teil 3: Angaben zum Fahrzeug\n")).continued
    # A form's first page lists its sections: that is no continuation.
    first = "Application to renew a driving licence\nSection 1 - Your details\nSection 2 - Licence"
    assert not b.page_cues(page(1, first)).continued
    assert not b.page_cues(page(1, "Section 1 - Your details\n")).continued


def test_suite_is_continued_only_when_it_does_not_mean_following() -> None:
    assert b.page_cues(page(2, "Releve de compte (suite)\n" + LOREM_A)).continued
    assert b.page_cues(page(2, "Suite de la page 1\n" + LOREM_A)).continued
    # "Suite à votre demande": following your request, the opening of a letter.
    letter = "Madame, Monsieur,\nObjet : Suite a votre demande du 2 avril\n" + LOREM_A
    assert not b.page_cues(page(2, letter)).continued
    assert not b.page_cues(page(2, "Suite à votre appel, voici le devis\n")).continued


def test_an_enclosure_announced_early_in_a_letter() -> None:
    # The sentence opens the letter, far above its foot: it still announces the certificate.
    letter = page(
        1,
        "Clearview Windows\nUnit 11\nCarlisle\nOur ref: G-9678/17\nDear Mr Achterberg,\n"
        "We are pleased to enclose your 10 year guarantee certificate.\n"
        + "\n".join([LOREM_A] * 10)
        + "\nYours sincerely,\nD. Achterberg",
    )
    assert b.page_cues(letter).enclosure == "to enclose"
    # A short "... attached." counts only at the foot: in a form it is fixed to something.
    form = page(
        1,
        "Gas safety record\nA\nB\nC\nD\nGas fire - ventilation inadequate, label attached.\n"
        + "\n".join([LOREM_A] * 10),
    )
    assert b.page_cues(form).enclosure is None


@pytest.mark.parametrize(
    "title",
    [
        "FORM OF PROXY",
        "Reply slip",
        "Acceptance of offer",
        "ACCEPTANCE OF PLACE",
        "Bon pour accord",
        "Zahlschein",
        "Site plan",
        "Hall 7 Floor plan",
        "Halle 4 Hallenplan",
        "Plan du hall",
        "Teilnahmebedingungen",
        "Allgemeine Verkaufs- und Lieferbedingungen",
        "Bedingungen fuer den Sparverkehr",
        "BANK GIRO CREDIT",
        "Jana Ostrowski\nLebenslauf",
        "Imran Qureshi\nCurriculum Vitae",
        "KIT LIST",
        "PACKLISTE",
        "Party wall award - 72 Kingston Lane\nSCHEDULE OF CONDITION",
        "Annex 2 - Technical and organisational measures",
        "Anlage 1 - Beschreibung der Verarbeitung",
        "Notes",
        "Wichtige Hinweise",
        "POUVOIR",
        "FORMULAIRE DE VOTE PAR CORRESPONDANCE",
        "VOLLMACHT zur Eigentuemerversammlung",
        "Postal vote form",
        "Photographs - Flat 14",
        "Planche photographique - MM/12106/79",
        "Fotodokumentation - NX/41071/57",
        "Photo 1: Kitchen - water damage to the ceiling",
        "STANDARD TRADING CONDITIONS",
        "ALLGEMEINE DEUTSCHE SPEDITEURBEDINGUNGEN 2017 (ADSp 2017) - AUSZUG",
        "DELIVERY INSTRUCTIONS - please complete and return",
        "AUSLIEFERUNGSAUFTRAG - bitte ausgefuellt zurueck",
        "Halden Karosserie- und Lackzentrum - Fotos E42038 / BN-NB 5170",
        "Registered keeper and notes",
    ],
)
def test_an_attachment_goes_with_the_letter_before_it(title: str) -> None:
    notice = page(1, "Notice of Annual General Meeting\n" + LOREM_A)
    form = page(2, f"{title}\nI/We, being a member of the Company, appoint\n" + LOREM_B)
    s = b.signal_attachment(ctx(form, notice))
    assert s is not None and s.score == -b.ATTACHMENT_WEIGHT
    assert title.splitlines()[-1].split()[0] in s.reason
    # The same title on the page before: one form after another, not its second page.
    assert b.signal_attachment(ctx(form, attrs.evolve(form, number=1))) is None
    # Minutes are a document of their own.
    minutes = page(2, "Notes of meeting\n" + LOREM_B)
    assert b.signal_attachment(ctx(minutes, notice)) is None
    # "Schedule E" is a tax form of its own.
    sched_e = page(2, "SCHEDULE E Supplemental Income and Loss\n" + LOREM_B)
    assert b.signal_attachment(ctx(sched_e, notice)) is None
    # An exporter's packing list is a document of its own.
    packing = page(2, "Packing List\nPacking list no. PL66554\n" + LOREM_B)
    assert b.signal_attachment(ctx(packing, notice)) is None
    # A field of an invoice's head is no title.
    head = page(2, "Rechnung 4411\nZahlungsbedingungen: 14 Tage netto\n" + LOREM_B)
    assert b.signal_attachment(ctx(head, notice)) is None
    # The same words inside running text are no form title.
    assert b.signal_attachment(ctx(page(2, LOREM_B + "\nReturn the reply slip."), notice)) is None


@pytest.mark.parametrize("mark", ["COPY", "Abschrift", "Copie", "Certified true copy", "KOPIE"])
def test_a_page_marked_as_a_copy_is_an_enclosure(mark: str) -> None:
    letter = page(1, "Dear Sir or Madam,\n" + LOREM_A + "\nYours faithfully,\nChloe Hartley")
    diploma = page(
        2,
        f"Stockport College\nBTEC Level 3 Extended Diploma\nawarded to\nChloe Hartley\n{mark}",
        font=(20.0, 10.0),
        large="Stockport College",
    )
    s = b.signal_copy(ctx(diploma, letter))
    assert s is not None and s.score == -b.COPY_MARK
    # The sender's next notice, its head filled in anew, whose payment slip says "Kopie", is
    # no enclosed copy.
    head = "Finanzamt Freiburg-Stadt\nSautierstrasse 24\n79104 Freiburg\nMiriam Hoffmann\n"
    first = page(1, head + "Datum: 12.03.2024\nMahnung\n" + LOREM_A + "\nZahlschein\nKopie")
    second = page(2, head + "Datum: 27.04.2024\nMahnung\n" + LOREM_A + "\nZahlschein\nKopie")
    assert b.signal_template(ctx(second, first)) is not None
    s = b.signal_copy(ctx(second, first))
    assert s is not None and s.score == 0.0 and "filled in anew" in s.reason
    # The copy of an invoice keeps its own number: that is no new reference.
    invoice = page(1, "Invoice no. 27016\n" + LOREM_A)
    copied = page(2, "COMMERCIAL INVOICE\nInvoice no. 46460\n" + LOREM_B + f"\n{mark}")
    assert b.signal_references(ctx(copied, invoice)) is None
    # The word in a sentence or a title is no mark: "Official copy of register of title".
    for text in ("Official copy of register of title\n" + LOREM_A, LOREM_A + "\nkeep a copy."):
        assert b.signal_copy(ctx(page(2, text), letter)) is None


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
    cur = ctx(receipt, claim, open_bodies=((1, b.page_body(claim)),))
    s = b.signal_listed(cur)
    assert s is not None and s.score == -b.LISTED_RECEIPT and "2022-10-16" in s.reason
    assert starts([claim, receipt]) == [1]
    # A receipt dated on a day the claim does not list, or a letter, is no such receipt.
    other = attrs.evolve(receipt, text=receipt.text.replace("16/10/2022", "19/10/2022"))
    assert b.signal_listed(ctx(other, claim)) is None
    letter = page(2, "16/10/2022\nDear Ms Lefevre,\n" + LOREM_B + "\nTotal 12,67")
    assert b.signal_listed(ctx(letter, claim)) is None
    assert b.signal_listed(ctx(receipt, page(1))) is None


def test_a_page_that_refers_to_its_back_keeps_the_back() -> None:
    guarantee = page(1, "GUARANTEE\n" + LOREM_A + "\nsubject to the terms overleaf.\nSigned")
    terms = page(2, "Terms of this guarantee\n" + LOREM_B)
    s = b.signal_overleaf(ctx(terms, guarantee))
    assert s is not None and s.score == -b.OVERLEAF_WEIGHT
    assert b.signal_overleaf(ctx(terms, page(1))) is None


def test_references_signal() -> None:
    a = page(1, "Invoice No: INV10001\n" + LOREM_A)
    same = page(2, "Invoice No: INV10001 (continued)\n" + LOREM_A)
    other = page(2, "Invoice No: INV20002\n" + LOREM_A)
    s = b.signal_references(ctx(other, a))
    assert s is not None and s.score > 2 and "INV20002" in s.reason
    s = b.signal_references(ctx(same, a))
    # The same invoice number again outweighs a new-looking page (an itemised list, a form).
    assert s is not None and s.score == -b.SAME_REF and b.SAME_REF > b.HEADER_WEIGHT * 2
    assert b.signal_references(ctx(page(2), page(1))) is None
    # The sender's next letter about the same account opens with a salutation: the number
    # then says little, and with a date of its own nothing: salutation and date start it.
    letter = page(2, "Account No: 30826228\n12 March 2025\nDear Mr Hale,\n" + LOREM_B)
    s = b.signal_references(ctx(letter, page(1, "Account No: 30826228\n" + LOREM_A)))
    assert s is not None and s.score == 0 and "a letter opens here" in s.reason
    assert starts([page(1, "Account No: 30826228\n" + LOREM_A), letter]) == [1, 2]
    undated = page(2, "Account No: 30826228\nDear Mr Hale,\n" + LOREM_B)
    s = b.signal_references(ctx(undated, page(1, "Account No: 30826228\n" + LOREM_A)))
    assert s is not None and s.score == -b.SAME_REF_LETTER
    # So does the account's next statement whose page numbers start again.
    last = page(1, "Account No: 65239627\n" + LOREM_A, bottom="Page 2 of 2")
    again = page(2, "Account No: 65239627\n" + LOREM_B, bottom="Page 1 of 3")
    s = b.signal_references(ctx(again, last))
    assert s is not None and s.score == -b.SAME_REF_LETTER
    # Certificates, bookings, quotes, memberships ... carry reference numbers too.
    cert_a = page(1, "Certificate of Motor Insurance\nCertificate number RSU/4672490\n" + LOREM_A)
    cert_b = page(2, "Certificate of Motor Insurance\nCertificate number HGI/6849671\n" + LOREM_A)
    s = b.signal_references(ctx(cert_b, cert_a))
    assert s is not None and s.score > 2 and "certificate no. HGI/6849671" in s.reason


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
    assert b.page_cues(page(1, line)).refs == {k: v.upper() for k, v in refs.items()}


def test_a_number_the_other_page_also_carries_is_no_change() -> None:
    first = page(1, "Kenji Morimoto\nAccount number 86474313\nSort code 42-47-44\n" + LOREM_A)
    second = page(2, "Kenji Morimoto · Account 42-47-44 86474313 Statement 20\n" + LOREM_A)
    assert b.page_cues(second).refs["account"] == "42-47-44"
    s = b.signal_references(ctx(second, first))
    assert s is not None and s.score < 0
    other = page(2, "Harriet Coles · Account 23-88-56 79779290 Statement 48\n" + LOREM_A)
    s = b.signal_references(ctx(other, first))
    assert s is not None and s.score > 2


def test_references_are_compared_with_the_document_so_far() -> None:
    """A quote's last page carries no number; the next quote's number is compared with the
    one on the first page of the open document."""
    quote = page(1, "Brightwell Electrical\nEstimate no. EST-5018\n" + LOREM_A)
    terms = page(2, LOREM_A + "\nTo accept this estimate please sign and return.")
    again = page(3, "Brightwell Electrical\nQuotation no. Q-1441\n" + LOREM_A)
    s = b.signal_references(ctx(again, terms, open_refs=b.page_cues(quote).refs))
    assert s is not None and s.score > 2 and "earlier in the document" in s.reason
    same = page(3, "Brightwell Electrical\nEstimate no. EST-5018\n" + LOREM_A)
    s = b.signal_references(ctx(same, terms, open_refs=b.page_cues(quote).refs))
    assert s is not None and s.score == -b.SAME_REF
    assert b.signal_references(ctx(again, terms)) is None
    # Through the detector: the numbers of the open document are carried along.
    assert starts([quote, terms, again]) == [1, 3]


def test_a_labelled_number_in_the_footer_is_the_sender_s_not_the_document_s() -> None:
    footer = "Registered in England No. 8043620"
    a = page(1, "Dear Mr Herrera,\n" + LOREM_A + "\n" + footer, bottom=footer)
    assert b.page_cues(a).refs == {}
    # Above the footer the same kind of label counts: a participant number, a tax number.
    one = page(1, "Teilnehmernummer 4931\n" + LOREM_A)
    two = page(2, "Teilnehmernummer 3172\n" + LOREM_A)
    s = b.signal_references(ctx(two, one))
    assert s is not None and s.score > 2 and "teilnehmer no. 3172" in s.reason


def test_similarity_signal() -> None:
    s = b.signal_similarity(ctx(page(2, LOREM_B), page(1, LOREM_A)))
    assert s is not None and s.score > 0.5 and "similarity to page 1 0.0" in s.reason
    s = b.signal_similarity(ctx(page(2, LOREM_A), page(1, LOREM_A)))
    # High similarity counts less than low: a second document of one template looks alike too.
    assert s is not None and s.score == -b.SIMILARITY_CAP_SAME
    new = b.signal_similarity(ctx(page(2, LOREM_B), page(1, LOREM_A)))
    assert new is not None and new.score > b.SIMILARITY_CAP_SAME
    # Short pages say little: the score shrinks.
    short = b.signal_similarity(
        ctx(page(2, "patient clinic therapy results laboratory x " * 2), page(1))
    )
    assert short is not None and abs(short.score) < 1.0
    assert b.signal_similarity(ctx(page(2, "x"), page(1))) is None


def test_cover_signal() -> None:
    cover = page(1, "Annual Report 2024\nACME Ltd", large="Annual Report 2024", font=(24, 11))
    s = b.signal_cover(ctx(page(2), cover))
    assert s is not None and s.score < 0
    assert b.signal_cover(ctx(page(2), page(1))) is None
    # A short page in large type that continued a document is its last page, not a cover.
    assert b.signal_cover(attrs.evolve(ctx(page(2), cover), prev_starts=False)) is None
    # Numbering that starts after an unnumbered cover page is expected there: no evidence.
    numbered = page(2, bottom="Page 1 of 12")
    s = b.signal_numbering(ctx(numbered, cover))
    assert s is not None and s.score == 0.0 and "after an unnumbered cover page" in s.reason
    s = b.signal_numbering(ctx(numbered, page(1)))
    assert s is not None and s.score == 3.0


def test_header_footer_signal() -> None:
    s = b.signal_header_footer(
        ctx(page(2, top="ACME Ltd quarterly report 2"), page(1, top="ACME Ltd quarterly report 1"))
    )
    assert s is not None and s.score < 0 and "same header" in s.reason
    # "Stays the same" counts half: one sender prints its header on every document.
    assert s.score == -b.HEADER_WEIGHT * b.HEADER_SAME_FACTOR
    s = b.signal_header_footer(ctx(page(2, top="Bluewater Energy"), page(1, top="ACME Ltd report")))
    assert s is not None and s.score == b.HEADER_WEIGHT and "new header" in s.reason
    both = b.signal_header_footer(
        ctx(
            page(2, top="ACME Ltd", bottom="ACME Ltd, 1 Quay St"),
            page(1, top="ACME Ltd", bottom="ACME Ltd, 1 Quay St"),
        )
    )
    assert both is not None and both.score == -b.HEADER_WEIGHT


def test_same_header_says_nothing_when_the_reference_number_changes() -> None:
    a = page(1, "Invoice No: 33118\n" + LOREM_A, top="Vet Practice Meadow Lane")
    other = page(2, "Invoice No: 42984\n" + LOREM_A, top="Vet Practice Meadow Lane")
    s = b.signal_header_footer(ctx(other, a))
    assert s is not None and s.score == 0 and "same template" in s.reason
    same = page(2, "Invoice No: 33118\n" + LOREM_A, top="Vet Practice Meadow Lane")
    s = b.signal_header_footer(ctx(same, a))
    assert s is not None and s.score < 0


def test_same_header_says_nothing_when_a_page_ended_and_the_next_begins() -> None:
    ended = page(1, LOREM_A + "\nYours sincerely,\nMaria Lopez", top="Riverside Club")
    begins = page(2, "Dear Mr Carter,\n" + LOREM_A, top="Riverside Club")
    s = b.signal_header_footer(ctx(begins, ended))
    assert s is not None and s.score == 0 and "but page 1 ended" in s.reason
    # Without the closing formula the same header still counts against a new document.
    middle = page(1, LOREM_A, top="Riverside Club")
    s = b.signal_header_footer(ctx(begins, middle))
    assert s is not None and s.score < 0


def test_a_dated_letter_after_a_page_of_the_same_sender_is_its_next_letter() -> None:
    # A direct debit confirmation, then the same supplier's welcome letter of another date:
    # the shared letterhead, address and account words say "same sender", not "same document".
    form = page(
        1,
        "Kinetic Home Energy\nDirect Debit confirmation\nAccount holder Daniel Okafor\n"
        "First collection 07/11/2024\n" + LOREM_A,
        top="Kinetic Home Energy",
    )
    letter = page(
        2,
        "Kinetic Home Energy\nDaniel Okafor\n57 Priory Walk\nDate 26/11/2023\n"
        "Dear Daniel Okafor,\n" + LOREM_A,
        top="Kinetic Home Energy",
    )
    c = ctx(letter, form)
    assert b._opens_letter(c)
    s = b.signal_header_footer(c)
    assert s is not None and s.score == 0 and "a letter opens here" in s.reason
    sim = b.signal_similarity(c)
    assert sim is not None and sim.score == 0 and "a letter opens here" in sim.reason
    # A greeting without a date of its own is no proof of a new letter.
    undated = page(2, "Dear Daniel Okafor,\n" + LOREM_A, top="Kinetic Home Energy")
    assert not b._opens_letter(ctx(undated, form))


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
    assert b.find_fields([line]) == fields


def payslip(number: int, name: str, period: str = "03/2024") -> PageFeatures:
    text = (
        "Pay Advice\nNorthwind Traders Ltd\n"
        f"Employee name: {name}\nPeriod: {period}\n"
        "Base pay 2,000.00\nTax withheld 300.00\nNet amount 1,700.00"
    )
    return page(
        number, text, top="Pay Advice", large="Pay Advice", font=(14.0, 10.0), bottom="Net amount"
    )


def test_identity_signal() -> None:
    s = b.signal_identity(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score > 0 and "employee name" in s.reason
    # Same person, another month: still another payslip.
    s = b.signal_identity(ctx(payslip(2, "Anna Schmidt", "04/2024"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score > 0 and "period" in s.reason
    s = b.signal_identity(ctx(payslip(2, "Anna Schmidt"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score < 0 and "same" in s.reason
    # A value that continues ("X (continued)") is the same value.
    cont = page(2, "Customer: John Carter (continued)\n" + LOREM_A)
    s = b.signal_identity(ctx(cont, page(1, "Customer: John Carter\n" + LOREM_A)))
    assert s is not None and s.score < 0
    assert b.signal_identity(ctx(page(2), page(1))) is None


def test_repeat_title_signal() -> None:
    s = b.signal_repeat_title(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score > 0 and "same title 'pay advice'" in s.reason
    # Previous page complete (totals, signature): a little more.
    receipt = page(1, "Receipt\nAmount due 12.00", large="Receipt", font=(14.0, 10.0))
    s2 = b.signal_repeat_title(ctx(payslip(2, "John Carter"), receipt))
    assert s2 is None  # another title
    done = page(1, payslip(1, "x").text + "\nTotal due 1,700.00", large="Pay Advice", font=(14, 10))
    s3 = b.signal_repeat_title(ctx(payslip(2, "John Carter"), done))
    assert s3 is not None and s3.score > s.score and "complete" in s3.reason
    # A running header set small, a title without a title word, a page saying it continues,
    # or a page number past the first: no repeat.
    small = page(2, "Annual Report\n" + LOREM_A, top="Annual Report")
    assert b.signal_repeat_title(ctx(small, small)) is None
    section = page(2, "Section B\n" + LOREM_A, large="Section B", font=(14.0, 10.0))
    assert b.signal_repeat_title(ctx(section, section)) is None
    cont = page(2, "Pay Advice (continued)\n" + LOREM_A, large="Pay Advice", font=(14.0, 10.0))
    assert b.signal_repeat_title(ctx(cont, payslip(1, "Anna Schmidt"))) is None
    numbered = page(
        2, "Pay Advice\n" + LOREM_A, large="Pay Advice", font=(14.0, 10.0), bottom="Page 2 of 2"
    )
    assert b.signal_repeat_title(ctx(numbered, payslip(1, "Anna Schmidt"))) is None


def test_the_same_form_again_makes_high_similarity_say_nothing() -> None:
    done = page(1, payslip(1, "x").text + "\nTotal due 1,700.00", large="Pay Advice", font=(14, 10))
    again = payslip(2, "John Carter")
    s = b.signal_similarity(ctx(again, done))
    assert s is not None and s.score == 0 and "same form again" in s.reason
    # The same person's form for the same period again: similarity counts as usual.
    same_person = b.signal_similarity(ctx(payslip(2, "Anna Schmidt"), payslip(1, "Anna Schmidt")))
    assert same_person is not None and same_person.score < 0


def test_same_template_with_new_values_keeps_header_neutral_and_is_no_cover() -> None:
    s = b.signal_header_footer(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score == 0 and "same template" in s.reason
    s = b.signal_header_footer(ctx(payslip(2, "Anna Schmidt"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score < 0
    # A short one-page form with a large title is not a cover page for the next one.
    assert b.signal_cover(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt"))) is None


def test_consecutive_one_page_documents_of_one_template_are_split() -> None:
    pages = [
        payslip(1, "Anna Schmidt"),
        payslip(2, "John Carter"),
        payslip(3, "Maria Lopez"),
        payslip(4, "Maria Lopez", "04/2024"),
    ]
    assert starts(pages) == [1, 2, 3, 4]
    # The same pages without the identity fields and title stay as they were decided before.
    assert b.signal_identity(ctx(page(2), page(1))) is None


def fee_reminder(number: int, name: str, account: str, day: str, body: str) -> PageFeatures:
    head = (
        "Broadcasting Fee Service\nBrunnenweg 12\n99084 Erfurt\nTel. 0345 77 340-46\n"
        f"{name}\nLerchenfeld 43\nAccount number {account}\nDate {day}\n"
    )
    return page(number, head + body)


def test_template_refill_counts_shared_lines_and_changed_values() -> None:
    one = b.page_cues(fee_reminder(1, "Ewan Strachan", "046 736 946", "16.06.2025", LOREM_A))
    two = b.page_cues(fee_reminder(2, "Lucie Fontaine", "723 908 147", "12.11.2025", LOREM_B))
    fixed, changed = b.template_refill(one.head_lines, two.head_lines)
    assert fixed == 5 and changed == ("account number", "date")
    # The same page again: everything shared, nothing changed.
    assert b.template_refill(one.head_lines, one.head_lines)[1] == ()
    # A step of a sequence, a page number and an OCR misreading are no new values.
    assert b.template_refill(("step 2 residents",), ("step 3 other information",))[1] == ()
    # Captions numbered on: two photos to a sheet.
    assert b.template_refill(("photo 1 gouttiere",), ("photo 3 infiltration",))[1] == ()
    # A series letter belongs to the number ("No W 2237003" then "No F 1291034") ...
    assert b.template_refill(("no w 2237003",), ("no f 1291034",))[1] == ("no",)
    # ... and a new first number is a new value, though the rest of the line stays: the next
    # house waybill under the same master waybill.
    hawb = ("hawb lfx 9494045 mawb 313 7626 7568",)
    assert b.template_refill(hawb, ("hawb lfx 6656197 mawb 313 7626 7568",))[1] == ("hawb lfx",)
    assert b.template_refill(("page 1 of 2",), ("page 2 of 2",))[1] == ()
    assert b.template_refill(("account 12345678",), ("account 12345578",))[1] == ()
    # A word both values start with is the rest of a longer label: "wtn 283627" and "wtn
    # 710186" are two numbers, but a line read whole once and cut once is no new value.
    assert b._new_value("wtn 283627", "wtn 710186")
    assert not b._new_value("kettle cafe", "kettle cafe daily cash up")
    # A date on a line of its own under a label of several words, both pages alike: a refill.
    note_a = (
        "loxam lyon gerland",
        "52 avenue tony garnier 69007 lyon",
        "tel 04 72 76 90 90",
        "contrat",
        "fin de location",
        "09 04 2024",
        "chantier",
        "demande par",
    )
    note_b = (*note_a[:5], "13 09 2025", *note_a[6:])
    assert b.template_refill(note_a, note_b)[1] == ("fin de location",)
    # A mileage log's rows start with their date: a kilometre reading before a town is no
    # postcode of a new addressee.
    log_a = ("carnet de bord feuillet 9", "immatriculation dr 879 el", "06 07 96425 96602 lyon")
    log_b = (
        "carnet de bord feuillet 10",
        "immatriculation dr 879 el",
        "10 07 96762 96842 mulhouse",
    )
    assert "address" not in b.template_refill(log_a, log_b)[1]
    # A register number is no postcode: a bill's detail page repeats the letterhead, and its
    # footer lines up with the first page's supply address.
    bill = ("stadtenergie koeln gmbh", "parkguertel 24 50823 koeln", "verbrauchsstelle 50678 koeln")
    detail = ("stadtenergie koeln gmbh", "parkguertel 24 50823 koeln", "amtsgericht hrb 33201 ust")
    assert "address" not in b.template_refill(bill, detail)[1]
    addr_a = ("finanzamt freiburg", "kastanienweg 51", "79098 freiburg", "datum 12 03 2024")
    addr_b = ("finanzamt freiburg", "kastanienweg 51", "28195 bremen", "datum 12 03 2024")
    assert "address" in b.template_refill(addr_a, addr_b)[1]
    # A date is compared as a date: next month's notice is new, one character or not.
    head = ("cabinet girardot gestion", "67 rue duguesclin 69006 lyon", "reference loc 32959")
    march = (*head, "date 22 02 2025", "avis d echeance mars 2025")
    january = (*head, "date 22 12 2025", "avis d echeance janvier 2026")
    assert b.template_refill(march, january) == (3, ("date", "avis d"))
    assert b.template_refill(march, march)[1] == ()
    # A one-word label on a line of its own above its value.
    sheet = ("kurierdienst mainblitz", "gutleutstrasse 120 60327 frankfurt", "zustellnachweis")
    day1 = (*sheet, "datum", "20 august 2024", "fahrer", "aurelie cadiou")
    day2 = (*sheet, "datum", "9 august 2025", "fahrer", "rebecca trevorrow")
    assert b.template_refill(day1, day2) == (4, ("datum", "fahrer"))
    # A month in a title is a value: the label stops before it.
    oct_ = ("milchgeldabrechnung oktober 2023", "lieferanten nr 70769", "erzeuger hof janssen")
    dec_ = ("milchgeldabrechnung dezember 2024", "lieferanten nr 70769", "erzeuger hof janssen")
    assert b.template_refill(oct_, dec_) == (2, ("milchgeldabrechnung",))
    # A one-word label and a name after it on the same line.
    cert = ("cabinet medical du parc", "122 boulevard carnot", "certificat de vaccination")
    one_name = (*cert, "nom eleanor brightwell")
    assert b.template_refill(one_name, (*cert, "nom benedikt strohmaier")) == (3, ("nom",))
    assert b.template_refill(one_name, one_name)[1] == ()
    # A head that says it is page 3 of 5 is a later page, whatever else changed.
    inv = ("pieces auto du libournais", "33910 saint denis de pile", "tel 05 57 74 66 30")
    p2 = (*inv, "cture fr94722620119", "411ayme commercial divers page n 2 5")
    p3 = (*inv, "cture 23000088 31 12 2012", "411ayme commercial divers page n 3 5")
    assert b.template_refill(p2, p3)[1] == ()
    # A postcode whose town the previous head names is no new addressee: OCR shifted the
    # head's lines and lost that postcode on the previous page.
    a_head = ("ayme et fils", "216 av du pont", "33910 saint denis de pile", "mail a carpentras")
    b_head = ("ayme et fils", "216 av du pont", "84204 carpentras cedex", "mail x")
    assert "address" not in b.template_refill(a_head, b_head)[1]
    elsewhere = (*a_head[:3], "mail x")
    assert b.template_refill(elsewhere, b_head)[1] == ("address",)
    # A bare number one up in the head counts pages: nothing changed, whatever else did.
    counted = ("geobase 18", "created 2004 04 13", "author michelle poirier")
    first = ("geobase 17", "created 2004 04 06", "author nrn nhn team")
    assert b.template_refill(first, counted)[1] == ()
    # Another postcode in the addressee block is another addressee; the same postcode with a
    # garbled street beside it is not.
    card = ("beacon dental practice", "109 ropewalk ashbury ab3 7qt")
    one_card = (*card, "sabine kuehnel", "82 tallow street", "fallowfield fg9 1hn")
    other_card = (*card, "desmond mayhew", "86 tallow street", "wexcombe wx2 5ld")
    assert b.template_refill(one_card, other_card) == (2, ("address",))
    cards = [page(n, "\n".join(lines)) for n, lines in ((1, one_card), (2, other_card))]
    s = b.signal_template(ctx(cards[1], cards[0]))
    assert s is not None and "address" in s.reason
    garbled = (*card, "sabine kuehnel", "82 tallow street", "fallowfield fg9 1hn xx")
    assert b.template_refill(one_card, garbled)[1] == ()


def test_template_on_scans_compares_words_not_lines() -> None:
    # Two daily cash-up sheets of one cafe, scanned: OCR joined the title lines on one page and
    # not on the other, so no head line is shared whole.
    first = page(
        1,
        "The Copper Kettle Cafe\nDAILY CASH UP\nDate: 9 March 2025 Till: 2\nCounted by: Sunita\n"
        "Denomination Count\nZ reading total 1,902.28\nCard machine total 1,443.98\n",
        ocr_used=True,
    )
    second = page(
        2,
        "The Copper Kettle Cafe DAILY CASH UP\nDate: 26 September 2024 Til: 2 Counted by: Alastair"
        "\nDenomination Count Value\nZ reading total 1,966.80\nCard machine total 1,280.72\n",
        ocr_used=True,
    )
    a, c = b.page_cues(first), b.page_cues(second)
    assert b.template_refill(a.head_lines, c.head_lines)[1] == ()
    assert b.template_refill_words(a.head_lines, c.head_lines) == (3, ("date",))
    s = b.signal_template(ctx(second, first))
    assert s is not None and "new date" in s.reason
    # Born-digital pages keep the line comparison.
    digital = ctx(attrs.evolve(second, ocr_used=False), attrs.evolve(first, ocr_used=False))
    assert b.signal_template(digital) is None
    # A table's rows start with their dates and run on from page to page: no new value.
    log_a = ("mileage log 2022", "date start km end km", "24 august 2022 57200 57224 24 asante")
    log_b = ("mileage log 2022", "date start km end km", "25 august 2022 57230 57260 30 asante")
    assert b.template_refill_words(log_a, log_b)[1] == ()
    # A head that says it is page 2 of 3 is no new document, whatever its date.
    later = (*c.head_lines[:2], "page 2 of 3")
    assert b.template_refill_words(a.head_lines, later)[1] == ()


def test_template_signal_on_a_short_head_with_a_new_period() -> None:
    def statement(n: int, month: str) -> PageFeatures:
        return page(
            n,
            f"Milchgeldabrechnung {month}\nLieferanten-Nr. 70769\nErzeuger Hof Janssen\n"
            "01.10 7.431 17.10 5.146\n" + LOREM_A,
        )

    # Two shared lines suffice when the title's period changed ...
    s = b.signal_template(ctx(statement(2, "Dezember 2024"), statement(1, "Oktober 2023")))
    assert s is not None and "milchgeldabrechnung" in s.reason
    # ... and the same supplier number then says nothing against the next statement.
    assert starts([statement(1, "Oktober 2023"), statement(2, "Dezember 2024")]) == [1, 2]


def test_template_signal_splits_a_batch_of_form_letters() -> None:
    body = "Please pay the fee below by the due date.\n" + LOREM_A
    pages = [
        fee_reminder(1, "Ewan Strachan", "046 736 946", "16.06.2025", body),
        fee_reminder(2, "Lucie Fontaine", "723 908 147", "12.11.2025", body),
        fee_reminder(3, "Kwame Asante", "118 337 570", "04.08.2023", body),
    ]
    s = b.signal_template(ctx(pages[1], pages[0]))
    assert s is not None and s.score == 2.5 and "account number, date" in s.reason
    # Shared words and the shared letterhead say nothing against it.
    sim = b.signal_similarity(ctx(pages[1], pages[0]))
    assert sim is not None and sim.score == 0 and "same template" in sim.reason
    assert starts(pages) == [1, 2, 3]
    # Without the template signal the three letters look like one document.
    proposal = b.detect_with_decisions(pages, ProcessingOptions(), disabled={"template"})[0]
    assert [d.start for d in proposal.documents] == [1]
    # The same account's next notice: the same reference number says nothing against it.
    monthly = [
        fee_reminder(n, "Ewan Strachan", "04673694", day, body)
        for n, day in ((1, "16.06.2025"), (2, "16.07.2025"))
    ]
    refs = b.signal_references(ctx(monthly[1], monthly[0]))
    assert refs is not None and refs.score == 0 and "head with new values" in refs.reason
    assert starts(monthly) == [1, 2]
    # A second page that repeats the head with the same values is no new document.
    again = fee_reminder(2, "Ewan Strachan", "046 736 946", "16.06.2025", LOREM_B)
    assert b.signal_template(ctx(again, pages[0])) is None


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
    assert b.signal_carried_code(ctx(two, one)) is None
    assert b.signal_template(ctx(two, one)) is not None


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
    s = b.signal_carried_code(ctx(schedule, quote))
    assert s is not None and s.score == -b.CARRIED_CODE and "Q431363" in s.reason
    assert starts([quote, schedule]) == [1]
    # A code in the previous page's letterhead is the sender's: it says nothing.
    sender = page(1, "Acme Ltd VAT GB123456\nline\nline\nline\n" + LOREM_A)
    assert b.signal_carried_code(ctx(page(2, "Acme Ltd VAT GB123456\n" + LOREM_B), sender)) is None
    # A running header that names the letter's addressee: the budget sheet it encloses.
    letter = page(
        1, "Debt Advice Centre\n1 High St\nLindow\nTel 01234\nDear Bethany Okonkwo,\n" + LOREM_A
    )
    sheet = page(2, "Bethany Okonkwo - Haushaltsplan\nEinnahmen EUR\n" + LOREM_B)
    assert b.page_cues(sheet).running_parts == ("Bethany Okonkwo", "Haushaltsplan")
    # A running header of three parts: the name in the middle is looked up too ...
    settlement = page(2, "Betriebskostenabrechnung 2024 - Idris Pryce - WE 02\n" + LOREM_B)
    letter_de = page(1, "Lindenhof eG\n1\n2\n3\nGuten Tag Idris Pryce,\n" + LOREM_A)
    s = b.signal_carried_code(ctx(settlement, letter_de))
    assert s is not None and "'Idris Pryce'" in s.reason
    # ... but not a town strung into a letterhead with dashes, which any return address names.
    head = "Revenue Office - Kelderby - 56 Mill Race - Kelderby KD4 2PF"
    assert "Kelderby" not in b.page_cues(page(2, head + "\n")).running_parts
    s = b.signal_carried_code(ctx(sheet, letter))
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
    far = ctx(second, first, open_bodies=((2, b.page_body(first)), (1, b.page_body(invoice))))
    s = b.signal_carried_code(far)
    assert s is not None and "D578069 from page 1" in s.reason
    assert b.signal_template(far) is None
    # The sender's next notice under the same running header, its head filled in anew: the
    # name the last notice's signature repeats is no carried code.
    head = "STAFF FORUM - HALDEN PRECISION LTD\nUnit 9, Canal Side\nNOTICE OF STAFF CONSULTATION\n"
    notice = page(1, head + "Date: 2024-08-16, 13:30, canteen\n" + LOREM_A + "\nChair, Staff Forum")
    later = page(2, head + "Date: 2024-01-14, 13:30, canteen\n" + LOREM_B + "\nChair, Staff Forum")
    assert b.signal_template(ctx(later, notice)) is not None
    assert b.signal_carried_code(ctx(later, notice)) is None
    # Without the invoice before them the tickets are a batch of one sender's slips.
    alone = [attrs.evolve(first, number=1), attrs.evolve(second, number=2)]
    assert starts(alone) == [1, 2]
    # A name is no identifier: a running header is looked up on the page before only.
    earlier = ctx(sheet, page(2), open_bodies=((2, b.page_body(page(2))), (1, b.page_body(letter))))
    assert b.signal_carried_code(earlier) is None
    # Dates like 18-JUN-2025 are no identifiers.
    assert b.page_cues(page(1, "Offer of employment 18-JUN-2025\n")).head_codes == frozenset()


def test_layout_signal() -> None:
    s = b.signal_layout(ctx(page(2, size=(612, 792)), page(1)))
    assert s is not None and s.score > 0 and "page size" in s.reason
    s = b.signal_layout(ctx(page(2, size=(842, 595)), page(1)))
    assert s is not None and "orientation" in s.reason
    assert b.signal_layout(ctx(page(2), page(1))) is None
    # An A5 page under the same header line is more often the sender's enclosure.
    a4 = page(1, top="Riverside Medical Practice\nBridge Street")
    a5 = page(2, top="Riverside Medical Practice\nOpening hours", size=(420, 595))
    s = b.signal_layout(ctx(a5, a4))
    assert s is not None and s.score == b.LAYOUT_SAME_HEADER < b.LAYOUT_WEIGHT
    assert "under the same header" in s.reason


def test_the_written_back_of_a_picture_card_goes_with_its_front() -> None:
    photo = page(1, "1952", size=(298, 420))
    back = page(
        2,
        "Aunt Hilde and Uncle Josef at Titisee, summer 1952, with the old rowing boat Paula",
        size=(298, 420),
    )
    s = b.signal_layout(ctx(back, photo))
    assert s is not None and s.score == -b.CARD_BACK and "page 1 has no text" in s.reason
    # Two pictures in a row, a full sheet after a picture, a card after a card with writing:
    # no back.
    assert b.signal_layout(ctx(page(2, "", size=(298, 420)), photo)) is None
    assert b.signal_layout(ctx(page(2, LOREM_A), page(1, "1952"))) is None
    written = page(
        1,
        "Dear Anna, greetings from Titisee, the weather is lovely, Uncle Josef rowed us",
        size=(298, 420),
    )
    assert b.signal_layout(ctx(back, written)) is None
    # Through the detector: a letter, then the photograph and its back as one document.
    assert starts([page(1), page(2, "", size=(298, 420)), page(3, back.text, size=(298, 420))]) == [
        1,
        2,
    ]


def test_combine_is_logistic_and_monotonic() -> None:
    assert b.combine([], prior=0.0) == pytest.approx(0.5)
    low = b.combine([b.Signal("x", -3, "")])
    high = b.combine([b.Signal("x", 3, "")])
    assert 0 < low < b.combine([]) < high < 1
    assert b.combine([b.Signal("x", 1e6, "")]) == pytest.approx(1.0)


# ---- strategies and the proposal -------------------------------------------------------------


def stream() -> list[PageFeatures]:
    return [
        page(1, "INVOICE\nInvoice No: A10001\n" + LOREM_A, bottom="Page 1 of 2"),
        page(
            2,
            "Invoice No: A10001 (continued)\n" + LOREM_A + "\nTotal due 10.00",
            bottom="Page 2 of 2",
        ),
        page(3, "", is_blank=True),
        page(
            4,
            "Dear Anna,\nSubject: results\n" + LOREM_B + "\nKind regards,",
            large="Clinic",
            font=(16, 10),
        ),
        page(5, "", barcodes=("PATCHT",)),
        page(6, "Report 2024-05-01\n" + LOREM_A, bottom="Page 1 of 1"),
    ]


def test_auto_strategy_finds_documents_and_drops_separators() -> None:
    proposal = b.detect_boundaries(stream(), ProcessingOptions())
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 2), (4, 4), (6, 6)]
    assert proposal.excluded_pages == (3, 5)
    second = proposal.documents[1]
    assert second.reasons[0].startswith("page 4: after blank page 3")
    assert second.title == "results"
    assert proposal.documents[2].date == "2024-05-01"
    assert all(0.0 <= d.confidence <= 1.0 for d in proposal.documents)


def test_keep_separators_puts_sheets_in_the_next_document() -> None:
    proposal = b.detect_boundaries(stream(), ProcessingOptions(keep_separators=True))
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 2), (3, 4), (5, 6)]
    assert proposal.excluded_pages == ()


def test_barcode_value_is_kept_on_the_document() -> None:
    pages = [page(1), page(2, "ASN00123", barcodes=("ASN00123",)), page(3, LOREM_B)]
    proposal = b.detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end, d.barcode) for d in proposal.documents] == [
        (1, 1, None),
        (3, 3, "ASN00123"),
    ]


def test_separators_strategy_ignores_content() -> None:
    assert starts(stream(), strategy=Strategy.SEPARATORS) == [1, 4, 6]
    # Without separator sheets everything is one document, however different the pages are.
    assert starts([page(1), page(2, LOREM_B)], strategy=Strategy.SEPARATORS) == [1]


def test_every_n_and_manual() -> None:
    pages = [page(i) for i in range(1, 8)]
    assert starts(pages, strategy=Strategy.EVERY_N, every_n=3) == [1, 4, 7]
    proposal = b.detect_boundaries(pages, ProcessingOptions(strategy=Strategy.MANUAL))
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 7)]


def test_blank_page_inside_a_numbered_document_stays_in_it() -> None:
    pages = [
        page(1, bottom="Page 1 of 2"),
        page(2, "", is_blank=True),
        page(3, bottom="Page 2 of 2"),
    ]
    proposal = b.detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 3)]


def test_ablation_switches_a_signal_off() -> None:
    pages = [page(1, bottom="Page 1 of 1"), page(2, bottom="Page 1 of 1")]
    assert starts(pages) == [1, 2]
    proposal = b.detect_boundaries(pages, ProcessingOptions(), disabled={"numbering", "similarity"})
    assert [d.start for d in proposal.documents] == [1]


def test_progress_and_empty_input() -> None:
    calls: list[tuple[Stage, int, int]] = []

    def progress(stage: Stage, current: int, total: int, message: str = "") -> None:
        calls.append((stage, current, total))

    b.detect_boundaries(stream(), ProcessingOptions(), progress)
    assert calls[0] == (Stage.BOUNDARY_DETECTION, 0, 6)
    assert calls[-1] == (Stage.BOUNDARY_DETECTION, 6, 6)
    assert b.detect_boundaries([], ProcessingOptions()).documents == ()


def test_a_table_row_is_no_title() -> None:
    accounts = page(
        2,
        "Income and expenditure account 2024\nExpenditure Budget Actual Variance\n"
        "Lift maintenance contract 7,809.53 9,179.00 1,369.47\n" + LOREM_A,
    )
    assert b.page_cues(accounts).title_word is None
    # A date is no amount: "Contract 01.02.2024" is still a title.
    contract = page(2, "Contract 01.02.2024\n" + LOREM_A)
    assert b.page_cues(contract).title_word == "contract"


def test_pages_that_nearly_start_a_document_are_kept_as_possible_starts() -> None:
    # Nothing in common but nothing that starts a document either: kept together, offered.
    proposal, decisions = b.detect_with_decisions(
        [page(1, LOREM_A), page(2, LOREM_B)], ProcessingOptions()
    )
    assert [d.start for d in proposal.documents] == [1]
    (possible,) = proposal.possible_starts
    assert possible.page == 2 and possible.probability == round(decisions[1].probability, 3)
    assert b.POSSIBLE_START <= possible.probability < b.THRESHOLD
    assert possible.reasons == ("page 2: similarity to page 1 0.00",)
    # A page the detector is sure about either way is not offered.
    same = b.detect_with_decisions([page(1, LOREM_A), page(2, LOREM_A)], ProcessingOptions())[0]
    assert same.possible_starts == ()
    new = b.detect_with_decisions(
        [page(1, LOREM_A), page(2, "INVOICE\nDear Sir,\n" + LOREM_B)], ProcessingOptions()
    )[0]
    assert [d.start for d in new.documents] == [1, 2] and new.possible_starts == ()


def test_title_guess() -> None:
    assert b.guess_title(page(1, "Subject: Your claim 42\n" + LOREM_A)) == "Your claim 42"
    assert b.guess_title(page(1, LOREM_A, large="Annual Report")) == "Annual Report"


def test_a_stream_of_only_separators_stays_one_document() -> None:
    pages = [page(1, "ASN1", barcodes=("ASN1",)), page(2, "", is_blank=True)]
    proposal = b.detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end, d.confidence) for d in proposal.documents] == [(1, 2, 0.0)]
    assert proposal.excluded_pages == ()


def test_barcode_sheets_that_belong_to_a_document_stay_in_it() -> None:
    pages = [
        page(1, "101-1", barcodes=("101-a",)),
        page(2, "101-2", barcodes=("101-z",)),
        page(3, "250-1", barcodes=("250-a",)),
        page(4, LOREM_B),
        page(5, "250-3", barcodes=("250-z",)),
        page(6, "Page 2 of 2", barcodes=("300-a",), bottom="Page 2 of 2"),
    ]
    proposal = b.detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end, d.barcode) for d in proposal.documents] == [
        (2, 2, "101-a"),
        (4, 6, "250-a"),
    ]
    assert proposal.excluded_pages == (1, 3)

"""Boundary detection: comparing two pages' heads."""

from __future__ import annotations

import attrs
from pagekit import LOREM_A, LOREM_B, ctx, fee_reminder, page

from docsplit.pipeline.boundaries.cues import page_cues
from docsplit.pipeline.boundaries.forms import signal_template
from docsplit.pipeline.boundaries.heads import (
    another_id,
    new_head_id,
    new_value,
    template_refill,
    template_refill_words,
)


def test_template_refill_counts_shared_lines_and_changed_values() -> None:
    one = page_cues(fee_reminder(1, "Ewan Strachan", "046 736 946", "16.06.2025", LOREM_A))
    two = page_cues(fee_reminder(2, "Lucie Fontaine", "723 908 147", "12.11.2025", LOREM_B))
    fixed, changed = template_refill(one.head_lines, two.head_lines)
    assert fixed == 5 and changed == ("account number", "date")
    # The same page again: everything shared, nothing changed.
    assert template_refill(one.head_lines, one.head_lines)[1] == ()
    # A step of a sequence, a page number and an OCR misreading are no new values.
    assert template_refill(("step 2 residents",), ("step 3 other information",))[1] == ()
    # Captions numbered on: two photos to a sheet.
    assert template_refill(("photo 1 gouttiere",), ("photo 3 infiltration",))[1] == ()
    # A series letter belongs to the number ("No W 2237003" then "No F 1291034") ...
    assert template_refill(("no w 2237003",), ("no f 1291034",))[1] == ("no",)
    # ... and a new first number is a new value, though the rest of the line stays: the next
    # house waybill under the same master waybill.
    hawb = ("hawb lfx 9494045 mawb 313 7626 7568",)
    assert template_refill(hawb, ("hawb lfx 6656197 mawb 313 7626 7568",))[1] == ("hawb lfx",)
    # A register number of three digits and the rest of a label before a number.
    assert template_refill(("registernummer s 459 2024",), ("registernummer s 707 2024",))[1]
    prefecture = ("préfecture du finistère n 40210 2023",)
    assert template_refill(prefecture, ("préfecture du finistère n 89700 2023",))[1] == (
        "préfecture du",
    )
    assert template_refill(("page 1 of 2",), ("page 2 of 2",))[1] == ()
    assert template_refill(("feuillet 1 2 type",), ("feuillet 2 2 mouvement",))[1] == ()
    assert template_refill(("account 12345678",), ("account 12345578",))[1] == ()
    # A word both values start with is the rest of a longer label: "wtn 283627" and "wtn
    # 710186" are two numbers, but a line read whole once and cut once is no new value.
    assert new_value("wtn 283627", "wtn 710186")
    assert not new_value("kettle cafe", "kettle cafe daily cash up")
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
    assert template_refill(note_a, note_b)[1] == ("fin de location",)
    # A mileage log's rows start with their date: a kilometre reading before a town is no
    # postcode of a new addressee.
    log_a = ("carnet de bord feuillet 9", "immatriculation dr 879 el", "06 07 96425 96602 lyon")
    log_b = (
        "carnet de bord feuillet 10",
        "immatriculation dr 879 el",
        "10 07 96762 96842 mulhouse",
    )
    assert "address" not in template_refill(log_a, log_b)[1]
    # A register number is no postcode: a bill's detail page repeats the letterhead, and its
    # footer lines up with the first page's supply address.
    bill = ("stadtenergie koeln gmbh", "parkguertel 24 50823 koeln", "verbrauchsstelle 50678 koeln")
    detail = ("stadtenergie koeln gmbh", "parkguertel 24 50823 koeln", "amtsgericht hrb 33201 ust")
    assert "address" not in template_refill(bill, detail)[1]
    addr_a = ("finanzamt freiburg", "kastanienweg 51", "79098 freiburg", "datum 12 03 2024")
    addr_b = ("finanzamt freiburg", "kastanienweg 51", "28195 bremen", "datum 12 03 2024")
    assert "address" in template_refill(addr_a, addr_b)[1]
    # A date is compared as a date: next month's notice is new, one character or not.
    head = ("cabinet girardot gestion", "67 rue duguesclin 69006 lyon", "reference loc 32959")
    march = (*head, "date 22 02 2025", "avis d echeance mars 2025")
    january = (*head, "date 22 12 2025", "avis d echeance janvier 2026")
    assert template_refill(march, january) == (3, ("date", "avis d"))
    assert template_refill(march, march)[1] == ()
    # A one-word label on a line of its own above its value.
    sheet = ("kurierdienst mainblitz", "gutleutstrasse 120 60327 frankfurt", "zustellnachweis")
    day1 = (*sheet, "datum", "20 august 2024", "fahrer", "aurelie cadiou")
    day2 = (*sheet, "datum", "9 august 2025", "fahrer", "rebecca trevorrow")
    assert template_refill(day1, day2) == (4, ("datum", "fahrer"))
    # A number alone under a label of a few words: the next slip of a run.
    slip = ("bordereau de suivi des dechets", "collecte dasri bourgogne 03 80 51 32 64")
    one = (*slip, "n de bordereau", "3422274192593")
    assert template_refill(one, (*slip, "n de bordereau", "6984537039223")) == (
        3,
        ("n de bordereau",),
    )
    # ... or a code of a letter or few and a number: the next batch record of a run.
    lot = ("miellerie des cevennes fiche de lot", "extraction et mise en pot", "n de lot")
    assert template_refill((*lot, "l25062"), (*lot, "l31577")) == (3, ("n de lot",))
    assert template_refill((*lot, "l 25062"), (*lot, "l 31577"))[1] == ("n de lot",)
    # (A name under such a label is not compared: two words label a name as often as not.)
    assert (
        template_refill(
            (*slip, "your contact", "eliot oberlaender"), (*slip, "your contact", "ian blake")
        )[1]
        == ()
    )
    # A month in a title is a value: the label stops before it.
    oct_ = ("milchgeldabrechnung oktober 2023", "lieferanten nr 70769", "erzeuger hof janssen")
    dec_ = ("milchgeldabrechnung dezember 2024", "lieferanten nr 70769", "erzeuger hof janssen")
    assert template_refill(oct_, dec_) == (2, ("milchgeldabrechnung",))
    # A one-word label and a name after it on the same line.
    cert = ("cabinet medical du parc", "122 boulevard carnot", "certificat de vaccination")
    one_name = (*cert, "nom eleanor brightwell")
    assert template_refill(one_name, (*cert, "nom benedikt strohmaier")) == (3, ("nom",))
    assert template_refill(one_name, one_name)[1] == ()
    # A head that says it is page 3 of 5 is a later page, whatever else changed.
    inv = ("pieces auto du libournais", "33910 saint denis de pile", "tel 05 57 74 66 30")
    p2 = (*inv, "cture fr94722620119", "411ayme commercial divers page n 2 5")
    p3 = (*inv, "cture 23000088 31 12 2012", "411ayme commercial divers page n 3 5")
    assert template_refill(p2, p3)[1] == ()
    # A postcode whose town the previous head names is no new addressee: OCR shifted the
    # head's lines and lost that postcode on the previous page.
    a_head = ("ayme et fils", "216 av du pont", "33910 saint denis de pile", "mail a carpentras")
    b_head = ("ayme et fils", "216 av du pont", "84204 carpentras cedex", "mail x")
    assert "address" not in template_refill(a_head, b_head)[1]
    elsewhere = (*a_head[:3], "mail x")
    assert template_refill(elsewhere, b_head)[1] == ("address",)
    # A bare number one up in the head counts pages: nothing changed, whatever else did.
    counted = ("geobase 18", "created 2004 04 13", "author michelle poirier")
    first = ("geobase 17", "created 2004 04 06", "author nrn nhn team")
    assert template_refill(first, counted)[1] == ()
    # Another postcode in the addressee block is another addressee; the same postcode with a
    # garbled street beside it is not.
    card = ("beacon dental practice", "109 ropewalk ashbury ab3 7qt")
    one_card = (*card, "sabine kuehnel", "82 tallow street", "fallowfield fg9 1hn")
    other_card = (*card, "desmond mayhew", "86 tallow street", "wexcombe wx2 5ld")
    assert template_refill(one_card, other_card) == (2, ("address",))
    cards = [page(n, "\n".join(lines)) for n, lines in ((1, one_card), (2, other_card))]
    s = signal_template(ctx(cards[1], cards[0]))
    assert s is not None and "address" in s.reason
    garbled = (*card, "sabine kuehnel", "82 tallow street", "fallowfield fg9 1hn xx")
    assert template_refill(one_card, garbled)[1] == ()


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
    a, c = page_cues(first), page_cues(second)
    assert template_refill(a.head_lines, c.head_lines)[1] == ()
    assert template_refill_words(a.head_lines, c.head_lines) == (3, ("date",))
    s = signal_template(ctx(second, first))
    assert s is not None and "new date" in s.reason
    # Born-digital pages keep the line comparison.
    digital = ctx(attrs.evolve(second, ocr_used=False), attrs.evolve(first, ocr_used=False))
    assert signal_template(digital) is None
    # A table's rows start with their dates and run on from page to page: no new value.
    log_a = ("mileage log 2022", "date start km end km", "24 august 2022 57200 57224 24 asante")
    log_b = ("mileage log 2022", "date start km end km", "25 august 2022 57230 57260 30 asante")
    assert template_refill_words(log_a, log_b)[1] == ()
    # A head that says it is page 2 of 3 is no new document, whatever its date.
    later = (*c.head_lines[:2], "page 2 of 3")
    assert template_refill_words(a.head_lines, later)[1] == ()


def test_a_sheet_s_own_number_is_a_value_not_a_page_number() -> None:
    head = ("m6 recovery services ltd", "junction 6 depot tyburn road", "24h 0121 327 9944")
    one = (*head, "recovery job sheet n 36531", "date", "06 12 2024")
    two = (*head, "recovery job sheet n 92762", "date called", "04 06 2024 21 46")
    fixed, changed = template_refill(one, two)
    assert fixed == 3 and "recovery job" in changed
    # "Sheet 2" of one document is a page number.
    assert template_refill((*head, "sheet 1 of 2"), (*head, "sheet 2 of 2")) == (3, ())


def test_another_id_of_the_same_shape_and_not_of_a_series() -> None:
    assert another_id("PO-24-0828-2", "PO-24-0986-1")
    assert another_id("UES259708142", "UES507273096")
    # The next of a series, another shape, or the same identifier is not another one.
    assert not another_id("NC-2024-004", "NC-2024-003")
    assert not another_id("MO50669934", "M050669934")
    assert not another_id("PHY/433159/32", "PHY/33159/32")
    assert not another_id("PO-24-0986-1", "PO-24-0986-1")


def test_new_head_id_pairs_head_lines_by_their_wording() -> None:
    prev = (("auftrag / bestellung #", frozenset({"PO-24-0986-1"})),)
    assert new_head_id(prev, (("auftrag / bestellung #", frozenset({"PO-24-0828-2"})),)) == (
        "PO-24-0828-2",
        "PO-24-0986-1",
    )
    # Another line's number, or a one-word label's, is not compared.
    assert new_head_id(prev, (("rechnung #", frozenset({"PO-24-0828-2"})),)) is None
    assert new_head_id((("# ", frozenset({"AB12345"})),), (("# ", frozenset({"CD67890"})),)) is None

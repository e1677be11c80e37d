"""Signals from how letters begin, end and enclose: a first page's cues (title, salutation,
subject, date, letterhead), a last page's (closing formula, signature, totals), an announced
enclosure, "overleaf", a copy mark, and attachment titles (proxy forms, reply slips, terms,
plans, notes, photo sheets) that come with the page before them."""

from __future__ import annotations

import re

from docsplit.pipeline.boundaries import vocab
from docsplit.pipeline.boundaries.content import signal_similarity
from docsplit.pipeline.boundaries.context import Context, Signal
from docsplit.pipeline.boundaries.cues import (
    PageCues,
    all_dates,
    canon_text,
    jaccard,
    sender_names,
    text_lines,
)
from docsplit.pipeline.boundaries.forms import signal_identity, signal_template
from docsplit.pipeline.boundaries.layout import COVER_START, cover_like, signal_cover

#: Log-odds against a start for a page marked as a copy.
COPY_MARK = 4.5
#: Log-odds for the sender's return address above the addressee (a letter's first page):
#: over 42 parts 1,589 pages that began a document had one and 34 others did. 2.0 keeps 18
#: more starts and splits 2 more pages.
RETURN_ADDRESS = 2.0
#: Log-odds for an address block (a street line over a postcode and town) in the head where
#: the previous page had none, without a return address: over A-NN and the real streams 1,463
#: pages that began a document had one and 67 others did; 1.0 keeps 15 more starts and
#: splits 6 more pages.
ADDRESS_BLOCK = 1.0
#: Log-odds for a previous page that refers to its back. (1.5 until over 42 parts 49 such
#: pages began a document and 120 did not; 1.0 keeps 3 more starts and splits no more.)
OVERLEAF_WEIGHT = 1.0
#: Log-odds for an attachment's title at the top of a page (2.0, then 3.0 while such pages
#: after a "Page 1 of 1" letter were still split off; 5.0 since a hall plan's large title,
#: new header and page size outweighed 3.0, and none of about 250 such pages ever started a
#: document).
ATTACHMENT_WEIGHT = 5.0
#: Log-odds for a previous page that ends with a closing formula. (1.5 until over A-RR 682
#: such pages were followed by a start and 620 by a later page of the same document: an
#: enclosure, a form or terms; 0.5 splits 13 fewer pages and keeps 2 fewer starts.)
CLOSING = 0.5
#: Log-odds for a previous page that ends with a signature block (read by OCR: a signature line
#: is less surely one), and with totals. (0.5 and 0.8 until session 13: fitted with the other
#: signals held fixed over the born-digital streams of A-VV, a signature came out at 1.0 and
#: totals at 0; run through the detector, that took 19 errors off those streams, the real
#: streams kept theirs. On the scans of 26 parts a signature at 1.0 added 3 errors, at 0.5
#: none.)
SIGNATURE = 1.0
SIGNATURE_OCR = 0.5
TOTALS = 0.0
#: A page that announces an enclosure makes a boundary right after it this much less likely.
ENCLOSURE_WEIGHT = 3.0
#: ... and a page headed with what the page before hands over ("anbei erhalten Sie den
#: Versicherungsschein" before "Versicherungsschein"), this much: over A-ZZZZ's born-digital
#: streams 129 such pages, none a document's first, but at 3.0 a broker's cover letter did not
#: hold the insurer's schedule with its own letterhead and "Page 1 of 2" (3 of 4 such pages).
#: Since session 22 also when the letter announces the enclosure as well ("veuillez trouver
#: ci-joint les conditions particulières"), names it by what says it is enclosed ("le
#: certificat joint", "Attachments: certificate.pdf"), and in twelve head lines, not four (a
#: doctor's "CERTIFICAT MÉDICAL" below six lines of letterhead): over A-LLLLL's born-digital
#: streams 6 of 753 such pages began a document.
HANDED_OVER = 5.0
#: How many head lines are searched for what the page before hands over. (12 in session 22;
#: 14 since session 23, for a bill's title below a letterhead, both addresses and three
#: fields: over A-LLLLL's born-digital streams one start lost, one false split fewer.)
HANDED_OVER_LINES = 14


#: Log-odds of a first page's cues: a title word on a short line of its own, a title line with
#: other words than the previous page's, type much larger than the previous page's, a
#: salutation, a subject line, a date (or a period) the previous page does not carry.
#: Session 13 fitted these cues' weights with the other signals held fixed (a logistic fit over
#: the born-digital streams of A-VV). The fit halved the title (0.34), raised the date (0.93)
#: and found nothing in a new letterhead. Run through the detector, a title at 0.8 and a date
#: at 1.0 where the page before had another date took 19 errors off those streams (the title
#: 15 of them, the date 17, each measured alone against the rest); the real streams kept
#: their errors, and the scans of 22 parts lost 5 of 137. A date where the page before had
#: none stays 0.5: a data model's section pages are dated one by one, and at 0.9 three real
#: streams split there.
TITLE = 0.8
NEW_TITLE = 0.8
LARGE_TYPE = 0.8
SALUTATION = 1.5
SUBJECT = 1.0
DATE = 0.5
DATE_OTHER = 1.0
#: Log-odds for large type at the top where the previous page had none. (0.8 until over A-RR
#: such pages began 1,493 documents and came with 699 later pages; then 0.4. The session-13
#: fit over A-VV found 0.05 with the other cues held fixed; 0 took 6 more errors off there.)
LETTERHEAD = 0.0
#: Log-odds for a head that names a sender (an organisation's legal form, a postcode and town
#: in its first four lines) after a page whose head named none, and against a start for a head
#: without one after a page with one. Over the born-digital streams of A-ZZ the first began
#: 1,974 documents and came with 182 later pages, the second 431 and 2,012: a document's later
#: pages (terms, a schedule, "Contents", a form's second page) rarely repeat the letterhead.
#: Run through the detector, +0.5 / -1.2 took 56 errors off those streams (a grid of 0.3-1.0
#: and 0.5-2.0; -1.6 and more lost more starts than it saved), 26 off the scans and none off
#: the real streams.
SENDER_NEW = 0.5
SENDER_GONE = 1.2
#: Log-odds for a start when both heads name a sender and none of this head's names (an
#: organisation up to its legal form, a postcode and town) stands on the previous page. Over
#: the born-digital streams of A-DDD such pages began 1,937 documents and came with 137 later
#: pages; +0.5 took 9 errors off them (+0.75 and +1.0: 7), spread over 13 parts, and left the
#: scans (4 starts found, 4 pages split) and the real streams as they were.
SENDER_OTHER = 0.5
#: Log-odds against a start when a page carries the previous page's date in its head. (0.5
#: until over A-RR 63 such pages began a document and 528 did not; 1.5 splits 23 fewer pages
#: and keeps 4 fewer starts, more saved nothing.)
SAME_DATE = 1.5


def signal_first_page(ctx: Context) -> Signal | None:
    """Cues that a page is the first of a document: title word, salutation, subject, letterhead."""
    c, p = ctx.cues, ctx.prev_cues
    score = 0.0
    reasons: list[str] = []
    # A title repeated on every page is a running header and says nothing; the same kind of
    # title with other words ("Quarterly Report: X" after "Annual Report: Y") is a new one.
    if c.title_word and c.title_word != p.title_word:
        score += TITLE
        reasons.append(f"title '{c.title_word}'")
    elif (
        c.title_word
        and jaccard(c.title_line, p.title_line) < 0.5
        and c.title_line not in p.head_text
    ):
        score += NEW_TITLE
        reasons.append(f"new title '{c.title_line[:40]}'")
    # Type much larger than anything on the previous page: a title or a letterhead.
    if (
        ctx.prev.body_font_size > 0
        and ctx.page.max_font_size >= 1.5 * ctx.prev.body_font_size
        and ctx.page.max_font_size > 1.25 * ctx.prev.max_font_size
    ):
        score += LARGE_TYPE
        reasons.append("large type")
    if c.salutation:
        score += SALUTATION
        reasons.append("salutation")
    if c.subject:
        score += SUBJECT
        reasons.append("subject line")
    if c.date and c.date != p.date and not c.dated_rows:
        # (A log's or a payment schedule's first row is no date of the document.)
        score += DATE if p.date is None else DATE_OTHER
        reasons.append(f"date {c.date}")
    elif not c.date and (period := _new_period(ctx)):
        # A payslip or tax form is dated by its period ("Pay period 2023-09"), not a day.
        score += DATE
        reasons.append(f"period {period}")
    elif c.date and c.date == p.date and signal_template(ctx) is None and not _other_party(ctx):
        # The same date at the top of both pages: a dated running header, or an enclosure
        # written the same day. (Not when the head is filled in anew, or names someone else:
        # a batch of forms, timesheets or certificates issued on one day, which ``template``
        # and ``identity`` weigh.)
        score -= SAME_DATE
        reasons.append(f"same date {c.date}")
    if c.letterhead and not p.letterhead:
        score += LETTERHEAD
        reasons.append("new letterhead")
    if c.return_address and not p.return_address and signal_cover(ctx) is None:
        # (After a cover page, the pack's letter: the cover speaks for the page.)
        score += RETURN_ADDRESS
        reasons.append("return address")
    elif c.address_blocks - p.address_blocks and not c.return_address:
        # An addressee's block: a letter's or a form's first page; later pages repeat none.
        score += ADDRESS_BLOCK
        reasons.append("address block")
    if cover_like(ctx.page, ctx.prev.body_font_size) and (
        c.numbering is None or c.numbering.number == 1
    ):
        score += COVER_START
        reasons.append("a cover page")
    if c.continued:
        score -= 2.5
        reasons.append("'continued'")
    elif c.opens_closed:
        # A letter's closing spilled over onto this page.
        score -= 2.5
        reasons.append("begins with a closing formula")
    if not reasons:
        return None
    return Signal("first_page", score, ", ".join(reasons))


def _new_period(ctx: Context) -> str | None:
    """A period field of the head ("pay period", "tax year") the previous page lacks."""
    return next(
        (
            v
            for k, v in ctx.cues.fields.items()
            if k in vocab.PERIOD_KEYS and k not in ctx.prev_cues.fields
        ),
        None,
    )


def _other_party(ctx: Context) -> bool:
    """Whether ``identity`` finds another person or period in the head than on the page before."""
    identity = signal_identity(ctx)
    return identity is not None and identity.score > 0


def signal_last_page(ctx: Context) -> Signal | None:
    """Cues that the previous page ended a document: closing formula, signature, totals."""
    p = ctx.prev_cues
    score = 0.0
    reasons: list[str] = []
    # A closing formula followed by an enclosure line ends the letter, not the document.
    if p.closing and p.enclosure is None:
        score += CLOSING
        reasons.append("closing formula")
    if p.signature:
        score += SIGNATURE_OCR if ctx.prev.ocr_used else SIGNATURE
        reasons.append("signature")
    if p.total:
        score += TOTALS
        reasons.append("totals")
    if not reasons:
        return None
    reason = f"page {ctx.prev.number} ends with " + ", ".join(reasons)
    if not _begins(ctx):
        # Nothing begins on this page (no title, date, salutation or letterhead, no form
        # filled in anew): a leaflet, notes or a list the letter does not announce follows
        # its signature as often as the next document does.
        return Signal("last_page", 0.0, reason + ", but nothing begins here")
    if p.salutation and (sim := signal_similarity(ctx)) is not None and sim.score < 0:
        # (Vocabulary is compared only after a page that greets: elsewhere it decides nothing.)
        return Signal("last_page", 0.0, reason + ", but this page goes on with its words")
    return Signal("last_page", score, reason)


def _begins(ctx: Context) -> bool:
    """Whether the page shows a first page's cue or the previous page's form filled in anew."""
    first = signal_first_page(ctx)
    if first is not None and first.score >= 0.3:
        return True
    identity = signal_identity(ctx)
    return signal_template(ctx) is not None or (identity is not None and identity.score > 0)


def signal_enclosure(ctx: Context) -> Signal | None:
    """The previous page announced an enclosure: the page after it is that enclosure (a price
    schedule, a reply form), part of the same document however new it looks."""
    what = ctx.prev_cues.enclosure
    if what is None:
        return _handed_over(ctx)
    named = f" ({what[:40]})" if what else ""
    if vocab.EXHIBIT_REF_RE.match(what) and not _exhibit(ctx.cues.attachment):
        # The exhibits a pleading lists are stamped with their labels; a page without one is
        # not among them (the bundle's exhibits often travel separately).
        return Signal(
            "enclosure", 0.0, f"page {ctx.prev.number} lists exhibits{named}, this is none"
        )
    handed = _handed_over(ctx)
    if handed is not None:
        # The enclosure the letter names by what this page is headed with ("veuillez trouver
        # ci-joint les conditions particulières"): it holds the insurer's schedule with its
        # own "Page 1/1".
        return handed
    return Signal(
        "enclosure", -ENCLOSURE_WEIGHT, f"page {ctx.prev.number} announces an enclosure{named}"
    )


def _handed_over(ctx: Context) -> Signal | None:
    """The previous page hands over what this page is headed with: "anbei erhalten Sie die
    Niederschrift über die Kontrolle" before "Niederschrift über eine amtliche Kontrolle".
    Over A-RR 64 such pages went with the letter and 4 began a document."""
    named, giver = ctx.prev_cues.handover, ctx.prev.number
    if not named:
        named, giver = _handed_over_before(ctx), ctx.document_first[0].number
    if not named or ctx.cues.salutation or signal_template(ctx) is not None:
        # (A page that greets is the sender's next letter; the same head refilled is the
        # next reply slip of a run, whatever the slip's sentence encloses.)
        return None
    head = _head_words(ctx.cues)
    hit = next((w for w in named if any(_same_word(w, h) for h in head)), None)
    if hit is None:
        return None
    return Signal(
        "enclosure",
        -HANDED_OVER,
        f"page {giver} hands over the '{hit}' this page is",
    )


def _handed_over_before(ctx: Context) -> tuple[str, ...]:
    """What the open document's first page hands over when the previous page is the second
    and last so far: a letter handing over two things ("Anbei erhalten Sie Ihre
    Mitgliedsurkunde sowie die Beitragsrechnung"), then the first of them, then this page.
    (Over A-DDDDD's born-digital streams 5 of 192 such pages headed with a named thing began
    a document; further on, 29 of 110.)"""
    first = ctx.document_first[0]
    if ctx.open_first is None or len(ctx.open_pages) != 2 or ctx.open_pages[1] is not first:
        return ()
    # Not what the first enclosure names already (the person a certificate is for, whom the
    # letter named too): that is no second thing.
    seen = set(_LETTERHEAD_WORD_RE.findall(ctx.prev.text.lower()))
    return tuple(
        w for w in ctx.document_first[1].handover if not any(_same_word(w, h) for h in seen)
    )


def _head_words(cues: PageCues) -> set[str]:
    """The words of six letters or more in a page's first head lines."""
    return {w for ln in cues.head_lines[:HANDED_OVER_LINES] for w in ln.split() if len(w) >= 6}


def _same_word(a: str, b: str) -> bool:
    """Two words with the same stem: "Kaufvertrages" and "Kaufvertrag", "rapport"."""
    n = min(7, len(a), len(b))
    return a[:n] == b[:n]


def _exhibit(label: str | None) -> bool:
    return label is not None and vocab.EXHIBIT_RE.match(label) is not None


def signal_overleaf(ctx: Context) -> Signal | None:
    """The previous page refers to its back ("subject to the terms overleaf"): this page may
    be that back."""
    if not ctx.prev_cues.overleaf:
        return None
    return Signal("overleaf", -OVERLEAF_WEIGHT, f"page {ctx.prev.number} refers to its back")


#: An invoice right after a delivery note: over A-TTT's born-digital streams 53 of 53 such
#: pages began a document, 30 of them under the supplier's same letterhead, where the same
#: customer number, header and words held 3 of them to the note.
BILLED = 3.0
#: A delivery note, hire ticket or job sheet right behind the same sender's invoice: over
#: A-DDDDD's born-digital streams 94 such pages, 5 of them a document's first (a delivery of
#: its own after the supplier's run of invoices, a locksmith's job sheet filed alone). 2.5
#: keeps 1 of those 5 starts less and splits 10 pages less.
TICKET_OF_INVOICE = 2.5
#: How many lines of a page's head are read for its title.
_TITLE_LINES = 10


def bills_delivery(ctx: Context) -> bool:
    """The page is an invoice and the page before it a delivery note: the supplier's bill
    after the note of what it delivered, a document of its own even under the same head."""
    head = _head(ctx.page.text)
    return (
        vocab.INVOICE_TITLE_RE.search(head) is not None
        and vocab.DELIVERY_TITLE_RE.search(head.lower()) is None
        and vocab.DELIVERY_TITLE_RE.search(_head(ctx.prev.text).lower()) is not None
    )


def _head(text: str, lines: int = _TITLE_LINES) -> str:
    """A page's first ``lines`` lines that hold something, as one text."""
    return "\n".join(text_lines(text)[:lines])


def signal_billed(ctx: Context) -> Signal | None:
    """An invoice after a delivery note starts a document (see :func:`bills_delivery`); a
    delivery note, hire ticket or job sheet right behind the same sender's invoice is the
    proof of what the invoice bills."""
    if bills_delivery(ctx):
        return Signal("billed", BILLED, "an invoice after the delivery note on the page before")
    if (ticket := _ticket_of_invoice(ctx)) is not None:
        return Signal(
            "billed", -TICKET_OF_INVOICE, f"the {ticket} of the invoice on page {ctx.prev.number}"
        )
    return None


def _ticket_of_invoice(ctx: Context) -> str | None:
    """The title of a delivery note, hire ticket or job sheet whose first lines name the sender
    of the invoice on the page before (two words of four letters or more in common)."""
    if (title := vocab.TICKET_TITLE_RE.search(_head(ctx.page.text, 8))) is None:
        return None
    behind = _head(ctx.prev.text, _DELIVERY_LINES)
    if vocab.INVOICE_TITLE_RE.search(behind) is None or vocab.DELIVERY_TITLE_RE.search(
        behind.lower()
    ):
        return None
    own = set(_LETTERHEAD_WORD_RE.findall(_head(ctx.page.text, 2).lower()))
    if len(own & set(_LETTERHEAD_WORD_RE.findall(_head(ctx.prev.text, 4).lower()))) < 2:
        return None
    return title.group(0).lower()


#: A word of a letterhead that names its sender.
_LETTERHEAD_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def signal_copy(ctx: Context) -> Signal | None:
    """A page marked as a copy is an enclosure: applicants, solicitors and exporters send
    copies of certificates, wills and invoices with the letter or form that names them."""
    if not ctx.cues.copy_mark:
        return None
    if not enclosed_copy(ctx):
        return Signal("copy", 0.0, "marked as a copy, but the head is filled in anew")
    return Signal("copy", -COPY_MARK, "marked as a copy")


def enclosed_copy(ctx: Context) -> bool:
    """A page marked as a copy that is no refill of the previous page's head: with the head
    again and new values it is the sender's next notice, whose payment slip happens to say
    "Kopie", not an enclosed copy."""
    return ctx.cues.copy_mark and signal_template(ctx) is None


def signal_attachment(ctx: Context) -> Signal | None:
    """A page titled as an attachment, a form to fill in and send back (proxy form, reply slip,
    acceptance form) or terms and conditions, comes with the letter, contract or quote before
    it. Not one such page in the development corpora started a document."""
    if ctx.cues.attachment is None:
        return (
            _voucher_with_letter(ctx)
            or _mandate_after_terms(ctx)
            or _annex_below_letterhead(ctx)
            or _data_sheet_with_delivery(ctx)
            or _proof_of_address(ctx)
            or _certificate_of_the_policy(ctx)
            or _schedule_of_the_letter(ctx)
            or _submission_with_the_report(ctx)
            or _certificate_of_the_goods(ctx)
        )
    if ctx.prev_cues.attachment and ctx.prev_cues.attachment.lower() == ctx.cues.attachment.lower():
        # The same title on both pages: one form after another, each with its own letter
        # or none (a run of reply slips), not the form's second page.
        return None
    return Signal(
        "attachment", -ATTACHMENT_WEIGHT, f"'{ctx.cues.attachment}' goes with the page before it"
    )


#: At most this many lines make a voucher slip.
VOUCHER_LINES = 12


def _voucher_with_letter(ctx: Context) -> Signal | None:
    """A short voucher ("GIFT VOUCHER", "Bon cadeau") right behind a letter: the goodwill the
    letter sends (over A-BBBB's born-digital streams 9 such pages, none a document's first)."""
    if len(text_lines(ctx.page.text)) > VOUCHER_LINES or not (
        ctx.prev_cues.salutation or ctx.prev_cues.closing
    ):
        return None
    if (title := vocab.VOUCHER_TITLE_RE.search(_head(ctx.page.text, 3))) is None:
        return None
    return Signal(
        "attachment",
        -ATTACHMENT_WEIGHT,
        f"'{title.group(0).strip()}' goes with the letter on page {ctx.prev.number}",
    )


def _mandate_after_terms(ctx: Context) -> Signal | None:
    """A direct debit mandate right after an attachment (the terms of a lease or a service
    contract): the mandate the contract's payments run on. Over A-BBBB's born-digital streams
    1 of 29 such pages began a document; after other pages a mandate is as often a document of
    its own (a club's or a supplier's, 19 of 48). The same for a hire's handover record ("PV
    de mise à disposition", "Übergabeprotokoll") after the hire terms: over A-NNNN 2 of 13
    such pages began a document, against 30 of 43 elsewhere."""
    if ctx.prev_cues.attachment is None:
        return None
    title = vocab.MANDATE_TITLE_RE.search(_head(ctx.page.text, 5)) or (
        vocab.HANDOVER_RECORD_RE.search(_head(ctx.page.text, 7))
    )
    if title is None:
        return None
    return Signal(
        "attachment",
        -ATTACHMENT_WEIGHT,
        f"'{title.group(0).strip()}' after the terms on page {ctx.prev.number}",
    )


#: A safety data sheet behind a delivery note outweighs everything a new sheet shows: its own
#: header, "Page 1 of 2" after the last sheet's "Page 2 of 2", another product's name.
DATA_SHEET_WEIGHT = 12.0
#: How many lines of a page's head hold a delivery note's title (its window and reference
#: fields come first in the text).
_DELIVERY_LINES = 14


def _data_sheet_with_delivery(ctx: Context) -> Signal | None:
    """A safety data sheet behind a delivery note, or behind the sheets that follow one: the
    sheets came in the parcel the note lists (over A-FFFF's born-digital streams 14 such pages,
    none a document's first). Behind an invoice, or alone, a data sheet is as often a document
    of its own (8 of 8 such pages began one), so only the delivery note counts."""
    if vocab.DATA_SHEET_TITLE_RE.search(_head(ctx.page.text, 4)) is None:
        return None
    behind = ctx.prev
    if vocab.DATA_SHEET_TITLE_RE.search(_head(behind.text, 4)):
        behind = ctx.document_first[0]
    head = _head(behind.text, _DELIVERY_LINES)
    if vocab.DELIVERY_TITLE_RE.search(head.lower()) is None or vocab.INVOICE_TITLE_RE.search(head):
        return None
    return Signal(
        "attachment",
        -DATA_SHEET_WEIGHT,
        f"a safety data sheet behind the delivery note on page {behind.number}",
    )


#: A utility bill behind an identity document's copy outweighs its own title, date, account
#: number and letterhead.
PROOF_OF_ADDRESS = 8.0


def _proof_of_address(ctx: Context) -> Signal | None:
    """A bill right behind a copy of a passport or driving licence: the proof of address that
    an application or a move-in form asks for with the proof of identity (over A-JJJJ's
    born-digital streams 6 such pages, none a document's first)."""
    if ctx.cues.title_word != "bill" or ctx.prev_cues.attachment is None:
        return None
    if vocab.ID_COPY_RE.match(ctx.prev_cues.attachment) is None:
        return None
    return Signal(
        "attachment",
        -PROOF_OF_ADDRESS,
        f"a bill behind the identity document on page {ctx.prev.number}: proof of address",
    )


def _certificate_of_the_policy(ctx: Context) -> Signal | None:
    """A certificate of insurance dated the day of the page before or of the open document's
    first page, or giving only dates the open document gives (its period): the certificate the
    insurer issues with the policy schedule it confirms. (Over A-NNNN's born-digital streams 3
    of 31 such pages on the day of the page before began a document, against 48 of 73 on other
    days or after no date; as a rule it took 8 false splits off and lost 2 starts. The open
    document's day and period, since session 20: 6 fewer false splits on OOOO-RRRR and 5 on
    A-NNNN, no start lost.)"""
    if (title := vocab.INSURANCE_CERTIFICATE_RE.search(_head(ctx.page.text, 5))) is None:
        return None
    first = ctx.document_first
    if vocab.INSURANCE_CERTIFICATE_RE.search(_head(first[0].text, 5)):
        # The open document is a certificate itself: this is the insurer's next one (over
        # A-DDDDD's born-digital streams 6 such pages, all a document's first).
        return None
    if ctx.cues.date is not None and ctx.cues.date == ctx.prev_cues.date:
        why = f"of the day of page {ctx.prev.number}"
    elif ctx.cues.date is not None and ctx.cues.date == first[1].date:
        why = f"of the day of page {first[0].number}"
    elif _period_of_open_document(ctx):
        why = "for the period the open document gives"
    else:
        return None
    return Signal("attachment", -ATTACHMENT_WEIGHT, f"'{title.group(0)}' {why}")


def _schedule_of_the_letter(ctx: Context) -> Signal | None:
    """A policy schedule or certificate under the number of the policy the letter before it
    is about: a broker's or insurer's renewal letter ("Policy CT 98 638 437 - Renewal of your
    combined policy") and the schedule it sends, whatever letterhead and "Page 1 of 2" the
    insurer's schedule has. (Over A-HHHHH's born-digital streams 1 of 219 such pages began a
    document.)"""
    if not ctx.prev_cues.salutation:
        return None
    head = _head(ctx.page.text, 8)
    if (title := vocab.POLICY_SCHEDULE_RE.search(head)) is None:
        return None
    letter = vocab.NUMBER_GROUPING_RE.sub("", ctx.prev.text)
    for found in vocab.GROUPED_NUMBER_RE.finditer(head):
        number = found.group(0).strip()
        line_before = head[head.rfind("\n", 0, found.start()) + 1 : found.start()]
        if all_dates(number) or vocab.SENDER_NUMBER_LABEL_RE.search(line_before):
            continue
        key = vocab.NUMBER_GROUPING_RE.sub("", number)
        if sum(ch.isdigit() for ch in key) >= 6 and key in letter:
            return Signal(
                "attachment",
                -ATTACHMENT_WEIGHT,
                f"'{title.group(0).strip()}' of policy {number}, which page "
                f"{ctx.prev.number}'s letter is about",
            )
    return None


def _submission_with_the_report(ctx: Context) -> Signal | None:
    """The sample submission form (chain of custody) under the name of the laboratory whose
    test report the open document is: the laboratory sends the form back with its results.
    The customer's own form, or the laboratory's blank in a run of them, is a document of its
    own."""
    if (title := vocab.SAMPLE_SUBMISSION_RE.search(_head(ctx.page.text, 8))) is None:
        return None
    first = ctx.document_first[0]
    # (Fourteen lines: the report's title stands below the laboratory's letterhead and the
    # customer's address.)
    if vocab.LAB_REPORT_RE.search(_head(first.text, 14)) is None:
        return None
    lines = text_lines(ctx.page.text)[:2]
    own = canon_text(" ".join(lines))
    names = {
        canon_text(part)
        for ln in text_lines(first.text)[:3]
        for part in vocab.DASH_OR_BAR_RE.split(ln)
        if len(part.split()) >= 2
    }
    lab = next((n for n in sorted(names) if n and n in own), None)
    if lab is None:
        return None
    return Signal(
        "attachment",
        -ATTACHMENT_WEIGHT,
        f"'{title.group(0)}' of the laboratory whose report page {first.number} is",
    )


def _certificate_of_the_goods(ctx: Context) -> Signal | None:
    """A certificate of analysis or conformity under the letterhead of the open document's
    first page, an invoice or a delivery note: the certificates the supplier ships with the
    goods it bills, one per product (over A-DDDDD's born-digital streams 30 such pages, none a
    document's first). A laboratory's certificates, each under its own number, and an
    installer's after another firm's invoice begin documents of their own."""
    # (Eight lines: a supplier's letterhead may take six.)
    if (title := vocab.GOODS_CERTIFICATE_RE.search(_head(ctx.page.text, 8))) is None:
        return None
    first, first_cues = ctx.document_first
    head = _head(first.text, _DELIVERY_LINES)
    if vocab.GOODS_CERTIFICATE_RE.search(_head(first.text, 8)) or not (
        vocab.INVOICE_TITLE_RE.search(head) or vocab.DELIVERY_TITLE_RE.search(head.lower())
    ):
        return None
    if not ctx.cues.head_lines or ctx.cues.head_lines[0] not in first_cues.head_lines[:8]:
        return None
    return Signal(
        "attachment",
        -ATTACHMENT_WEIGHT,
        f"'{title.group(0)}' of the goods billed on page {first.number}",
    )


def _period_of_open_document(ctx: Context) -> bool:
    """Every date a certificate gives (its period: "Effective date 01/05/2024", "Expiry
    30/04/2025"), two at least, stands on the open document's pages: the policy schedule it
    certifies."""
    dates = all_dates(ctx.page.text)
    if len(dates) < 2:
        return False
    pages = ctx.open_pages or (ctx.prev,)
    return dates <= frozenset().union(*(all_dates(p.text) for p in pages))


def _annex_below_letterhead(ctx: Context) -> Signal | None:
    """An annex's title ("Anlage - Rider ...") right below the letterhead of the open
    document's first page, repeated line for line: the annex that document sends. Since
    session 20 any attachment's title there too, below a letterhead longer than the first
    lines the title is looked for in (a surveyor's "BON POUR ACCORD" on its seventh line:
    over A-VVVV 3 fewer false splits, no start lost)."""
    first, first_cues = ctx.document_first
    known = set(first_cues.head_lines[:8])
    lines = text_lines(ctx.page.text)[:8]
    above = text_lines(ctx.prev.text)[:8]
    if any(vocab.ANNEX_TITLE_RE.match(ln) for ln in above):
        # The previous page has such a line too: a field of one form ("Anlage: PV Brandt",
        # a solar installation), now filled in anew.
        return None
    for k, line in enumerate(lines[1:], start=1):
        if vocab.ANNEX_TITLE_RE.match(line) or vocab.ATTACHMENT_RE.match(line):
            if all(h in known for h in ctx.cues.head_lines[:k]):
                return Signal(
                    "attachment",
                    -ATTACHMENT_WEIGHT,
                    f"'{line.strip()[:60]}' under the letterhead of page {first.number}",
                )
            return None
    return None


def signal_sender(ctx: Context) -> Signal | None:
    """Whether the head names a sender (a legal form, a postcode and town) where the previous
    page's did not, names none where the previous page's did, or names only senders that the
    previous page does not carry."""
    c, p = ctx.cues.sender, ctx.prev_cues.sender
    if c and not p:
        return Signal(
            "sender", SENDER_NEW, f"a sender in the head (none on page {ctx.prev.number})"
        )
    if p and not c:
        return Signal(
            "sender", -SENDER_GONE, f"no sender in the head (page {ctx.prev.number} had one)"
        )
    if c and p:
        names, new = head_senders(ctx)
        if names and len(new) == len(names):
            return Signal("sender", SENDER_OTHER, f"another sender in the head ({new[0][:40]})")
    return None


def head_senders(ctx: Context) -> tuple[list[str], list[str]]:
    """The sender names in the page's head (see :func:`.cues.sender_names`), and those of them
    that the previous page does not carry anywhere."""
    names = [n for line in ctx.cues.sender_lines for n in sender_names(line)]
    if not names:
        return names, names
    prev = canon_text(ctx.prev.text)
    return names, [n for n in names if n not in prev]

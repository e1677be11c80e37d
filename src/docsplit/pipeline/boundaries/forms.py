"""Signals about the open document's numbers and forms: the same head filled in anew
(``template``), identity fields that change or stay (``identity``), an identifier the open
document listed carried in the head (``carried_code``), and receipts the open claim lists
(``listed``)."""

from __future__ import annotations

import functools
import re

from docsplit.pipeline.boundaries import vocab
from docsplit.pipeline.boundaries.context import Context, Signal
from docsplit.pipeline.boundaries.cues import (
    all_dates,
    canon_text,
    find_date,
    page_body,
    text_lines,
)
from docsplit.pipeline.boundaries.heads import (
    date_key,
    line_label,
    new_head_id,
    template_refill,
    template_refill_words,
)
from docsplit.pipeline.extract import PageFeatures

#: Log-odds when an identity field changes (one more per further field, up to the max) / stays.
#: (2.0 until over A-RR 282 such pages began a document and 14 did not; a bare "Name:" is the
#: exception: it names what a data sheet or spec section describes, 0 starts to 3, and stays 2.0.)
IDENTITY_WEIGHT = 3.0
IDENTITY_BARE_NAME = 2.0
IDENTITY_MAX = 3.5
IDENTITY_SAME = 1.5
#: Log-odds when a page repeats the previous page's head lines with new values (one more half
#: per further changed value, up to the max), and how many identical head lines that takes.
TEMPLATE_WEIGHT = 2.0
TEMPLATE_MAX = 3.0
TEMPLATE_FIXED = 3
#: How many of the heads' first lines :func:`refilled_line` compares.
REFILL_LINES = 6
#: Log-odds when a page's first lines carry an identifier from the previous page's body
#: (3.0 until pooled over all parts A-AA: 4.0 keeps 6 more enclosures and loses one start).
CARRIED_CODE = 4.0


def ref_differs(ctx: Context, key: str) -> bool:
    """True when the two pages' numbers under ``key`` differ and neither page carries the
    other's: "Account 42-47-44 86474313" on a statement's second page is the same account
    as "Account number 86474313" on its first, though the sort code comes first there."""
    a, b = ctx.cues.refs[key], ctx.prev_cues.refs[key]
    if same_ref(ctx, a, b):
        return False
    return b not in ctx.page.text[:1500].upper() and a not in ctx.prev.text[:1500].upper()


#: Characters OCR reads for digits in a number ("PPE/0S8898/60" for "PPE/058898/60").
_OCR_DIGITS = str.maketrans("OQDSIL|BZG", "0005111826")


def same_ref(ctx: Context, a: str, b: str) -> bool:
    """True when two reference numbers are the same, up to OCR's digit-letter confusions when
    either page was read by OCR."""
    if a == b:
        return True
    ocr = ctx.page.ocr_used or ctx.prev.ocr_used
    return ocr and a.translate(_OCR_DIGITS) == b.translate(_OCR_DIGITS)


def compare_fields(ctx: Context) -> tuple[list[str], list[str]]:
    """The identity fields both pages carry, split into those that differ and those that don't."""
    cur, prev = ctx.cues.fields, ctx.prev_cues.fields
    differ: list[str] = []
    same: list[str] = []
    for key in cur:
        if key not in prev or key.split()[0] in ctx.cues.refs:
            continue
        a, b = cur[key].split(), prev[key].split()
        n = min(len(a), len(b))
        # "X123" and "X123 continued" are the same value.
        (same if a[:n] == b[:n] else differ).append(key)
    return differ, same


def signal_identity(ctx: Context) -> Signal | None:
    """Identity fields (employee, customer, recipient, taxpayer, ID, tax year, pay period) that
    change between neighbouring pages: two payslips or tax forms of one template in a row."""
    cur, prev = ctx.cues.fields, ctx.prev_cues.fields
    differ, same = compare_fields(ctx)
    if differ:
        base = IDENTITY_BARE_NAME if differ == ["name"] else IDENTITY_WEIGHT
        score = min(IDENTITY_MAX, base + 0.5 * (len(differ) - 1))
        key = differ[0]
        return Signal("identity", score, f"{key} '{cur[key][:30]}' differs from '{prev[key][:30]}'")
    # The same form number names the form, not whom it is about: every copy of "Form 104"
    # carries it (over 42 parts 32 such pages began a document and 72 did not).
    same = [key for key in same if key != "form"]
    if same:
        return Signal("identity", -IDENTITY_SAME, f"same {same[0]} '{cur[same[0]][:30]}'")
    return None


def signal_template(ctx: Context) -> Signal | None:
    """The previous page's head again, line for line, with new values in labelled lines: the
    same form letter, receipt or certificate filled in for someone else or another date."""
    fixed, changed = _refill(ctx)
    # A postcard's head is short: its two sender lines will do when the addressee changed.
    # A period in the title changed ("Milchgeldabrechnung Oktober 2023" then "... Dezember
    # 2024"): the next statement, however short its head; two shared lines will do.
    dated = any(date_key(line) for line in ctx.cues.head_lines[:3] if line_label(line) in changed)
    # The title itself names another period ("Staff rota - week commencing 12 May 2025" after
    # "... 3 March 2025"): the next week's or month's sheet, however its table's lines changed.
    titles = (*ctx.prev_cues.head_lines[:1], *ctx.cues.head_lines[:1])
    period = (
        len(titles) == 2 and all(date_key(x) for x in titles) and line_label(titles[1]) in changed
    )
    needed = 0 if period else 2 if "address" in changed or dated else TEMPLATE_FIXED
    if (
        not changed
        and fixed >= TEMPLATE_FIXED
        and (found := new_head_id(ctx.prev_cues.head_ids, ctx.cues.head_ids))
        and not same_ref(ctx, *found)
    ):
        # A title or field line again with another number of the same shape ("AUFTRAG /
        # BESTELLUNG PO-24-0828-2" after "... PO-24-0986-1"), which the lines' canonical
        # form cut into pieces too short to compare: the next order of a run.
        changed = (f"number {found[0]}",)
    if not changed and (line := refilled_line(ctx.prev_cues.head_lines, ctx.cues.head_lines)):
        # One line of the first six says something else after the same first word ("film
        # marée rouge" then "film lanternes"), every other line is the same: the next return
        # of a run (over A-HHH born-digital 32 such pages began a document and 1 did not).
        changed = (line,)
    if not changed or fixed < needed:
        return None
    if carried_from_open(ctx, codes_only=True) is not None:
        # The new number was announced in the open document ("Delivery tickets enclosed"
        # after a list of them): the next of its enclosures, not the next form letter.
        return None
    score = min(TEMPLATE_MAX, TEMPLATE_WEIGHT + 0.5 * (len(changed) - 1))
    return Signal(
        "template",
        score,
        f"head of page {ctx.prev.number} again with new {', '.join(dict.fromkeys(changed))[:60]}",
    )


def refilled_line(prev: tuple[str, ...], cur: tuple[str, ...]) -> str | None:
    """The first word of the one line, among the heads' first six, that differs after that word
    (no digits on it: numbers are compared as values), when the heads are otherwise the same."""
    a, b = prev[:REFILL_LINES], cur[:REFILL_LINES]
    if len(a) != len(b) or len(a) < 4:
        return None
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 1:
        return None
    x, y = a[diff[0]].split(), b[diff[0]].split()
    if (
        len(x) < 2
        or len(y) < 2
        or x[0] != y[0]
        or any(ch.isdigit() for ch in a[diff[0]] + b[diff[0]])
    ):
        return None
    return x[0]


def _refill(ctx: Context) -> tuple[int, tuple[str, ...]]:
    # Four signals ask for the same pair of pages: the comparison is cached.
    found = template_refill(ctx.prev_cues.head_lines, ctx.cues.head_lines)
    if not (ctx.page.ocr_used and ctx.prev.ocr_used) or (found[1] and found[0] >= TEMPLATE_FIXED):
        return found
    # OCR cuts one head into lines differently from scan to scan: what the lines did not
    # show, the words may (the shared runs of words; a date that changed).
    words = template_refill_words(ctx.prev_cues.head_lines, ctx.cues.head_lines)
    lines = found[1] if found[0] >= 2 else ()
    return max(found[0], words[0]), lines or words[1]


def signal_carried_code(ctx: Context) -> Signal | None:
    """The page's first lines carry an identifier or a name that the open document has in its
    body: a running header ("Devis Q431363 - M. Thistlewood", "ITT/2026/99 - Schedule of
    Rates", "Bethany Okonkwo - Haushaltsplan") on a schedule, budget sheet or form that belongs
    to the document before it, however new it looks, or the number of a delivery ticket that
    an invoice two pages back lists. A page's own head is left out: a letterhead's names and
    numbers are the sender's, on every document it sends."""
    found = carried_from_open(ctx)
    if found is None:
        if footed := footer_carries(ctx):
            reason = f"footer carries {footed}, given above in the document"
            return Signal("carried_code", -CARRIED_CODE, reason)
        if titled := _title_run_on(ctx):
            reason = f"first line runs on '{titled[:40]}' from the head of page {ctx.prev.number}"
            return Signal("carried_code", -CARRIED_CODE, reason)
        return None
    what, number = found
    return Signal("carried_code", -CARRIED_CODE, f"head carries {what} from page {number}")


def _title_run_on(ctx: Context) -> str | None:
    """A part of the page's first line, split at its dashes or bars, that is a line of the
    previous page's head below its first (a survey's "BEWEISSICHERUNG - ZUSTANDSFESTSTELLUNG -
    Bismarckstraße 126, 49124 Georgsmarienhütte" under the report's title and the property's
    address): the report's running header on its later pages. Over A-DDDDD's born-digital
    streams 8 of 908 such pages began a document. Not when both pages open with the same line
    (the sender's one-line letterhead on each of its documents)."""
    lines = text_lines(ctx.page.text)
    above = text_lines(ctx.prev.text)
    if not lines or not above or _unnumbered(lines[0]) == _unnumbered(above[0]):
        # (Nor when they differ in a number only: "Small Hours - Show report 4" after "... 3"
        # heads the production's next report.)
        return None
    parts = vocab.DASH_OR_BAR_RE.split(lines[0])
    if len(parts) < 2:
        # A whole first line found below the previous page's top is its addressee, now the
        # sender: the office's own paper after a supplier's invoice to it.
        return None
    below_top = set(ctx.prev_cues.head_lines[1:10])
    for part in parts:
        if len(part.split()) >= 2 and canon_text(part) in below_top:
            return part.strip()
    if canon_text(parts[0]) == canon_text(above[0]) and any(
        ch.isdigit() for ch in "".join(parts[1:])
    ):
        # The sender's letterhead line heading a running header with a date or number
        # ("WallDesk Software Ltd - Direct debit collection report - December 2024" after the
        # statement's letter under "WALLDESK SOFTWARE LTD"): the report that letter sends.
        # Without one it is the sender's next letterhead ("Sparkasse Nord - Nachlassservice").
        # Over A-LLLLL's born-digital streams 12 of 602 such pages began a document.
        return parts[0].strip()
    return None


def _unnumbered(line: str) -> str:
    return _DIGITS_RE.sub("#", line.strip())


_DIGITS_RE = re.compile(r"\d+")


def footer_carries(ctx: Context) -> str | None:
    """The number the open document gave under its label ("Job no. KU-82-9002" on a proof
    approval) that this page's last lines carry without it ("Kingsmead Print - KU-82-9002 -
    proof 1/2"): the document's own pages, printed for it. Not a number in the footer of the
    previous page or of the document's first page as well: that is the sender's (its company or
    charity number), which every document it sends carries."""
    own = set(ctx.cues.refs.values())
    wanted = [
        v
        for k, v in ctx.open_refs.items()
        if k not in vocab.PARTY_REFS and v not in own and sum(ch.isalnum() for ch in v) >= 5
    ]
    if not wanted:
        return None
    seen = _last_lines(ctx.prev) + _last_lines(ctx.document_first[0])
    for value in wanted:
        found = _number_re(value)
        if any(found.search(ln) for ln in _last_lines(ctx.page)) and not any(
            found.search(ln) for ln in seen
        ):
            key = next(k for k, v in ctx.open_refs.items() if v == value)
            return f"{key} no. {value}"
    return None


@functools.lru_cache(maxsize=256)
def _number_re(value: str) -> re.Pattern[str]:
    """``value`` as a whole number in a line: not part of a longer one ("4711" in "4711-2")."""
    return re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-])")


def _last_lines(page: PageFeatures) -> tuple[str, ...]:
    """A page's last three lines with text, upper case: where a footer stands."""
    return tuple(ln.upper() for ln in text_lines(page.text)[-3:])


def _wordings(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Running-header parts without their numbers, codes and punctuation: a web page's print
    line carries its date, time and the page's own id ("Payout po_6UMVQ99JKCK5HL46H")."""
    return tuple(
        " ".join(w for w in re.sub(r"[^\w]+", " ", x).split() if not any(c.isdigit() for c in w))
        for x in parts
    )


def carried_from_open(ctx: Context, *, codes_only: bool = False) -> tuple[str, int] | None:
    """What the page's head carries from the open document, and from which page."""
    parts = () if codes_only else ctx.cues.running_parts
    if (
        parts
        and _wordings(parts) == _wordings(ctx.prev_cues.running_parts)
        and signal_template(ctx) is not None
    ):
        # Both pages open with the same running header (up to its numbers: a web page's
        # print date and time) and the rest of the head is filled in anew: the sender's next
        # notice, whose name the last one's signature repeats.
        parts = ()
    codes = ctx.cues.head_codes
    if shared := codes & ctx.prev_cues.head_codes:
        fixed, changed = _refill(ctx)
        if changed and fixed >= TEMPLATE_FIXED:
            # Both heads carry the same shipment or file number and the rest is filled in
            # anew: the next confirmation under that number, not an enclosure it announced.
            codes = codes - shared
    if not codes and not parts:
        return None
    # A number the open document gave under a label ("Report no. SR-83255" under its title)
    # heads this page unlabelled ("COMPONENT STRIP REPORT SR-83255"): the report's later
    # sheet. (The body search below skips a page's first lines, its letterhead.) Not the
    # customer's or account's number: the same sender's next invoice carries that one too.
    labelled = {v: k for k, v in ctx.open_refs.items() if k not in vocab.PARTY_REFS}
    if hit := next((c for c in sorted(codes) if c in labelled), None):
        return hit, ctx.prev.number
    # The same, when the previous page's head gave the number under its label, below its
    # letterhead ("Förderkennzeichen" / "GR/74/2489" on a grant claim, then "Belegliste -
    # Abruf 2 - GR/74/2489"): over A-LLL's born-digital streams 1 of 655 such pages began a
    # document. Again not a party's number.
    refs = {**ctx.prev_cues.refs, **ctx.open_refs}
    party = {v for k, v in refs.items() if k in vocab.PARTY_REFS}
    below = (c for c in sorted(codes - party) if _below_top(c, ctx.prev_cues.head_lines))
    if hit := next(below, None):
        return hit, ctx.prev.number
    bodies = ctx.open_bodies or ((ctx.prev.number, page_body(ctx.prev)),)
    if parts and not any(ch.isdigit() for ch in "".join(ctx.cues.head_lines[:1])):
        # The previous page's footer names its sender ("Sparkasse X - Sitz Münster - USt-IdNr.
        # ..."), as every letter of that sender does: a name carried from there is the
        # sender's next letterhead ("Sparkasse X - Nachlassservice"), not a running header,
        # which carries its document's number or date ("Imprimerie Y - Facture RE 90-96975").
        foot = {ln.strip().upper() for ln in ctx.prev.bottom_text.splitlines()}
        parts = tuple(p for p in parts if not _only_in(p.upper(), bodies, ctx.prev.number, foot))
        if not codes and not parts:
            return None
    return _find_carried(codes, parts, ctx.prev.number, bodies)


def _below_top(code: str, head_lines: tuple[str, ...]) -> bool:
    """Whether ``code`` stands in ``head_lines`` (canonical) below the first two, where a
    letterhead's own numbers are not."""
    key = canon_text(code)
    if not key:
        return False
    found = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    return any(found.search(ln) for ln in head_lines[2:12]) and not any(
        found.search(ln) for ln in head_lines[:2]
    )


def _only_in(part: str, bodies: tuple[tuple[int, str], ...], number: int, foot: set[str]) -> bool:
    """True when ``part`` turns up on page ``number``'s body in its footer lines only."""
    body = next((b for n, b in bodies if n == number), "")
    lines = [ln for ln in body.splitlines() if part in ln]
    return bool(lines) and all(ln.strip() in foot for ln in lines)


@functools.lru_cache(maxsize=16)
def _find_carried(
    codes: frozenset[str],
    parts: tuple[str, ...],
    prev_number: int,
    bodies: tuple[tuple[int, str], ...],
) -> tuple[str, int] | None:
    # Three signals ask for the same page: the search through the bodies is cached.
    for number, upper in bodies:
        carried = next((c for c in sorted(codes) if c in upper), None)
        if carried is None and number == prev_number:
            # A name is no identifier: a sender's name turns up in the bodies of its own
            # letters, so only the page just before counts for a running header.
            carried = next((f"'{p}'" for p in parts if p.upper() in upper), None)
        if carried is not None:
            return carried, number
    return None


#: A receipt has few lines; a letter or statement that happens to bear a listed date has more.
#: (25 until an itemised hotel bill behind an expense claim in EE ran past that.)
RECEIPT_MAX_LINES = 40
#: Log-odds against a start for a receipt whose date a claim or list in the open document has.
LISTED_RECEIPT = 8.0
#: The same for a delivery note or ticket, which has no total: over A-PPP's born-digital
#: streams 2 of 47 such pages began a document.
LISTED_DELIVERY = 4.0


#: A period a bill covers: "Period 15/02/2024 - 28/02/2024", "Zeitraum 01.07.2025 bis 31.07.2025".
_DAY = r"(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
_PERIOD_SPAN_RE = re.compile(rf"{_DAY}\s*(?:-|\u2013|to|bis|au)\s*{_DAY}", re.IGNORECASE)
#: How many head lines of the bill are searched for its period.
PERIOD_LINES = 20
#: At least this many dates make the page a list, and this share of them in the period.
PERIOD_LIST_DATES = 3
PERIOD_LIST_SHARE = 0.8


def listed_in_period(ctx: Context) -> int | None:
    """The page before states a period, and this page, with no sender of its own, lists
    dates that fall in it: the bill's itemised list. Over A-LLLLL's born-digital streams 3 of
    35 such pages began a document (new letters with other cues enough; none changed)."""
    if ctx.cues.sender:
        return None
    span = next(
        (
            m
            for ln in ctx.prev.text.splitlines()[:PERIOD_LINES]
            if (m := _PERIOD_SPAN_RE.search(ln))
        ),
        None,
    )
    if span is None:
        return None
    start, end = all_dates(span.group(1)), all_dates(span.group(2))
    dates = all_dates(ctx.page.text)
    if len(start) != 1 or len(end) != 1 or len(dates) < PERIOD_LIST_DATES:
        return None
    low, high = min(start), min(end)
    inside = sum(low <= d <= high for d in dates)
    return ctx.prev.number if inside >= PERIOD_LIST_SHARE * len(dates) else None


def signal_listed(ctx: Context) -> Signal | None:
    """A short page with a total (a till receipt, a taxi or hotel bill) whose date an open
    page lists next to an amount: the receipts stapled behind the expense claim that lists
    them, one line each. Or a ticket, receipt or invoice whose number an open page lists
    next to an amount: the drivers' tickets behind the invoice that charges for them."""
    numbering = ctx.cues.numbering
    if numbering is not None and numbering.number == 1 and (numbering.total or 0) > 1:
        # The first of several numbered pages is no slip stapled behind a list: over A-LLLLL's
        # born-digital streams all 10 such pages whose date a list had began a document.
        return None
    if ctx.cues.title_word and ctx.cues.address_blocks - ctx.prev_cues.address_blocks:
        # A titled page addressed to someone ("Facture" to the hostel) is a bill of its own,
        # not a till receipt: over A-LLLLL and the two batches opened in session 23 all 10
        # such pages whose date a list had began a document.
        return None
    weight = LISTED_RECEIPT
    if (number := listed_on(ctx)) is not None:
        what = f"date {ctx.cues.date}"
    elif found := listed_ref(ctx):
        what, number = found
    elif (number := listed_on(ctx, delivery=True)) is not None:
        # A delivery note has no total to tell it from a letter by: its title does.
        what, weight = f"delivery of {ctx.cues.date}", LISTED_DELIVERY
    elif found := listed_address(ctx):
        what, number = found
    elif (number := listed_in_period(ctx)) is not None:
        # The itemised list of what a bill charges for in its period ("Reservation statement"
        # behind a platform's commission invoice for 15/02-28/02).
        reason = f"the dates listed here fall in the period page {number} bills"
        return Signal("listed", -LISTED_DELIVERY, reason)
    else:
        return None
    return Signal("listed", -weight, f"{what} is a line of the list on page {number}")


def listed_ref(ctx: Context) -> tuple[str, int] | None:
    """("ticket no. 174640", page) when this page's own ticket, receipt or invoice number
    stands on a line of an open page that ends in an amount."""
    refs = [(k, v) for k, v in ctx.cues.refs.items() if k in vocab.LISTED_REF_KEYS]
    if not refs:
        return None
    lines = _listed_lines(ctx.open_bodies or ((ctx.prev.number, page_body(ctx.prev)),))
    for key, value in refs:
        found = _number_re(value)
        if hit := next((n for n, line in lines if found.search(line)), None):
            return f"{key} no. {value}", hit
    return None


#: The number that opens a row of a numbered list ("2 " before "83, chemin des Vignes ...").
_NUMBERED_ROW_RE = re.compile(r"^\s*\d{1,3}\s+")


def listed_address(ctx: Context) -> tuple[str, int] | None:
    """("address 31, rue de la Gare", page) when an address line of this page's head stands
    in a numbered row of a list on an open page, with a date after it: one property's
    certificate behind the schedule that lists every property of a landlord's batch. Over
    A-NNNN's born-digital streams 11 such pages after the schedule, none a document's first
    (the certificates after the first carry the same rows in the open document)."""
    # (A schedule's rows may begin on its third line, which a body leaves out: the open
    # pages are read whole.)
    pages = ctx.open_pages or (ctx.prev,)
    for line in text_lines(ctx.page.text)[:14]:
        if len(line) < 15 or not vocab.POSTAL_RE.search(canon_text(line)):
            continue
        key = line.upper()
        for page in pages:
            for row in _numbered_rows(page.text):
                at = row.find(key)
                if (
                    at > 0
                    and _NUMBERED_ROW_RE.fullmatch(row[:at])
                    and find_date(row[at + len(key) :]) is not None
                ):
                    return f"address {line[:30]}", page.number
    return None


@functools.lru_cache(maxsize=64)
def _numbered_rows(text: str) -> tuple[str, ...]:
    """The lines of ``text`` that open with a row number, in upper case: read once a page,
    not once for every address line of every page after it."""
    return tuple(ln for ln in text.upper().splitlines() if _NUMBERED_ROW_RE.match(ln))


@functools.lru_cache(maxsize=16)
def _listed_lines(bodies: tuple[tuple[int, str], ...]) -> tuple[tuple[int, str], ...]:
    """The rows of the open pages' lists, each with its page's number."""
    return tuple((number, line) for number, body in bodies for line in _list_rows(body))


@functools.lru_cache(maxsize=64)
def _list_rows(body: str) -> tuple[str, ...]:
    """The lines of ``body`` that end in an amount: the rows of a list."""
    return tuple(line for line in body.splitlines() if vocab.LINE_AMOUNT_RE.search(line))


def listed_on(ctx: Context, *, delivery: bool = False) -> int | None:
    """The open page that lists this receipt's date next to an amount, if any; with
    ``delivery``, this delivery note's or ticket's date."""
    date = ctx.cues.date
    if date is None or ctx.cues.salutation:
        return None
    if delivery:
        if not any(vocab.DELIVERY_TITLE_RE.search(ln) for ln in ctx.cues.head_lines[:6]):
            return None
    elif not vocab.RECEIPT_TOTAL_RE.search(ctx.page.text):
        return None
    if len(ctx.page.text.splitlines()) > RECEIPT_MAX_LINES:
        return None
    bodies = ctx.open_bodies or ((ctx.prev.number, page_body(ctx.prev)),)
    return next((number for number, body in bodies if date in _listed_dates(body)), None)


@functools.lru_cache(maxsize=64)
def _listed_dates(body: str) -> frozenset[str]:
    """The dates on the lines of ``body`` that end in an amount: the rows of a list."""
    return frozenset(d for line in _list_rows(body) for d in all_dates(line))

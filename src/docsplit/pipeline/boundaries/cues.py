"""The cues of one page, computed once per page: :class:`PageCues`.

Everything a signal compares between neighbours is read here from the page's text and layout:
its page number, running header and footer, head lines, title, salutation, subject, date,
closing, enclosure and attachment lines, reference numbers, identity fields and topic words.
Also the small text measures the signals share (cosine similarity of word counts, Jaccard
overlap of lines)."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import attrs

from docsplit.pipeline.boundaries import vocab
from docsplit.pipeline.extract import PageFeatures

#: How many of a page's first lines are compared as its head.
HEAD_LINES = 15
#: Lines of a page's head where a window envelope's return address sits, and where an
#: address block may end (a letterhead, a return address and five address lines, with a
#: reference line or two between).
RETURN_LINES = 14
ADDRESS_LINES = 16
#: The lines of a page's head that name its sender, see :func:`_names_sender`.
SENDER_LINES = 4


@attrs.frozen
class Numbering:
    """A page number found in a page's header or footer."""

    number: int
    total: int | None
    text: str
    #: A bare number on a line of its own: a page number only when the sequence confirms it.
    loose: bool = False


@attrs.frozen
class PageCues:
    """The cues of one page that the signals compare across neighbours."""

    numbering: Numbering | None
    header: str
    footer: str
    #: The first lines of the page, normalised like ``header``.
    head_text: str
    words: Counter[str]
    refs: dict[str, str]
    title_word: str | None
    #: The whole line the title word stands on, digits and punctuation removed.
    title_line: str
    salutation: bool
    subject: str | None
    closing: bool
    signature: bool
    total: bool
    continued: bool
    #: A closing formula ("Yours faithfully") in the first two lines.
    opens_closed: bool
    #: An attachment's title in the first lines ("Form of proxy", "Conditions of hire").
    attachment: str | None
    #: The page refers to its back ("terms overleaf").
    overleaf: bool
    #: A copy mark on a line of its own ("COPY", "Abschrift").
    copy_mark: bool
    date: str | None
    letterhead: bool
    #: What an enclosure line near the end announces ("price schedule"), "" for a bare
    #: "Encl.", None without one.
    enclosure: str | None = None
    #: Identity fields of the head ("employee name" -> "anna schmidt"), see :func:`find_fields`.
    fields: dict[str, str] = attrs.field(factory=dict)
    #: The large-type text at the top, normalised: a form or document title set large.
    large_title: str = ""
    #: The first lines of the page, lower case with punctuation removed (digits kept).
    head_lines: tuple[str, ...] = ()
    #: Identifiers in the first two lines (upper case), see ``forms.signal_carried_code``.
    head_codes: frozenset[str] = frozenset()
    #: The parts of a running header around its dash ("Bethany Okonkwo", "Haushaltsplan" in
    #: "Bethany Okonkwo - Haushaltsplan"), empty when the first line is no such header.
    running_parts: tuple[str, ...] = ()
    #: The sender's return address on a line of its own in the head (window envelopes).
    return_address: bool = False
    #: The address blocks in the head, each its street line and postcode line (lower case):
    #: a letterhead's own address and an addressee's.
    address_blocks: frozenset[tuple[str, str]] = frozenset()
    #: The longer words of what the page hands over, in their order ("anbei erhalten Sie die
    #: Niederschrift über ..." -> ("niederschrift", ...)), see ``vocab.HANDOVER_RE``.
    handover: tuple[str, ...] = ()
    #: The head is a table of dated rows: its first date is a row's (see :func:`_dated_rows`).
    dated_rows: bool = False
    #: The first lines name a sender: an organisation's legal form ("GmbH", "Ltd", "SAS") or
    #: a postcode and town, see :func:`_names_sender`.
    sender: bool = False
    #: Those first lines as canonical lines, a table's rows left out (see :func:`_table_row`):
    #: where the sender's names are looked for.
    sender_lines: tuple[str, ...] = ()
    #: Identifiers on the first line (a running header's "UELN 826005215144611", "HAWB
    #: LFX-4059802"): mixed codes and digit runs of six or more, dates left out.
    header_ids: frozenset[str] = frozenset()
    #: The first lines that carry an identifier, each as its wording (identifiers replaced by
    #: "#") and its identifiers: "AUFTRAG / BESTELLUNG PO-24-0986-1" ->
    #: ("auftrag / bestellung #", {"PO-24-0986-1"}).
    head_ids: tuple[tuple[str, frozenset[str]], ...] = ()


def find_fields(lines: Sequence[str]) -> dict[str, str]:
    """Identity fields in a page's head: ``Name: value`` pairs whose name says who or which
    period the document is about (employee, customer, recipient, taxpayer, ID, tax year ...),
    plus "Tax year 2023" / "Pay period 2024-03" written without a colon. Keys and values are
    normalised (lower case, punctuation removed)."""
    out: dict[str, str] = {}
    for line in lines:
        keys = list(vocab.FIELD_KEY_RE.finditer(line))
        for k, m in enumerate(keys):
            end = keys[k + 1].start() if k + 1 < len(keys) else len(line)
            key = " ".join(re.sub(r"[^\w ]+", " ", m.group(1).lower()).split()[-3:])
            value = " ".join(re.sub(r"[^\w ]+", " ", line[m.end() : end].lower()).split()[:6])
            words = set(key.split())
            if not value or not words & vocab.IDENTITY_WORDS or words & vocab.NOT_IDENTITY:
                continue
            out.setdefault(key, value)
        for m in vocab.PERIOD_RE.finditer(line):
            out.setdefault(m.group(1).lower(), m.group(2))
        form = vocab.FORM_ID_RE.search(line)
        if form:
            # "Form 993-2" is page 2 of form 993; "Form W-2" and "Form 1099-G" stay whole.
            stem, _, suffix = form.group(1).rpartition("-")
            form_id = (
                stem
                if suffix.isdigit() and len(suffix) <= 2 and any(map(str.isdigit, stem))
                else form.group(1)
            )
            out.setdefault("form", form_id.lower())
    return out


def _norm_line(text: str) -> str:
    """Header/footer text without digits and punctuation, so page numbers and dates vary freely."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\d\W_]+", " ", text)
    return " ".join(w for w in text.split() if len(w) > 1)


def _first_line(text: str, *, ocr: bool = False) -> str:
    return next((ln for ln in text.splitlines() if _worded(ln, ocr)), "")


def _last_line(text: str, *, ocr: bool = False) -> str:
    return next((ln for ln in reversed(text.splitlines()) if _worded(ln, ocr)), "")


_WORD3_RE = re.compile(r"[^\W\d_]{3}")


def _worded(line: str, ocr: bool) -> bool:
    """A line to take for a running header or footer: on a scan, one with a word in it, not a
    scrap that OCR made of a rule, a punch hole or a stamp ("=", "rr", "2/ rs)")."""
    return bool(line.strip()) and (not ocr or _WORD3_RE.search(line) is not None)


def _ref_key(label: str) -> str:
    key = label.lower()
    key = key[:-1] if key.endswith(vocab.FUGEN_S) else key
    return vocab.REF_SYNONYMS.get(key, key)


@functools.lru_cache(maxsize=64)
def text_lines(text: str) -> tuple[str, ...]:
    """The lines of a page's text that hold something, as written. (Several signals read the
    same page's first or last lines; the split is made once.)"""
    return tuple(ln for ln in text.splitlines() if ln.strip())


def find_numbering(page: PageFeatures) -> Numbering | None:
    """The page number in the header or footer (or the first/last lines when bands are empty)."""
    lines = text_lines(page.text)
    places = [page.bottom_text, page.top_text, "\n".join(lines[-4:]), "\n".join(lines[:3])]
    for i, place in enumerate(places):
        if not place:
            continue
        for pattern in vocab.NUMBERING:
            m = pattern.search(place)
            bare = pattern is not vocab.NUMBERING[0]
            if m and bare and i < 2 and not _at_page_edge(place, m.start(), top=i == 1):
                # "1/4" alone on a line mid-band is a form's value (the fuel gauge of a car
                # handover, a share), not its page number.
                continue
            if m:
                number, total = _ocr_int(m.group(1)), int(m.group(2))
                if 1 <= number <= total <= 500:
                    return Numbering(number, total, m.group(0).strip())
    for place in places[:2]:
        for pattern in vocab.NUMBER_ONLY:
            m = pattern.search(place)
            if m and 1 <= int(m.group(1)) <= 500:
                return Numbering(int(m.group(1)), None, m.group(0).strip())
    # A bare number as the first or last line of the page.
    for line in [*lines[:1], *lines[-1:]]:
        m = vocab.BARE_NUMBER.match(line)
        if m and 1 <= int(m.group(1)) <= 500:
            return Numbering(int(m.group(1)), None, m.group(1), loose=True)
    return None


def _at_page_edge(band: str, offset: int, *, top: bool) -> bool:
    """Whether ``offset`` lies on one of the two lines of ``band`` nearest the page's edge:
    the first two of the top band, the last two of the bottom band."""
    before = band[:offset].count("\n")
    return before < 2 if top else band.count("\n") - before < 2


def _ocr_int(text: str) -> int:
    """A page number as OCR reads it: "1" often comes out as "|", "l" or "I" ("Page | of 5")."""
    return 1 if text == "|" or text.lower() in ("l", "i") else int(text)


def find_date(text: str) -> str | None:
    """The first plausible date in ``text`` as ISO yyyy-mm-dd."""
    best: tuple[int, str] | None = None
    for pattern, kind in vocab.DATE_PATTERNS:
        for m in pattern.finditer(text[:3000]):
            iso = iso_date(m.groups(), kind)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
                break
    return best[1] if best else None


@functools.lru_cache(maxsize=64)
def all_dates(text: str) -> frozenset[str]:
    """Every plausible date in ``text``, as ISO yyyy-mm-dd."""
    found: set[str] = set()
    for pattern, kind in vocab.DATE_PATTERNS:
        for m in pattern.finditer(text):
            if iso := iso_date(m.groups(), kind):
                found.add(iso)
    return frozenset(found)


def _dated_rows(lines: Sequence[str]) -> bool:
    """The head is a table of dated rows (a log, a list of payments, a vaccination record):
    two lines or more begin with a date and go on, and three dates stand in it. Its first date
    is a row's, not the document's."""
    starts = sum(1 for ln in lines if len(ln) > 14 and _begins_with_date(ln))
    if starts < 2:
        return False
    dates = sum(1 for ln in lines for p, _ in vocab.DATE_PATTERNS for _ in p.finditer(ln))
    return dates >= 3


def _names_sender(lines: Sequence[str]) -> bool:
    """Whether one of ``lines`` names an organisation by its legal form or carries a postcode
    and town: who sends the page, as a letterhead, a form's issuer or a sender line does. A
    letter-spaced name counts too ("F E N W I C K M O S S A R C H I T E C T S L T D")."""
    return any(
        vocab.LEGAL_FORM_RE.search(ln)
        or vocab.POSTAL_RE.search(_canon_line(ln))
        or any(
            vocab.LEGAL_FORM_END_RE.search(run.replace(" ", ""))
            for run in vocab.SPACED_RE.findall(ln)
        )
        for ln in lines
    )


def _table_row(line: str) -> bool:
    """Whether ``line`` is a table's row: it begins with a date and ends with an amount
    ("13.07.2024 Druckerei Gebr. Ollig GmbH INV-96265 Honorare 157,07"). A supplier named in
    a list of receipts is no sender of the page."""
    return _begins_with_date(line) and bool(vocab.LINE_AMOUNT_RE.search(line))


def sender_names(line: str) -> list[str]:
    """The sender names on a canonical head line: an organisation's name up to its legal form
    (its last three words: "druckerei lindner gmbh") and a postcode with its town."""
    return organisation_names(line) + [m.group(0) for m in vocab.POSTAL_RE.finditer(line)]


def organisation_names(line: str) -> list[str]:
    """The organisations a canonical line names, each up to its legal form (its last three
    words: "druckerei lindner gmbh")."""
    return [" ".join(line[: m.end()].split()[-3:]) for m in vocab.LEGAL_FORM_RE.finditer(line)]


def canon_text(text: str) -> str:
    """A page's text as one canonical line, to look canonical phrases up in."""
    return " ".join(_canon_line(ln) for ln in text.splitlines())


def _begins_with_date(line: str) -> bool:
    """Whether ``line`` begins with a date, or with a table row's running number and then a
    date ("12 01.05.2027 14.247,97 ...")."""
    row = vocab.ROW_NUMBER_RE.match(line)
    return any(
        p.match(line) or (row is not None and p.match(line, row.end()))
        for p, _ in vocab.DATE_PATTERNS
    )


def iso_date(groups: Sequence[str], kind: str) -> str | None:
    try:
        if kind == "ymd":
            y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
        elif kind == "dmy":
            d, mo, y = int(groups[0]), int(groups[1]), int(groups[2])
        elif kind == "slash":
            a, b, y = int(groups[0]), int(groups[1]), int(groups[2])
            # Day first when it cannot be a month; otherwise the US order.
            d, mo = (a, b) if a > 12 else (b, a)
        elif kind == "mdy":
            mo, d, y = vocab.MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        else:
            d, mo, y = int(groups[0]), vocab.MONTHS[groups[1].lower()], int(groups[2])
    except (KeyError, ValueError):
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


#: A word long enough to name a thing handed over ("Niederschrift", "certificate").
_NAME_WORD_RE = re.compile(r"[^\W\d_]{6,}")

#: An identifier in a running header: a code with letters and digits or six digits and more.
_HEADER_ID_RE = re.compile(r"(?<![\w/.-])(?=[\w/-]*\d)(?:[^\W_][\w/-]{4,}[^\W_]|\d{6,})(?![\w/-])")
#: A date written in digits ("25/03/2024", "2020-12-01"): no identifier.
_DIGIT_DATE_RE = re.compile(r"^\d{1,4}([./-])\d{1,2}\1\d{1,4}$")
#: How many of a page's first lines are searched for a title or field line with an identifier.
HEAD_ID_LINES = 6

#: A table's rules and a box's edges as OCR reads them: "FACTURE | 23000088 | 31/12/2012".
_RULE_RE = re.compile(r"(?<!\S)[|¦]+(?!\S)")


def page_cues(page: PageFeatures) -> PageCues:
    # On a scan a label and its value may have a table's rule between them, which a text
    # layer does not have: the cues read the words.
    text = _RULE_RE.sub(" ", page.text) if page.ocr_used else page.text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    head = "\n".join(lines[:12])
    tail = "\n".join(lines[-15:])
    ending = "\n".join(lines[-8:])
    enclosure_line = vocab.ENCLOSURE_RE.search(ending)
    # A sentence announcing an enclosure stands anywhere in a letter's body, not only at its
    # foot: "We are pleased to enclose your guarantee certificate" in the first paragraph.
    # (Below the letterhead, or the last 8 lines of a short page.)
    body = " ".join(lines[max(0, min(5, len(lines) - 8)) :])
    enclosure_phrase = vocab.ENCLOSE_PHRASE_RE.search(body) or vocab.ENCLOSE_FOOT_RE.search(ending)
    enclosure = (
        enclosure_line.group(1).strip()
        if enclosure_line
        else " ".join(enclosure_phrase.group(0).lower().split())
        if enclosure_phrase
        else None
    )
    handover = vocab.HANDOVER_RE.search(body)
    named = [handover.group(1)] if handover else []
    named += [w for m in vocab.HANDOVER_NOUN_RE.finditer(body) for w in m.groups() if w]
    # A title is set large or stands on a short line of its own near the top; the same word
    # inside running text ("this agreement ...") is no title.
    # (Nor is a table row with its amounts: "Lift maintenance contract 7,809.53 9,179.00".)
    # (Nor a short sentence: "The invoice was paid.")
    short_lines = [
        ln
        for ln in lines[:5]
        if len(ln.split()) <= 6
        and len(vocab.AMOUNT_RE.findall(ln)) < 2
        and not vocab.SENTENCE_END_RE.search(ln)
    ]
    # On a page set in one size the "large" text is all of it: no title stands out there.
    large = page.large_text if page.max_font_size >= 1.1 * page.body_font_size else ""
    title_place = large + "\n" + "\n".join(short_lines)
    title = vocab.TITLE_RE.search(title_place)
    title_line = ""
    if title:
        start = title_place.rfind("\n", 0, title.start()) + 1
        end = title_place.find("\n", title.end())
        title_line = _norm_line(title_place[start : end if end != -1 else None])
    subject = vocab.SUBJECT_RE.search("\n".join(lines[:30]))
    refs: dict[str, str] = {}
    for m in (*vocab.REF_RE.finditer(text[:1500]), *vocab.REF_FR_RE.finditer(text[:1500])):
        refs.setdefault(_ref_key(m.group(1)), m.group(2).upper())
    # Footers carry the sender's own numbers ("Registered in England No. 8043620"), the same
    # on every document it sends: generic labels count only above the footer.
    foot = {ln.strip() for ln in page.bottom_text.splitlines()}
    above = "\n".join(ln for ln in text[:1500].splitlines() if ln.strip() not in foot)
    for m in vocab.REF_ANY_RE.finditer(above):
        key = _ref_key(m.group(1))
        if key not in vocab.REF_ANY_SKIP:
            refs.setdefault(key, m.group(2).upper())
    senders = [ln for ln in lines[:SENDER_LINES] if not _table_row(ln)]
    return PageCues(
        numbering=find_numbering(page),
        # The first line of the top band and the last of the bottom band: running headers and
        # footers live there, the rest of a band is ordinary content.
        header=_norm_line(_first_line(page.top_text, ocr=page.ocr_used)),
        footer=_norm_line(_last_line(page.bottom_text, ocr=page.ocr_used)),
        head_text=_norm_line(head),
        words=Counter(
            w for w in (x.lower() for x in vocab.WORD_RE.findall(text)) if w not in vocab.STOPWORDS
        ),
        refs=refs,
        title_word=title.group(0).lower() if title else None,
        title_line=title_line,
        salutation=bool(vocab.SALUTATION_RE.search("\n".join(lines[:25]))),
        subject=subject.group(1).strip() if subject else None,
        closing=bool(vocab.CLOSING_RE.search(tail)),
        signature=bool(vocab.SIGNATURE_RE.search(tail)),
        total=bool(vocab.TOTAL_RE.search(tail)),
        enclosure=enclosure,
        continued=bool(
            vocab.CONTINUED_RE.search(head) or (lines and vocab.LATER_SECTION_RE.match(lines[0]))
        ),
        overleaf=bool(vocab.OVERLEAF_RE.search(text)),
        copy_mark=bool(vocab.COPY_MARK_RE.search(text)),
        opens_closed=bool(vocab.CLOSING_RE.search("\n".join(lines[:2]))),
        attachment=_attachment(lines),
        # A head of twelve lines may end above the date: a letterhead, the return line and a
        # foreign address of four lines (over A-FFFF's born-digital streams 14 more starts
        # found and 6 more false splits with the next four lines).
        date=find_date(head) or find_date("\n".join(lines[12:16])),
        dated_rows=_dated_rows(lines[:12]),
        sender=_names_sender(senders),
        sender_lines=tuple(h for ln in senders if (h := _canon_line(ln))),
        letterhead=page.body_font_size > 0 and page.max_font_size >= 1.35 * page.body_font_size,
        fields=find_fields(lines[:20]),
        large_title=_norm_line(page.large_text)
        if page.body_font_size > 0 and page.max_font_size >= 1.2 * page.body_font_size
        else "",
        head_lines=tuple(h for ln in lines[:HEAD_LINES] if (h := _canon_line(ln))),
        running_parts=_running_parts(lines[0]) if lines else (),
        return_address=_return_address(lines[:RETURN_LINES]),
        handover=tuple(dict.fromkeys(w.lower() for w in _NAME_WORD_RE.findall(" ".join(named)))),
        address_blocks=_address_blocks(lines[:ADDRESS_LINES]),
        header_ids=_line_ids(lines[0]) if lines else frozenset(),
        head_ids=_head_ids(lines[:HEAD_ID_LINES]),
        head_codes=frozenset(
            m.group(0).upper()
            for ln in lines[:2]
            for m in vocab.CODE_RE.finditer(ln)
            if not vocab.DATE_CODE_RE.match(m.group(0))
        ),
    )


def _line_ids(line: str) -> frozenset[str]:
    """The identifiers on one line, upper case, spelled-out dates ("12-Mar-2024") left out."""
    return frozenset(
        m.group(0).upper()
        for m in _HEADER_ID_RE.finditer(line)
        if not vocab.DATE_CODE_RE.match(m.group(0))
    )


def _head_ids(lines: Sequence[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The lines of ``lines`` that carry identifiers, as (wording, identifiers)."""
    out: list[tuple[str, frozenset[str]]] = []
    for line in lines:
        # (A date in digits is no identifier of a title line; the first line keeps it, see
        # ``header_ids``.)
        ids = frozenset(i for i in _line_ids(line) if not _DIGIT_DATE_RE.match(i))
        if ids:
            wording = " ".join(_HEADER_ID_RE.sub("#", line).lower().split())
            out.append((wording, ids))
    return tuple(out)


#: At most this many lines make a page short enough to be only a signature page.
SIGNATURE_PAGE_LINES = 30
#: ... and at most this many, when its lines name who signs rather than place and date.
SIGNATURE_BLOCK_LINES = 12


def _attachment(lines: Sequence[str]) -> str | None:
    """What marks the page as something sent with the page before it: an attachment's title in
    its first lines ("Form of proxy", "Conditions of hire"), a first line that heads it as an
    annex ("Anlage: Qualitaetstableau"), or an exhibit's label stamped at its top or foot
    ("Anlage K 1", "Pièce n° 3"; in the body, "(Pièce n° 3)" on a line of its own only cites
    the exhibit)."""
    if title := vocab.ATTACHMENT_RE.search("\n".join(lines[:5])):
        return title.group(0).strip(" -:*")
    if lines and vocab.ANNEX_TITLE_RE.match(lines[0]):
        return lines[0][:60]
    if (
        len(lines) > 1
        and vocab.DASH_OR_BAR_RE.search(lines[0])
        and (schedule := vocab.CONDITION_SCHEDULE_RE.match(lines[1]))
    ):
        return schedule.group(0).strip(" -:*")
    if exhibit := next(
        (ln for ln in (*lines[:12], *lines[-4:]) if vocab.EXHIBIT_RE.match(ln)), None
    ):
        return exhibit
    text = "\n".join(lines)
    if len(lines) <= SIGNATURE_PAGE_LINES and len(vocab.SIGNING_PLACE_RE.findall(text)) >= 2:
        # Two parties sign with place and date on a short page: the signature page of the
        # contract or hire agreement before it (over A-PPP's born-digital streams, 1 of 45
        # such pages after a page without began a document).
        return "signature page"
    if len(lines) <= SIGNATURE_BLOCK_LINES and len(vocab.SIGNATURE_LINE_RE.findall(text)) >= 2:
        # A page that holds only the parties' signature block ("Le propriétaire / Signature
        # (lu et approuvé)", "For the Licensor ... For the Licensee"): over A-TTT's
        # born-digital streams, none of 50 such pages of 12 lines or fewer began a document.
        return "signature page"
    return None


def _return_address(lines: Sequence[str]) -> bool:
    """A return address line with the addressee's postcode in the few lines below it: the
    window of a letter's first page. (An address alone on a line is as often a venue or a
    signatory's in a form.)"""
    for i, line in enumerate(lines):
        if vocab.RETURN_ADDRESS_RE.match(line.strip()):
            below = "\n".join(lines[i + 1 : i + 6])
            return vocab.ADDRESSEE_POSTCODE_RE.search(below) is not None
    return False


def _address_blocks(lines: Sequence[str]) -> frozenset[tuple[str, str]]:
    """Street lines with, right under them, a postcode and town (both short lines), below the
    head's first two lines: an addressee's (or a sender's) block."""
    short = [ln.strip() for ln in lines if ln.strip()]
    return frozenset(
        (short[i - 1].lower(), short[i].lower())
        for i in range(2, len(short))
        if len(short[i]) < 45
        and len(short[i - 1]) < 45
        and vocab.ADDRESSEE_POSTCODE_RE.search(short[i]) is not None
        and vocab.STREET_RE.match(short[i - 1]) is not None
    )


def _running_parts(line: str) -> tuple[str, ...]:
    """The parts of a first line "A - B" around its dash (only A when B runs on); a tail with
    dashes of its own gives its pieces too: "Idris Pryce" in "Betriebskostenabrechnung 2024 -
    Idris Pryce - WE 02"."""
    lead = vocab.RUNNING_LEAD_RE.match(line)
    if lead is None:
        return ()
    tail = vocab.RUNNING_TAIL_RE.match(line)
    if tail is None:
        return (lead.group(1),)
    rest = tail.group(1).strip()
    # Only pieces that look like a name or a title: a town or a street in a letterhead strung
    # together with dashes would turn up in the return address of any letter.
    pieces = [
        x
        for x in vocab.DASH_RE.split(rest)
        if x != rest and len(x.split()) >= 2 and not any(ch.isdigit() for ch in x)
    ]
    return (lead.group(1), rest, *pieces)


def _canon_line(text: str) -> str:
    """A line compared as a whole: lower case, punctuation removed, digits kept."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two word-count vectors (0 when either is empty)."""
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def jaccard(a: str, b: str) -> float:
    sa, sb = set(a.split()), set(b.split())
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def page_body(page: PageFeatures) -> str:
    """A page's text below its first four lines (its letterhead), in upper case."""
    return "\n".join(page.text.splitlines()[4:]).upper()

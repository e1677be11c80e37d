"""Comparing the heads of two pages: is the second the first's template filled in anew?

A document's second page repeats at most its running header; the next letter, receipt or
notice of a batch repeats the whole head with another recipient, number or date.
:func:`template_refill` compares head lines (born-digital text), :func:`template_refill_words`
compares them word by word (OCR joins and splits a head's lines differently from scan to
scan). Both are pure and cached, since several signals ask about the same pair of pages."""

from __future__ import annotations

import difflib
import functools
import re

from docsplit.pipeline.boundaries import vocab


def line_label(line: str) -> str:
    """The label a line starts with: up to two words before the first word with a digit or
    the name of a month ("milchgeldabrechnung" in "milchgeldabrechnung dezember 2024")."""
    words: list[str] = []
    for w in line.split()[:2]:
        if any(ch.isdigit() for ch in w) or w in vocab.MONTHS:
            break
        words.append(w)
    return " ".join(words)


def another_id(a: str, b: str) -> bool:
    """Whether identifier ``a`` is another of the same shape as ``b`` (letters for letters,
    digits for digits), not the next of a series: finding forms NC-2024-003 and NC-2024-004
    of one audit report, sheets 7 and 8 of one log. (Orders PO-24-0986-1 and PO-24-0828-2 are
    no series: more than their last number changed.)"""
    if a == b or _id_shape(a) != _id_shape(b):
        return False
    da, db = re.findall(r"\d+", a), re.findall(r"\d+", b)
    series = bool(da) and da[:-1] == db[:-1] and abs(int(da[-1]) - int(db[-1])) == 1
    return not series


def renumbered(old: frozenset[str], new: frozenset[str]) -> bool:
    """Whether every identifier of ``new`` is another of the same shape than each of ``old``
    (see :func:`another_id`), none kept."""
    return (
        bool(old)
        and bool(new)
        and not old & new
        and all(another_id(a, b) for a in new for b in old)
    )


def _id_shape(code: str) -> str:
    return re.sub(r"[^\W\d_]", "a", re.sub(r"\d", "9", code))


def new_head_id(
    prev: tuple[tuple[str, frozenset[str]], ...], cur: tuple[tuple[str, frozenset[str]], ...]
) -> tuple[str, str] | None:
    """An identifier on a head line that the previous head has word for word with another
    identifier of the same shape in its place ("AUFTRAG / BESTELLUNG PO-24-0828-2" after
    "... PO-24-0986-1"): the next form or order of a run, whatever else stayed the same."""
    old = dict(prev)
    for wording, ids in cur:
        before = old.get(wording)
        if before is None or len(wording.replace("#", "").split()) < 2:
            continue
        if renumbered(before, ids):
            return min(ids), min(before)
    return None


def _new_postcode(a: str, b: str, prev: tuple[str, ...]) -> bool:
    """Line ``b`` has another postcode than line ``a`` in its place, and the town after it is
    not in the previous head: OCR reads a head's lines differently from scan to scan, and a
    shifted alignment pairs the letterhead's postcode with the addressee's line, whose own
    postcode OCR lost on the previous page ("e mail ... a carpentras cedex")."""
    old, new = _postcode(a), _postcode(b)
    if old is None or new is None or old == new:
        return False
    town = b[b.index(new) + len(new) :].split()[:1]
    return not (town and len(town[0]) >= 4 and town[0] in " ".join(prev).split())


def _postcode(line: str) -> str | None:
    """The postcode on a canonical line ("wx2 5ld", "99084"), if any."""
    m = vocab.POSTAL_RE.search(line)
    return (m.group(1) or m.group(2)) if m else None


def date_key(value: str) -> str | None:
    """The first date or month ("22 02 2025", "mars 2025") in a canonical line."""
    m = vocab.CANON_DATE_RE.search(value)
    return m.group(1) if m else None


def _name_field(a: str, b: str) -> bool:
    """Two canonical lines of one label word and a name each (two or three words, no digits)."""
    wa, wb = a.split(), b.split()
    return (
        len(wa[0]) >= 3
        and wa[0] == wb[0]
        and all(3 <= len(w) <= 4 for w in (wa, wb))
        and not any(ch.isdigit() for ch in a + b)
    )


def _leading_int(value: str) -> int | None:
    """A small number a value starts with ("2 residents" -> 2)."""
    m = re.match(r"(\d{1,2})\b", value)
    return int(m.group(1)) if m else None


def new_value(a: str, b: str) -> bool:
    """Whether two readings of a field hold different values: OCR misreads a character or two
    of one value, a new name or number shares less than half of its characters. (Counting a
    quarter of the characters as new also split on dates and amounts that change inside one
    document: 14 more false splits for 6 more boundaries.) Words both values start with are
    the rest of a longer label ("wtn" in "wiegeschein wtn 283627") and are left out."""
    wa, wb = a.split(), b.split()
    while len(wa) == len(wb) > 1 and wa[0] == wb[0] and wa[0].isalpha():
        # (Only between values of as many words: "kettle cafe" and "kettle cafe daily cash
        # up" are one line read whole once and cut once, not two values.)
        wa, wb = wa[1:], wb[1:]
    return difflib.SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio() < 0.5


def _shared_label(a: str, b: str) -> str | None:
    """The words two canonical lines of as many words start with, when they end in a number
    label and a word with a digit follows: "no" in "no w 2237003" / "no f 1291034". (Not "til"
    in "til e 231" / "til m 151": a project code before the drawing numbers of one set.)"""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return None
    words: list[str] = []
    for x, y in zip(wa, wb, strict=True):
        if x != y or any(ch.isdigit() for ch in x):
            break
        words.append(x)
    rest = wa[len(words) :]
    if (
        not words
        or words[-1] not in vocab.NUMBER_LABELS
        or not any(any(ch.isdigit() for ch in w) for w in rest)
    ):
        return None
    return " ".join(words)


def _new_code(a: str, b: str) -> bool:
    """The values start with another number or code of at least four characters, whatever the
    rest of the line: "hawb lfx 9494045 mawb 313 7626" after "hawb lfx 6656197 mawb 313 7626",
    the next house waybill under the same master."""
    wa, wb = a.split(), b.split()
    while len(wa) > 1 and len(wb) > 1 and wa[0] == wb[0] and wa[0].isalpha():
        # The rest of the label ("finistère n" in "préfecture du finistère n 40210 2023").
        wa, wb = wa[1:], wb[1:]
    ta, tb = (wa or [""])[0], (wb or [""])[0]
    # A register number of three digits counts too ("s 459 2024" then "s 707 2024").
    shortest = 3 if ta.isdigit() and tb.isdigit() else 4
    return (
        len(ta) >= shortest
        and len(tb) >= shortest
        and any(ch.isdigit() for ch in ta)
        and any(ch.isdigit() for ch in tb)
        and difflib.SequenceMatcher(None, ta, tb).ratio() < 0.5
    )


@functools.lru_cache(maxsize=16)
def template_refill(prev: tuple[str, ...], cur: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """Compare two pages' head lines (see :attr:`.cues.PageCues.head_lines`): how many lines they
    share word for word, and the labels whose value changed between them ("beitragsnummer"
    for "Beitragsnummer 046 736 946" then "Beitragsnummer 723 908 147"). A second page of one
    document repeats at most its running header; the next letter of a batch repeats the whole
    head with another recipient, number and date."""
    matcher = difflib.SequenceMatcher(None, prev, cur, autojunk=False)
    fixed = 0
    changed: list[str] = []
    counter = False
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # A line of a word or two ("2nd", "Date") says nothing about the template.
            fixed += sum(1 for line in prev[i1:i2] if len(line) >= 6)
        elif tag == "replace":
            pairs = list(zip(prev[i1:i2], cur[j1:j2], strict=False))
            if any(_new_postcode(a, b, prev) for a, b in pairs if not vocab.ROW_DATE_RE.match(a)):
                # Another postcode in the same place of the head: another addressee. (The
                # postcode, not the line: OCR garbles the street next to it.)
                changed.append("address")
            # A one-word label on a line of its own right above ("Date" / "20 August 2024"),
            # shared by both pages, labels the first line of the block.
            shared = prev[i1 - 1] if i1 and j1 and prev[i1 - 1] == cur[j1 - 1] else ""
            if any(ch.isdigit() for ch in shared):
                shared = ""
            # One word labels any value: two are as often a name ("Eliot Oberlaender" /
            # "Reference"). Up to four label a date ("Fin de location" / "13 09 2025"): two
            # pages of one document do not date their head anew; or a number alone ("N° de
            # bordereau" / "3422274192593"): the next slip of a run.
            above = shared if len(shared.split()) == 1 else ""
            short_label = shared if len(shared.split()) <= 4 else ""
            for k, (a, b) in enumerate(pairs):
                if vocab.NUMBERING_WORD.search(a):
                    continue
                label = line_label(a)
                if len(label.replace(" ", "")) >= 2 and label == line_label(b):
                    va, vb = a[len(label) :].strip(), b[len(label) :].strip()
                elif (shared_label := _shared_label(a, b)) is not None:
                    # "no w 2237003" / "no f 1291034": the label is the words both lines start
                    # with, a series letter belongs to the value.
                    label = shared_label
                    va, vb = a[len(label) :].strip(), b[len(label) :].strip()
                elif _name_field(a, b):
                    # "name eleanor brightwell" / "name benedikt strohmaier": a one-word label
                    # and a name of two or three words after it.
                    label, va, vb = a.split()[0], " ".join(a.split()[1:]), " ".join(b.split()[1:])
                elif k == 0 and len(above) >= 2:
                    label, va, vb = above, a, b
                elif (
                    k == 0
                    and len(short_label) >= 2
                    and (
                        (date_key(a) and date_key(b))
                        or (vocab.ID_LINE_RE.match(a) and vocab.ID_LINE_RE.match(b))
                        or (vocab.CODE_LINE_RE.match(a) and vocab.CODE_LINE_RE.match(b))
                    )
                ):
                    label, va, vb = short_label, a, b
                else:
                    continue
                da, db = date_key(va), date_key(vb)
                if da is not None and db is not None:
                    # A date is compared as a date: "22 02 2025" and "22 12 2025" share most
                    # characters, yet the next month's notice is another document.
                    if da != db:
                        changed.append(label)
                    continue
                na, nb = _leading_int(va), _leading_int(vb)
                if na is not None and nb is not None and (abs(na - nb) == 1 or 0 < nb - na <= 4):
                    # "Step 2 ..." after "Step 1 ...", "Week 3" after "Week 2", "Photo 3" after
                    # "Photo 1" (two to a sheet): a sequence inside one document, not a new
                    # value. A bare number one up ("GeoBase 18" after "GeoBase 17") counts
                    # the pages of one document.
                    counter = counter or (va.isdigit() and vb.isdigit() and nb == na + 1)
                    continue
                if new_value(va, vb) or _new_code(va, vb):
                    changed.append(label)
    return fixed, () if counter or _later_page(cur) else tuple(changed)


def _later_page(head: tuple[str, ...]) -> bool:
    """The head says which page of how many it is, past the first ("page n 3 5"): a later
    page of one document, whatever else changed (OCR pairs a head's lines differently from
    scan to scan)."""
    return any(
        (m := vocab.HEAD_PAGE_RE.search(line)) is not None
        and 2 <= int(m.group(1)) <= int(m.group(2))
        for line in head
    )


@functools.lru_cache(maxsize=16)
def template_refill_words(
    prev: tuple[str, ...], cur: tuple[str, ...]
) -> tuple[int, tuple[str, ...]]:
    """:func:`template_refill` for scanned pages, word by word: OCR joins a head's lines in one
    scan ("the copper kettle cafe daily cash up") and not in the next, so no line is shared
    whole. Counts the runs of at least three words the heads share (as lines) and reports a
    date that changed on a line that kept its words ("date")."""
    a, b = " ".join(prev).split(), " ".join(cur).split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    fixed = sum(
        1
        for block in matcher.get_matching_blocks()
        if block.size >= 3
        and sum(1 for w in a[block.a : block.a + block.size] if len(w) >= 3 and w.isalpha()) >= 2
    )
    old, new = dated_lines(prev), dated_lines(cur)
    changed = any(k in new and new[k] != v for k, v in old.items()) and not _later_page(cur)
    return fixed, ("date",) if changed else ()


def dated_lines(lines: tuple[str, ...]) -> dict[str, str]:
    """The dates of a head by the word right before each ("date" in "date 26 september 2024",
    "by" in "please read by october 1 2023"). A table row starts with its date and has none:
    a mileage log's days run on from page to page."""
    out: dict[str, str] = {}
    for line in lines[:12]:
        for m in vocab.KEYED_DATE_RE.finditer(line):
            if m.group(1) not in vocab.MONTHS:
                out.setdefault(m.group(1), m.group(2))
    return out

"""Shared parts of the corpus part generators (``corpus_fresh.py`` … ``corpus_sealed.py``).

The part modules keep only what is their own: templates, word lists, senders, run kinds, part
name, seed offset and defaults. What they share lives here (layout helpers and the command
line) or in ``corpus.py`` (stream assembly, ``corpus.assemble_stream``, and writing the PDF and
label files, ``corpus.write_streams``).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Protocol

from reportlab.graphics.barcode import code39, code128
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Page, Stream, Style, write_streams

# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

GLUE = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "on",
    "as",
    "by",
    "this",
    "that",
    "your",
    "we",
    "our",
    "is",
    "are",
    "be",
    "has",
    "from",
    "at",
]
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "Maerz",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ],
}

#: The months as printed in a letter or on a form, with their accents ("März", "février"):
#: :data:`MONTHS` keeps the ASCII spellings the first parts were written with.
MONTH_NAMES = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


def babble(rng: random.Random, words: str, n: int | None = None, lo: int = 8, hi: int = 18) -> str:
    """A sentence of ``n`` (else ``lo``..``hi``) words, each from ``words`` or from ``GLUE``."""
    pool = words.split()
    n = n or rng.randint(lo, hi)
    ws = [rng.choice(pool) if rng.random() < 0.5 else rng.choice(GLUE) for _ in range(n)]
    return " ".join(ws).capitalize() + "."


# ---------------------------------------------------------------------------------------------
# Languages and money
# ---------------------------------------------------------------------------------------------


def tr(lang: str, en: str, de: str = "", fr: str = "") -> str:
    """``en``, or its German/French version when the sender writes in that language."""
    if lang == "de" and de:
        return de
    if lang == "fr" and fr:
        return fr
    return en


def money(v: float, lang: str = "en") -> str:
    s = f"{v:,.2f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


def cash(v: float, lang: str) -> str:
    """An amount with its currency as the country writes it: "£1,234.50", "1.234,50 €"."""
    return f"£{money(v, lang)}" if lang == "en" else f"{money(v, lang)} €"


class Titled(Protocol):
    """A person a letter names with Mr/Mrs, Herr/Frau or Monsieur/Madame."""

    first: str
    last: str
    female: bool

    @property
    def name(self) -> str: ...


def mx(p: Titled, lang: str) -> str:
    """``p``'s name after the title its language gives it ("Frau Anna Roth", "Madame Anne
    ROUX", "Mrs Ann Rowe")."""
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}"


def currency(lang: str) -> str:
    return "EUR" if lang in ("de", "fr") else "GBP"


# ---------------------------------------------------------------------------------------------
# Measuring and layout
# ---------------------------------------------------------------------------------------------


def tw(text: str, font: str, size: float) -> float:
    """The width of ``text`` in ``font`` at ``size``."""
    return stringWidth(text, font, size)


def fit(text: str, font: str, size: float, max_w: float, strip: str = " ,.;-") -> str:
    """``text`` cut with an ellipsis so it is at most ``max_w`` wide (``strip``: characters
    taken off the cut end before the ellipsis)."""
    if tw(text, font, size) <= max_w:
        return text
    while text and tw(text + "...", font, size) > max_w:
        text = text[:-1]
    return text.rstrip(strip) + "..."


def shrink(text: str, font: str, size: float, max_w: float) -> float:
    """The largest size <= ``size`` (in steps of 0.5, down to 6) at which ``text`` fits."""
    while size > 6 and tw(text, font, size) > max_w:
        size -= 0.5
    return size


def wrap(text: str, font: str, size: float, max_w: float) -> list[str]:
    """``text`` broken into lines at most ``max_w`` wide (a longer word gets its own line)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and tw(trial, font, size) > max_w:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def bar_width(kind: str, value: str) -> float:
    """Drawn width of a ``corpus.draw_barcode`` barcode (QR codes are 180 wide)."""
    if kind == "qr":
        return 180.0
    if kind == "code39":
        return float(code39.Standard39(value, barHeight=60, barWidth=1.4, checksum=0).width)
    return float(code128.Code128(value, barHeight=60, barWidth=1.4).width)


def italic(font: str) -> str:
    return {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}.get(
        font, "Courier-Oblique"
    )


def box(page: Page, x: float, y: float, ticked: bool, size: float = 8) -> None:
    """A tick box whose bottom sits just below the text baseline ``y``; ticked boxes get a
    cross."""
    page.rect(x, y - size + 1.5, size, size)
    if ticked:
        page.line(x + 1.5, y - size + 3, x + size - 1.5, y)
        page.line(x + 1.5, y, x + size - 1.5, y - size + 3)


def ticks(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    labels: list[str],
    on: set[int],
    pt: float = 8,
    after: float = 2.2,
) -> float:
    """A row of tick boxes that wraps at ``w``, the ``on`` ones ticked; the y ``after`` x
    ``pt`` below the last row."""
    xx = x
    for k, t in enumerate(labels):
        need = 14 + tw(t, s.font, pt)
        if xx + need > x + w and xx > x:
            xx = x
            y += pt * 1.9
        box(p, xx, y, k in on, pt)
        p.text(xx + pt + 4, y, t, s.font, pt)
        xx += need + 10
    return y + pt * after


# ---------------------------------------------------------------------------------------------
# Dates, page numbers and page blocks
# ---------------------------------------------------------------------------------------------


def date_text(day: date, lang: str, style: str) -> str:
    """``day`` written the German/French way (``style`` "long" or short), else in ``style``:
    long | us | iso | short (dd/mm/yyyy)."""
    d, m, y = day.day, day.month, day.year
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}" if style != "long" else f"{d}. {MONTHS['de'][m - 1]} {y}"
    if lang == "fr":
        return f"{d:02d}/{m:02d}/{y}" if style != "long" else f"{d} {MONTHS['fr'][m - 1]} {y}"
    if style == "long":
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if style == "us":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style == "iso":
        return day.isoformat()
    return f"{d:02d}/{m:02d}/{y}"


def short(d: date, lang: str) -> str:
    """``d`` in ``lang``'s short numeric form ("03/07/2025", "03.07.2025")."""
    return date_text(d, lang, "short")


class Dated(Protocol):
    """A sender's head as far as dates go: its language and date style."""

    @property
    def lang(self) -> str: ...
    @property
    def dates(self) -> str: ...


def day(h: Dated, d: date) -> str:
    """``d`` as the sender ``h`` writes dates (its language and date style)."""
    return date_text(d, h.lang, h.dates)


def running_header(p: Page, s: Style, text: str) -> float:
    """A continuation page's running header: ``text`` in small type over a rule. Returns
    where the page's content starts."""
    w, _ = p.size
    p.text(s.margin, s.margin - 20, fit(text, s.font, 7.5, w - 2 * s.margin), s.font, 7.5)
    p.line(s.margin, s.margin - 15, w - s.margin, s.margin - 15)
    return s.margin + 2


def foot_and_number(
    pages: list[Page],
    s: Style,
    foot: Sequence[str],
    numbers: str,
    corner: str,
    covers: int = 0,
) -> list[Page]:
    """The sender's footer lines on every page after ``covers``, then page numbers in the
    ``numbers`` format at ``corner`` (see :func:`number_pages`), clear of the footer."""
    for p in pages[covers:]:
        w, h = p.size
        for k, t in enumerate(reversed(foot)):
            p.text(w / 2, h - 12 - 7 * k, fit(t, s.font, 5.5, w - 30), s.font, 5.5, "center")
    number_pages(pages, s, numbers, corner, covers, top=18, bottom=24 + 7 * len(foot))
    return pages


class Footed(Protocol):
    """A sender's head as far as its pages' feet go: footer lines, page-number format, corner."""

    @property
    def foot(self) -> Sequence[str]: ...
    @property
    def numbers(self) -> str: ...
    @property
    def corner(self) -> str: ...


def close(
    pages: list[Page], s: Style, h: Footed, numbers: str | None = None, covers: int = 0
) -> list[Page]:
    """``pages`` with ``h``'s footer and page numbers (``numbers`` overrides its format)."""
    return foot_and_number(
        pages, s, h.foot, h.numbers if numbers is None else numbers, h.corner, covers
    )


def number_pages(
    pages: list[Page],
    s: Style,
    numbers: str,
    num_pos: str,
    skip: int = 0,
    top: float = 22,
    bottom: float = 20,
    later: str = "2:",
) -> None:
    """Number ``pages`` with the format ``numbers`` ("none": not at all; a ``later`` prefix:
    not on the first page) at ``num_pos`` (t|b then l|r|c), ``top`` from the top or
    ``bottom`` from the bottom; the first ``skip`` pages (covers) are not counted."""
    f = numbers
    if f == "none":
        return
    from_two = f.startswith(later)
    f = f.removeprefix(later)
    n = len(pages) - skip
    for k, page in enumerate(pages[skip:], 1):
        if from_two and k == 1:
            continue
        w, h = page.size
        y = top if num_pos[0] == "t" else h - bottom
        x, align = {"l": (s.margin, "left"), "r": (w - s.margin, "right")}.get(
            num_pos[1], (w / 2, "center")
        )
        page.text(x, y, f.format(i=k, n=n), s.font, 8, align)


class Addressed(Protocol):
    name: str
    street: str
    town: str


def address(page: Page, s: Style, snd: Addressed | None, y: float, lines: list[str]) -> float:
    """The sender's return address (if ``snd``) over the recipient ``lines`` in the envelope
    window; returns the y below."""
    w, _ = page.size
    m = s.margin
    if snd is not None:
        back = f"{snd.name}, {snd.street}, {snd.town}"
        page.text(m, y, fit(back, s.font, 6.5, w / 2 - m), s.font, 6.5)
        y += 14
    for ln in lines:
        page.text(m, y, fit(ln, s.font, s.size, w / 2 - m), s.font, s.size)
        y += s.size * 1.3
    return y


def pairs(
    page: Page,
    s: Style,
    x: float,
    y: float,
    items: list[tuple[str, str]],
    right: float,
    size: float | None = None,
) -> float:
    """Label/value pairs between ``x`` and ``right``: values right-aligned at ``right``."""
    size = size or s.size - 1
    for label, value in items:
        lw = tw(label, s.font, size)
        page.text(x, y, label, s.font, size)
        page.text(right, y, fit(value, s.font, size, right - x - lw - 8), s.font, size, "right")
        y += size * 1.45
    return y


def text_block(
    page: Page, s: Style, x: float, y: float, width: float, text: str, size: float | None = None
) -> float:
    """``text`` wrapped to ``width`` from ``y`` (default size ``s.size``); returns the y below."""
    size = size or s.size
    for ln in wrap(text, s.font, size, width):
        page.text(x, y, ln, s.font, size)
        y += size * 1.4
    return y + size * 0.6


def someone(
    rng: random.Random,
    lang: str,
    name: Callable[[random.Random], str],
    roads: dict[str, list[str]],
    towns: dict[str, list[str]],
    top: int,
) -> list[str]:
    """A recipient: ``name(rng)``, a house number 1..``top`` on one of ``roads`` and a town."""
    road = rng.choice(roads[lang])
    no = rng.randint(1, top)
    return [
        name(rng),
        f"{road} {no}" if lang == "de" else f"{no} {road}",
        rng.choice(towns[lang]),
    ]


# ---------------------------------------------------------------------------------------------
# Flowing content over pages, columns and tables
# ---------------------------------------------------------------------------------------------


class Flow:
    """Content laid top to bottom over pages; ``start(page, n)`` draws page furniture of page
    ``n`` (1-based) and returns the y where content starts. A part's own spacing is set by
    subclassing: ``line`` (paragraph line height), ``para_gap`` (space after a paragraph),
    ``head_lead`` / ``head_after`` (space before / after a heading), all times the font size."""

    line = 1.4
    para_gap = 0.7
    head_lead = 0.5
    head_after = 1.6

    def __init__(
        self, size: tuple[float, float], bottom: float, start: Callable[[Page, int], float]
    ) -> None:
        self.size = size
        self.bottom = bottom
        self.start = start
        self.pages: list[Page] = []
        self.page = Page(size)
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.page = Page(self.size)
        self.pages.append(self.page)
        self.y = self.start(self.page, len(self.pages))

    def need(self, h: float) -> bool:
        """Start a new page unless ``h`` fits; True if a page was started."""
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False

    def para(
        self, x: float, width: float, text: str, font: str, size: float, gap: float | None = None
    ) -> None:
        for ln in wrap(text, font, size, width):
            self.need(size * self.line)
            self.page.text(x, self.y, ln, font, size)
            self.y += size * self.line
        self.y += size * (self.para_gap if gap is None else gap)

    def heading(self, x: float, text: str, font: str, size: float) -> None:
        self.need(size * 5)
        self.y += size * self.head_lead
        self.page.text(x, self.y, text, font, size)
        self.y += size * self.head_after


Col = tuple[float, float, str]  # left edge, right edge, alignment


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """Columns across ``x0..x1`` with relative widths and alignments."""
    total = sum(w for w, _ in spec)
    out: list[Col] = []
    x = x0
    for w, a in spec:
        nx = x + (x1 - x0) * w / total
        out.append((x + (4 if a == "right" and out else 0), nx - (4 if a == "left" else 0), a))
        x = nx
    return out


def cell(page: Page, col: Col, y: float, text: str, font: str, size: float) -> None:
    left, right, align = col
    t = fit(text, font, size, right - left - 3)
    if align == "right":
        page.text(right, y, t, font, size, "right")
    elif align == "center":
        page.text((left + right) / 2, y, t, font, size, "center")
    else:
        page.text(left, y, t, font, size)


def table(
    flow: Flow,
    cols: list[Col],
    head: list[str],
    rows: list[list[str]],
    s: Style,
    size: float | None = None,
    shade: float | None = None,
    rules: bool = False,
    step: float = 1.6,
) -> None:
    """A table flowed over pages, its head repeated on each page; ``step``: row height times
    the size (default ``s.size - 1``)."""
    size = size or s.size - 1
    x0, x1 = cols[0][0] - 2, cols[-1][1] + 2

    def draw_head() -> None:
        if shade is not None:
            flow.page.rect(x0, flow.y - size - 1, x1 - x0, size + 6, fill=shade)
        for c, t in zip(cols, head, strict=True):
            cell(flow.page, c, flow.y, t, s.bold, size)
        flow.page.line(x0, flow.y + 5, x1, flow.y + 5)
        flow.y += size * 1.9

    flow.need(size * 5)
    draw_head()
    for row in rows:
        if flow.need(size * step):
            draw_head()
        for c, t in zip(cols, row, strict=True):
            cell(flow.page, c, flow.y, t, s.font, size)
        if rules:
            flow.page.line(x0, flow.y + size * 0.5, x1, flow.y + size * 0.5)
        flow.y += size * step


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Small drawing helpers the office parts (S onwards) share
# ---------------------------------------------------------------------------------------------

#: Hand entries and signatures.
HAND = "Courier-Oblique"
INK = "Times-Italic"


def serial(rng: random.Random, mask: str) -> str:
    """``mask`` with ``9`` a digit and ``A`` a capital letter."""
    return "".join(
        str(rng.randint(0, 9)) if c == "9" else chr(65 + rng.randint(0, 25)) if c == "A" else c
        for c in mask
    )


def paper(s: Style, size: tuple[float, float], margin: float = 0, pt: float = 0) -> Style:
    return replace(s, page_size=size, margin=margin or s.margin, size=pt or s.size)


def fields(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    items: list[tuple[str, str]],
    per: int = 2,
    tall: float = 26,
    hand: bool = True,
) -> float:
    """Form cells: a small caption at the top, the entry below (in hand if ``hand``); the y
    under the last row."""
    cw = w / per
    font = HAND if hand else s.font
    for k, (cap, val) in enumerate(items):
        cx, cy = x + (k % per) * cw, y + (k // per) * tall
        p.rect(cx, cy, cw, tall)
        p.text(cx + 3, cy + 7, fit(cap, s.font, 6, cw - 6), s.font, 6)
        if val:
            p.text(cx + 5, cy + tall - 6, fit(val, font, 8.5, cw - 10), font, 8.5)
    return y + -(-len(items) // per) * tall + 10


def caption(f: Flow, s: Style, text: str, grow: float = 3, rule: bool = False) -> None:
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.page.text(s.margin, f.y, text, s.bold, pt)
    if rule:
        f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += pt * 1.9


def write(f: Flow, s: Style, text: str, pt: float = 0, indent: float = 0) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def part_generate(
    part: str,
    seed_offset: int,
    make: Callable[[random.Random, int, bool], Stream],
    what: str,
) -> Callable[..., list[Path]]:
    """The ``generate(out, streams, scanned, seed, docs=(3, 9), scan_dpi=None)`` of a part:
    ``corpus.write_streams`` of ``make`` with seeds offset by ``seed_offset``."""

    def generate(
        out: Path,
        streams: int,
        scanned: int,
        seed: int,
        docs: tuple[int, int] = (3, 9),
        scan_dpi: int | None = None,
    ) -> list[Path]:
        base = seed + seed_offset
        return write_streams(out, part, base, make, streams, scanned, docs, scan_dpi)

    generate.__doc__ = (
        f"Write ``streams`` born-digital and ``scanned`` scanned streams of {what} to ``out``."
    )
    # The part's stream maker, for tools that draw a stream again from its seed.
    generate.make = make  # type: ignore[attr-defined]
    return generate


def part_main(
    argv: list[str],
    doc: str | None,
    part: str,
    generate: Callable[[Path, int, int, int], list[Path]],
    scanned: int,
) -> int:
    """The command line of a part: ``OUT_DIR [--streams N] [--scanned N] [--seed S]``, writing
    the part to ``OUT_DIR/part``; ``scanned`` is the part's default number of scanned streams."""
    assert doc is not None
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--streams", type=int, default=30, help="born-digital streams")
    ap.add_argument("--scanned", type=int, default=scanned, help="scanned streams")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    files = generate(args.out / part, args.streams, args.scanned, args.seed)
    print(f"{part}: {len(files)} streams in {args.out / part}")
    return 0


def hand(p: Page, x: float, y: float, text: str, pt: float = 9.5, max_w: float = 0) -> None:
    """A hand entry: ``text`` in the hand font, cut to ``max_w`` when that is given."""
    p.text(x, y, fit(text, HAND, pt, max_w) if max_w else text, HAND, pt)


def italic_of(font: str) -> str:
    return {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}.get(
        font, "Courier-Oblique"
    )


def stamp(p: Page, x: float, y: float, lines: list[str]) -> None:
    """A rubber stamp with a double frame, its top-left at ``x``, ``y``."""
    bw = max(len(t) for t in lines) * 5.2 + 16
    bh = 12 * len(lines) + 8
    x = max(8.0, min(x, p.size[0] - bw - 14))
    y = max(8.0, min(y, p.size[1] - bh - 30))
    p.rect(x, y, bw, bh)
    p.rect(x + 2.5, y + 2.5, bw - 5, bh - 5)
    for k, t in enumerate(lines):
        p.text(
            x + bw / 2, y + 14 + 12 * k, t, "Helvetica-Bold" if k == 0 else "Helvetica", 8, "center"
        )


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    last = name.split()[-1]
    if lang == "de":
        if name.startswith("Frau"):
            return f"Sehr geehrte Frau {last},"
        if name.startswith("Herr"):
            return f"Sehr geehrter Herr {last},"
        return "Sehr geehrte Damen und Herren,"
    if lang == "fr":
        first = name.split()[0]
        return f"{first}," if first in ("Madame", "Monsieur") else "Madame, Monsieur,"
    if name.split()[0] in ("Mr", "Mrs"):
        return f"Dear {name.split()[0]} {last},"
    return f"Dear {name.split()[0]},"


def photo(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A printed photo: a grey field with darker and lighter shapes and a frame."""
    p.rect(x, y, w, h, fill=rng.uniform(0.45, 0.7))
    for _ in range(rng.randint(3, 6)):
        bw, bh = rng.uniform(0.12, 0.6) * w, rng.uniform(0.08, 0.5) * h
        p.rect(
            x + rng.uniform(0, w - bw),
            y + rng.uniform(0, h - bh),
            bw,
            bh,
            fill=rng.uniform(0.15, 0.9),
        )
    p.rect(x, y, w, h)


def slip_rule(p: Page, x0: float, x1: float, y: float, label: str) -> None:
    """A dashed cut line with a label, for a tear-off slip."""
    x = x0
    while x < x1:
        p.line(x, y, min(x + 5, x1), y)
        x += 9
    p.text(x0, y - 4, label, "Helvetica", 6)


def band(p: Page, s: Style, y: float, title: str, shade: float = 0.82) -> float:
    """A shaded form section title across the page; the y below."""
    w, _ = p.size
    m = s.margin
    p.rect(m, y - 9, w - 2 * m, 13, fill=shade)
    p.text(m + 4, y, fit(title, s.bold, 8.5, w - 2 * m - 8), s.bold, 8.5)
    return y + 10


def yes_no(lang: str) -> list[str]:
    return [tr(lang, "Yes", "Ja", "Oui"), tr(lang, "No", "Nein", "Non")]

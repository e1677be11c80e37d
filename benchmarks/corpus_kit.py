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
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.barcode import code39, code128
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Page

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


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


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

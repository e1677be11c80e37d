"""Reading lines from OCR word boxes: rows across columns, the way a text layer gives them.

Tesseract's layout analysis cuts a page into blocks, and it often puts a label and its value
into different blocks ("Bill number:" in one column, "90412964" in the next), or a lone page
number beside a footer into a block of its own. A PDF text layer keeps such a row on one line,
and the boundary cues ("Invoice no. 4711", "p. 2" alone on a line) are written for lines. This
module owns turning words with positions and Tesseract line ids back into lines:

* the page's skew is estimated from the slope of Tesseract's own lines, so that rows of a page
  scanned a degree askew still line up across its width;
* Tesseract lines whose (deskewed) middles align are joined into one row, left to right,
  when one of them is short (a label, a value, a page number); two lines of running text
  side by side (two columns of a newsletter, two boxes of a form) stay apart;
* rows are ordered top to bottom, with an empty line where a paragraph gap is.

Pure functions over :class:`Word`-like objects; :mod:`docsplit.adapters.ocr` uses them.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median
from typing import Protocol

#: Two lines with at least this many words each are both running text (or two boxes of a
#: form): never one row. A label, a value or a page number is a line of one or two words.
#: Measured on the generated scans, 3, 5 and 8 decide alike; 3 glues least on real forms.
RUNNING_TEXT_WORDS = 3
#: Lines are one row when their middles are closer than this share of the smaller line height.
ROW_TOLERANCE = 0.6
#: A vertical gap between rows larger than this many line heights starts a new paragraph.
PARAGRAPH_GAP = 1.2


class Word(Protocol):
    """What the row builder needs of a word: text, box (shares of the page) and line id."""

    @property
    def text(self) -> str: ...
    @property
    def left(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def width(self) -> float: ...
    @property
    def height(self) -> float: ...
    @property
    def line(self) -> int: ...


class _Line:
    """One Tesseract line: its words left to right and its place once the skew is taken out."""

    __slots__ = ("height", "left", "middle", "right", "words")

    def __init__(self, words: list[Word], slope: float) -> None:
        self.words = sorted(words, key=lambda w: w.left)
        self.left = self.words[0].left
        self.right = max(w.left + w.width for w in self.words)
        self.height = median(w.height for w in self.words)
        self.middle = sum(_deskewed(w, slope) for w in self.words) / len(self.words)


def _middle(word: Word) -> tuple[float, float]:
    return word.left + word.width / 2, word.top + word.height / 2


def _deskewed(word: Word, slope: float) -> float:
    x, y = _middle(word)
    return y - slope * x


def skew(lines: Sequence[Sequence[Word]], aspect: float) -> float:
    """The page's slope (shares of the height per share of the width): the median slope of
    the lines that span at least a tenth of the page. ``aspect`` is width / height in pixels,
    used to ignore steep "lines" that are really columns of single words."""
    slopes = []
    for words in lines:
        if len(words) < 2:
            continue
        ordered = sorted(words, key=lambda w: w.left)
        (x0, y0), (x1, y1) = _middle(ordered[0]), _middle(ordered[-1])
        if x1 - x0 < 0.1:
            continue
        slope = (y1 - y0) / (x1 - x0)
        # Real skew is a few degrees at most: |dy/dx| in pixels below ~0.1.
        if abs(slope / aspect) < 0.1:
            slopes.append(slope)
    return median(slopes) if slopes else 0.0


def rows(words: Sequence[Word], aspect: float = 1.0) -> list[list[Word]]:
    """``words`` as rows, top to bottom, each left to right (see the module docstring)."""
    return [row for _, _, row in _rows(words, aspect)]


def _rows(words: Sequence[Word], aspect: float) -> list[tuple[float, float, list[Word]]]:
    """Rows as (deskewed middle, line height, words left to right), top to bottom."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    slope = skew(list(by_line.values()), aspect)
    lines = sorted((_Line(ws, slope) for ws in by_line.values()), key=lambda ln: ln.middle)
    built: list[list[_Line]] = []
    for line in lines:
        # Only the last few rows can be level with a line: they are sorted by their middles.
        home = next((row for row in reversed(built[-4:]) if _joins(row, line)), None)
        if home is None:
            built.append([line])
        else:
            home.append(line)
    out = []
    for row in built:
        ordered = sorted(row, key=lambda ln: ln.left)
        out.append(
            (
                median(ln.middle for ln in row),
                median(ln.height for ln in row),
                [w for ln in ordered for w in ln.words],
            )
        )
    return sorted(out, key=lambda r: r[0])


def _joins(row: list[_Line], line: _Line) -> bool:
    """True when ``line`` belongs to ``row``: level with it, beside (not over) its lines, and
    not a second line of running text next to one."""
    for other in row:
        if abs(other.middle - line.middle) > ROW_TOLERANCE * min(other.height, line.height):
            return False
        if line.left < other.right and other.left < line.right:
            return False
        if len(other.words) >= RUNNING_TEXT_WORDS and len(line.words) >= RUNNING_TEXT_WORDS:
            return False
    return True


def text(words: Sequence[Word], aspect: float = 1.0) -> str:
    """The words as lines of text, with an empty line at a paragraph gap."""
    out: list[str] = []
    previous: tuple[float, float] | None = None
    for middle, height, row in _rows(words, aspect):
        if previous is not None and middle - previous[0] > (1 + PARAGRAPH_GAP) * max(
            height, previous[1]
        ):
            out.append("")
        out.append(" ".join(w.text for w in row))
        previous = (middle, height)
    return "\n".join(out)

"""Finding the text in a form's ruled boxes that Tesseract did not read.

Tesseract's layout analysis drops text that sits in a ruled box now and then: on a test
report's grid of boxed fields it reads every small label and none of the values under them
("Amtl. Kennzeichen" without "DO-OP 1605"), or reads a box's rules and a value together as
garbage ("= 7 = —"). Read on its own, from a crop of its box, the value is there. This module
finds such lines of ink: it owns no OCR; :mod:`docsplit.adapters.ocr` reads what it finds.

The search runs on a half-size copy of the page: the page's rules (long, thin runs of ink, also
when the scan is slightly skewed) are taken away, then every word Tesseract read with some
confidence, and what is left in lines of a text's height, between a rule above and a rule
below, is a mark to read. Pages without rules are left alone (a paragraph's dropped word is
not what this is for), and so are pages where too much is left (a photo, a drawing).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PIL import Image

Mask = npt.NDArray[np.bool_]

#: Ink is darker than this grey (on the half-size copy, where a thin rule is a little paler).
INK_GREY = 170
#: A rule runs at least this share of the page's width (or height, for an upright rule): a
#: 10 pt word is far shorter, a box's side or a table's row line longer.
RULE_LENGTH = 0.04
#: Lines of ink are looked for on a grid of cells this many pixels (of the page as read) wide.
CELL = 4
#: A mark is this many cells high (12-48 px at 200 dpi): a box's value in 8-14 pt type.
MARK_ROWS = (3, 12)
#: ... and at least this many cells wide: a tick box's cross or a speck is not a value.
MARK_COLUMNS = 3
#: A word Tesseract read counts as read when it is this confident and has a letter or digit;
#: a box's rules read as "| — =" are not a reading of the value they hide.
READ_CONFIDENCE = 50.0
#: More marks than this on one page: a photo or a drawing, nothing to read.
MARKS_MAX = 24
#: ... and more unread inked cells than this (a form's dozen values take some 600).
CELLS_MAX = 5000
#: Cells between two words of one line (a word space of 10 pt type at 200 dpi is 2-3 cells).
WORD_SPACE = 3


def unread_marks(
    sheet: Image.Image, words: Sequence[tuple[int, int, int, int, str, float]]
) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) on ``sheet`` of lines of ink in a ruled page that none
    of ``words`` (left, top, width, height, text, confidence) covers; [] on a page without
    rules or with too much unread ink."""
    grey = sheet if sheet.mode == "L" else sheet.convert("L")
    half = np.asarray(grey.reduce(2))
    ink: Mask = half < INK_GREY
    flat = _flat_rules(ink)
    if not flat.any():
        return []  # most pages: the upright search is not needed
    upright = _flat_rules(ink.T).T
    ink &= ~_grow(flat | upright)
    for left, top, width, height, text, confidence in words:
        if is_reading(text, confidence):
            x0, y0 = left // 2 - 2, top // 2 - 2
            ink[max(0, y0) : (top + height) // 2 + 2, max(0, x0) : (left + width) // 2 + 2] = False
    step = CELL // 2
    rows, cols = ink.shape[0] // step, ink.shape[1] // step
    blocks = ink[: rows * step, : cols * step].reshape(rows, step, cols, step)
    cells: Mask = np.asarray(blocks.any(axis=(1, 3)), dtype=np.bool_)
    found = _lines(cells)
    if found is None:
        return []
    marks = [
        (c0 * CELL, r0 * CELL, (c1 + 1) * CELL, (r1 + 1) * CELL)
        for r0, c0, r1, c1 in found
        if MARK_ROWS[0] <= r1 - r0 + 1 <= MARK_ROWS[1]
        and c1 - c0 + 1 >= MARK_COLUMNS
        and _boxed(flat, (c0 * step, r0 * step, (c1 + 1) * step, (r1 + 1) * step))
    ]
    return marks if len(marks) <= MARKS_MAX else []


def is_reading(text: str, confidence: float) -> bool:
    """Whether a word Tesseract returned reads something: confident enough and with a letter
    or digit (a box's rules come back as "| — =")."""
    return confidence >= READ_CONFIDENCE and any(ch.isalnum() for ch in text)


def without_rules(crop: Image.Image) -> Image.Image:
    """``crop`` (a mark's box with a margin, in grey) with its box's rules whitened: a line of
    ink across most of its width or all of its height is a rule, never a value's letter, and
    read with the value it turns "KMW2113003" into "'xo2113003"."""
    pixels = np.asarray(crop if crop.mode == "L" else crop.convert("L"))
    ink: Mask = pixels < INK_GREY
    height, width = ink.shape
    across = ink.copy()
    across[1:] |= ink[:-1]
    across[:-1] |= ink[1:]
    flat = _long_runs(across, max(8, int(0.6 * width)))
    upright = _long_runs(ink.T, max(8, int(0.9 * height))).T
    rules = _grow((flat | upright) & ink)
    if not rules.any():
        return crop
    out = pixels.copy()
    out[rules] = 255
    return Image.fromarray(out)


def _lines(cells: Mask) -> list[tuple[int, int, int, int]] | None:
    """Bounding boxes (top, left, bottom, right; in cells) of the groups of inked ``cells``
    that touch, across a word space on one row: each a line of type, or a drawing; None when
    there are too many inked cells for a form's unread values (a photo)."""
    ys, xs = np.nonzero(cells)
    if len(ys) > CELLS_MAX:
        return None
    index = {(int(y), int(x)): k for k, (y, x) in enumerate(zip(ys, xs, strict=True))}
    parent = list(range(len(index)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for (y, x), k in index.items():
        # Letters and words of a line lie a word space apart; lines of a paragraph touch.
        neighbours = [(y, x + d) for d in range(1, WORD_SPACE + 1)]
        neighbours += [(y + 1, x + d) for d in (-1, 0, 1)]
        for near in neighbours:
            other = index.get(near)
            if other is not None:
                parent[root(other)] = root(k)
    boxes: dict[int, list[int]] = {}
    for (y, x), k in index.items():
        box = boxes.setdefault(root(k), [y, x, y, x])
        box[0], box[1] = min(box[0], y), min(box[1], x)
        box[2], box[3] = max(box[2], y), max(box[3], x)
    return sorted((a, b, c, d) for a, b, c, d in boxes.values())


def _boxed(flat: Mask, box: tuple[int, int, int, int]) -> bool:
    """True when a rule runs under most of ``box`` (left, top, right, bottom on the half-size
    page) close below it and another above it within three of its heights: a value in its box
    (or on its line under the box's label). A title or a letterhead's line that Tesseract was
    unsure of stands between no such rules and is left as it was read."""
    left, top, right, bottom = box
    height = bottom - top
    above = flat[max(0, top - 3 * height) : top, left:right].any(axis=0)
    below = flat[bottom : bottom + 2 * height, left:right].any(axis=0)
    return bool(above.size and below.size and above.mean() >= 0.5 and below.mean() >= 0.5)


def _flat_rules(ink: Mask) -> Mask:
    """The ink of ``ink`` in long horizontal runs: a form's rules (call it on the transposed
    mask for the upright ones). Each pixel is first joined to its neighbours above and below
    (a rule skewed by a degree steps one pixel every 50 or so)."""
    across = ink.copy()
    across[1:] |= ink[:-1]
    across[:-1] |= ink[1:]
    found: Mask = _long_runs(across, max(8, int(RULE_LENGTH * ink.shape[1]))) & ink
    return found


def _long_runs(mask: Mask, length: int) -> Mask:
    """The pixels of ``mask`` that lie in a run of at least ``length`` along its rows."""
    height, width = mask.shape
    if width < length:
        return np.zeros_like(mask)
    sums = np.zeros((height, width + 1), np.int32)
    np.cumsum(mask, axis=1, dtype=np.int32, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length  # the run starting at each column
    starts = full.shape[1]
    seen = np.zeros((height, starts + 1), np.int32)
    np.cumsum(full, axis=1, dtype=np.int32, out=seen[:, 1:])
    column = np.arange(width)
    first = np.clip(column - length + 1, 0, starts)
    last = np.clip(column + 1, 0, starts)
    covered: Mask = (seen[:, last] - seen[:, first]) > 0
    return covered


def _grow(mask: Mask) -> Mask:
    """``mask`` grown by a pixel in every direction: a rule's blurred edge is ink too."""
    out = mask.copy()
    out[1:] |= mask[:-1]
    out[:-1] |= mask[1:]
    wide = out.copy()
    wide[:, 1:] |= out[:, :-1]
    wide[:, :-1] |= out[:, 1:]
    return wide

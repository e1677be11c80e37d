"""OCR of one rendered page: orientation, words with positions, confidence, regions.

This module decides what to read; :mod:`docsplit.adapters.tesseract` runs Tesseract.

Errors come from the engine: :class:`~docsplit.errors.OcrUnavailable` when Tesseract or the
language is missing, :class:`~docsplit.errors.OcrFailed` for a crash or the per-page time limit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs
from PIL import Image

from docsplit.adapters import ocrboxes, ocrlines, tesseract

#: OSD runs on a copy no larger than this. Measured on noisy 150-dpi scans: at 1400 px OSD
#: called upright pages upside down with "confidence" 3-4; at 2400 px it got them right.
OSD_MAX_SIDE = 2600
#: Below this OSD orientation confidence the page is left as it is (Tesseract's own docs use
#: ~2 as the threshold below which the guess is unreliable).
OSD_MIN_CONFIDENCE = 1.5


@attrs.frozen
class OcrWord:
    """One recognised word; coordinates are shares of the (rotated) page, 0..1 from top-left."""

    text: str
    left: float
    top: float
    width: float
    height: float
    confidence: float
    #: Tesseract's line this word was read in, unique within one result.
    line: int = 0


@attrs.frozen
class OcrResult:
    """The text of a page and what Tesseract said about it."""

    text: str
    words: tuple[OcrWord, ...]
    confidence: float | None
    rotation: int
    #: Share of the longer words whose boxes are wider than tall (1.0 for upright text).
    flat_share: float = 1.0
    #: The parts of the upright page that were read, as (top, bottom) shares of its height,
    #: top to bottom; a whole-page reading is ``((0.0, 1.0),)``.
    regions: tuple[tuple[float, float], ...] = ((0.0, 1.0),)
    #: Width / height of the upright page image.
    aspect: float = 1.0

    def lines(self, top: float = 0.0, bottom: float = 1.0) -> str:
        """The text of the words between ``top`` and ``bottom`` (shares of the page height),
        as rows (see :mod:`docsplit.adapters.ocrlines`)."""
        return ocrlines.text(
            [w for w in self.words if w.top < bottom and w.top + w.height > top], self.aspect
        )

    @property
    def partial(self) -> bool:
        """True when part of the page was not read (see :func:`complete`)."""
        return self.regions != ((0.0, 1.0),)


def tesseract_available() -> bool:
    """True when the OCR engine in use can run (cheap; does not run it)."""
    return tesseract.engine().available()


def _orientation(image: Image.Image, *, timeout: float) -> tuple[int, float] | None:
    """OSD's (clockwise degrees to turn upright, confidence) for ``image``, run on a copy of
    bounded size; None when the page has too little text for OSD."""
    small = image
    if max(image.size) > OSD_MAX_SIDE:
        small = image.copy()
        small.thumbnail((OSD_MAX_SIDE, OSD_MAX_SIDE))
    return tesseract.engine().orientation(small, timeout=timeout)


def rotate_upright(image: Image.Image, rotation: int) -> Image.Image:
    """Turn ``image`` clockwise by ``rotation`` degrees (Tesseract's "Rotate:" value)."""
    if rotation % 360 == 0:
        return image
    # PIL rotates counter-clockwise for positive angles.
    return image.rotate(-rotation, expand=True, fillcolor=255 if image.mode == "L" else None)


def recognise(
    image: Image.Image,
    *,
    language: str = "eng",
    timeout: float = 60.0,
    detect_orientation: bool = True,
    psm: int = 3,
    bands: tuple[float, float] | None = None,
) -> OcrResult:
    """OCR one page image, turning it upright first when it is sideways or upside down.

    ``bands=(top, bottom)`` reads only the top ``top`` and the bottom ``bottom`` share of the
    upright page (cut in the white space between lines); :func:`complete` reads the rest.

    Most pages of a scan are upright, and OSD is both a third of the cost of recognition and
    wrong now and then on noisy pages (turning an upright page upside down destroys its text).
    So the page is read as it is first; only a poor reading (low confidence or few words) asks
    OSD for the orientation, and a turned reading replaces the first only when it is better.
    When OSD is unsure and the reading is garbage, the other orientations are tried.
    """
    first = _read(image, language=language, timeout=timeout, psm=psm, rotation=0, bands=bands)
    if not detect_orientation or _good(first):
        return first
    found = _orientation(image, timeout=timeout)
    if found is not None and found[1] >= OSD_MIN_CONFIDENCE:
        turns = [found[0]] if found[0] else []
    elif _garbled(first):
        # OSD is unsure (it often is on sparse or noisy pages) but the reading is garbage or
        # runs along vertical lines: try the other orientations, OSD's weak guess first.
        guess = found[0] if found is not None else 180
        turns = sorted((90, 180, 270), key=lambda turn: turn != guess)
    else:
        turns = []
    best = first
    for rotation in turns:
        turned = _read(
            rotate_upright(image, rotation),
            language=language,
            timeout=timeout,
            psm=psm,
            rotation=rotation,
            bands=bands,
        )
        best = _better(best, turned)
        if _good(best):
            break
    return best


def _better(current: OcrResult, turned: OcrResult) -> OcrResult:
    """The better of two readings of one page in different orientations."""
    if not _horizontal(current) and _horizontal(turned):
        # A sideways page read along its vertical lines: same words, wrong layout.
        return turned if _quality(turned) >= 0.8 * _quality(current) else current
    if _horizontal(current) and not _horizontal(turned):
        return current
    return turned if _quality(turned) > _quality(current) else current


#: A reading with at least this mean confidence and this many words is taken as upright.
GOOD_CONFIDENCE = 75.0
GOOD_WORDS = 12


def _good(result: OcrResult) -> bool:
    return (
        (result.confidence or 0) >= GOOD_CONFIDENCE
        and len(result.words) >= GOOD_WORDS
        and _horizontal(result)
    )


#: Below this mean confidence a reading with a few words is garbage (upside-down text reads
#: as 20-40; poor but upright scans as 60-80).
GARBLED_CONFIDENCE = 50.0


#: Fewer words than this tell nothing about a page's orientation.
ORIENT_MIN_WORDS = 3


def _garbled(result: OcrResult) -> bool:
    """A reading worth trying other orientations for when OSD cannot tell."""
    if len(result.words) < ORIENT_MIN_WORDS:
        return False
    return (result.confidence or 0) < GARBLED_CONFIDENCE or not _horizontal(result)


def _horizontal(result: OcrResult) -> bool:
    """True when longer words lie flat. Tesseract reads some sideways pages well, with word
    boxes standing upright; the page is still sideways and its top band is a side edge."""
    return result.flat_share >= 0.7


def _quality(result: OcrResult) -> float:
    # Confident words: garbage from upside-down text has many words at low confidence.
    return sum(w.confidence for w in result.words if w.confidence >= 60)


def _read(
    image: Image.Image,
    *,
    language: str,
    timeout: float,
    psm: int,
    rotation: int,
    bands: tuple[float, float] | None = None,
) -> OcrResult:
    regions = ((0.0, 1.0),) if bands is None else band_regions(image, *bands)
    return read_regions(
        image, regions, language=language, timeout=timeout, psm=psm, rotation=rotation
    )


#: White space between the stacked regions, as a share of the page height: enough that
#: Tesseract's layout analysis never joins a line of one region to a line of the next.
_STACK_GAP = 0.03
#: How far a band edge may move (share of the page height) to fall between two lines of text.
_SNAP = 0.04


def band_regions(image: Image.Image, top: float, bottom: float) -> tuple[tuple[float, float], ...]:
    """The top ``top`` and bottom ``bottom`` shares of ``image``, their inner edges moved into
    the nearest white space so that no line of text is cut in two."""
    upper = _white_row(image, top)
    lower = _white_row(image, 1.0 - bottom)
    if lower <= upper:
        return ((0.0, 1.0),)
    return ((0.0, upper), (lower, 1.0))


def _white_row(image: Image.Image, at: float) -> float:
    """The brightest pixel row within ``_SNAP`` of ``at`` (shares of the height), nearest
    ``at`` among equals: a row between two lines of text."""
    grey = image if image.mode == "L" else image.convert("L")
    h = grey.height
    lo = max(0, int((at - _SNAP) * h))
    hi = min(h, int((at + _SNAP) * h))
    if hi - lo < 2:
        return at
    # One pixel per row: each row's mean brightness (BOX resampling averages the row).
    rows = grey.crop((0, lo, grey.width, hi)).resize((1, hi - lo), Image.Resampling.BOX).tobytes()
    target = int(at * h) - lo
    brightest = max(rows)
    # Scanner noise keeps a white row a little below 255: count rows close to the brightest.
    best = min(
        (i for i, v in enumerate(rows) if v >= brightest - 1),
        key=lambda i: abs(i - target),
    )
    return (lo + best) / h


def read_regions(
    image: Image.Image,
    regions: Sequence[tuple[float, float]],
    *,
    language: str = "eng",
    timeout: float = 60.0,
    psm: int = 3,
    rotation: int = 0,
) -> OcrResult:
    """OCR the ``regions`` ((top, bottom) shares, top to bottom) of an upright page image.

    Several regions are stacked into one image with white gaps between them and read in one
    Tesseract call; word positions come back in shares of the whole page.
    """
    image = image if image.mode == "L" else image.convert("L")
    w, h = image.size
    kept = [(r, (max(0, int(r[0] * h)), min(h, int(r[1] * h)))) for r in regions]
    kept = [(r, span) for r, span in kept if span[1] > span[0]]
    regions = tuple(r for r, _ in kept)
    spans = [span for _, span in kept]
    if not spans:
        return OcrResult("", (), None, rotation, regions=regions, aspect=w / h)
    if len(spans) == 1 and spans[0] == (0, h):
        sheet, offsets = image, [(0, 0, h)]
    else:
        gap = max(8, int(_STACK_GAP * h))
        sheet = Image.new("L", (w, sum(b - a for a, b in spans) + gap * (len(spans) - 1)), 255)
        offsets = []
        y = 0
        for a, b in spans:
            sheet.paste(image.crop((0, a, w, b)), (0, y))
            offsets.append((y, a, b - a))
            y += b - a + gap
    data = tesseract.engine().data(sheet, language=language, psm=psm, timeout=timeout)
    zones = _edge_zones(offsets, h)
    data = relook_short_lines(
        sheet,
        data,
        language=language,
        timeout=timeout,
        unread=unread_ink(sheet, data, zones),
        boxed=ocrboxes.unread_marks(sheet, _word_boxes(data)),
    )
    return _result_from_data(data, (w, h), rotation, offsets, regions)


#: Page numbers stand within this share of the page's height from its top or bottom edge.
EDGE_ZONE = 0.10
#: Ink is looked for on a grid of cells this many pixels wide: a scanner's specks vanish in a
#: cell's mean, a digit's strokes do not.
INK_CELL = 4
#: A cell whose mean grey is darker than this holds ink.
INK_GREY = 215
#: A mark is this many cells high (12-48 px): a 7 pt digit at 200 dpi is some 14 px, a speck
#: or a rule less than 12 px and a picture more than 48 px.
INK_ROWS = (3, 12)
#: At most this many unread marks are read in one edge zone; a zone with more unread ink is a
#: photo or a drawing, not a page number, and nothing of it is read.
INK_MAX = 3


def _edge_zones(offsets: Sequence[tuple[int, int, int]], page_height: int) -> list[tuple[int, int]]:
    """The rows of the read image (top, bottom) that lie within :data:`EDGE_ZONE` of the
    page's top or bottom edge, from the stacked regions' ``offsets``."""
    edge = int(EDGE_ZONE * page_height)
    zones = []
    for read_y, page_y, height in offsets:
        top, bottom = max(page_y, 0), min(page_y + height, edge)
        if bottom > top:
            zones.append((read_y + top - page_y, read_y + bottom - page_y))
        top, bottom = max(page_y, page_height - edge), page_y + height
        if bottom > top:
            zones.append((read_y + top - page_y, read_y + bottom - page_y))
    return zones


def unread_ink(
    sheet: Image.Image, data: tesseract.WordTable, zones: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of short marks of ink in ``zones`` of ``sheet`` that no
    word of ``data`` covers. Tesseract's layout analysis drops a lone small line now and then
    (a page number "- 1 -" under the text, a bare "3" in a corner): read on its own, it is
    there."""
    if not zones:
        return []  # a page's middle, read after its bands
    cell = INK_CELL
    small = sheet.resize(
        (max(1, sheet.width // cell), max(1, sheet.height // cell)), Image.Resampling.BOX
    )
    # What Tesseract read is not looked for again.
    for i, level in enumerate(data["level"]):
        if level == "5" and data["text"][i].strip():
            x, y = int(data["left"][i]) // cell, int(data["top"][i]) // cell
            x1 = (int(data["left"][i]) + int(data["width"][i])) // cell + 2
            y1 = (int(data["top"][i]) + int(data["height"][i])) // cell + 2
            small.paste(255, (max(0, x - 2), max(0, y - 2), x1, y1))
    boxes: list[tuple[int, int, int, int]] = []
    for z0, z1 in zones:
        found: list[tuple[int, int, int, int]] = []
        rows = [
            y
            for y in range(z0 // cell, min(small.height, z1 // cell))
            if _darkest(small.crop((0, y, small.width, y + 1))) < INK_GREY
        ]
        for r0, r1 in _runs(rows, gap=1):
            if not INK_ROWS[0] <= r1 - r0 + 1 <= INK_ROWS[1]:
                continue  # a speck or a rule; a picture
            strip = small.crop((0, r0, small.width, r1 + 1))
            cols = [
                x
                for x in range(strip.width)
                if _darkest(strip.crop((x, 0, x + 1, strip.height))) < INK_GREY
            ]
            for c0, c1 in _runs(cols, gap=2 * (r1 - r0 + 1)):
                if c1 - c0 + 1 > small.width // 4:
                    continue  # a line of text, a rule: not a lone mark
                found.append((c0 * cell, r0 * cell, (c1 + 1) * cell, (r1 + 1) * cell))
        if len(found) <= INK_MAX:
            boxes += found
    return boxes


def _darkest(image: Image.Image) -> float:
    """The darkest grey of a one-band image."""
    low = image.getextrema()[0]
    return low if isinstance(low, (int, float)) else low[0]


def _runs(values: Sequence[int], *, gap: int) -> list[tuple[int, int]]:
    """Runs (first, last) of sorted ``values`` whose neighbours lie at most ``gap`` apart."""
    runs: list[tuple[int, int]] = []
    for v in values:
        if runs and v - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], v)
        else:
            runs.append((v, v))
    return runs


#: A line of at most this many characters (a page number, a label, a box's value) that
#: Tesseract read with less than this mean confidence, or read as nothing, is read again on
#: its own. Tesseract's LSTM misreads a lone small "1/1" or "- 2 -" beside a footer ("Vi",
#: "x oes") and gets it right from the line's own crop, enlarged.
RELOOK_CHARS = 14
RELOOK_CONFIDENCE = 80.0
#: A crop whose line is lower than this many pixels is enlarged to about this height:
#: Tesseract reads best with capitals some 20-30 px high.
RELOOK_HEIGHT = 30
#: A second reading replaces the first when it is this much more confident, and at least
#: ``RELOOK_ACCEPT`` confident.
RELOOK_GAIN = 10.0
RELOOK_ACCEPT = 60.0
#: At most this many lines are read again per reading: a photo or a drawing gives Tesseract
#: dozens of unsure scraps, and a page's short lines that matter are a handful.
RELOOK_MAX = 8
#: A mark no word covered counts when its reading is at least this confident: it was not
#: there at all before, so the bar is higher than a second look's.
UNREAD_ACCEPT = 70.0


def relook_short_lines(
    sheet: Image.Image,
    data: tesseract.WordTable,
    *,
    language: str,
    timeout: float,
    unread: Sequence[tuple[int, int, int, int]] = (),
    boxed: Sequence[tuple[int, int, int, int]] = (),
) -> tesseract.WordTable:
    """``data`` (Tesseract's word table of ``sheet``) with each short line it was unsure of
    read again from the line's own crop as a single line, where that reading is better; with
    the marks in the ``unread`` boxes (see :func:`unread_ink`) as lines of their own, where one
    reads confidently as a short line with a digit; and with the lines of ink in a form's
    ``boxed`` fields (see :func:`ocrboxes.unread_marks`) where one reads confidently, in place
    of the scraps Tesseract made of them."""
    lines: dict[tuple[str, str, str], list[int]] = {}
    for i, level in enumerate(data["level"]):
        if level == "5":
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    # The short, unsure lines (a handful at most), each cropped in two views, read in one
    # batch: through the tesseract binary that is one process, not two per line.
    chosen: list[tuple[list[int], float, tuple[int, int, int, int], int]] = []
    crops: list[Image.Image] = []
    # A boxed value is read in one view: a box's type is clean and large enough, and a form
    # may have a dozen of them.
    fields: list[tuple[tuple[int, int, int, int], int]] = []
    field_crops: list[Image.Image] = []
    for mark in boxed:
        crop, box, scale = _box_crop(sheet, mark, tight=True)
        fields.append((box, scale))
        field_crops.append(ocrboxes.without_rules(crop))
    tries = 0
    for rows in lines.values():
        read = [i for i in rows if data["text"][i].strip() and float(data["conf"][i]) >= 0]
        text = " ".join(data["text"][i].strip() for i in read)
        conf = sum(float(data["conf"][i]) for i in read) / len(read) if read else 0.0
        if len(text) > RELOOK_CHARS or conf >= RELOOK_CONFIDENCE or tries >= RELOOK_MAX:
            continue
        tries += 1
        found = _line_crop(sheet, data, rows)
        if found is None:
            continue
        crop, box, scale = found
        chosen.append((rows, conf, box, scale))
        # Two views of the line: as scanned, and cut to black and white (see :func:`_ink`);
        # Tesseract is sure of one or the other, rarely of both.
        crops += [crop, _ink(crop)]
    for mark in unread:
        crop, box, scale = _box_crop(sheet, mark)
        chosen.append(([], 0.0, box, scale))
        crops += [crop, _ink(crop)]
    if not chosen and not fields:
        return data
    tables = tesseract.engine().data_many(
        crops + field_crops, language=language, psm=7, timeout=timeout
    )
    replace: dict[int, list[dict[str, str]]] = {}
    added: list[dict[str, str]] = []
    blocks = max((int(b) for b in data["block_num"] if str(b).isdigit()), default=0)
    for (box, scale), table in zip(fields, tables[len(crops) :], strict=True):
        value = _words(table)
        text = "".join(word["text"] for word in value)
        if _mean_confidence(value) < UNREAD_ACCEPT or sum(ch.isalnum() for ch in text) < 2:
            continue
        blocks += 1
        template = {c: "1" for c in data} | {"level": "5", "block_num": str(blocks)}
        added += _placed(value, template, box, scale)
        for i in _scraps_in(data, box):
            replace[i] = []
    for k, (rows, conf, box, scale) in enumerate(chosen):
        best = max((_words(t) for t in tables[2 * k : 2 * k + 2]), key=_mean_confidence)
        if not rows:
            number = _number_mark(best)
            if number:
                blocks += 1
                template = {c: "1" for c in data} | {"level": "5", "block_num": str(blocks)}
                added += _placed(number, template, box, scale)
            continue
        if not best or _mean_confidence(best) < max(RELOOK_ACCEPT, conf + RELOOK_GAIN):
            continue
        first = rows[0]
        replace[first] = _placed(_as_number(best), {c: data[c][first] for c in data}, box, scale)
        for i in rows[1:]:
            replace[i] = []
    if not replace and not added:
        return data
    out: tesseract.WordTable = {c: [] for c in data}
    for row in [
        *(
            r
            for i in range(len(data["text"]))
            for r in replace.get(i, [{c: data[c][i] for c in data}])
        ),
        *added,
    ]:
        for c in data:
            out[c].append(row.get(c, ""))
    return out


def _word_boxes(data: tesseract.WordTable) -> list[tuple[int, int, int, int, str, float]]:
    """(left, top, width, height, text, confidence) of each word Tesseract read."""
    return [row for row in _word_rows(data) if row[4]]


def _scraps_in(data: tesseract.WordTable, box: tuple[int, int, int, int]) -> list[int]:
    """Rows of ``data`` whose word lies in ``box`` and is no reading (see
    :func:`ocrboxes.is_reading`): a box's rules read as "| =" beside the value."""
    found = []
    for i, (left, top, width, height, text, confidence) in enumerate(_word_rows(data)):
        if text and not ocrboxes.is_reading(text, confidence):
            x, y = left + width / 2, top + height / 2
            if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                found.append(i)
    return found


def _word_rows(data: tesseract.WordTable) -> list[tuple[int, int, int, int, str, float]]:
    """Every row of ``data`` as (left, top, width, height, text, confidence); rows above the
    word level have no text."""
    return [
        (
            int(data["left"][i]),
            int(data["top"][i]),
            int(data["width"][i]),
            int(data["height"][i]),
            data["text"][i].strip() if data["level"][i] == "5" else "",
            float(data["conf"][i]),
        )
        for i in range(len(data["text"]))
    ]


#: What Tesseract reads for a digit in a lone mark: "- 1 -" comes out as "-l-".
_DIGIT_LIKE = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0"})
_NUMBER_SHAPE = re.compile(r"[\d\-\u2013\u2014/.,:()lI|oO]+")
_DASHED = re.compile(r"[\-\u2013\u2014][lI|oO]+[\-\u2013\u2014]")


def _as_number(words: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """``words`` with the letters OCR takes for digits made digits, where the reading is
    made only of digits, such letters and punctuation and holds a digit then ("-l-" is
    "- 1 -"); else as they are."""
    text = "".join(word["text"] for word in words)
    # A lone "|" or "l" is a table's rule or a letter as often as a 1: only a digit beside it
    # or a dash on both sides ("-l-") makes it one.
    if _NUMBER_SHAPE.fullmatch(text) and (
        any(ch.isdigit() for ch in text) or _DASHED.fullmatch(text)
    ):
        return [{**w, "text": w["text"].translate(_DIGIT_LIKE)} for w in words]
    return [dict(w) for w in words]


def _number_mark(words: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """A lone mark's reading if it is a page number ("- 1 -", "3", "2/3"; as sure as a second
    look must be) or a short line with a number in it ("Page 2", "p. 3"; surer); else
    nothing."""
    text = "".join(word["text"] for word in words)
    if not words or len(text) > RELOOK_CHARS:
        return []
    confidence = _mean_confidence(words)
    number = _as_number(words)
    if _NUMBER_SHAPE.fullmatch(text) and confidence >= RELOOK_ACCEPT:
        return number if any(ch.isdigit() for w in number for ch in w["text"]) else []
    if confidence >= UNREAD_ACCEPT and any(ch.isdigit() for ch in text):
        return number
    return []


def _placed(
    words: Sequence[Mapping[str, str]],
    template: Mapping[str, str],
    box: tuple[int, int, int, int],
    scale: int,
) -> list[dict[str, str]]:
    """Word-table rows for ``words`` read from the crop of ``box`` enlarged ``scale`` times:
    ``template``'s columns with the words' text, confidence and place on the sheet."""
    return [
        {
            **template,
            "text": word["text"],
            "conf": word["conf"],
            "left": str(box[0] + int(word["left"]) // scale),
            "top": str(box[1] + int(word["top"]) // scale),
            "width": str(int(word["width"]) // scale),
            "height": str(int(word["height"]) // scale),
            "word_num": str(n + 1),
        }
        for n, word in enumerate(words)
    ]


def _ink(crop: Image.Image) -> Image.Image:
    """A crop of a line in black and white, cut a quarter of the way from its paper to its
    darkest ink. On a crop that is mostly paper, a local threshold (Sauvola's) turns scanner
    speckle into ink; the thin, blurred strokes of small type are grey, hence the high cut."""
    histogram = crop.histogram()
    total = sum(histogram)
    seen, paper = 0, 255
    for value, count in enumerate(histogram):
        seen += count
        if seen * 2 >= total:
            paper = value
            break
    darkest = next((v for v, c in enumerate(histogram) if c), 0)
    cut = paper - (paper - darkest) // 4
    return crop.point(lambda v: 0 if v < cut else 255)


def _line_crop(
    sheet: Image.Image, data: tesseract.WordTable, rows: Sequence[int]
) -> tuple[Image.Image, tuple[int, int, int, int], int] | None:
    """The crop of one line (word-table ``rows``) with a margin, enlarged to about
    ``RELOOK_HEIGHT``; its box on ``sheet`` and the enlargement. None for a speck."""
    x0 = min(int(data["left"][i]) for i in rows)
    y0 = min(int(data["top"][i]) for i in rows)
    x1 = max(int(data["left"][i]) + int(data["width"][i]) for i in rows)
    y1 = max(int(data["top"][i]) + int(data["height"][i]) for i in rows)
    if y1 - y0 < 4 or x1 - x0 < 4:
        return None
    return _box_crop(sheet, (x0, y0, x1, y1))


def _box_crop(
    sheet: Image.Image, box: tuple[int, int, int, int], *, tight: bool = False
) -> tuple[Image.Image, tuple[int, int, int, int], int]:
    """The crop of ``box`` on ``sheet`` with a margin, enlarged to about ``RELOOK_HEIGHT``;
    the crop's box on ``sheet`` and the enlargement. A ``tight`` margin above and below keeps
    a boxed value's label, a few pixels higher, out of its crop."""
    x0, y0, x1, y1 = box
    height = y1 - y0
    pad = max(4, height // 2)
    vpad = max(3, height // 5) if tight else pad
    box = (
        max(0, x0 - pad),
        max(0, y0 - vpad),
        min(sheet.width, x1 + pad),
        min(sheet.height, y1 + vpad),
    )
    crop = sheet.crop(box)
    scale = max(1, round(RELOOK_HEIGHT / height))
    if scale > 1:
        crop = crop.resize((crop.width * scale, crop.height * scale), Image.Resampling.LANCZOS)
    return crop, box, scale


def _words(table: tesseract.WordTable) -> list[dict[str, str]]:
    """The recognised words of a word table, one dict per word."""
    return [
        {c: table[c][j] for c in table}
        for j, text in enumerate(table["text"])
        if table["level"][j] == "5" and text.strip() and float(table["conf"][j]) >= 0
    ]


def _mean_confidence(words: Sequence[Mapping[str, str]]) -> float:
    return sum(float(w["conf"]) for w in words) / len(words) if words else 0.0


def complete(
    partial: OcrResult,
    image: Image.Image,
    *,
    language: str = "eng",
    timeout: float = 60.0,
    psm: int = 3,
) -> OcrResult:
    """``partial`` with the rest of its page read from ``image`` (the page as rendered, before
    any turning): the same result, up to Tesseract's layout, as reading the page at once."""
    if not partial.partial:
        return partial
    if len(partial.words) < ORIENT_MIN_WORDS:
        # The bands held (next to) nothing, so nothing told the page's orientation either (a
        # cover page with its title in the middle may be upside down; a stray word or two in
        # a band cannot tell garbage from text): read it as a fresh page.
        return recognise(image, language=language, timeout=timeout, psm=psm)
    upright = rotate_upright(image, partial.rotation)
    gaps: list[tuple[float, float]] = []
    edge = 0.0
    for a, b in partial.regions:
        if a > edge:
            gaps.append((edge, a))
        edge = max(edge, b)
    if edge < 1.0:
        gaps.append((edge, 1.0))
    rest = read_regions(
        upright, gaps, language=language, timeout=timeout, psm=psm, rotation=partial.rotation
    )
    # Line ids of the second reading go after those of the first: both are one page's lines.
    after = max((w.line for w in partial.words), default=-1) + 1
    words = sorted(
        [*partial.words, *(attrs.evolve(w, line=w.line + after) for w in rest.words)],
        key=lambda wd: (wd.top, wd.left),
    )
    return _result(words, upright.size, partial.rotation, ((0.0, 1.0),))


def _result_from_data(
    data: Mapping[str, Sequence[object]],
    size: tuple[int, int],
    rotation: int,
    offsets: Sequence[tuple[int, int, int]] = (),
    regions: tuple[tuple[float, float], ...] = ((0.0, 1.0),),
) -> OcrResult:
    """Tesseract's word table as an :class:`OcrResult`.

    ``offsets`` holds, per region, (y in the image read, y on the page, height) so that words of
    a stacked image go back to their place on the page.
    """
    width, height = size
    offsets = offsets or [(0, 0, height)]
    words: list[OcrWord] = []
    line_ids: dict[tuple[object, ...], int] = {}
    for i, raw_text in enumerate(data["text"]):
        word = str(raw_text).strip()
        conf = float(str(data["conf"][i]))
        if not word or conf < 0:
            continue
        top, h = int(str(data["top"][i])), int(str(data["height"][i]))
        region = _region_of(top + h / 2, offsets)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        read_y, page_y, _ = offsets[region]
        words.append(
            OcrWord(
                text=word,
                left=int(str(data["left"][i])) / width,
                top=(top - read_y + page_y) / height,
                width=int(str(data["width"][i])) / width,
                height=h / height,
                confidence=conf,
                line=line_ids.setdefault(key, len(line_ids)),
            )
        )
    return _result(words, size, rotation, regions)


def _result(
    words: Sequence[OcrWord],
    size: tuple[int, int],
    rotation: int,
    regions: tuple[tuple[float, float], ...],
) -> OcrResult:
    """An :class:`OcrResult` of ``words`` on an upright page of ``size`` pixels: the text is
    their rows, the mean word confidence and the share of longer words lying flat come from
    the words."""
    width, height = size
    long_words = [w for w in words if len(w.text) >= 4]
    flat = sum(1 for w in long_words if w.width * width > w.height * height)
    return OcrResult(
        text=ocrlines.text(words, width / height),
        words=tuple(words),
        confidence=round(sum(w.confidence for w in words) / len(words), 1) if words else None,
        rotation=rotation,
        flat_share=flat / len(long_words) if long_words else 1.0,
        regions=regions,
        aspect=width / height,
    )


def _region_of(y: float, offsets: Sequence[tuple[int, int, int]]) -> int:
    """Index of the stacked region the image row ``y`` falls in (the nearest one in a gap)."""
    for k, (read_y, _, h) in enumerate(offsets):
        if y < read_y + h:
            return k
    return len(offsets) - 1

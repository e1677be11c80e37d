"""Tesseract OCR of one rendered page: orientation, words with positions, confidence.

This module owns every pytesseract call. pytesseract runs the ``tesseract`` binary as a child
process that inherits our environment, so ``OMP_THREAD_LIMIT=1`` is set once at import: with
Tesseract's default OpenMP threading two concurrent pages run about 4x slower than two
single-threaded ones on this 2-core machine, and docsplit parallelises across pages instead.

Errors: a missing binary or language becomes :class:`~docsplit.errors.OcrUnavailable`; a crash,
a bad exit status or the per-page time limit becomes :class:`~docsplit.errors.OcrFailed`.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pytesseract
from PIL import Image

from docsplit.errors import OcrFailed, OcrUnavailable

# Per page, not per process: each page is its own tesseract child process.
os.environ["OMP_THREAD_LIMIT"] = "1"

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


@attrs.frozen
class OcrResult:
    """The text of a page and what Tesseract said about it."""

    text: str
    words: tuple[OcrWord, ...]
    confidence: float | None
    rotation: int
    #: Share of the longer words whose boxes are wider than tall (1.0 for upright text).
    flat_share: float = 1.0


def tesseract_available() -> bool:
    """True when the ``tesseract`` binary can be found (cheap; does not run it)."""
    cmd = pytesseract.pytesseract.tesseract_cmd
    return shutil.which(cmd) is not None or Path(cmd).is_file()


def _call(fn: object, *args: object, timeout: float, what: str, **kwargs: object) -> object:
    assert callable(fn)
    try:
        return fn(*args, timeout=timeout, **kwargs)
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable() from exc
    except pytesseract.TesseractError as exc:
        message = str(exc.message if hasattr(exc, "message") else exc)
        if "Failed loading language" in message or "Error opening data file" in message:
            raise OcrUnavailable(f"Tesseract language data missing: {message.strip()}") from exc
        raise OcrFailed(f"Tesseract failed during {what}: {message.strip()[:200]}") from exc
    except RuntimeError as exc:
        # pytesseract signals its timeout with a bare RuntimeError("Tesseract process timeout").
        if "timeout" in str(exc).lower():
            raise OcrFailed(f"Tesseract took longer than {timeout:.0f} s for {what}") from exc
        raise OcrFailed(f"Tesseract failed during {what}: {exc}") from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrFailed(f"Tesseract could not run for {what}: {exc}") from exc


@contextlib.contextmanager
def _image_file(image: Image.Image) -> Iterator[str]:
    """The image as an uncompressed PGM file for the tesseract binary.

    pytesseract would write a PNG: ~50 ms of zlib per 200-dpi page with the GIL held, which the
    page workers would take turns at. A PGM costs under 1 ms.
    """
    fd, path = tempfile.mkstemp(prefix="docsplit-ocr-", suffix=".pgm")
    os.close(fd)
    try:
        (image if image.mode == "L" else image.convert("L")).save(path, "PPM")
        yield path
    finally:
        with contextlib.suppress(OSError):
            Path(path).unlink()


def detect_rotation(image: Image.Image, *, timeout: float) -> int:
    """Clockwise degrees (0, 90, 180, 270) the page must be turned to read upright.

    Pages with too little text for OSD count as upright rather than failing: a separator or a
    photo has nothing to rotate for.
    """
    small = image
    if max(image.size) > OSD_MAX_SIDE:
        small = image.copy()
        small.thumbnail((OSD_MAX_SIDE, OSD_MAX_SIDE))
    try:
        with _image_file(small) as path:
            out = _call(
                pytesseract.image_to_osd,
                path,
                timeout=timeout,
                what="orientation detection",
                config="--psm 0 -c min_characters_to_try=20",
            )
    except OcrFailed as exc:
        if "Too few characters" in str(exc.__cause__) or "Too few characters" in str(exc):
            return 0
        # OSD needs enough text; a nearly empty page makes Tesseract exit with an error.
        cause = exc.__cause__
        if isinstance(cause, pytesseract.TesseractError):
            return 0
        raise
    text = str(out)
    rotate = re.search(r"Rotate:\s*(\d+)", text)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", text)
    if not rotate or not conf or float(conf.group(1)) < OSD_MIN_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360


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
) -> OcrResult:
    """OCR one page image, turning it upright first when it is sideways or upside down.

    Most pages of a scan are upright, and OSD is both a third of the cost of recognition and
    wrong now and then on noisy pages (turning an upright page upside down destroys its text).
    So the page is read as it is first; only a poor reading (low confidence or few words) asks
    OSD for the orientation, and a turned reading replaces the first only when it is better.
    """
    first = _read(image, language=language, timeout=timeout, psm=psm, rotation=0)
    if not detect_orientation or _good(first):
        return first
    rotation = detect_rotation(image, timeout=timeout)
    if rotation == 0:
        return first
    turned = _read(
        rotate_upright(image, rotation),
        language=language,
        timeout=timeout,
        psm=psm,
        rotation=rotation,
    )
    if not _horizontal(first) and _horizontal(turned):
        # A sideways page read along its vertical lines: same words, wrong layout.
        return turned if _quality(turned) >= 0.8 * _quality(first) else first
    return turned if _quality(turned) > _quality(first) else first


#: A reading with at least this mean confidence and this many words is taken as upright.
GOOD_CONFIDENCE = 75.0
GOOD_WORDS = 12


def _good(result: OcrResult) -> bool:
    return (
        (result.confidence or 0) >= GOOD_CONFIDENCE
        and len(result.words) >= GOOD_WORDS
        and _horizontal(result)
    )


def _horizontal(result: OcrResult) -> bool:
    """True when longer words lie flat. Tesseract reads some sideways pages well, with word
    boxes standing upright; the page is still sideways and its top band is a side edge."""
    return result.flat_share >= 0.7


def _quality(result: OcrResult) -> float:
    # Confident words: garbage from upside-down text has many words at low confidence.
    return sum(w.confidence for w in result.words if w.confidence >= 60)


def _read(
    image: Image.Image, *, language: str, timeout: float, psm: int, rotation: int
) -> OcrResult:
    with _image_file(image) as path:
        data = _call(
            pytesseract.image_to_data,
            path,
            timeout=timeout,
            what="recognition",
            lang=language,
            config=f"--psm {psm}",
            output_type=pytesseract.Output.DICT,
        )
    assert isinstance(data, dict)
    return _result_from_data(data, image.size, rotation)


def _result_from_data(
    data: dict[str, Sequence[object]], size: tuple[int, int], rotation: int
) -> OcrResult:
    width, height = size
    words: list[OcrWord] = []
    lines: list[str] = []
    current_key: tuple[object, ...] | None = None
    current: list[str] = []
    confidences: list[float] = []
    long_words = flat_words = 0
    for i, raw_text in enumerate(data["text"]):
        word = str(raw_text).strip()
        conf = float(str(data["conf"][i]))
        if not word or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if key != current_key:
            if current:
                lines.append(" ".join(current))
            if current_key is not None and key[:2] != current_key[:2]:
                lines.append("")
            current, current_key = [], key
        current.append(word)
        confidences.append(conf)
        if len(word) >= 4:
            long_words += 1
            flat_words += int(str(data["width"][i])) > int(str(data["height"][i]))
        words.append(
            OcrWord(
                text=word,
                left=int(str(data["left"][i])) / width,
                top=int(str(data["top"][i])) / height,
                width=int(str(data["width"][i])) / width,
                height=int(str(data["height"][i])) / height,
                confidence=conf,
            )
        )
    if current:
        lines.append(" ".join(current))
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrResult(
        text="\n".join(lines),
        words=tuple(words),
        confidence=mean,
        rotation=rotation,
        flat_share=flat_words / long_words if long_words else 1.0,
    )

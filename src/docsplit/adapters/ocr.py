"""Tesseract OCR of one rendered page: orientation, words with positions, confidence.

This module owns every pytesseract call. pytesseract runs the ``tesseract`` binary as a child
process that inherits our environment, so ``OMP_THREAD_LIMIT=1`` is set once at import: with
Tesseract's default OpenMP threading two concurrent pages run about 4x slower than two
single-threaded ones on this 2-core machine, and docsplit parallelises across pages instead.

Errors: a missing binary or language becomes :class:`~docsplit.errors.OcrUnavailable`; a crash,
a bad exit status or the per-page time limit becomes :class:`~docsplit.errors.OcrFailed`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytesseract
from PIL import Image

from docsplit.errors import OcrFailed, OcrUnavailable

# Per page, not per process: each page is its own tesseract child process.
os.environ["OMP_THREAD_LIMIT"] = "1"

#: OSD runs on a downscaled copy; orientation is visible at low resolution and this keeps it
#: to a fraction of the recognition time.
OSD_MAX_SIDE = 1400
#: Below this OSD orientation confidence the page is left as it is (Tesseract's own docs use
#: ~2 as the threshold below which the guess is unreliable).
OSD_MIN_CONFIDENCE = 1.5


@attrs.frozen
class OcrWord:
    """One recognised word; coordinates are shares of the (rotated) page, 0..1 from top-left."""

    text: str
    left: float
    top: float
    height: float
    confidence: float


@attrs.frozen
class OcrResult:
    """The text of a page and what Tesseract said about it."""

    text: str
    words: tuple[OcrWord, ...]
    confidence: float | None
    rotation: int


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
        out = _call(
            pytesseract.image_to_osd,
            small,
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
    """OCR one page image: orientation first (when asked), then words with confidences."""
    rotation = detect_rotation(image, timeout=timeout) if detect_orientation else 0
    upright = rotate_upright(image, rotation)
    data = _call(
        pytesseract.image_to_data,
        upright,
        timeout=timeout,
        what="recognition",
        lang=language,
        config=f"--psm {psm}",
        output_type=pytesseract.Output.DICT,
    )
    assert isinstance(data, dict)
    return _result_from_data(data, upright.size, rotation)


def _result_from_data(
    data: dict[str, Sequence[object]], size: tuple[int, int], rotation: int
) -> OcrResult:
    width, height = size
    words: list[OcrWord] = []
    lines: list[str] = []
    current_key: tuple[object, ...] | None = None
    current: list[str] = []
    confidences: list[float] = []
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
        words.append(
            OcrWord(
                text=word,
                left=int(str(data["left"][i])) / width,
                top=int(str(data["top"][i])) / height,
                height=int(str(data["height"][i])) / height,
                confidence=conf,
            )
        )
    if current:
        lines.append(" ".join(current))
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrResult(text="\n".join(lines), words=tuple(words), confidence=mean, rotation=rotation)

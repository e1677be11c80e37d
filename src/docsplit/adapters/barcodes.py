"""Barcodes, QR codes and patch-code sheets on a rendered page.

This module owns every zxing-cpp call. Two kinds of separator sheet are recognised:

* a barcode or QR code (any format zxing-cpp reads); the Paperless-ngx convention is that the
  value ``PATCHT`` marks a separator, other values (ASN numbers, tags) are kept so that a sheet
  can both separate and label a document;
* a printed patch-T sheet: long, heavy vertical bars along one edge of the page running most of
  its height (the Kodak patch code pattern, which document scanners read in hardware and zxing
  cannot). Found with a column profile of the page, so it needs no numpy.
"""

from __future__ import annotations

import attrs
import zxingcpp
from PIL import Image, ImageOps

#: The barcode value Paperless-ngx uses for separator sheets.
PATCH_T_VALUE = "PATCHT"

#: Width the page is scaled to for the patch-code column profile.
_PROFILE_WIDTH = 600
#: A column whose mean grey (0 black .. 255 white) over the page's middle is below this is ink
#: from top to bottom: a bar, not text (text columns average well above 150).
_BAR_GREY = 120
#: The bars must sit within this share of the page width from the left or right edge.
_EDGE_SHARE = 0.25


@attrs.frozen
class Barcode:
    """One decoded symbol: its format name (Code39, QRCode ...) and text."""

    format: str
    value: str


def read_barcodes(image: Image.Image, *, thorough: bool = True) -> tuple[Barcode, ...]:
    """Every barcode zxing-cpp finds on the page image, in reading order, duplicates removed.

    ``thorough=False`` skips zxing's downscaled passes: three times faster and enough for clean
    renderings of born-digital pages.
    """
    try:
        results = zxingcpp.read_barcodes(image, try_downscale=thorough)
    except (RuntimeError, ValueError):  # zxing raises on degenerate images (0 px, odd modes)
        return ()
    seen: set[tuple[str, str]] = set()
    out: list[Barcode] = []
    for r in results:
        if not r.valid or not r.text:
            continue
        key = (r.format.name, r.text)
        if key not in seen:
            seen.add(key)
            out.append(Barcode(format=r.format.name, value=r.text))
    return tuple(out)


def is_patch_sheet(image: Image.Image) -> bool:
    """True when the page carries patch-code bars: four heavy vertical bars near the left or right
    edge running through the middle 70% of the page, with white gaps, of two clearly different
    widths (patch codes are built from wide and narrow bars).

    Barcode labels, table rules and page borders fail at least one of these tests.
    """
    grey = image.convert("L") if image.mode != "L" else image
    width, height = grey.size
    if width < 50 or height < 50:
        return False
    candidates = [grey, ImageOps.mirror(grey)]
    if width > height:
        # A landscape scan of a portrait sheet carries the bars along the top or bottom.
        turned = grey.rotate(90, expand=True)
        candidates += [turned, ImageOps.mirror(turned)]
    return any(_has_patch_bars(c) for c in candidates)


def _has_patch_bars(grey: Image.Image) -> bool:
    width, height = grey.size
    band = grey.crop((0, int(height * 0.15), int(width * _EDGE_SHARE), int(height * 0.85)))
    cols = max(1, int(_PROFILE_WIDTH * _EDGE_SHARE))
    # BOX resampling to one row gives each column's mean grey value.
    profile = band.resize((cols, 1), Image.Resampling.BOX).tobytes()
    bars: list[int] = []
    run = 0
    for value in profile:
        if value < _BAR_GREY:
            run += 1
            continue
        if run:
            bars.append(run)
            run = 0
    if run:
        bars.append(run)
    if len(bars) != 4 or min(bars) < 2:
        return False
    # Everything that is not a bar must be light: a page full of grey text is not a patch sheet.
    light = sum(1 for v in profile if v > 180)
    if light + sum(bars) < 0.8 * len(profile):
        return False
    return max(bars) >= 1.8 * min(bars)


def is_separator_value(value: str) -> bool:
    """True for the barcode values that mean "separator sheet" by themselves."""
    return value.strip().upper().replace(" ", "").replace("-", "") == PATCH_T_VALUE

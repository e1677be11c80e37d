"""Tesseract's orientation detection (OSD) through its C API, with the GIL released.

This module owns one thing: running OSD on a page image in-process without holding Python's
GIL. tesserocr's ``DetectOrientationScript`` keeps the GIL for the whole call (about 0.1 s a
page), so while one page worker ran OSD the other could not even return from its own
recognition: on the 50-page scanned benchmark stream OSD was more than half of all the time
the page work held the GIL (py-spy ``--gil``). ctypes releases the GIL around every foreign
call, so the same call through Tesseract's C API (``TessBaseAPIDetectOrientationScript``)
lets the other worker go on.

It uses the libtesseract and libleptonica that tesserocr's wheel brings (the same library
tesserocr runs, already loaded in the process), and hands the image over as tesserocr does,
as a BMP read by Leptonica, so that the result is the same to the last digit of the
confidence (handing over raw greyscale rows changed the confidence on some pages). Where the
wheel has no such libraries (a tesserocr built against the system's library), :func:`osd`
is None and the caller keeps tesserocr's call.
"""

from __future__ import annotations

import ctypes
import functools
import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image

#: Tesseract's PSM_OSD_ONLY.
_PSM_OSD_ONLY = 0

Osd = Callable[[Image.Image], "tuple[int, float] | None"]


class _Libraries:
    """The C functions this module calls, with their signatures declared."""

    def __init__(self, tesseract: ctypes.CDLL, leptonica: ctypes.CDLL) -> None:
        ptr, text, num = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        self.create = tesseract.TessBaseAPICreate
        self.create.restype, self.create.argtypes = ptr, []
        self.delete = tesseract.TessBaseAPIDelete
        self.delete.restype, self.delete.argtypes = None, [ptr]
        self.init = tesseract.TessBaseAPIInit3
        self.init.restype, self.init.argtypes = num, [ptr, text, text]
        self.set_variable = tesseract.TessBaseAPISetVariable
        self.set_variable.restype, self.set_variable.argtypes = num, [ptr, text, text]
        self.set_psm = tesseract.TessBaseAPISetPageSegMode
        self.set_psm.restype, self.set_psm.argtypes = None, [ptr, num]
        self.set_image = tesseract.TessBaseAPISetImage2
        self.set_image.restype, self.set_image.argtypes = None, [ptr, ptr]
        self.detect = tesseract.TessBaseAPIDetectOrientationScript
        self.detect.restype = num
        self.detect.argtypes = [
            ptr,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_float),
            ctypes.POINTER(ctypes.c_char_p),
            ctypes.POINTER(ctypes.c_float),
        ]
        self.clear = tesseract.TessBaseAPIClear
        self.clear.restype, self.clear.argtypes = None, [ptr]
        self.read_pix = leptonica.pixReadMem
        self.read_pix.restype, self.read_pix.argtypes = ptr, [ctypes.c_char_p, ctypes.c_size_t]
        self.destroy_pix = leptonica.pixDestroy
        self.destroy_pix.restype, self.destroy_pix.argtypes = None, [ctypes.POINTER(ptr)]


@functools.cache
def _load() -> _Libraries | None:
    # Imported here, not at the top: :mod:`docsplit.adapters.tesseract` must set
    # OMP_THREAD_LIMIT before libtesseract is loaded, and it imports this module first.
    try:
        import tesserocr
    except ImportError:  # pragma: no cover - depends on the platform
        return None
    folder = Path(tesserocr.__file__).parent.parent / "tesserocr.libs"
    tesseract = next(iter(sorted(folder.glob("libtesseract*.so*"))), None)
    leptonica = next(iter(sorted(folder.glob("libleptonica*.so*"))), None)
    if tesseract is None or leptonica is None:
        return None
    try:
        return _Libraries(ctypes.CDLL(str(tesseract)), ctypes.CDLL(str(leptonica)))
    except (OSError, AttributeError):
        return None


class _Handle:
    """One Tesseract instance with the OSD model loaded, for one thread."""

    def __init__(self, libs: _Libraries, tessdata: str) -> None:
        self._libs = libs
        self._api = libs.create()
        if libs.init(self._api, tessdata.encode(), b"osd") != 0:
            libs.delete(self._api)
            self._api = None
            raise OSError(f"Tesseract could not load its OSD model from {tessdata}")
        # As the CLI engine's ``-c min_characters_to_try=20``: OSD answers on sparse pages too.
        libs.set_variable(self._api, b"min_characters_to_try", b"20")
        libs.set_psm(self._api, _PSM_OSD_ONLY)

    def detect(self, image: Image.Image) -> tuple[int, float] | None:
        if image.mode not in ("1", "L", "RGB"):
            # BMP holds these; a page with an alpha channel or a palette is read as grey.
            image = image.convert("L")
        buffer = io.BytesIO()
        image.save(buffer, "BMP")
        raw = buffer.getvalue()
        pix = ctypes.c_void_p(self._libs.read_pix(raw, len(raw)))
        if not pix.value:
            return None
        degrees, confidence = ctypes.c_int(), ctypes.c_float()
        script, script_confidence = ctypes.c_char_p(), ctypes.c_float()
        try:
            self._libs.set_image(self._api, pix)
            found = self._libs.detect(
                self._api,
                ctypes.byref(degrees),
                ctypes.byref(confidence),
                ctypes.byref(script),
                ctypes.byref(script_confidence),
            )
        finally:
            self._libs.clear(self._api)
            self._libs.destroy_pix(ctypes.byref(pix))
        if not found:
            return None
        # orient_deg is how far the image is turned clockwise; turning back is the rest.
        return (360 - degrees.value) % 360, float(confidence.value)

    def __del__(self) -> None:
        if getattr(self, "_api", None):
            self._libs.delete(self._api)


def osd(tessdata: str) -> Osd | None:
    """An OSD function with its own Tesseract instance for the language data in ``tessdata``,
    for one thread at a time (the engine keeps one per worker thread, as it does its
    tesserocr instances), or None when the C API cannot be used here (the caller then uses
    tesserocr's own call)."""
    libs = _load()
    if libs is None:
        return None
    try:
        return _Handle(libs, tessdata).detect
    except OSError:
        return None

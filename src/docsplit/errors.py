"""The one exception tree of docsplit.

Every error a user can see is a :class:`DocsplitError` with a stable ``code`` (part of the public
API: the HTTP body, WebSocket ``error`` messages and the SDK's exception classes all carry it) and
the HTTP status it maps to. Adapters translate library exceptions into these; the web layer maps
them to responses in one place (``web/middlewares.py``).
"""

from __future__ import annotations

from typing import ClassVar


class DocsplitError(Exception):
    """Base class: a stable ``code``, an HTTP ``status`` and a human-readable message."""

    code: ClassVar[str] = "internal_error"
    status: ClassVar[int] = 500
    default_message: ClassVar[str] = "internal server error"

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class ConfigError(DocsplitError):
    code = "invalid_config"
    status = 500
    default_message = "invalid configuration"


class InvalidRequest(DocsplitError):
    code = "invalid_request"
    status = 400
    default_message = "the request is malformed"


class EmptyUpload(DocsplitError):
    code = "empty_upload"
    status = 400
    default_message = "the uploaded file is empty"


class Unauthorized(DocsplitError):
    code = "unauthorized"
    status = 401
    default_message = "a valid token is required"


class Forbidden(DocsplitError):
    code = "forbidden"
    status = 403
    default_message = "this token does not give access to that resource"


class NotFound(DocsplitError):
    code = "not_found"
    status = 404
    default_message = "not found"


class MethodNotAllowed(DocsplitError):
    code = "method_not_allowed"
    status = 405
    default_message = "method not allowed"


class Conflict(DocsplitError):
    code = "conflict"
    status = 409
    default_message = "the session is not in a state that allows this"


class TooLarge(DocsplitError):
    code = "too_large"
    status = 413
    default_message = "the upload is larger than allowed"


class UnsupportedMediaType(DocsplitError):
    code = "unsupported_media_type"
    status = 415
    default_message = "expected multipart/form-data with a 'file' field"


class PdfError(DocsplitError):
    """Base of the errors about the uploaded PDF itself."""

    code = "invalid_pdf"
    status = 422
    default_message = "the file is not a readable PDF"


class InvalidPdf(PdfError):
    code = "invalid_pdf"


class EncryptedPdf(PdfError):
    code = "encrypted_pdf"
    default_message = "the PDF is encrypted with a password"


class TooManyPages(PdfError):
    code = "too_many_pages"
    default_message = "the PDF has more pages than allowed"


class InvalidBoundaries(DocsplitError):
    code = "invalid_boundaries"
    status = 422
    default_message = "the document boundaries are invalid"


class InvalidOptions(DocsplitError):
    code = "invalid_options"
    status = 422
    default_message = "the processing options are invalid"


class OcrError(DocsplitError):
    """Base of OCR failures; text-layer pages keep working when OCR is unavailable."""

    code = "ocr_failed"
    status = 500
    default_message = "OCR failed"


class OcrUnavailable(OcrError):
    code = "ocr_unavailable"
    status = 503
    default_message = "Tesseract is not installed or cannot be started"


class OcrFailed(OcrError):
    code = "ocr_failed"


class Cancelled(DocsplitError):
    code = "cancelled"
    status = 409
    default_message = "the job was cancelled"


class ShuttingDown(DocsplitError):
    code = "shutting_down"
    status = 503
    default_message = "the server is shutting down"


class InvalidMessage(DocsplitError):
    """A WebSocket frame that is not valid JSON or has wrong fields."""

    code = "invalid_message"
    status = 400
    default_message = "invalid message"


class UnknownMessageType(DocsplitError):
    code = "unknown_type"
    status = 400
    default_message = "unknown message type"


def all_error_classes() -> list[type[DocsplitError]]:
    """Every concrete error class, for the docs and the SDK's code -> class table."""
    seen: list[type[DocsplitError]] = []
    stack: list[type[DocsplitError]] = [DocsplitError]
    while stack:
        cls = stack.pop()
        seen.append(cls)
        stack.extend(cls.__subclasses__())
    return seen

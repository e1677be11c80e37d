"""The SDK's exceptions: one class per stable server error code, plus transport failures.

The server answers every HTTP error as ``{"error": {"code", "message"}}`` and closes WebSockets
with documented close codes; both become the classes below, chosen from one table
(:data:`ERROR_CLASSES`, code -> class), so ``except NotFound`` works whichever way the error
arrived. A code this SDK does not know yet still raises :class:`ApiError` carrying that code, so
an older client keeps working against a newer server.

These are deliberately distinct from :mod:`docsplit.errors` (the server's tree): a program using
the SDK catches client errors, and the server's classes carry HTTP statuses that mean nothing on
this side. The codes are the shared contract; ``tests/client`` checks the table covers them all.
"""

from __future__ import annotations

from typing import Any, ClassVar


class DocsplitClientError(Exception):
    """Base of every SDK error: a stable ``code``, a message, and where known the HTTP status
    or the WebSocket close code that carried it."""

    code: ClassVar[str] = "client_error"

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        status: int | None = None,
        close_code: int | None = None,
    ) -> None:
        self.message = message or type(self).__name__
        # An instance may carry a code more precise than its class (unknown server codes).
        self.error_code = code or self.code
        self.status = status
        self.close_code = close_code
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.error_code}: {self.message}"


class CannotConnect(DocsplitClientError):
    """The server could not be reached (refused, DNS, timeout, reconnect attempts exhausted)."""

    code = "cannot_connect"


class WaitTimeout(DocsplitClientError, TimeoutError):
    """``wait()`` or a tracker ran out of time before the session got where it was asked."""

    code = "timeout"


class ProcessingFailed(DocsplitClientError):
    """The session's job failed or was cancelled; ``error_code`` is the server's reason."""

    code = "processing_failed"

    def __init__(self, message: str = "", *, code: str | None = None, session: Any = None) -> None:
        super().__init__(message, code=code)
        self.session = session


class Disconnected(DocsplitClientError):
    """The server closed the WebSocket for good (close 4000: an admin disconnected us, or a
    close code that must not be retried)."""

    code = "disconnected"


class ApiError(DocsplitClientError):
    """The server answered with an error; subclasses below mirror its stable codes."""

    code = "api_error"


class InvalidRequest(ApiError):
    code = "invalid_request"


class EmptyUpload(ApiError):
    code = "empty_upload"


class Unauthorized(ApiError):
    code = "unauthorized"


class Forbidden(ApiError):
    code = "forbidden"


class NotFound(ApiError):
    code = "not_found"


class MethodNotAllowed(ApiError):
    code = "method_not_allowed"


class Conflict(ApiError):
    code = "conflict"


class TooLarge(ApiError):
    code = "too_large"


class UnsupportedMediaType(ApiError):
    code = "unsupported_media_type"


class PdfError(ApiError):
    """Base of the answers about the uploaded file itself (HTTP 422)."""

    code = "invalid_pdf"


class InvalidPdf(PdfError):
    code = "invalid_pdf"


class EncryptedPdf(PdfError):
    code = "encrypted_pdf"


class TooManyPages(PdfError):
    code = "too_many_pages"


class InvalidBoundaries(ApiError):
    code = "invalid_boundaries"


class InvalidOptions(ApiError):
    code = "invalid_options"


class OcrError(ApiError):
    code = "ocr_failed"


class OcrUnavailable(OcrError):
    code = "ocr_unavailable"


class OcrFailed(OcrError):
    code = "ocr_failed"


class Cancelled(ApiError):
    code = "cancelled"


class ShuttingDown(ApiError):
    code = "shutting_down"


class InvalidMessage(ApiError):
    code = "invalid_message"


class UnknownMessageType(ApiError):
    code = "unknown_type"


class TooManyConnections(ApiError):
    """The server's WebSocket limits are reached (an ``error`` message, then close 4429); the
    client retries with backoff before raising anything."""

    code = "too_many_connections"


class InvalidConfig(ApiError):
    code = "invalid_config"


class InternalError(ApiError):
    code = "internal_error"


#: The one table: server error code -> SDK exception class.
ERROR_CLASSES: dict[str, type[ApiError]] = {
    cls.code: cls
    for cls in (
        InvalidRequest,
        EmptyUpload,
        Unauthorized,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        Conflict,
        TooLarge,
        UnsupportedMediaType,
        InvalidPdf,
        EncryptedPdf,
        TooManyPages,
        InvalidBoundaries,
        InvalidOptions,
        OcrUnavailable,
        OcrFailed,
        Cancelled,
        ShuttingDown,
        InvalidMessage,
        UnknownMessageType,
        TooManyConnections,
        InvalidConfig,
        InternalError,
    )
}

#: Terminal WebSocket close codes (never reconnect) -> the exception they raise.
CLOSE_CODE_ERRORS: dict[int, type[DocsplitClientError]] = {
    4000: Disconnected,
    4401: Unauthorized,
    4403: Forbidden,
    4404: NotFound,
}


def error_from_code(
    code: str, message: str, *, status: int | None = None, close_code: int | None = None
) -> ApiError:
    """The exception for a server error ``code`` (``ApiError`` for a code we do not know)."""
    cls = ERROR_CLASSES.get(code, ApiError)
    return cls(message, code=code, status=status, close_code=close_code)


def error_from_body(status: int, body: Any, fallback: str = "") -> ApiError:
    """Build the exception for an HTTP error answer ``{"error": {"code", "message"}}``.

    A body that is not in that shape (a proxy's HTML page, say) still gives a useful error,
    named after the status.
    """
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("code"), str):
        message = error.get("message")
        return error_from_code(
            error["code"], message if isinstance(message, str) else fallback, status=status
        )
    code = {
        400: "invalid_request",
        401: "unauthorized",
        403: "forbidden",
        404: "not_found",
        405: "method_not_allowed",
        409: "conflict",
        413: "too_large",
        415: "unsupported_media_type",
    }.get(status, "internal_error" if status >= 500 else "api_error")
    return error_from_code(code, fallback or f"HTTP {status}", status=status)


def error_from_close(close_code: int, reason: str = "") -> DocsplitClientError:
    """The exception for a terminal WebSocket close code."""
    cls = CLOSE_CODE_ERRORS.get(close_code, Disconnected)
    message = reason or f"the server closed the connection ({close_code})"
    return cls(message, close_code=close_code)

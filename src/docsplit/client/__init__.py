"""docsplit's Python SDK: REST client, live WebSocket client, progress tracker, sync wrappers.

::

    from docsplit.client import DocsplitClient, track_session_progress

    async with DocsplitClient("http://127.0.0.1:8080") as client:
        session = await client.upload("scan.pdf", ocr="auto")
        tracker = await track_session_progress(
            client.base_url, session["session_id"], token=session["token"]
        )
        ...

Everything here talks to a server over HTTP/WebSocket with aiohttp; see ``docs/sdk.md``.
"""

from docsplit.client.errors import (
    ERROR_CLASSES,
    ApiError,
    Cancelled,
    CannotConnect,
    Conflict,
    Disconnected,
    DocsplitClientError,
    EmptyUpload,
    EncryptedPdf,
    Forbidden,
    InternalError,
    InvalidBoundaries,
    InvalidConfig,
    InvalidMessage,
    InvalidOptions,
    InvalidPdf,
    InvalidRequest,
    MethodNotAllowed,
    NotFound,
    OcrError,
    OcrFailed,
    OcrUnavailable,
    PdfError,
    ProcessingFailed,
    ShuttingDown,
    TooLarge,
    TooManyConnections,
    TooManyPages,
    Unauthorized,
    UnknownMessageType,
    UnsupportedMediaType,
    WaitTimeout,
)
from docsplit.client.progress import ProgressTracker, StageSummary, track_session_progress
from docsplit.client.rest import DocsplitClient
from docsplit.client.sync import SyncDocsplitClient
from docsplit.client.websocket import UnknownMessage, WebSocketClient

__all__ = [
    "ERROR_CLASSES",
    "ApiError",
    "Cancelled",
    "CannotConnect",
    "Conflict",
    "Disconnected",
    "DocsplitClient",
    "DocsplitClientError",
    "EmptyUpload",
    "EncryptedPdf",
    "Forbidden",
    "InternalError",
    "InvalidBoundaries",
    "InvalidConfig",
    "InvalidMessage",
    "InvalidOptions",
    "InvalidPdf",
    "InvalidRequest",
    "MethodNotAllowed",
    "NotFound",
    "OcrError",
    "OcrFailed",
    "OcrUnavailable",
    "PdfError",
    "ProcessingFailed",
    "ProgressTracker",
    "ShuttingDown",
    "StageSummary",
    "SyncDocsplitClient",
    "TooLarge",
    "TooManyConnections",
    "TooManyPages",
    "Unauthorized",
    "UnknownMessage",
    "UnknownMessageType",
    "UnsupportedMediaType",
    "WaitTimeout",
    "WebSocketClient",
    "track_session_progress",
]

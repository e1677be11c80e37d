"""WebSocket message classes: every frame docsplit sends or accepts, as frozen attrs values.

Owns the wire vocabulary of ``/ws/enhanced/{session_id}`` (see ``docs/websocket-protocol.md``):

- server messages, all derived from :class:`Message` (``id``, ``type``, ``timestamp``,
  ``session_id``), one class per ``type`` tag, collected in :data:`SERVER_MESSAGES`;
- client messages (:class:`ClientMessage`: ``heartbeat``, ``pong``, ``auth_request``), in
  :data:`CLIENT_MESSAGES`.

:func:`decode_server` / :func:`decode_client` check the ``type`` tag themselves before
structuring (an unknown tag would otherwise surface from cattrs as a bare ``KeyError``) and go
through the one converter of :mod:`docsplit.protocol.codec`, so every failure is an
:class:`~docsplit.errors.InvalidMessage` or :class:`~docsplit.errors.UnknownMessageType`. The
server builds most event frames once from :class:`~docsplit.services.events.Event` (the hub's
``Event.json``); these classes are the schema those frames follow, and the SDK decodes with them.
"""

from __future__ import annotations

import enum
import json
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

import attrs

from docsplit.errors import InvalidMessage, UnknownMessageType
from docsplit.protocol import codec

M = TypeVar("M", bound="Message")


def _now() -> datetime:
    return datetime.now(UTC)


def _tag_default(self: Message | ClientMessage) -> str:
    return self.TYPE


def _tag_check(self: Message | ClientMessage, attribute: attrs.Attribute[str], value: str) -> None:
    # A class is bound to exactly one tag, so a frame can never be decoded as the wrong kind.
    if value != self.TYPE:
        raise ValueError(f"type must be {self.TYPE!r} for {type(self).__name__}, got {value!r}")


class CloseCode(enum.IntEnum):
    """WebSocket close codes docsplit uses; the SDK decides from them whether to reconnect."""

    NORMAL = 1000
    GOING_AWAY = 1001  # server shutdown
    ABNORMAL = 1006  # no close frame (network, crash); set by the client library
    MESSAGE_TOO_BIG = 1009  # a frame over 64 KiB
    INTERNAL_ERROR = 1011
    SERVICE_RESTART = 1012
    TRY_AGAIN_LATER = 1013
    ADMIN_DISCONNECT = 4000
    SLOW_CONSUMER = 4008
    UNAUTHORIZED = 4401
    FORBIDDEN = 4403
    SESSION_NOT_FOUND = 4404
    CLIENT_TIMEOUT = 4408
    TOO_MANY_CONNECTIONS = 4429


#: Do not reconnect after these: retrying cannot succeed without a change on the client's side.
TERMINAL_CLOSE_CODES = frozenset(
    {
        CloseCode.ADMIN_DISCONNECT,
        CloseCode.UNAUTHORIZED,
        CloseCode.FORBIDDEN,
        CloseCode.SESSION_NOT_FOUND,
    }
)
#: Reconnect with backoff (and ``last_id``) after these.
RETRY_CLOSE_CODES = frozenset(
    {
        CloseCode.GOING_AWAY,
        CloseCode.ABNORMAL,
        CloseCode.INTERNAL_ERROR,
        CloseCode.SERVICE_RESTART,
        CloseCode.TRY_AGAIN_LATER,
        CloseCode.SLOW_CONSUMER,
        CloseCode.CLIENT_TIMEOUT,
        CloseCode.TOO_MANY_CONNECTIONS,
    }
)

#: Largest text frame a client may send; bigger ones close the socket with 1009.
MAX_CLIENT_FRAME_BYTES = 64 * 1024


# -- server -> client -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Message:
    """Fields every server message carries.

    ``id`` is the position in the session's event stream: events get the next id, and a message
    meant for one connection (``connection``, ``heartbeat``, ``pong``, ``auth_*``, ``error``)
    repeats the id of the last event that connection was sent, so ids never go backwards on a
    connection and the highest id seen is always a valid ``last_id`` to reconnect with.
    """

    TYPE: ClassVar[str] = ""

    id: int
    type: str = attrs.field(
        default=attrs.Factory(_tag_default, takes_self=True), validator=_tag_check
    )
    timestamp: datetime = attrs.Factory(_now)
    session_id: str


@attrs.frozen(kw_only=True)
class ConnectionMessage(Message):
    """First message after the upgrade (and auth): everything a late joiner needs."""

    TYPE: ClassVar[str] = "connection"

    client_id: str
    features: list[str]
    heartbeat_interval: float
    client_timeout: float
    authenticated: bool
    snapshot: dict[str, Any]
    last_id: int | None = None
    replayed: int = 0
    replay_too_old: bool = False


@attrs.frozen(kw_only=True)
class DisconnectionMessage(Message):
    """Sent right before the server closes the socket itself (shutdown, admin)."""

    TYPE: ClassVar[str] = "disconnection"

    code: int
    reason: str
    reconnect: bool


@attrs.frozen(kw_only=True)
class HeartbeatMessage(Message):
    """Application heartbeat; answer with ``{"type": "pong", "sequence": <same>}``."""

    TYPE: ClassVar[str] = "heartbeat"

    sequence: int


@attrs.frozen(kw_only=True)
class PongMessage(Message):
    """Answer to a client's ``heartbeat``, echoing its ``sequence``."""

    TYPE: ClassVar[str] = "pong"

    sequence: int | None = None


@attrs.frozen(kw_only=True)
class AuthRequestMessage(Message):
    """The server waits for ``{"type": "auth_request", "token": ...}`` for ``timeout_s``."""

    TYPE: ClassVar[str] = "auth_request"

    message: str
    timeout_s: float


@attrs.frozen(kw_only=True)
class AuthSuccessMessage(Message):
    TYPE: ClassVar[str] = "auth_success"

    sub: str
    role: str
    expires_at: datetime | None = None


@attrs.frozen(kw_only=True)
class AuthFailureMessage(Message):
    """Followed by a close with ``close_code`` (4401, 4403 or 4404)."""

    TYPE: ClassVar[str] = "auth_failure"

    code: str
    message: str
    close_code: int


@attrs.frozen(kw_only=True)
class ProgressMessage(Message):
    """Processing progress; percentages never go backwards within a stage nor overall."""

    TYPE: ClassVar[str] = "progress"

    stage: str
    stage_percentage: float
    overall_percentage: float
    current: int
    total: int
    message: str = ""
    eta_s: float | None = None


@attrs.frozen(kw_only=True)
class SplitProgressMessage(ProgressMessage):
    TYPE: ClassVar[str] = "split_progress"


@attrs.frozen(kw_only=True)
class StatusMessage(Message):
    TYPE: ClassVar[str] = "status"

    status: str
    previous_status: str | None = None
    metadata: dict[str, Any] = attrs.Factory(dict)


@attrs.frozen(kw_only=True)
class ProcessingStartMessage(Message):
    TYPE: ClassVar[str] = "processing_start"

    page_count: int | None
    options: dict[str, Any] = attrs.Factory(dict)


@attrs.frozen(kw_only=True)
class ProcessingCompleteMessage(Message):
    TYPE: ClassVar[str] = "processing_complete"

    statistics: dict[str, Any]
    documents: list[dict[str, Any]]
    excluded_pages: list[int] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class SplitStartMessage(Message):
    TYPE: ClassVar[str] = "split_start"

    documents: int


@attrs.frozen(kw_only=True)
class SplitCompleteMessage(Message):
    TYPE: ClassVar[str] = "split_complete"

    documents: list[dict[str, Any]]
    statistics: dict[str, Any]


@attrs.frozen(kw_only=True)
class ErrorMessage(Message):
    """Every error on the wire: the stable ``code`` of :mod:`docsplit.errors` and a message.

    ``recoverable`` says whether the connection (or the job) can go on after it.
    """

    TYPE: ClassVar[str] = "error"

    code: str
    message: str
    recoverable: bool = True


@attrs.frozen(kw_only=True)
class ProcessingErrorMessage(ErrorMessage):
    TYPE: ClassVar[str] = "processing_error"


@attrs.frozen(kw_only=True)
class SplitErrorMessage(ErrorMessage):
    TYPE: ClassVar[str] = "split_error"


@attrs.frozen(kw_only=True)
class InfoMessage(Message):
    TYPE: ClassVar[str] = "info"

    message: str
    data: dict[str, Any] = attrs.Factory(dict)


@attrs.frozen(kw_only=True)
class WarningMessage(InfoMessage):
    TYPE: ClassVar[str] = "warning"


ServerMessage = (
    ConnectionMessage
    | DisconnectionMessage
    | HeartbeatMessage
    | PongMessage
    | AuthRequestMessage
    | AuthSuccessMessage
    | AuthFailureMessage
    | ProgressMessage
    | SplitProgressMessage
    | StatusMessage
    | ProcessingStartMessage
    | ProcessingCompleteMessage
    | SplitStartMessage
    | SplitCompleteMessage
    | ErrorMessage
    | ProcessingErrorMessage
    | SplitErrorMessage
    | InfoMessage
    | WarningMessage
)

#: ``type`` tag -> class, for every message the server sends.
SERVER_MESSAGES: dict[str, type[Message]] = {
    cls.TYPE: cls
    for cls in (
        ConnectionMessage,
        DisconnectionMessage,
        HeartbeatMessage,
        PongMessage,
        AuthRequestMessage,
        AuthSuccessMessage,
        AuthFailureMessage,
        ProgressMessage,
        SplitProgressMessage,
        StatusMessage,
        ProcessingStartMessage,
        ProcessingCompleteMessage,
        SplitStartMessage,
        SplitCompleteMessage,
        ErrorMessage,
        ProcessingErrorMessage,
        SplitErrorMessage,
        InfoMessage,
        WarningMessage,
    )
}

#: Event types the admin broadcast endpoint may send (the others belong to jobs or the socket).
BROADCAST_TYPES = frozenset({"info", "warning", "error"})


# -- client -> server -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ClientMessage:
    """Base of client frames: a ``type`` and an optional ``id`` / ``timestamp`` for the client's
    own bookkeeping (ignored by the server)."""

    TYPE: ClassVar[str] = ""

    type: str = attrs.field(
        default=attrs.Factory(_tag_default, takes_self=True), validator=_tag_check
    )
    id: int | None = None
    timestamp: datetime | None = None


@attrs.frozen(kw_only=True)
class ClientHeartbeat(ClientMessage):
    """A client may ping the server at application level; it answers ``pong``."""

    TYPE: ClassVar[str] = "heartbeat"

    sequence: int | None = None


@attrs.frozen(kw_only=True)
class ClientPong(ClientMessage):
    """Answer to the server's ``heartbeat``."""

    TYPE: ClassVar[str] = "pong"

    sequence: int | None = None


@attrs.frozen(kw_only=True)
class ClientAuthRequest(ClientMessage):
    """Authenticate (first message) or refresh the token of an open connection."""

    TYPE: ClassVar[str] = "auth_request"

    token: str


CLIENT_MESSAGES: dict[str, type[ClientMessage]] = {
    cls.TYPE: cls for cls in (ClientHeartbeat, ClientPong, ClientAuthRequest)
}


# -- encode / decode --------------------------------------------------------------------------


def parse_frame(text: str | bytes) -> dict[str, Any]:
    """JSON object with a string ``type``, or :class:`InvalidMessage`."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidMessage(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidMessage("a message must be a JSON object")
    kind = data.get("type")
    if not isinstance(kind, str) or not kind:
        raise InvalidMessage("a message needs a string 'type'")
    return data


def _decode(data: dict[str, Any] | str | bytes, table: dict[str, type[Any]]) -> Any:
    frame = data if isinstance(data, dict) else parse_frame(data)
    kind = frame.get("type")
    cls = table.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise UnknownMessageType(f"unknown message type {kind!r}")
    return codec.structure(frame, cls)


def decode_server(data: dict[str, Any] | str | bytes) -> Message:
    """Decode a server frame (JSON text or parsed dict) into its message class."""
    result: Message = _decode(data, SERVER_MESSAGES)
    return result


def decode_client(data: dict[str, Any] | str | bytes) -> ClientMessage:
    """Decode a built-in client frame; custom types are not in this table."""
    result: ClientMessage = _decode(data, CLIENT_MESSAGES)
    return result


def encode(message: Message | ClientMessage) -> str:
    """The compact JSON text of a message."""
    return codec.dumps(message)

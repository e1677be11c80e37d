"""THE cattrs converter: every attrs value that crosses an edge (HTTP JSON, WebSocket frames,
the SQLite JSON columns) is (un)structured here and nowhere else.

Datetimes travel as ISO 8601 strings in UTC, enums as their values, tuples as lists. Unknown keys
are refused (``forbid_extra_keys``) so that a typo in a client's message is an error, not silence.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter

from docsplit.errors import InvalidMessage

T = TypeVar("T")

converter = make_converter(forbid_extra_keys=True, omit_if_default=False)


def _dt_unstructure(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _dt_structure(value: object, _: type) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 string, got {value!r}")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


converter.register_unstructure_hook(datetime, _dt_unstructure)
converter.register_structure_hook(datetime, _dt_structure)
converter.register_unstructure_hook(Path, str)
converter.register_structure_hook(Path, lambda v, _: Path(v))


def unstructure(value: object) -> Any:
    return converter.unstructure(value)


def structure(data: object, cls: type[T]) -> T:
    """Structure ``data`` into ``cls``; any failure becomes :class:`InvalidMessage` with detail."""
    try:
        return converter.structure(data, cls)
    except cattrs.BaseValidationError as exc:
        details = "; ".join(cattrs.transform_error(exc))
        raise InvalidMessage(f"invalid {cls.__name__}: {details}") from None
    except (ValueError, TypeError, KeyError) as exc:
        raise InvalidMessage(f"invalid {cls.__name__}: {exc}") from None


def dumps(value: object) -> str:
    return json.dumps(unstructure(value), separators=(",", ":"), ensure_ascii=False)


def loads(text: str | bytes, cls: type[T]) -> T:
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidMessage(f"not valid JSON: {exc}") from None
    return structure(data, cls)

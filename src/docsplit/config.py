"""Settings: one frozen attrs class, layered defaults < TOML file < environment < CLI flags.

``load_settings`` is the only way settings are built; every value is checked here so that a bad
value stops the program with one clear message (the CLI turns :class:`ConfigError` into exit 2).
"""

from __future__ import annotations

import os
import tomllib
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from docsplit.errors import ConfigError

ENV_PREFIX = "DOCSPLIT_"
SECRET_FIELDS = frozenset({"secret_key"})


def _positive(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if value <= 0:
        raise ValueError(f"{attribute.name} must be greater than 0, got {value!r}")


def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be 0 or more, got {value!r}")


def _port(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if not 0 <= value <= 65535:
        raise ValueError(f"port must be between 0 and 65535, got {value}")


def _one_of(*choices: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
        if value not in choices:
            raise ValueError(f"{attribute.name} must be one of {', '.join(choices)}, got {value!r}")

    return check


@attrs.frozen(kw_only=True)
class Settings:
    """Every setting of docsplit, with its default. See the configuration table in README.md."""

    host: str = "127.0.0.1"
    port: int = attrs.field(default=8080, validator=_port)
    data_dir: Path = attrs.field(default=Path("docsplit-data"), converter=Path)
    max_upload_mb: float = attrs.field(default=200.0, validator=_positive)
    max_pages: int = attrs.field(default=2000, validator=_positive)
    workers: int = attrs.field(
        default=attrs.Factory(lambda: os.cpu_count() or 1), validator=_positive
    )
    max_concurrent_jobs: int = attrs.field(default=2, validator=_positive)
    retention_days: float = attrs.field(default=30.0, validator=_non_negative)
    secret_key_file: Path | None = attrs.field(
        default=None, converter=attrs.converters.optional(Path)
    )
    secret_key: str | None = None
    log_level: str = attrs.field(
        default="info", validator=_one_of("debug", "info", "warning", "error")
    )
    ocr_dpi: int = attrs.field(default=200, validator=_positive)
    ocr_timeout_s: float = attrs.field(default=60.0, validator=_positive)
    ocr_language: str = "eng"
    ocr_scope: str = attrs.field(default="adaptive", validator=_one_of("adaptive", "full"))
    ocr_engine: str = attrs.field(default="auto", validator=_one_of("auto", "tesserocr", "cli"))
    websocket_url: str = ""
    websocket_heartbeat_interval: float = attrs.field(default=30.0, validator=_positive)
    websocket_client_timeout: float = attrs.field(default=90.0, validator=_positive)
    websocket_max_connections_per_session: int = attrs.field(default=10, validator=_positive)
    websocket_max_total_connections: int = attrs.field(default=1000, validator=_positive)
    websocket_replay_size: int = attrs.field(default=1000, validator=_positive)
    websocket_send_queue_size: int = attrs.field(default=256, validator=_positive)
    websocket_auth_timeout: float = attrs.field(default=10.0, validator=_positive)
    require_websocket_auth: bool = False
    resume_interrupted: bool = True
    websocket_token_expiry: float = attrs.field(default=86400.0, validator=_positive)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def secret_path(self) -> Path:
        return self.secret_key_file or self.data_dir / "secret.key"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"


_FIELDS: dict[str, attrs.Attribute[Any]] = {a.name: a for a in attrs.fields(Settings)}
_HINTS: dict[str, Any] = typing.get_type_hints(Settings)


def _base_type(name: str) -> tuple[type, bool]:
    """The field's type without ``| None``, and whether None is allowed."""
    hint = _HINTS[name]
    args = typing.get_args(hint)
    if type(None) in args:
        return next(a for a in args if a is not type(None)), True
    return hint, False


def _to_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"expected true or false, got {raw!r}")


def _to_int(raw: object) -> int:
    if isinstance(raw, str):
        return int(raw.strip())
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    raise ValueError(f"expected a whole number, got {raw!r}")


def _to_float(raw: object) -> float:
    if isinstance(raw, str):
        return float(raw.strip())
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw)
    raise ValueError(f"expected a number, got {raw!r}")


def _coerce(name: str, raw: object, source: str) -> object:
    """Turn a TOML/env/CLI value into the field's type, or raise ConfigError naming the source."""
    kind, optional = _base_type(name)
    try:
        if raw is None or (optional and raw == ""):
            return None
        if kind is bool:
            return _to_bool(raw)
        if kind is int:
            return _to_int(raw)
        if kind is float:
            return _to_float(raw)
        if kind is Path:
            return Path(str(raw)).expanduser()
        return str(raw)
    except ValueError as exc:
        raise ConfigError(f"{source}: invalid value for {name}: {exc}") from None


def _read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    # Accept either top-level keys or a [docsplit] table.
    section = data.get("docsplit", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [docsplit] must be a table")
    return section


def load_settings(
    config_file: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Settings:
    """Build Settings from defaults, then a TOML file, then ``DOCSPLIT_*`` variables, then flags.

    ``config_file`` defaults to ``$DOCSPLIT_CONFIG``; ``overrides`` are CLI flags (None = unset).
    """
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    path = config_file or env.get(f"{ENV_PREFIX}CONFIG")
    if path:
        for key, raw in _read_toml(Path(path)).items():
            if key not in _FIELDS:
                raise ConfigError(f"{path}: unknown setting {key!r}")
            values[key] = _coerce(key, raw, str(path))
    for name in _FIELDS:
        env_name = ENV_PREFIX + name.upper()
        if env_name in env:
            values[name] = _coerce(name, env[env_name], env_name)
    for name, raw in (overrides or {}).items():
        if raw is None:
            continue
        if name not in _FIELDS:
            raise ConfigError(f"unknown setting {name!r}")
        values[name] = _coerce(name, raw, f"--{name.replace('_', '-')}")
    try:
        settings = Settings(**values)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid setting: {exc}") from None
    if settings.websocket_client_timeout <= settings.websocket_heartbeat_interval:
        raise ConfigError(
            "websocket_client_timeout must be longer than websocket_heartbeat_interval "
            f"({settings.websocket_client_timeout} <= {settings.websocket_heartbeat_interval})"
        )
    return settings


def describe(settings: Settings) -> dict[str, object]:
    """The effective settings as plain values, secrets masked (for ``docsplit config``)."""
    out: dict[str, object] = {}
    for name in _FIELDS:
        value = getattr(settings, name)
        if name in SECRET_FIELDS and value:
            value = "********"
        elif isinstance(value, Path):
            value = str(value)
        out[name] = value
    return out

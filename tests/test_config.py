"""Settings: layering defaults < TOML < environment < flags, clear errors, masked secrets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from docsplit.config import describe, load_settings
from docsplit.errors import ConfigError


def test_defaults() -> None:
    settings = load_settings(environ={})
    assert settings.port == 8080 and settings.max_upload_mb == 200 and settings.max_pages == 2000
    assert settings.websocket_heartbeat_interval == 30
    assert settings.websocket_client_timeout == 90
    assert settings.websocket_max_connections_per_session == 10
    assert settings.websocket_max_total_connections == 1000
    assert settings.require_websocket_auth is False
    assert settings.workers >= 1
    assert settings.ocr_scope == "adaptive" and settings.ocr_engine == "auto"


def test_layers_override_in_order(tmp_path: Path) -> None:
    toml = tmp_path / "docsplit.toml"
    toml.write_text("port = 9000\nmax_pages = 10\n")
    env = {"DOCSPLIT_MAX_PAGES": "20", "DOCSPLIT_CONFIG": str(toml), "DOCSPLIT_WORKERS": "3"}
    settings = load_settings(environ=env, overrides={"workers": 4, "host": None})
    assert settings.port == 9000  # from TOML
    assert settings.max_pages == 20  # env beats TOML
    assert settings.workers == 4  # flag beats env
    assert settings.host == "127.0.0.1"  # an unset flag changes nothing


def test_docsplit_table_in_toml(tmp_path: Path) -> None:
    toml = tmp_path / "c.toml"
    toml.write_text("[docsplit]\nrequire_websocket_auth = true\ndata_dir = '/srv/ds'\n")
    settings = load_settings(toml, environ={})
    assert settings.require_websocket_auth is True and settings.data_dir == Path("/srv/ds")


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"DOCSPLIT_PORT": "eighty"}, "DOCSPLIT_PORT"),
        ({"DOCSPLIT_PORT": "70000"}, "port"),
        ({"DOCSPLIT_MAX_UPLOAD_MB": "-1"}, "max_upload_mb"),
        ({"DOCSPLIT_REQUIRE_WEBSOCKET_AUTH": "maybe"}, "true or false"),
        ({"DOCSPLIT_LOG_LEVEL": "loud"}, "log_level"),
        ({"DOCSPLIT_OCR_SCOPE": "most"}, "ocr_scope must be one of adaptive, full"),
        ({"DOCSPLIT_OCR_ENGINE": "gpu"}, "ocr_engine must be one of auto, tesserocr, cli"),
        ({"DOCSPLIT_WEBSOCKET_CLIENT_TIMEOUT": "10"}, "longer than"),
        ({"DOCSPLIT_CONFIG": "/nonexistent/x.toml"}, "not found"),
    ],
)
def test_bad_values_say_what_is_wrong(env: dict[str, str], words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        load_settings(environ=env)


def test_unknown_toml_key_and_broken_toml(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("prot = 1\n")
    with pytest.raises(ConfigError, match="unknown setting 'prot'"):
        load_settings(bad, environ={})
    bad.write_text("port = \n")
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(bad, environ={})


def test_secrets_are_masked() -> None:
    described = describe(load_settings(environ={"DOCSPLIT_SECRET_KEY": "s" * 40}))
    assert described["secret_key"] == "********"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "docsplit", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_cli_config_and_exit_code_2(tmp_path: Path) -> None:
    ok = _cli("config", "--json", "--port", "9123", env={"DOCSPLIT_SECRET_KEY": "x" * 40})
    assert ok.returncode == 0
    assert '"port": 9123' in ok.stdout and "x" * 40 not in ok.stdout
    bad = _cli("config", env={"DOCSPLIT_MAX_PAGES": "many"})
    assert bad.returncode == 2
    assert "DOCSPLIT_MAX_PAGES" in bad.stderr and "Traceback" not in bad.stderr
    usage = _cli("serve", "--port", "not-a-number")
    assert usage.returncode == 2

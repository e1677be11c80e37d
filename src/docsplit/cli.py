"""The ``docsplit`` command: serve, config, token, evaluate, and the client commands.

Exit codes: 0 success, 1 processing failed, 2 usage or configuration error, 3 cannot connect.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from docsplit import __version__
from docsplit.client.cli import add_commands as add_client_commands
from docsplit.config import Settings, describe, load_settings
from docsplit.errors import ConfigError, DocsplitError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CONNECT = 0, 1, 2, 3


def _settings_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="TOML settings file (default: $DOCSPLIT_CONFIG)")
    parser.add_argument("--data-dir", dest="data_dir", help="data directory")


def _server_flags(parser: argparse.ArgumentParser) -> None:
    _settings_flags(parser)
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--workers", type=int, help="OCR worker threads (default: CPU count)")
    parser.add_argument("--max-upload-mb", dest="max_upload_mb", type=float)
    parser.add_argument("--max-pages", dest="max_pages", type=int)
    parser.add_argument("--max-concurrent-jobs", dest="max_concurrent_jobs", type=int)
    parser.add_argument("--log-level", dest="log_level")
    parser.add_argument(
        "--require-auth",
        dest="require_websocket_auth",
        action="store_const",
        const=True,
        default=None,
        help="require JWT tokens on every API and WebSocket request",
    )


def _settings(args: argparse.Namespace) -> Settings:
    names = (
        "data_dir",
        "host",
        "port",
        "workers",
        "max_upload_mb",
        "max_pages",
        "max_concurrent_jobs",
        "log_level",
        "require_websocket_auth",
    )
    overrides = {n: getattr(args, n, None) for n in names}
    return load_settings(getattr(args, "config", None), overrides=overrides)


def cmd_serve(args: argparse.Namespace) -> int:
    from aiohttp import web

    from docsplit.web.app import create_app

    settings = _settings(args)
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app = create_app(settings)
    print(
        f"docsplit {__version__} on {settings.base_url} (data in {settings.data_dir})", flush=True
    )
    web.run_app(app, host=settings.host, port=settings.port, print=None, shutdown_timeout=30)
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    settings = _settings(args)
    values = describe(settings)
    if args.json:
        print(json.dumps(values, indent=2))
    else:
        width = max(len(k) for k in values)
        for key, value in values.items():
            print(f"{key.ljust(width)} = {json.dumps(value)}")
    return EXIT_OK


def cmd_token(args: argparse.Namespace) -> int:
    from docsplit.services.auth import TokenService, load_secret
    from docsplit.services.storage import check_session_id

    settings = _settings(args)
    sid = check_session_id(args.session) if args.session else None
    service = TokenService(load_secret(settings), settings.websocket_token_expiry)
    print(service.issue(sub=args.sub, role=args.role, sid=sid, expires_s=args.expires))
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from docsplit.pipeline.evaluate import main as evaluate_main

    return int(evaluate_main(list(args.rest)))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="docsplit", description="Split scanned page streams into separate documents."
    )
    parser.add_argument("--version", action="version", version=f"docsplit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the HTTP/WebSocket server")
    _server_flags(serve)
    serve.set_defaults(func=cmd_serve)

    config = sub.add_parser("config", help="print the effective settings (secrets masked)")
    _server_flags(config)
    config.add_argument("--json", action="store_true")
    config.set_defaults(func=cmd_config)

    token = sub.add_parser("token", help="issue a JWT from the server's secret")
    _settings_flags(token)
    token.add_argument("--role", choices=("user", "admin"), default="user")
    token.add_argument("--session", help="limit the token to one session id")
    token.add_argument("--sub", default="cli", help="user name (sub claim)")
    token.add_argument("--expires", type=float, help="lifetime in seconds")
    token.set_defaults(func=cmd_token)

    evaluate = sub.add_parser(
        "evaluate", help="measure boundary detection on a labelled corpus", add_help=False
    )
    evaluate.add_argument("rest", nargs=argparse.REMAINDER)
    evaluate.set_defaults(func=cmd_evaluate)

    # The client commands (split, watch, sessions) live with the SDK they use.
    add_client_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["evaluate"]:
        # evaluate has its own parser; argparse's REMAINDER would refuse a leading option
        # ("docsplit evaluate --help", "docsplit evaluate --ocr-scope full DIR").
        from docsplit.pipeline.evaluate import main as evaluate_main

        return int(evaluate_main(argv[1:]))
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"docsplit: configuration error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except DocsplitError as exc:
        print(f"docsplit: {exc.code}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

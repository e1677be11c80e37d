"""JWT tokens: the only module that imports ``jwt``.

Tokens are HS256 (pinned: a token with any other ``alg``, ``none`` included, is refused) signed
with the server secret, which is generated on first start and kept with mode 0600 in the data
directory unless ``secret_key`` / ``secret_key_file`` is configured. Claims: ``sid`` (session,
optional), ``sub`` (user), ``role`` (``user`` | ``admin``), ``exp``, ``iat``, ``jti`` and free
``meta``.

Access rules live here too (:meth:`Principal.can_open`), so HTTP and WebSocket agree.
"""

from __future__ import annotations

import os
import secrets
import time
import uuid
from pathlib import Path
from typing import Any

import attrs
import jwt

from docsplit.config import Settings
from docsplit.errors import Forbidden, InvalidRequest, Unauthorized

ALGORITHM = "HS256"
ROLES = ("user", "admin")
LEEWAY_S = 5


@attrs.frozen
class Principal:
    """Who a verified token speaks for."""

    sub: str
    role: str
    sid: str | None = None
    jti: str | None = None
    exp: float | None = None
    meta: dict[str, Any] = attrs.field(factory=dict)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def can_open(self, session_id: str, owner: str | None) -> bool:
        """Admins open everything; a token with ``sid`` opens that session only; a token
        without ``sid`` opens the sessions its user owns."""
        if self.is_admin:
            return True
        if self.sid is not None:
            return self.sid == session_id
        return owner is not None and owner == self.sub

    def check_session(self, session_id: str, owner: str | None) -> None:
        if not self.can_open(session_id, owner):
            raise Forbidden("this token does not open that session")


def load_secret(settings: Settings) -> str:
    """The configured secret, or the one in ``secret_path``, created (0600) when missing."""
    if settings.secret_key:
        return settings.secret_key
    path: Path = settings.secret_path
    if path.exists():
        secret = path.read_text().strip()
        if len(secret) < 32:
            from docsplit.errors import ConfigError

            raise ConfigError(f"the secret in {path} is too short (at least 32 characters)")
        return secret
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    # O_EXCL: two processes starting at once must not each write a different secret.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secret + "\n")
    return secret


class TokenService:
    def __init__(self, secret: str, default_expiry_s: float) -> None:
        self._secret = secret
        self._default_expiry = default_expiry_s

    def issue(
        self,
        sub: str,
        role: str = "user",
        sid: str | None = None,
        expires_s: float | None = None,
        meta: dict[str, Any] | None = None,
    ) -> str:
        if role not in ROLES:
            raise InvalidRequest(f"role must be one of {', '.join(ROLES)}")
        lifetime = self._default_expiry if expires_s is None else expires_s
        if lifetime <= 0:
            raise InvalidRequest("expires must be greater than 0 seconds")
        now = int(time.time())
        claims: dict[str, Any] = {
            "sub": sub,
            "role": role,
            "iat": now,
            "exp": now + int(lifetime),
            "jti": uuid.uuid4().hex,
        }
        if sid is not None:
            claims["sid"] = sid
        if meta:
            claims["meta"] = meta
        return jwt.encode(claims, self._secret, algorithm=ALGORITHM)

    def verify(self, token: str) -> Principal:
        """Return the token's principal or raise :class:`Unauthorized` saying why."""
        if not token or len(token) > 8192:
            raise Unauthorized("missing or oversized token")
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                leeway=LEEWAY_S,
                options={"require": ["exp", "iat", "sub", "role"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthorized("the token has expired") from None
        except jwt.InvalidAlgorithmError:
            raise Unauthorized("the token's algorithm is not allowed") from None
        except jwt.InvalidSignatureError:
            raise Unauthorized("the token's signature is invalid") from None
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"invalid token: {exc}") from None
        role = claims.get("role")
        sid = claims.get("sid")
        if role not in ROLES or not isinstance(claims.get("sub"), str):
            raise Unauthorized("invalid token: bad role or subject")
        if sid is not None and not isinstance(sid, str):
            raise Unauthorized("invalid token: bad sid")
        meta = claims.get("meta")
        return Principal(
            sub=claims["sub"],
            role=role,
            sid=sid,
            jti=claims.get("jti"),
            exp=float(claims["exp"]),
            meta=meta if isinstance(meta, dict) else {},
        )

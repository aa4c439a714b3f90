"""Secrets at rest: argon2id hashes of passwords and API tokens, and their checks."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP's password storage minimum for argon2id (19 MiB, 2 passes, 1 lane): about 50 ms here.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
TOKEN_PREFIX = "srt"
MIN_PASSWORD = 12  # ASVS 5.0 v6.2.1: at least 8; we ask for 12
MAX_PASSWORD = 256  # bounded work for the hasher


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def check_secret(stored_hash: str | None, secret: str) -> bool:
    """True when `secret` matches; a missing or malformed hash never matches (and still costs
    one hash, so timing does not tell whether the account exists)."""
    if not stored_hash:
        _HASHER.hash(secret)
        return False
    try:
        return _HASHER.verify(stored_hash, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# Words of this application a password must not lean on (ASVS 5.0 v6.2.11).
CONTEXT_WORDS = ("sitrep", "acled", "conflict", "events", "coder", "viewer", "admin")


def password_problem(password: str, user: str = "") -> str | None:
    """Why `password` is not acceptable, or None: length, then zxcvbn's guess of how easy it
    is (its lists hold the most common passwords, names and words, plus keyboard patterns,
    repeats and dates); no rule about which characters to use."""
    if len(password) < MIN_PASSWORD:
        return f"a password needs at least {MIN_PASSWORD} characters"
    if len(password) > MAX_PASSWORD:
        return f"a password has at most {MAX_PASSWORD} characters"
    from zxcvbn import zxcvbn

    verdict = zxcvbn(password, user_inputs=[*CONTEXT_WORDS, user] if user else CONTEXT_WORDS)
    if verdict["score"] < 3:
        hint = verdict["feedback"]["warning"] or "it is too easy to guess"
        return f"choose a harder password: {hint.rstrip('.').lower()}"
    return None


@dataclass(frozen=True)
class NewToken:
    token_id: str  # public part, the store's key
    secret: str  # shown once
    text: str  # what the user puts after "Bearer "


def new_token() -> NewToken:
    token_id, secret = secrets.token_hex(8), secrets.token_urlsafe(32)
    return NewToken(token_id, secret, f"{TOKEN_PREFIX}_{token_id}_{secret}")


def split_token(text: str) -> tuple[str, str] | None:
    """`(token_id, secret)` of a bearer token, or None when it is not one of ours."""
    parts = text.split("_", 2)
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or len(text) > 200:
        return None
    return parts[1], parts[2]


def digest(value: str) -> str:
    """A fast one-way digest for high-entropy values (session ids, cache keys)."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))

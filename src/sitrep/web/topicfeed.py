"""A topic's Atom feed at `/topics/NAME.atom`, and who may read it.

Feed readers cannot log in with a form, and an API token in a URL would open the whole store
to whoever reads a proxy's log. So each topic may have its own *feed key*: a random secret
that reads that one feed and nothing else, stored only as its SHA-256 (a 256-bit random key
needs no slow hash), replaced whenever a coder makes a new one. A reader sends it as the
password of HTTP Basic authentication (kept out of URLs and logs), or, for readers that take
only a URL, as `?key=`. Without a key, the app's usual read rules apply: a login session, a
bearer token, or the open read-only mode.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sitrep.sources.atom import topic_feed
from sitrep.sources.ledger import Ledger
from sitrep.web.audit import audit
from sitrep.web.auth import client
from sitrep.web.deps import current_ledger, principal, store

router = APIRouter(include_in_schema=False)
CHALLENGE = {"WWW-Authenticate": 'Basic realm="sitrep topic feed", charset="UTF-8"'}
MAX_KEY = 200  # characters: a key is 43; anything much longer is not one


def new_key() -> tuple[str, str]:
    """A new feed key (shown once) and the digest kept of it."""
    key = secrets.token_urlsafe(32)
    return key, key_digest(key)


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def sent_key(request: Request) -> str | None:
    """The feed key the request carries: the Basic password, else `?key=`; None if neither."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic":
        try:
            pair = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return ""  # a malformed header is a wrong key, not a missing one
        return pair.partition(":")[2]
    key = request.query_params.get("key")
    return key if key is not None else None


def may_read(request: Request, ledger: Ledger, name: str) -> bool:
    key = sent_key(request)
    if key is not None:
        digest = ledger.feed_keys.get(name)
        if digest is None or not key or len(key) > MAX_KEY:
            return False
        return hmac.compare_digest(digest, key_digest(key))
    return principal(request).can_read


@router.get("/topics/{name}.atom")
def topic_atom(request: Request, name: str) -> Response:
    st = store(request)
    ledger = current_ledger(request)
    if not may_read(request, ledger, name):
        # answered here, not by the error page: a feed reader needs the Basic challenge, and
        # the page would read the Authorization header again as a bearer token
        audit("access.denied.401", who=None, where=client(request), method=request.method,
              path=request.url.path)  # fmt: skip
        return Response("this feed needs its key or a login\n", 401, CHALLENGE,
                        media_type="text/plain; charset=utf-8")  # fmt: skip
    base = str(request.base_url).rstrip("/")
    text = topic_feed(st, name, base_url=base, ledger=ledger)  # NotFoundError: 404
    # readers poll often: an unchanged feed costs them a 304, not the whole document
    tag = '"' + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32] + '"'
    headers = {"etag": tag}  # feed readers keep it themselves; caches still get no-store
    if tag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(text, media_type="application/atom+xml; charset=utf-8", headers=headers)

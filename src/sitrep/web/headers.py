"""Security headers on every response (ASGI middleware, so errors and static files get them)."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(tiles: str | None) -> str:
    """A strict policy: scripts, styles and images only from this server (and the user's tile
    server when one is given); no inline script, no framing, forms post only here."""
    images = "'self' data:"
    if tiles:
        parts = urlsplit(tiles.replace("{", "").replace("}", ""))
        if parts.scheme in ("http", "https") and parts.netloc:
            images += f" {parts.scheme}://{parts.netloc}"
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {images}",
            "connect-src 'self'",
            "font-src 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
        )
    )


def security_headers(tiles: str | None) -> list[tuple[bytes, bytes]]:
    pairs = {
        "content-security-policy": content_security_policy(tiles),
        "x-content-type-options": "nosniff",
        "referrer-policy": "same-origin",
        "x-frame-options": "DENY",
        # Browsers ignore HSTS over plain HTTP, so it is harmless on loopback and right behind TLS.
        "strict-transport-security": "max-age=31536000; includeSubDomains",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    }
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in pairs.items()]


class SecurityHeaders:
    def __init__(self, app: ASGIApp, tiles: str | None = None) -> None:
        self.app = app
        self.headers = security_headers(tiles)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith(("/static/", "/tiles/"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in names]
                if not static and b"cache-control" not in names:
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)

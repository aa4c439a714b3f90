"""Fetching one URL politely and safely: checked hops, robots.txt, rate, retries, size, time.

The network guard (`guard.py`) lives in the transport, so every hop and every connection is
checked; this module adds what a well-behaved client does on top: only http and https, a
bounded redirect chain without loops, robots.txt, one request per host per interval, retries
with backoff, conditional GET, and a body that is stopped (compressed or not) at a size limit.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from sitrep import __version__
from sitrep.intake.published import http_date
from sitrep.sources.guard import GuardedTransport, Policy, Refused, TooSlow

log = logging.getLogger(__name__)

USER_AGENT = f"sitrep/{__version__} (conflict news reader; honours robots.txt)"
ROBOTS_AGENT = "sitrep"
REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A URL that could not be fetched; `reason` says why in one line."""

    def __init__(self, url: str, reason: str, *, refused: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.refused = url, reason, refused


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 10_000_000  # of the body, before and after decompression
    max_redirects: int = 5
    connect_seconds: float = 10.0
    read_seconds: float = 20.0  # between two reads
    total_seconds: float = 60.0  # for one request, however the bytes trickle in
    attempts: int = 3  # tries of a request that failed in a way worth retrying
    backoff_seconds: float = 1.0  # before the second try; doubles each time
    max_wait_seconds: float = 60.0  # the longest Retry-After sitrep honours
    host_interval: float = 1.0  # seconds between two requests to the same host
    robots_bytes: int = 500_000

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> Limits:
        """Defaults, changed by `SITREP_FETCH_TIMEOUT` (seconds for one request),
        `SITREP_FETCH_INTERVAL` (seconds between requests to one host) and
        `SITREP_FETCH_MAX_BYTES`; a value that is not a number is ignored."""
        names = {
            "SITREP_FETCH_TIMEOUT": "total_seconds",
            "SITREP_FETCH_INTERVAL": "host_interval",
            "SITREP_FETCH_MAX_BYTES": "max_bytes",
        }
        changes: dict[str, Any] = {}
        for variable, name in names.items():
            try:
                changes[name] = float(env[variable])
            except (KeyError, ValueError):
                continue
        limits = replace(cls(), **changes)
        if "total_seconds" in changes:  # one request's budget bounds its waits too
            seconds = limits.total_seconds
            limits = replace(limits, read_seconds=min(limits.read_seconds, seconds),
                             connect_seconds=min(limits.connect_seconds, seconds))  # fmt: skip
        return replace(limits, max_bytes=int(limits.max_bytes))


@dataclass(frozen=True)
class Fetched:
    """The answer to one fetch: the bytes as they came (decompressed), and their origin."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int  # 200-299, or 304 when the validators still hold
    body: bytes
    content_type: str
    fetched_at: str  # UTC ISO time
    sha256: str
    etag: str | None = None
    last_modified: str | None = None
    redirects: tuple[str, ...] = ()  # the URLs redirected through, in order

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Fetcher:
    """Fetches URLs through `transport` (a `GuardedTransport` of `policy` unless given), hop
    by hop: no client-side redirects, cookies or proxies. `sleep` and `clock` are passed in
    so waits can be observed."""

    policy: Policy = field(default_factory=Policy)
    limits: Limits = field(default_factory=Limits)
    transport: httpx.BaseTransport | None = None
    user_agent: str = USER_AGENT
    robots: bool = True
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self._transport = self.transport or GuardedTransport(
            self.policy, seconds=self.limits.total_seconds
        )
        timeout = httpx.Timeout(
            self.limits.read_seconds, connect=self.limits.connect_seconds, pool=5.0
        )
        self._timeout = timeout.as_dict()
        self._last: dict[str, float] = {}
        self._retry_after: float | None = None
        self._robots: dict[str, RobotFileParser | None] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._transport.close()

    # ------------------------------------------------------------ the public calls

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    ) -> Fetched:
        """GET `url`; a 304 answer to the validators is returned as `not_modified`.

        Raises `FetchError` with the reason: refused address or scheme, robots.txt, too many
        redirects, a loop, too large, too slow, an HTTP error after the retries.
        """
        headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers, self.limits.max_bytes, check_robots=self.robots)

    def post(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        """POST `body` once (no redirects, no retries: the caller's outbox retries); the
        answer's status. Raises `FetchError` when refused or unreachable."""
        self._check_scheme(url, url)
        self._wait_turn(url)
        try:
            answer = self._request("POST", url, headers, body)
            answer.close()
        except (Refused, TooSlow) as err:
            raise FetchError(url, str(err), refused=isinstance(err, Refused)) from None
        except httpx.HTTPError as err:
            raise FetchError(url, _describe(err)) from None
        return answer.status_code

    # ------------------------------------------------------------ redirects and robots

    def _get(
        self, url: str, headers: dict[str, str], max_bytes: int, check_robots: bool
    ) -> Fetched:
        chain: list[str] = [url]
        current = url
        for _ in range(self.limits.max_redirects + 1):
            self._check_scheme(url, current)
            if check_robots and not self._robots_allow(url, current):
                raise FetchError(url, f"robots.txt disallows {current}", refused=True)
            answer = self._send(url, current, headers)
            if answer.status_code in REDIRECTS and "location" in answer.headers:
                answer.close()
                target = urljoin(current, answer.headers["location"])
                if target in chain:
                    raise FetchError(url, f"redirect loop at {target}")
                chain.append(target)
                current = target
                continue
            return self._answer(url, chain, answer, max_bytes)
        raise FetchError(url, f"more than {self.limits.max_redirects} redirects")

    def _check_scheme(self, asked: str, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"}:
            shown = "no scheme" if not parts.scheme else f"a {parts.scheme}: URL"
            where = "" if url == asked else f" (redirected to {url})"
            raise FetchError(asked, f"{shown} is not fetched{where}", refused=True)
        if not parts.hostname:
            raise FetchError(asked, f"no host in {url}", refused=True)

    def _robots_allow(self, asked: str, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin not in self._robots:
            try:
                self._robots[origin] = self._load_robots(origin)
            except FetchError as err:  # the host itself is refused: say so, not "robots"
                raise FetchError(asked, err.reason, refused=True) from None
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """The rules at `origin` (RFC 9309): none when it has no robots.txt (4xx), everything
        disallowed when it cannot be read (5xx, network), so an error never widens access."""
        rules = RobotFileParser(f"{origin}/robots.txt")
        try:
            got = self._get(
                f"{origin}/robots.txt", {"Accept": "text/plain"}, self.limits.robots_bytes, False
            )
            rules.parse(got.body.decode("utf-8", "replace").splitlines())
        except FetchError as err:
            if err.refused:
                raise
            if err.reason.startswith("HTTP 4"):
                return None
            log.info("robots.txt at %s unreadable (%s): nothing fetched there", origin, err.reason)
            rules.parse(["User-agent: *", "Disallow: /"])
        return rules

    # ------------------------------------------------------------ one request, retried

    def _send(self, asked: str, url: str, headers: dict[str, str]) -> httpx.Response:
        reason = ""
        for attempt in range(self.limits.attempts):
            if attempt:
                self.sleep(self._backoff(attempt))
            self._wait_turn(url)
            try:
                answer = self._request("GET", url, headers)
            except Refused as err:
                raise FetchError(asked, str(err), refused=True) from None
            except TooSlow as err:
                raise FetchError(asked, str(err)) from None
            except httpx.HTTPError as err:
                reason = _describe(err)
                continue
            if answer.status_code in RETRY_STATUS:
                reason = f"HTTP {answer.status_code}"
                self._retry_after = _retry_after(answer.headers.get("retry-after"))
                answer.close()
                continue
            return answer
        tries = self.limits.attempts
        raise FetchError(asked, f"{reason} (after {tries} tries)" if tries > 1 else reason)

    def _backoff(self, attempt: int) -> float:
        wait = self.limits.backoff_seconds * 2 ** (attempt - 1)
        if self._retry_after is not None:
            wait, self._retry_after = max(wait, self._retry_after), None
        return min(wait, self.limits.max_wait_seconds)

    def _wait_turn(self, url: str) -> None:
        """Keep `host_interval` between two requests to one host."""
        host = (urlsplit(url).hostname or "").lower()
        last = self._last.get(host)
        if last is not None:
            wait = self.limits.host_interval - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _request(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None = None
    ) -> httpx.Response:
        """One exchange, the body left to stream; `Refused` and `TooSlow` pass through."""
        request = httpx.Request(
            method,
            url,
            headers={"User-Agent": self.user_agent, **headers},
            content=body,
            extensions={"timeout": self._timeout},
        )
        answer = self._transport.handle_request(request)
        answer.request = request
        return answer

    # ------------------------------------------------------------ the body

    def _answer(
        self, asked: str, chain: list[str], answer: httpx.Response, max_bytes: int
    ) -> Fetched:
        try:
            if answer.status_code == 304:
                body = b""
            elif not 200 <= answer.status_code < 300:
                raise FetchError(asked, f"HTTP {answer.status_code}")
            else:
                body = read_limited(asked, answer, max_bytes)
        except TooSlow as err:
            raise FetchError(asked, str(err)) from None
        except httpx.HTTPError as err:
            raise FetchError(asked, _describe(err)) from None
        finally:
            answer.close()
        return Fetched(
            url=asked,
            final_url=chain[-1],
            status=answer.status_code,
            body=body,
            content_type=answer.headers.get("content-type", ""),
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            sha256=hashlib.sha256(body).hexdigest(),
            etag=answer.headers.get("etag"),
            last_modified=answer.headers.get("last-modified"),
            redirects=tuple(chain[1:]),
        )


def read_limited(url: str, answer: httpx.Response, max_bytes: int) -> bytes:
    """The body, decompressed, stopped as soon as it (or its compressed form) passes
    `max_bytes`: a lying Content-Length, an endless body or a compression bomb ends here."""
    declared = answer.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"too large (Content-Length {declared} > {max_bytes} bytes)")
    decode = _decoder(url, answer.headers.get("content-encoding", ""))
    out = bytearray()
    received = 0
    for chunk in answer.iter_raw():
        received += len(chunk)
        if received > max_bytes:
            raise FetchError(url, f"body larger than {max_bytes} bytes")
        out += decode(chunk, max_bytes + 1 - len(out))
        if len(out) > max_bytes:
            raise FetchError(url, f"body larger than {max_bytes} bytes once decompressed")
    return bytes(out)


Decoder = Callable[[bytes, int], bytes]


def _decoder(url: str, encoding: str) -> Decoder:
    """A function giving at most `room` decompressed bytes of each chunk (one more than
    the room is enough to see the limit passed)."""
    names = [e.strip().lower() for e in encoding.split(",") if e.strip()]
    names = [n for n in names if n != "identity"]
    if not names:
        return lambda chunk, room: chunk
    if len(names) > 1 or names[0] not in {"gzip", "x-gzip", "deflate"}:
        raise FetchError(url, f"unsupported Content-Encoding {encoding!r}")
    # gzip, or zlib-wrapped deflate (32 + window: either header); raw deflate is rare
    inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)

    def decode(chunk: bytes, room: int) -> bytes:
        try:
            data = inflater.decompress(chunk, max(room, 1))
        except zlib.error as err:
            raise FetchError(url, f"broken {names[0]} body ({err})") from None
        return data  # a full `room` means more is waiting: the caller sees the limit passed

    return decode


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number, or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    when = http_date(value)
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _describe(err: httpx.HTTPError) -> str:
    """One line for a transport failure."""
    kinds = {
        httpx.ConnectTimeout: "connection timed out",
        httpx.ReadTimeout: "no answer within the read timeout",
        httpx.WriteTimeout: "sending timed out",
        httpx.PoolTimeout: "no connection free",
        httpx.ConnectError: "cannot connect",
        httpx.RemoteProtocolError: "broken HTTP answer",
    }
    for kind, text in kinds.items():
        if isinstance(err, kind):
            detail = str(err).strip().splitlines()[0] if str(err).strip() else ""
            return f"{text} ({detail})" if detail else text
    return f"{type(err).__name__}: {err}".splitlines()[0]

"""Which network addresses sitrep may connect to, checked on the address it really connects to.

Every host is resolved once, every address it resolves to is checked, and the socket is opened
to the checked address itself (so a second, different DNS answer cannot slip in between check
and connect). The TLS server name and the Host header stay those of the URL. Each connection
also carries a deadline for the whole exchange, so a server that answers one byte at a time
cannot hold sitrep past it.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

# Cloud metadata services answer on these addresses (AWS, GCP, Azure, OpenStack, Alibaba, Oracle).
METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200", "192.0.0.192")
)
# Private ranges a LAN feed may sit in (permitted by `allow_private`), besides loopback.
PRIVATE = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)
SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: someone's private network
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(Exception):
    """A connection sitrep will not make; the message says which address and why."""


class TooSlow(Exception):
    """The whole exchange took longer than its deadline."""


@dataclass(frozen=True)
class Policy:
    """`allow_private` permits loopback and private ranges (a feed on one's own LAN); `allow`
    lists networks permitted besides. Metadata, link-local, multicast and reserved ranges are
    never permitted."""

    allow_private: bool = False
    allow: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_env(cls, allow_private: bool = False, env: Mapping[str, str] = os.environ) -> Policy:
        """The policy of a command: its `--allow-private`, `SITREP_ALLOW_PRIVATE=1`, and
        `SITREP_ALLOW_NETS` (comma-separated networks, e.g. `192.168.1.5/32`)."""
        private = allow_private or env.get("SITREP_ALLOW_PRIVATE", "").strip() in {"1", "true"}
        nets = tuple(
            ipaddress.ip_network(n.strip(), strict=False)
            for n in env.get("SITREP_ALLOW_NETS", "").split(",")
            if n.strip()
        )
        return cls(private, nets)


def address_problem(address: str | IPAddress, policy: Policy) -> str | None:
    """Why sitrep may not connect to `address` ("loopback", "cloud metadata", ...), or None."""
    ip = _unwrap(ipaddress.ip_address(address) if isinstance(address, str) else address)
    if ip in METADATA:
        return "cloud metadata"
    if any(ip in net for net in policy.allow):
        return None
    kind = _kind(ip)
    if kind is None or (policy.allow_private and kind in {"loopback", "private"}):
        return None
    return kind


def _kind(ip: IPAddress) -> str | None:
    if ip.is_loopback:
        return "loopback"
    if ip in SHARED or any(ip in net for net in PRIVATE):
        return "private"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if not ip.is_global or ip.is_reserved:
        return "reserved"
    return None


def _unwrap(ip: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), else itself."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return ip.ipv4_mapped
        if ip.sixtofour:
            return ip.sixtofour
        if ip.teredo:
            return ip.teredo[1]
        if ip in NAT64:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def system_resolver(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, in the resolver's order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_host(host: str, port: int, policy: Policy, resolver: Resolver) -> list[str]:
    """The addresses of `host` if all are permitted; else `Refused` naming the first bad one."""
    host = host.strip("[]")
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as err:
        raise Refused(f"cannot resolve {host} ({err})") from None
    if not addresses:
        raise Refused(f"{host} resolves to no address")
    for address in addresses:
        problem = address_problem(address, policy)
        if problem:
            shown = host if host == address else f"{host} resolves to {address}"
            raise Refused(f"{shown}: a {problem} address")
    return addresses


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by one deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner, self._deadline = inner, deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TooSlow("the server took longer than the time limit")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        left = self._left(timeout)
        try:
            return self._inner.read(max_bytes, left)
        except httpcore.ReadTimeout:
            self._left(None)  # TooSlow when the deadline, not the read timeout, ran out
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._left(timeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """Opens TCP connections only to permitted addresses, to the address it checked."""

    def __init__(self, policy: Policy, resolver: Resolver, seconds: float) -> None:
        self.policy, self.resolver, self.seconds = policy, resolver, seconds

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        deadline = time.monotonic() + self.seconds
        failure: Exception | None = None
        for address in check_host(host, port, self.policy, self.resolver):
            try:
                stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                failure = err
                continue
            return _DeadlineStream(stream, deadline)
        assert failure is not None  # check_host returned at least one address
        raise failure

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise Refused("unix sockets are not fetched")


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over a connection pool that connects only through `GuardedBackend`.

    Connections are not kept alive: each request gets a fresh, freshly checked connection
    and its own deadline of `seconds`.
    """

    def __init__(
        self,
        policy: Policy = Policy(),
        *,
        resolver: Resolver = system_resolver,
        seconds: float = 60.0,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            max_keepalive_connections=0,
            network_backend=GuardedBackend(policy, resolver, seconds),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type]  # httpx's sync stream is iterable
            extensions=request.extensions,
        )
        with _as_httpx():
            answer = self._pool.handle_request(core)
        return httpx.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_Body(answer.stream),  # type: ignore[arg-type]
            extensions=answer.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _Body(httpx.SyncByteStream):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx():
            yield from self._inner

    def close(self) -> None:
        if hasattr(self._inner, "close"):
            self._inner.close()


@contextmanager
def _as_httpx() -> Iterator[None]:
    """httpcore's errors as httpx's of the same name, as httpx's own transport does."""
    try:
        yield
    except httpcore.TimeoutException as err:
        raise getattr(httpx, type(err).__name__, httpx.TimeoutException)(str(err)) from err
    except (httpcore.NetworkError, httpcore.ProtocolError) as err:
        raise getattr(httpx, type(err).__name__, httpx.TransportError)(str(err)) from err

"""The fetcher against a hostile network (issue 17 item 3), with real servers on loopback.

The servers listen on 127.0.0.1 (and 127.0.0.2 for a second, forbidden host); the policy
permits exactly 127.0.0.1/32 where a test needs to reach its own server, so every other
loopback, private or metadata address stays forbidden as it would be in use.
"""

from __future__ import annotations

import contextlib
import gzip
import ipaddress
import ssl
import threading
import time

import pytest

from _webserver import answer, redirect, serving
from sitrep.sources.fetch import Fetcher, FetchError, Limits
from sitrep.sources.guard import GuardedTransport, Policy, address_problem

HERE = Policy(allow=(ipaddress.ip_network("127.0.0.1/32"),))
PAGE = "<html><head><title>T</title></head><body><p>Shelling hit the market.</p></body></html>"
QUICK = Limits(
    attempts=2, backoff_seconds=0.01, host_interval=0.0, total_seconds=3.0, read_seconds=2.0
)


def fetcher(policy: Policy = HERE, limits: Limits = QUICK, **kwargs) -> Fetcher:
    return Fetcher(policy=policy, limits=limits, **kwargs)


@pytest.fixture
def site():
    """A server on 127.0.0.1; tests add their routes."""
    with serving() as server:
        yield server


# ---------------------------------------------------------------- the address policy


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("127.9.9.9", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::7f00:1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.20.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.7", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("192.0.2.10", "reserved"),
        ("93.184.215.14", None),
        ("2a00:1450:4001::1", None),
    ],
)
def test_addresses_are_classified(address, problem):
    assert address_problem(address, Policy()) == problem


def test_allow_private_opens_loopback_and_lan_but_never_metadata_or_link_local():
    lan = Policy(allow_private=True)
    assert address_problem("127.0.0.1", lan) is None
    assert address_problem("192.168.1.20", lan) is None
    assert address_problem("169.254.169.254", lan) == "cloud metadata"
    assert address_problem("169.254.3.3", lan) == "link-local"
    assert address_problem("224.0.0.5", lan) == "multicast"


def test_policy_from_the_environment():
    assert Policy.from_env(env={}).allow_private is False
    assert Policy.from_env(env={"SITREP_ALLOW_PRIVATE": "1"}).allow_private is True
    assert Policy.from_env(True, env={}).allow_private is True
    nets = Policy.from_env(env={"SITREP_ALLOW_NETS": "192.168.1.5/32, 10.0.0.0/8"}).allow
    assert [str(n) for n in nets] == ["192.168.1.5/32", "10.0.0.0/8"]


# ---------------------------------------------------------------- ordinary fetching


def test_a_page_is_fetched_with_a_clear_user_agent():
    with serving(routes={"/a": answer(body=PAGE)}) as server, fetcher() as f:
        got = f.fetch(server.url("/a"))
    assert got.status == 200 and got.body == PAGE.encode()
    assert got.content_type.startswith("text/html")
    assert got.sha256 == __import__("hashlib").sha256(PAGE.encode()).hexdigest()
    assert got.fetched_at.endswith("+00:00")
    agent = server.seen[-1].headers["User-Agent"]
    assert agent.startswith("sitrep/") and "robots.txt" in agent


def test_loopback_is_refused_without_permission_and_nothing_is_sent(site):
    site.routes["/a"] = answer(body=PAGE)
    with fetcher(Policy()) as f, pytest.raises(FetchError) as caught:
        f.fetch(site.url("/a"))
    assert caught.value.refused and "loopback" in caught.value.reason
    assert site.seen == []


def test_allow_private_permits_a_feed_on_loopback(site):
    site.routes["/a"] = answer(body=PAGE)
    with fetcher(Policy(allow_private=True)) as f:
        assert f.fetch(site.url("/a")).body == PAGE.encode()


def test_a_gzipped_page_is_decompressed():
    body = gzip.compress(PAGE.encode())
    route = answer(body=body, headers={"Content-Encoding": "gzip"})
    with serving(routes={"/z": route}) as server, fetcher() as f:
        assert f.fetch(server.url("/z")).body == PAGE.encode()


def test_conditional_get_gives_not_modified():
    def route(h):
        if h.headers.get("If-None-Match") == '"v1"':
            answer(304, b"")(h)
        else:
            answer(body=PAGE, headers={"ETag": '"v1"', "Last-Modified": "Wed, 06 Mar 2024"})(h)

    with serving(routes={"/feed": route}) as server, fetcher() as f:
        first = f.fetch(server.url("/feed"))
        second = f.fetch(server.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert first.etag == '"v1"' and not first.not_modified
    assert second.not_modified and second.body == b""
    assert server.seen[-1].headers["If-Modified-Since"] == "Wed, 06 Mar 2024"


# ---------------------------------------------------------------- redirects


def test_a_redirect_to_another_loopback_host_is_refused_before_connecting(site):
    with serving("127.0.0.2", {"/secret": answer(body="internal")}) as inside:
        site.routes["/item"] = redirect(inside.url("/secret"))
        with fetcher() as f, pytest.raises(FetchError) as caught:
            f.fetch(site.url("/item"))
    assert caught.value.refused and "127.0.0.2" in caught.value.reason
    assert "loopback" in caught.value.reason
    assert inside.seen == []  # the internal server never heard of it


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:9/",
        "http://10.0.0.1/admin",
        "http://0.0.0.0:9/",
        "http://2130706433:9/",  # 127.0.0.1 written as one number
    ],
)
def test_redirects_to_internal_addresses_are_refused(site, target):
    site.routes["/item"] = redirect(target)
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.fetch(site.url("/item"))
    assert caught.value.refused, caught.value.reason


@pytest.mark.parametrize(
    "target",
    ["file:///etc/passwd", "ftp://news.example/a", "gopher://x/1", "data:text/html,hi"],
)
def test_redirects_to_other_schemes_are_refused(site, target):
    site.routes["/item"] = redirect(target)
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.fetch(site.url("/item"))
    assert caught.value.refused and "URL is not fetched (redirected to" in caught.value.reason


@pytest.mark.parametrize("url", ["http:///x", "javascript:alert(1)", "news.example/a"])
def test_urls_without_a_host_or_a_web_scheme_are_refused(url):
    with fetcher() as f, pytest.raises(FetchError, match="no host|not fetched") as caught:
        f.fetch(url)
    assert caught.value.refused


def test_a_redirect_loop_and_a_long_chain_are_stopped():
    routes = {"/a": redirect("/b"), "/b": redirect("/a")}
    routes |= {f"/r{i}": redirect(f"/r{i + 1}", 301) for i in range(20)}
    with serving(routes=routes) as server, fetcher() as f:
        with pytest.raises(FetchError, match="redirect loop"):
            f.fetch(server.url("/a"))
        with pytest.raises(FetchError, match="more than 5 redirects"):
            f.fetch(server.url("/r0"))
    assert server.paths().count("/r6") == 0  # stopped at the limit, not followed on


def test_a_short_chain_is_followed_and_remembered():
    routes = {"/old": redirect("/new", 301), "/new": answer(body=PAGE)}
    with serving(routes=routes) as server, fetcher() as f:
        got = f.fetch(server.url("/old"))
    assert got.final_url == server.url("/new") and got.redirects == (server.url("/new"),)


# ---------------------------------------------------------------- hostile answers


def _slow_body(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    for _ in range(100_000):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(0.1)


def _slow_headers(h):
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Pad: " + b"a" * 10_000:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(0.1)


@pytest.mark.parametrize("route", [_slow_body, _slow_headers])
def test_an_answer_trickling_byte_by_byte_is_stopped_at_the_deadline(route):
    with serving(routes={"/slow": route}) as server, fetcher() as f:
        started = time.monotonic()
        with pytest.raises(FetchError, match="time limit"):
            f.fetch(server.url("/slow"))
        assert time.monotonic() - started < QUICK.total_seconds + 2


def test_a_gzip_bomb_is_stopped_at_the_size_limit(site):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # 50 MB in about 50 kB
    route = answer(body=bomb, headers={"Content-Encoding": "gzip"})
    limits = Limits(max_bytes=1_000_000, attempts=1, host_interval=0)
    site.routes["/bomb"] = route
    with fetcher(limits=limits) as f, pytest.raises(FetchError, match="once decompressed"):
        f.fetch(site.url("/bomb"))


def _endless(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"<p>" + b"x" * 65_536 + b"</p>"
    while True:
        h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def test_an_endless_body_is_stopped_at_the_size_limit(site):
    limits = Limits(max_bytes=2_000_000, attempts=1, host_interval=0)
    site.routes["/endless"] = _endless
    with fetcher(limits=limits) as f, pytest.raises(FetchError, match="larger than 2000000"):
        f.fetch(site.url("/endless"))


def _short_body(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "5000")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"<html>only this")
    h.close_connection = True


def test_a_lying_content_length_is_refused_or_reported(site):
    site.routes["/huge"] = answer(body=PAGE, headers={"Content-Length": "999999999999"})
    site.routes["/short"] = _short_body
    limits = Limits(max_bytes=1_000_000, attempts=1, host_interval=0, total_seconds=3)
    with fetcher(limits=limits) as f:
        with pytest.raises(FetchError, match="too large"):
            f.fetch(site.url("/huge"))
        with pytest.raises(FetchError, match="broken HTTP answer|time limit"):
            f.fetch(site.url("/short"))


def test_an_unknown_content_encoding_is_refused(site):
    site.routes["/x"] = answer(body=b"\x00\x01", headers={"Content-Encoding": "zstd-ish"})
    with fetcher() as f, pytest.raises(FetchError, match="unsupported Content-Encoding"):
        f.fetch(site.url("/x"))


# ---------------------------------------------------------------- manners


def test_server_errors_are_retried_with_backoff_then_given_up(site):
    calls = {"n": 0}

    def flaky(h):
        calls["n"] += 1
        answer(503 if calls["n"] < 3 else 200, body=PAGE, headers={"Retry-After": "0"})(h)

    waits: list[float] = []
    limits = Limits(attempts=3, backoff_seconds=0.01, host_interval=0)
    site.routes |= {"/flaky": flaky, "/down": answer(500)}
    with fetcher(limits=limits, sleep=waits.append) as f:
        assert f.fetch(site.url("/flaky")).body == PAGE.encode()
        assert waits == [0.01, 0.02]
        with pytest.raises(FetchError, match=r"HTTP 500 \(after 3 tries\)"):
            f.fetch(site.url("/down"))


def test_retry_after_is_honoured_up_to_a_cap():
    calls = {"n": 0}

    def busy(h):
        calls["n"] += 1
        answer(429 if calls["n"] == 1 else 200, PAGE, headers={"Retry-After": "7"})(h)

    waits: list[float] = []
    limits = Limits(attempts=2, backoff_seconds=0.01, host_interval=0, max_wait_seconds=5)
    with serving(routes={"/busy": busy}) as server, fetcher(limits=limits, sleep=waits.append) as f:
        f.fetch(server.url("/busy"))
    assert waits == [5]


def test_one_host_is_asked_at_most_once_per_interval(site):
    waits: list[float] = []
    site.routes["/a"] = answer(body=PAGE)
    with fetcher(limits=Limits(host_interval=30.0, attempts=1), sleep=waits.append) as f:
        f.fetch(site.url("/a"))
        f.fetch(site.url("/a"))
    # robots.txt, the page, the page again: each waits its turn after the first
    assert len(waits) == 2 and all(25 < w <= 30 for w in waits)


def test_robots_txt_is_honoured():
    robots = answer(body="User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    routes = {"/robots.txt": robots, "/private/a": answer(body=PAGE), "/open": answer(body=PAGE)}
    with serving(routes=routes) as server, fetcher(robots=True) as f:
        assert f.fetch(server.url("/open")).body == PAGE.encode()
        with pytest.raises(FetchError, match="robots.txt disallows") as caught:
            f.fetch(server.url("/private/a"))
    assert caught.value.refused
    assert "/private/a" not in server.paths()
    assert server.paths().count("/robots.txt") == 1  # read once per host


def test_an_unreadable_robots_txt_disallows_everything(site):
    site.routes |= {"/robots.txt": answer(500), "/a": answer(body=PAGE)}
    with fetcher() as f, pytest.raises(FetchError, match="robots.txt disallows"):
        f.fetch(site.url("/a"))
    assert "/a" not in site.paths()


# ---------------------------------------------------------------- the connect-time check


def test_the_connection_goes_to_the_address_that_was_checked(site):
    """A resolver that answers differently on its second call (DNS rebinding) gets one call
    per connection: the checked address is the one connected to."""
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"] if len(calls) == 1 else ["127.0.0.2"]

    transport = GuardedTransport(HERE, resolver=rebinding, seconds=3)
    site.routes["/a"] = answer(body=PAGE)
    with fetcher(transport=transport, robots=False) as f:
        got = f.fetch(f"http://feeds.test:{site.port}/a")
        with pytest.raises(FetchError, match="127.0.0.2"):
            f.fetch(f"http://feeds.test:{site.port}/a")
    assert got.body == PAGE.encode() and calls == ["feeds.test", "feeds.test"]
    assert site.seen[0].headers["Host"] == f"feeds.test:{site.port}"
    assert len(site.seen) == 1


def test_a_name_with_one_bad_address_among_good_ones_is_refused(site):
    transport = GuardedTransport(HERE, resolver=lambda h, p: ["127.0.0.1", "10.0.0.1"])
    site.routes["/a"] = answer(body=PAGE)
    with (
        fetcher(transport=transport, robots=False) as f,
        pytest.raises(FetchError, match="10.0.0.1: a private address"),
    ):
        f.fetch(f"http://feeds.test:{site.port}/a")
    assert site.seen == []


def test_tls_keeps_the_server_name_while_connecting_to_the_checked_address(tmp_path):
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    cert = authority.issue_cert("feeds.test")
    with serving(routes={"/a": answer(body=PAGE)}) as server:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        with _tls_proxy(context, server.port) as port:
            client = ssl.create_default_context()
            authority.configure_trust(client)
            transport = GuardedTransport(
                HERE, resolver=lambda h, p: ["127.0.0.1"], verify=client, seconds=5
            )
            with fetcher(transport=transport, robots=False) as f:
                got = f.fetch(f"https://feeds.test:{port}/a")
                with pytest.raises(FetchError, match="cannot connect"):
                    f.fetch(f"https://other.test:{port}/a")  # certificate names feeds.test
    assert got.body == PAGE.encode()


class _tls_proxy:
    """A TLS front on loopback that passes bytes to the plain server at `port`."""

    def __init__(self, context: ssl.SSLContext, port: int) -> None:
        import socket

        self.context, self.backend = context, port
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()

    def __enter__(self) -> int:
        threading.Thread(target=self._accept, daemon=True).start()
        return self.sock.getsockname()[1]

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.sock.close()

    def _accept(self) -> None:
        import socket

        while not self.stop.is_set():
            try:
                raw, _ = self.sock.accept()
                tls = self.context.wrap_socket(raw, server_side=True)
            except (OSError, ssl.SSLError):
                continue
            back = socket.create_connection(("127.0.0.1", self.backend))
            for a, b in ((tls, back), (back, tls)):
                threading.Thread(target=_pipe, args=(a, b), daemon=True).start()


def _pipe(source, sink) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for s in (source, sink):
            with contextlib.suppress(OSError):
                s.close()


def test_a_retry_after_date_too_big_for_a_clock_is_ignored():
    from sitrep.sources.fetch import _retry_after

    assert _retry_after("Wed, 7 Mar 2024 " + "4" * 40 + ":00:00 GMT") is None
    assert _retry_after("120") == 120.0

"""Time and peak memory of the big hostile inputs of feeds, WARC archives and API bodies
(issue 17 item 1), each read in a fresh process; prints the table `docs/security.md`
quotes. Run on a quiet machine: `python benchmarks/hostile_bench.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]

PREPARE = {
    "feed.xml": lambda: _rss(100_000),
    "crawl.warc": lambda: _warc_50mb(),
}

CASES: dict[str, str] = {
    "feed of 100,000 items (16 MB)": """
        from sitrep.sources.feeds import read_feed
        n = sum(1 for _ in read_feed(Path("feed.xml")))
    """,
    "WARC of 50 MB, last record cut": """
        from sitrep.sources.warc import read_warc
        n = sum(1 for _ in read_warc(Path("crawl.warc")))
    """,
    "API body of 50 MB, refused (413; client in the process)": """
        import sys; sys.path.insert(0, str(ROOT / "fuzz"))
        from more_targets import api_request
        n = api_request("reject", 0, b'{"reason": "' + b"y" * 50_000_000 + b'"}').status_code
    """,
}

MEASURE = """
import json, resource, time
from pathlib import Path
ROOT = Path({root!r})
started = time.perf_counter()
{code}
print(json.dumps({{"seconds": time.perf_counter() - started, "result": n,
                  "peak_mb": max(resource.getrusage(who).ru_maxrss for who in
                                 (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024}}))
"""


def _rss(items: int) -> bytes:
    entries = "".join(
        f"<item><title>Kemi {i}</title><link>https://paper.example/{i}</link><guid>k{i}</guid>"
        f"<description>Clashes near Kemi left people hurt.</description></item>"
        for i in range(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{entries}</channel></rss>'.encode()


def _warc_50mb() -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    page = "<html><body><p>" + "Raiders burned a granary in Kemi. " * 700 + "</p></body></html>"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://paper.example/1", "response", payload=io.BytesIO(page.encode()),
            http_headers=http,
        )
    )  # fmt: skip
    one = buffer.getvalue()
    return one * (50 * 1024 * 1024 // len(one)) + one[: len(one) // 2]


def main() -> int:
    table = Table(title="Big hostile inputs: one fresh process each")
    for column in ("input", "result", "seconds", "peak RSS (MiB)"):
        table.add_column(column, justify="left" if column == "input" else "right")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in PREPARE.items():
            (Path(folder) / name).write_bytes(make())
        for name, code in CASES.items():
            script = MEASURE.format(root=str(ROOT), code=textwrap.dedent(code).strip())
            done = subprocess.run(
                [sys.executable, "-c", script], capture_output=True, text=True, cwd=folder
            )
            if done.returncode != 0:
                table.add_row(name, "failed: " + done.stderr.strip().splitlines()[-1], "", "")
                continue
            found = json.loads(done.stdout.strip().splitlines()[-1])
            table.add_row(
                name, str(found["result"]), f"{found['seconds']:.1f}", f"{found['peak_mb']:.0f}"
            )
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""An independent LGL scorer that only uses the `sitrep places` contract.

Writes LGL's texts as JSONL, runs `sitrep places --input X --format jsonl` as a user would,
and scores its output with code that shares nothing with `sitrep.evaluate.geo`: exact-span
precision, recall and F1; accuracy within 161 km over gold toponyms a prediction overlaps.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


Gold = tuple[int, int, float | None, float | None]


def gold(path: Path) -> list[tuple[str, str, list[Gold]]]:
    """Every gold toponym counts for spans; those with coordinates also for distance."""
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        spans: list[Gold] = []
        for top in article.iter("toponym"):
            lat, lon = top.findtext("gaztag/lat"), top.findtext("gaztag/lon")
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            spans.append((start, end, float(lat) if lat else None, float(lon) if lon else None))
        docs.append((article.get("docid", ""), article.findtext("text") or "", spans))
    return docs


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "lgl", type=Path, nargs="?", default=ROOT.parent / "shared/data/lgl/lgl.xml"
    )
    args = parser.parse_args()
    docs = gold(args.lgl)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "lgl.jsonl"
        jsonl.write_text("".join(json.dumps({"id": d, "text": t}) + "\n" for d, t, _ in docs))
        sitrep = str(Path(sys.executable).parent / "sitrep")
        out = subprocess.run(
            [sitrep, "places", "--input", str(jsonl), "--format", "jsonl"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    predicted = {r["id"]: r["places"] for r in map(json.loads, out.splitlines())}
    tp = n_pred = n_gold = 0
    errors = []
    for docid, _text, spans in docs:
        places = predicted.get(docid, [])
        n_pred += len(places)
        n_gold += len(spans)
        exact = {(p["start"], p["end"]) for p in places}
        tp += sum((s, e) in exact for s, e, _, _ in spans)
        for s, e, lat, lon in spans:
            hit = next((p for p in places if p["start"] < e and s < p["end"]), None)
            if hit and hit["latitude"] is not None and lat is not None and lon is not None:
                errors.append(km((lat, lon), (hit["latitude"], hit["longitude"])))
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    acc = sum(e < 161 for e in errors) / max(len(errors), 1)
    print(f"documents {len(docs)}  gold {n_gold}  predicted {n_pred}")
    print(f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  acc@161 {acc:.3f} over {len(errors)} resolved")


if __name__ == "__main__":
    main()

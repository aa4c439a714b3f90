"""Extraction quality on the page set: sitrep's article body against plain trafilatura.

    .venv/bin/python benchmarks/extraction/score.py [--pages] [--set tuned|heldout]

Body quality is the shingle F1 of public extraction benchmarks: both texts are cut into
lower-cased word 4-grams, counted as multisets; precision is the share of the extracted
shingles found in the true body, recall the share of the true ones extracted, and each
page's F1 is averaged over the set. sitrep reads every page as a user would (the file, through
intake); trafilatura gets the same bytes with `trafilatura.extract()` and its defaults. Titles,
outlets and publication dates are checked against the truth too.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHINGLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def prf(extracted: str, truth: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of `extracted` against `truth` on shingle multisets."""
    got, want = shingles(extracted), shingles(truth)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


@dataclass(frozen=True)
class Row:
    page: str
    sitrep: tuple[float, float, float]
    trafilatura: tuple[float, float, float]
    title: str | None
    title_ok: bool  # no site name left in it
    title_exact: bool
    outlet_ok: bool
    published: str | None
    published_ok: bool
    reason: str


SETS = {"tuned": ("pages", "truth.jsonl"), "heldout": ("heldout", "heldout_truth.jsonl")}


def truth(which: str = "tuned") -> list[dict[str, str]]:
    folder, name = SETS[which]
    with (HERE / name).open(encoding="utf-8") as handle:
        return [{**json.loads(line), "folder": folder} for line in handle if line.strip()]


def score_page(item: dict[str, str]) -> Row:
    import trafilatura

    from sitrep.intake import read_file, to_article

    path = HERE / item["folder"] / item["page"]
    article = to_article(read_file(path))
    plain = trafilatura.extract(path.read_text("utf-8")) or ""
    title = article.title
    outlet = item["outlet"]
    site_words = {outlet.lower(), outlet.lower().removeprefix("the ")}
    title_ok = bool(title) and not any(w in (title or "").lower() for w in site_words)
    return Row(
        page=item["page"],
        sitrep=prf(article.body, item["body"]),
        trafilatura=prf(plain, item["body"]),
        title=title,
        title_ok=title_ok,
        title_exact=title == item["title"],
        outlet_ok=getattr(article, "outlet", None) == outlet,
        published=article.published,
        published_ok=article.published == item["published"],
        reason=article.published_reason,
    )


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summary(rows: list[Row]) -> dict[str, float]:
    return {
        "pages": len(rows),
        "sitrep_f1": mean([r.sitrep[2] for r in rows]),
        "sitrep_precision": mean([r.sitrep[0] for r in rows]),
        "sitrep_recall": mean([r.sitrep[1] for r in rows]),
        "trafilatura_f1": mean([r.trafilatura[2] for r in rows]),
        "trafilatura_precision": mean([r.trafilatura[0] for r in rows]),
        "trafilatura_recall": mean([r.trafilatura[1] for r in rows]),
        "titles_without_site_name": mean([float(r.title_ok) for r in rows]),
        "titles_exact": mean([float(r.title_exact) for r in rows]),
        "outlets_right": mean([float(r.outlet_ok) for r in rows]),
        "published_right": mean([float(r.published_ok) for r in rows]),
    }


def run(which: str = "tuned") -> list[Row]:
    return [score_page(item) for item in truth(which)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="one line per page")
    parser.add_argument("--set", choices=sorted(SETS), default="tuned", help="which page set")
    args = parser.parse_args()
    rows = run(args.set)
    if args.pages:
        for r in rows:
            print(
                f"{r.page:45} sitrep P {r.sitrep[0]:.3f} R {r.sitrep[1]:.3f} F {r.sitrep[2]:.3f}"
                f" | trafilatura P {r.trafilatura[0]:.3f} R {r.trafilatura[1]:.3f} "
                f"F {r.trafilatura[2]:.3f} | title {'ok' if r.title_ok else 'SITE'}"
                f"{'' if r.title_exact else ' ~'} | {r.published or '-'}"
                f"{'' if r.published_ok else ' WRONG'} ({r.reason})"
            )
    s = summary(rows)
    print(f"\nextraction page set '{args.set}': {s['pages']} pages (benchmarks/extraction)")
    print("| extractor | body F1 | precision | recall |")
    print("|---|---|---|---|")
    for name in ("sitrep", "trafilatura"):
        print(f"| {name} | {s[name + '_f1']:.3f} | {s[name + '_precision']:.3f} | "
              f"{s[name + '_recall']:.3f} |")  # fmt: skip
    print(f"\ntitles without the site's name: {s['titles_without_site_name']:.1%}; "
          f"titles exactly right: {s['titles_exact']:.1%}; outlet right: {s['outlets_right']:.1%};"
          f" publication date right: {s['published_right']:.1%}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())

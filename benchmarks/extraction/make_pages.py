"""Writes the extraction page set: `pages/*.html` and `truth.jsonl` (run once; both committed).

    .venv/bin/python benchmarks/extraction/make_pages.py

Each invented story (`stories.py`) is rendered by one site template (`templates.py`); the
truth holds what a reader would call the article: its title without the site's name, the
outlet, the publication date the page shows, and the body (the story's paragraphs, in-story
subheadings and list items; no standfirst, byline, captions or furniture).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_stories import HELDOUT  # noqa: E402
from heldout_templates import HELDOUT_OUTLETS, HELDOUT_TEMPLATES  # noqa: E402
from stories import STORIES, Story  # noqa: E402
from templates import OUTLETS, TEMPLATES, wire_dateline  # noqa: E402

SPECIAL = {
    "live-blog": "live",
    "minister-statement": "ministry",
    "newsletter-essay": "newsletter",
    "sahel-drone-report": "portal",
    "tigray-returns": "portal",
    "marawi-anniversary": "magazine",
    "chad-refugees": "magazine",
    "opinion-peacekeepers": "broadsheet",
}
GENERAL = ["wire", "broadsheet", "tabloid", "broadcaster", "wordpress", "regional", "amp"]
# the held-out set: written after the rules were tuned, scored once (`score.py --set heldout`)
HELDOUT_LAYOUT = ["oldschool", "international", "mobile", "oldschool", "international",
                  "institute", "mobile", "institute"]  # fmt: skip


def true_body(story: Story, template: str) -> str:
    marks = ("## ", "- ", "> ")
    paragraphs = [
        next((p[len(m) :] for m in marks if p.startswith(m)), p) for p in story.paragraphs
    ]
    if template == "wire":
        paragraphs[0] = wire_dateline(story) + paragraphs[0]
    return "\n\n".join(paragraphs)


def write_set(folder: str, truth_file: str, rows: list[tuple[str, Story, str, str, str]]) -> None:
    """`rows`: (template name, story, markup, url, outlet) in page order."""
    pages = HERE / folder
    pages.mkdir(exist_ok=True)
    with (HERE / truth_file).open("w", encoding="utf-8") as handle:
        for n, (template, story, markup, url, outlet) in enumerate(rows):
            name = f"{n + 1:02d}-{template}-{story.key}.html"
            (pages / name).write_text(markup, encoding="utf-8")
            truth = {
                "page": name, "url": url, "title": story.title, "outlet": outlet,
                "published": story.date, "body": true_body(story, template),
            }  # fmt: skip
            handle.write(json.dumps(truth, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pages written to {pages}")


def main() -> None:
    general = itertools.cycle(GENERAL)
    rows = []
    for n, story in enumerate(STORIES):
        template = SPECIAL.get(story.key) or next(general)
        markup, url = TEMPLATES[template](story, n)
        rows.append((template, story, markup, url, OUTLETS[template]))
    write_set("pages", "truth.jsonl", rows)
    rows = []
    for n, (story, template) in enumerate(zip(HELDOUT, HELDOUT_LAYOUT, strict=True)):
        markup, url = HELDOUT_TEMPLATES[template](story, n)
        rows.append((template, story, markup, url, HELDOUT_OUTLETS[template]))
    write_set("heldout", "heldout_truth.jsonl", rows)


if __name__ == "__main__":
    main()

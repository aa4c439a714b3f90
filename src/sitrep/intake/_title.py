"""Headlines without the site's name, and the site's name kept apart as the outlet.

A page's `<title>` (and often its og:title) wraps the headline in furniture: "Headline |
World | The Daily X", "Outlet: Headline", "Headline | Outlet | 19.01.2020". The visible `<h1>`
that the title contains is the headline; otherwise the title's segments at either end are
dropped when they name the site (og:site_name, the publisher in structured data, the URL's
host), a date, a section (`[titles]` in data/boilerplate.toml) or a byline ("by Jane Doe").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from sitrep.intake._rules import Rules
from sitrep.intake._text import squeeze

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»|•|~)\s+|\s*[|·»•]\s*")
# "Outlet: Headline" is split only to find a headline the page shows: "Live: ..." and
# "Analysis: ..." kickers are the headline's own and are never cut off
_OR_COLON = re.compile(rf"{_SEPARATOR.pattern}|:\s+")
_DATE_LIKE = re.compile(r"^[\d\s./:,-]+$")
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
_HOST_NOISE = {"www", "m", "amp", "mobile", "edition", "en", "english", "news"}
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"}


@dataclass(frozen=True)
class Named:
    title: str | None
    outlet: str | None
    reason: str  # how the title was settled


def name_key(text: str) -> str:
    """ "The Eastern Courier" -> "easterncourier" (case, articles, spaces, punctuation off)."""
    text = text.lower().strip()
    text = text.removeprefix("the ")
    return re.sub(r"[^0-9a-z\u00c0-\u024f]+", "", text)


def host_key(url: str | None) -> str:
    """ "https://www.eastern-courier.example/en/x" -> "easterncourier"."""
    host = urlsplit(url).hostname if url and "//" in url else (url or "")
    labels = [p for p in (host or "").lower().split(".") if p]
    if len(labels) >= 2:
        labels = labels[:-1]  # the top-level domain
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return "".join(name_key(p) for p in labels if p not in _HOST_NOISE)


def same_site(segment: str, names: Sequence[str], host: str) -> bool:
    """The segment names the site: equal to a site name, or to the host (one may extend the
    other: "Dispatches from the Lake" on dispatches.example, "BBC News" on bbc.co.uk)."""
    key = name_key(segment)
    if not key:
        return False
    if any(key == name_key(n) for n in names if n):
        return True
    shorter, longer = sorted((key, host), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


def segments(title: str, *, colon: bool = False) -> list[str]:
    separator = _OR_COLON if colon else _SEPARATOR
    return [s for s in (p.strip() for p in separator.split(title)) if s]


def name_title(
    candidates: Sequence[str | None],
    headings: Sequence[str],
    site_names: Sequence[str | None],
    url: str | None,
    rules: Rules,
    prominent: Sequence[str] = (),
) -> Named:
    """The headline and the outlet from the page's title candidates (best first: the
    extractor's title, og:title, structured data, `<title>`), its `<h1>` texts, the names the
    site gives itself, its URL, and the texts of its other short elements (`prominent`: a page
    without an `<h1>` shows its headline in some bold block all the same)."""
    titles = [squeeze(t) for t in candidates if t and squeeze(t)]
    names = [squeeze(n) for n in site_names if n and squeeze(n)]
    host = host_key(url)
    outlet = names[0] if names else None
    if not titles:
        return Named(None, outlet, "no title")
    heading = _visible_headline(titles, headings, prominent, names, host, rules)
    if heading is not None:
        wrappers = [t for t in titles if _contains_segments(t, heading)]
        rest = [p for t in wrappers for p in _around(t, heading)]
        found = outlet or _outlet_in(list(dict.fromkeys(rest)), names, host, rules)
        return Named(heading, found, "the headline the page shows, found in its title")
    parts = segments(titles[0])
    kept, dropped = _strip_edges(parts, names, host, rules)
    title = _joined(titles[0], kept)
    found = outlet or _outlet_in(dropped, names, host, rules)
    reason = "title without its site furniture" if dropped else "title as given"
    return Named(title, found, reason)


def _visible_headline(
    titles: Sequence[str],
    headings: Sequence[str],
    prominent: Sequence[str],
    names: Sequence[str],
    host: str,
    rules: Rules,
) -> str | None:
    """An `<h1>` that is the title or a run of its segments; else the longest other visible
    text that is such a run, of four words or more and longer than every other segment."""
    runs = {run.lower() for t in titles for run in _runs(t)}
    for heading in (squeeze(h) for h in headings if h and squeeze(h)):
        if heading.lower() in runs and not _furniture(heading, names, host, rules):
            return heading
    longest = max((len(p) for t in titles for p in segments(t, colon=True)), default=0)
    found = [
        text
        for text in (squeeze(p) for p in prominent if p)
        if text.lower() in runs and len(text.split()) >= 4 and len(text) >= longest
    ]
    return max(found, key=len) if found else None


def _runs(title: str) -> list[str]:
    """The title, and every run of its segments (as written, and joined by spaces)."""
    parts = segments(title, colon=True)
    out = [title]
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            out += [" ".join(parts[i:j]), _joined(title, parts[i:j])]
    return out


def _contains_segments(title: str, heading: str) -> bool:
    """The heading is the whole title, or a run of its segments."""
    if title.lower() == heading.lower():
        return True
    parts = segments(title, colon=True)
    key = heading.lower()
    return any(
        " ".join(parts[i:j]).lower() == key or _joined(title, parts[i:j]).lower() == key
        for i in range(len(parts))
        for j in range(i + 1, len(parts) + 1)
    )


def _around(title: str, heading: str) -> list[str]:
    """The segments of `title` that are not the heading's."""
    head = set(segments(heading, colon=True))
    return [p for p in segments(title, colon=True) if p not in head]


def _strip_edges(
    parts: list[str], names: Sequence[str], host: str, rules: Rules
) -> tuple[list[str], list[str]]:
    """Drop furniture segments from both ends, never the last segment left."""
    kept, dropped = list(parts), []
    while len(kept) > 1 and _furniture(kept[-1], names, host, rules):
        dropped.append(kept.pop())
    while len(kept) > 1 and _furniture(kept[0], names, host, rules):
        dropped.append(kept.pop(0))
    return kept, dropped


def _furniture(segment: str, names: Sequence[str], host: str, rules: Rules) -> bool:
    return (
        same_site(segment, names, host)
        or bool(_DATE_LIKE.match(segment))
        or segment.lower() in rules.title_sections
        or bool(_BYLINE.match(segment))
    )


def _outlet_in(parts: Sequence[str], names: Sequence[str], host: str, rules: Rules) -> str | None:
    """The dropped segment that names the site, if one does."""
    for part in parts:
        if same_site(part, names, host):
            return part
    plain = [
        p
        for p in parts
        if not (_DATE_LIKE.match(p) or _BYLINE.match(p) or p.lower() in rules.title_sections)
    ]
    return plain[-1] if len(plain) == 1 else None


def _joined(title: str, parts: Sequence[str]) -> str:
    """The kept segments as they stand in the title (separators between them kept)."""
    if not parts:
        return title
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else " ".join(parts)

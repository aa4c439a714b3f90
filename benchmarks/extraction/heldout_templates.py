"""Held-out page layouts (written after the cleaning rules were tuned): an old table-layout
local paper, an international outlet's English edition, a research institute's analysis
page and a mobile web view. Invented sites; see `heldout_stories.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from stories import Story
from templates import OTHER_HEADLINES, body, day, esc, figure, long_date, page, us_date

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def oldschool(story: Story, n: int) -> tuple[str, str]:
    d = day(story)
    url = f"http://www.sahelcourier.example/news.php?id={4400 + n}"
    head = f"<title>Sahel Courier :: {esc(story.title)}</title>"
    markup = f"""
<table width="100%" border="0" cellpadding="0"><tr><td colspan="2" class="banner">
<font size="6"><b>SAHEL COURIER</b></font><br><font size="2">Your daily news since 1998</font></td></tr>
<tr><td width="180" valign="top" class="menu"><a href="/">Home</a><br><a href="/news.php">News</a><br>
<a href="/sport.php">Sport</a><br><a href="/contact.php">Contact</a><br><br><b>Other stories</b><br>
{"<br>".join(f'<a href="/news.php?id={i}">{esc(h)}</a>' for i, h in enumerate(OTHER_HEADLINES[:4]))}</td>
<td valign="top"><font size="5"><b>{esc(story.title)}</b></font><br>
<font size="2" color="#666">Posted: {WEEKDAYS[d.weekday()]}, {us_date(story)} | By {esc(story.authors[0])}</font><br><br>
{body(story)}
<br><font size="2"><a href="/print.php">Print this story</a> | <a href="/mail.php">Email this story</a></font>
<br><font size="1">This page has been viewed 2,311 times.</font></td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright &copy; 1998-2024 Sahel Courier. All rights reserved.</font></td></tr></table>
"""
    return page(head, markup), url


def international(story: Story, n: int) -> tuple[str, str]:
    url = f"https://www.globalbulletin.example/en/{story.section.lower()}/{story.date.replace('-', '')}-{story.key}"
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"'
        f'{esc(story.title)}","datePublished":"{story.date}T16:20:00+02:00",'
        '"publisher":{"@type":"Organization","name":"Global Bulletin"}}'
    )
    head = (
        f"<title>{esc(story.title)} - Global Bulletin</title>\n"
        '<meta property="og:site_name" content="Global Bulletin">\n'
        f'<script type="application/ld+json">{ld}</script>'
    )
    also = (
        f'<h3 class="also-read">Also read</h3><p><a href="/en/x">{esc(OTHER_HEADLINES[n % 8])}'
        "</a></p>"
    )
    video = (
        '<div class="video-embed"><iframe src="https://player.example/v/1"></iframe>'
        "<p>Video: residents describe the night of the attack</p></div>"
    )
    chapo = f'<p class="chapo">{esc(story.dek)}</p>' if story.dek else ""
    markup = f"""
<header><a href="/en/">Global Bulletin</a> <a href="/fr/">FR</a> <a href="/es/">ES</a> <a href="/ar/">AR</a>
<nav><a href="/en/africa">Africa</a> <a href="/en/asia">Asia-Pacific</a> <a href="/en/europe">Europe</a></nav>
<a class="live-tv" href="/en/live">Watch live TV</a></header>
<main><article>
<p class="kicker">{esc(story.place.split(",")[-1].strip().title() or story.section)}</p>
<h1 class="title">{esc(story.title)}</h1>
{chapo}
<p class="meta">Issued on: {long_date(story)} - 16:20 Modified: {long_date(story)} - 18:05</p>
<p class="credit">{esc(story.place.title()) if story.place else "Paris"} (Global Bulletin) &mdash; with news agencies</p>
{body(story, inserts={0: video, 1: also})}
<div class="newsletter"><p>Daily newsletter</p><p>Receive essential international news every morning</p>
<a href="/newsletters">Subscribe</a></div>
<p class="keywords">Keywords: {", ".join(esc(t) for t in story.tags)}</p>
</article></main>
<footer><p>&copy; 2024 Global Bulletin. All rights reserved.</p></footer>
"""
    return page(head, markup), url


def institute(story: Story, n: int) -> tuple[str, str]:
    url = f"https://conflictstudies.example/publications/{story.key}"
    head = (
        f"<title>{esc(story.title)} | Institute for Conflict Studies</title>\n"
        '<meta property="og:site_name" content="Institute for Conflict Studies">\n'
        f'<meta name="citation_publication_date" content="{story.date.replace("-", "/")}">'
    )
    markup = f"""
<header><a href="/">Institute for Conflict Studies</a><nav><a href="/research">Research</a>
<a href="/events">Events</a> <a href="/experts">Experts</a> <a href="/about">About</a> <a href="/donate">Donate</a></nav></header>
<main><article class="publication">
<p class="type">Commentary</p>
<h1>{esc(story.title)}</h1>
<p class="summary">{esc(story.dek or "")}</p>
<div class="pub-meta"><span class="authors">{esc(", ".join(story.authors))}</span>
<span class="pub-date">{long_date(story)}</span><span class="read-time">6 minute read</span></div>
<div class="actions"><a href="/pdf">Download PDF</a> <a href="#cite">Cite this publication</a> <a href="#share">Share</a></div>
<div class="publication-body">
{body(story)}
</div>
<section class="author-bios"><h2>About the author</h2><p>{esc(story.authors[0])} is a senior fellow in the
Africa programme.</p></section>
<section id="cite"><h2>Cite this publication</h2><p>{esc(story.authors[0])}, "{esc(story.title)}", Institute for
Conflict Studies, {long_date(story)}.</p></section>
<section class="related-research"><h2>Related research</h2><ul>
{"".join(f'<li><a href="/p/{i}">{esc(h)}</a></li>' for i, h in enumerate(OTHER_HEADLINES[2:5]))}</ul></section>
</article></main>
<footer><p>The Institute for Conflict Studies is an independent research organisation.</p></footer>
"""
    return page(head, markup), url


def mobile(story: Story, n: int) -> tuple[str, str]:
    url = f"https://m.pocketnews.example/story/{91000 + n}"
    head = (
        f"<title>{esc(story.title)}</title>\n"
        '<meta property="og:site_name" content="Pocket News">\n'
        f'<meta itemprop="datePublished" content="{story.date}T07:45:00Z">'
    )
    figs = "".join(figure(c, cr) for c, cr in story.figures)
    markup = f"""
<div class="app-bar"><span>Pocket News</span> <button>Open in app</button></div>
<div class="chips"><a>Trending</a> <a>Ukraine</a> <a>Elections</a> <a>Weather</a></div>
<div class="card story">
<h1>{esc(story.title)}</h1>
<div class="story-meta"><span class="source">{esc(story.authors[0])}</span> &middot; <span class="ago">3d ago</span></div>
{figs}
<div class="story-body">
{body(story)}
</div>
<div class="reactions"><button>Like</button><button>Comment</button><button>Share</button></div>
<p class="more"><a href="/next">Tap for the next story</a></p>
</div>
<div class="card"><h2>For you</h2>
{"".join(f'<p><a href="/s/{i}">{esc(h)}</a></p>' for i, h in enumerate(OTHER_HEADLINES[5:8]))}</div>
"""
    return page(head, markup), url


Template = Callable[[Story, int], tuple[str, str]]
HELDOUT_TEMPLATES: dict[str, Template] = {
    "oldschool": oldschool,
    "international": international,
    "institute": institute,
    "mobile": mobile,
}
HELDOUT_OUTLETS = {
    "oldschool": "Sahel Courier",
    "international": "Global Bulletin",
    "institute": "Institute for Conflict Studies",
    "mobile": "Pocket News",
}

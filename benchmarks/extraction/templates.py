"""Page templates of invented news sites, each with the furniture real sites of its kind carry.

Written for sitrep: twelve layouts (a wire agency, a broadsheet, a tabloid, a broadcaster, a
live blog, a WordPress regional paper, a humanitarian portal, a magazine, a newsletter, a
ministry's press page, a regional outlet that dates its titles, an AMP copy). Each renders a
`Story` into a saved page; `make_pages.py` writes them once and they are committed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from stories import Story

MONTHS = "January February March April May June July August September October November December"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def day(story: Story) -> date:
    return date.fromisoformat(story.date)


def long_date(story: Story) -> str:  # "6 March 2024"
    d = day(story)
    return f"{d.day} {MONTHS.split()[d.month - 1]} {d.year}"


def us_date(story: Story) -> str:  # "March 6, 2024"
    d = day(story)
    return f"{MONTHS.split()[d.month - 1]} {d.day}, {d.year}"


def slug(story: Story) -> str:
    return story.key


def body(story: Story, *, inserts: dict[int, str] | None = None, first: str = "") -> str:
    """The story's paragraphs as markup; `inserts` puts furniture after paragraph i;
    `first` is prepended to the first paragraph (a wire dateline)."""
    out: list[str] = []
    items: list[str] = []
    for i, para in enumerate(story.paragraphs):
        if para.startswith("- "):
            items.append(f"<li>{esc(para[2:])}</li>")
        else:
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            text = (first + para) if i == 0 and first else para
            if para.startswith("## "):
                out.append(f"<h2>{esc(para[3:])}</h2>")
            elif para.startswith("> "):
                out.append(f"<blockquote><p>{esc(para[2:])}</p></blockquote>")
            else:
                out.append(f"<p>{esc(text)}</p>")
        if inserts and i in inserts:
            out.append(inserts[i])
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def figure(caption: str, credit: str, src: str = "/img/photo.jpg") -> str:
    return (
        f'<figure class="article-figure"><img src="{src}" alt="" width="800" height="450">'
        f'<figcaption>{esc(caption)} <span class="credit">{esc(credit)}</span></figcaption>'
        "</figure>"
    )


def page(head: str, body_markup: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{head}\n'
        f"</head>\n<body>\n{body_markup}\n</body>\n</html>\n"
    )


def related(title: str, links: list[str], cls: str = "related") -> str:
    lis = "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in enumerate(links))
    return f'<aside class="{cls}"><h3>{esc(title)}</h3><ul>{lis}</ul></aside>'


OTHER_HEADLINES = [
    "Fuel prices rise for third month as currency slides",
    "Election commission sets date for delayed vote",
    "Floods cut main road to the north, aid stuck at river",
    "Talks on prisoner exchange resume in neutral capital",
    "Teachers strike over unpaid salaries enters second week",
    "Army chief replaced after string of setbacks",
    "Cholera cases climb in crowded displacement camps",
    "Opposition leader released on bail after three months",
]


# ---------------------------------------------------------------- 1. wire agency


def wire_dateline(story: Story) -> str:
    """ "KAYA, Burkina Faso, Mar 6 (Meridian) - ": part of the story's first paragraph."""
    d = day(story)
    return f"{story.place}, {MONTHS.split()[d.month - 1][:3]} {d.day} (Meridian) - "


def wire(story: Story, n: int) -> tuple[str, str]:
    site = "Meridian Wire"
    url = f"https://www.meridianwire.example/world/{slug(story)}-{story.date.replace('-', '')}/"
    dateline = wire_dateline(story)
    head = (
        f"<title>{esc(story.title)} | Meridian Wire</title>\n"
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:site_name" content="{site}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta name="article:published_time" content="{story.date}T10:12:00Z">\n'
        f'<link rel="canonical" href="{url}">'
    )
    byline = " and ".join(story.authors)
    markup = f"""
<header class="site-header"><a class="logo" href="/">Meridian</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/sustainability">Sustainability</a></li>
<li><a href="/legal">Legal</a></li></ul></nav>
<a class="signin" href="/signin">Sign In</a> <a class="register" href="/register">Register</a></header>
<main>
<article>
<div class="breadcrumbs"><a href="/world">World</a> <span>&gt;</span> <a href="/world/africa">Africa</a></div>
<h1 data-testid="Heading">{esc(story.title)}</h1>
<div class="byline">By <a href="/authors/a">{esc(byline)}</a></div>
<div class="date-line"><time datetime="{story.date}T10:12:00Z">{us_date(story)} 10:12 AM GMT</time>
<span>Updated 4 hours ago</span></div>
<div class="share"><button>Share</button><button>X</button><button>Facebook</button>
<button>Linkedin</button><button>Email</button><button>Link</button></div>
<div class="article-body">
{body(story, first=dateline, inserts={1: figure(*story.figures[0]) if story.figures else ""})}
<p class="sign-off">Reporting by {esc(byline)}; Editing by Jonathan Hale</p>
<p class="standards"><a href="/trust">Our Standards: The Meridian Trust Principles.</a></p>
</div>
<div class="tags"><span>Topics:</span> {" ".join(f'<a href="/t">{esc(t)}</a>' for t in story.tags)}</div>
</article>
{related("Read Next", OTHER_HEADLINES[n % 4 : n % 4 + 3])}
</main>
<footer><p>All quotes delayed a minimum of 15 minutes.</p>
<p>&copy; 2024 Meridian. All rights reserved.</p></footer>
"""
    return page(head, markup), url


# ---------------------------------------------------------------- 2. broadsheet


def broadsheet(story: Story, n: int) -> tuple[str, str]:
    url = (
        f"https://www.northernledger.example/{story.section.lower()}/{story.date[:4]}/{slug(story)}"
    )
    head = (
        f"<title>{esc(story.title)} | {esc(story.section)} | The Northern Ledger</title>\n"
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:site_name" content="The Northern Ledger">\n'
        f'<meta property="og:description" content="{esc(story.dek or "")}">\n'
        f'<meta property="article:published_time" content="{story.date}T06:00:00+00:00">\n'
        f'<meta name="author" content="{esc(", ".join(story.authors))}">'
    )
    newsletter = (
        '<aside class="newsletter-signup"><h3>Sign up to First Edition</h3>'
        "<p>Our morning email breaks down the key stories of the day, telling you what's "
        "happening and why it matters</p><p>Privacy Notice: Newsletters may contain info "
        "about charities, online ads, and content funded by outside parties.</p>"
        "<button>Sign up</button></aside>"
    )
    read_more = (
        f'<p class="read-more"><strong>Read more:</strong> <a href="/x">{OTHER_HEADLINES[n % 8]}'
        "</a></p>"
    )
    inserts = {0: read_more, 2: newsletter}
    if story.figures:
        inserts[1] = figure(*story.figures[0])
    dek = f'<div class="standfirst"><p>{esc(story.dek)}</p></div>' if story.dek else ""
    comments = (
        '<section class="comments"><h2>Comments (38)</h2>'
        '<div class="comment"><span class="user">northern_reader</span>'
        "<p>This is the third attack this month and still no word from the ministry.</p></div>"
        '<div class="comment"><span class="user">JS1971</span><p>Thank you for reporting '
        "this. Few others are.</p></div><button>Show more comments</button></section>"
    )
    markup = f"""
<div id="cookie-consent"><p>We use cookies and similar technologies to give you a better
experience, to measure traffic and to show you personalised ads.</p>
<button>Yes, I'm happy</button><button>Manage my cookies</button></div>
<header><div class="masthead"><a href="/">The Northern Ledger</a></div>
<nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a>
<a href="/culture">Culture</a> <a href="/lifestyle">Lifestyle</a></nav>
<p class="support">Support the Ledger: <a href="/support">Support us</a></p></header>
<main>
<article>
<a class="section-label" href="/{story.section.lower()}">{esc(story.section)}</a>
<h1>{esc(story.title)}</h1>
{dek}
<address class="byline"><a rel="author" href="/profile">{esc(" and ".join(story.authors))}</a></address>
<p class="meta">{"Sun" if n % 2 else "Tue"} {long_date(story)} 07.00 GMT</p>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Share via Email</a></div>
<div class="article-body-commercial-selector">
{body(story, inserts=inserts)}
</div>
<div class="submeta"><h3>Explore more on these topics</h3>
<ul>{"".join(f'<li><a href="/t">{esc(t)}</a></li>' for t in story.tags)}</ul>
<a href="#">Reuse this content</a></div>
</article>
{comments}
<aside class="most-viewed"><h2>Most viewed</h2><ol>
{"".join(f"<li><a href='/m'>{esc(h)}</a></li>" for h in OTHER_HEADLINES[:5])}</ol></aside>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li>
<li><a href="/complaints">Complaints &amp; corrections</a></li></ul>
<p>&copy; 2024 The Northern Ledger Ltd or its affiliated companies. All rights reserved.</p></footer>
"""
    return page(head, markup, "en-GB"), url


# ---------------------------------------------------------------- 3. tabloid


def tabloid(story: Story, n: int) -> tuple[str, str]:
    url = f"https://www.dailyclarion.example/news/world-news/{slug(story)}-{30000 + n}"
    wrong = date.fromordinal(day(story).toordinal() + 9).isoformat()  # a re-import date
    head = (
        f"<title>{esc(story.title)} - Daily Clarion</title>\n"
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="article:published_time" content="{wrong}T00:00:00Z">\n'
        f'<meta name="keywords" content="{esc(", ".join(story.tags))}">'
    )
    box = (
        '<div class="read-more-box"><p>READ MORE</p><ul>'
        + "".join(f'<li><a href="/r">{esc(h)}</a></li>' for h in OTHER_HEADLINES[2:5])
        + "</ul></div>"
    )
    inserts = {1: box, 3: '<div class="ad-slot"><p>Advertisement</p></div>'}
    figs = "".join(figure(c, cr) for c, cr in story.figures)
    markup = f"""
<div class="top-bar"><a href="/">Daily Clarion</a> <a href="/news">News</a> <a href="/showbiz">Showbiz</a>
<a href="/sport">Sport</a> <a href="/money">Money</a> <a href="/travel">Travel</a></div>
<main><article class="article-main">
<h1 class="headline">{esc(story.title)}</h1>
<ul class="bullets"><li>{esc(story.paragraphs[0].split(",")[0])}</li></ul>
<div class="author-box"><span class="author">By {esc(story.authors[0])}</span>
<span class="role">Foreign News Reporter</span></div>
<p class="article-timestamp">Published: 10:02, {long_date(story)} | Updated: 18:41, {long_date(story)}</p>
<div class="social"><a>Facebook</a><a>Twitter</a><a>Pinterest</a><a>WhatsApp</a><a>Email</a></div>
{figs}
<div itemprop="articleBody">
{body(story, inserts=inserts)}
</div>
<p class="follow">Follow Daily Clarion on Facebook and X for the latest news.</p>
<div class="comments-link"><a href="#comments">Comments (12)</a></div>
</article>
<section class="more-from"><h2>More from World News</h2><ul>
{"".join(f"<li><a href='/w'>{esc(h)}</a></li>" for h in OTHER_HEADLINES[4:8])}</ul></section>
</main>
<footer><p>Part of the Clarion Media Group. &copy; Clarion Media 2024</p></footer>
"""
    return page(head, markup, "en-GB"), url


# ---------------------------------------------------------------- 4. broadcaster


def broadcaster(story: Story, n: int) -> tuple[str, str]:
    url = f"https://c7news.example/news/world-{60000000 + 7 * n}"
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":'
        f'"{esc(story.title)}","datePublished":"{story.date}T08:30:00.000Z",'
        '"publisher":{"@type":"Organization","name":"C7 News"}}'
    )
    head = (
        f"<title>{esc(story.title)} - C7 News</title>\n"
        f'<script type="application/ld+json">{ld}</script>'
    )
    video = (
        '<div class="media-player"><p class="media-caption">Watch: Scenes after the attack</p>'
        '<p class="media-duration">Duration 1:42</p></div>'
    )
    inserts = {0: video}
    if story.figures:
        inserts[2] = (
            '<figure><img src="/p.jpg" alt=""><p class="image-source">Image source, '
            f"{esc(story.figures[0][1].split('/')[-1])}</p>"
            f'<figcaption><span class="visually-hidden">Image caption, </span>{esc(story.figures[0][0])}'
            "</figcaption></figure>"
        )
    markup = f"""
<header><a href="/">C7</a><nav><a href="/">Home</a> <a href="/news">News</a>
<a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/iplayer">C7 Player</a></nav></header>
<main id="main-content"><article>
<h1 id="main-heading">{esc(story.title)}</h1>
<div class="byline-block"><time>{2 + n % 5} hours ago</time>
<div><span>Share</span> <span>Save</span></div>
<p class="contributor">{esc(story.authors[0])}<br>C7 News, {esc(story.place.split(",")[0].title())}</p></div>
<div class="text-block">
{body(story, inserts=inserts)}
</div>
<section class="topics"><h2>Related topics</h2><ul>
{"".join(f'<li><a href="/t">{esc(t)}</a></li>' for t in story.tags)}</ul></section>
{related("More on this story", OTHER_HEADLINES[n % 5 : n % 5 + 3])}
</article></main>
<footer><p>Copyright 2024 C7. C7 is not responsible for the content of external sites.
<a href="/external">Read about our approach to external linking.</a></p></footer>
"""
    return page(head, markup, "en-GB"), url


# ---------------------------------------------------------------- 5. live blog


def live(story: Story, n: int) -> tuple[str, str]:
    url = f"https://www.northernledger.example/live/{story.date}/{slug(story)}"
    head = (
        f"<title>{esc(story.title)} | The Northern Ledger</title>\n"
        f'<meta property="og:site_name" content="The Northern Ledger">\n'
        f'<meta property="article:published_time" content="{story.date}T11:58:00+00:00">'
    )
    entries, current = [], []
    for para in story.paragraphs:
        if para.startswith("## "):
            if current:
                entries.append(current)
            current = [para]
        else:
            current.append(para)
    entries.append(current)
    blocks = []
    for entry in entries:
        stamp, *paras = entry
        ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
        blocks.append(
            f'<div class="block"><h2 class="block-time"><time>{esc(stamp[3:])}</time></h2>'
            f'{ps}<div class="block-share"><a>Share</a><a>Updated at {esc(stamp[3:])}</a>'
            "</div></div>"
        )
    markup = f"""
<header><a href="/">The Northern Ledger</a><nav><a href="/news">News</a> <a href="/uk">UK</a></nav></header>
<main><article>
<div class="live-badge">Live</div>
<h1>{esc(story.title)}</h1>
<div class="standfirst"><ul><li>Three rivers have burst their banks after 30 hours of rain</li>
<li>Schools closed across the district</li></ul></div>
<p class="meta">{long_date(story)} 12.10 BST</p>
<div class="live-feed">
<div class="key-events"><h3>Key events</h3><ul><li><a href="#b1">Rescue boats reach stranded village</a></li>
<li><a href="#b2">Both bridges closed in Millbridge</a></li></ul></div>
{"".join(blocks)}
</div>
</article></main>
<footer><p>&copy; 2024 The Northern Ledger Ltd</p></footer>
"""
    return page(head, markup, "en-GB"), url


# ---------------------------------------------------------------- 6. WordPress regional paper


def wordpress(story: Story, n: int) -> tuple[str, str]:
    d = day(story)
    url = f"https://saheloberver.example/{d.year}/{d.month:02d}/{d.day:02d}/{slug(story)}/"
    head = (
        f"<title>{esc(story.title)} \u2013 Sahel Observer</title>\n"
        f'<link rel="canonical" href="{url}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:site_name" content="Sahel Observer">'
    )
    share = (
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
        "<li><a>Twitter</a></li><li><a>Facebook</a></li><li><a>WhatsApp</a></li>"
        '<li><a>Print</a></li></ul></div><div class="sharedaddy sd-like"><h3 class="sd-title">'
        "Like this:</h3><p>Like Loading...</p></div>"
    )
    relposts = (
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
        "<em>Related</em></h3>"
        + "".join(
            f'<div class="jp-relatedposts-post"><h4><a href="/r">{esc(h)}</a></h4>'
            f'<p>{long_date(story)}</p><p>In "News"</p></div>'
            for h in OTHER_HEADLINES[n % 3 : n % 3 + 3]
        )
        + "</div>"
    )
    figs = "".join(figure(c, cr, "/wp-content/uploads/p.jpg") for c, cr in story.figures)
    markup = f"""
<div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">Sahel Observer</a></p>
<p class="site-description">Independent news from the Sahel</p>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/category/news">News</a></li>
<li><a href="/category/politics">Politics</a></li><li><a href="/category/security">Security</a></li>
<li><a href="/about">About</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{esc(story.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{url}" rel="bookmark">
<time class="entry-date published" datetime="{story.date}T09:00:00+00:00">{us_date(story)}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x">{esc(story.authors[0])}</a></span></span></div>
</header>
<div class="entry-content">
{figs}
{body(story)}
{share}
{relposts}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c">News</a></span>
<span class="tags-links">Tagged {", ".join(f'<a href="/t">{esc(t)}</a>' for t in story.tags)}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">Published by {esc(story.authors[0])}</h2>
<p class="author-bio">{esc(story.authors[0])} reports on security and politics for the Sahel Observer.
<a href="/author/x">View all posts by {esc(story.authors[0])}</a></p></div>
<nav class="post-navigation"><h2 class="screen-reader-text">Post navigation</h2>
<div class="nav-previous"><a href="/p">Previous Post: {esc(OTHER_HEADLINES[n % 8])}</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
</div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul>
{"".join(f"<li><a href='/r'>{esc(h)}</a></li>" for h in OTHER_HEADLINES[3:7])}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>Proudly powered by WordPress | Theme: Newsline</p></footer></div>
"""
    return page(head, markup, "en-US"), url


# ---------------------------------------------------------------- 7. humanitarian portal


def portal(story: Story, n: int) -> tuple[str, str]:
    url = f"https://reliefnet.example/report/sahel/{slug(story)}"
    posted = date.fromordinal(day(story).toordinal() + 1)
    head = (
        f"<title>{esc(story.title)} | ReliefNet</title>\n"
        f'<meta property="og:site_name" content="ReliefNet">\n'
        f'<meta name="dcterms.created" content="{posted.isoformat()}">'
    )
    markup = f"""
<header><a href="/">ReliefNet</a> <span>Serving the humanitarian community</span>
<nav><a href="/updates">Updates</a> <a href="/countries">Countries</a> <a href="/disasters">Disasters</a>
<a href="/organizations">Organizations</a> <a href="/topics">Topics</a> <a href="/jobs">Jobs</a></nav></header>
<main><article>
<p class="country">Burkina Faso + 2 more</p>
<h1>{esc(story.title)}</h1>
<dl class="meta"><dt>Format</dt><dd>News and Press Release</dd><dt>Source</dt><dd>Human Rights Monitor</dd>
<dt>Posted</dt><dd>{posted.day} {MONTHS.split()[posted.month - 1][:3]} {posted.year}</dd>
<dt>Originally published</dt><dd><time datetime="{story.date}">{day(story).day} {MONTHS.split()[day(story).month - 1][:3]} {day(story).year}</time></dd></dl>
<div class="attachment"><a href="/file.pdf">Download Report (PDF | 1.21 MB)</a></div>
<div class="report-content">
{body(story)}
</div>
<div class="disclaimer"><p>This content was submitted by an external source and is published in its
original form. ReliefNet is not responsible for its accuracy.</p></div>
</article>
{related("Related Content", OTHER_HEADLINES[:3])}
</main>
<footer><p>ReliefNet is a service provided by a humanitarian coordination office.</p></footer>
"""
    return page(head, markup), url


# ---------------------------------------------------------------- 8. magazine


def magazine(story: Story, n: int) -> tuple[str, str]:
    url = f"https://www.atlasreview.example/features/{slug(story)}"
    quote = next(p for p in story.paragraphs if "\u201c" in p)
    pull = quote[quote.index("\u201c") : quote.index("\u201d") + 1]
    first, *rest = story.paragraphs
    bio = (
        f'<p class="contributor-bio"><em>{esc(story.authors[0])} is a writer based in Manila. '
        "This article appears in the autumn print edition.</em></p>"
    )
    inner = story.__class__(**{**story.__dict__, "paragraphs": tuple(rest)})
    figs = "".join(figure(c, cr) for c, cr in story.figures)
    head = (
        f"<title>{esc(story.title)} | The Atlas Review</title>\n"
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta name="description" content="{esc(story.dek or "")}">\n'
        f'<meta itemprop="datePublished" content="{story.date}">'
    )
    markup = f"""
<header><a href="/" class="brand">The Atlas Review</a><nav><a href="/politics">Politics</a>
<a href="/features">Features</a> <a href="/books">Books</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article class="longform">
<p class="kicker">{esc(story.section)}</p>
<h1>{esc(story.title)}</h1>
<p class="dek">{esc(story.dek or "")}</p>
<p class="byline">By {esc(story.authors[0])} <span class="date">{long_date(story)}</span></p>
{figs}
<div class="body">
<p><span class="dropcap">{esc(first[0])}</span>{esc(first[1:])}</p>
<aside class="pullquote"><p>{esc(pull)}</p></aside>
{body(inner)}
{bio}
</div>
<div class="paywall-note"><p>You have 2 free articles left this month. Subscribe for unlimited access.</p></div>
</article></main>
<footer><p>&copy; The Atlas Review 2024</p></footer>
"""
    return page(head, markup), url


# ---------------------------------------------------------------- 9. newsletter


def newsletter(story: Story, n: int) -> tuple[str, str]:
    url = f"https://dispatches.example/p/{slug(story)}"
    author = story.authors[0]
    head = (
        f"<title>{esc(story.title)} - by {esc(author)} - Dispatches from the Lake</title>\n"
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:site_name" content="Dispatches from the Lake">\n'
        f'<meta property="article:published_time" content="{story.date}T05:03:11.000Z">'
    )
    subscribe = (
        '<div class="subscription-widget"><p>Thanks for reading Dispatches from the Lake! '
        "Subscribe for free to receive new posts and support my work.</p>"
        '<input type="email" placeholder="Type your email..."><button>Subscribe</button></div>'
    )
    markup = f"""
<div class="navbar"><a href="/">Dispatches from the Lake</a> <button>Subscribe</button> <button>Sign in</button></div>
<article class="post">
<h1 class="post-title">{esc(story.title)}</h1>
<h3 class="subtitle">{esc(story.dek or "")}</h3>
<div class="post-meta"><a href="/profile">{esc(author)}</a>
<div class="post-date">{MONTHS.split()[day(story).month - 1][:3]} {day(story).day}, {day(story).year}</div>
<div class="post-ufi"><button>42</button><button>7</button><button>Share</button></div></div>
<div class="available-content"><div class="body markup">
{body(story, inserts={2: subscribe})}
</div></div>
<div class="post-footer"><button>42 Likes</button> <button>7 Restacks</button>
<p>Discussion about this post</p><button>Comments</button><button>Restacks</button></div>
</article>
<footer><p>&copy; 2024 {esc(author)} &middot; Privacy &middot; Terms &middot; Collection notice</p>
<p>Start Writing Get the app</p></footer>
"""
    return page(head, markup), url


# ---------------------------------------------------------------- 10. ministry press page


def ministry(story: Story, n: int) -> tuple[str, str]:
    url = f"https://mod.valmora.example/en/press/{112 + n}"
    d = day(story)
    head = f"<title>Ministry of Defence of Valmora - {esc(story.title)}</title>"
    markup = f"""
<div class="gov-banner">Official website of the Republic of Valmora</div>
<header><a href="/"><span>Ministry of Defence of Valmora</span></a>
<nav><a href="/en">Home</a> | <a href="/en/ministry">Ministry</a> | <a href="/en/press">Press centre</a> |
<a href="/en/contacts">Contacts</a> | <a href="/va">VA</a> | <a href="/en">EN</a></nav></header>
<main><div class="breadcrumbs">Home / Press centre / Press releases</div>
<div class="news-item">
<p class="news-date">{d.day:02d}.{d.month:02d}.{d.year}</p>
<h1>{esc(story.title)}</h1>
<p class="news-type">Press release No. {112 + n}/{d.year}</p>
<div class="news-text">
{body(story)}
</div>
<p class="press-contact">Press Office of the Ministry of Defence. Tel.: +000 00 000 000. E-mail: press@mod.valmora.example</p>
<div class="print"><a href="#">Print version</a> <a href="#">Share</a></div>
</div></main>
<footer><p>&copy; 2024 Ministry of Defence of Valmora. When using materials, a link to the site is required.</p></footer>
"""
    return page(head, markup), url


# ---------------------------------------------------------------- 11. regional outlet, dated titles


def regional(story: Story, n: int) -> tuple[str, str]:
    d = day(story)
    url = f"https://eastern-courier.example/en/news/{d.year}/{d.month:02d}/{slug(story)}"
    modified = date.fromordinal(d.toordinal() + 2).isoformat()
    head = (
        f"<title>{esc(story.title)} | Eastern Courier | {d.day:02d}.{d.month:02d}.{d.year}</title>\n"
        f'<meta property="og:title" content="{esc(story.title)} | Eastern Courier">\n'
        f'<meta property="article:modified_time" content="{modified}T14:00:00+02:00">'
    )
    ticker = (
        '<div class="ticker"><span>Breaking:</span><ul>'
        + "".join(f"<li><a href='/b'>{esc(h)}</a></li>" for h in OTHER_HEADLINES[5:8])
        + "</ul></div>"
    )
    also = f'<p class="also-read">Also read: <a href="/a">{esc(OTHER_HEADLINES[n % 8])}</a></p>'
    figs = "".join(figure(c, cr) for c, cr in story.figures)
    markup = f"""
<div class="cookies-notice">This website uses cookies. By continuing to browse, you agree to our use of cookies. <a>OK</a></div>
<header><a href="/en">Eastern Courier</a> {ticker}
<nav><a href="/en/news">News</a> <a href="/en/war">War</a> <a href="/en/economy">Economy</a>
<a href="/en/opinion">Opinion</a> <a href="/ua">UA</a></nav></header>
<main><div class="article">
<h1>{esc(story.title)}</h1>
<div class="article-info"><span class="article-date">{d.day:02d}.{d.month:02d}.{d.year} 09:41</span>
<span class="views">1523 views</span></div>
{figs}
<div class="article-text">
{body(story, inserts={1: also})}
<p class="telegram"><strong>Subscribe to our Telegram channel to get the news first!</strong></p>
</div>
<div class="article-tags">Tags: {", ".join(f'<a href="/t">{esc(t)}</a>' for t in story.tags)}</div>
</div>
{related("Latest news", OTHER_HEADLINES[:6], "latest")}
</main>
<footer><p>All rights reserved. Eastern Courier, 2024. Use of materials is permitted with a hyperlink.</p></footer>
"""
    return page(head, markup), url


# ---------------------------------------------------------------- 12. AMP copy on an aggregator


def amp(story: Story, n: int) -> tuple[str, str]:
    url = f"https://newsbrief.example/amp/s/{slug(story)}"
    ld = (
        '{"@context":"http://schema.org","@type":"NewsArticle",'
        f'"headline":"{esc(story.title)}","datePublished":"{story.date}T12:00:00+00:00",'
        f'"dateModified":"{story.date}T15:30:00+00:00",'
        '"author":{"@type":"Person","name":"' + esc(story.authors[0]) + '"},'
        '"publisher":{"@type":"Organization","name":"NewsBrief"}}'
    )
    head = (
        f"<title>{esc(story.title)} \u2014 NewsBrief</title>\n"
        '<link rel="canonical" href="https://newsbrief.example/s/' + slug(story) + '">\n'
        f'<script type="application/ld+json">{ld}</script>\n'
        "<style amp-custom>body{font-family:sans-serif}</style>"
    )
    markup = f"""
<header class="amp-header"><a href="/">NewsBrief</a> <button>Menu</button></header>
<article class="amp-article">
<h1>{esc(story.title)}</h1>
<p class="source">Source: Meridian Wire &middot; {esc(story.authors[0])} &middot; {us_date(story)}</p>
{body(story, inserts={2: '<div class="amp-ad"><p>Sponsored</p><p>Top 10 destinations for summer holidays</p></div>'})}
<p class="origin">This story was first published by Meridian Wire. <a href="/s">View original</a></p>
<div class="amp-social-share"><a>Share</a><a>Tweet</a><a>Email</a></div>
</article>
{related("Trending now", OTHER_HEADLINES[1:5], "trending")}
<footer><p>NewsBrief &copy; 2024 &middot; Terms &middot; Privacy</p></footer>
"""
    return page(head, markup), url


Template = Callable[[Story, int], tuple[str, str]]
TEMPLATES: dict[str, Template] = {
    "wire": wire,
    "broadsheet": broadsheet,
    "tabloid": tabloid,
    "broadcaster": broadcaster,
    "live": live,
    "wordpress": wordpress,
    "portal": portal,
    "magazine": magazine,
    "newsletter": newsletter,
    "ministry": ministry,
    "regional": regional,
    "amp": amp,
}
# the outlet each template's pages belong to (for the `outlet` check)
OUTLETS = {
    "wire": "Meridian Wire",
    "broadsheet": "The Northern Ledger",
    "tabloid": "Daily Clarion",
    "broadcaster": "C7 News",
    "live": "The Northern Ledger",
    "wordpress": "Sahel Observer",
    "portal": "ReliefNet",
    "magazine": "The Atlas Review",
    "newsletter": "Dispatches from the Lake",
    "ministry": "Ministry of Defence of Valmora",
    "regional": "Eastern Courier",
    "amp": "NewsBrief",
}

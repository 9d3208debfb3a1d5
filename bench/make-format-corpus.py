#!/usr/bin/env python3
"""Builds a format benchmark corpus from ../shared/corpora/bbc-news.jsonl (read at run time, never
committed): the same articles as HTML pages with site boilerplate, a WARC crawl of those pages
(with request records and non-HTML responses), RSS feeds, and planted reposts (wire copies with
their own intro and a repost line, and lightly edited copies under another outlet's URL).

usage: bench/make-format-corpus.py OUT_DIR [N_PAGES]
Then: ./armsledger read OUT_DIR --out /dev/null   (per-format speed and copies found)
"""
import html, json, os, random, sys, uuid
from datetime import datetime, timedelta, timezone

out = sys.argv[1]
n_pages = int(sys.argv[2]) if len(sys.argv) > 2 else 600
src = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "bbc-news.jsonl")
rows = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
rng = random.Random(7)
os.makedirs(os.path.join(out, "pages"), exist_ok=True)
base = datetime(2024, 1, 1, tzinfo=timezone.utc)

def page(r, outlet, host, day, extra=""):
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n\n") if p.strip())
    slug = r["id"].replace("/", "-")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(r['title'])} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"><meta property="article:published_time" content="{day.isoformat()}">
<meta property="article:section" content="{r.get('category','news')}"><link rel="canonical" href="https://{host}/{r.get('category','news')}/{slug}">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":{json.dumps(r['title'])},"datePublished":"{day.isoformat()}","author":{{"@type":"Person","name":"Staff reporter"}}}}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>{html.escape(r['title'])}</h1><div class="share-bar">Share this article</div>{paras}{extra}
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Another story</a></li><li><a href="/y">And another</a></li></ul></aside></article>
<section class="comments"><div class="comment"><p>First!</p></div></section></main><footer>&copy; {outlet}</footer></body></html>"""

pages = []
for i, r in enumerate(rows[:n_pages]):
    day = base + timedelta(hours=7 * i)
    h = page(r, "Daily Example", "daily.example", day)
    pages.append((r, h, day))
    with open(os.path.join(out, "pages", r["id"].replace("/", "-") + ".html"), "w", encoding="utf-8") as f:
        f.write(h)

# reposts: 60 wire copies with an intro and a repost line, 60 edited copies under another outlet
for k in range(60):
    r = dict(rows[n_pages + k]) if n_pages + k < len(rows) else dict(rows[k])
    r2 = dict(r, id=r["id"] + "-repost", text="LONDON - " + r["text"])
    h = page(r2, "Aggregator Example", "agg.example", base, "<p>This article originally appeared on Daily Example and is republished with permission.</p>")
    with open(os.path.join(out, "pages", r2["id"].replace("/", "-") + ".html"), "w", encoding="utf-8") as f:
        f.write(h)
for k in range(60):
    r = rows[k * 7]
    words = r["text"].split(" ")
    for w in range(0, len(words), 30):
        words[w] = words[w].upper()
    r3 = dict(r, id=r["id"] + "-edited", text=" ".join(words) + "\n\nAdditional reporting by our correspondent.")
    with open(os.path.join(out, "pages", r3["id"].replace("/", "-") + ".html"), "w", encoding="utf-8") as f:
        f.write(page(r3, "Other Example", "other.example", base))

# WARC: request + response per page, plus a robots.txt and an image response per 10 pages
def record(f, wtype, uri, date, block, ctype):
    head = (f"WARC/1.1\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>\r\n"
            f"WARC-Date: {date.strftime('%Y-%m-%dT%H:%M:%SZ')}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n")
    f.write(head.encode("utf-8") + block + b"\r\n\r\n")

with open(os.path.join(out, "crawl.warc"), "wb") as f:
    for i, (r, h, day) in enumerate(pages):
        uri = "https://crawl.example/" + r["id"]
        record(f, "request", uri, day, f"GET /{r['id']} HTTP/1.1\r\nHost: crawl.example\r\n\r\n".encode(), "application/http; msgtype=request")
        body = h.encode("utf-8")
        resp = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        record(f, "response", uri, day, resp, "application/http; msgtype=response")
        if i % 10 == 0:
            img = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n\x89PNG"
            record(f, "response", uri + ".png", day, img, "application/http; msgtype=response")

# RSS feeds: 100 items each, full content
for n in range(3):
    items = []
    for r in rows[1000 + n * 100: 1100 + n * 100]:
        content = "".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n\n"))
        items.append(f"<item><title>{html.escape(r['title'])}</title><link>https://feed.example/{r['id']}</link>"
                     f"<pubDate>Mon, 0{n+1} Jan 2024 10:00:00 GMT</pubDate><description>{html.escape(r['text'][:200])}</description>"
                     f"<content:encoded><![CDATA[{content}]]></content:encoded></item>")
    with open(os.path.join(out, f"feed-{n}.rss"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                "<title>Feed Example</title><link>https://feed.example/</link><description>d</description>" + "".join(items) + "</channel></rss>")

# JSON Lines: the whole corpus as a scraper export
with open(os.path.join(out, "export.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"], "section": r.get("category")}) + "\n")
print(f"wrote {n_pages} pages + 120 reposts, crawl.warc, 3 feeds, export.jsonl to {out}")

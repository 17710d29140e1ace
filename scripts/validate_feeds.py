#!/usr/bin/env python3
"""Checks a built site's feed.xml as Atom 1.0 and its sitemap.xml against the sitemaps.org
protocol, for a site built with --base-url BASE.

Atom: read by feedparser (Debian's python3-feedparser, the parser most feed readers are
built on), which must recognise Atom 1.0 with no well-formedness problem and find every
entry; then the structural rules of RFC 4287 (sections 3 and 4) are checked on the XML
itself: the elements that feed, entry, person, text and link constructs must have, may have
once, or may not have; RFC 3339 dates; unique absolute ids; one alternate link per type and
language; an author for every entry; a self link. With a base URL every address must be
absolute, under that URL, and name a file of the site.

Sitemap: well-formed, the sitemaps.org 0.9 namespace, at most 50,000 <url> with one <loc>
each, absolute under the base URL and naming a page of the site, <lastmod> in W3C date
format; robots.txt names the sitemap.

usage: validate_feeds.py SITE_DIR BASE_URL   (closes with "N passed, N failed")
"""

import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser

ATOM = "{http://www.w3.org/2005/Atom}"
XHTML = "{http://www.w3.org/1999/xhtml}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", re.IGNORECASE
)
W3C_DATE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$"
)

# RFC 4287 4.1.1 and 4.1.2: Atom children of feed and entry; (min, max) occurrences.
FEED_CHILDREN = {
    "author": (0, None), "category": (0, None), "contributor": (0, None),
    "generator": (0, 1), "icon": (0, 1), "id": (1, 1), "link": (0, None), "logo": (0, 1),
    "rights": (0, 1), "subtitle": (0, 1), "title": (1, 1), "updated": (1, 1), "entry": (0, None),
}
ENTRY_CHILDREN = {
    "author": (0, None), "category": (0, None), "content": (0, 1), "contributor": (0, None),
    "id": (1, 1), "link": (0, None), "published": (0, 1), "rights": (0, 1), "source": (0, 1),
    "summary": (0, 1), "title": (1, 1), "updated": (1, 1),
}
SOURCE_CHILDREN = {k: v for k, v in FEED_CHILDREN.items() if k != "entry"}
SOURCE_CHILDREN.update({"id": (0, 1), "title": (0, 1), "updated": (0, 1)})
PERSON_CHILDREN = {"name": (1, 1), "uri": (0, 1), "email": (0, 1)}
TEXT_CONSTRUCTS = {"title", "subtitle", "summary", "rights"}
DATE_CONSTRUCTS = {"updated", "published"}


class Checker:
    def __init__(self):
        self.passed = self.failed = 0

    def record(self, ok, what):
        self.passed, self.failed = self.passed + bool(ok), self.failed + (not ok)
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        return ok


def atom_errors(root, base, site):
    """RFC 4287 rules broken by the feed, as messages."""
    errors = []

    def where(element):
        return element.tag.replace(ATOM, "atom:")

    def children(element, allowed, context):
        counts = {}
        for child in element:
            if not child.tag.startswith(ATOM):
                continue  # extension elements are allowed anywhere (RFC 4287 6.4)
            name = child.tag[len(ATOM):]
            if name not in allowed:
                errors.append(f"{context}: atom:{name} is not allowed here")
                continue
            counts[name] = counts.get(name, 0) + 1
        for name, (low, high) in allowed.items():
            count = counts.get(name, 0)
            if count < low or (high is not None and count > high):
                bound = f"exactly {low}" if low == high else (f"at most {high}" if low == 0 else f"at least {low}")
                errors.append(f"{context}: {count} atom:{name}, must have {bound}")

    def address(value, context, must_exist):
        if base is None:
            return
        parts = urllib.parse.urlsplit(value)
        if not (parts.scheme and parts.netloc):
            errors.append(f"{context}: `{value}` is not an absolute address")
        elif must_exist:
            if not value.startswith(base):
                errors.append(f"{context}: `{value}` is not under the base URL {base}")
                return
            relative = urllib.parse.unquote(value[len(base):].split("#")[0])
            target = site / relative
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                errors.append(f"{context}: `{value}` names no file of the site")

    def common(element, context):
        for child in element:
            if not child.tag.startswith(ATOM):
                continue
            name = child.tag[len(ATOM):]
            label = f"{context} atom:{name}"
            if name in TEXT_CONSTRUCTS:
                kind = child.get("type", "text")
                if kind not in ("text", "html", "xhtml"):
                    errors.append(f"{label}: type `{kind}` is not text, html or xhtml")
                if kind in ("text", "html") and len(child):
                    errors.append(f"{label}: a {kind} construct must not contain elements")
                if kind == "xhtml" and [c.tag for c in child] != [XHTML + "div"]:
                    errors.append(f"{label}: an xhtml construct must hold exactly one xhtml:div")
            elif name in DATE_CONSTRUCTS:
                if not RFC3339.match((child.text or "").strip()):
                    errors.append(f"{label}: `{child.text}` is not an RFC 3339 date-time")
            elif name in ("author", "contributor"):
                children(child, PERSON_CHILDREN, label)
                for uri in child.findall(ATOM + "uri"):
                    address((uri.text or "").strip(), label, False)
            elif name == "link":
                if not child.get("href"):
                    errors.append(f"{label}: no href")
                length = child.get("length")
                if length is not None and not length.isdigit():
                    errors.append(f"{label}: length `{length}` is not a number")
            elif name == "category" and not child.get("term"):
                errors.append(f"{label}: no term")
            elif name == "content" and child.get("src") is not None and child.text:
                errors.append(f"{label}: content with src must be empty")
            elif name in ("id", "icon", "logo"):
                value = (child.text or "").strip()
                if not urllib.parse.urlsplit(value).scheme:
                    errors.append(f"{label}: `{value}` is not an absolute IRI")

    def alternates(element, context):
        seen = set()
        for link in element.findall(ATOM + "link"):
            if link.get("rel", "alternate") == "alternate":
                key = (link.get("type"), link.get("hreflang"))
                if key in seen:
                    errors.append(f"{context}: two alternate links with type and hreflang {key}")
                seen.add(key)
        return seen

    if root.tag != ATOM + "feed":
        return [f"the root element is {root.tag}, not atom:feed"]
    children(root, FEED_CHILDREN, "atom:feed")
    common(root, "atom:feed")
    alternates(root, "atom:feed")
    for link in root.findall(ATOM + "link"):
        rel = link.get("rel", "alternate")
        address(link.get("href", ""), f"atom:feed link rel={rel}", rel in ("alternate", "self"))
    if base is not None:
        selves = [l.get("href") for l in root.findall(ATOM + "link") if l.get("rel") == "self"]
        if selves != [base + "feed.xml"]:
            errors.append(f"atom:feed: the self link is {selves}, not [{base}feed.xml]")
    feed_has_author = root.find(ATOM + "author") is not None
    ids = set()
    for number, entry in enumerate(root.findall(ATOM + "entry"), 1):
        context = f"atom:entry #{number}"
        children(entry, ENTRY_CHILDREN, context)
        common(entry, context)
        has_alternate = alternates(entry, context)
        for link in entry.findall(ATOM + "link"):
            rel = link.get("rel", "alternate")
            address(link.get("href", ""), f"{context} link rel={rel}", rel == "alternate")
        if entry.find(ATOM + "content") is None and not has_alternate:
            errors.append(f"{context}: neither atom:content nor an alternate link (RFC 4287 4.1.2)")
        source = entry.find(ATOM + "source")
        if source is not None:
            children(source, SOURCE_CHILDREN, context + " atom:source")
            common(source, context + " atom:source")
        if not (feed_has_author or entry.find(ATOM + "author") is not None
                or (source is not None and source.find(ATOM + "author") is not None)):
            errors.append(f"{context}: no author in the entry, its source or the feed")
        entry_id = (entry.findtext(ATOM + "id") or "").strip()
        if entry_id in ids:
            errors.append(f"{context}: id `{entry_id}` is used twice")
        ids.add(entry_id)
        address(entry_id, context + " atom:id", True)
    return errors


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    site, base = Path(sys.argv[1]).resolve(), sys.argv[2]
    if not base.endswith("/"):
        base += "/"
    check = Checker()

    # Atom
    feed_path = site / "feed.xml"
    raw = feed_path.read_bytes()
    parsed = feedparser.parse(raw)
    check.record(
        not parsed.bozo, f"feed.xml is well-formed for feedparser {parsed.get('bozo_exception', '')}"
    )
    check.record(parsed.version == "atom10", f"feedparser reads feed.xml as Atom 1.0 (got {parsed.version!r})")
    root = ET.fromstring(raw)
    entries = root.findall(ATOM + "entry")
    check.record(
        len(entries) > 0 and len(parsed.entries) == len(entries),
        f"feed.xml has entries and feedparser finds all {len(entries)}",
    )
    check.record(
        all(e.get("link", "").startswith(base) for e in parsed.entries),
        f"every entry links to an absolute address under {base}",
    )
    errors = atom_errors(root, base, site)
    for error in errors:
        print("     " + error)
    check.record(not errors, f"feed.xml follows RFC 4287 ({len(errors)} problems)")

    # Sitemap
    sitemap_path = site / "sitemap.xml"
    try:
        sitemap = ET.parse(sitemap_path).getroot()
    except (OSError, ET.ParseError) as error:
        check.record(False, f"sitemap.xml is there and well-formed ({error})")
        sitemap = None
    if sitemap is not None:
        check.record(sitemap.tag == SITEMAP + "urlset", f"sitemap.xml is a sitemaps.org 0.9 urlset ({sitemap.tag})")
        urls = sitemap.findall(SITEMAP + "url")
        problems = []
        if not urls or len(urls) > 50000:
            problems.append(f"{len(urls)} <url> elements (1 to 50,000 allowed)")
        if sitemap_path.stat().st_size > 50 * 1024 * 1024:
            problems.append("larger than 50 MiB")
        pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html"}
        listed = set()
        for url in urls:
            locs = [(l.text or "").strip() for l in url.findall(SITEMAP + "loc")]
            if len(locs) != 1:
                problems.append(f"a <url> with {len(locs)} <loc>")
                continue
            loc = locs[0]
            if not loc.startswith(base) or not urllib.parse.urlsplit(loc).netloc:
                problems.append(f"<loc> {loc} is not absolute under {base}")
                continue
            relative = urllib.parse.unquote(loc[len(base):])
            page = relative + "index.html" if relative == "" or relative.endswith("/") else relative
            if page not in pages:
                problems.append(f"<loc> {loc} names no page of the site")
            listed.add(page)
            for lastmod in url.findall(SITEMAP + "lastmod"):
                if not W3C_DATE.match((lastmod.text or "").strip()):
                    problems.append(f"<lastmod> {lastmod.text} is not a W3C date")
        missing = sorted(pages - listed)
        if missing:
            problems.append(f"pages missing from the sitemap: {missing[:5]}")
        for problem in problems:
            print("     " + problem)
        check.record(not problems, f"sitemap.xml lists the site's {len(pages)} pages as absolute <loc> under the base URL")
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    check.record(
        f"Sitemap: {base}sitemap.xml" in robots.splitlines(), "robots.txt names the sitemap's absolute address"
    )

    print(f"{check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())

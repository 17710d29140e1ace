#!/usr/bin/env python3
"""Loads every page type of a built dossier site in headless Chromium, at phone and desktop
widths, and checks what a reader would notice: console errors, failed requests, a page wider
than the screen, missing landmarks or h1, and that the search box finds an entity by an alias
and without accents. Saves a screenshot of each page.

Chromium is driven through its DevTools protocol over a pipe (--remote-debugging-pipe), so
nothing beyond Python's standard library is needed and no port is opened.

usage: browser_check.py SITE_DIR --name NAME [--screenshots DIR] [--chromium PATH]
Prints one line per check and closes with "N passed, N failed".
"""

import argparse
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

WIDTHS = {"phone": (375, 812), "desktop": (1280, 900)}


class Browser:
    """A headless Chromium and one page, spoken to over the DevTools pipe."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="dossier-chromium-")
        to_child_read, self.to_child = os.pipe()
        self.from_child, from_child_write = os.pipe()
        # Chromium reads commands on fd 3 and writes replies on fd 4: bash puts the pipe
        # ends there (moved above 10 first, so the two renumberings cannot collide).
        read_end = fcntl.fcntl(to_child_read, fcntl.F_DUPFD, 10)
        write_end = fcntl.fcntl(from_child_write, fcntl.F_DUPFD, 10)
        os.close(to_child_read)
        os.close(from_child_write)
        flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update",
            "--remote-debugging-pipe", "--user-data-dir=" + self.profile,
            "--lang=fr-FR", "--hide-scrollbars", "--font-render-hinting=none", "about:blank",
        ]
        self.process = subprocess.Popen(
            ["bash", "-c", f'exec "$0" "$@" 3<&{read_end} 4>&{write_end}', executable, *flags],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(read_end, write_end),
        )
        to_child_read, from_child_write = read_end, write_end
        os.close(to_child_read)
        os.close(from_child_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(domain + ".enable")

    def send(self, method, params, session):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.next_id

    def read_message(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self.from_child], [], [], remaining)
            if ready:
                chunk = os.read(self.from_child, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, timeout=30, browser_level=False):
        session = None if browser_level or method.startswith("Target.") else self.session
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self.read_message(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_for(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        for index, event in enumerate(self.events):
            if event["method"] == method:
                return self.events.pop(index)
        while True:
            message = self.read_message(deadline)
            if "method" in message:
                if message["method"] == method:
                    return message
                self.events.append(message)

    def drain(self, seconds):
        """Collects events for a moment (deferred scripts, late requests)."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                message = self.read_message(deadline)
                if "method" in message:
                    self.events.append(message)
        except TimeoutError:
            pass

    def evaluate(self, expression):
        result = self.call(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def load(self, url, width, height):
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")
        self.drain(0.3)

    def problems(self):
        """Console errors, uncaught exceptions and failed requests seen since the last load."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params["args"])
                found.append("console error: " + text)
            elif method == "Runtime.exceptionThrown":
                found.append("uncaught exception: " + params["exceptionDetails"].get("text", ""))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                entry = params["entry"]
                found.append(f"log error: {entry.get('text')} {entry.get('url', '')}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append("failed request: " + params.get("errorText", ""))
            elif method == "Network.responseReceived" and params["response"].get("status", 200) >= 400:
                found.append(f"HTTP {params['response']['status']}: {params['response']['url']}")
        return found

    def screenshot(self, path, width):
        metrics = self.call("Page.getLayoutMetrics")
        height = min(int(metrics["cssContentSize"]["height"]), 6000)
        shot = self.call(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": max(height, 1), "scale": 1},
            },
        )
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def close(self):
        try:
            self.call("Browser.close", browser_level=True, timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self.to_child)
        os.close(self.from_child)
        shutil.rmtree(self.profile, ignore_errors=True)


# What every page must have, checked in the page itself after scripts ran.
PAGE_FACTS = """(() => {
  const h1 = document.querySelectorAll('h1').length;
  const main = document.querySelectorAll('main').length;
  const header = document.querySelectorAll('body > header, header.site-header').length;
  const skip = document.querySelector('a.skip-link[href="#main"]') !== null;
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  const unlabelled = [...document.querySelectorAll('input, select, textarea')]
    .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
    .map(e => e.id || e.name || e.tagName);
  const noAlt = [...document.querySelectorAll('img')].filter(i => !i.hasAttribute('alt')).length;
  const lang = document.documentElement.lang;
  return {h1, main, header, skip, overflow, unlabelled, noAlt, lang};
})()"""


def fold(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def search_results(browser, query):
    browser.evaluate(
        "(() => { const i = document.getElementById('search-input'); i.focus(); i.value = ''; })()"
    )
    browser.call("Input.insertText", {"text": query})
    browser.drain(0.2)
    return browser.evaluate(
        "[...document.querySelectorAll('#search-results a')].map(a => "
        "({text: a.textContent, href: a.getAttribute('href')}))"
    )


def page_types(site):
    """Output path of one page of each type the site has."""
    pages = {"home": "index.html", "entities": "entities/index.html", "timeline": "timeline/index.html"}
    articles = json.loads((site / "data/articles.json").read_text(encoding="utf-8"))
    entities = json.loads((site / "data/entities.json").read_text(encoding="utf-8"))
    if articles:
        # Prefer a page with reader comments or related coverage: the fullest article page.
        pages["article"] = max(
            (a["path"] for a in articles), key=lambda p: (site / p).stat().st_size
        )
    if entities:
        pages["entity"] = max(entities, key=lambda e: e["mentions"])["path"]
    stories = sorted((site / "stories").glob("*/index.html")) if (site / "stories").is_dir() else []
    if stories:
        pages["story"] = str(stories[0].relative_to(site))
    periods = sorted((site / "timeline").glob("*/index.html")) if (site / "timeline").is_dir() else []
    if periods:
        # A timeline split into pages: its fullest period page.
        pages["timeline-period"] = str(max(periods, key=lambda p: p.stat().st_size).relative_to(site))
    pages["404"] = "404.html"
    return pages, entities


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--name", required=True)
    parser.add_argument("--screenshots", type=Path, default=Path(".artifacts/screenshots"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--require", default="", help="comma-separated page types that must exist")
    args = parser.parse_args()

    site = args.site.resolve()
    args.screenshots.mkdir(parents=True, exist_ok=True)
    pages, entities = page_types(site)
    passed, failed = 0, 0

    def record(ok, what):
        nonlocal passed, failed
        passed, failed = passed + ok, failed + (not ok)
        print(("ok   " if ok else "FAIL ") + f"[{args.name}] {what}", flush=True)

    for required in filter(None, args.require.split(",")):
        record(required in pages, f"the site has a page of type {required}")
    missing = sorted({"article", "entity", "story"} - pages.keys())
    if missing:
        print(f"note [{args.name}] no {', '.join(missing)} page in this site: not checked here")

    browser = Browser(args.chromium)
    try:
        for kind, path in pages.items():
            for label, (width, height) in WIDTHS.items():
                browser.load((site / path).as_uri(), width, height)
                problems = browser.problems()
                record(not problems, f"{kind} at {width}px loads without errors {problems or ''}")
                facts = browser.evaluate(PAGE_FACTS)
                record(facts["h1"] == 1, f"{kind} at {width}px has one h1 (found {facts['h1']})")
                record(
                    facts["main"] == 1 and facts["header"] >= 1 and facts["skip"],
                    f"{kind} at {width}px has header, main and a skip link",
                )
                record(
                    facts["overflow"] <= 0,
                    f"{kind} at {width}px fits the screen (overflow {facts['overflow']}px)",
                )
                record(
                    not facts["unlabelled"] and facts["noAlt"] == 0,
                    f"{kind} at {width}px labels its controls and images {facts['unlabelled'] or ''}",
                )
                shot = args.screenshots / f"{args.name}-{kind}-{label}.png"
                browser.screenshot(shot, width)
                print(f"     screenshot {shot}")

        # The search box, as a reader uses it: typed into, on the front page.
        browser.load((site / "index.html").as_uri(), *WIDTHS["desktop"])
        with_alias = [e for e in entities if any(fold(a) != fold(e["name"]) for a in e["aliases"])]
        if not with_alias:
            print(
                f"skip [{args.name}] search by alias: no entity with an alias in data/entities.json "
                "(the entity engine is not merged or found none)"
            )
        else:
            entity = max(with_alias, key=lambda e: e["mentions"])
            alias = next(a for a in entity["aliases"] if fold(a) != fold(entity["name"]))
            for query in (alias, fold(entity["name"])):
                results = search_results(browser, query)
                hit = any(r["href"].endswith(entity["path"]) for r in results)
                record(hit, f"search « {query} » finds the entity {entity['name']}")
            # Without accents: an entity whose name has some, typed bare.
            accented = [e for e in entities if fold(e["name"]) != e["name"].lower()]
            if accented:
                entity = max(accented, key=lambda e: e["mentions"])
                results = search_results(browser, fold(entity["name"]))
                hit = any(r["href"].endswith(entity["path"]) for r in results)
                record(hit, f"search « {fold(entity['name'])} » finds the entity {entity['name']}")
            search_shot = args.screenshots / f"{args.name}-search-desktop.png"
            browser.screenshot(search_shot, WIDTHS["desktop"][0])
            print(f"     screenshot {search_shot}")
        problems = browser.problems()
        record(not problems, f"searching raises no errors {problems or ''}")
    finally:
        browser.close()

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

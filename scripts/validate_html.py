#!/usr/bin/env python3
"""Checks every HTML file of a built site with Debian's `tidy` (HTML5 mode, its default).

Strict: a page fails on any tidy error and on any warning, because tidy reports real
breakage (a stray closing tag, a duplicate id, a block inside a table) as warnings. The
only warnings let through are tidy 5.6's gaps in HTML5 and SVG knowledge, listed below
with the reason.

usage: validate_html.py SITE_DIR [SITE_DIR…]   (closes with "N passed, N failed")
"""

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# Valid HTML5 or SVG that tidy 5.6 does not know.
KNOWN_GAPS = [
    # ARIA 1.1 (2017) attribute, newer than tidy's ARIA table.
    re.compile(r'<a> proprietary attribute "aria-current"'),
    # Links inside inline SVG (the entity graph): tidy checks them as HTML <a>.
    re.compile(r'<a> proprietary attribute "(href|tabindex)"'),
]
OPTIONS = ["-errors", "-quiet", "-utf8", "--drop-empty-elements", "no", "--show-warnings", "yes"]


def check(path):
    result = subprocess.run(["tidy", *OPTIONS, str(path)], capture_output=True, text=True)
    messages = [line for line in result.stderr.splitlines() if re.match(r"line \d+ column \d+ - ", line)]
    problems = [m for m in messages if not any(gap.search(m) for gap in KNOWN_GAPS)]
    if result.returncode >= 2 and not problems:
        problems = [result.stderr.strip() or f"tidy exited with {result.returncode}"]
    return path, problems


def main():
    files = sorted(f for site in sys.argv[1:] for f in Path(site).rglob("*.html"))
    if not files:
        print("no HTML files found", file=sys.stderr)
        return 1
    passed = failed = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, problems in pool.map(check, files):
            if problems:
                failed += 1
                print(f"FAIL {path}")
                for problem in problems[:20]:
                    print(f"     {problem}")
            else:
                passed += 1
    print(f"tidy: {len(files)} pages checked")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

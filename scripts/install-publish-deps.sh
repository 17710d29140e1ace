#!/usr/bin/env bash
# Installs what the publishing checks (`make publish-test`) need and a fresh machine lacks:
# Debian's `linkchecker` (follows every link and #anchor of the built site, from disk and
# over HTTP) and `python3-feedparser` (reads feed.xml the way feed readers do), which brings
# Debian's /usr/bin/python3: the feed and sitemap checks run with that interpreter, whatever
# `python3` is first on PATH. Does nothing when they are already there.
set -euo pipefail

missing=()
command -v linkchecker >/dev/null 2>&1 || missing+=(linkchecker)
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || missing+=(python3-feedparser)
[ ${#missing[@]} -eq 0 ] && exit 0

exec "$(dirname "$0")/apt-install.sh" --no-recommends "${missing[@]}"

#!/usr/bin/env bash
# The publishing checks (`make publish-test`): the seed dossier published anywhere.
#
# Builds the seed dossier three ways into a scratch folder and checks, with real tools:
#   1. opened from disk (no base URL): Debian's `linkchecker` follows every link and #anchor
#      recursively from file://…/index.html; `dossier check --site` agrees;
#   2. served from a sub-path: `python3 -m http.server` on 127.0.0.1 (a free port) serves a
#      folder holding the site at some/path/, built with --base-url for that address;
#      linkchecker crawls it over HTTP (links, anchors, canonical links, feed), then opens
#      404.html copied three folders deeper, outside the site, as a host serves it for a
#      missing address, and follows its links; `dossier check --site` agrees;
#   3. built with --base-url https://example.org/some/path/: feed.xml must read as Atom 1.0
#      and follow RFC 4287, sitemap.xml the sitemaps.org protocol (scripts/validate_feeds.py).
# The server listens on loopback only and is stopped on exit, whatever happens.
# Exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
FEED_BASE=https://example.org/some/path/
PY=/usr/bin/python3  # Debian's, with python3-feedparser (scripts/install-publish-deps.sh)

[ -f dossier.yml ] || { echo "publish-test: no dossier.yml at the repository root" >&2; exit 1; }
for tool in linkchecker "$PY"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "publish-test: $tool missing (run scripts/install-publish-deps.sh)" >&2; exit 1; }
done

"$SWIFT" build --product dossier
BIN="$("$SWIFT" build --show-bin-path)/dossier"

# linkchecker, run as root, drops its privileges to `nobody`: the scratch folder must be
# readable by everyone, whatever the umask and the clone's location (so /tmp, not TMPDIR).
work=$(mktemp -d /tmp/dossier-publish.XXXXXX)
chmod 755 "$work"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The loopback server is reached directly, never through a proxy from the environment.
export no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}" NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}"

failures=0
step() {
  echo "== $1"
  shift
  if ! "$@"; then
    echo "FAIL: the step above failed" >&2
    failures=$((failures + 1))
  fi
}

# linkchecker over START; fails on any broken link or anchor (linkchecker reports a missing
# anchor as a warning and exits 1 on warnings) and when it checked fewer than MIN URLs, so a
# crawl that stopped at the first page cannot pass.
linkcheck() {
  local config=$1 min=$2 start=$3 out rc=0
  shift 3
  out=$(linkchecker --config "$config" --no-status --threads 4 "$@" "$start" 2>&1) || rc=$?
  # Its own start-up notes (running as nobody, intern URLs only) are not results.
  grep -v -E '^(WARNING|INFO) linkcheck\.' <<<"$out" | sed -n '/^Start checking/,$p'
  local checked
  checked=$(sed -n -E 's/^That.s it\. [0-9]+ links? in ([0-9]+) URLs? checked\..*/\1/p' <<<"$out")
  if [ "$rc" -ne 0 ]; then
    echo "linkchecker exited with $rc for $start" >&2
    return 1
  fi
  if [ -z "$checked" ] || [ "$checked" -lt "$min" ]; then
    echo "linkchecker checked ${checked:-no} URLs from $start, expected at least $min" >&2
    return 1
  fi
  echo "linkchecker: $checked URLs from $start, no broken link or anchor"
}

printf '[AnchorCheck]\n' >"$work/linkcheckerrc"

# 1. From disk.
step "build the seed dossier (no base URL)" "$BIN" build --root . --output "$work/disk" --quiet
pages=$(find "$work/disk" -name '*.html' ! -name 404.html | wc -l)
step "linkchecker from disk ($pages pages)" linkcheck "$work/linkcheckerrc" "$pages" "file://$work/disk/index.html"
step "dossier check --site (from disk)" "$BIN" check --root . --site "$work/disk"

# 2. Served from a sub-path on loopback.
port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
web_base="http://127.0.0.1:$port/some/path/"
mkdir -p "$work/web/some"
chmod -R 755 "$work/web"
step "build the seed dossier (--base-url $web_base)" \
  "$BIN" build --root . --output "$work/web/some/path" --base-url "$web_base" --quiet
mkdir -p "$work/web/a/b/c"
cp "$work/web/some/path/404.html" "$work/web/a/b/c/404.html"
chmod -R a+rX "$work/web"
"$PY" -m http.server --bind 127.0.0.1 --directory "$work/web" "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 50); do
  if "$PY" -c "import urllib.request; urllib.request.urlopen('${web_base}index.html', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$server_pid" 2>/dev/null || { echo "publish-test: the web server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
step "linkchecker over HTTP under /some/path/ ($pages pages)" \
  linkcheck "$work/linkcheckerrc" "$pages" "${web_base}index.html"
# 404.html as served for a missing address deep under the host: its links are absolute (the
# base URL), so they are followed as intern links from anywhere on the host.
printf '[AnchorCheck]\n[filtering]\ninternlinks=^http://127\\.0\\.0\\.1:%s/\n' "$port" >"$work/linkcheckerrc-404"
step "linkchecker: 404.html served three folders deep" \
  linkcheck "$work/linkcheckerrc-404" 5 "http://127.0.0.1:$port/a/b/c/404.html" --recursion-level 1
step "dossier check --site (sub-path build)" "$BIN" check --root . --site "$work/web/some/path"
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""

# 3. Feed and sitemap with absolute addresses.
step "build the seed dossier (--base-url $FEED_BASE)" \
  "$BIN" build --root . --output "$work/feeds" --base-url "$FEED_BASE" --quiet
step "feed.xml as Atom, sitemap.xml as a sitemap" "$PY" scripts/validate_feeds.py "$work/feeds" "$FEED_BASE"

if [ "$failures" -ne 0 ]; then
  echo "publish-test: $failures step(s) failed" >&2
  exit 1
fi
echo "publish-test: all steps passed"

#!/usr/bin/env python3
"""Measures save-to-reload time of `dossier serve` on a dossier.

Starts `dossier serve` on the dossier, listens to its live-reload stream as an open page
does, then N times: rewrites one article (the "save"), waits for the `reload` event (what
makes the browser reload), and fetches the article page, checking it holds the edit.
Prints, per edit and as medians, save → reload event and save → edited page fetched, and
the build time serve printed. The dossier's article is restored afterwards.

    scripts/serve-latency.py .build/release/dossier /tmp/synthetic-1000 [ARTICLE.md] [N]
"""
import os
import re
import socket
import statistics
import subprocess
import sys
import time


def fetch(port, path):
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode("utf-8", "replace")


class Events:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.sock.sendall(b"GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.buffer = ""
        self.last_data = None

    def wait_for(self, text):
        while text not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("event stream closed")
            self.buffer += chunk.decode("utf-8", "replace")
        before, self.buffer = self.buffer.split(text, 1)
        data = [line[5:].strip() for line in before.split("\n") if line.startswith("data:")]
        self.last_data = data[-1] if data else self.last_data


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, root = sys.argv[1], sys.argv[2]
    articles = os.path.join(root, "Content", "articles")
    name = sys.argv[3] if len(sys.argv) > 3 else sorted(os.listdir(articles))[0]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    path = os.path.join(articles, name)
    slug = name[:-3]
    original = open(path, encoding="utf-8").read()
    port = 8700 + os.getpid() % 200
    log = open(os.path.join("/tmp", f"serve-latency-{os.getpid()}.log"), "w+")
    serve = subprocess.Popen([binary, "serve", "--root", root, "--port", str(port)],
                             stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if fetch(port, "/")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or serve.poll() is not None:
                sys.exit("dossier serve did not start; see " + log.name)
            time.sleep(0.1)
        events = Events(port)
        events.wait_for("event: hello")
        # "/" answers as soon as a site is in place, which may be a preview left by an
        # earlier run, or the first build swapped in just before it is announced: until the
        # first build is announced (hello carries "none"), its reload would be taken for
        # the edit's. Wait for it first.
        events.wait_for("\n\n")
        if events.last_data == "none":
            events.wait_for("event: reload")
        to_event, to_page = [], []
        for run in range(runs):
            marker = f"Révision de mesure {run} {os.getpid()}."
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.rstrip("\n") + f"\n\n{marker}\n")
            saved = time.monotonic()
            events.wait_for("event: reload")
            reloaded = time.monotonic()
            status, page = fetch(port, f"/articles/{slug}/")
            fetched = time.monotonic()
            if status != 200 or marker not in page:
                sys.exit(f"run {run}: the edited page was not served (status {status})")
            to_event.append(reloaded - saved)
            to_page.append(fetched - saved)
            print(f"run {run}: save → reload event {1000 * to_event[-1]:.0f} ms, "
                  f"save → page fetched {1000 * to_page[-1]:.0f} ms")
            time.sleep(1.0)
        log.seek(0)
        builds = [float(s) for s in re.findall(r"changed: built \d+ pages in ([0-9.]+) s", log.read())]
        print(f"median of {runs}: save → reload event {1000 * statistics.median(to_event):.0f} ms "
              f"(min {1000 * min(to_event):.0f}, max {1000 * max(to_event):.0f}); "
              f"save → page fetched {1000 * statistics.median(to_page):.0f} ms; "
              f"rebuild as printed by serve {1000 * statistics.median(builds):.0f} ms")
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        serve.send_signal(2)
        serve.wait(timeout=30)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Installs Hugo from Debian's `hugo` package, for `dossier-bench --compare-hugo` only
# (building dossier never needs it). Does nothing when a `hugo` is already on PATH.
set -euo pipefail

command -v hugo >/dev/null 2>&1 && exit 0

echo "Installing hugo (Debian package)…" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to apt-get install hugo" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq hugo >/dev/null

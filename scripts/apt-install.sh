#!/usr/bin/env bash
# Installs Debian packages, as root or through sudo: `scripts/apt-install.sh [--no-recommends] PKG…`.
# The install-*.sh scripts decide what is missing; this is the one place that installs it.
set -euo pipefail

options=(-y -qq)
if [ "${1:-}" = --no-recommends ]; then
  options+=(--no-install-recommends)
  shift
fi
[ $# -gt 0 ] || exit 0

echo "Installing $* (Debian packages)…" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to apt-get install $*" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install "${options[@]}" "$@" >/dev/null

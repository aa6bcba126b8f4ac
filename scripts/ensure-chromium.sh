#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium (Playwright uses it; no browser download).
# As root it installs it with apt-get; otherwise it says what to run and fails.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [[ -x "$CHROMIUM" ]]; then
  echo "ensure-chromium: $CHROMIUM is present"
  exit 0
fi
if [[ "$(id -u)" != "0" ]]; then
  echo "ensure-chromium: $CHROMIUM is missing and we are not root." >&2
  echo "  Install it with:  sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium at $CHROMIUM." >&2
  exit 1
fi
echo "ensure-chromium: $CHROMIUM is missing; running: apt-get update && apt-get install -y chromium"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
if [[ ! -x "$CHROMIUM" ]]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"

#!/usr/bin/env bash
# Installs the Debian packages careloop's scripts need, when they are missing (a fresh machine or CI).
set -euo pipefail

needed=()
command -v curl >/dev/null 2>&1 || needed+=(curl)
command -v unzip >/dev/null 2>&1 || needed+=(unzip)
command -v pg_ctlcluster >/dev/null 2>&1 || needed+=(postgresql)
command -v java >/dev/null 2>&1 || needed+=(openjdk-17-jdk-headless)
# review-service's build copies bpmn-js from the npm registry into its jar.
command -v node >/dev/null 2>&1 || needed+=(nodejs)
command -v npm >/dev/null 2>&1 || needed+=(npm)
# The browser tests drive Debian's Chromium (Playwright's own browser download is not used).
if [ "${1:-}" = --with-browser ]; then
  command -v chromium >/dev/null 2>&1 || needed+=(chromium)
fi

if [ ${#needed[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing packages: ${needed[*]}. Install them (apt-get install ${needed[*]}) or run as root." >&2
    exit 1
  fi
  echo "Installing Debian packages: ${needed[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
fi

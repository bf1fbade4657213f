#!/usr/bin/env bash
# Installs the Debian packages careloop's scripts need, when they are missing (a fresh machine or CI).
set -euo pipefail

needed=()
command -v curl >/dev/null 2>&1 || needed+=(curl)
command -v unzip >/dev/null 2>&1 || needed+=(unzip)
command -v pg_ctlcluster >/dev/null 2>&1 || needed+=(postgresql)
command -v java >/dev/null 2>&1 || needed+=(openjdk-17-jdk-headless)
if [ "${CARELOOP_BROWSER_TESTS:-0}" = 1 ]; then
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

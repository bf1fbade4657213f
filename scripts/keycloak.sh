#!/usr/bin/env bash
# Starts (or reuses) a local Keycloak from Maven Central's keycloak-quarkus-dist with the careloop realm.
# Usage: scripts/keycloak.sh start|stop|wait
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$ROOT/.careloop"
KC_VERSION="${CARELOOP_KEYCLOAK_VERSION:-26.4.7}"
KC_PORT="${CARELOOP_KEYCLOAK_PORT:-8180}"
KC_HOME="$STATE/keycloak-$KC_VERSION"
REALM_FILE="$ROOT/keycloak/careloop-realm.json"
PID_FILE="$STATE/keycloak.pid"
LOG_FILE="$STATE/logs/keycloak.log"
DISCOVERY="http://localhost:$KC_PORT/realms/careloop/.well-known/openid-configuration"

mkdir -p "$STATE/logs"

install_keycloak() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return
  echo "Fetching Keycloak $KC_VERSION from Maven Central"
  "$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$STATE/downloads" -Dmdep.useBaseVersion=true >/dev/null
  rm -rf "$KC_HOME.tmp" && mkdir -p "$KC_HOME.tmp"
  (cd "$KC_HOME.tmp" && unzip -q "$STATE/downloads/keycloak-quarkus-dist-$KC_VERSION.zip")
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME" && rm -rf "$KC_HOME.tmp"
}

running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

# The realm is imported at start only when it is new; a changed realm file starts from a clean Keycloak database.
prepare_realm() {
  local hash
  hash=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if [ "$(cat "$KC_HOME/data/realm.sha256" 2>/dev/null)" != "$hash" ]; then
    rm -rf "$KC_HOME/data"
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_FILE" "$KC_HOME/data/import/careloop-realm.json"
    echo "$hash" > "$KC_HOME/data/realm.sha256"
  fi
}

start() {
  if curl -fsS -o /dev/null "$DISCOVERY" 2>/dev/null; then
    echo "Keycloak already answering on port $KC_PORT"
    return
  fi
  install_keycloak
  prepare_realm
  echo "Starting Keycloak $KC_VERSION on port $KC_PORT (log: $LOG_FILE)"
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-dev-only-admin}" \
    nohup "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm \
      --features-disabled=update-email >"$LOG_FILE" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
}

wait_ready() {
  for _ in $(seq 1 180); do
    if curl -fsS -o /dev/null "$DISCOVERY" 2>/dev/null; then
      echo "Keycloak ready: http://localhost:$KC_PORT (realm careloop)"
      return
    fi
    if [ -f "$PID_FILE" ] && ! running; then
      echo "Keycloak exited during start; last lines of $LOG_FILE:" >&2
      tail -n 30 "$LOG_FILE" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Keycloak did not become ready in 180 s; see $LOG_FILE" >&2
  exit 1
}

stop() {
  if running; then
    local pid; pid=$(cat "$PID_FILE")
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    echo "Keycloak stopped"
  fi
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) start ;;
  wait) wait_ready ;;
  stop) stop ;;
  *) echo "usage: $0 start|wait|stop" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Peer suite: runs Presidio's recognizer test cases (presidio-analyzer/tests/test_*_recognizer.py) through
# careloop's de-identifier and prints per-entity recall beside what Presidio's tests expect.
#
#   bash scripts/presidio-peer-suite.sh PRESIDIO [--verbose]
#
# PRESIDIO is a checkout of https://github.com/microsoft/presidio or its git directory (a bare repository, a
# mirror, or a checkout's .git). This script never downloads anything; get a copy first, for example
#
#   git clone --depth 1 --filter=blob:none --sparse https://github.com/microsoft/presidio /tmp/presidio
#   git -C /tmp/presidio sparse-checkout set presidio-analyzer/tests
#
# (a plain `git clone` works as well; the sparse one skips Presidio's large image-test files). With a git
# directory the test files are read from PRESIDIO_REF (default HEAD) with `git show`, no work tree needed.
#
# Presidio's test texts are copied only to a temporary directory, removed on exit: never into this repository.
# --verbose prints the texts of missed spans and flagged negative cases to the console.
set -euo pipefail

usage() {
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

PRESIDIO=""
VERBOSE=()
for arg in "$@"; do
  case "$arg" in
    -v|--verbose) VERBOSE=(--verbose) ;;
    -h|--help) usage ;;
    *) if [ -z "$PRESIDIO" ]; then PRESIDIO="$arg"; else usage; fi ;;
  esac
done
[ -n "$PRESIDIO" ] || usage
[ -e "$PRESIDIO" ] || { echo "no such path: $PRESIDIO" >&2; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MODULE="$ROOT/policy-service"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/presidio-peer.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# 1. Presidio's recognizer tests: from the work tree, or out of the git directory.
if [ -d "$PRESIDIO/presidio-analyzer/tests" ]; then
  TESTS="$PRESIDIO/presidio-analyzer/tests"
  SOURCE="$PRESIDIO (work tree)"
else
  GIT_DIR_ARG="$PRESIDIO"
  [ -d "$PRESIDIO/.git" ] && GIT_DIR_ARG="$PRESIDIO/.git"
  REF="${PRESIDIO_REF:-HEAD}"
  if ! git --git-dir="$GIT_DIR_ARG" rev-parse --verify -q "$REF^{commit}" >/dev/null; then
    echo "$PRESIDIO is neither a Presidio work tree nor a git directory with $REF" >&2
    exit 2
  fi
  TESTS="$WORK/tests"
  mkdir -p "$TESTS"
  count=0
  while IFS= read -r file; do
    case "$(basename "$file")" in
      test_*_recognizer.py)
        git --git-dir="$GIT_DIR_ARG" show "$REF:$file" >"$TESTS/$(basename "$file")"
        count=$((count + 1)) ;;
    esac
  done < <(git --git-dir="$GIT_DIR_ARG" ls-tree --name-only "$REF" presidio-analyzer/tests/)
  [ "$count" -gt 0 ] || { echo "no presidio-analyzer/tests/test_*_recognizer.py at $REF in $PRESIDIO" >&2; exit 1; }
  SOURCE="$PRESIDIO at $(git --git-dir="$GIT_DIR_ARG" rev-parse --short "$REF^{commit}")"
fi
echo "Presidio tests: $SOURCE" >&2

# 2. The cases careloop covers, as JSONL in the temporary directory.
python3 "$ROOT/scripts/presidio_cases.py" "$TESTS" "$WORK/cases.jsonl"

# 3. Compile policy-service's test sources and write the test classpath when anything is newer than the build.
CLASSES="$MODULE/target/test-classes/org/careloop/policy/evaluation/PresidioPeerSuite.class"
CLASSPATH_FILE="$MODULE/target/test-classpath.txt"
if [ ! -f "$CLASSES" ] || [ ! -f "$CLASSPATH_FILE" ] \
   || [ -n "$(find "$MODULE/src" "$MODULE/pom.xml" "$ROOT/pom.xml" -newer "$CLASSES" -print -quit)" ]; then
  echo "Compiling policy-service (test-compile, offline)..." >&2
  (cd "$ROOT" && ./mvnw -B -o -q -pl policy-service test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
fi

# 4. Run the peer suite.
cd "$MODULE"
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.careloop.policy.evaluation.PresidioPeerSuite "$WORK/cases.jsonl" "${VERBOSE[@]}"

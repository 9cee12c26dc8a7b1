#!/usr/bin/env bash
# Runs every test file with node's test runner. Node 20 does not expand globs itself, so the
# files are listed here. The service tests need Debian's chromium and a PostgreSQL server:
# scripts/ci-services.sh installs what is missing and starts a throwaway cluster on loopback,
# unless DATABASE_URL already points at one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DATABASE_URL:-}" ]; then
  DATABASE_URL="$(bash scripts/ci-services.sh)"
  export DATABASE_URL
fi
mapfile -t files < <(find src test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "test.sh: no test files found" >&2
  exit 1
fi
exec node --import tsx --test --test-reporter=spec --test-concurrency=2 "${files[@]}"

#!/usr/bin/env bash
# Installs what this machine lacks, then builds Rendition and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/lib/ensure-tools.sh
ensure_postgres
source installer/lib/test-postgres.sh
start_test_postgres
mvn -B test

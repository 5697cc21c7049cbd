#!/usr/bin/env bash
# Ingestion benchmark through the local host (see docs/benchmarks-ingest.md). Extra arguments go to
# `newsdesk bench-ingest`, e.g. --count 500 --latency-samples 50 --parallelism 8 --storage "...".
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/Newsdesk.Cli -c Release -- bench-ingest "$@"

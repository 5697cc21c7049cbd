#!/usr/bin/env bash
# Export measurements (docs/export.md "Measurements"), in one run against a fresh in-memory Azurite:
#   1. raw QueryAsync rate vs CSV/NDJSON export rate over 100,000 mention rows,
#   2. peak working set of a fresh process exporting 10,000 vs 100,000 rows: cold (first export), and
#      warm (after one, and after ten, 10,000-row warm-up exports in the same process), and of the
#      product's own processes (a fresh `newsdesk serve` answering the HTTP export, a one-shot `newsdesk export`),
#      with the runtime's defaults and with the Functions app's deployed runtime settings (DOTNET_* in
#      local.settings.sample.json, equal to infra's app settings),
#   3. time to the first body byte of an unfiltered HTTP export.
# Then, with --writers, the BenchmarkDotNet ExportWriterBenchmarks (format writers alone, 100,000 rows).
# Prints tables; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
dotnet build -c Release benchmarks/Newsdesk.Benchmarks -v quiet -nologo
dotnet build -c Release src/Newsdesk.Cli -v quiet -nologo
dll=artifacts/bin/Newsdesk.Benchmarks/release/Newsdesk.Benchmarks.dll
dotnet "$dll" export-load
if [ "${1:-}" = "--writers" ]; then
  dotnet "$dll" --filter '*ExportWriterBenchmarks*' --job short
fi

#!/usr/bin/env bash
# Builds and lints the Bicep in infra/ with the Bicep CLI from NuGet (the package that
# tests/Newsdesk.Infra.Tests downloads with <PackageDownload>), offline, and fails on any error or
# warning. Output: artifacts/infra/{main,eventgrid}.json and main.parameters.json.
# Usage: bash infra/bicep.sh          (BICEP=/path/to/bicep to use another CLI)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

project=tests/Newsdesk.Infra.Tests/Newsdesk.Infra.Tests.csproj
version=$(sed -n 's:.*<BicepCliVersion>\(.*\)</BicepCliVersion>.*:\1:p' "$project")
if [ -z "${BICEP:-}" ]; then
  if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
    dotnet restore "$project" --verbosity quiet >/dev/null
    BICEP="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/${version}/tools/bicep"
    chmod +x "$BICEP"
  else
    BICEP=$(command -v bicep || true)
  fi
fi
if [ -z "$BICEP" ] || [ ! -x "$BICEP" ]; then
  echo "bicep CLI not found (set BICEP=/path/to/bicep)" >&2
  exit 1
fi
echo "$("$BICEP" --version)"

out=artifacts/infra
mkdir -p "$out"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

# Runs one bicep command; its diagnostics (stderr) are kept and counted.
run() {
  if ! "$BICEP" "$@" 2>>"$log"; then status=1; fi
}

run build infra/main.bicep --outdir "$out"
run build infra/eventgrid.bicep --outdir "$out"
run build-params infra/main.bicepparam --outfile "$out/main.parameters.json"
for file in infra/main.bicep infra/eventgrid.bicep infra/modules/*.bicep infra/main.bicepparam; do
  run lint "$file"
done

# Diagnostics repeat across build and lint; report each once.
sort -u "$log" >&2
warnings=$(sort -u "$log" | grep -c ' : Warning ' || true)
errors=$(sort -u "$log" | grep -c ' : Error ' || true)
echo "bicep: built main.json, eventgrid.json, main.parameters.json in $out; linted $(ls infra/modules/*.bicep | wc -l) modules + 3 entry files: ${errors} errors, ${warnings} warnings"
if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ] || [ "$warnings" -ne 0 ]; then
  echo "bicep: FAILED (zero warnings allowed)" >&2
  exit 1
fi

#!/usr/bin/env bash
# One command per experiment of docs/benchmarks.md: builds the hub, the baseline and the load
# generator in Release, then lets the generator start the servers, run, stop them and print the
# Markdown tables. Usage: benchmarks/run-experiment.sh e1|e2|e3|e4|e5|e6|e7|ceiling [generator options]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
name="${1:?usage: run-experiment.sh e1|e2|e3|e4|e5|e6|e7|ceiling [options]}"
shift
# Thousands of sockets on each side: raise the descriptor limit as far as this shell may.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [[ ( "$name" == e5 || "$name" == e6 || "$name" == e7 ) && ! -x "$root/tests/tools/node_modules/.bin/azurite-table" ]]; then
  npm ci --prefix "$root/tests/tools"
fi
for project in silo-host benchmarks/ConsultHub.BaselineHost benchmarks/ConsultHub.LoadGenerator; do
  dotnet build "$root/$project" -c Release --nologo -v quiet
done
cd "$(mktemp -d)"
exec dotnet "$root/benchmarks/ConsultHub.LoadGenerator/bin/Release/net10.0/ConsultHub.LoadGenerator.dll" experiment "$name" "$@"

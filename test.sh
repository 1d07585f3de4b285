#!/usr/bin/env bash
# Runs every test of the hub on a fresh machine: installs what the tests need (Chromium for the
# browser tests, Azurite and the web client's packages from npm), starts one Azurite for the whole
# run, runs the web client's vitest tests and `dotnet test Hub.sln`, stops what it started, and
# ends with "N passed, N failed" over both.
set -uo pipefail
cd "$(dirname "$0")"
root="$(pwd)"
log="$(mktemp)"
azurite_pid=""

cleanup() {
  if [[ -n "$azurite_pid" ]]; then
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
  rm -rf "${azurite_dir:-}"
}
trap cleanup EXIT

step() { echo "==> $*"; }

if ! command -v chromium >/dev/null 2>&1; then
  step "installing Chromium (Debian package)"
  if [[ $(id -u) -eq 0 ]]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || { echo "could not install chromium"; exit 1; }
  else
    echo "chromium is missing: run 'sudo apt-get install -y chromium' first"; exit 1
  fi
fi

step "installing npm packages"
npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error || exit 1
if [[ -f web-client/package-lock.json ]]; then
  npm ci --prefix web-client --no-audit --no-fund --loglevel=error || exit 1
  npm run build --prefix web-client || exit 1
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
blob_port=$(free_port); queue_port=$(free_port); table_port=$(free_port)
azurite_dir="$(mktemp -d)"
step "starting Azurite on 127.0.0.1:$table_port"
tests/tools/node_modules/.bin/azurite --silent --location "$azurite_dir" --disableTelemetry --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" >"$azurite_dir/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 60); do
  if (echo >"/dev/tcp/127.0.0.1/$table_port") 2>/dev/null; then break; fi
  sleep 0.5
done
account='AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
export CONSULTHUB_AZURITE_TABLE="DefaultEndpointsProtocol=http;$account;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
export CONSULTHUB_AZURITE_BLOB="DefaultEndpointsProtocol=http;$account;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;"
export CONSULTHUB_AZURITE_PID="$azurite_pid"

# The browser app's own unit tests (vitest, in Node): counted with the .NET ones.
web_passed=0; web_failed=0; web_status=0
if [[ -f web-client/package-lock.json ]]; then
  step "web-client unit tests (vitest)"
  web_json="$(mktemp)"
  (cd web-client && npx vitest run --reporter=default --reporter=json --outputFile="$web_json")
  web_status=$?
  read -r web_passed web_failed < <(python3 -c 'import json,sys
try:
    d = json.load(open(sys.argv[1])); print(d["numPassedTests"], d["numFailedTests"] + d.get("numPendingTests", 0))
except Exception:
    print(0, 0)' "$web_json")
  rm -f "$web_json"
  if [[ $web_status -ne 0 && $web_failed -eq 0 ]]; then
    web_failed=1
    echo "vitest exited with $web_status"
  fi
fi

step "dotnet test Hub.sln"
dotnet test Hub.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  failed=1
  echo "dotnet test exited with $status (build or run failure)"
fi
rm -f "$log"
passed=$((passed + web_passed)); failed=$((failed + web_failed))
[[ $status -eq 0 ]] && status=$web_status
echo "$passed passed, $failed failed"
exit "$status"

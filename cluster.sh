#!/usr/bin/env bash
# A local cluster in one command: Azurite, three silos on loopback tagged asia, africa and
# americas (Orleans membership in Azure Table), and a front door spreading browsers over them.
# Ctrl-C stops everything. State lives in .cluster/ (delete it for a fresh cluster).
#   ./cluster.sh            front door on http://127.0.0.1:5000
#   FRONT_DOOR_PORT=8080 ./cluster.sh
set -euo pipefail
cd "$(dirname "$0")"

front_port="${FRONT_DOOR_PORT:-5000}"
regions=(asia africa americas)
state="$PWD/.cluster"
mkdir -p "$state/azurite"

pids=()
stop() {
  trap - INT TERM EXIT
  echo "stopping..."
  # Azurite (the first) last: silos leave the membership table on the way out.
  for pid in "${pids[@]:1}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]:1}"; do wait "$pid" 2>/dev/null || true; done
  [[ ${#pids[@]} -eq 0 ]] || { kill "${pids[0]}" 2>/dev/null || true; wait "${pids[0]}" 2>/dev/null || true; }
}
trap stop INT TERM EXIT

if [[ ! -x tests/tools/node_modules/.bin/azurite ]]; then
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
fi
if [[ -f web-client/package-lock.json && ! -d web-client/dist ]]; then
  npm ci --prefix web-client --no-audit --no-fund --loglevel=error && npm run build --prefix web-client
fi
dotnet build silo-host/ConsultHub.SiloHost.csproj -v q -nologo
dotnet build src/ConsultHub.FrontDoor/ConsultHub.FrontDoor.csproj -v q -nologo

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() { for _ in $(seq 1 240); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.5; done; echo "port $1 never opened" >&2; return 1; }

# The keys every silo shares (a token issued by one silo works on all), made once.
for name in organizer token-signing; do
  [[ -f "$state/$name.key" ]] || (umask 077; openssl rand -hex 32 >"$state/$name.key")
done

table_port=$(free_port); blob_port=$(free_port); queue_port=$(free_port)
tests/tools/node_modules/.bin/azurite --silent --location "$state/azurite" --disableTelemetry --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" >"$state/azurite.log" 2>&1 &
pids+=($!)
wait_port "$table_port"
account='AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
table="DefaultEndpointsProtocol=http;$account;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

silo_urls=()
for i in "${!regions[@]}"; do
  region="${regions[$i]}"
  http_port=$(free_port)
  silo_urls+=("http://127.0.0.1:$http_port")
  Orleans__ClusterId=consulthub-local Orleans__ServiceId=consulthub \
  Orleans__Clustering__ProviderType=AzureTableStorage Orleans__Clustering__ConnectionString="$table" \
  Orleans__Endpoints__SiloPort=$((11111 + i)) Orleans__Endpoints__AdvertisedIPAddress=127.0.0.1 \
  Orleans__Metadata__region="$region" \
  Storage__Provider=AzureTable Storage__AzureTable__ConnectionString="$table" \
  Hub__OrganizerKey="$(cat "$state/organizer.key")" Hub__TokenSigningKey="$(cat "$state/token-signing.key")" \
  dotnet silo-host/bin/Debug/net10.0/ConsultHub.SiloHost.dll --urls "http://127.0.0.1:$http_port" \
    >"$state/silo-$region.log" 2>&1 &
  pids+=($!)
done
for url in "${silo_urls[@]}"; do wait_port "${url##*:}"; done

FrontDoor__Silos="$(IFS=,; echo "${silo_urls[*]}")" \
  dotnet src/ConsultHub.FrontDoor/bin/Debug/net10.0/ConsultHub.FrontDoor.dll --urls "http://127.0.0.1:$front_port" \
  >"$state/front-door.log" 2>&1 &
pids+=($!)
wait_port "$front_port"

echo
echo "Consultation Hub, three silos as one hub:"
echo "  open          http://127.0.0.1:$front_port   (the front door spreads browsers over the silos)"
for i in "${!regions[@]}"; do
  echo "  ${regions[$i]}$(printf '%*s' $((12 - ${#regions[$i]})) '')  ${silo_urls[$i]}   dashboard: ${silo_urls[$i]}/dashboard (organizer key)"
done
echo "  organizer key $(cat "$state/organizer.key")"
echo "  logs          $state/"
echo "Ctrl-C stops everything (a silo killed on its own leaves the others running: try kill -9 on one)."
wait

#!/usr/bin/env bash
# webload.sh measures the web application under load, as docs/performance.md records it: 50 concurrent
# clients with a signed-in session against the real server serving a large synthetic authority on SQLite,
# for the child's record page, the chronology and person search, and the plain health endpoint in the
# same run for the ratio. It reports hey's 50th and 99th percentiles and requests per second, and the
# server's peak memory.
#
# Usage: bench/webload.sh LARGE.db [SECONDS]
#   LARGE.db   a database made by: hearth generate --db LARGE.db --size large --seed 7 (copied, not changed)
#   SECONDS    how long each URL is loaded (default 20)
# Needs hey (go install github.com/rakyll/hey@latest) and curl.
set -euo pipefail

src="${1:?usage: bench/webload.sh LARGE.db [SECONDS]}"
secs="${2:-20}"
hey="$(command -v hey || echo "$(go env GOPATH)/bin/hey")"
[ -x "$hey" ] || { echo "hey is not installed: go install github.com/rakyll/hey@latest" >&2; exit 2; }

cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/hearth" ./cmd/hearth
cp "$src" "$work/load.db"
password="load-test-password"
printf '%s\n' "$password" | "$work/hearth" user add --db "$work/load.db" --name "Load Test" \
	--email load.test@example.org --role senior_leader --password-stdin >/dev/null

addr="127.0.0.1:18080"
"$work/hearth" serve --db "$work/load.db" --addr "$addr" 2>"$work/server.log" &
server=$!
for _ in $(seq 1 100); do curl -fs "http://$addr/healthz" >/dev/null && break; sleep 0.2; done

curl -fs -c "$work/cookies" -o /dev/null -d "email=load.test%40example.org&password=$password" "http://$addr/sign-in"
cookie="$(awk '$6 ~ /hearth/ {print $6 "=" $7}' "$work/cookies" | head -n 1)"
[ -n "$cookie" ] || { echo "signing in failed" >&2; exit 1; }

# A child with a long record (looked after, with many rows), not restricted, so the page reads the most.
child="$(sqlite3 "$work/load.db" "SELECT person_id FROM cla_episodes e JOIN person p ON p.id = e.person_id
	WHERE NOT p.restricted GROUP BY person_id ORDER BY COUNT(*) DESC LIMIT 1" 2>/dev/null || true)"
if [ -z "$child" ]; then
	child="$(curl -fs -b "$work/cookies" "http://$addr/people?name=smith" | grep -o '/children/[0-9]*' | head -n 1 | cut -d/ -f3)"
fi

load() { # name path [hey options]
	local out name="$1" path="$2"
	shift 2
	out="$("$hey" -z "${secs}s" -c 50 "$@" -H "Cookie: $cookie" "http://$addr$path")"
	local rps p50 p99 codes
	rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
	p50="$(awk '/ 50%% in/ {print $3 * 1000}' <<<"$out")"
	p99="$(awk '/ 99%% in/ {print $3 * 1000}' <<<"$out")"
	codes="$(awk '/\[[0-9]+\]/ {printf "%s%s ", $1, $2}' <<<"$out")"
	printf '%-36s %10s req/s   p50 %7s ms   p99 %7s ms   %s\n' "$name" "$rps" "$p50" "$p99" "$codes"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); child $child; ${secs}s per URL, 50 clients"
echo "Saturation: each client asks again as soon as it is answered (hey -c 50)"
load "health (no session)" /healthz
load "child's record page" "/children/$child"
load "chronology" "/children/$child/chronology"
load "person search (smith)" "/people?name=smith"
load "person search (typo)" "/people?name=jonh+smiht"
# People read a page before they ask for the next; 50 people each asking twice a second is 100 pages a
# second, several times a large authority's busiest hour.
echo "Paced: 50 clients, each at most 2 requests a second (hey -c 50 -q 2)"
load "child's record page" "/children/$child" -q 2
load "chronology" "/children/$child/chronology" -q 2
load "person search (smith)" "/people?name=smith" -q 2
load "person search (typo)" "/people?name=jonh+smiht" -q 2
echo "server peak memory: $(awk '/VmHWM/ {print $2 / 1024 " MB"}' /proc/$server/status)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

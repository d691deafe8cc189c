#!/usr/bin/env bash
# flowdesk-relay --simulate serves several clients at once and exits cleanly on SIGINT.
# Usage: relay_sigint_test.sh FLOWDESK_RELAY FLOWDESK
set -euo pipefail
relay=$1 flowdesk=$2
log=$(mktemp) a=$(mktemp) b=$(mktemp)
"$relay" --simulate --seed 3 --rate 5 --speed 10 --port 0 --binary 2> "$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log" "$a" "$b"' EXIT
for _ in $(seq 50); do grep -q "serving on" "$log" && break; sleep 0.1; done
url=$(grep -o 'ws://[0-9.:]*' "$log" | head -1)
[ -n "$url" ] || { cat "$log"; exit 1; }
# two clients at the same time
"$flowdesk" --headless --relay "$url" --duration 2 --views health --out "$a" &
c1=$!
"$flowdesk" --headless --relay "$url" --duration 2 --views health --out "$b"
wait $c1
for f in "$a" "$b"; do
  /usr/bin/python3 -c "
import json,sys
h=[json.loads(l) for l in open('$f') if l.strip()][-1]
assert h['frames']>100 and h['rejected']==0 and h['connects']==1, h
print('client ok:', h['frames'], 'frames')"
done
kill -INT $pid
rc=0; wait $pid || rc=$?
trap - EXIT
cat "$log"; rm -f "$log" "$a" "$b"
[ "$rc" -eq 0 ] || { echo "flowdesk-relay exited $rc on SIGINT"; exit 1; }
echo "SIGINT: clean exit"

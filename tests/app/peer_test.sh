#!/usr/bin/env bash
# flowdesk --headless against the independent python relay peer; checks the
# decoded counts in the final health line. Usage: peer_test.sh FLOWDESK EXAMPLES MODE
set -euo pipefail
flowdesk=$1 examples=$2 mode=$3
out=$(mktemp) portfile=$(mktemp)
/usr/bin/python3 "$(dirname "$0")/../fixtures/relay_peer.py" "$examples" "$mode" > "$portfile" &
peer=$!
trap 'kill $peer 2>/dev/null || true; rm -f "$out" "$portfile"' EXIT
for _ in $(seq 50); do [ -s "$portfile" ] && break; sleep 0.1; done
port=$(head -1 "$portfile")
[ -n "$port" ] || { echo "the python relay peer did not start (is python3-websockets installed for /usr/bin/python3?)" >&2; exit 1; }
"$flowdesk" --headless --relay "ws://127.0.0.1:$port" --duration 2 --views health --out "$out"
/usr/bin/python3 - "$out" "$mode" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
h = lines[-1]
mode = sys.argv[2]
# relay-examples.jsonl: 1 welcome, 18 market events, 8 kinds the core ignores
want = {"frames": 27, "events": 18, "ignored": 8, "rejected": 0, "connects": 1, "disconnects": 0}
if mode == "malformed":
    want.update(frames=32, rejected=5)
got = {k: h[k] for k in want}
print(mode, got)
assert got == want, f"expected {want}"
if mode == "malformed":
    assert set(h["rejected_by_reason"]) == {"not_json", "not_object", "missing_field", "wrong_type"}, h["rejected_by_reason"]
PY

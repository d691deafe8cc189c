#!/usr/bin/env bash
# End-to-end load test on loopback: flowdesk-relay → WebSocket → flowdesk --headless.
# Figures go to docs/benchmarks.md, section "End-to-end (loopback)".
#
# Usage:  bench/e2e_load.sh [all|calibrate|throughput|soak]      (default: all)
#
# Phases
#   calibrate   msgs/s that each simulator --rate multiplier produces per simulated second
#               (flowdesk-relay --simulate --rate N --speed X; wall msgs/s ÷ X).
#   throughput  For each target rate in LEVELS and each frame type in MODES, streams
#               LEVEL_SECS seconds of simulated market and checks it arrived with ZERO loss:
#               the relay's "sent N frames" (welcome included) must equal the client's final
#               health "frames", the relay must skip nothing, and the stream must keep pace
#               (achieved ≥ 90 % of target). The frames are made once by the demo simulator
#               (--rate 100, recorded at --speed max, no loss: the in-process source waits for
#               the client), re-timed to the simulator's own time_received, and replayed with
#               flowdesk-relay --replay FILE --speed X, X = target ÷ (msgs per simulated s of
#               exactly the lines replayed).
#               Replay is used rather than --simulate because a replay relay keeps serving
#               after the last frame, so nothing is in flight when the counts are compared
#               (a --simulate relay stopping at --duration aborts with frames still queued).
#               Per level: p50/p99 publish latency (health), flowdesk CPU % while streaming and
#               CPU µs per frame (/usr/bin/time user+sys), flowdesk max RSS, relay CPU %.
#   soak        SOAK_SIM_MIN simulated minutes of a ~5,000 msgs/s stream (--simulate
#               --rate SOAK_RATE) accelerated by SOAK_SPEED; RSS of flowdesk sampled every
#               5 s from /proc; reports RSS after warm-up and at the end (growth must be
#               < 5 %), disconnects (must be 0), rejects (must be 0) and relay skips (must be 0).
#               The client stops before the relay, so its disconnect count has no planned one.
#
# Environment (defaults in brackets)
#   BUILD        build dir holding app/flowdesk and tools/flowdesk-relay, Release [build]
#   FLOWDESK, RELAY  the two binaries, to compare builds [$BUILD/app/flowdesk, $BUILD/tools/flowdesk-relay]
#   OUT          results dir [/tmp/flowdesk-e2e.<date>]; a summary is printed and kept in OUT/summary.md
#   PORT         first TCP port used on 127.0.0.1 [19400]
#   LEVELS       target msgs/s [50000 100000 150000 200000 250000 300000]
#   MODES        frame types [text binary]
#   LEVEL_SECS   seconds of stream per level [10]
#   STOP_ON_FAIL 1: a mode stops at its first lossy level [1]
#   BUFFER       relay per-client buffer, frames (flowdesk-relay --buffer) [10000]
#   FRAMES       re-timed frames file to reuse (made when missing) [OUT/frames.jsonl]
#   SOAK_RATE    soak simulator --rate [48]   SOAK_SPEED  [10]   SOAK_SIM_MIN  [30]
#   KEEP         1: keep the (large) frames file at the end [0]
#   NICE         niceness for flowdesk and the relay, e.g. -10 (root) to measure them ahead of
#                other work on a shared machine [0]; with autogroup scheduling the session's
#                autogroup gets it too for the run (restored on exit), else it has no effect
#
# Bounds: only 127.0.0.1; every process runs under `timeout` and is stopped by the trap on
# exit/interrupt; about 12 minutes for "all" with the defaults (calibrate ~1 min, frames
# ~2 min, throughput ≤ 4.5 min, soak ~3.3 min). Needs bash, python3, jq, /usr/bin/time (GNU).
# Machine load changes the figures: the 1-minute load average is recorded with each level.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
[[ $BUILD = /* ]] || BUILD=$ROOT/$BUILD
FLOWDESK=${FLOWDESK:-$BUILD/app/flowdesk}
RELAY=${RELAY:-$BUILD/tools/flowdesk-relay}
OUT=${OUT:-/tmp/flowdesk-e2e.$(date +%Y%m%d-%H%M%S)}
PORT=${PORT:-19400}
LEVELS=${LEVELS:-50000 100000 150000 200000 250000 300000}
MODES=${MODES:-text binary}
LEVEL_SECS=${LEVEL_SECS:-10}
STOP_ON_FAIL=${STOP_ON_FAIL:-1}
BUFFER=${BUFFER:-10000}
FRAMES=${FRAMES:-$OUT/frames.jsonl}
SOAK_RATE=${SOAK_RATE:-48}
SOAK_SPEED=${SOAK_SPEED:-10}
SOAK_SIM_MIN=${SOAK_SIM_MIN:-30}
KEEP=${KEEP:-0}
NICE=${NICE:-0}
PHASE=${1:-all}

for bin in "$FLOWDESK" "$RELAY"; do
    [[ -x $bin ]] || { echo "e2e_load: $bin not found; build first (BUILD=$BUILD)" >&2; exit 2; }
done
for tool in python3 jq /usr/bin/time timeout; do
    command -v "$tool" >/dev/null || { echo "e2e_load: needs $tool" >&2; exit 2; }
done
case $PHASE in all|calibrate|throughput|soak) ;; *) echo "usage: $0 [all|calibrate|throughput|soak]" >&2; exit 2;; esac
mkdir -p "$OUT"
SUMMARY=$OUT/summary.md
: >"$SUMMARY"

# ---------------------------------------------------------------- helpers
# retime.py RATEFILE < recording lines > frames file: received_ns := the frame's time_received.
cat >"$OUT/retime.py" <<'EOF'
import calendar, re, sys
pat = re.compile(rb'time_received\\":\\"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?Z')
days, out, n, first, last = {}, sys.stdout.buffer, 0, None, None
for line in sys.stdin.buffer:
    m = pat.search(line)
    if not m or not line.endswith(b'"}\n'):
        continue  # the welcome, or a truncated last line
    d = m.group(1)
    if d not in days:
        y, mo, da = map(int, d.split(b'-'))
        days[d] = calendar.timegm((y, mo, da, 0, 0, 0)) * 10**9
    ns = days[d] + (int(m.group(2)) * 3600 + int(m.group(3)) * 60 + int(m.group(4))) * 10**9 \
        + int((m.group(5) or b'0').ljust(9, b'0'))
    out.write(b'{"received_ns":%d%s' % (ns, line[line.index(b',"frame":'):]))
    n += 1
    first = ns if first is None else first
    last = ns
rate = (n - 1) / ((last - first) / 1e9)
sys.stderr.write('%d frames over %.1f simulated s: %.0f msgs per simulated s\n' % (n, (last - first) / 1e9, rate))
open(sys.argv[1], 'w').write('%.1f\n' % rate)
EOF

# ---------------------------------------------------------------- process control
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do
        kill -TERM "$p" 2>/dev/null || true
    done
    for p in "${PIDS[@]}"; do
        wait "$p" 2>/dev/null || true
    done
    PIDS=()
    if [[ $KEEP != 1 && $FRAMES == "$OUT"/* ]]; then rm -f "$FRAMES" "$FRAMES.rate"; fi
    if [[ -n ${AUTOGROUP_NICE:-} ]]; then echo "$AUTOGROUP_NICE" >/proc/self/autogroup 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

forget() { # forget a pid that has been waited for
    local keep=() p
    for p in "${PIDS[@]}"; do [[ $p == "$1" ]] || keep+=("$p"); done
    PIDS=("${keep[@]}")
}

if [[ $NICE != 0 && -w /proc/self/autogroup ]]; then
    AUTOGROUP_NICE=$(sed -n 's/.* nice \(-\{0,1\}[0-9]*\)$/\1/p' /proc/self/autogroup)
    echo "$NICE" >/proc/self/autogroup 2>/dev/null || AUTOGROUP_NICE=
fi

say() { echo "$*" | tee -a "$SUMMARY"; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# Starts the relay in the background (args: log file, timeout s, relay args...); sets RELAY_PID.
start_relay() {
    local log=$1 limit=$2
    shift 2
    timeout -s INT "$limit" "$@" 2>"$log" &
    RELAY_PID=$!
    PIDS+=("$RELAY_PID")
    local i
    for i in $(seq 100); do
        grep -q "serving on" "$log" 2>/dev/null && return 0
        kill -0 "$RELAY_PID" 2>/dev/null || break
        sleep 0.05
    done
    echo "e2e_load: relay did not start:" >&2
    cat "$log" >&2
    exit 1
}

stop_relay() { # SIGINT → the relay prints "sent N frames, skipped M"
    kill -INT "$RELAY_PID" 2>/dev/null || true
    wait "$RELAY_PID" 2>/dev/null || true
    forget "$RELAY_PID"
}

relay_counts() { # prints "sent skipped" from a relay log
    sed -n 's/.*sent \([0-9]*\) frames, skipped \([0-9]*\).*/\1 \2/p' "$1" | tail -1
}

# Per-second figures from a health JSON-lines file: python prints key=value pairs.
health_stats() { # file
    jq -r '[.now, .frames] | @tsv' "$1" | python3 -c '
import sys, datetime
rows = []
for l in sys.stdin:
    now, f = l.split("\t")
    d, frac = now.strip().rstrip("Z").split(".")
    t = datetime.datetime.fromisoformat(d).replace(tzinfo=datetime.timezone.utc).timestamp() + float("0." + frac)
    rows.append((t, int(f)))
final = rows[-1][1]
# Interior of the stream: from the first line with data to the last line before the final
# count, so that neither partial second at the ends is counted.
act = [r for r in rows if 1 < r[1] < final]
if len(act) >= 2:
    a, b = act[0], act[-1]
    mean = (b[1] - a[1]) / (b[0] - a[0])
else:
    mean = 0
d = sorted((y[1] - x[1]) / (y[0] - x[0]) for x, y in zip(act, act[1:]) if y[0] > x[0])
med = d[len(d) // 2] if d else 0
print("frames=%d mean_rate=%.0f median_rate=%.0f" % (final, mean, med))
'
}

time_field() { # file "label" → value from /usr/bin/time -v output
    sed -n "s/^[[:space:]]*$2: //p" "$1" | head -1
}

# ---------------------------------------------------------------- calibrate
calibrate() {
    say "## Rate multiplier calibration (flowdesk-relay --simulate, seed 1)"
    say ""
    say "| --rate | --speed used | wall msgs/s | msgs per simulated s (= msgs/s at --speed 1) |"
    say "|---:|---:|---:|---:|"
    local pair rate speed port=$PORT
    for pair in 1:50 10:10 48:4 100:2 1000:0.5; do
        rate=${pair%:*}
        speed=${pair#*:}
        start_relay "$OUT/cal_${rate}_relay.log" 20 "$RELAY" --simulate --rate "$rate" --speed "$speed" --port "$port"
        timeout -s INT 20 "$FLOWDESK" --headless --relay "ws://127.0.0.1:$port" --duration 8 --views health \
            --out "$OUT/cal_${rate}_health.jsonl" || true
        stop_relay
        local st med
        st=$(health_stats "$OUT/cal_${rate}_health.jsonl")
        med=$(sed 's/.*median_rate=\([0-9]*\).*/\1/' <<<"$st")
        say "| $rate | $speed | $med | $(python3 -c "print(round($med / $speed))") |"
    done
    say ""
}

# ---------------------------------------------------------------- frames for throughput
make_frames() {
    if [[ -s $FRAMES && -s $FRAMES.rate ]]; then
        echo "e2e_load: reusing $FRAMES ($(cat "$FRAMES.rate") msgs per simulated s)"
        return
    fi
    local max=0 l need
    for l in $LEVELS; do if ((l > max)); then max=$l; fi; done
    need=$(( max * (LEVEL_SECS + 2) ))
    echo "e2e_load: making $need frames (demo simulator --rate 100, recorded at --speed max)…"
    # The in-process demo source waits for the client, so the recording has every frame;
    # its speed is bounded by the gzip recorder (~30–60k frames/s here).
    local rec=$OUT/frames.rec.gz secs=$(( need / 25000 + 10 ))
    if ((secs > 240)); then secs=240; fi
    timeout -s INT $((secs + 30)) "$FLOWDESK" --headless --demo --seed 1 --rate 100 --speed max --record "$rec" \
        --duration "$secs" --views health --out "$OUT/frames_health.jsonl" &
    local gen=$!
    PIDS+=("$gen")
    # Stop once enough frames are recorded (checked from the health lines).
    while kill -0 "$gen" 2>/dev/null; do
        sleep 2
        local got
        got=$(tail -1 "$OUT/frames_health.jsonl" 2>/dev/null | jq -r '.frames // 0' 2>/dev/null || echo 0)
        if (( ${got:-0} > need + need / 20 )); then kill -INT "$gen" 2>/dev/null || true; break; fi
    done
    wait "$gen" 2>/dev/null || true
    forget "$gen"
    # Pacing time := the simulator's own time_received, so --speed X replays exactly like
    # --simulate --rate 100 --speed X (the recording's receive times follow the recorder).
    # A recorder stopped by SIGINT leaves a truncated gzip tail: incomplete lines are dropped.
    { gzip -dc "$rec" 2>/dev/null || true; } | python3 "$OUT/retime.py" "$FRAMES.rate" >"$FRAMES"
    rm -f "$rec"
}

# ---------------------------------------------------------------- throughput
throughput() {
    make_frames
    local per_sim_s total
    per_sim_s=$(cat "$FRAMES.rate")
    total=$(wc -l <"$FRAMES")
    say "## Throughput (replay of the --rate 100 simulator, $per_sim_s msgs per simulated s; relay --buffer $BUFFER)"
    say ""
    say "| frame type | target msgs/s | relay --speed | achieved msgs/s (mean / median of 1 s) | relay sent | client frames | lost | relay skipped | p50 / p99 publish latency ms | flowdesk CPU % | CPU µs/frame | max RSS MB | relay CPU % | load avg | result |"
    say "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    local mode level port=$((PORT + 10))
    for mode in $MODES; do
        local bin_flag=()
        if [[ $mode == binary ]]; then bin_flag=(--binary); fi
        for level in $LEVELS; do
            port=$((port + 1))
            local n=$((level * LEVEL_SECS)) speed tag=$OUT/tp_${mode}_${level}
            if ((n > total)); then n=$total; fi
            # Speed from the simulated span of exactly the lines replayed (the simulator's
            # intensity drifts, so the whole file's average would be a few % off).
            local t_first t_last
            t_first=$(head -1 "$FRAMES" | sed 's/^{"received_ns":\([0-9]*\),.*/\1/')
            t_last=$(sed -n "${n}{s/^{\"received_ns\":\([0-9]*\),.*/\1/p;q}" "$FRAMES")
            speed=$(python3 -c "print(round($level * ($t_last - $t_first) / 1e9 / ($n - 1), 4))")
            local la
            la=$(load1)
            # The replay lasts n/level s; the client stays 5 s longer, then the relay is stopped.
            start_relay "$tag.relay.log" $((LEVEL_SECS + 30)) nice -n "$NICE" /usr/bin/time -v -o "$tag.relay.time" \
                "$RELAY" --replay <(nice -n "$NICE" head -n "$n" "$FRAMES") --speed "$speed" --port "$port" --buffer "$BUFFER" "${bin_flag[@]}"
            timeout -s INT $((LEVEL_SECS + 30)) nice -n "$NICE" /usr/bin/time -v -o "$tag.time" "$FLOWDESK" --headless \
                --relay "ws://127.0.0.1:$port" --duration $((LEVEL_SECS + 5)) --views health --out "$tag.health.jsonl" || true
            stop_relay
            local sent skipped st frames mean_rate median_rate active mean med p50 p99 cpu_s cpu_pct us rss rcpu_s rcpu lost ok
            read -r sent skipped < <(relay_counts "$tag.relay.log")
            st=$(health_stats "$tag.health.jsonl")
            eval "$st" # frames mean_rate median_rate
            mean=$mean_rate; med=$median_rate
            active=$(python3 -c "print($frames / max($mean, 1))") # seconds of streaming
            read -r p50 p99 < <(tail -1 "$tag.health.jsonl" | jq -r '"\(.publish_latency_p50_ms // "nan") \(.publish_latency_p99_ms // "nan")"')
            cpu_s=$(python3 -c "print($(time_field "$tag.time" 'User time (seconds)') + $(time_field "$tag.time" 'System time (seconds)'))")
            rcpu_s=$(python3 -c "print($(time_field "$tag.relay.time" 'User time (seconds)') + $(time_field "$tag.relay.time" 'System time (seconds)'))")
            rss=$(( $(time_field "$tag.time" 'Maximum resident set size (kbytes)') / 1024 ))
            cpu_pct=$(python3 -c "print(round(100 * $cpu_s / $active))")
            rcpu=$(python3 -c "print(round(100 * $rcpu_s / $active))")
            us=$(python3 -c "print(round(1e6 * $cpu_s / max($frames, 1), 2))")
            lost=$((sent - frames))
            ok=PASS
            if ((lost != 0 || skipped != 0)); then ok=LOSS; fi
            if [[ $ok == PASS ]] && python3 -c "import sys; sys.exit(0 if $mean < 0.9 * $level else 1)"; then ok=SLOW; fi
            say "| $mode | $level | $speed | $mean / $med | $sent | $frames | $lost | $skipped | $(printf '%.0f / %.0f' "$p50" "$p99") | $cpu_pct | $us | $rss | $rcpu | $la | $ok |"
            if [[ $ok != PASS && $STOP_ON_FAIL == 1 ]]; then break; fi
        done
    done
    say ""
}

# ---------------------------------------------------------------- soak
soak() {
    local wall=$(( SOAK_SIM_MIN * 60 / SOAK_SPEED )) port=$((PORT + 5)) tag=$OUT/soak
    say "## Soak: $SOAK_SIM_MIN simulated minutes, --simulate --rate $SOAK_RATE at --speed $SOAK_SPEED ($wall s wall)"
    say ""
    start_relay "$tag.relay.log" $((wall + 60)) nice -n "$NICE" "$RELAY" --simulate --rate "$SOAK_RATE" --speed "$SOAK_SPEED" \
        --port "$port" --buffer "$BUFFER"
    timeout -s INT $((wall + 40)) nice -n "$NICE" "$FLOWDESK" --headless --relay "ws://127.0.0.1:$port" --duration "$wall" \
        --views health --out "$tag.health.jsonl" &
    local cli=$!
    PIDS+=("$cli")
    # flowdesk is the child of timeout; sample its RSS every 5 s.
    local fd_pid="" i
    for i in $(seq 50); do
        fd_pid=$(pgrep -P "$cli" | head -1 || true)
        [[ -n $fd_pid ]] && break
        sleep 0.1
    done
    echo "elapsed_s,rss_kb,cpu_ticks" >"$tag.rss.csv"
    local t0=$SECONDS
    while kill -0 "$cli" 2>/dev/null; do
        if [[ -r /proc/$fd_pid/status ]]; then
            local rss ticks
            rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$fd_pid/status" 2>/dev/null || true)
            ticks=$(awk '{print $14 + $15}' "/proc/$fd_pid/stat" 2>/dev/null || true)
            [[ -n $rss ]] && echo "$((SECONDS - t0)),$rss,$ticks" >>"$tag.rss.csv"
        fi
        sleep 5
    done
    wait "$cli" 2>/dev/null || true
    forget "$cli"
    stop_relay
    local sent skipped
    read -r sent skipped < <(relay_counts "$tag.relay.log")
    python3 - "$tag.rss.csv" "$tag.health.jsonl" "$sent" "$skipped" "$wall" "$SOAK_SIM_MIN" "$(getconf CLK_TCK)" <<'EOF' | tee -a "$SUMMARY"
import csv, json, sys
rss_file, health_file, sent, skipped, wall, sim_min, hz = sys.argv[1:]
rows = [(int(r["elapsed_s"]), int(r["rss_kb"]), int(r["cpu_ticks"] or 0)) for r in csv.DictReader(open(rss_file))]
lines = [json.loads(l) for l in open(health_file)]
h = lines[-1]
warm = next((r for r in rows if r[0] >= 30), rows[0])   # after 30 s wall (5 simulated min at speed 10)
end = rows[-1]
growth = 100.0 * (end[1] - warm[1]) / warm[1]
cpu = 100.0 * (end[2] - warm[2]) / int(hz) / max(end[0] - warm[0], 1)
rates = [l["msgs_per_s"] for l in lines if l.get("msgs_per_s")]
ok = growth < 5 and h["disconnects"] == 0 and h["rejected"] == 0 and int(skipped) == 0 and h["connects"] == 1
print("| figure | value |")
print("|---|---:|")
print("| simulated time / wall time | %s min / %s s |" % (sim_min, wall))
print("| frames received (events) | %d (%d) |" % (h["frames"], h["events"]))
print("| wall msgs/s (health, 10 s window, median) | %.0f |" % sorted(rates)[len(rates) // 2])
print("| RSS after warm-up (t = %d s) | %.1f MB |" % (warm[0], warm[1] / 1024))
print("| RSS at end (t = %d s) | %.1f MB |" % (end[0], end[1] / 1024))
print("| RSS max sampled | %.1f MB |" % (max(r[1] for r in rows) / 1024))
print("| RSS growth warm-up → end | %+.2f %% |" % growth)
print("| flowdesk CPU %% (warm-up → end) | %.0f |" % cpu)
print("| connects / disconnects | %d / %d |" % (h["connects"], h["disconnects"]))
print("| rejected | %d |" % h["rejected"])
print("| relay skipped (lost to slow client) | %s |" % skipped)
print("| relay sent − client frames (in flight when the client stopped first) | %d |" % (int(sent) - h["frames"]))
print("| p50 / p99 publish latency | %.0f / %.0f ms |" % (h["publish_latency_p50_ms"], h["publish_latency_p99_ms"]))
print("| result | %s |" % ("PASS" if ok else "FAIL"))
EOF
    say ""
}

say "# flowdesk end-to-end load, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load avg $(cut -d' ' -f1-3 /proc/loadavg), nice $NICE"
say ""
case $PHASE in
calibrate) calibrate ;;
throughput) throughput ;;
soak) soak ;;
all) calibrate; throughput; soak ;;
esac
echo "e2e_load: results in $OUT (summary.md)"

#!/usr/bin/env bash
# bench_engine: a burst of N jobs per call mode against one triggerdesk-sim on loopback, run by
# triggerdesk-cli (run --count N --json) and by the reference client (reference-client.mjs: the
# documentation's JavaScript examples on Node's fetch, all N jobs at once with Promise.all).
#
#   tests/bench/bench_engine.sh [--bin-dir DIR] [--out FILE.md] [--gateway none|h2|http1] ["N LIST"] ["MODES"]
#
# --gateway h2|http1 puts a real nginx (Debian nginx-light, /usr/sbin/nginx, an ordinary process with
# its files in the temporary folder) between the clients and the simulator, as in front of an
# on-premises Orchestrator: https on 127.0.0.1 with a throwaway CA and server certificate made by
# openssl, offering HTTP/2 in ALPN (h2) or not (http1), proxying over HTTP/1.1 keepalive connections
# to the simulator. The trigger URLs then point at nginx; triggerdesk-cli trusts the CA with
# --ca-file, Node with NODE_EXTRA_CA_CERTS. nginx logs each request's protocol, so the table shows
# what crossed it. Default none: the clients call the simulator directly over plain HTTP.
# BENCH_LONG_POLL_SLOTS, when set, is passed to triggerdesk-cli as --long-poll-slots for LongPolling.
#
# Defaults: N list "100 1000", modes "AsyncRequestReply FireAndForget LongPolling", binaries from
# $TRIGGERDESK_BIN_DIR or build/bin, table written to build/bench_engine.md (and a .tsv beside it).
# Job duration, poll interval and long-poll hold: BENCH_DURATION_MS (2500), BENCH_POLL_MS (1000),
# BENCH_HOLD_MS (1500); per-client timeout BENCH_TIMEOUT_S (900). Runs are sequential.
# Exit: 0 when every job of every run ended as expected, 1 otherwise, 77 when node is missing (or,
# with a gateway, nginx or openssl).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bin_dir=${TRIGGERDESK_BIN_DIR:-$root/build/bin}
out=$root/build/bench_engine.md
gateway=none
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --bin-dir) bin_dir=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --gateway) gateway=$2; shift 2 ;;
        *) echo "bench_engine.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
counts=${1:-100 1000}
modes=${2:-AsyncRequestReply FireAndForget LongPolling}
duration_ms=${BENCH_DURATION_MS:-2500}
poll_ms=${BENCH_POLL_MS:-1000}
hold_ms=${BENCH_HOLD_MS:-1500}
timeout_s=${BENCH_TIMEOUT_S:-900}
long_poll_slots=${BENCH_LONG_POLL_SLOTS:-}
token=bench-token
case $gateway in
    none | h2 | http1) ;;
    *) echo "bench_engine.sh: --gateway takes none, h2 or http1" >&2; exit 2 ;;
esac

if ! command -v node >/dev/null; then
    echo "bench_engine: SKIP: node is not installed" >&2
    exit 77
fi
[[ -x /usr/bin/time ]] || { echo "bench_engine: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
for b in triggerdesk-cli triggerdesk-sim; do
    [[ -x $bin_dir/$b ]] || { echo "bench_engine: no $bin_dir/$b" >&2; exit 2; }
done
nginx=/usr/sbin/nginx
if [[ $gateway != none ]]; then
    [[ -x $nginx ]] || { echo "bench_engine: SKIP: $nginx is missing (apt-get install nginx-light)" >&2; exit 77; }
    command -v openssl >/dev/null || { echo "bench_engine: SKIP: openssl is missing" >&2; exit 77; }
fi
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

work=$(mktemp -d)
sim_pid=
nginx_pid=
cleanup() {
    if [[ -n $nginx_pid ]]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
    if [[ -n $sim_pid ]]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

folder=0b0b0b0b-1111-4222-8333-444455556666
cat >"$work/triggers.json" <<EOF
{"triggers": [
 {"slug": "bench-async", "folderKey": "$folder", "verb": "POST", "defaultMode": "AsyncRequestReply", "durationMs": $duration_ms, "output": {"ok": true}},
 {"slug": "bench-fire", "folderKey": "$folder", "verb": "POST", "defaultMode": "FireAndForget", "durationMs": $duration_ms},
 {"slug": "bench-long", "folderKey": "$folder", "verb": "POST", "defaultMode": "LongPolling", "durationMs": $duration_ms, "output": {"ok": true}}
]}
EOF

"$bin_dir/triggerdesk-sim" --port 0 --token "$token" --triggers "$work/triggers.json" \
    --long-poll-hold-ms "$hold_ms" --stamp-results >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 100); do
    grep -q '^$' "$work/sim.out" 2>/dev/null && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.err" >&2; exit 2; }
    sleep 0.1
done
base=$(head -n 1 "$work/sim.out")
url_of() { awk -v slug="/$1" 'NR > 1 && index($2, slug) { print $2 }' "$work/sim.out"; }

# The gateway: a CA and a server certificate for 127.0.0.1 (EC P-256, two days), nginx on a free
# loopback port, and the trigger URLs moved from the simulator's origin to nginx's.
front=$base
cli_tls=()
node_env=()
gw=$work/gateway
if [[ $gateway != none ]]; then
    mkdir -p "$gw"
    ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${ec[@]}" -keyout "$gw/ca.key" -out "$gw/ca.pem" -days 2 \
        -subj "/CN=bench_engine throwaway CA" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>"$gw/openssl.err"
    openssl req "${ec[@]}" -keyout "$gw/server.key" -out "$gw/server.csr" -subj "/CN=127.0.0.1" 2>>"$gw/openssl.err"
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$gw/server.ext"
    openssl x509 -req -in "$gw/server.csr" -CA "$gw/ca.pem" -CAkey "$gw/ca.key" -CAcreateserial -days 2 \
        -extfile "$gw/server.ext" -out "$gw/server.pem" 2>>"$gw/openssl.err"
    gw_port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
    listen_http2=
    [[ $gateway == h2 ]] && listen_http2=" http2"
    user_line= # as root, nginx would hand its work to "nobody", who cannot read this folder
    ((EUID == 0)) && user_line="user root;"
    # One worker; each stream or connection in flight holds a client and an upstream connection.
    # proxy_next_upstream off: nginx never sends a request again itself.
    cat >"$gw/nginx.conf" <<EOF
$user_line
daemon off;
master_process on;
worker_processes 1;
worker_rlimit_nofile $(ulimit -n);
pid $gw/nginx.pid;
error_log $gw/error.log warn;
events { worker_connections 16384; }
http {
    log_format protocol '\$server_protocol';
    access_log $gw/access.log protocol;
    client_body_temp_path $gw/body;
    proxy_temp_path $gw/proxy;
    fastcgi_temp_path $gw/fastcgi;
    uwsgi_temp_path $gw/uwsgi;
    scgi_temp_path $gw/scgi;
    keepalive_requests 100000;
    keepalive_timeout 300s;
    http2_max_concurrent_streams 1000;
    upstream simulator { server ${base#http://}; keepalive 256; }
    server {
        listen 127.0.0.1:$gw_port ssl$listen_http2;
        ssl_certificate $gw/server.pem;
        ssl_certificate_key $gw/server.key;
        location / {
            proxy_pass http://simulator;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_buffering off;
            proxy_request_buffering off;
            proxy_redirect off;
            proxy_next_upstream off;
            proxy_read_timeout 600s;
        }
    }
}
EOF
    "$nginx" -p "$gw" -c "$gw/nginx.conf" -e "$gw/error.log" >"$gw/nginx.out" 2>&1 &
    nginx_pid=$!
    for _ in $(seq 100); do
        (: <"/dev/tcp/127.0.0.1/$gw_port") 2>/dev/null && break
        kill -0 "$nginx_pid" 2>/dev/null || { cat "$gw/nginx.out" "$gw/error.log" >&2; exit 2; }
        sleep 0.1
    done
    (: <"/dev/tcp/127.0.0.1/$gw_port") 2>/dev/null || { echo "bench_engine: nginx does not listen" >&2; cat "$gw/error.log" >&2; exit 2; }
    front=https://127.0.0.1:$gw_port
    cli_tls=(--ca-file "$gw/ca.pem")
    node_env=(NODE_EXTRA_CA_CERTS="$gw/ca.pem")
fi

# Fewest requests the protocol allows per job (duration not a multiple of the interval or hold).
min_requests() {
    case $1 in
        FireAndForget) echo 1 ;;
        AsyncRequestReply) echo $((1 + (duration_ms + poll_ms - 1) / poll_ms + 1)) ;;
        LongPolling) echo $((duration_ms / hold_ms + 1)) ;;
    esac
}

# Summary of triggerdesk-cli --json lines: jobs, ok, failed, requests, span ms, states, max queued ms,
# p50 and p99 of the delay from the simulator finishing a job (its result's _simEndedAtMs, from
# --stamp-results) to the client reporting it (the job's last transition), "-" without results,
# and the requests whose hop says "protocol": "h2".
percentiles_js='
        const quantile = (xs, q) => xs.length ? xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] : "-";'
summarize_cli() {
    node -e "$percentiles_js"'
        const fs = require("fs");
        const expected = process.argv[2] === "FireAndForget" ? "Started" : "Successful";
        const lines = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(l => l.startsWith("{"));
        let ok = 0, requests = 0, h2 = 0, first = Infinity, last = -Infinity, maxQueued = 0;
        const states = {}, delays = [];
        for (const line of lines) {
            const job = JSON.parse(line);
            states[job.state] = (states[job.state] || 0) + 1;
            if (job.state === expected) ok++;
            for (const hop of job.hops) {
                requests += hop.count || 1;
                if (hop.protocol === "h2") h2 += hop.count || 1;
            }
            const t = job.transitions.map(x => ({ state: x.state, at: Date.parse(x.at) }));
            const queued = t.find(x => x.state === "Queued"), trig = t.find(x => x.state === "Triggering");
            if (trig) first = Math.min(first, trig.at);
            if (queued && trig) maxQueued = Math.max(maxQueued, trig.at - queued.at);
            last = Math.max(last, t[t.length - 1].at);
            if (job.output && job.output._simEndedAtMs)
                delays.push(t[t.length - 1].at - job.output._simEndedAtMs);
        }
        const s = Object.entries(states).map(([k, v]) => k + ":" + v).join(",") || "-";
        console.log([lines.length, ok, lines.length - ok, requests, isFinite(first) ? last - first : 0, s, maxQueued,
                     quantile(delays, 0.5), quantile(delays, 0.99), h2].join(" "));
    ' "$1" "$2"
}

summarize_node() {
    node -e '
        const fs = require("fs");
        const lines = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(l => l.startsWith("{"));
        const sum = lines.map(l => JSON.parse(l)).find(j => j.summary);
        if (!sum) { console.log("0 0 " + process.argv[2] + " 0 0 no-summary 0 - - -"); process.exit(0); }
        const states = {};
        for (const l of lines) { const j = JSON.parse(l); if (!j.summary) states[j.state] = (states[j.state] || 0) + 1; }
        const s = Object.entries(states).map(([k, v]) => k + ":" + v).join(",");
        console.log([sum.jobs, sum.ok, sum.failed, sum.requests, sum.spanMs, s, 0, sum.delayP50Ms, sum.delayP99Ms, "-"].join(" "));
    ' "$1" "$2"
}

tsv=${out%.md}.tsv
mkdir -p "$(dirname "$out")"
printf 'client\tgateway\tmode\tN\twall_s\tspan_s\tcpu_s\tcpu_ms_per_job\tcpu_pct_core\trss_mb\treq_per_job\tmin_req\tok\tfailed\tstates\tmax_queued_s\texit\tdelay_p50_ms\tdelay_p99_ms\th2_req_per_job\tgw_h2_req_per_job\tgw_h1_req_per_job\tgw_error_log_lines\n' >"$tsv"
all_ok=1

# Lines nginx logged so far (access log: one line per request, its protocol; error log: warnings and worse).
lines_in() { if [[ -f $1 ]]; then wc -l <"$1"; else echo 0; fi; }

for mode in $modes; do
    case $mode in
        AsyncRequestReply) slug=bench-async ;;
        FireAndForget) slug=bench-fire ;;
        LongPolling) slug=bench-long ;;
        *) echo "bench_engine: unknown mode $mode" >&2; exit 2 ;;
    esac
    url=$(url_of "$slug")
    url=$front${url#"$base"}
    minreq=$(min_requests "$mode")
    cli_extra=()
    [[ $mode == LongPolling && -n $long_poll_slots ]] && cli_extra=(--long-poll-slots "$long_poll_slots")
    for n in $counts; do
        for client in triggerdesk-cli node-fetch; do
            echo "bench_engine: $client $mode N=$n via $url ..." >&2
            access_before=$(lines_in "$gw/access.log")
            errors_before=$(lines_in "$gw/error.log")
            rc=0
            if [[ $client == triggerdesk-cli ]]; then
                TRIGGERDESK_TOKEN=$token timeout "$timeout_s" /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
                    "$bin_dir/triggerdesk-cli" run "$url" --mode "$mode" --count "$n" --json \
                    --poll-interval-ms "$poll_ms" "${cli_tls[@]}" "${cli_extra[@]}" >"$work/out" 2>"$work/err" || rc=$?
                read -r jobs ok failed requests span_ms states max_queued_ms delay50 delay99 h2 < <(summarize_cli "$work/out" "$mode")
            else
                TRIGGERDESK_TOKEN=$token timeout "$timeout_s" /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
                    env "${node_env[@]}" node "$here/reference-client.mjs" "$url" "$mode" "$n" "$poll_ms" \
                    >"$work/out" 2>"$work/err" || rc=$?
                read -r jobs ok failed requests span_ms states max_queued_ms delay50 delay99 h2 < <(summarize_node "$work/out" "$n")
            fi
            # /usr/bin/time writes "Command exited with non-zero status N" before its numbers.
            read -r wall user sys rss_kb < <(tail -n 1 "$work/time" 2>/dev/null || echo "0 0 0 0")
            missing=$((n - jobs))
            failed=$((failed + missing))
            ((failed == 0)) || all_ok=0
            if ((failed > 0)); then
                echo "bench_engine: $client $mode N=$n: $failed not as expected (exit $rc); stderr tail:" >&2
                tail -n 5 "$work/err" >&2 || true
            fi
            # Let the simulator finish the burst's jobs before the next one (and nginx log the last requests).
            sleep $(((duration_ms + 999) / 1000 + 1))
            gw_h2=- gw_h1=- gw_errors=-
            if [[ $gateway != none ]]; then
                read -r gw_h2 gw_h1 < <(tail -n +"$((access_before + 1))" "$gw/access.log" |
                    awk '$1 == "HTTP/2.0" { h2++ } $1 != "HTTP/2.0" { h1++ } END { print h2 + 0, h1 + 0 }')
                gw_errors=$(($(lines_in "$gw/error.log") - errors_before))
                if ((gw_errors > 0)); then
                    echo "bench_engine: nginx error log, $gw_errors new lines; the last:" >&2
                    tail -n 3 "$gw/error.log" >&2
                fi
            fi
            awk -v c="$client" -v gw="$gateway" -v m="$mode" -v n="$n" -v wall="$wall" -v span="$span_ms" -v u="$user" -v s="$sys" \
                -v rss="$rss_kb" -v req="$requests" -v minreq="$minreq" -v ok="$ok" -v failed="$failed" \
                -v states="$states" -v mq="$max_queued_ms" -v rc="$rc" -v d50="$delay50" -v d99="$delay99" \
                -v h2="$h2" -v gwh2="$gw_h2" -v gwh1="$gw_h1" -v gwerr="$gw_errors" 'BEGIN {
                    cpu = u + s
                    pct = wall > 0 ? 100 * cpu / wall : 0
                    fmt = "%s\t%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%.3f\t%.1f\t%.1f\t%.2f\t%d\t%d\t%d\t%s\t%.2f\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n"
                    printf fmt, c, gw, m, n, wall, span / 1000, cpu, cpu * 1000 / n, pct, rss / 1024, req / n, minreq, ok, failed, states, mq / 1000, rc, d50, d99,
                        h2 == "-" ? "-" : sprintf("%.2f", h2 / n), gwh2 == "-" ? "-" : sprintf("%.2f", gwh2 / n),
                        gwh1 == "-" ? "-" : sprintf("%.2f", gwh1 / n), gwerr
                }' >>"$tsv"
            tail -n 1 "$tsv" >&2
        done
    done
done

case $gateway in
    none) path="direct: clients -> triggerdesk-sim, plain HTTP/1.1 on loopback" ;;
    h2) path="nginx h2: clients -> nginx $("$nginx" -v 2>&1 | sed 's|.*/||') (TLS, HTTP/2 offered in ALPN) -> triggerdesk-sim (HTTP/1.1 keepalive)" ;;
    http1) path="nginx http1: clients -> nginx $("$nginx" -v 2>&1 | sed 's|.*/||') (TLS, HTTP/1.1 only) -> triggerdesk-sim (HTTP/1.1 keepalive)" ;;
esac
{
    echo "# bench_engine, gateway $gateway"
    echo
    echo "Path: $path."
    if [[ $gateway != none ]]; then
        echo "node-fetch is HTTP/1.1 over TLS in every gateway run: Node's fetch (undici $(node -p process.versions.undici)) offers"
        echo "only http/1.1 in ALPN. triggerdesk-cli sends trigger calls over HTTP/1.1 on purpose and polls over h2 when offered."
    fi
    echo "Simulator: triggerdesk-sim on $base, job duration ${duration_ms} ms, long-poll hold ${hold_ms} ms;"
    echo "poll interval ${poll_ms} ms (CLI --poll-interval-ms, reference client sleep). $(nproc) cores, node $(node --version)."
    if [[ -n $long_poll_slots ]]; then
        echo "LongPolling rows of triggerdesk-cli: --long-poll-slots $long_poll_slots (default 50 per server)."
    fi
    echo "wall = process wall time; span = first trigger to last result; CPU = user+sys of the client process;"
    echo "CPU % = CPU / wall (one core = 100); RSS = peak resident set; req/job = HTTP requests per job"
    echo "(CLI: sum of hop counts; Node: requests undici created, a followed 303 counts 2); min = protocol minimum."
    echo "h2 req/job = the CLI's hops whose \"protocol\" is h2 (Node: -); gw h2, gw h1.1 = requests per job that nginx"
    echo "logged as HTTP/2.0 and HTTP/1.x; gw err = lines nginx added to its error log (warn and worse) during the run."
    echo
    echo "done -> reported = from the simulator finishing a job to the client reporting it (p50, p99 ms)."
    echo
    echo "| client | gateway | mode | N | wall s | span s | CPU s | CPU ms/job | CPU % core | peak RSS MB | req/job | min | ok | failed | states | max queued s | exit | done -> reported p50 | p99 | h2 req/job | gw h2 req/job | gw h1.1 req/job | gw err |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    tail -n +2 "$tsv" | awk -F'\t' '{ printf "|"; for (i = 1; i <= NF; i++) printf " %s |", $i; printf "\n" }'
    echo
    echo "CPU per job, triggerdesk-cli / node-fetch, gateway $gateway (target <= 0.5):"
    echo
    echo "| mode | N | CLI ms/job | Node ms/job | ratio |"
    echo "|---|---:|---:|---:|---:|"
    tail -n +2 "$tsv" | awk -F'\t' '
        $1 == "triggerdesk-cli" { cli[$3 " " $4] = $8; order[++k] = $3 " " $4 }
        $1 == "node-fetch" { nd[$3 " " $4] = $8 }
        END {
            for (i = 1; i <= k; i++) {
                key = order[i]; split(key, p, " ")
                ratio = nd[key] > 0 ? sprintf("%.2f", cli[key] / nd[key]) : "-"
                printf "| %s | %s | %s | %s | %s |\n", p[1], p[2], cli[key], nd[key], ratio
            }
        }'
} >"$out"
cat "$out"
echo "bench_engine: table written to $out (raw: $tsv)" >&2
((all_ok)) && exit 0 || exit 1

#!/usr/bin/env bash
# motcua-cli bench on a small seeded database (the second argument: its dossiers, 2,000 by default): every line is
# printed, in text and as JSON, with figures where there should be figures; bad options are refused naming the
# option; a database without dossiers is refused. The figures themselves are not checked (no timed assertion).
# With MOTCUA_TEST_BACKEND=postgresql the database is copied to a throwaway server and measured there (plain SQL
# through libpq).
set -u
CLI="$1"
dossiers="${2:-2000}"
source "$(dirname "$0")/harness.sh"
# The demo's staff (clerk.vp for the intake, leader.bgd for the window) and the administrator share it.
export MOTCUA_PASSWORD=motcua-demo
# The window started by the bench keeps its settings here, not in the user's.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db="$work/bench.sqlite"

run "init" 0 "" -- init
run "nothing to measure yet" 2 "seed-demo" -- bench --runs 1
run "seed" 0 "" -- seed-demo --dossiers "$dossiers" --years 2
if [[ "${MOTCUA_TEST_BACKEND:-}" == postgresql ]]; then
    source "$(dirname "$0")/pg_server.sh"
    pg_database bench
    run "copy to the server" 0 "" -- copy --from "$db" --to "$pg_url"
    db=$pg_url
fi
run "runs must be a number" 2 "--runs" -- bench --runs none
run "runs from 1" 2 "--runs" -- bench --runs 0
run "seeded dossiers from 1" 2 "--dossiers" -- bench --dossiers 0
run "an unknown option" 2 "--limit" -- bench --limit 3

keys=(intake list.page list.total filtered.page filtered.total search.common.page search.common.total
      search.rare.page search.rare.total lookup open dashboard ii06a register.pdf seed gui.startup gui.memory)
run "bench as text" 0 "" -- bench --runs 2 --dossiers 100 --lang en
printf '%s\n' "$out" > "$work/bench.txt"
# A heading, the columns, then one line per operation, none of them "not measured".
[[ $(wc -l < "$work/bench.txt") -eq $((2 + ${#keys[@]})) ]] && ok || fail "lines: $out"
grep -q "not measured" "$work/bench.txt" && fail "an operation not measured: $out" || ok
for label in "intake of one dossier, committed" "all dossiers: first page" "all dossiers: total" \
             ": first page" "search \"nguyen van\": first page" "search \"nguyen van\": total" "code lookup" \
             "open a dossier with its history" "dashboard: counts and overdue list" "form II.06a, quarter" \
             "register (Mẫu 07) as PDF, month" "seed-demo: 100 dossiers" "window start-up" "window memory"; do
    grep -qF "$label" "$work/bench.txt" && ok || fail "no line \"$label\": $out"
done

run "bench as JSON" 0 "" -- bench --runs 2 --dossiers 100 --json
printf '%s' "$out" > "$work/bench.json"
python3 - "$work/bench.json" "${keys[@]}" <<'PY' && ok || fail "JSON: $out"
import json, sys
d = json.load(open(sys.argv[1]))
keys = sys.argv[2:]
ops = {o["key"]: o for o in d["operations"]}
assert [o["key"] for o in d["operations"]] == keys, [o["key"] for o in d["operations"]]
assert d["runs"] == 2 and d["dossiers"] > 0, d
for key, o in ops.items():
    assert "error" not in o, o
    if key not in ("gui.memory",):
        assert o["median_ms"] >= 0 and o["p99_ms"] >= o["median_ms"], o
unqueried = ("intake", "register.pdf", "seed", "gui.startup", "gui.memory")
queried = [k for k in keys if k not in unqueried]
for key in queried:
    assert ops[key]["sql_median_ms"] >= 0 and ops[key]["ratio"] > 0, ops[key]
for key in unqueried:
    assert "sql_median_ms" not in ops[key], ops[key]
assert ops["register.pdf"]["pages"] >= 1 and ops["register.pdf"]["vmhwm_growth_kb"] >= 0, ops["register.pdf"]
assert ops["seed"]["dossiers_per_s"] > 0, ops["seed"]
assert ops["gui.memory"]["vmhwm_kb"] >= ops["gui.memory"]["vmrss_kb"] > 0, ops["gui.memory"]
PY
finish

#!/usr/bin/env bash
# motcua-cli verify: a seeded database verifies (exit 0); the same database changed behind the application's back
# with plain SQL (the append-only triggers dropped first, as an attacker would) is named line by line (exit 4), in
# Vietnamese by default, in English with --lang en, as JSON lines with --json; a backup's recorded heads catch a
# history rewritten with its hashes computed again, and the counter of dossiers held against the rows.
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/motcua.sqlite"
export MOTCUA_PASSWORD=admin-pass-1

# The findings are on stdout and the progress on stderr (several lines, not an error): exit 4 is checked as run
# checks exit 0.
found() {
    local name="$1" want="$2"
    shift 3
    out=$("$CLI" --db "$db" "$@" 2>"$work/err")
    local got=$?
    err=$(cat "$work/err")
    if [[ $got -ne 4 ]]; then fail "$name: exit $got, expected 4 (stdout: $out; stderr: $err)"; return; fi
    if [[ -n "$want" && "$out" != *"$want"* ]]; then fail "$name: no \"$want\" in: $out"; return; fi
    [[ "$err" == *"verify: "* ]] && ok || fail "$name: no progress on stderr: $err"
}
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()" "$db" "$1"; }
value() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$db" "$1"; }

run "init" 0 "" -- init
run "seed" 0 "" -- seed-demo --dossiers 120 --years 1
run "a clean database verifies" 0 "bị thay đổi ngoài" -- verify
[[ "$err" == *"verify: dossier_event "* && "$err" == *"mục/giây"* ]] && ok || fail "no progress and figure on stderr: $err"
run "clean, as JSON" 0 "" -- verify --json
[[ $(printf '%s\n' "$out" | tail -1) == *'"ok":true'* ]] && ok || fail "json summary: $out"
run "a backup" 0 "" -- backup "$work/copy.sqlite"
run "verify against the backup" 0 "" -- verify --backup "$work/copy.sqlite"
run "usage" 2 "" -- verify extra

sql "DROP TRIGGER dossier_event_no_update; DROP TRIGGER dossier_event_no_delete; DROP TRIGGER admin_log_no_update;"
event=$(value "SELECT id FROM dossier_event ORDER BY id LIMIT 1 OFFSET 40")
sql "UPDATE dossier_event SET at = '2020-01-01T08:00:00+07:00' WHERE id = $event"
found "an edited event" "dossier_event $event: " -- verify
[[ "$out" == *"bị sửa"* ]] && ok || fail "reason not in Vietnamese: $out"
found "in English" "dossier_event $event: its content was edited" -- verify --lang en
found "as JSON lines" "" -- verify --json
[[ $(printf '%s\n' "$out" | python3 -c "import json,sys; rows=[json.loads(l) for l in sys.stdin]; print([r['check'] for r in rows if r.get('table')=='dossier_event'][0], rows[-1]['ok'])") == "edited False" ]] \
    && ok || fail "json: $out"

code=$(value "SELECT code FROM dossier WHERE status = 4 ORDER BY id LIMIT 1")
sql "UPDATE dossier SET status = 10 WHERE code = '$code'"
found "a status changed with UPDATE" "dossier $code: " -- verify --lang en
[[ "$out" == *"its status is 10"* ]] && ok || fail "status finding: $out"

# The whole chain computed again after the edit (as one who read docs/history-chain.md would): the database alone
# no longer shows it, the backup's head does.
python3 - "$db" <<'PY'
import hashlib, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
def field(v):
    if v is None:
        return b"\0"
    b = str(v).encode()
    return b"\1" + str(len(b)).encode() + b":" + b
link = b"\0" * 32
last = 0
n = 0
for row in c.execute("SELECT id, dossier_id, at, actor_id, action, details FROM dossier_event ORDER BY id").fetchall():
    link = hashlib.sha256(link + field("dossier_event") + b"".join(field(v) for v in row[1:])).digest()
    c.execute("UPDATE dossier_event SET hash = ? WHERE id = ?", (link, row[0]))
    last, n = row[0], n + 1
c.execute("UPDATE history_head SET hash = ?, last_id = ?, entries = ? WHERE chain = 'dossier_event'", (link, last, n))
c.commit()
PY
sql "UPDATE dossier SET status = 4 WHERE code = '$code'"
run "rewritten with new hashes: the database alone" 0 "" -- verify
found "rewritten with new hashes: the backup's head" "copy.sqlite" -- verify --backup "$work/copy.sqlite" --lang en
run "a backup that is not one" 2 "" -- verify --backup "$work/nothing.sqlite"

# The counter of dossiers by department and status that the lists' totals read, changed by hand: named with the
# department, the status and both counts; put back, the database verifies again.
sql "UPDATE dossier_count SET n = n + 2 WHERE status = 10"
found "a counter changed with UPDATE" "dossier_count: department " -- verify --lang en
[[ "$out" == *"status 10: the counter holds "* ]] && ok || fail "counter finding: $out"
found "the counter's finding in Vietnamese" "bộ đếm ghi" -- verify
sql "UPDATE dossier_count SET n = n - 2 WHERE status = 10"
run "the counter put back" 0 "" -- verify

last=$(value "SELECT max(id) FROM dossier_event")
sql "DELETE FROM dossier_event WHERE id = $last"
found "the last event deleted" "dossier_event $last: " -- verify --lang en
finish

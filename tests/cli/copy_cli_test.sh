#!/usr/bin/env bash
# Moving an office from its file to the server (docs/postgresql.md): motcua-cli copy of a seeded file of 20,000
# dossiers (the second argument, for trying other sizes) to a throwaway PostgreSQL server; every table's rows and
# digest equal; a bad address or a non-empty target refused with exit 2; the copy receives the next dossier. Then
# the application's role (motcua-cli grant) and the server's backups (backup, verify-backup, restore).
set -u
CLI="$1"
dossiers="${2:-20000}"
source "$(dirname "$0")/harness.sh"
source "$(dirname "$0")/pg_server.sh"
export MOTCUA_PASSWORD=admin-pass-1
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
db="$work/office.sqlite"
run "init" 0 "" -- init
started=$SECONDS
run "seed" 0 "" -- seed-demo --dossiers "$dossiers" --years 2
echo "seed-demo of $dossiers dossiers: $((SECONDS - started)) s"
pg_database office
server=$pg_url

run "a target without database" 2 "--to" -- copy --from "$db" --to "postgresql://motcua@127.0.0.1:$pg_port/"
run "a target without user" 2 "--to" -- copy --from "$db" --to "postgresql://127.0.0.1:$pg_port/office"
run "no such source" 2 "--from" -- copy --from "$work/none.sqlite" --to "$server"
run "no source" 2 "--from" -- copy --to "$server"

started=$SECONDS
run "copy" 0 "" -- copy --from "$db" --to "$server" --json
echo "copy of $dossiers dossiers to PostgreSQL: $((SECONDS - started)) s"
printf '%s' "$out" > "$work/copy.json"
[[ $(json "all(t['same'] for t in d['tables'])" < "$work/copy.json") == True ]] && ok || fail "digests differ: $out"
[[ $(json "len(d['tables'])" < "$work/copy.json") -ge 20 ]] && ok || fail "too few tables: $out"
rows() { json "[t['target_rows'] for t in d['tables'] if t['table'] == '$1'][0]" < "$work/copy.json"; }
[[ $(rows dossier) -ge $dossiers ]] && ok || fail "dossiers copied: $(rows dossier)"
for table in dossier_event step_instance dossier_pause dossier_extension user_account procedure process_version \
    calendar_entry online_submission; do
    [[ $(rows $table) -gt 0 ]] && ok || fail "nothing copied in $table"
done
[[ "$err" == *"dossier_event: "*" / "* ]] && ok || fail "no progress on stderr: ${err:0:200}"

run "a non-empty target" 2 "--to" -- copy --from "$db" --to "$server"
[[ "$err" == *"không trống"* ]] && ok || fail "non-empty target: $err"

# The copy works: the day's numbering and the ids go on.
db=$server
applicant=(--name "Nguyễn Văn An" --id 091190001234 --address "Rạch Giá" --phone 0912345678)
MOTCUA_PASSWORD=motcua-demo run "receive on the server" 0 "" -- receive --as clerk.vp --procedure 1.009374 \
    "${applicant[@]}" --documents 1,2,3,4 --json
code=$(printf '%s' "$out" | json "d['code']")
MOTCUA_PASSWORD=motcua-demo run "show it" 0 "Nguyễn Văn An" -- show "$code" --as clerk.vp

# The application's role: granted by the owner, it works, and the history is only added to.
"$pg_bin/psql" -q -h "$pg_dir" -p "$pg_port" -U motcua -d office -c "CREATE ROLE office_app LOGIN" || exit 1
run "grant to a missing role" 2 "ROLE" -- grant nobody
run "grant" 0 "office_app" -- grant office_app
db="postgresql://office_app@127.0.0.1:$pg_port/office"
MOTCUA_PASSWORD=motcua-demo run "receive as the application's role" 0 "" -- receive --as clerk.vp \
    --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4
denied=$("$pg_bin/psql" -h "$pg_dir" -p "$pg_port" -U office_app -d office -c "DELETE FROM dossier_event" 2>&1)
[[ "$denied" == *"permission denied"* ]] && ok || fail "the history deleted by the application's role: $denied"

# Backups of the server: pg_dump archive with its manifest, verified, for the owner only; restored.
run "backup" 0 "" -- backup "$work/office.dump" --json
[[ $(stat -c %a "$work/office.dump") == 600 && $(stat -c %a "$work/office.dump.manifest.json") == 600 ]] && ok \
    || fail "backup modes: $(stat -c %a "$work/office.dump" "$work/office.dump.manifest.json")"
"$pg_bin/pg_restore" --list "$work/office.dump" >/dev/null && ok || fail "pg_restore --list"
run "verify-backup" 0 "dossier" -- verify-backup "$work/office.dump" --json
[[ $(printf '%s' "$out" | json "d['rows']['dossier']") -ge $dossiers ]] && ok || fail "backup rows: $out"
db=$server
MOTCUA_PASSWORD=motcua-demo run "one more" 0 "" -- receive --as clerk.vp --procedure 1.009374 "${applicant[@]}" \
    --documents 1,2,3,4
cp "$work/office.dump" "$work/broken.dump"
cp "$work/office.dump.manifest.json" "$work/broken.dump.manifest.json"
printf 'XXXXXXXX' | dd of="$work/broken.dump" bs=1 seek=4000 conv=notrunc 2>/dev/null
run "a damaged backup" 2 "backup" -- restore "$work/broken.dump"
run "restore" 0 "" -- restore "$work/office.dump"
run "restored as it was" 0 "" -- list --json --limit 1
denied=$("$pg_bin/psql" -h "$pg_dir" -p "$pg_port" -U office_app -d office -c "DELETE FROM dossier_event" 2>&1)
[[ "$denied" == *"permission denied"* ]] && ok || fail "the history deletable after the restore: $denied"
total=$("$pg_bin/psql" -tA -h "$pg_dir" -p "$pg_port" -U motcua -d office -c "SELECT count(*) FROM dossier")
copied=$(json "[t['source_rows'] for t in d['tables'] if t['table'] == 'dossier'][0]" < "$work/copy.json")
[[ $total -eq $((copied + 2)) ]] && ok || fail "dossiers after restore: $total, expected $((copied + 2))"
finish

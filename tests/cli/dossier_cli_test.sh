#!/usr/bin/env bash
# A dossier's whole life through motcua-cli, as a script drives it: set-up, receipt, hand-overs, pause,
# extension, result, history; refusals with their exit codes; catalogue import/export; two processes
# receiving at the same moment never share a code.
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/motcua.sqlite"
race_db="$work/race.sqlite"
if [[ "${MOTCUA_TEST_BACKEND:-}" == postgresql ]]; then
    source "$(dirname "$0")/pg_server.sh"
    pg_database motcua && db=$pg_url
    pg_database race && race_db=$pg_url
fi
export MOTCUA_PASSWORD=admin-pass-1

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
as() { local who="$1"; shift; MOTCUA_PASSWORD=staff-pass-1 run "$@" --as "$who"; }

# Two first starts at once on a new database: both succeed, one administrator.
"$CLI" --db "$race_db" init >"$work/race1" 2>&1 & race=$!
"$CLI" --db "$race_db" init >"$work/race2" 2>&1; race2=$?
wait $race; race1=$?
[[ $race1 -eq 0 && $race2 -eq 0 ]] && ok || fail "concurrent init: $(cat "$work/race1" "$work/race2")"
run "init" 0 "admin" -- init
run "init again keeps the admin" 0 "" -- init
export MOTCUA_NEW_PASSWORD=staff-pass-1
run "add clerk" 0 "clerk" -- users add clerk --name "Lê Thị Tiếp Nhận" --roles clerk --department VP
run "add head" 0 "" -- users add head.bcxb --name "Trần Văn Trưởng" --roles head --department BCXB
run "add specialist" 0 "" -- users add cv.bcxb --name "Phạm Thị Chuyên" --roles specialist --department BCXB
run "add leader" 0 "" -- users add leader --name "Võ Văn Lãnh Đạo" --roles leader --department BGD
run "user with a bad role" 2 "motcua-cli: --roles: \"boss\" không phải" -- users add x.y --name "X" --roles boss
MOTCUA_NEW_PASSWORD=short run "user with a short password" 2 "password: Mật khẩu cần ít nhất 10 ký tự." -- users add short.pw --name "X" --roles clerk
MOTCUA_NEW_PASSWORD=staff-pass-1 MOTCUA_PASSWORD=staff-pass-1 run "only admins add users" 3 "" -- users add z.z --name Z --roles clerk --as clerk
run "users list" 0 "cv.bcxb" -- users list
run "wrong password" 3 "--as" -- list --as clerk

applicant=(--name "Nguyễn Thị Hương Giang" --id 091190001234 --birth 1990-05-12 --phone "0912 345 678"
           --address "Số 12, đường Trần Phú, phường Vĩnh Thanh, Rạch Giá, Kiên Giang")
as clerk "incomplete dossier" 2 "Tờ khai" -- receive --procedure 1.009374 "${applicant[@]}" --documents 2,3 --record-supplement
as clerk "bad identity number" 2 "motcua-cli: applicant.identity_number: Số định danh phải có 12 chữ số" -- receive --procedure 1.009374 --name "A B" --id 123 --address "x" --documents 1,2,3,4
# An error names its field once, before the plain message: "FIELD: message".
as clerk "bad phone: field, then message" 2 "motcua-cli: applicant.phone: Không phải số điện thoại Việt Nam" -- receive --procedure 1.009374 --name "A B" --id 091190001234 --address "x" --phone 0123 --documents 1,2,3,4
[[ "$err" != *"applicant.phone: applicant.phone"* ]] && ok || fail "the field is printed twice: $err"
as clerk "bad option: field, then message" 2 "motcua-cli: --fee: An amount in VND, digits only." -- receive --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4 --fee abc --lang en
as clerk "unknown procedure" 2 "9.9" -- receive --procedure 9.9 "${applicant[@]}" --documents 1
as cv.bcxb "a specialist does not receive" 3 "" -- receive --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4
as clerk "back-dating needs an administrator" 3 "" -- receive --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4 --at "2026-01-05 09:00"
as clerk "nothing stored" 0 "" -- list --json
[[ "$out" == "[]" ]] && ok || fail "nothing stored: $out"

as clerk "receive" 0 "000.00.16.H33-" -- receive --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4 --fee 0
code=${out%% *}
[[ "$code" =~ ^000\.00\.16\.H33-[0-9]{6}-0001$ ]] && ok || fail "code format: $code"
as clerk "show" 0 "" -- show "$code" --json
received=$(printf '%s' "$out" | json 'd["received_at"]')
due=$(printf '%s' "$out" | json 'd["due_at"]')
expected=$("$CLI" deadline --from "${received/T/ }" --days 20 --json | json 'd["due"]')
[[ "$due" == "$expected" ]] && ok || fail "due $due is not the calendar's $expected"

as head.bcxb "not the head's step yet" 3 "" -- handover "$code"
as clerk "desk hands over" 0 "" -- handover "$code" --note "Chuyển phòng"
as clerk "the desk cannot act on step 2" 3 "" -- handover "$code"
as head.bcxb "head hands to the specialist" 0 "" -- handover "$code" --to cv.bcxb
as cv.bcxb "only the head assigns" 3 "" -- assign "$code" --to cv.bcxb
as head.bcxb "assign to someone outside the department" 2 "assignee" -- assign "$code" --to leader
as head.bcxb "assign, with a note" 0 "" -- assign "$code" --to cv.bcxb --note "Xử lý gấp, đã quá hạn"
as head.bcxb "show the assignment" 0 "" -- show "$code" --json
[[ "$out" == *"Xử lý gấp, đã quá hạn"* ]] && ok || fail "the assignment's note is in no event: $out"
as cv.bcxb "pause for a supplement" 0 "" -- pause "$code" --reason supplement --note "Thiếu sơ yếu lý lịch" --json
[[ $(printf '%s' "$out" | json 'd["status"]') == 5 ]] && ok || fail "status 5 after the supplement request"
as cv.bcxb "no hand-over while paused" 3 "" -- handover "$code"
as clerk "resume" 0 "" -- resume "$code" --json
[[ $(printf '%s' "$out" | json 'd["status"]') == 4 ]] && ok || fail "status 4 after resume"
version=$(printf '%s' "$out" | json 'd["version"]')
as cv.bcxb "extension needs a leader" 3 "" -- extend "$code" --new-due "2030-01-07 17:00" --reason "Xác minh"
as leader "extension with apology" 0 "" -- extend "$code" --new-due "2030-01-07 17:00" --reason "Cần xác minh thêm" --version "$version"
as cv.bcxb "stale version refused" 3 "" -- handover "$code" --version "$version"
as cv.bcxb "specialist hands over" 0 "" -- handover "$code"
as head.bcxb "head hands over" 0 "" -- handover "$code"
as leader "result ready" 0 "" -- ready "$code" --json
[[ $(printf '%s' "$out" | json 'd["status"]') == 9 ]] && ok || fail "status 9 when ready"
as leader "the leader does not return results" 3 "" -- return "$code"
as clerk "return" 0 "" -- return "$code" --json
[[ $(printf '%s' "$out" | json 'd["status"]') == 10 ]] && ok || fail "status 10 when returned"
as clerk "closed" 3 "" -- withdraw "$code" --reason "x"
as clerk "history" 0 "" -- show "$code" --json
actions=$(printf '%s' "$out" | json '",".join(e["action"] for e in d["events"])')
[[ "$actions" == "receive,handover,handover,assign,pause,resume,extend,handover,handover,ready,return" ]] && ok || fail "history: $actions"
as clerk "show as text" 0 "Cần xác minh thêm" -- show "$code"
as clerk "history in words" 0 "Chuyển bước  Bước 1 → 2" -- show "$code"
as clerk "list" 0 "" -- list --json
fields=$(printf '%s' "$out" | json '",".join(sorted(d[0].keys()))')
for f in code applicant procedure status received_at due_at department assignee; do
    [[ ",$fields," == *",$f,"* ]] && ok || fail "list --json lacks $f"
done
as clerk "unknown dossier" 2 "" -- show 000.00.16.H33-000000-0000

# Refuse, stop and withdraw from the command line.
as clerk "receive 2" 0 "" -- receive --procedure 2.001171 "${applicant[@]}" --documents 1
second=${out%% *}
as clerk "refusal needs a head or leader" 3 "" -- refuse "$second" --reason "Không thuộc thẩm quyền"
as leader "stop needs a reason" 2 "motcua-cli: reason: Cần ghi rõ lý do." -- stop "$second"
as leader "stop" 0 "" -- stop "$second" --reason "Tổ chức đề nghị dừng"
as clerk "list stopped" 0 "$second" -- list --status 8

# Catalogue: export, import a broken file and a bad field (nothing changes), import it back.
run "export" 0 "" -- catalogue export "$work/catalogue.json"
printf '{ "format": "motcua-catalogue",\n "version": 1,\n "agency": {' > "$work/broken.json"
run "broken file names the line" 2 "Line 3" -- catalogue import "$work/broken.json" --lang en
python3 - "$work/catalogue.json" "$work/bad.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["procedures"][1]["documents"][0]["kind"] = "photocopy"
d["procedures"][0]["name"] = "Đã đổi tên"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
run "bad field names its path" 2 "procedures[1].documents[0].kind" -- catalogue import "$work/bad.json"
run "export again" 0 "" -- catalogue export "$work/again.json"
cmp -s "$work/catalogue.json" "$work/again.json" && ok || fail "a refused import changed the catalogue"
# Odd values a new user tried: each refused with its field, the database file left byte for byte as it was; an
# unknown key is a warning naming it.
python3 - "$work/catalogue.json" "$work" <<'PY'
import json, sys
base = json.load(open(sys.argv[1]))
def variant(name, change):
    d = json.loads(json.dumps(base))
    change(d)
    json.dump(d, open(f"{sys.argv[2]}/{name}.json", "w"), ensure_ascii=False)
variant("fee", lambda d: d["procedures"][3].update(fee=1.5))
variant("long", lambda d: d["procedures"][3].update(name="a" * 100000))
variant("nul", lambda d: d["procedures"][3].update(name="Cấp phép\u0000in"))
variant("space", lambda d: d["procedures"][3].update(code="2.001 594"))
variant("unknown", lambda d: d["procedures"][0].update(colour="đỏ"))
PY
[[ -f "$db" ]] && cp "$db" "$work/before.sqlite"
for odd in fee long nul space; do
    run "catalogue with an odd $odd" 2 "procedures[3]." -- catalogue import "$work/$odd.json"
done
if [[ -f "$db" ]]; then
    cmp -s "$db" "$work/before.sqlite" && ok || fail "a refused import changed the database file"
fi
run "unknown key: a warning" 0 "Warning: procedures[0].colour: unknown key, ignored." -- catalogue import "$work/unknown.json" --lang en
as clerk "a name with a control character" 2 "applicant.name" -- receive --procedure 2.001171 "${applicant[@]}" --name $'Nguy\x01ễn' --documents 1
as clerk "a name of 100000 characters" 2 "applicant.name" -- receive --procedure 2.001171 "${applicant[@]}" --name "$(printf 'a%.0s' $(seq 1 100000))" --documents 1
# --dry-run: the screen's preview (added, changed by field, left, refused), nothing written, not even a sign-in.
python3 - "$work/catalogue.json" "$work/changed.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["procedures"][0]["name"] = "Đã đổi tên"
d["procedures"][0]["fee"] = 75000
added = json.loads(json.dumps(d["procedures"][1]))
added["code"] = "9.999001"
added["name"] = "Thủ tục mới thêm"
for process in added.get("processes", []):
    process["code"] = process["code"] + "-MOI"
d["procedures"].append(added)
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
run "catalogue export before the dry run" 0 "" -- catalogue export "$work/before-dry.json"
[[ -f "$db" ]] && cp "$db" "$work/before-dry.sqlite"
MOTCUA_PASSWORD=wrong-password run "dry run: changed by field" 0 "Sửa: Thủ tục" -- catalogue import "$work/changed.json" --dry-run
[[ "$out" == *"Thay đổi: tên, lệ phí"* ]] && ok || fail "dry run names the changed fields: $out"
[[ "$out" == *"Thêm: Thủ tục 9.999001 — Thủ tục mới thêm"* ]] && ok || fail "dry run lists the added procedure: $out"
[[ "$out" == *"Giữ nguyên: "* ]] && ok || fail "dry run lists what is left: $out"
[[ "$out" == *"không ghi gì"* ]] && ok || fail "dry run says nothing was written: $out"
run "dry run --json" 0 '"applicable":true' -- catalogue import "$work/changed.json" --dry-run --json
[[ $(printf '%s' "$out" | json 'sum(1 for c in d["changes"] if c["action"] == "add" and c["kind"] == "procedure")') == 1 ]] && ok || fail "dry run json adds one: $out"
[[ $(printf '%s' "$out" | json 'sum(1 for c in d["changes"] if c["action"] == "change" and c["kind"] == "procedure")') == 1 ]] && ok || fail "dry run json changes one: $out"
if [[ -f "$db" ]]; then
    cmp -s "$db" "$work/before-dry.sqlite" && ok || fail "a dry run changed the database file"
fi
run "catalogue export after the dry run" 0 "" -- catalogue export "$work/after-dry.json"
cmp -s "$work/before-dry.json" "$work/after-dry.json" && ok || fail "a dry run changed the catalogue"
run "dry run of a bad file" 2 "procedures[1].documents[0].kind" -- catalogue import "$work/bad.json" --dry-run
run "import" 0 "2.001594" -- catalogue import "$work/catalogue.json"

# Two processes receiving at the same time: every code distinct, numbers 1…N of the day without gaps.
receive_many() {
    for _ in $(seq 1 12); do
        MOTCUA_PASSWORD=staff-pass-1 "$CLI" --db "$db" --as clerk receive --procedure 2.001171 "${applicant[@]}" \
            --documents 1 >>"$1" 2>>"$work/concurrent.err" || echo "failed" >>"$1"
    done
}
receive_many "$work/a.txt" & first=$!
receive_many "$work/b.txt" & second_pid=$!
wait $first $second_pid
if grep -q failed "$work/a.txt" "$work/b.txt"; then fail "concurrent receipt failed: $(cat "$work/concurrent.err")"; else ok; fi
MOTCUA_PASSWORD=staff-pass-1 "$CLI" --db "$db" --as clerk list --json --limit 1000 > "$work/all.json"
python3 - "$work/all.json" <<'PY' && ok || fail "codes of concurrent receipts"
import json, sys, collections
codes = [d["code"] for d in json.load(open(sys.argv[1]))]
assert len(codes) == len(set(codes)) == 26, codes
by_day = collections.defaultdict(list)
for c in codes:
    by_day[c.rsplit("-", 1)[0]].append(int(c.rsplit("-", 1)[1]))
for day, numbers in by_day.items():
    assert sorted(numbers) == list(range(1, len(numbers) + 1)), (day, sorted(numbers))
PY

finish

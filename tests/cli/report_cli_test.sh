#!/usr/bin/env bash
# Form II.06a from scripts: motcua-cli report prints the table, the JSON of the issue, a CSV and an XLSX workbook
# (read back with python3-openpyxl from Debian: values cell by cell against the JSON, merged header cells), and
# the same for the per-step, per-person and overdue reports;
# bad dates and options are refused naming the option.
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/motcua.sqlite"
export MOTCUA_PASSWORD=admin-pass-1
# Debian's interpreter, where python3-openpyxl is installed (another python3 may come first in PATH).
PYTHON=/usr/bin/python3

run "init" 0 "" -- init
export MOTCUA_NEW_PASSWORD=staff-pass-1
run "add a clerk who may back-date" 0 "" -- users add desk --name "Lê Thị Tiếp Nhận" --roles clerk,admin --department VP
run "add a leader" 0 "" -- users add leader --name "Võ Văn Lãnh Đạo" --roles leader --department BGD
run "add a clerk" 0 "" -- users add clerk --name "Trần Thị Một Cửa" --roles clerk --department VP
run "add a head" 0 "" -- users add head.bcxb --name "Trần Văn Trưởng" --roles head --department BCXB

applicant=(--name "Nguyễn Thị Hương Giang" --id 091190001234 --birth 1990-05-12 --phone "0912 345 678"
           --address "Số 12, đường Trần Phú, phường Vĩnh Thanh, Rạch Giá, Kiên Giang")
receive() {
    MOTCUA_PASSWORD=staff-pass-1 run "receive $1" 0 "" -- receive --as desk --procedure 1.009374 "${applicant[@]}" \
        --documents 1,2,3,4 --at "$1" "${@:2}"
    code=${out%% *}
}
# Three dossiers received in November 2026 (one online), one refused afterwards (today): November is not moved.
receive "2026-11-02 09:00" --channel online
receive "2026-11-03 09:00"
receive "2026-11-04 09:00" --channel post
MOTCUA_PASSWORD=staff-pass-1 run "refuse after the period" 0 "" -- refuse "$code" --as leader --reason "Không đủ điều kiện"

run "report as JSON" 0 "" -- report ii06a --from 01/11/2026 --to 30/11/2026 --json
printf '%s' "$out" > "$work/november.json"
python3 - "$work/november.json" <<'PY' && ok || fail "November JSON: $out"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["period"] == {"from": "2026-11-01", "to": "2026-11-30"}, d["period"]
t = d["total"]
assert (t["received_total"], t["received_online"], t["received_direct"], t["carried_over"]) == (3, 1, 2, 0), t
assert (t["resolved_total"], t["in_progress_total"], t["in_progress_within"], t["refused"]) == (0, 3, 3, 0), t
assert t["on_time_share"] is None and t["online_share"] == 1 / 3, t
assert len(d["rows"]) == 1 and d["rows"][0]["field"] == "Báo chí", d["rows"]
PY
run "the same without the subcommand, by procedure" 0 "" -- report --from 2026-11-01 --to 2026-11-30 --by procedure --json
[[ "$out" == *'"procedure":"1.009374"'* ]] && ok || fail "by procedure: $out"
run "report as a table" 0 "Tổng cộng" -- report ii06a --from 01/11/2026 --to 30/11/2026
[[ "$out" == *"(3) Số hồ sơ nhận giải quyết › Tổng số hồ sơ tiếp nhận"* && "$out" == *"Báo chí"* ]] && ok || fail "table: $out"
# This month (after November, whenever the test runs): the three carried over, one refused in it.
month_from=$(date +01/%m/%Y)
month_to=$(date -d "$(date +%Y-%m-01) +1 month -1 day" +%d/%m/%Y)
run "this month carries November over" 0 "" -- report ii06a --from "$month_from" --to "$month_to" --json
[[ "$out" == *'"carried_over":3'* && "$out" == *'"refused":1'* ]] && ok || fail "this month: $out"

run "CSV" 0 "" -- report ii06a --from 01/11/2026 --to 30/11/2026 --csv "$work/november.csv"
[[ "$(head -c 3 "$work/november.csv" | od -An -tx1 | tr -d ' ')" == "efbbbf" ]] && ok || fail "CSV without a BOM"
grep -q "Tổng số hồ sơ tiếp nhận" "$work/november.csv" && grep -q "Tổng cộng" "$work/november.csv" && ok || fail "CSV text"
run "PDF" 0 "" -- report ii06a --from 01/11/2026 --to 30/11/2026 --pdf "$work/november.pdf"
text=$(pdftotext -raw -enc UTF-8 "$work/november.pdf" - | tr -s '[:space:]' ' ')
[[ "$text" == *"TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"* && "$text" == *"Tổng cộng"* && "$text" == *"Báo chí"* && "$text" == *"THỦ TRƯỞNG CƠ QUAN"* ]] && ok || fail "PDF text: $text"
pdfinfo "$work/november.pdf" | grep -q "landscape\|842 x 595" && ok || fail "PDF not A4 landscape: $(pdfinfo "$work/november.pdf" | grep 'Page size')"
run "two outputs" 2 "--csv" -- report ii06a --from 01/11/2026 --to 30/11/2026 --pdf "$work/a.pdf" --csv "$work/a.csv"
run "XLSX through --format" 0 "" -- report --from 01/11/2026 --to 30/11/2026 --format xlsx --output "$work/november.xlsx"

# compare_xlsx XLSX JSON FROM: every numbered column of every row of the workbook against the JSON, and the merges.
compare_xlsx() {
    $PYTHON - "$1" "$2" "$3" <<'PY'
import json, sys
import openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).active
report = json.load(open(sys.argv[2]))
cells = [[c.value for c in row] for row in sheet.iter_rows()]
number_row = next(i for i, r in enumerate(cells) if r[0] == "(1)")
numbers = cells[number_row]
keys = {"(3)": "received_total", "(4)": "received_online", "(5)": "received_direct", "(6)": "carried_over",
        "(7)": "resolved_total", "(8)": "resolved_early", "(9)": "resolved_on_time", "(10)": "resolved_late",
        "(10a)": "resolved_late_with_apology", "(11)": "in_progress_total", "(12)": "in_progress_within",
        "(13)": "in_progress_overdue", "(11a)": "in_progress_paused", "(14a)": "refused", "(14b)": "withdrawn",
        "(14c)": "stopped", "(15)": "on_time_share", "(16)": "progress_indicator", "(17)": "online_share",
        "(18)": "average_working_days"}
lines = report["rows"] + [report["total"]]
body = cells[number_row + 1:number_row + 1 + len(lines)]
assert len(body) == len(lines), (len(body), len(lines))
assert body[-1][1] == "Tổng cộng", body[-1]
compared = 0
for line, row in zip(lines, body):
    for column, number in enumerate(numbers):
        if number in keys:
            want, got = line[keys[number]], row[column]
            if want is None:
                assert got is None, (number, got)
            else:
                assert abs(got - want) < 1e-9, (number, got, want)
            compared += 1
for i, line in enumerate(report["rows"]):
    assert str(line.get("procedure", line["field"])) in str(body[i][1]), (line, body[i][1])
merged = {str(r) for r in sheet.merged_cells.ranges}
header = number_row - 3 + 1  # first header row, 1-based
for want in ("A%d:A%d" % (header, header + 2), "C%d:F%d" % (header, header), "D%d:E%d" % (header + 1, header + 1)):
    assert want in merged, (want, sorted(merged))
assert cells[number_row - 3][2] == "Số hồ sơ nhận giải quyết", cells[number_row - 3]
assert "Tổng số hồ sơ tiếp nhận" in cells[number_row - 2], cells[number_row - 2]
assert sheet.freeze_panes == "C%d" % (number_row + 2), sheet.freeze_panes
assert any(sys.argv[3] in str(v) for r in cells[:6] for v in r if v), cells[:6]
print(compared)
PY
}
compare_xlsx "$work/november.xlsx" "$work/november.json" 01/11/2026 > "$work/compared" && ok || fail "XLSX against JSON: $(cat "$work/compared")"

run "bad day" 2 "motcua-cli: --from:" -- report ii06a --from 31/02/2026 --to 30/11/2026
run "no end" 2 "--to" -- report ii06a --from 01/11/2026
run "period upside down" 2 "--to" -- report ii06a --from 01/12/2026 --to 01/11/2026
run "bad grouping" 2 "--by" -- report ii06a --from 01/11/2026 --to 30/11/2026 --by department
run "bad format" 2 "--format" -- report --from 01/11/2026 --to 30/11/2026 --format pdf --output "$work/x.pdf"
run "format without output" 2 "--output" -- report --from 01/11/2026 --to 30/11/2026 --format csv
run "unknown report" 2 "report" -- report weekly --from 01/11/2026 --to 30/11/2026
# Per person: nobody finished a step in November (the dossiers were back-dated, nothing was handed over then);
# the receiving clerk holds their first steps, overdue or not depending on the day the test runs.
run "people" 0 "" -- report people --from 01/11/2026 --to 30/11/2026 --json
python3 -c "
import json, sys
d = json.loads(sys.argv[1])
assert all(p['steps_finished'] == 0 for p in d['people']), d
assert {p['login'] for p in d['people']} <= {'desk'}, d
" "$out" && ok || fail "people in November: $out"
run "people this month" 0 "" -- report people --from "$month_from" --to "$month_to" --json
[[ "$out" == *'"login":"leader"'* && "$out" == *'"steps_finished":1'* ]] && ok || fail "people this month: $out"
run "people, bad period" 2 "--to" -- report people --from 30/11/2026 --to 01/11/2026
MOTCUA_PASSWORD=staff-pass-1 run "a clerk sees no report" 3 "--as" -- report --from 01/11/2026 --to 30/11/2026 --as clerk
run "unwritable workbook" 2 "xlsx" -- report --from 01/11/2026 --to 30/11/2026 --xlsx "$work/no/such/folder/r.xlsx"

# The overdue report: the two open dossiers are overdue or due within 1000 working hours, whenever the test runs.
run "overdue report" 0 "" -- report overdue --within 1000 --json
python3 -c "
import json, sys
d = json.loads(sys.argv[1])
assert d['overdue'] + d['due_soon'] == 2, d
assert [g['step'] for g in d['groups']] == [1], d
assert all(x['procedure'] == '1.009374' for g in d['groups'] for x in g['dossiers']), d
" "$out" && ok || fail "overdue JSON: $out"
run "overdue as text" 0 "B1" -- report overdue --within 1000
run "overdue of another department" 0 "" -- report overdue --department BCVTCNTT --json
[[ "$out" == *'"groups":[]'* ]] && ok || fail "BCVTCNTT: $out"
run "bad window" 2 "--within" -- report overdue --within soon
MOTCUA_PASSWORD=staff-pass-1 run "a clerk sees no overdue report" 3 "--as" -- report overdue --as clerk
MOTCUA_PASSWORD=staff-pass-1 run "a head sees their department" 0 "" -- report overdue --as head.bcxb --within 1000 --json
[[ "$out" == *'"department":"BCXB"'* && "$out" == *'"due_soon":'* ]] && ok || fail "head's overdue: $out"
MOTCUA_PASSWORD=staff-pass-1 run "a head sees no other department" 3 "--as" -- report overdue --as head.bcxb --department BCVTCNTT
MOTCUA_PASSWORD=staff-pass-1 run "a head's II.06a: their department's procedures" 0 "" -- report ii06a --as head.bcxb --from 01/11/2026 --to 30/11/2026 --json
[[ "$out" == *'"received_total":3'* ]] && ok || fail "head's II.06a: $out"

# A year of demo dossiers: the workbook by procedure holds what the JSON says, cell by cell.
run "seed demo dossiers" 0 "" -- seed-demo --dossiers 400 --years 1
year_from=$(date -d "-1 year" +%d/%m/%Y)
year_to=$(date +%d/%m/%Y)
run "a year by procedure as JSON" 0 "" -- report ii06a --from "$year_from" --to "$year_to" --by procedure --json
printf '%s' "$out" > "$work/year.json"
run "a year by procedure as XLSX" 0 "" -- report ii06a --from "$year_from" --to "$year_to" --by procedure --xlsx "$work/year.xlsx"
compare_xlsx "$work/year.xlsx" "$work/year.json" "$year_from" > "$work/compared" && ok || fail "year XLSX against JSON: $(cat "$work/compared")"
[[ $(cat "$work/compared") -gt 100 ]] && ok || fail "too few cells compared: $(cat "$work/compared")"

# compare_table XLSX JSON LIST KEYS…: the table of an overdue, per-person or per-step workbook, row by row against the
# JSON list LIST: column i + 1 (after "STT") holds KEYS[i] ("-" skips a column; "days:KEY" is KEY minutes in
# working days of 480 minutes; "share:KEY" a fraction shown as a percentage).
compare_table() {
    $PYTHON - "$@" <<'PY'
import json, sys
import openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).active
report = json.load(open(sys.argv[2]))
lines = report[sys.argv[3]] if sys.argv[3] != "groups" else [x for g in report["groups"] for x in g["dossiers"]]
keys = sys.argv[4:]
cells = [[c.value for c in row] for row in sheet.iter_rows()]
header = next(i for i, r in enumerate(cells) if r[0] == "STT")
assert sheet.freeze_panes == "B%d" % (header + 2), sheet.freeze_panes
body = cells[header + 1:header + 1 + len(lines)]
assert len(body) == len(lines), (len(body), len(lines))
compared = 0
for line, row in zip(lines, body):
    for column, key in enumerate(keys, start=1):
        if key == "-":
            continue
        kind, _, name = key.rpartition(":")
        want, got = line[name], row[column]
        if kind == "days":
            want = want / 480
        if want is None:
            assert got is None, (key, got)
        elif isinstance(want, str):
            assert want in str(got), (key, got, want)
        else:
            assert isinstance(got, (int, float)), (key, got)
            assert abs(got - want) < 1e-9, (key, got, want)
        compared += 1
print(compared)
PY
}

# The per-step report of the year: JSON, table, CSV, PDF, and the workbook against the JSON.
run "steps of a year as JSON" 0 "" -- report steps --from "$year_from" --to "$year_to" --json
printf '%s' "$out" > "$work/steps.json"
python3 - "$work/steps.json" <<'PY' && ok || fail "steps JSON: $(head -c 600 "$work/steps.json")"
import json, sys
d = json.load(open(sys.argv[1]))
steps = d["steps"]
assert len(steps) > 5, steps
assert sum(s["late"] for s in steps) > 0, steps
for s in steps:
    assert s["late_first"] <= s["late"] <= s["passed"], s
    assert s["median_working_minutes"] <= s["p90_working_minutes"], s
    assert abs(s["late_share"] - s["late"] / s["passed"]) < 1e-12, s
firsts = [s["late_first"] for s in steps]
assert firsts == sorted(firsts, reverse=True), firsts
PY
run "steps as a table" 0 "Bước" -- report steps --from "$year_from" --to "$year_to"
run "steps as XLSX" 0 "" -- report steps --from "$year_from" --to "$year_to" --xlsx "$work/steps.xlsx"
compare_table "$work/steps.xlsx" "$work/steps.json" steps procedure step content - passed late late_first \
    share:late_share days:median_working_minutes days:p90_working_minutes > "$work/compared" && ok || fail "steps XLSX against JSON: $(cat "$work/compared")"
[[ $(cat "$work/compared") -gt 50 ]] && ok || fail "too few step cells compared: $(cat "$work/compared")"
run "steps as CSV" 0 "" -- report steps --from "$year_from" --to "$year_to" --format csv --output "$work/steps.csv"
[[ "$(head -c 3 "$work/steps.csv" | od -An -tx1 | tr -d ' ')" == "efbbbf" ]] && grep -q "Tiếp nhận hồ sơ" "$work/steps.csv" && ok || fail "steps CSV"
run "steps as PDF" 0 "" -- report steps --from "$year_from" --to "$year_to" --pdf "$work/steps.pdf"
text=$(pdftotext -raw -enc UTF-8 "$work/steps.pdf" - | tr -s '[:space:]' ' ')
[[ "$text" == *"THỦ TRƯỞNG CƠ QUAN"* && "$text" == *"Tiếp nhận hồ sơ"* ]] && ok || fail "steps PDF text: $text"
run "steps, bad period" 2 "--to" -- report steps --from 30/11/2026 --to 01/11/2026
MOTCUA_PASSWORD=staff-pass-1 run "a clerk sees no step report" 3 "--as" -- report steps --as clerk --from "$year_from" --to "$year_to"

# The per-person and overdue workbooks against their JSON.
run "people of a year as JSON" 0 "" -- report people --from "$year_from" --to "$year_to" --json
printf '%s' "$out" > "$work/people.json"
run "people as XLSX" 0 "" -- report people --from "$year_from" --to "$year_to" --xlsx "$work/people.xlsx"
compare_table "$work/people.xlsx" "$work/people.json" people login name steps_finished steps_late overdue_now \
    > "$work/compared" && ok || fail "people XLSX against JSON: $(cat "$work/compared")"
run "overdue as JSON" 0 "" -- report overdue --within 16 --json
printf '%s' "$out" > "$work/overdue.json"
run "overdue as XLSX" 0 "" -- report overdue --within 16 --xlsx "$work/overdue.xlsx"
compare_table "$work/overdue.xlsx" "$work/overdue.json" groups - - code applicant procedure department - \
    > "$work/compared" && ok || fail "overdue XLSX against JSON: $(cat "$work/compared")"
run "overdue as PDF" 0 "" -- report overdue --within 16 --pdf "$work/overdue.pdf"
pdftotext -raw -enc UTF-8 "$work/overdue.pdf" - | grep -q "THỦ TRƯỞNG CƠ QUAN" && ok || fail "overdue PDF"

finish

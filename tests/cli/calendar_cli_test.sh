#!/usr/bin/env bash
# motcua-cli's calendar commands as a script uses them: outputs, JSON, exit codes and one-line errors.
set -u
CLI="$1"
failures=0
passes=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# expect NAME EXPECTED_EXIT EXPECTED_STDOUT_SUBSTRING -- ARGS...
expect() {
    local name="$1" code="$2" want="$3"
    shift 4
    local out err got
    out=$("$CLI" "$@" 2>"$work/err")
    got=$?
    err=$(cat "$work/err")
    if [[ $got -ne $code ]]; then
        echo "FAIL $name: exit $got, expected $code (stdout: $out; stderr: $err)"; failures=$((failures + 1)); return
    fi
    if [[ -n "$want" && "$out$err" != *"$want"* ]]; then
        echo "FAIL $name: output lacks \"$want\" (stdout: $out; stderr: $err)"; failures=$((failures + 1)); return
    fi
    if [[ $code -ne 0 && $(printf '%s' "$err" | wc -l) -ne 0 ]]; then
        echo "FAIL $name: the error is not one line: $err"; failures=$((failures + 1)); return
    fi
    passes=$((passes + 1))
}

expect "lunar Tết 2026" 0 "1/1/2026" -- lunar 2026-02-17
expect "lunar exact" 0 "10/3/2026" -- lunar 2026-04-26
expect "lunar leap month" 0 "1/6/2025 nhuận" -- lunar 2025-07-25
expect "lunar json" 0 '{"day":1,"leap":false,"month":1,"year":2026}' -- lunar 2026-02-17 --json
expect "lunar json leap" 0 '"leap":true' -- --json lunar 2025-07-25
expect "lunar impossible date" 2 "date" -- lunar 2026-02-30
expect "lunar malformed" 2 "date" -- lunar 17/02/2026
expect "solar" 0 "2026-02-17" -- solar 1 1 2026
expect "solar Hùng Kings" 0 "2026-04-26" -- solar 10 3 2026
expect "solar leap" 0 "2025-07-25" -- solar 1 6 2025 --leap
expect "solar json" 0 '{"date":"2025-07-25"}' -- solar 1 6 2025 --leap --json
expect "solar leap flag on a normal month" 2 "--leap" -- solar 1 5 2025 --leap
expect "solar leap flag in a year without leap" 2 "--leap" -- solar 1 5 2026 --leap
expect "solar day 30 of a short month" 2 "motcua-cli: D: Không có ngày 30" -- solar 30 2 2026
expect "solar month out of range" 2 "M" -- solar 1 13 2026
expect "holidays 2026" 0 "2026-11-24  day-off" -- holidays 2026
expect "holidays json" 0 '{"confirmed":true,"date":"2026-01-10","kind":"workday"' -- holidays 2026 --json
expect "holidays generated" 0 '"confirmed":false' -- holidays 2030 --json
expect "holidays bad year" 2 "YEAR" -- holidays 20x6
expect "deadline" 0 "2026-11-25 08:00" -- deadline --from "2026-11-23 08:00" --days 1
expect "deadline fraction" 0 "2026-11-23 15:30" -- deadline --from "2026-11-23 12:00" --days 0.25
expect "deadline hours" 0 "2026-11-25 08:30" -- deadline --from "2026-11-23 16:30" --hours 2
expect "deadline same day" 0 "2026-11-25 17:30" -- deadline --from "2026-11-23 15:00" --days 0
expect "deadline session rule" 0 "2026-11-26 11:30" -- deadline --from "2026-11-23 09:00" --days 2 --rule session
expect "deadline pause" 0 "2026-11-25 09:00" -- deadline --from "2026-11-16 08:00" --days 5 --pause "2026-11-20 17:00/2026-11-25 08:00"
expect "deadline explain" 0 "Ngày Văn hóa Việt Nam" -- deadline --from "2026-11-23 08:00" --days 1 --explain
expect "deadline explain english" 0 "Due at 08:00 Wednesday 25/11/2026" -- deadline --from "2026-11-23 08:00" --days 1 --explain --lang en
expect "deadline json" 0 '"due":"2026-11-25T08:00"' -- deadline --from "2026-11-23 08:00" --days 1 --json
expect "deadline json explanation" 0 '"explanation":[{' -- deadline --json --from "2026-11-23 08:00" --days 1
expect "deadline negative" 2 "--days" -- deadline --from "2026-11-23 08:00" --days -1
expect "deadline bad moment" 2 "motcua-cli: --from: \"2026-11-31 08:00\" không phải" -- deadline --from "2026-11-31 08:00" --days 1
expect "deadline both limits" 2 "deadline" -- deadline --from "2026-11-23 08:00" --days 1 --hours 2
expect "deadline bad rule" 2 "--rule" -- deadline --from "2026-11-23 08:00" --days 1 --rule weekly
expect "deadline bad pause" 2 "--pause" -- deadline --from "2026-11-23 08:00" --days 1 --pause "2026-11-24"
expect "deadline pause before receipt" 2 "motcua-cli: --pause: Không thể tạm dừng" -- deadline --from "2026-11-23 08:00" --days 1 --pause "2026-11-20 08:00/2026-11-21 08:00"
expect "unknown option" 2 "motcua-cli: --frob: " -- deadline --frob
expect "option of another command" 2 "motcua-cli: --leap: Tùy chọn này không dùng được với lệnh \"deadline\"." -- deadline --from "2026-11-23 08:00" --days 1 --leap
expect "unknown command" 2 "frobnicate" -- frobnicate

# With a database: init stores the shipped calendar, holidays and deadlines read it.
db="$work/motcua.sqlite"
expect "missing database" 2 "--db" -- holidays 2026 --db "$work/none.sqlite"
MOTCUA_PASSWORD=calendar-test-1 expect "init" 0 "$db" -- init --db "$db"
expect "holidays from the database" 0 "Ngày Văn hóa Việt Nam" -- holidays 2026 --db "$db"
expect "deadline from the database" 0 "2026-11-25 08:00" -- --db "$db" deadline --from "2026-11-23 08:00" --days 1

# Changing the calendar: a preview first, stored with --yes, in the administration log.
export MOTCUA_PASSWORD=calendar-test-1
expect "calendar add: preview" 0 "Chỉ xem trước" -- calendar add 2026-12-03 2026-12-04 --name "Nghỉ đột xuất" --db "$db"
expect "calendar add: preview stores nothing" 0 "" -- holidays 2026 --db "$db"
[[ "$("$CLI" holidays 2026 --db "$db")" != *"2026-12-03"* ]] && passes=$((passes + 1)) || { echo "FAIL preview stored"; failures=$((failures + 1)); }
expect "calendar add --yes" 0 "Đã lưu" -- calendar add 2026-12-03 2026-12-04 --name "Nghỉ đột xuất" --source "QĐ 1" --yes --db "$db"
expect "calendar add: stored" 0 "2026-12-04  day-off     Nghỉ đột xuất" -- holidays 2026 --db "$db"
expect "calendar add json" 0 '"applied":false' -- calendar add 2026-12-07 --name "X" --json --db "$db"
expect "calendar add: weekend day off" 2 "motcua-cli: from: " -- calendar add 2026-12-05 2026-12-06 --name "X" --db "$db"
expect "calendar add: no name" 2 "motcua-cli: --name: " -- calendar add 2026-12-07 --db "$db"
expect "calendar add: bad kind" 2 "--kind" -- calendar add 2026-12-07 --kind holiday --name X --db "$db"
expect "calendar remove" 0 "Đã lưu" -- calendar remove 2026-12-04 --yes --db "$db"
expect "calendar remove: none" 2 "" -- calendar remove 2026-12-04 --yes --db "$db"
expect "calendar confirm" 0 "xác nhận lịch sinh tự động năm 2027" -- calendar confirm 2027 --yes --db "$db"
expect "calendar hours: overlapping" 2 "SESSIONS" -- calendar hours "07:00-12:00,11:00-17:00" --db "$db"
expect "calendar hours" 0 "đổi giờ làm việc" -- calendar hours "07:00-11:30,13:30-17:00" --yes --db "$db"
expect "calendar export" 0 "" -- calendar export 2026 "$work/2026.json" --db "$db"
expect "calendar import" 0 "nhập lịch năm 2026" -- calendar import "$work/2026.json" --yes --db "$db"
printf '{"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-13-01", "kind": "day-off", "name": "x"}]}' > "$work/bad.json"
cp "$db" "$work/before.sqlite"
expect "calendar import: bad file" 2 "entries[0].date" -- calendar import "$work/bad.json" --db "$db"
printf '{"format": "motcua-calendar", "version": 1, "entries": [{"date": "2026-12-07", "kind": "day-off", "name": "Ngh\\u0000\\u1ec9"}]}' > "$work/nul.json"
expect "calendar import: a name with a NUL" 2 "entries[0].name" -- calendar import "$work/nul.json" --yes --db "$db"
if cmp -s "$db" "$work/before.sqlite"; then passes=$((passes + 1)); else echo "FAIL a refused calendar import changed the database file"; failures=$((failures + 1)); fi
# A file with several errors: every one on its line with its field path, then how many; nothing stored.
printf '{"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-13-01", "kind": "day-off", "name": "x"}, {"date": "2027-02-09", "kind": "holiday", "name": "x"}, {"date": "2027-02-13", "kind": "day-off", "name": ""}]}' > "$work/many.json"
"$CLI" calendar import "$work/many.json" --yes --db "$db" >"$work/out" 2>"$work/err"
got=$?
if [[ $got -eq 2 && $(grep -c '^motcua-cli: entries\[' "$work/err") -eq 3 ]] && grep -q 'entries\[0\].date' "$work/err" &&
   grep -q 'entries\[1\].kind' "$work/err" && grep -q 'entries\[2\]' "$work/err" && grep -q "3 lỗi" "$work/err"; then
    passes=$((passes + 1))
else
    echo "FAIL calendar import: every error listed (exit $got): $(cat "$work/err")"; failures=$((failures + 1))
fi
if cmp -s "$db" "$work/before.sqlite"; then passes=$((passes + 1)); else echo "FAIL a refused calendar import with several errors changed the database file"; failures=$((failures + 1)); fi
printf '{"format": "motcua-calendar", "version": 1, "colour": 1, "entries": [{"date": "2026-12-07", "kind": "day-off", "name": "Nghỉ", "note": "x"}]}' > "$work/unknown.json"
expect "calendar import: unknown keys are warnings" 0 "Warning: entries[0].note: unknown key, ignored." -- calendar import "$work/unknown.json" --db "$db" --lang en
expect "calendar: usage" 2 "Cách dùng" -- calendar frob --db "$db"

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]

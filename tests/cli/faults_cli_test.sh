#!/usr/bin/env bash
# Faults under the command line: a file that is not a database, a database from a newer version, a read-only file,
# a full disk (the file-size limit of the process), a database held by another program. Each is refused with its
# reason in one line and exit 1, and the file is left byte for byte as it was. SQLite only: faults of the embedded
# file (a server keeps its own files).
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/office.sqlite"
export MOTCUA_PASSWORD=admin-pass-1
sha() { sha256sum "$1" | cut -d' ' -f1; }

# A file no one may write: immutable as root (whom the permission bits do not stop), read-only bits otherwise.
readonly_on() { if [[ $EUID -eq 0 ]]; then chattr +i "$1"; else chmod a-w "$1"; fi; }
readonly_off() { if [[ $EUID -eq 0 ]]; then chattr -i "$1"; else chmod u+w "$1"; fi; }

run "init" 0 "admin" -- init
MOTCUA_NEW_PASSWORD=staff-pass-1 run "add clerk" 0 "clerk" -- users add clerk --name "Lê Thị Tiếp Nhận" --roles clerk --department VP
receive=(receive --procedure 1.009374 --name "Nguyễn Thị Hương Giang" --id 091190001234 --birth 1990-05-12
         --phone "0912 345 678" --address "Số 12, đường Trần Phú, Rạch Giá" --documents 1,2,3,4 --as clerk)
MOTCUA_PASSWORD=staff-pass-1 run "receive" 0 "" -- "${receive[@]}"

# Files that are not a database.
head -c 20000 /dev/urandom >"$work/random.sqlite"
printf 'Sổ theo dõi hồ sơ\nmã;tên\n%.0s' {1..200} >"$work/text.sqlite"
: >"$work/empty.sqlite"
cp "$db" "$work/whole.sqlite"
head -c $(( $(stat -c %s "$db") / 2 + 100 )) "$db" >"$work/cut.sqlite"
for kind in random:"không phải cơ sở dữ liệu MotCua" text:"không phải cơ sở dữ liệu MotCua" empty:"rỗng" cut:"không đầy đủ"; do
    file="$work/${kind%%:*}.sqlite"
    before=$(sha "$file")
    db="$file" run "open ${kind%%:*}" 1 "${kind#*:}" -- list
    [[ $(sha "$file") == "$before" ]] && ok || fail "${kind%%:*}: the file was changed"
    [[ ! -e "$file-wal" && ! -e "$file-shm" ]] && ok || fail "${kind%%:*}: journal files left beside it"
done

# A database from a newer version.
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO schema_migration VALUES (999, 'future', 'x')\"); c.commit()" "$work/whole.sqlite"
before=$(sha "$work/whole.sqlite")
db="$work/whole.sqlite" run "newer version" 1 "phiên bản MotCua mới hơn" -- list
[[ $(sha "$work/whole.sqlite") == "$before" ]] && ok || fail "newer version: the file was changed"

# A read-only database file.
before=$(sha "$db")
readonly_on "$db"
run "read-only file" 1 "tệp chỉ đọc" -- list
readonly_off "$db"
[[ $(sha "$db") == "$before" ]] && ok || fail "read-only: the file was changed"

# The disk full for this process (no file may grow): the intake refused, nothing kept; then it works.
count() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM dossier').fetchone()[0])" "$db"; }
out=$( (ulimit -f 0; trap '' XFSZ; MOTCUA_PASSWORD=staff-pass-1 "$CLI" --db "$db" "${receive[@]}") 2>&1 >/dev/null)
code=$?
[[ $code -eq 1 && "$(printf '%s' "$out" | tail -1)" == "motcua-cli: "*"ổ đĩa đầy"* ]] && ok || fail "full disk: exit $code: $out"
[[ $(count) -eq 1 ]] && ok || fail "full disk: a dossier was kept"
MOTCUA_PASSWORD=staff-pass-1 run "receive after the space is back" 0 "" -- "${receive[@]}"
[[ $(count) -eq 2 ]] && ok || fail "after the full disk: $(count) dossiers"

# Held by another program (BEGIN EXCLUSIVE) for longer than the busy timeout of 10 seconds.
python3 -c "
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN EXCLUSIVE')
print('held', flush=True)
time.sleep(13)
" "$db" >"$work/held" & holder=$!
for _ in $(seq 50); do [[ -s "$work/held" ]] && break; sleep 0.1; done
out=$(MOTCUA_PASSWORD=staff-pass-1 "$CLI" --db "$db" "${receive[@]}" 2>&1 >/dev/null)
code=$?
# The last line is the error (the log's warning of the failed statement comes before it).
[[ $code -eq 1 && "$(printf '%s' "$out" | tail -1)" == "motcua-cli: "*"giữ quá 10 giây"* ]] && ok || fail "held: exit $code: $out"
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
[[ $(count) -eq 2 ]] && ok || fail "held: a dossier was kept"
MOTCUA_PASSWORD=staff-pass-1 run "receive once released" 0 "" -- "${receive[@]}"

finish

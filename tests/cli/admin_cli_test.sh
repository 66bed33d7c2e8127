#!/usr/bin/env bash
# Administration through motcua-cli: users edited, disabled, enabled, locked by failed sign-ins and unlocked, a
# password reset and changed by its owner; backups written, verified, refused when damaged, restored; the
# automatic backup into the configured folder.
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/motcua.sqlite"
export MOTCUA_PASSWORD=admin-pass-1
unset MOTCUA_NEW_PASSWORD

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
as() { local who="$1" secret="$2"; shift 2; MOTCUA_PASSWORD="$secret" run "$@" --as "$who"; }

run "init" 0 "admin" -- init
MOTCUA_NEW_PASSWORD=staff-pass-1 run "add clerk" 0 "" -- users add clerk --name "Lê Thị Tiếp Nhận" --roles clerk --department VP
MOTCUA_NEW_PASSWORD=nguyen.van.an run "a password that is the login" 2 "password: Mật khẩu không được trùng với tên đăng nhập." -- users add nguyen.van.an --name "X" --roles clerk
[[ $(stat -c %a "$db") == 600 ]] && ok || fail "database mode $(stat -c %a "$db")"

# A password comes from the environment or the prompt, never from an argument (it would stay in the shell's history
# and in the process list): every way of giving one as an option is refused, and the help offers none.
for option in --password --password=admin-pass-1 --new-password --pass; do
    MOTCUA_PASSWORD= run "no password as an argument ($option)" 2 "$option" -- users add other.clerk --name X --roles clerk "$option" admin-pass-1
done
run "help" 0 "MOTCUA_PASSWORD" -- --help
[[ "$out" != *"--password"* && "$out" != *"--new-password"* ]] && ok || fail "the help offers a password option: $out"
run "no password given: refused" 2 "password" -- users add other.clerk --name X --roles clerk

# Edit: name, roles, department; a refusal names its option.
run "edit" 0 "clerk" -- users edit clerk --name "Lê Thị Tiếp Nhận Hai" --roles clerk,specialist --department BCXB
run "edit: check" 0 "" -- users list --json
[[ $(printf '%s' "$out" | json "[u for u in d if u['login']=='clerk'][0]['roles']") == "['clerk', 'specialist']" ]] && ok || fail "roles: $out"
run "edit: unknown department" 2 "--department" -- users edit clerk --department NOPE
run "edit: no such user" 2 "login" -- users edit nobody --name X
as clerk staff-pass-1 "only admins edit" 3 "" -- users edit clerk --name Y

# Disable and enable: never deleted, no sign-in while disabled.
run "disable" 0 "clerk" -- users disable clerk
as clerk staff-pass-1 "disabled cannot sign in" 3 "vô hiệu hóa" -- list
run "disable twice" 3 "" -- users disable clerk
run "disable oneself" 3 "" -- users disable admin
run "disabled still listed" 0 "clerk" -- users list
run "enable" 0 "clerk" -- users enable clerk
as clerk staff-pass-1 "enabled signs in" 0 "" -- list

# Five failures lock the account, even for the right password; the administrator unlocks it.
for i in 1 2 3 4; do as clerk wrong-password-x "failure $i" 3 "Sai tên đăng nhập" -- list; done
as clerk wrong-password-x "fifth failure locks" 3 "bị khóa" -- list
as clerk staff-pass-1 "locked: the right password too" 3 "bị khóa" -- list
run "sign-in log" 0 "locked" -- users log
run "unlock" 0 "clerk" -- users unlock clerk
as clerk staff-pass-1 "unlocked signs in" 0 "" -- list
run "unlock when not locked" 3 "" -- users unlock clerk
run "setting: lockout attempts" 0 "lockout.attempts = 3" -- setting lockout.attempts 3
run "setting: bad value" 2 "lockout.attempts" -- setting lockout.attempts zero
run "setting: unknown" 2 "KEY" -- setting no.such.key 1
# Settings are held to the text bounds (core/common/TextBounds): a folder whose name holds a tab, even one that
# exists, is refused naming the key, and nothing is written.
mkdir -p "$work/sao"$'\t'"luu"
run "setting: a control character refused" 2 "backup.folder" -- setting backup.folder "$work/sao"$'\t'"luu"
[[ "$err" == *"U+0009"* ]] && ok || fail "setting with a tab: $err"
run "setting: a folder path over 500 characters refused" 2 "online.inbox" -- setting online.inbox "/$(printf 'd%.0s' {1..501})"
run "setting: nothing written" 0 "backup.folder = " -- setting backup.folder
[[ "$out" != *"sao"* ]] && ok || fail "a refused folder was stored: $out"

# Reset: a temporary password, to be changed before anything else.
MOTCUA_NEW_PASSWORD=temporary-pass-1 run "reset password" 0 "clerk" -- users reset-password clerk
as clerk temporary-pass-1 "must change first" 3 "motcua-cli password" -- list
MOTCUA_NEW_PASSWORD=short-one as clerk temporary-pass-1 "new password too short" 2 "new_password" -- password
MOTCUA_NEW_PASSWORD=clerk-own-pass-2 as clerk temporary-pass-1 "own password changed" 0 "clerk" -- password
as clerk clerk-own-pass-2 "the new password signs in" 0 "" -- list
run "generated temporary password" 0 "Mật khẩu tạm thời" -- users reset-password clerk

# Backups: written (mode 0600) and verified; a damaged copy refused and the database unchanged; restored.
applicant=(--name "Nguyễn Thị Hương Giang" --id 091190001234 --birth 1990-05-12 --phone "0912 345 678"
           --address "Số 12, đường Trần Phú, phường Vĩnh Thanh, Rạch Giá, Kiên Giang")
MOTCUA_NEW_PASSWORD=staff-pass-1 run "add a clerk for intake" 0 "" -- users add clerk.b --name "Trần Thị B" --roles clerk --department VP
as clerk.b staff-pass-1 "receive" 0 "" -- receive --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4
run "backup" 0 "1 hồ sơ" -- backup "$work/b1.sqlite"
[[ $(stat -c %a "$work/b1.sqlite") == 600 ]] && ok || fail "backup mode $(stat -c %a "$work/b1.sqlite")"
run "backup over a file" 2 "file" -- backup "$work/b1.sqlite"
run "verify" 0 "000.00.16.H33" -- verify-backup "$work/b1.sqlite" --json
[[ $(printf '%s' "$out" | json "d['dossiers']") == 1 ]] && ok || fail "verify json: $out"
cp "$work/b1.sqlite" "$work/damaged.sqlite"
python3 - "$work/damaged.sqlite" <<'PY'
import sys
path = sys.argv[1]
data = bytearray(open(path, 'rb').read())
middle = len(data) // 2
for i in range(middle, middle + 4096):
    data[i] ^= 0xFF
open(path, 'wb').write(bytes(data))
PY
run "verify a damaged copy" 2 "bị hỏng" -- verify-backup "$work/damaged.sqlite"
run "restore a damaged copy" 2 "bị hỏng" -- restore "$work/damaged.sqlite"
[[ $(ls "$work" | grep -c before-restore) == 0 ]] && ok || fail "a damaged restore set the database aside"
as clerk.b staff-pass-1 "another intake" 0 "" -- receive --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4
as clerk.b staff-pass-1 "two dossiers now" 0 "" -- list --json
[[ $(printf '%s' "$out" | json "len(d)") == 2 ]] && ok || fail "list: $out"
run "restore" 0 "1 hồ sơ" -- restore "$work/b1.sqlite"
[[ $(ls "$work" | grep -c before-restore) == 1 ]] && ok || fail "the replaced database is not kept aside"
as clerk.b staff-pass-1 "one dossier after the restore" 0 "" -- list --json
[[ $(printf '%s' "$out" | json "len(d)") == 1 ]] && ok || fail "list after restore: $out"
printf 'not a database' > "$work/notes.txt"
run "verify a text file" 2 "SQLite" -- verify-backup "$work/notes.txt"

# The automatic backup: refused without a folder (and recorded), then into the folder.
run "auto without a folder" 2 "backup.folder" -- backup --auto
mkdir -p "$work/daily"
run "setting: folder" 0 "backup.folder" -- setting backup.folder "$work/daily"
run "auto" 0 "" -- backup --auto
[[ $(ls "$work/daily" | grep -c '^motcua-.*\.sqlite$') == 1 ]] && ok || fail "daily folder: $(ls "$work/daily")"
run "usage" 2 "" -- backup
finish

#!/usr/bin/env bash
# The online submission queue through motcua-cli: submit files, the same file twice, a bad file, the inbox folder
# with its moves and log, accept (code and due moment), refuse with Mẫu 03, ask for a supplement.
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/motcua.sqlite"
export MOTCUA_PASSWORD=admin-pass-1

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
as() { local who="$1"; shift; MOTCUA_PASSWORD=staff-pass-1 run "$@" --as "$who"; }

# submission FILE REFERENCE [DOCUMENTS]: a submission of the bulletin licence.
submission() {
    local all='{"position": 1}, {"position": 2}, {"position": 3}, {"position": 4, "file": "mang-set.pdf"}'
    local documents="${3:-$all}"
    cat >"$1" <<JSON
{"format": 1, "reference": "$2", "submitted_at": "2026-11-30T21:14:00+07:00", "procedure": "1.009374",
 "applicant": {"name": "Trần Văn Bình", "identity_number": "091190001234", "birth_date": "1990-05-12",
               "address": "Số 3, đường Lê Lợi, Rạch Giá", "phone": "0912345678"},
 "documents": [$documents],
 "delivery": "post"}
JSON
}

run "init" 0 "admin" -- init
export MOTCUA_NEW_PASSWORD=staff-pass-1
run "add clerk" 0 "" -- users add clerk --name "Lê Thị Tiếp Nhận" --roles clerk --department VP
run "add specialist" 0 "" -- users add cv.bcxb --name "Phạm Thị Chuyên" --roles specialist --department BCXB

submission "$work/a.json" "DVC-0001"
as clerk "submit" 0 "a.json: đã nhận (#1)" -- submit "$work/a.json"
as clerk "the same file again" 0 "đã nhận trước đó" -- submit "$work/a.json"
as clerk "queue lists it once" 0 "DVC-0001" -- online list
[[ $(printf '%s\n' "$out" | grep -c "DVC-0001") -eq 1 ]] && ok || fail "queue: $out"
as clerk "not in the dossier list" 0 "" -- list --json
[[ $(printf '%s' "$out" | json "len(d)") -eq 0 ]] && ok || fail "list holds the waiting submission: $out"
printf '{"format": 1, "reference": ' >"$work/broken.json"
as clerk "a broken file" 2 "broken.json: đã để riêng – file:" -- submit "$work/broken.json"
MOTCUA_PASSWORD=staff-pass-1 run "a specialist may not import" 3 "" -- submit "$work/a.json" --as cv.bcxb

# The inbox folder: set by the administrator, read by the clerk; files moved aside with the reason.
inbox="$work/inbox"
mkdir -p "$inbox"
submission "$inbox/b.json" "DVC-0002" '{"position": 1}'
submission "$inbox/c.json" "DVC-0003"
sed 's/1.009374/9.999999/' "$inbox/c.json" >"$inbox/d.json"
as clerk "only administrators set the inbox" 3 "" -- online inbox "$inbox"
run "set the inbox" 0 "$inbox" -- online inbox "$inbox"
as clerk "import the inbox" 2 "3 tệp: 2 đã nhận, 0 đã có, 1 để riêng" -- online import
[[ -f "$inbox/imported/b.json" && -f "$inbox/imported/c.json" && -f "$inbox/rejected/d.json" ]] && ok || fail "files not moved: $(ls -R "$inbox")"
grep -q "^procedure: " "$inbox/rejected/d.json.reason.txt" && ok || fail "no reason beside the rejected file"
as clerk "the log names the rejected file" 0 "d.json" -- online log
as clerk "the queue, oldest first" 0 "" -- online list --json
[[ $(printf '%s' "$out" | json "[e['reference'] for e in d]") == "['DVC-0001', 'DVC-0002', 'DVC-0003']" ]] && ok || fail "queue order: $out"

# Accept: the code of today and a due moment; an incomplete one is refused with its documents.
as clerk "accept" 0 "Đã tiếp nhận" -- online accept 1 --fee 50000
code=$(printf '%s' "$out" | cut -d' ' -f1)
[[ "$code" == 000.00.16.H33-* ]] && ok || fail "no code: $out"
as clerk "accepted dossier shows its submission" 0 "Nộp trực tuyến" -- show "$code"
as clerk "accept twice" 3 "" -- online accept 1
as clerk "an incomplete submission" 2 "documents:" -- online accept 2
as clerk "supplement request" 0 "1/2026" -- online supplement 2 --missing 2,3 --guidance "Gửi bản sao chứng thực"
as clerk "a refusal needs its reason" 2 "reason:" -- online refuse 3
as clerk "refuse" 0 "Từ chối" -- online refuse 3 --reason "Không thuộc thẩm quyền"
as clerk "Mẫu 03 by its row" 0 "" -- print refusal '#3' --pdf "$work/refusal.pdf"
pdftotext "$work/refusal.pdf" - | grep -q "DVC-0003" && ok || fail "Mẫu 03 lacks the reference"
as clerk "one left waiting" 0 "" -- online list --json
[[ $(printf '%s' "$out" | json "[e['reference'] for e in d]") == "['DVC-0002']" ]] && ok || fail "queue after: $out"
# Keys the format does not know, at the top and in the applicant, are warnings naming their paths.
submission "$work/extra.json" "DVC-0009"
sed -i 's/"delivery": "post"}/"delivery": "post", "channel": "portal"}/; s/"phone": "0912345678"}/"phone": "0912345678", "nickname": "Bình"}/' "$work/extra.json"
as clerk "unknown keys warned" 0 "channel" -- submit "$work/extra.json"
[[ "$out" == *"applicant.nickname"* && "$out" == *"extra.json: đã nhận"* ]] && ok || fail "unknown keys: $out"
finish

#!/usr/bin/env bash
# Printing from scripts: motcua-cli print writes each form as a PDF (read back with pdftotext), the register
# for a period; template export / import / reset, a broken template refused with its line.
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/motcua.sqlite"
export MOTCUA_PASSWORD=admin-pass-1

# pdf_has NAME FILE TEXT…: the PDF's text (white space joined) holds each TEXT.
pdf_has() {
    local name="$1" file="$2"
    shift 2
    local text
    text=$(pdftotext -raw -enc UTF-8 "$file" - | tr -s '[:space:]' ' ')
    for want in "$@"; do
        if [[ "$text" != *"$want"* ]]; then fail "$name: no \"$want\" in the PDF"; return; fi
    done
    ok
}

run "init" 0 "" -- init
export MOTCUA_NEW_PASSWORD=staff-pass-1
run "add clerk" 0 "" -- users add clerk --name "Lê Thị Tiếp Nhận" --roles clerk --department VP
run "add head" 0 "" -- users add head.bcxb --name "Trần Văn Trưởng" --roles head --department BCXB
MOTCUA_PASSWORD=staff-pass-1 run "receive" 0 "" -- receive --as clerk --procedure 1.009374 \
    --name "Nguyễn Hoàng Thị Phương Thảo Quỳnh Như" --id 091190001234 --birth 1990-05-12 --phone 0912345678 \
    --address "Số 1234/56/78, đường Nguyễn Trung Trực nối dài, phường Vĩnh Quang, Rạch Giá, Kiên Giang" \
    --documents 1,2,3,4 --json
code=$(printf '%s' "$out" | python3 -c "import json,sys; print(json.load(sys.stdin)['code'])")

run "print the receipt" 0 "$work/receipt.pdf" -- print receipt "$code" --pdf "$work/receipt.pdf"
pdf_has "receipt text" "$work/receipt.pdf" "$code" "Nguyễn Hoàng Thị Phương Thảo Quỳnh Như" \
    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" "Liên 1: Lưu" "Liên 2: Giao người nộp" "Lê Thị Tiếp Nhận"
run "print the control slip" 0 "" -- print control-slip "$code" --pdf "$work/slip.pdf" --json
[[ "$out" == *'"form":"control-slip"'* ]] && ok || fail "print --json: $out"
pdf_has "slip text" "$work/slip.pdf" "$code" "PHIẾU KIỂM SOÁT QUÁ TRÌNH"
run "no refusal to print yet" 3 "" -- print refusal "$code" --pdf "$work/refusal.pdf"
[[ ! -e "$work/refusal.pdf" ]] && ok || fail "a refused print left a file"
run "unknown form" 2 "receit" -- print receit "$code" --pdf "$work/x.pdf"
run "unknown dossier" 2 "000.00.16.H33-000000-0000" -- print receipt 000.00.16.H33-000000-0000 --pdf "$work/x.pdf"
run "a PDF file is needed" 2 "--pdf" -- print receipt "$code"
run "unwritable PDF" 2 "pdf" -- print receipt "$code" --pdf "$work/no/such/folder/r.pdf"
today=$(date +%Y-%m-%d)
run "register" 0 "" -- print register --from 2020-01-01 --to 2099-12-31 --pdf "$work/register.pdf"
pdf_has "register text" "$work/register.pdf" "SỔ THEO DÕI HỒ SƠ" "$code" "(1 hồ sơ)" "Trang 1" "NGƯỜI LẬP SỔ"
[[ "$err" == *"1/1 hồ sơ, 1 trang"* ]] && ok || fail "register progress on stderr: $err"
run "register as JSON" 0 '"pages":1' -- print register --from 2020-01-01 --to 2099-12-31 --pdf "$work/register.pdf" --json
run "register into a missing folder" 2 "pdf" -- print register --from 2020-01-01 --to 2099-12-31 --pdf "$work/no/such/r.pdf"
pdfinfo "$work/register.pdf" | grep -q "A4" && ok || fail "register not on A4"
run "register period upside down" 2 "to: Ngày kết thúc trước ngày bắt đầu." -- print register --from 2026-12-01 --to 2026-11-01 --pdf "$work/r.pdf"
run "register needs dates" 2 "--from" -- print register --to 2026-11-01 --pdf "$work/r.pdf"

run "template list" 0 "receipt" -- template list
run "template export" 0 "" -- template export refusal "$work/refusal.html"
grep -q "PHIẾU TỪ CHỐI" "$work/refusal.html" && ok || fail "exported template"
sed 's/{{reason}}/{{ly_do}}/' "$work/refusal.html" > "$work/broken.html"
cp "$db" "$work/before.sqlite"
run "broken template refused" 2 "ly_do" -- template import refusal "$work/broken.html"
cmp -s "$db" "$work/before.sqlite" && ok || fail "a refused template import changed the database file"
# A control character other than a line break or a tab is refused with its line (core/common/TextBounds).
awk 'NR == 3 { printf "%s\001\n", $0; next } { print }' "$work/refusal.html" > "$work/control.html"
run "template with a control character refused" 2 "dòng 3" -- template import refusal "$work/control.html"
[[ "$err" == *"U+0001"* ]] && ok || fail "control character: $err"
cmp -s "$db" "$work/before.sqlite" && ok || fail "a refused template import changed the database file"
run "shipped template still in use" 0 "" -- template list --json
[[ "$out" == *'"custom":false'* && "$out" != *'"custom":true'* ]] && ok || fail "after a broken import: $out"
sed 's/NGƯỜI TỪ CHỐI/TRƯỞNG BỘ PHẬN MỘT CỬA/' "$work/refusal.html" > "$work/edited.html"
MOTCUA_PASSWORD=staff-pass-1 run "only an administrator loads" 3 "" -- template import refusal "$work/edited.html" --as clerk
run "template import" 0 "" -- template import refusal "$work/edited.html"
run "template export gives the agency's" 0 "" -- template export refusal "$work/again.html"
cmp -s "$work/edited.html" "$work/again.html" && ok || fail "export after import"
MOTCUA_PASSWORD=staff-pass-1 run "refuse" 0 "" -- refuse "$code" --reason "Không thuộc thẩm quyền" --as head.bcxb
run "print the refusal" 0 "" -- print refusal "$code" --pdf "$work/refusal.pdf"
pdf_has "refusal uses the agency's template" "$work/refusal.pdf" "TRƯỞNG BỘ PHẬN MỘT CỬA" "Không thuộc thẩm quyền"
run "template reset" 0 "" -- template reset refusal
run "print after reset" 0 "" -- print refusal "$code" --pdf "$work/refusal2.pdf"
pdf_has "shipped template again" "$work/refusal2.pdf" "NGƯỜI TỪ CHỐI"

finish

#!/usr/bin/env bash
# A sample of the rights table (core/workflow/Permissions, walked whole in tests/core/PermissionMatrixTest.cpp)
# through the command line: each role, in its own department or another, with the step assigned to them or not,
# on dossiers in progress, paused and with the result ready. Allowed is exit 0; refused is exit 3 and changes
# nothing (the dossier's version stays).
set -u
CLI="$1"
source "$(dirname "$0")/harness.sh"
db="$work/rights.sqlite"
if [[ "${MOTCUA_TEST_BACKEND:-}" == postgresql ]]; then
    source "$(dirname "$0")/pg_server.sh"
    pg_database rights && db=$pg_url
fi
export MOTCUA_PASSWORD=admin-pass-1
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
as() { local who="$1"; shift; MOTCUA_PASSWORD=staff-pass-1 run "$@" --as "$who"; }
version() { MOTCUA_PASSWORD=staff-pass-1 "$CLI" --db "$db" show "$1" --json --as clerk | json 'd["version"]'; }

run "init" 0 "admin" -- init
export MOTCUA_NEW_PASSWORD=staff-pass-1
for user in "clerk clerk VP" "head.bcxb head BCXB" "cv.bcxb specialist BCXB" "cv2.bcxb specialist BCXB" \
            "head.bcvt head BCVTCNTT" "cv.bcvt specialist BCVTCNTT" "leader leader BGD"; do
    set -- $user
    run "add $1" 0 "" -- users add "$1" --name "Cán bộ $1" --roles "$2" --department "$3"
done
applicant=(--name "Nguyễn Thị Hương Giang" --id 091190001234 --birth 1990-05-12 --address "Số 12, Rạch Giá")
receive() { as clerk "receive" 0 "" -- receive --procedure 1.009374 "${applicant[@]}" --documents 1,2,3,4; code=${out%% *}; }

# cell LOGIN ACTION EXIT [ARGS…]: the action refused (3) or allowed (0). That a refusal changes nothing is checked
# once per dossier, at the end (the version counts the changes allowed).
cell() {
    local login="$1" action="$2" want="$3"
    shift 3
    as "$login" "$login $action ($state)" "$want" "" -- "$action" "$code" "$@"
    [[ "$want" -eq 0 ]] && allowed=$((allowed + 1))
}
allowed=0

# In progress at the specialist's step (3, BCXB), assigned to cv.bcxb.
receive
as clerk "to the head" 0 "" -- handover "$code"
as head.bcxb "to the specialist" 0 "" -- handover "$code" --to cv.bcxb
state="in progress, assigned to cv.bcxb"
cell cv2.bcxb handover 3                       # own department, assigned to another
cell cv.bcvt handover 3                        # another department
cell clerk handover 3                          # the desk, not its step
cell leader handover 3                         # not a leader's step
cell head.bcvt refuse 3 --reason "x"           # a head of another department
cell clerk extend 3 --new-due "2027-03-01 17:00" --reason "x"
cell clerk stop 3 --reason "x"
cell leader withdraw 3 --reason "x"
cell clerk return 3                            # not ready
cell cv.bcvt pause 3 --reason supplement
cell cv.bcxb pause 0 --reason supplement       # assigned to them
state="paused"
cell cv.bcvt resume 3
cell head.bcvt resume 3
cell cv.bcxb handover 3                        # paused: no step work
cell clerk resume 0                            # the desk receives the supplement
state="in progress, assigned to cv.bcxb"
cell head.bcxb handover 0                      # the head of the department, not assigned
state="in progress, the head's step"
cell cv.bcxb handover 3
cell leader extend 0 --new-due "2027-03-01 17:00" --reason "Cần xác minh thêm"
cell head.bcxb handover 0
state="the leader's step"
cell head.bcxb ready 3
cell clerk ready 3
cell leader ready 0
state="result ready"
cell leader stop 3 --reason "x"
cell head.bcxb refuse 3 --reason "x"
cell cv.bcxb return 3
cell clerk return 0
state="closed"
cell clerk withdraw 3 --reason "x"
# Received, two hand-overs, then each change allowed: one version each.
[[ $(version "$code") -eq $((1 + 2 + allowed)) ]] && ok || fail "a refused action changed the dossier: version $(version "$code")"

# Refusing: a head of the handling department (BCXB), while the dossier is at the desk.
receive
state="at the desk"
cell head.bcvt refuse 3 --reason "x"
cell cv.bcxb refuse 3 --reason "x"
cell head.bcxb refuse 0 --reason "Không đủ điều kiện"

finish

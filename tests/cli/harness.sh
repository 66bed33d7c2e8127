# Shared by the command-line tests: sourced after CLI (the motcua-cli binary) and db (the test database) are set.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passes=0
failures=0

fail() { echo "FAIL $1"; failures=$((failures + 1)); }
ok() { passes=$((passes + 1)); }

# run NAME EXPECTED_EXIT [PATTERN] -- ARGS…: runs the CLI on the test database, keeps stdout in $out and stderr
# in $err; an error is one line.
run() {
    local name="$1" code="$2" want="$3"
    shift 4
    out=$("$CLI" --db "$db" "$@" 2>"$work/err")
    local got=$?
    err=$(cat "$work/err")
    if [[ $got -ne $code ]]; then fail "$name: exit $got, expected $code (stdout: $out; stderr: $err)"; return; fi
    if [[ -n "$want" && "$out$err" != *"$want"* ]]; then fail "$name: no \"$want\" in: $out $err"; return; fi
    if [[ $code -ne 0 && $(printf '%s' "$err" | wc -l) -ne 0 ]]; then fail "$name: error not on one line: $err"; return; fi
    ok
}

finish() {
    echo "$passes passed, $failures failed"
    [[ $failures -eq 0 ]]
}

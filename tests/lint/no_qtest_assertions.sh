#!/usr/bin/env bash
# Refuses QTest's assertion macros in the Catch suites: on failure QVERIFY, QCOMPARE and QTRY_* `return` from
# the test function, and Catch counts a pass. Use Catch's assertions and REQUIRE(test::waitFor(...)).
#   no_qtest_assertions.sh TESTS_DIR
set -euo pipefail
pattern='\b(QVERIFY|QVERIFY2|QCOMPARE|QTRY_[A-Z_]*|QFAIL|QEXPECT_FAIL)\b'

check() {
    grep -rnE --include='*.cpp' --include='*.h' "$pattern" "$1" | grep -v '^[^:]*:[0-9]*: *//' || true
}

# The check itself must catch a use: try it on a file that has one.
sample=$(mktemp -d)
trap 'rm -rf "$sample"' EXIT
printf 'TEST_CASE("x") {\n    QTRY_VERIFY(done);\n}\n' > "$sample/Sample.cpp"
if [[ -z "$(check "$sample")" ]]; then
    echo "the check missed QTRY_VERIFY in a sample file" >&2
    exit 1
fi

# A semicolon in a test's name splits it in two for ctest (catch_discover_tests), and each half then runs no test
# at all and passes: refuse it too.
names() {
    perl -0ne 'while (/TEST_CASE\(\s*"([^"]*)"/g) { my $name = $1; print "$ARGV: $name\n" if $name =~ /;/ }' \
        $(grep -rl --include='*.cpp' 'TEST_CASE' "$1") 2>/dev/null || true
}
printf 'TEST_CASE("a; b", "[x]") {}\n' > "$sample/Names.cpp"
if [[ -z "$(names "$sample")" ]]; then
    echo "the check missed a semicolon in a test name" >&2
    exit 1
fi
semicolons=$(names "$1")
if [[ -n "$semicolons" ]]; then
    echo "Test names with a semicolon (ctest would run neither half):" >&2
    echo "$semicolons" >&2
    exit 1
fi

found=$(check "$1")
if [[ -n "$found" ]]; then
    echo "QTest assertions in Catch tests (they return silently on failure; use REQUIRE(test::waitFor(...))):" >&2
    echo "$found" >&2
    exit 1
fi
echo "no QTest assertion in $1"

#!/bin/sh
# Rewrites the roster samples in this directory: builds and runs make_samples.cpp (the .xlsx, .csv and .txt files
# and the expected results, put in order by tests/tools/people_order_icu.py), then lets LibreOffice write the .xls. The outputs are committed, so the tests need
# neither this script nor LibreOffice.
#   tests/data/import/make_samples.sh [BUILD_DIR]     (default: build/debug)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build/debug}
cmake --build "$build" -j2 --target thidua_make_roster_samples
"$build/tests/thidua_make_roster_samples" "$here"
# The expected lists in Vietnamese order, computed by ICU through Python, independently of the program's sort.
for list in expected_staff.csv expected_students.csv; do
    python3 "$root/tests/tools/people_order_icu.py" sort "$here/$list"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
soffice -env:UserInstallation=file://"$tmp"/profile --headless --convert-to xls --outdir "$tmp" \
    "$here/staff_title_merged.xlsx" >/dev/null
cp "$tmp/staff_title_merged.xls" "$here/staff_title_merged.xls"
ls -l "$here"

#!/usr/bin/env bash
# Checks of the sources themselves, run by ctest (tests/CMakeLists.txt):
#   check_sources.sh format   every tracked .cpp/.h is formatted as .clang-format says (clang-format 14)
#   check_sources.sh layers   nothing in ui/ or app/ includes a repository: they go through core's services
#                             (writes) and read-only *Query classes (plain reads)
set -uo pipefail
cd "$(dirname "$0")/../.."

sources() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -- '*.cpp' '*.h'
    else
        find app core ui tests -name '*.cpp' -o -name '*.h'
    fi
}

case "${1:-}" in
format)
    if ! command -v clang-format >/dev/null; then
        echo "clang-format is not installed (apt-get install clang-format)"
        [ -n "${CI:-}" ] && exit 1
        exit 77 # skipped (SKIP_RETURN_CODE)
    fi
    bad=$(sources | xargs clang-format --dry-run 2>&1 | grep -o '^[^ :]*\.\(cpp\|h\):' | sort -u | tr -d ':')
    if [ -n "$bad" ]; then
        echo "Not formatted (run clang-format -i on them):"
        echo "$bad"
        exit 1
    fi
    echo "all $(sources | wc -l) sources formatted"
    ;;
layers)
    bad=$(grep -rlE '#include "[^"]*Repository\.h"' app ui || true)
    if [ -n "$bad" ]; then
        echo "These files include a repository; call the area's service (or a read-only *Query) instead:"
        echo "$bad"
        exit 1
    fi
    echo "no repository included in ui/ or app/"
    ;;
*)
    echo "usage: check_sources.sh format|layers" >&2
    exit 2
    ;;
esac

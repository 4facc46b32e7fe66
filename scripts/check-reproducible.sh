#!/usr/bin/env bash
# Builds the project twice, in two copies of the work tree at different paths and at different
# times, and checks that every jar comes out byte for byte the same (the main jars, -sources,
# -javadoc, and sla-examples' -cli jar). sla-bench is not deployed and not compared.
#
#   scripts/check-reproducible.sh            # uses the local repository ~/.m2, may download
#   scripts/check-reproducible.sh -o         # extra arguments go to both Maven runs
#
# Exit 0 when all jars are identical; 1 with the differing jars and entries otherwise.
# Takes about two `mvn package -DskipTests` runs (about a minute on a 2-core machine).
# It builds uncommitted changes too: the copies are taken from the work tree, without target/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/slakit-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT

build() { # $1 = directory name under $work
    local dir="$work/$1"
    mkdir -p "$dir"
    (cd "$root" && tar --exclude=./.git --exclude='*/target' --exclude=./target -cf - .) \
        | (cd "$dir" && tar -xf -)
    echo "building in $dir"
    (cd "$dir" && mvn -B -q package -DskipTests -Dinvoker.skip=true "${@:2}")
}

start=$(date +%s)
build first "$@"
sleep 2 # file times and the clock differ between the two builds
build second-copy "$@"

status=0
count=0
while IFS= read -r jar; do
    rel="${jar#"$work/first/"}"
    case "$rel" in sla-bench/*) continue ;; esac
    other="$work/second-copy/$rel"
    count=$((count + 1))
    if [[ ! -f "$other" ]]; then
        echo "DIFFERENT: $rel exists only in the first build"
        status=1
    elif ! cmp -s "$jar" "$other"; then
        echo "DIFFERENT: $rel"
        status=1
        mkdir -p "$work/x1" "$work/x2"
        rm -rf "$work/x1"/* "$work/x2"/*
        (cd "$work/x1" && unzip -q "$jar")
        (cd "$work/x2" && unzip -q "$other")
        echo "  entries whose content differs:"
        { diff -rq "$work/x1" "$work/x2" | sed "s|$work/||g" | head -20 | sed 's/^/    /'; } || true
        echo "  entries whose listing (time, size, order) differs (< first, > second):"
        { diff <(unzip -Z -T "$jar" | tail -n +3) <(unzip -Z -T "$other" | tail -n +3) \
            | grep '^[<>]' | head -20 | sed 's/^/    /'; } || true
    fi
done < <(find "$work/first" -path '*/target/*.jar' -not -path '*/target/*/*' | sort)

if [[ $count -eq 0 ]]; then
    echo "no jars were built" >&2
    exit 1
fi
echo "$count jars compared in $(( $(date +%s) - start )) s"
if [[ $status -eq 0 ]]; then
    echo "reproducible: all $count jars are identical"
fi
exit $status

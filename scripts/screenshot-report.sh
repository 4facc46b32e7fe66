#!/usr/bin/env bash
# Takes a screenshot of an slakit HTML report in headless Chromium, to look at the page the way
# a browser draws it.
#
#   scripts/screenshot-report.sh [html-file] [png-file]
#
#   html-file  the page to draw; default sla-report/target/sample-report.html, which is
#              generated first (org.slakit.report.SampleReport, made-up data) when no
#              file is given
#   png-file   where to write the screenshot; default: the html file's path with .png
#
# Environment: WINDOW_SIZE (default 1200,1600), CHROMIUM (default: chromium on the PATH).
# Needs Debian's chromium package; when it is missing and we are root, it is installed with
# apt-get (on other systems install Chromium or Chrome and set CHROMIUM).
# The page loads nothing from the network; the flags below also keep Chromium's own background
# traffic off. Not used by the Maven build: run it by hand.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
window="${WINDOW_SIZE:-1200,1600}"

usage() {
    sed -n '2,/^[^#]/{/^#/p}' "$0" | sed 's/^# \{0,1\}//'
}
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    usage
    exit 0
fi
if [[ $# -gt 2 ]]; then
    usage >&2
    exit 2
fi

if [[ $# -ge 1 ]]; then
    html="$1"
    if [[ ! -f "$html" ]]; then
        echo "screenshot-report.sh: no such file: $html" >&2
        exit 2
    fi
else
    html="$root/sla-report/target/sample-report.html"
    echo "Generating the sample report: $html" >&2
    (cd "$root" && mvn -B -q -pl sla-report -am compile) >&2
    java -cp "$root/sla-report/target/classes:$root/sla-core/target/classes:$root/sla-calendar/target/classes" \
        org.slakit.report.SampleReport "$html" >&2
fi
html="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
png="${2:-${html%.html}.png}"
case "$png" in
    /*) ;;
    *) png="$PWD/$png" ;;
esac

chromium="${CHROMIUM:-}"
if [[ -z "$chromium" ]]; then
    if ! command -v chromium >/dev/null 2>&1; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            echo "Installing Debian's chromium package" >&2
            apt-get update -q >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2
        else
            echo "screenshot-report.sh: chromium not found; install it (Debian: apt-get install chromium)" \
                 "or set CHROMIUM to a Chromium or Chrome binary" >&2
            exit 2
        fi
    fi
    chromium=chromium
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size="$window" \
    --screenshot="$png" "file://$html" 2> "$profile/chromium.log" || {
    cat "$profile/chromium.log" >&2
    exit 1
}
if [[ ! -s "$png" ]]; then
    cat "$profile/chromium.log" >&2
    echo "screenshot-report.sh: chromium wrote no screenshot to $png" >&2
    exit 1
fi
echo "$png"

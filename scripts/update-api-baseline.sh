#!/usr/bin/env bash
# Regenerates the committed public-API baselines api/<artifactId>.txt from the current sources
# (after a deliberate API change, or after adding a deployed module to api-check/pom.xml), then
# shows what changed. Commit the changed api/*.txt together with the change that caused it.
#
#   scripts/update-api-baseline.sh        # extra arguments go to Maven, e.g. -o
#
# It compiles the deployed modules and runs only the API check, without their tests (about
# 10 s). The full build does the same with: mvn -B -q verify -Dapi.update=true
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -pl api-check -am -Dapi.update=true \
    -Dtest='ApiBaselineTest' -Dsurefire.failIfNoSpecifiedTests=false "$@"
git status --short -- api/ || true
git diff --stat -- api/ || true

#!/usr/bin/env bash
# The test command of the README: installs what is missing, builds with
# -Werror, checks formatting, and runs every test (unit, integration with the
# real server binary on loopback, UI offscreen). Exit code 0 only if all pass.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build} bash tools/build.sh -DCOUNCIL_WERROR=ON -DCOUNCIL_BUILD_TESTS=ON

echo "== clang-format check" >&2
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== tests" >&2
export QT_QPA_PLATFORM=offscreen
cd "${BUILD_DIR:-build}"
ctest --output-on-failure --timeout 300 -j 2

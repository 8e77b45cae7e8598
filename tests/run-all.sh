#!/usr/bin/env bash
# The whole test suite, as README.md gives it and .ci/run runs it: installs
# what is needed (as root on Debian), builds with warnings as errors, runs the
# unit and end-to-end tests and the shipped rule tests, then does it all again
# under the address and undefined-behaviour sanitizers, and fuzzes each
# libFuzzer target for a minute (tests/fuzz/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# Everything the build and the tests call: the compilers and libraries, tmux
# (ask in a real terminal), jq, git and pre-commit (the integrations), python3
# (action_test), groff (the man page renders: install_test), ca-certificates
# and Debian's node and npm (the validators below) where no node is present;
# dpkg-deb (deb_test) is part of every Debian.
packages=(g++ cmake make libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libfmt-dev catch2 tmux jq clang-14
  libclang-rt-14-dev git pre-commit python3 python3-yaml groff-base ca-certificates)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then packages+=(nodejs npm); fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [[ ${#missing[@]} -gt 0 ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (warnings are errors)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRAGFT_WERROR=ON >/dev/null
cmake --build build -j"$jobs"

# Validators for tests/e2e/sarif_validate.sh and schema_validate.sh, from the
# npm registry into the build tree (never the repository), pinned: ajv with
# draft-04 and 2020-12 support, yaml to read profiles, and the SARIF 2.1.0
# schema as the npm package @microsoft/jest-sarif ships it
# (lib/schemas/sarif-2.1.0-rtm.5.json). Installed once per build tree.
validators="$PWD/build/validators"
if [[ ! -f "$validators/.installed-1" ]]; then
  echo "== installing the SARIF and JSON Schema validators (npm)"
  rm -rf "$validators" && mkdir -p "$validators"
  npm install --prefix "$validators" --no-audit --no-fund --loglevel=error \
    ajv@8.17.1 ajv-draft-04@1.0.0 ajv-formats@3.0.1 yaml@2.8.1 >/dev/null
  (cd "$validators" && npm pack --loglevel=error @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null &&
    tar -xzOf microsoft-jest-sarif-1.0.0-beta.0.tgz package/lib/schemas/sarif-2.1.0-rtm.5.json >sarif-schema-2.1.0.json &&
    rm microsoft-jest-sarif-1.0.0-beta.0.tgz)
  touch "$validators/.installed-1"
fi
export RAGFT_VALIDATORS="$validators"

echo "== tests"
ctest --test-dir build --output-on-failure -j"$jobs"
echo "== shipped rule tests"
./build/ragft rules test rules/tests/

echo "== build with address and undefined-behaviour sanitizers"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DRAGFT_WERROR=ON -DRAGFT_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j"$jobs"
echo "== tests under sanitizers"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-sanitize --output-on-failure -j"$jobs"

echo "== fuzzing (clang-14 libFuzzer, 60 s per target; a crash becomes a corpus input)"
bash tests/fuzz/run.sh 60

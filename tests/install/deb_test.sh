#!/usr/bin/env bash
# `cpack -G DEB` from the build tree (already built: nothing is compiled
# again), then checks the package: its contents (dpkg-deb -c), its control
# fields, that the ragft it holds runs, and, as root, that dpkg would
# install it (dpkg --dry-run -i: nothing is installed on this machine).
# Usage: deb_test.sh CPACK BUILD_DIR
set -uo pipefail
cpack=$1
build=$(readlink -f "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1; }
shopt -s nullglob
debs=("$work"/*.deb)
[[ ${#debs[@]} -eq 1 ]] || { echo "FAIL: expected one .deb, got: ${debs[*]}"; exit 1; }
deb=${debs[0]}
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/ragft ./usr/share/man/man1/ragft.1 ./usr/share/bash-completion/completions/ragft \
  ./usr/share/zsh/vendor-completions/_ragft ./usr/share/fish/vendor_completions.d/ragft.fish \
  ./usr/share/doc/ragft/README.md; do
  grep -qxF -- "$f" <<<"$contents" || fail "the .deb does not hold $f"
done
# Only ragft's own files: no test or benchmark programs.
others=$(grep -vE '^\./usr/(bin/ragft|share/(man/man1/ragft\.1|bash-completion/|zsh/|fish/|doc/ragft/))|/$' <<<"$contents")
[[ -z $others ]] || fail "the .deb holds unexpected files: $others"
[[ $(dpkg-deb -f "$deb" Package) == ragft ]] || fail "Package is not ragft"
version=$(dpkg-deb -f "$deb" Version)
mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
got=$("$work/root/usr/bin/ragft" --version)
[[ $got == "ragft $version" ]] || fail "the packaged ragft --version says '$got', the package $version"
if [[ $(id -u) -eq 0 ]] && command -v dpkg >/dev/null; then
  dpkg --dry-run -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --dry-run -i"; }
fi

if [[ $failures -gt 0 ]]; then
  echo "deb_test: $failures failed"
  exit 1
fi
echo "deb_test: passed"

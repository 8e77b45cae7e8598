#!/usr/bin/env bash
# The layers of src/ (docs/architecture.md) link only downward:
#
#   base < yaml < expr < cost < rules < input < engine < render < cli
#
# Checked on the #include lines of every source and header:
# - a file of layer L includes no public header (include/ragft/X.h) of a
#   layer above L. A public header's layer is the folder of its .cpp
#   (src/L/X.cpp), or the folder named X (ragft/expr.h: src/expr/);
# - an internal header (src/L/X.h: not part of the public API, which is
#   include/ragft/) is included only from layer L or a layer above it (and
#   by the tests);
# - no .cpp lies loose in src/, and no source file is over 900 lines.
# Usage: layers_test.sh SOURCE_DIR
src=${1:?usage: layers_test.sh SOURCE_DIR}
cd "$src" || exit 1
layers=(base yaml expr cost rules input engine render cli)
declare -A rank
for i in "${!layers[@]}"; do rank[${layers[$i]}]=$i; done
rank[tools]=${rank[yaml]}  # the build-time rule embedder reads YAML only
fail=0
problem() { echo "layers: $*"; fail=1; }

header_layer() {  # the layer of public header X (no .h), or ""
  local x=$1 l
  for l in "${layers[@]}"; do
    if [[ -f src/$l/$x.cpp || $l == "$x" ]]; then echo "$l"; return; fi
  done
}

declare -A hl
for h in include/ragft/*.h; do
  x=$(basename "$h" .h)
  l=$(header_layer "$x")
  if [[ -z $l ]]; then problem "$h: no layer (no src/<layer>/$x.cpp)"; continue; fi
  hl[$x]=$l
done

check_file() {  # FILE LAYER
  local f=$1 l=$2 inc x il
  while IFS= read -r inc; do
    if [[ $inc =~ ^ragft/([a-z_0-9]+)\.h$ ]]; then
      x=${BASH_REMATCH[1]}; il=${hl[$x]}
      [[ -z $il ]] && { problem "$f includes unknown public header $inc"; continue; }
      if (( ${rank[$il]} > ${rank[$l]} )); then
        problem "$f (layer $l) includes $inc of layer $il, above it"
      fi
    elif [[ $inc =~ ^([a-z]+)/[a-z_0-9]+\.h$ ]]; then
      il=${BASH_REMATCH[1]}
      if [[ -z ${rank[$il]} ]]; then problem "$f includes $inc, not a layer's header"; continue; fi
      if (( ${rank[$il]} > ${rank[$l]} )); then
        problem "$f (layer $l) includes $inc, an internal header of layer $il, above it"
      fi
    fi
  done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
}

for f in include/ragft/*.h; do
  x=$(basename "$f" .h); [[ -n ${hl[$x]} ]] && check_file "$f" "${hl[$x]}"
done
for d in "${layers[@]}" tools; do
  for f in src/$d/*.cpp src/$d/*.h; do
    [[ -e $f ]] && check_file "$f" "$d"
  done
done
for f in src/*.cpp src/*.h; do
  [[ -e $f ]] && problem "$f lies loose in src/: put it in its layer's folder"
done
while IFS= read -r f; do
  n=$(wc -l <"$f")
  (( n > 900 )) && problem "$f has $n lines (at most 900: split it by concept)"
done < <(find src include -name '*.cpp' -o -name '*.h')
(( fail == 0 )) && echo "layers: ${#hl[@]} public headers, every include points down or within its layer"
exit $fail

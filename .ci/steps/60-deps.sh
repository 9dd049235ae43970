# Every CMake package, library and test program the builds above found comes from a package that
# scripts/deps.sh installs; and the check can fail: without one of its lines, it must.
set -euo pipefail
builds=()
for dir in build-tests build-asan build-fuzz build-package; do
    [ -f "$dir/CMakeCache.txt" ] && builds+=("$dir")
done
scripts/check-deps "${builds[@]}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for removed in qt6-websockets-dev gnome-keyring; do
    sed "s/\(^\|[ (]\)$removed\([ )]\|$\)/\1\2/" scripts/deps.sh >"$scratch/deps.sh"
    ! grep -qw -- "$removed" "$scratch/deps.sh" || { echo "60-deps: could not remove $removed" >&2; exit 1; }
    if scripts/check-deps --deps "$scratch/deps.sh" "${builds[@]}" >"$scratch/out" 2>&1; then
        echo "60-deps: check-deps passed although deps.sh lacked $removed" >&2
        exit 1
    fi
    grep -q "$removed" "$scratch/out" || { cat "$scratch/out" >&2; exit 1; }
    echo "check-deps without $removed: fails, naming it (as it must)"
done

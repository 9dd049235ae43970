# Fuzzes the JSON-to-model mapping of both dialects and the error-message extraction for a bounded
# time, seeded with real answers. A crash, a sanitizer report or a broken invariant fails CI, and so does
# any clang warning (the build treats them as errors).
set -euo pipefail
. scripts/deps.sh
connector_install_packages "${CONNECTOR_FUZZ_PACKAGES[@]}" "${CONNECTOR_BUILD_PACKAGES[@]}"
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCONNECTOR_BUILD_FUZZ=ON -DCONNECTOR_BUILD_APP=OFF -DCONNECTOR_BUILD_CLI=OFF -DCONNECTOR_BUILD_DEVSERVER=OFF \
    -DBUILD_TESTING=OFF -DCONNECTOR_WARNINGS_AS_ERRORS=ON $(connector_cmake_launcher) >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_decode
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp tests/data/samples/*.json "$corpus"/
[ -d tests/fuzz/corpus ] && cp tests/fuzz/corpus/* "$corpus"/ 2>/dev/null || true
mkdir -p fuzz-artifacts
"$build/tests/fuzz/fuzz_decode" -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix=fuzz-artifacts/ "$corpus" 2>&1 | tail -n 15

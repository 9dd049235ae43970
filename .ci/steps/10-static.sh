# What the project asks of its sources, checked on every file: the project's clang-format style
# (any diff fails).
set -euo pipefail
. scripts/deps.sh
connector_install_packages "${CONNECTOR_CHECK_PACKAGES[@]}"
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
clang-format --dry-run -Werror "${sources[@]}"
echo "clang-format: ${#sources[@]} files as .clang-format wants them"
# Only src/core reads and writes the API's JSON: the console and connectorctl name no wire key.
scripts/check-wire-keys
# Files small enough to hold in one's head: none over 600 lines in src or tests.
long=$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' | xargs wc -l | awk '$2 != "total" && $1 > 600')
if [ -n "$long" ]; then
    echo "Files over 600 lines:" >&2
    echo "$long" >&2
    exit 1
fi
echo "file sizes: every file in src and tests is 600 lines or fewer"

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

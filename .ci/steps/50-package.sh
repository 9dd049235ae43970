# Builds the .deb and installs it with the README's own two lines, as printed (sudo dropped: CI runs as
# root), then checks the installed programs and the desktop integration, and removes it.
set -euo pipefail
readme_lines=$(awk '/^### Or install the package/ { inside = 1 } inside && /^```sh/ { code = 1; next }
    code && /^```/ { exit } code' README.md | sed -e 's/[[:space:]]*#.*$//' -e 's/^sudo //')
[ -n "$readme_lines" ] || { echo "40-package: no install lines found in README.md" >&2; exit 1; }
printf 'README: %s\n' "$readme_lines"
# apt-get asks before it installs: a user types Y, CI has no terminal, so its configuration answers.
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
echo 'APT::Get::Assume-Yes "true";' >"$answer"
APT_CONFIG=$answer eval "$readme_lines"
dpkg-query -W -f='${Status}\n' connector-admin | grep -q 'install ok installed'
scripts/check-package "$deb"

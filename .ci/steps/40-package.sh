# Builds the .deb, installs it with apt-get, runs the installed programs (connectorctl against the
# installed dev server), checks the desktop integration, then removes it.
set -euo pipefail
deb=$(scripts/package)
scripts/check-package "$deb"

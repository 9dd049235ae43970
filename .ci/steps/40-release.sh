# The suite once more on the Release build that step 50 packages, built with warnings as errors:
# what users install is what was tested, and no build type hides a warning or a failing test.
set -euo pipefail
scripts/test --build-dir build-package --build-type Release --werror

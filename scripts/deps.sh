# Debian 12 packages the project needs, sourced by scripts/setup and scripts/test.
# build: compiler, CMake, Qt 6.4 (Widgets, Network, HttpServer, Test, Linguist), QtKeychain
CONNECTOR_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev libssl-dev libsimdjson-dev
    libqt6svg6 qt6-qpa-plugins
)
# tests: a real Secret Service for the keychain tests, an X server for screenshots, desktop-file checks
CONNECTOR_TEST_PACKAGES=(
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
    desktop-file-utils appstream librsvg2-bin groff-base bsdutils qt6-translations-l10n
)

# Installs whatever of the given packages is missing; quiet and non-interactive.
connector_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

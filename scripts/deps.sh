# Debian 12 packages the project needs, sourced by scripts/setup and scripts/test.
# build: compiler, CMake, Qt 6.4 (Widgets, Network, HttpServer, Test, Linguist), QtKeychain
CONNECTOR_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev libssl-dev libsimdjson-dev
    libqt6svg6 qt6-qpa-plugins
)
# fonts for every script the demo's names are written in (Devanagari and Arabic: Noto; Japanese: Droid
# Sans Fallback; emoji): without them a new user's first window shows empty boxes
CONNECTOR_FONT_PACKAGES=(fonts-noto-core fonts-droid-fallback fonts-noto-color-emoji)
# tests: a real Secret Service for the keychain tests, an X server for screenshots, desktop-file checks
CONNECTOR_TEST_PACKAGES=(
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
    desktop-file-utils appstream librsvg2-bin groff-base bsdutils qt6-translations-l10n
)
# CI's fuzz build (clang with libFuzzer and the sanitizer runtimes) and the package build
CONNECTOR_FUZZ_PACKAGES=(clang libclang-rt-14-dev)
CONNECTOR_PACKAGING_PACKAGES=(dpkg-dev librsvg2-bin)
# CI's source checks
CONNECTOR_CHECK_PACKAGES=(clang-format)

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

# CMake arguments every script's build shares: ccache, when the machine has it (nothing requires it).
connector_cmake_launcher() {
    if command -v ccache >/dev/null 2>&1; then
        echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
}

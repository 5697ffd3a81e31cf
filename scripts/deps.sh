# Shared by scripts/run, scripts/test and scripts/bench: installs the Debian 12 packages a
# step needs, skipping those already present. Source it, then call: credfolio_install PKG...
credfolio_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

credfolio_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    credfolio_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    credfolio_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# What building the app needs.
CREDFOLIO_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev qtkeychain-qt6-dev libbotan-2-dev libsqlite3-dev libvalijson-dev
    libqpdf-dev libqrencode-dev qt6-translations-l10n fonts-noto-core fonts-wqy-microhei
)
# What running the tests adds: a display-less X server, a session bus and a keyring for
# keychain tests, the fonts Qt needs to lay text out offscreen, and openssl for the
# network resolver test's local HTTPS server certificate; poppler, zbar to read exported PDFs back;
# desktop-file-utils, appstream, lintian and dpkg-dev to check the package, gio (libglib2.0-bin)
# to see the MIME types as a file manager does.
CREDFOLIO_TEST_PACKAGES=(
    xvfb xauth dbus-daemon dbus-x11 gnome-keyring sqlite3 fonts-dejavu-core python3 openssl
    poppler-utils zbar-tools desktop-file-utils appstream lintian dpkg-dev file libglib2.0-bin
)

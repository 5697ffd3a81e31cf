# The Debian package (cpack -G DEB, run by scripts/package). Included last from the top
# CMakeLists.txt, after every install() rule. See docs/packaging.md.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "credfolio")
set(CPACK_PACKAGE_VENDOR "Credfolio contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Credfolio contributors <packaging@credfolio.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan microcredentials and keep verified digital badges")
set(CPACK_PACKAGE_DESCRIPTION
    "Credfolio keeps a learner's microcredential life in one place, offline: a
catalog of short courses with search and filters, plans and progress toward
microcredentials, and a portfolio of digital badges (Open Badges 2.0 and 3.0,
W3C Verifiable Credentials) verified on the learner's own computer.

This package holds the desktop application and credfolio-cli, the same from
the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# The libraries the programs link come from dpkg-shlibdeps; the plugins Qt loads at run time
# do not show up there: the SQLite driver and OpenSSL for Qt's TLS backend (online checks).
# The SVG image and icon plugins come with libqt6svg6, which the GUI links, so shlibdeps lists it. The X11 platform plugin is in
# libqt6gui6 on Debian 12 (qt6-qpa-plugins holds only VNC and TUIO there).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libssl3")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, fonts-noto-core | fonts-dejavu-core")
# The signing key goes to the Secret Service when one runs (else a passphrase-sealed file).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")

include(CPack)

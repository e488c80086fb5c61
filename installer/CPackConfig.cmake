# The packages `cpack` makes in a build folder, by platform (what goes in them: the install rules,
# installer/CMakeLists.txt for the desktop files and the Qt runtime):
#   Linux    triggerdesk_<version>-<revision>_amd64.deb (Debian 12 and later) and
#            triggerdesk-<version>-Linux.tar.gz
#   Windows  an NSIS installer (Start menu entry, uninstaller, optional PATH entry for the CLI) and
#            a .zip, each with the Qt runtime that windeployqt copies in at install time
#   macOS    a .dmg (DragNDrop) holding triggerdesk.app, the CLI and the simulator inside it, with
#            the Qt frameworks that macdeployqt copies in at install time
# Only the Linux packages are built and checked here (scripts/package-check.sh).
set(CPACK_PACKAGE_NAME "triggerdesk")
set(CPACK_PACKAGE_VENDOR "TriggerDesk")
set(CPACK_PACKAGE_CONTACT "TriggerDesk developers <triggerdesk@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters, as Debian's extended descriptions want them.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "TriggerDesk keeps saved trigger profiles, launches Orchestrator jobs through\n"
    "API triggers in all three call modes and shows each job live: every state\n"
    "transition, every HTTP hop, the final output or error. With a command-line\n"
    "runner (triggerdesk-cli) and a local Orchestrator simulator (triggerdesk-sim).")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/triggerdesk/triggerdesk")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TriggerDesk")
set(CPACK_PACKAGE_EXECUTABLES "triggerdesk;TriggerDesk")
# Release binaries without their symbol tables.
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "TriggerDesk")
    set(CPACK_NSIS_PACKAGE_NAME "TriggerDesk")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\triggerdesk.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Offers to put bin on PATH, for triggerdesk-cli.
    set(CPACK_NSIS_MODIFY_PATH ON)
    # The installer shows the licence (Apache-2.0) before it installs.
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "TriggerDesk")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    # The Debian revision comes from the newest entry of installer/debian/changelog (installed as
    # changelog.Debian.gz), which must be for this version: triggerdesk_0.1.0-1_amd64.deb.
    file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog debian_changelog_top LIMIT_COUNT 1)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog)
    if(NOT debian_changelog_top MATCHES "^triggerdesk \\(([^)]+)-([^-)]+)\\) ")
        message(FATAL_ERROR "installer/debian/changelog: the first line is not 'triggerdesk (VERSION-REVISION) ...'")
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL CPACK_PACKAGE_VERSION)
        message(FATAL_ERROR "installer/debian/changelog is for ${CMAKE_MATCH_1}, the project is "
                            "${CPACK_PACKAGE_VERSION}: add an entry for ${CPACK_PACKAGE_VERSION}-1")
    endif()
    set(CPACK_DEBIAN_PACKAGE_RELEASE "${CMAKE_MATCH_2}")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
    # dpkg-shlibdeps (dpkg-dev) turns the linked libraries into Depends (libqt6core6, libqt6gui6,
    # libqt6widgets6, libqt6network6, libqt6keychain1, libc6, ...). Plugins Qt loads at run time
    # are not linked, so they are named here: the SVG icon engine draws the window's icons; the
    # SQLite driver keeps the job history.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    if(TRIGGERDESK_BUILD_GUI)
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqt6svg6")
    endif()
endif()

include(CPack)

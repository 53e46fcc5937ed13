# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every install() rule and the CPack setup. Included last from the top-level CMakeLists.txt, so the
# targets of app/ already exist (install(TARGETS) on targets from other directories needs CMake >= 3.13).
#
# Verified: Linux DEB (tests/installer/check-deb.sh builds, inspects, extracts and runs it).
# Windows (NSIS, WiX) and macOS (DragNDrop) sections are written from the CMake/Qt documentation and are
# NOT YET VERIFIED on those platforms.

set(PORTICO_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons")
set(PORTICO_ICON_SIZES 16 24 32 48 64 128 256 512)
set(PORTICO_PACKAGE_CONTACT "The Portico authors <portico@example.org>"
    CACHE STRING "Maintainer/contact written into the packages")

# Same path relative to the executable on every platform (<exe dir>/../share/portico/translations),
# so the GUI can find its .qm files without per-platform code.
if(APPLE AND PORTICO_BUILD_UI AND TARGET portico)
    set(PORTICO_MACOS_BUNDLE ON)
    set(PORTICO_INSTALL_BINDIR "portico.app/Contents/MacOS")
    set(PORTICO_INSTALL_DATAROOTDIR "portico.app/Contents/share")
else()
    set(PORTICO_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
    set(PORTICO_INSTALL_DATAROOTDIR "${CMAKE_INSTALL_DATAROOTDIR}")
endif()
set(PORTICO_INSTALL_TRANSLATIONSDIR "${PORTICO_INSTALL_DATAROOTDIR}/portico/translations")
set(PORTICO_INSTALL_DOCDIR "${PORTICO_INSTALL_DATAROOTDIR}/doc/portico")

# ---------------------------------------------------------------------------------------------
# Install rules
# ---------------------------------------------------------------------------------------------
if(WIN32)
    # Collects the non-Qt DLLs porticod needs (OpenSSL, libarchive, zlib); installed further down.
    set(PORTICO_DEPENDENCY_SET_ARGS RUNTIME_DEPENDENCY_SET portico_runtime_dlls)
endif()
install(TARGETS porticod ${PORTICO_DEPENDENCY_SET_ARGS} RUNTIME DESTINATION ${PORTICO_INSTALL_BINDIR})

if(PORTICO_BUILD_UI AND TARGET portico)
    if(PORTICO_MACOS_BUNDLE)
        # macOS: NOT YET VERIFIED. portico becomes portico.app, porticod lives next to it in Contents/MacOS.
        set_source_files_properties("${PORTICO_ICON_DIR}/portico.icns" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(portico PRIVATE "${PORTICO_ICON_DIR}/portico.icns")
        set_target_properties(portico PROPERTIES
            MACOSX_BUNDLE ON
            MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/installer/macos/Info.plist.in"
            MACOSX_BUNDLE_EXECUTABLE_NAME portico
            MACOSX_BUNDLE_BUNDLE_NAME Portico
            MACOSX_BUNDLE_ICON_FILE portico.icns
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The Portico authors. GPL-3.0-or-later.")
        install(TARGETS portico BUNDLE DESTINATION .)
    elseif(WIN32)
        # Windows: NOT YET VERIFIED. The .rc gives portico.exe its icon and version resource.
        set(PORTICO_WINDOWS_ICON "${PORTICO_ICON_DIR}/portico.ico")
        configure_file("${PROJECT_SOURCE_DIR}/installer/windows/portico.rc.in"
            "${PROJECT_BINARY_DIR}/installer/windows/portico.rc" @ONLY)
        target_sources(portico PRIVATE "${PROJECT_BINARY_DIR}/installer/windows/portico.rc")
        install(TARGETS portico RUNTIME DESTINATION ${PORTICO_INSTALL_BINDIR})
    else()
        install(TARGETS portico RUNTIME DESTINATION ${PORTICO_INSTALL_BINDIR})
        install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/portico.desktop"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/org.portico.Portico.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
        foreach(size IN LISTS PORTICO_ICON_SIZES)
            install(FILES "${PORTICO_ICON_DIR}/hicolor/${size}x${size}/apps/portico.png"
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        install(FILES "${PORTICO_ICON_DIR}/portico.svg"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
    endif()

    # Generated at build time by the GUI's translation targets.
    get_property(PORTICO_QM_FILES_TO_INSTALL GLOBAL PROPERTY PORTICO_QM_FILES)
    if(PORTICO_QM_FILES_TO_INSTALL)
        install(FILES ${PORTICO_QM_FILES_TO_INSTALL} DESTINATION ${PORTICO_INSTALL_TRANSLATIONSDIR})
    else()
        message(WARNING "PORTICO_QM_FILES is empty: the packages will contain no GUI translations")
    endif()
endif()

set(PORTICO_DOC_FILES "${PROJECT_SOURCE_DIR}/LICENSE")
if(EXISTS "${PROJECT_SOURCE_DIR}/README.md")
    list(APPEND PORTICO_DOC_FILES "${PROJECT_SOURCE_DIR}/README.md")
endif()
install(FILES ${PORTICO_DOC_FILES} DESTINATION ${PORTICO_INSTALL_DOCDIR})

# ---------------------------------------------------------------------------------------------
# Windows runtime deployment: NOT YET VERIFIED
# ---------------------------------------------------------------------------------------------
if(WIN32)
    # MSVC runtime DLLs next to the executables (windeployqt is told to leave them out).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${PORTICO_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)

    # OpenSSL, libarchive and zlib DLLs: vcpkg-style prefixes keep them in <prefix>/bin next to <prefix>/include.
    set(PORTICO_DLL_DIRS "")
    foreach(includeDir IN ITEMS "${OPENSSL_INCLUDE_DIR}" "${LibArchive_INCLUDE_DIRS}" "${ZLIB_INCLUDE_DIRS}")
        if(includeDir)
            list(APPEND PORTICO_DLL_DIRS "${includeDir}/../bin")
        endif()
    endforeach()
    install(RUNTIME_DEPENDENCY_SET portico_runtime_dlls
        DESTINATION ${PORTICO_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "[Qq]t6.*"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
        DIRECTORIES ${PORTICO_DLL_DIRS})

    get_target_property(PORTICO_QMAKE Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(PORTICO_QT_BIN_DIR "${PORTICO_QMAKE}" DIRECTORY)
    find_program(PORTICO_WINDEPLOYQT windeployqt HINTS "${PORTICO_QT_BIN_DIR}")
    if(NOT PORTICO_WINDEPLOYQT)
        message(WARNING "windeployqt not found: the Windows packages will lack the Qt DLLs")
    else()
        set(PORTICO_DEPLOY_EXES porticod)
        if(PORTICO_BUILD_UI AND TARGET portico)
            list(APPEND PORTICO_DEPLOY_EXES portico)
        endif()
        foreach(exe IN LISTS PORTICO_DEPLOY_EXES)
            # Runs during `cmake --install` and in CPack's staging directory alike.
            install(CODE "
                set(exe \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${PORTICO_INSTALL_BINDIR}/${exe}.exe\")
                execute_process(COMMAND \"${PORTICO_WINDEPLOYQT}\" --no-compiler-runtime
                        $<IF:$<CONFIG:Debug>,--debug,--release> \"\${exe}\"
                    RESULT_VARIABLE result)
                if(NOT result EQUAL 0)
                    message(FATAL_ERROR \"windeployqt failed on \${exe}: \${result}\")
                endif()")
        endforeach()
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# macOS runtime deployment: NOT YET VERIFIED
# ---------------------------------------------------------------------------------------------
if(PORTICO_MACOS_BUNDLE)
    get_target_property(PORTICO_QMAKE Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(PORTICO_QT_BIN_DIR "${PORTICO_QMAKE}" DIRECTORY)
    find_program(PORTICO_MACDEPLOYQT macdeployqt HINTS "${PORTICO_QT_BIN_DIR}")
    if(NOT PORTICO_MACDEPLOYQT)
        message(WARNING "macdeployqt not found: the DMG will lack the Qt frameworks")
    else()
        install(CODE "
            set(bundle \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/portico.app\")
            execute_process(COMMAND \"${PORTICO_MACDEPLOYQT}\" \"\${bundle}\"
                    \"-executable=\${bundle}/Contents/MacOS/porticod\"
                RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR \"macdeployqt failed: \${result}\")
            endif()")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# CPack
# ---------------------------------------------------------------------------------------------
# WiX only accepts .txt/.rtf licence files; the copy works for every generator.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/installer/LICENSE.txt" COPYONLY)

set(CPACK_PACKAGE_NAME portico)
set(CPACK_PACKAGE_VENDOR "The Portico authors")
set(CPACK_PACKAGE_CONTACT "${PORTICO_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: dpkg shows the extended description as is.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Portico publishes the web services of a small office through one reverse"
    "proxy. The portico desktop application configures listeners, sites, backend"
    "pools and TLS; porticod runs the same engine headless as a service.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/installer/LICENSE.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Portico")
set(CPACK_STRIP_FILES ON)
# Independent of the packager's umask: Debian expects 0755 directories.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
if(PORTICO_BUILD_UI)
    # Start menu shortcut (NSIS and WiX).
    set(CPACK_PACKAGE_EXECUTABLES portico "Portico")
endif()

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/" "\\\\.swp$")

if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS WIX)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Debian (verified by the PackageDeb test)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PORTICO_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps turns the linked libraries into Depends (Qt, OpenSSL, libarchive, zlib).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(PORTICO_BUILD_UI)
    # Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the SVG icon engine
    # (libqt6svg6) draws the embedded icon; Wayland and Qt's own German strings are optional.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-translations-l10n")
endif()

# NSIS: NOT YET VERIFIED
set(CPACK_NSIS_PACKAGE_NAME "Portico")
set(CPACK_NSIS_DISPLAY_NAME "Portico ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PORTICO_ICON_DIR}/portico.ico")
set(CPACK_NSIS_MUI_UNIICON "${PORTICO_ICON_DIR}/portico.ico")
if(PORTICO_BUILD_UI)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\portico.exe")
endif()
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${PORTICO_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

# WiX: NOT YET VERIFIED. The upgrade GUID must never change: it lets a newer MSI replace an older one.
set(CPACK_WIX_UPGRADE_GUID "65FE628F-4BDB-4499-B5F9-E71CBBE56B12")
set(CPACK_WIX_PRODUCT_ICON "${PORTICO_ICON_DIR}/portico.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Portico")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# DragNDrop (macOS): NOT YET VERIFIED
set(CPACK_DMG_VOLUME_NAME "Portico")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${PORTICO_ICON_DIR}/portico.icns")
endif()

include(CPack)

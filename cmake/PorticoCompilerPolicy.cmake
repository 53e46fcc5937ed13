# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The one place that says how Portico code is compiled. Every target links portico_policy.
add_library(portico_policy INTERFACE)
add_library(Portico::policy ALIAS portico_policy)

target_compile_features(portico_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    target_compile_options(portico_policy INTERFACE /W4 /permissive- /utf-8)
    if(PORTICO_WARNINGS_AS_ERRORS)
        target_compile_options(portico_policy INTERFACE /WX)
    endif()
else()
    target_compile_options(portico_policy INTERFACE -Wall -Wextra -pedantic -Wold-style-cast)
    if(PORTICO_WARNINGS_AS_ERRORS)
        target_compile_options(portico_policy INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(portico_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PORTICO_VERSION="${PROJECT_VERSION}")

# The engine must never see Gui or Widgets: fail the configure step if a later edit links them.
function(portico_forbid_gui target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Qt6?::(Gui|Widgets|Charts|Svg)")
            message(FATAL_ERROR "${target} must not link ${lib}: the engine uses Qt Core and Qt Network only")
        endif()
    endforeach()
endfunction()

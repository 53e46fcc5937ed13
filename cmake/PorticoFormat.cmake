# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# format / format-check: clang-format over every C++ file we own.
find_program(PORTICO_CLANG_FORMAT NAMES clang-format clang-format-14)
if(PORTICO_CLANG_FORMAT)
    file(GLOB_RECURSE PORTICO_FORMAT_SOURCES CONFIGURE_DEPENDS
        ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
        ${CMAKE_SOURCE_DIR}/engine/*.cpp ${CMAKE_SOURCE_DIR}/engine/*.h
        ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
        ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h
        ${CMAKE_SOURCE_DIR}/bench/*.cpp ${CMAKE_SOURCE_DIR}/bench/*.h)
    add_custom_target(format
        COMMAND ${PORTICO_CLANG_FORMAT} -i --style=file ${PORTICO_FORMAT_SOURCES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        COMMENT "clang-format: rewriting sources")
    add_custom_target(format-check
        COMMAND ${PORTICO_CLANG_FORMAT} --dry-run --Werror --style=file ${PORTICO_FORMAT_SOURCES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        COMMENT "clang-format: checking sources")
else()
    message(STATUS "clang-format not found: format and format-check targets are unavailable")
endif()

# SPDX-License-Identifier: GPL-2.0-or-later
# The core's layers hold: io/ and format/ know no channel (they are used by
# every channel and include none), and sysctl/ and sampling/ do not include each other
# (both find sysctl files through procfs/sysctlpath.h). Fails naming the file and the include that breaks a rule.
# Run as: cmake -DCORE=<source>/core -P checklayers.cmake
file(GLOB channels RELATIVE "${CORE}" "${CORE}/*")
set(violations "")

# Folders that may only include themselves and the given others.
function(check_folder folder allowed)
    file(GLOB_RECURSE sources "${CORE}/${folder}/*.h" "${CORE}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^#include \"[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z]+)/.*" "\\1" target "${line}")
            list(FIND allowed "${target}" ok)
            if(NOT target STREQUAL folder AND ok EQUAL -1 AND IS_DIRECTORY "${CORE}/${target}")
                file(RELATIVE_PATH rel "${CORE}" "${source}")
                list(APPEND violations "${rel}: ${line}")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

# Folders that must not include one named folder.
function(check_not folder forbidden)
    file(GLOB_RECURSE sources "${CORE}/${folder}/*.h" "${CORE}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^#include \"${forbidden}/")
        foreach(line IN LISTS includes)
            file(RELATIVE_PATH rel "${CORE}" "${source}")
            list(APPEND violations "${rel}: ${line}")
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

check_folder(io "")
check_folder(format "")
check_not(sysctl sampling)
check_not(sampling sysctl)

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "layering broken:\n  ${text}")
endif()
message(STATUS "core layers hold: io and format include no channel; sysctl and sampling do not include each other")

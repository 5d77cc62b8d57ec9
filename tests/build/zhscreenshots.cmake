# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the application in Simplified Chinese offscreen and checks that the
# screenshots, the Explain panel's included, were written.
file(REMOVE_RECURSE ${DIR})
execute_process(COMMAND ${APP} --lang zh_CN --screenshot ${DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "kernel-channels --lang zh_CN --screenshot failed (${rc}): ${err}")
endif()
foreach(name map.png explain.png explain-dark.png why.png procfs.png)
    if(NOT EXISTS ${DIR}/${name})
        message(FATAL_ERROR "no ${name} in ${DIR}")
    endif()
    file(SIZE ${DIR}/${name} size)
    if(size LESS 20000)
        message(FATAL_ERROR "${name} is only ${size} bytes: a blank window?")
    endif()
endforeach()
# The window title bar text proves the translation was loaded.
if(NOT out MATCHES "已写入")
    message(FATAL_ERROR "the output is not in Chinese: ${out}")
endif()

# SPDX-License-Identifier: GPL-2.0-or-later
# Writes OUT, the skeleton header that `BPFTOOL gen skeleton` makes of the
# BPF object IN under the name NAME, at build time. A script, so the
# header is written only when the command succeeds.
execute_process(COMMAND "${BPFTOOL}" gen skeleton "${IN}" name "${NAME}"
    OUTPUT_VARIABLE header RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bpftool gen skeleton ${IN} failed: ${err}")
endif()
file(WRITE "${OUT}" "${header}")

# Runs COMMAND (a ;-list) and fails when it exits non-zero or writes anything to standard error.
# Used by the man page lint test: groff reports problems as warnings but still exits 0.
#   cmake -DCOMMAND="groff;-man;-ww;-z;page.1" -P check-stderr.cmake
if(NOT COMMAND)
    message(FATAL_ERROR "check-stderr.cmake: pass -DCOMMAND=<program;args...>")
endif()
execute_process(COMMAND ${COMMAND}
    RESULT_VARIABLE result
    OUTPUT_QUIET
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT errors STREQUAL "")
    string(REPLACE ";" " " shown "${COMMAND}")
    message(FATAL_ERROR "${shown}\nexit status: ${result}\n${errors}")
endif()

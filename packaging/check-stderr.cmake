# Runs COMMAND (its words separated by |, since add_test would split a ;-list into arguments of
# cmake itself) and fails when it exits non-zero or writes anything to standard error.
# Used by the man page lint test: groff reports problems as warnings but still exits 0.
# -DANY_OUTPUT=ON fails on standard output too (desktop-file-validate prints its hints there).
#   cmake "-DCOMMAND=groff|-man|-ww|-z|page.1" -P check-stderr.cmake
if(NOT COMMAND)
    message(FATAL_ERROR "check-stderr.cmake: pass -DCOMMAND=<program|args...>")
endif()
string(REPLACE "|" ";" COMMAND "${COMMAND}")
execute_process(COMMAND ${COMMAND}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(ANY_OUTPUT)
    string(APPEND errors "${output}")
endif()
if(NOT result EQUAL 0 OR NOT errors STREQUAL "")
    string(REPLACE ";" " " shown "${COMMAND}")
    message(FATAL_ERROR "${shown}\nexit status: ${result}\n${errors}")
endif()

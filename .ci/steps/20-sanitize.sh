# The whole suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer on),
# in a second build directory. tst_requestsoak makes 1,000 list requests: a leak there fails the run.
set -euo pipefail
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
scripts/test --sanitize --build-dir build-asan

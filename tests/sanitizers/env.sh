# Sourced by .ci/sanitize-and-fuzz and tests/fuzz/run-target.sh: how the sanitizer build's
# programs report. Any error stops the program with a stack; leaks are reported at exit, except
# those inside third-party libraries listed (each with its reason) in lsan.supp.
sanitizers_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_invalid_pointer_pairs=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$sanitizers_dir/lsan.supp:print_suppressions=0}
unset sanitizers_dir

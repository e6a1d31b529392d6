// libFuzzer's driver entry point (compiler-rt FuzzerInterface.h). Each fuzz target exports its test function as
// LLVMFuzzerTestOneInput (for libFuzzer's own main, which the linker may pick) and its main.swift also calls the
// driver directly (for when SwiftPM's renamed executable main is linked instead).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

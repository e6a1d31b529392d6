// Nothing to compile: the header declares a function libFuzzer (-sanitize=fuzzer) provides.
#include "CFuzzDriver.h"

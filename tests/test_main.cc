// The Catch2 entry point for every Annals test.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

# Build policy shared by every Annals target, as INTERFACE targets.

add_library(annals_warnings INTERFACE)
target_compile_options(annals_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(ANNALS_WERROR)
  target_compile_options(annals_warnings INTERFACE -Werror)
endif()

add_library(annals_sanitizers INTERFACE)
if(ANNALS_SANITIZE)
  target_compile_options(annals_sanitizers INTERFACE
    -fsanitize=${ANNALS_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(annals_sanitizers INTERFACE -fsanitize=${ANNALS_SANITIZE})
endif()

add_library(annals_build_policy INTERFACE)
target_link_libraries(annals_build_policy INTERFACE annals_warnings annals_sanitizers)
target_include_directories(annals_build_policy INTERFACE ${PROJECT_SOURCE_DIR})

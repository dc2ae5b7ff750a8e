# Finds every third-party dependency and wraps it as an imported target.
# Each failure names the Debian package to install (tools/setup does it).

function(annals_require found package)
  if(NOT ${found})
    message(FATAL_ERROR "Annals needs the Debian package '${package}': "
                        "run tools/setup or apt-get install ${package}")
  endif()
endfunction()

find_package(xapian QUIET)
annals_require(xapian_FOUND libxapian-dev)
if(NOT TARGET annals::xapian)
  add_library(annals::xapian INTERFACE IMPORTED)
  target_include_directories(annals::xapian INTERFACE ${XAPIAN_INCLUDE_DIR})
  target_link_libraries(annals::xapian INTERFACE ${XAPIAN_LIBRARIES})
endif()

find_package(ICU QUIET COMPONENTS uc i18n data)
annals_require(ICU_FOUND libicu-dev)

find_package(RapidJSON QUIET)
annals_require(RapidJSON_FOUND rapidjson-dev)
if(NOT TARGET annals::rapidjson)
  add_library(annals::rapidjson INTERFACE IMPORTED)
  target_include_directories(annals::rapidjson INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
  # std::string support in the DOM and writer.
  target_compile_definitions(annals::rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
endif()

find_package(CLI11 QUIET)
annals_require(CLI11_FOUND libcli11-dev)

find_package(fmt QUIET)
annals_require(fmt_FOUND libfmt-dev)

find_package(Threads REQUIRED)

if(BUILD_TESTING OR NOT DEFINED BUILD_TESTING)
  find_package(Catch2 2 QUIET)
  annals_require(Catch2_FOUND catch2)
endif()

# cpp-httplib for `annals-query serve`. Debian ships it compiled (the header
# declares, libcpp-httplib.so defines) and built with TLS, zlib and brotli
# support, which change its class layouts: the same definitions must be set
# here (its cpp-httplib.pc says so).
find_path(ANNALS_HTTPLIB_INCLUDE_DIR httplib.h)
find_library(ANNALS_HTTPLIB_LIBRARY cpp-httplib)
if(ANNALS_HTTPLIB_INCLUDE_DIR AND ANNALS_HTTPLIB_LIBRARY)
  set(ANNALS_HTTPLIB_FOUND TRUE)
endif()
annals_require(ANNALS_HTTPLIB_FOUND libcpp-httplib-dev)
if(NOT TARGET annals::httplib)
  add_library(annals::httplib INTERFACE IMPORTED)
  target_include_directories(annals::httplib SYSTEM INTERFACE ${ANNALS_HTTPLIB_INCLUDE_DIR})
  target_compile_definitions(annals::httplib INTERFACE
    CPPHTTPLIB_OPENSSL_SUPPORT CPPHTTPLIB_ZLIB_SUPPORT CPPHTTPLIB_BROTLI_SUPPORT)
  target_link_libraries(annals::httplib INTERFACE ${ANNALS_HTTPLIB_LIBRARY} Threads::Threads)
endif()

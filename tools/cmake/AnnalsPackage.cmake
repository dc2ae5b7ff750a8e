# The Debian package (tools/package runs `cpack -G DEB`). Dependencies are
# worked out by dpkg-shlibdeps from the libraries the programs link, never
# typed here; lintian's findings are in docs/package/README.md.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME annals)
set(CPACK_PACKAGE_VENDOR "The Annals authors")
set(CPACK_PACKAGE_CONTACT "Annals maintainers <annals@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "full-text searchable archive of medical training records")
set(CPACK_PACKAGE_DESCRIPTION
  "Annals indexes news articles and course records about medical training\n\
(English, Chinese, Russian, Thai) into a Xapian database and answers\n\
questions about them: ranked search with a query language, the history of\n\
a person, a topic or a year, and a web page with a JSON API.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# xapian-tcpsrv serves shards to other machines (README: scaling out).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS xapian-tools)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/annals")
include(CPack)

#!/usr/bin/env bash
# `cmake --install` into a scratch prefix; the installed programs run from
# another folder against the sample corpus (tests/release/common.sh).
#   installed_layout.sh BUILD_DIR SOURCE_DIR MAN_PAGES(ON|OFF)
source "$(dirname "$0")/common.sh"
build=$1 source_dir=$2 man_pages=$3
cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
if [ "$man_pages" = ON ]; then
  for page in annals-index annals-query; do
    [ -s "$scratch/prefix/share/man/man1/$page.1.gz" ] ||
      fail "man page $page.1.gz is not installed"
  done
fi
check_installed "$scratch/prefix" "$source_dir/corpus"
echo "installed layout: ok"

#!/usr/bin/env bash
# The man pages made at build time by help2man: present, not empty, with
# the written sections, and naming every option the program's help names.
#   man_pages.sh MAN_DIR INDEX_BIN QUERY_BIN   (MAN_DIR empty: no help2man)
source "$(dirname "$0")/common.sh"
man_dir=$1 index_bin=$2 query_bin=$3
[ -n "$man_dir" ] || skip "help2man is missing (tools/setup installs it)"
check_page() {
  local program=$1 help_option=$2
  shift 2
  local page=$man_dir/$program.1.gz
  [ -s "$page" ] || fail "$page is missing or empty"
  local text
  text=$(zcat "$page")
  [ "$(wc -l <<<"$text")" -gt 60 ] || fail "$program.1 is too short"
  for section in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" ENVIRONMENT FILES "$@"; do
    grep -q "^\.SH \"\?$section\"\?$" <<<"$text" || fail "$program.1 lacks $section"
  done
  # Every long option of the help is in the manual (roff writes - as \-).
  local option
  for option in $("$program_bin" "$help_option" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -qF -- "${option//-/\\-}" <<<"$text" || fail "$program.1 lacks $option"
  done
}
program_bin=$index_bin check_page annals-index --help
program_bin=$query_bin check_page annals-query --help-all "QUERY LANGUAGE"
zcat "$man_dir/annals-query.1.gz" | grep -q 'person:' || fail "no person: in the query language"
echo "man pages: ok"

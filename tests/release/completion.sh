#!/usr/bin/env bash
# Bash completion (tools/completion/): subcommands, options, --db folders,
# and after `person` the names in a database, through compgen as bash
# would complete a command line.
#   completion.sh SOURCE_DIR INDEX_BIN QUERY_BIN
source "$(dirname "$0")/common.sh"
source_dir=$1 index_bin=$2 query_bin=$3
source "$source_dir/tools/completion/annals-query"
source "$source_dir/tools/completion/annals-index"
db=$scratch/archive.db
"$index_bin" --quiet --db "$db" "$source_dir/tests/fixtures/e2e/news" \
  "$source_dir/tests/fixtures/e2e/records" 2>/dev/null || [ $? -eq 1 ] ||
  fail "indexing"  # one bad record in e2e/records on purpose: exit 1

# complete_line FUNCTION WORD...: COMPREPLY for the last word, one a line.
complete_line() {
  local function=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  "$function"
  printf '%s\n' "${COMPREPLY[@]}"
}
expect() {
  local want=$1 got
  shift
  got=$(complete_line "$@")
  [ "$got" = "$want" ] || fail "completing '$*': got '$got', want '$want'"
}

expect "person" _annals_query "$query_bin" per
expect "search
stats
serve" _annals_query "$query_bin" s
expect "--sort" _annals_query "$query_bin" search --so
expect "date" _annals_query "$query_bin" search --sort d
expect "--facets" _annals_query "$query_bin" --fac
expect "Li\\ Xun" _annals_query "$query_bin" --db "$db" person Li
expect "Xun" _annals_query "$query_bin" person --db "$db" Li X
expect "李汛" _annals_query "$query_bin" --db "$db" person 李
expect "" _annals_query "$query_bin" --db "$db" person Zzzq
mkdir -p "$scratch/dbs/first.db" "$scratch/dbs/second.db"
expect "$scratch/dbs/first.db" _annals_query "$query_bin" --db "$scratch/dbs/f"
expect "--incremental" _annals_index annals-index --inc
expect "$scratch/dbs/second.db" _annals_index annals-index --db "$scratch/dbs/s"

# A name answers in milliseconds.
start=$(date +%s%N)
"$query_bin" complete --db "$db" person L >/dev/null
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
echo "complete person L: $elapsed_ms ms"
[ "$elapsed_ms" -lt 1000 ] || fail "complete person took $elapsed_ms ms"
echo "completion: ok"

#!/usr/bin/env bash
# The dependency rule of the source tree (docs/design.md), checked on the
# #include lines: core/ points at neither program, the two programs do not
# point at each other, and within query/ the earlier stages never include
# the later ones (language → people → search → history → render → serve).
#   include_rules.sh SOURCE_DIR
set -uo pipefail
cd "$1" || exit 2

failures=0
# forbid FOLDER PATTERN WHY: no file under FOLDER includes a header matching
# PATTERN.
forbid() {
  local folder=$1 pattern=$2 why=$3 hits
  hits=$(grep -rnE "^#include \"($pattern)" "$folder" --include='*.cc' \
           --include='*.h' || true)
  if [ -n "$hits" ]; then
    echo "$folder must not include $pattern ($why):"
    echo "$hits" | sed 's/^/  /'
    failures=$((failures + 1))
  fi
}

forbid core 'indexer/|query/' 'core is shared by both programs'
forbid indexer 'query/' 'the indexer does not depend on the query side'
forbid query 'indexer/' 'the query side does not depend on the indexer'
forbid query/language 'query/(people|search|history|render|serve)/' \
  'the language is the first stage'
forbid query/people 'query/(search|history|render|serve)/' \
  'name lookup comes before search'
forbid query/search 'query/(history|render|serve)/' \
  'search comes before the histories'
forbid query/history 'query/(render|serve)/' \
  'histories come before rendering'
forbid query/render 'query/serve/' 'rendering does not know the web server'
forbid indexer/extract 'indexer/(sources|write)/|indexer/[a-z_]+\.h' \
  'extraction knows neither files nor the database'

if [ "$failures" -gt 0 ]; then
  echo "$failures dependency rule(s) broken"
  exit 1
fi
echo "dependency rules hold"

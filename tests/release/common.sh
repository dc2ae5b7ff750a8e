# Shared by the release tests: failing with a message, skipping (exit 77,
# ctest's SKIP_RETURN_CODE), a scratch folder removed at the end, and an
# HTTP GET with bash alone.
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

skip() {
  echo "SKIP: $*" >&2
  exit 77
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/annals-release.XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# http_get PORT TARGET: the whole answer (head and body) on stdout.
http_get() {
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
  cat <&3
  exec 3<&-
}

# start_server QUERY_BIN DB: `serve` on a free port; sets server_port.
start_server() {
  "$1" serve --db "$2" --port 0 2>"$scratch/serve.log" &
  server_pid=$!
  server_port=""
  for _ in $(seq 1 100); do
    server_port=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$scratch/serve.log" |
      grep -o '[0-9]*/$' | tr -d / || true)
    [ -n "$server_port" ] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$scratch/serve.log" >&2
  fail "the server did not start"
}

# check_installed ROOT: the installed programs, run from another folder
# with no hint where their data is, index the sample corpus and answer.
# The installed glossary gets one concept of the test's own, so that an
# answer through it proves the installed data files were read.
check_installed() {
  local root=$1 corpus=$2
  for file in bin/annals-index bin/annals-query lib/annals/annals-query-serve \
    share/annals/glossary.txt share/annals/country_aliases.txt \
    share/bash-completion/completions/annals-query \
    share/bash-completion/completions/annals-index \
    share/doc/annals/copyright share/doc/annals/changelog.gz; do
    [ -e "$root/$file" ] || fail "$file is not installed"
  done
  printf "\nZyxquorix = Lanzhou\n" >>"$root/share/annals/glossary.txt"
  mkdir -p "$scratch/elsewhere"
  cd "$scratch/elsewhere"
  unset ANNALS_DATA_DIR ANNALS_DB
  "$root/bin/annals-index" --quiet --db archive.db "$corpus/news" \
    "$corpus/records" || [ $? -eq 1 ] || fail "annals-index did not run"
  "$root/bin/annals-query" --version | grep -q '^annals-query ' ||
    fail "annals-query --version"
  local out
  out=$("$root/bin/annals-query" --db archive.db --limit 3 ERCP) ||
    fail "no hit for ERCP"
  [ -n "$out" ] || fail "no output for ERCP"
  "$root/bin/annals-query" --db archive.db --limit 3 Zyxquorix >/dev/null ||
    fail "the installed glossary was not read (no hit for its new concept)"
  "$root/bin/annals-query" --db archive.db person 'Li Xun' >/dev/null ||
    fail "no history for Li Xun"
  start_server "$root/bin/annals-query" archive.db
  http_get "$server_port" '/?q=ERCP' | grep -q 'opensearch.xml' ||
    fail "the installed server did not serve the page"
  http_get "$server_port" '/api/search?q=ERCP' | grep -q '"total"' ||
    fail "the installed server did not search"
}

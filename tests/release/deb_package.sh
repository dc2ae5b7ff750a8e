#!/usr/bin/env bash
# The .deb from CPack: its dependencies (computed by dpkg-shlibdeps) name
# the Xapian and ICU runtime packages, and its contents, unpacked into a
# scratch root with `dpkg -x`, run from there (tests/release/common.sh).
#   deb_package.sh BUILD_DIR SOURCE_DIR [SANITIZERS]
source "$(dirname "$0")/common.sh"
build=$1 source_dir=$2 sanitizers=${3:-}
[ -z "$sanitizers" ] || skip "a $sanitizers build is not packaged"
for tool in dpkg-deb dpkg-shlibdeps cpack; do
  command -v "$tool" >/dev/null || skip "$tool is missing (tools/setup installs it)"
done
(cd "$build" && cpack -G DEB -B "$scratch/package" >"$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$scratch"/package/annals_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libxapian30 libicu72 libc6 libstdc++6; do
  [[ $depends == *"$library"* ]] || fail "Depends lacks $library"
done
[[ $(dpkg-deb -f "$deb" Package) == annals ]] || fail "package name"
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/annals-query ./usr/bin/annals-index \
  ./usr/lib/annals/annals-query-serve ./usr/share/annals/glossary.txt \
  ./usr/share/bash-completion/completions/annals-query \
  ./usr/share/doc/annals/copyright; do
  grep -qx -- "$file" <<<"$listing" || fail "$file is not in the package"
done
if grep -v '^\./usr/\|^\./$\|^\./usr$' <<<"$listing"; then
  fail "files outside /usr"
fi
dpkg -x "$deb" "$scratch/root"
check_installed "$scratch/root/usr" "$source_dir/corpus"
echo "deb package: ok"

#!/bin/bash
# Builds the Debian package: tools/build-deb.sh [OUTDIR]   (default: dist/)
# The build runs in a scratch copy of the tree (tracked files plus untracked ones that
# .gitignore does not exclude, as they are in the work tree now), with packaging/debian
# copied to debian/ there, so the checkout is left exactly as it was: dpkg-buildpackage
# writes its results to the parent directory, and that is the scratch directory too.
# The .deb is copied to OUTDIR; older aliasgate_*.deb there are removed first, so
# `apt install ./dist/aliasgate_*.deb` names exactly one package.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$top/dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)

version=$(dpkg-parsechangelog -l "$top/packaging/debian/changelog" -S Version)
upstream=${version%-*}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/aliasgate-deb-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
src=$scratch/aliasgate-$upstream
mkdir -p "$src"

cd "$top"
git ls-files -z --cached --others --exclude-standard |
	while IFS= read -r -d '' f; do
		# A tracked file deleted in the work tree is left out, as it would be committed.
		[ -e "$f" ] || [ -L "$f" ] && printf '%s\0' "$f"
	done | tar --null -T - -cf - | tar -xf - -C "$src"
rm -rf "$src/debian"
cp -a packaging/debian "$src/debian"

log=$scratch/build.log
if ! (cd "$src" && dpkg-buildpackage -us -uc -b) >"$log" 2>&1; then
	tail -40 "$log" >&2
	echo "build-deb: dpkg-buildpackage failed (last 40 lines above)" >&2
	exit 1
fi
[ -n "${BUILD_DEB_LOG:-}" ] && cp "$log" "$BUILD_DEB_LOG"
rm -f "$out"/aliasgate_*.deb
cp "$scratch"/aliasgate_*.deb "$out"/
ls "$out"/aliasgate_*.deb

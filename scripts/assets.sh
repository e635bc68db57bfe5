#!/usr/bin/env bash
# Installs the front-end packages named in package.json (exactly the versions package-lock.json records)
# and copies the files Hearth's pages use into web/assets/vendor, which the hearth binary embeds. The
# copied files are not committed (web/assets/vendor is in .gitignore apart from its README.txt): no
# third-party code lives in the repository, and a clean clone runs this through `make assets`.
#
# Copied: the compiled GOV.UK Frontend and MOJ Frontend CSS and JavaScript (ES modules), the MOJ icons
# their CSS refers to, and axe-core for the browser tests' accessibility checks. Not copied: the GDS
# Transport fonts and the crown, which are for GOV.UK services only (Hearth uses Arial; see app.css).
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null; then
	echo "scripts/assets.sh: npm is not installed. Install Node.js and npm (on Debian: apt-get install nodejs npm) and run make assets again." >&2
	exit 2
fi

# npm ci installs exactly what package-lock.json says. It is skipped when node_modules was installed
# after the lock file last changed, so make test stays quick on a second run.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi

govuk=node_modules/govuk-frontend/dist/govuk
moj=node_modules/@ministryofjustice/frontend/moj
out=web/assets/vendor

mkdir -p "$out/images"
# Remove what an earlier run copied, but keep README.txt, which is committed so that the embed of an
# empty folder works on a clean clone.
find "$out" -mindepth 1 -not -name README.txt -not -path "$out/images" -delete
cp "$govuk/govuk-frontend.min.css" "$govuk/govuk-frontend.min.js" "$out/"
cp "$moj/moj-frontend.min.css" "$moj/moj-frontend.min.js" "$out/"
cp "$moj"/assets/images/*.svg "$out/images/"
echo "Copied GOV.UK Frontend $(node -p "require('./node_modules/govuk-frontend/package.json').version") and MOJ Frontend $(node -p "require('./node_modules/@ministryofjustice/frontend/package.json').version") into $out"

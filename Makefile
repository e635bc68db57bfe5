# The newcomer's two commands are `make demo` and `make test` (see README.md). Both first run `make assets`,
# which installs the front-end packages from npm and copies the files the pages use into web/assets/vendor,
# where the hearth binary embeds them.

GO ?= go

.PHONY: demo test build assets bench

# demo builds hearth and runs `hearth demo`: it makes hearth-demo.db with a small synthetic authority the
# first time (delete the file to start again), adds a demo account per role, prints them and serves the web
# application on http://localhost:8080/.
demo: build
	./hearth demo

# test runs every test. PostgreSQL and Chromium tests skip with a message unless they are available
# (HEARTH_TEST_POSTGRES names a server; /usr/bin/chromium exists); HEARTH_TEST_REQUIRE=all makes them fail.
test: assets
	$(GO) vet ./...
	$(GO) test -timeout 30m ./...

build: assets
	$(GO) build -o hearth ./cmd/hearth

# assets installs govuk-frontend, @ministryofjustice/frontend and axe-core at the versions of
# package-lock.json and copies what the pages use into web/assets/vendor (not committed).
assets:
	./scripts/assets.sh

# bench runs every benchmark beside the code once; docs/performance.md records the figures that matter.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

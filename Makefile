# The newcomer's two commands are `make demo` and `make test` (see README.md). Everything here is plain
# go commands, so a machine with Go and nothing else can run all of it.

GO ?= go

.PHONY: demo test build bench

# demo makes a fresh synthetic authority in hearth-demo.db and prints what it holds. (When the web
# application exists it will serve it too.)
demo: build
	rm -f hearth-demo.db hearth-demo.db-wal hearth-demo.db-shm hearth-demo.db.manifest.csv
	./hearth generate --db hearth-demo.db --size small

# test runs every test. PostgreSQL tests skip with a message unless HEARTH_TEST_POSTGRES names a server.
test:
	$(GO) vet ./...
	$(GO) test ./...

build:
	$(GO) build -o hearth ./cmd/hearth

# bench runs every benchmark beside the code once; docs/performance.md records the figures that matter.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

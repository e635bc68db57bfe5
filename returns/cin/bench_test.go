package cin_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"hearth/returns/cin"
	"hearth/returns/cin/cintest"
)

// benchmarkFile reads and validates a synthetic return of the given number of children, as hearth
// validate cin does: from a file on disk, through every rule of 2025/26.
func benchmarkFile(b *testing.B, children int) {
	var buf bytes.Buffer
	if err := cin.Write(&buf, cintest.Census(2026, children, 1)); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "cin.xml")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c, err := cin.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if rep := cin.Validate(c, cin.NewContext(2026)); cin.Errors(rep) > 0 {
			b.Fatalf("%d errors on a clean return", cin.Errors(rep))
		}
	}
}

// BenchmarkLargeAuthority is a large authority's return: 30,000 children (target: under 1 s).
func BenchmarkLargeAuthority(b *testing.B) { benchmarkFile(b, 30_000) }

// BenchmarkNational is the whole country's return: 400,000 children in need in the year (target: under
// 30 s). It needs about a gigabyte of memory; run it on its own.
func BenchmarkNational(b *testing.B) { benchmarkFile(b, 400_000) }

// BenchmarkValidateOnly separates the rules' share of the large authority's time from the reader's.
func BenchmarkValidateOnly(b *testing.B) {
	c := cintest.Census(2026, 30_000, 1)
	b.ReportAllocs()
	for b.Loop() {
		cin.Validate(c, cin.NewContext(2026))
	}
}

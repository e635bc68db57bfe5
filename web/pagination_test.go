package web

import (
	"net/http/httptest"
	"testing"
)

func TestPagination(t *testing.T) {
	t.Run("one page has no links", func(t *testing.T) {
		p := newPagination(httptest.NewRequest("GET", "/caseload", nil), 1, 50)
		if p.Pages != 1 || p.Prev != "" || p.Next != "" || len(p.Items) != 0 || p.From != 1 || p.To != 50 {
			t.Fatalf("%+v", p)
		}
	})
	t.Run("links keep the filters and leave pages out in the middle", func(t *testing.T) {
		r := httptest.NewRequest("GET", "/admin/users?role=inspector&page=5", nil)
		n, page := pageNumber(r)
		if n != 5 || page.Offset != 200 || page.Limit != pageSize {
			t.Fatalf("page %d, %+v", n, page)
		}
		p := newPagination(r, n, 501)
		if p.Pages != 11 || p.From != 201 || p.To != 250 {
			t.Fatalf("%+v", p)
		}
		if p.Prev != "/admin/users?page=4&role=inspector" || p.Next != "/admin/users?page=6&role=inspector" {
			t.Fatalf("prev %q next %q", p.Prev, p.Next)
		}
		var got []int
		for _, it := range p.Items {
			if it.Ellipsis {
				got = append(got, 0)
			} else {
				got = append(got, it.Number)
			}
		}
		want := []int{1, 0, 4, 5, 6, 0, 11}
		if len(got) != len(want) {
			t.Fatalf("items %v, want %v", got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("items %v, want %v", got, want)
			}
		}
		if first := p.Items[0].Href; first != "/admin/users?role=inspector" {
			t.Errorf("the first page's link %q", first)
		}
	})
	t.Run("a page number that is not a number is the first page", func(t *testing.T) {
		if n, page := pageNumber(httptest.NewRequest("GET", "/caseload?page=-3", nil)); n != 1 || page.Offset != 0 {
			t.Fatalf("%d %+v", n, page)
		}
	})
}

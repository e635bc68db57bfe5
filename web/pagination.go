package web

import (
	"net/http"
	"net/url"
	"strconv"

	"hearth/store"
)

// pageSize is how many rows a long list shows at once: enough to scan a caseload on one screen, few
// enough that the page stays fast and prints on a few sheets.
const pageSize = 50

// pageNumber reads the ?page= of a request (1 when absent or not a positive number) and returns it with
// the store.Page it asks for.
func pageNumber(r *http.Request) (int, store.Page) {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 1 {
		n = 1
	}
	return n, store.Page{Limit: pageSize, Offset: (n - 1) * pageSize}
}

// pagination is the GOV.UK pagination component's data: links to the previous and next pages and to
// each page by number, each keeping the rest of the query (such as filters). It is plain links, so it
// works with JavaScript off.
type pagination struct {
	Current, Pages int
	Prev, Next     string
	Items          []pageLink
	// From and To are the rows shown (1-based) of Total, for "Showing 51 to 100 of 230".
	From, To, Total int
}

// pageLink is one numbered link, or an ellipsis where pages are left out.
type pageLink struct {
	Number   int
	Href     string
	Current  bool
	Ellipsis bool
}

// newPagination returns the pagination of total rows shown pageSize at a time, on page current of the
// request's path and query.
func newPagination(r *http.Request, current, total int) pagination {
	p := pagination{Current: current, Total: total, Pages: (total + pageSize - 1) / pageSize}
	if total > 0 {
		p.From = (current-1)*pageSize + 1
		p.To = min(current*pageSize, total)
	}
	if p.Pages <= 1 {
		return p
	}
	href := func(n int) string {
		q := r.URL.Query()
		if n == 1 {
			q.Del("page")
		} else {
			q.Set("page", strconv.Itoa(n))
		}
		u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
		return u.String()
	}
	if current > 1 {
		p.Prev = href(min(current-1, p.Pages))
	}
	if current < p.Pages {
		p.Next = href(current + 1)
	}
	// The first, the last, and the pages either side of the current one, as the GOV.UK pattern shows.
	for n := 1; n <= p.Pages; n++ {
		switch {
		case n == 1 || n == p.Pages || (n >= current-1 && n <= current+1):
			p.Items = append(p.Items, pageLink{Number: n, Href: href(n), Current: n == current})
		case len(p.Items) > 0 && !p.Items[len(p.Items)-1].Ellipsis:
			p.Items = append(p.Items, pageLink{Ellipsis: true})
		}
	}
	return p
}

package cin

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"testing"
)

// FuzzRead feeds the reader arbitrary bytes. It must never panic; it either reads a return or gives a
// *ReadError with a line; and whatever it reads, written out and read again, is the same return.
func FuzzRead(f *testing.F) {
	small, err := os.ReadFile("testdata/small.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	var base bytes.Buffer
	if err := Write(&base, baseCensus()); err != nil {
		f.Fatal(err)
	}
	f.Add(base.Bytes())
	for _, s := range []string{
		"", "<Message/>", "<Message><Children><Child></Child></Children></Message>",
		"<Message><Children><Child><CINdetails><ChildProtectionPlans><Reviews><CPPreviewDate/></Reviews></ChildProtectionPlans></CINdetails></Child></Children></Message>",
		"<Message><Children><Child><Children><Child><CINdetails/></Child></Children></Child></Children></Message>",
		"<a:Message xmlns:a='x'><a:Children/></a:Message>", "<Message>&amp;&#1;</Message>", "<Message><![CDATA[x]]></Message>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Read(bytes.NewReader(data), "fuzz.xml")
		if err != nil {
			var re *ReadError
			if !errors.As(err, &re) || re.File != "fuzz.xml" || re.Msg == "" {
				t.Fatalf("err = %#v, want a *ReadError naming the file", err)
			}
			return
		}
		var out bytes.Buffer
		if err := Write(&out, c); err != nil {
			t.Fatal(err)
		}
		again, err := Read(&out, "again.xml")
		if err != nil {
			t.Fatalf("reading what was written: %v\n%s", err, out.Bytes())
		}
		clearLines(c)
		clearLines(again)
		if !reflect.DeepEqual(c, again) {
			t.Fatalf("write then read changed the return:\nfirst  %+v\nsecond %+v", c, again)
		}
		// Every rule runs on whatever was read without panicking.
		Validate(c, NewContext(2026))
	})
}

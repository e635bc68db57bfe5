package cin

import (
	"bytes"
	"encoding/xml"
	"errors"

	"io"
	"os"
	"slices"
	"testing"
)

// eventLog records the scanner's events as text, merging adjacent text, and checks that closing tags
// match, as the reader does.
type eventLog struct {
	events []string
	stack  []string
	text   []byte
}

func (l *eventLog) flush() {
	if len(l.text) > 0 {
		l.events = append(l.events, "T:"+string(l.text))
		l.text = l.text[:0]
	}
}
func (l *eventLog) startElement(name []byte, line int) error {
	l.flush()
	l.stack = append(l.stack, string(name))
	l.events = append(l.events, "S:"+string(name))
	return nil
}
func (l *eventLog) endElement(name []byte, line int) error {
	l.flush()
	if len(l.stack) == 0 || l.stack[len(l.stack)-1] != string(name) {
		return errors.New("mismatched")
	}
	l.stack = l.stack[:len(l.stack)-1]
	l.events = append(l.events, "E:"+string(name))
	return nil
}
func (l *eventLog) charData(text []byte, line int) error {
	l.text = append(l.text, text...)
	return nil
}

// standardEvents records encoding/xml's tokens the same way.
func standardEvents(data []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var events []string
	var text []byte
	flush := func() {
		if len(text) > 0 {
			events = append(events, "T:"+string(text))
			text = text[:0]
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			flush()
			return events, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			flush()
			events = append(events, "S:"+t.Name.Local)
		case xml.EndElement:
			flush()
			events = append(events, "E:"+t.Name.Local)
		case xml.CharData:
			text = append(text, t...)
		case xml.Directive:
			return nil, errors.New("directive")
		}
	}
}

// FuzzScannerMatchesEncodingXML checks the reader's own scanner against the standard library: whenever
// both accept a document, they see the same elements and the same text.
func FuzzScannerMatchesEncodingXML(f *testing.F) {
	small, err := os.ReadFile("testdata/small.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	for _, s := range []string{
		"<a>x</a>", "<a b='1' c=\"2\">x&amp;y&#65;&#x42;</a>", "<p:a xmlns:p='u'><p:b/></p:a>",
		"<a>\r\n x \r y</a>", "<a><![CDATA[<x>&]]></a>", "<?xml version='1.0'?><!-- c --><a>é</a>",
		"<a>]]></a>", "<a>&bogus;</a>", "<a b=1></a>", "<a\x01></a>", "<a>\xff</a>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		log := &eventLog{}
		ours := (&scanner{data: data}).run(log)
		log.flush()
		if len(log.stack) > 0 && ours == nil {
			ours = errors.New("unclosed")
		}
		theirs, err := standardEvents(data)
		if ours != nil || err != nil {
			return
		}
		// encoding/xml reports text outside the root element too; the scanner passes it on likewise.
		if !slices.Equal(log.events, theirs) {
			t.Fatalf("events differ:\nscanner      %q\nencoding/xml %q", log.events, theirs)
		}
	})
}

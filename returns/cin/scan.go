package cin

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// scanner splits an XML document held in memory into the events the reader needs: an element opening,
// its text, and its closing, with the line of each. It is written for the CIN census rather than for any
// XML, because encoding/xml's Decoder spends most of a large return's time checking names rune by rune
// and copying every token: this reads a large authority's return several times faster.
//
// What it accepts is well-formed XML without a document type: the XML declaration and processing
// instructions, comments and CDATA sections are allowed and skipped or kept as text; attributes are
// checked for form and ignored, as are namespace prefixes; the five predefined entities and character
// references are decoded; line ends are normalised to \n as the XML specification requires. Text must
// be UTF-8 without control characters. Anything else is an error at its line. That the closing tags
// match the opening ones is checked by the reader, which keeps the stack.
type scanner struct {
	data []byte
	pos  int
	line int // the line at pos, from 1
	text []byte
}

// scanHandler receives the scanner's events. name is the element's local name (its namespace prefix
// removed), valid only during the call.
type scanHandler interface {
	startElement(name []byte, line int) error
	endElement(name []byte, line int) error
	charData(text []byte, line int) error
}

// scanError is a problem with the document's form at a line.
type scanError struct {
	line int
	msg  string
}

func (e *scanError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

func (s *scanner) fail(format string, args ...any) error {
	return &scanError{line: s.line, msg: fmt.Sprintf(format, args...)}
}

// run scans the whole document, calling h for each event.
func (s *scanner) run(h scanHandler) error {
	s.line = 1
	if bytes.HasPrefix(s.data, []byte("\xef\xbb\xbf")) {
		s.pos = 3 // a byte order mark
	}
	for s.pos < len(s.data) {
		if s.data[s.pos] != '<' {
			line := s.line
			text, err := s.charData()
			if err != nil {
				return err
			}
			if err := h.charData(text, line); err != nil {
				return err
			}
			continue
		}
		rest := s.data[s.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			s.pos += len("<?")
			if err := s.skipPast("?>", "processing instruction"); err != nil {
				return err
			}
		case bytes.HasPrefix(rest, []byte("<!--")):
			s.pos += len("<!--")
			if err := s.skipPast("-->", "comment"); err != nil {
				return err
			}
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			line := s.line
			s.pos += len("<![CDATA[")
			start := s.pos
			if err := s.skipPast("]]>", "CDATA section"); err != nil {
				return err
			}
			if err := h.charData(s.data[start:s.pos-3], line); err != nil {
				return err
			}
		case bytes.HasPrefix(rest, []byte("<!")):
			return s.fail("a document type declaration or other <! markup, which a CIN census file does not have")
		case bytes.HasPrefix(rest, []byte("</")):
			line := s.line
			s.pos += 2
			name, err := s.name()
			if err != nil {
				return err
			}
			s.spaces()
			if s.pos >= len(s.data) || s.data[s.pos] != '>' {
				return s.fail("the closing tag </%s> is not closed with >", name)
			}
			s.pos++
			if err := h.endElement(name, line); err != nil {
				return err
			}
		default:
			line := s.line
			s.pos++
			name, err := s.name()
			if err != nil {
				return err
			}
			empty, err := s.attributes(name)
			if err != nil {
				return err
			}
			if err := h.startElement(name, line); err != nil {
				return err
			}
			if empty {
				if err := h.endElement(name, line); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// skipPast moves past the next end marker, counting lines.
func (s *scanner) skipPast(end, what string) error {
	i := bytes.Index(s.data[s.pos:], []byte(end))
	if i < 0 {
		return s.fail("a %s that is never closed with %s", what, end)
	}
	s.line += bytes.Count(s.data[s.pos:s.pos+i], []byte{'\n'})
	s.pos += i + len(end)
	return nil
}

func (s *scanner) spaces() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case '\n':
			s.line++
		case ' ', '\t', '\r':
		default:
			return
		}
		s.pos++
	}
}

// name reads an element or attribute name and returns its local part. Letters, digits and . - _ are
// allowed, and any non-ASCII character (checked as UTF-8 with the text); a name cannot start with a
// digit, . or -; one colon may separate a prefix from the local name.
func (s *scanner) name() ([]byte, error) {
	start := s.pos
	local := start
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		if c == ':' {
			// One colon, between a prefix and a local name, as XML namespaces allow.
			if s.pos == start || local != start {
				return nil, s.fail("a name with a misplaced colon")
			}
			local = s.pos + 1
		} else if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 ||
			s.pos > start && (c >= '0' && c <= '9' || c == '.' || c == '-')) {
			break
		}
		s.pos++
	}
	if s.pos == start || local == s.pos {
		if s.pos >= len(s.data) {
			return nil, s.fail("the file ends inside a tag")
		}
		return nil, s.fail("%s where a name was expected in a tag", quoteByte(s.data[s.pos]))
	}
	if !utf8.Valid(s.data[start:s.pos]) {
		return nil, s.fail("a name that is not valid UTF-8")
	}
	return s.data[local:s.pos], nil
}

func quoteByte(c byte) string {
	if c < 0x80 {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("the byte %#x", c)
}

// attributes reads the rest of an opening tag, checking each attribute's form, and reports whether the
// tag closes itself (/>).
func (s *scanner) attributes(element []byte) (empty bool, err error) {
	for {
		hadSpace := s.pos < len(s.data) && isSpace(s.data[s.pos])
		s.spaces()
		if s.pos >= len(s.data) {
			return false, s.fail("the file ends inside the tag <%s>", element)
		}
		switch s.data[s.pos] {
		case '>':
			s.pos++
			return false, nil
		case '/':
			if s.pos+1 < len(s.data) && s.data[s.pos+1] == '>' {
				s.pos += 2
				return true, nil
			}
			return false, s.fail("/ inside the tag <%s> is not followed by >", element)
		}
		if !hadSpace {
			return false, s.fail("%s inside the tag <%s>", quoteByte(s.data[s.pos]), element)
		}
		attr, err := s.name()
		if err != nil {
			return false, err
		}
		s.spaces()
		if s.pos >= len(s.data) || s.data[s.pos] != '=' {
			return false, s.fail("the attribute %s of <%s> has no value", attr, element)
		}
		s.pos++
		s.spaces()
		if s.pos >= len(s.data) || (s.data[s.pos] != '"' && s.data[s.pos] != '\'') {
			return false, s.fail("the value of the attribute %s of <%s> is not in quotes", attr, element)
		}
		q := s.data[s.pos]
		s.pos++
		end := bytes.IndexByte(s.data[s.pos:], q)
		if end < 0 {
			return false, s.fail("the value of the attribute %s of <%s> is never closed", attr, element)
		}
		value := s.data[s.pos : s.pos+end]
		if bytes.IndexByte(value, '<') >= 0 {
			return false, s.fail("< inside the value of the attribute %s of <%s>", attr, element)
		}
		if _, err := s.decode(value); err != nil {
			return false, err
		}
		s.line += bytes.Count(value, []byte{'\n'})
		s.pos += end + 1
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// charData reads the text up to the next tag, decoding entities and normalising line ends. The result is
// valid until the next call.
func (s *scanner) charData() ([]byte, error) {
	end := bytes.IndexByte(s.data[s.pos:], '<')
	if end < 0 {
		end = len(s.data) - s.pos
	}
	raw := s.data[s.pos : s.pos+end]
	text, err := s.decode(raw)
	if err != nil {
		return nil, err
	}
	s.line += bytes.Count(raw, []byte{'\n'})
	s.pos += end
	return text, nil
}

// decode checks raw text and returns it with its entities and character references replaced and its
// line ends normalised. Text without & or \r is returned as it is, without copying.
func (s *scanner) decode(raw []byte) ([]byte, error) {
	simple := true
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '&' || c == '\r':
			simple = false
		case c < 0x20 && c != '\t' && c != '\n':
			return nil, s.failAt(raw, i, "the control character %#x, which XML does not allow", c)
		case c == ']' && i+2 < len(raw) && raw[i+1] == ']' && raw[i+2] == '>':
			return nil, s.failAt(raw, i, "]]> in text, which XML does not allow")
		case c >= 0x80:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size <= 1 || r == 0xFFFE || r == 0xFFFF {
				return nil, s.failAt(raw, i, "text that is not valid UTF-8")
			}
			i += size - 1
		}
	}
	if simple {
		return raw, nil
	}
	out := s.text[:0]
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case '\r':
			out = append(out, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		case '&':
			semi := bytes.IndexByte(raw[i:], ';')
			if semi < 0 {
				return nil, s.failAt(raw, i, "& that does not start an entity such as &amp;")
			}
			r, ok := entity(raw[i+1 : i+semi])
			if !ok {
				return nil, s.failAt(raw, i, "the unknown entity %s", clip(string(raw[i:i+semi+1])))
			}
			out = utf8.AppendRune(out, r)
			i += semi
		default:
			out = append(out, c)
		}
	}
	s.text = out
	return out, nil
}

// failAt is an error at the line of raw[i], where raw starts at s.pos.
func (s *scanner) failAt(raw []byte, i int, format string, args ...any) error {
	return &scanError{line: s.line + bytes.Count(raw[:i], []byte{'\n'}), msg: fmt.Sprintf(format, args...)}
}

// entity returns the character an entity or character reference (without & and ;) stands for.
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if name[1] == 'x' {
		n, err = strconv.ParseUint(string(name[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(name[1:]), 10, 32)
	}
	r := rune(n)
	if err != nil || !xmlChar(r) {
		return 0, false
	}
	return r, true
}

// xmlChar reports whether r is a character XML allows.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

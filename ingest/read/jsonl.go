package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
)

// jsonLine is one record of a JSON-lines file. Fields are raw so that a
// wrong type gets an error naming the field.
type jsonLine struct {
	Text      json.RawMessage `json:"text"`
	Title     json.RawMessage `json:"title"`
	Published json.RawMessage `json:"published"`
	URL       json.RawMessage `json:"url"`
	ID        json.RawMessage `json:"id"`
}

// readJSONL reads one document per non-blank line. Bad lines become
// InputErrors naming "source:line"; the good documents are returned with
// their joined error.
func readJSONL(data []byte, in input) ([]*dossier.Document, error) {
	var docs []*dossier.Document
	var errs []error
	offset := 0
	for n, line := range bytes.SplitAfter(data, []byte("\n")) {
		lineNo := n + 1
		start := offset
		offset += len(line)
		line = bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		src := fmt.Sprintf("%s:%d", in.source, lineNo)
		d, err := jsonDocument(line, start, lineNo, src, in)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, &dossier.InputError{Source: in.source, Reason: "empty file (no JSON lines)"}
	}
	return docs, errors.Join(errs...)
}

func jsonDocument(line []byte, start, lineNo int, src string, in input) (*dossier.Document, error) {
	bad := func(reason string, err error) error {
		return &dossier.InputError{Source: src, Reason: reason, Err: err}
	}
	if err := checkUTF8(line, start, lineNo); err != nil {
		return nil, bad(err.Error(), nil)
	}
	var rec jsonLine
	if err := json.Unmarshal(line, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return nil, bad("not a JSON object", nil)
		}
		return nil, bad("not valid JSON", err)
	}
	text, err := jsonString(rec.Text, "text")
	if err != nil {
		return nil, bad(err.Error(), nil)
	}
	if rec.Text == nil || string(rec.Text) == "null" {
		return nil, bad(`missing field "text"`, nil)
	}
	text = normalizeNewlines(strings.TrimPrefix(text, "\ufeff"))
	if strings.TrimSpace(text) == "" {
		return nil, bad(`empty field "text"`, nil)
	}
	if strings.ContainsRune(text, 0) {
		return nil, bad(`binary data (NUL character) in field "text"`, nil)
	}
	title, err := jsonString(rec.Title, "title")
	if err != nil {
		return nil, bad(err.Error(), nil)
	}
	url, err := jsonString(rec.URL, "url")
	if err != nil {
		return nil, bad(err.Error(), nil)
	}
	id, err := jsonString(rec.ID, "id")
	if err != nil {
		// Numeric IDs are common; take their literal spelling.
		if v := bytes.TrimSpace(rec.ID); len(v) > 0 && (v[0] == '-' || v[0] >= '0' && v[0] <= '9') {
			id = string(v)
		} else {
			return nil, bad(err.Error(), nil)
		}
	}
	pub, err := jsonString(rec.Published, "published")
	if err != nil {
		return nil, bad(err.Error(), nil)
	}
	d := &dossier.Document{
		Title:  strings.Join(strings.Fields(title), " "),
		Source: src,
		URL:    strings.TrimSpace(url),
		Format: "jsonl",
		Text:   text,
	}
	if strings.TrimSpace(pub) != "" {
		t, err := ParseDate(pub)
		if err != nil {
			return nil, bad(`field "published"`, err)
		}
		d.Published = t
	}
	suffix := "#" + strconv.Itoa(lineNo)
	if id = strings.TrimSpace(id); id != "" {
		suffix = "#" + id
	}
	d.ID = dossier.DocumentID(in.idKey(d.URL, suffix, line))
	return d, nil
}

// jsonString decodes an optional string field; null and absent give "".
func jsonString(raw json.RawMessage, field string) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("field %q is not a string", field)
	}
	return s, nil
}

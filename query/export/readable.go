package export

import (
	"bufio"
	"context"
	"html/template"
	"io"
	"strings"

	"github.com/dossier-kg/dossier"
)

// mdEscape backslash-escapes the characters Markdown would read as markup.
func mdEscape(s string) string {
	var b strings.Builder
	for i, r := range oneLine(s) {
		if strings.ContainsRune("\\`*_[]<>|~", r) || (i == 0 && strings.ContainsRune("#+-=>", r)) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// WriteMarkdown writes the timeline of opts.Subject (every factual event
// when empty) as Markdown for people: a heading per event with its date at
// its true precision (a span for states later closed), the participants,
// the source sentence quoted and where it was read, then the subject's
// relations with their spans, and the undated events last.
func WriteMarkdown(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	td := buildTimeline(g, opts)
	ew := newErrWriter(w)
	ew.printf("# %s\n\n", mdEscape(td.Title))
	if s := td.Subject; s != nil {
		ew.printf("%s", mdEscape(string(s.Type)))
		if len(s.Aliases) > 0 {
			as := make([]string, len(s.Aliases))
			for i, a := range s.Aliases {
				as[i] = mdEscape(a)
			}
			ew.printf(", also known as %s", strings.Join(as, ", "))
		}
		ew.WriteString(".\n\n")
	}
	if len(td.Slides) == 0 {
		ew.WriteString("No events.\n")
	}
	undatedHeading := false
	for i := range td.Slides {
		s := &td.Slides[i]
		if !s.Row.Dated && !undatedHeading {
			ew.WriteString("## Undated\n\n")
			undatedHeading = true
		}
		level := "##"
		if undatedHeading {
			level = "###"
		}
		if s.Row.Dated {
			ew.printf("%s %s — %s\n\n", level, mdEscape(s.When), mdEscape(s.Headline))
		} else {
			ew.printf("%s %s\n\n", level, mdEscape(s.Headline))
		}
		for _, p := range s.Who {
			ew.printf("- %s\n", mdEscape(p))
		}
		if s.Closer != nil {
			ew.printf("- until %s\n", mdEscape(untilText(s)))
		}
		if !s.Row.Event.IsFact() {
			ew.printf("- %s\n", mdEscape(strings.TrimSpace(s.Row.Event.Polarity+" "+s.Row.Event.Modality)))
		}
		ev := s.Row.Event.Evidence
		ew.printf("\n> %s\n\n", mdEscape(ev.Text))
		title, url, detail := sourceLine(s)
		if url != "" {
			ew.printf("Source: [%s](<%s>) — %s\n\n", mdEscape(title), strings.ReplaceAll(url, ">", "%3E"), mdEscape(detail))
		} else {
			ew.printf("Source: %s — %s\n\n", mdEscape(title), mdEscape(detail))
		}
		if i%1024 == 0 {
			if err := ew.check(ctx); err != nil {
				return err
			}
		}
	}
	if len(td.Eras) > 0 {
		ew.WriteString("## Relations over time\n\n")
		for _, e := range td.Eras {
			ew.printf("- %s: %s\n", mdEscape(eraWhen(e)), mdEscape(e.Headline))
		}
		ew.WriteString("\n")
	}
	return ew.flush(ctx)
}

func eraWhen(e era) string {
	if e.Open {
		return "from " + displayDate(e.Start)
	}
	if e.Start.Value == e.End.Value {
		return displayDate(e.Start)
	}
	return displayDate(e.Start) + "–" + displayDate(e.End)
}

var htmlPage = template.Must(template.New("page").Funcs(template.FuncMap{
	"fact":    func(e dossier.Event) bool { return e.IsFact() },
	"human":   humanize,
	"oneLine": oneLine,
	"join":    strings.Join,
	"source": func(s slide) map[string]string {
		t, u, d := sourceLine(&s)
		return map[string]string{"title": t, "url": u, "detail": d}
	},
	"eraWhen": eraWhen,
	"until":   func(s slide) string { return untilText(&s) },
	"str":     func(t dossier.EntityType) string { return string(t) },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,"DejaVu Sans",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
ol.timeline{list-style:none;padding:0;border-left:3px solid #8aa;margin-left:.5rem}
ol.timeline li{margin:0 0 1.4rem 1rem;position:relative}
ol.timeline li::before{content:"";position:absolute;left:-1.45rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:#468}
time{font-weight:bold;color:#246}
h2{font-size:1.05rem;margin:.1rem 0}
blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid #ccc;color:#444}
.src{font-size:.85rem;color:#666}
.context h2{color:#666}
.undated{border-left-style:dashed}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{with .Subject}}<p>{{str .Type}}{{if .Aliases}}, also known as {{join .Aliases ", "}}{{end}}.</p>{{end}}
{{if not .Slides}}<p>No events.</p>{{end}}
<ol class="timeline">
{{range .Slides}}{{if .Row.Dated}}<li id="{{.ID}}"{{if .Row.Context}} class="context"{{end}}>
<time>{{.When}}</time>
<h2>{{.Headline}}</h2>
{{if .Who}}<p>{{join .Who "; "}}</p>{{end}}
{{if .Closer}}<p>Until {{until .}}.</p>{{end}}
<blockquote>{{oneLine .Row.Event.Evidence.Text}}</blockquote>
{{with source .}}<p class="src">Source: {{if .url}}<a href="{{.url}}">{{.title}}</a>{{else}}{{.title}}{{end}} — {{.detail}}</p>{{end}}
</li>
{{end}}{{end}}</ol>
{{if .Undated}}<h2>Undated</h2>
<ol class="timeline undated">
{{range .Slides}}{{if not .Row.Dated}}<li id="{{.ID}}"{{if .Row.Context}} class="context"{{end}}>
<h2>{{.Headline}}{{if not (fact .Row.Event)}} [{{.Row.Event.Polarity}} {{.Row.Event.Modality}}]{{end}}</h2>
{{if .Who}}<p>{{join .Who "; "}}</p>{{end}}
<blockquote>{{oneLine .Row.Event.Evidence.Text}}</blockquote>
{{with source .}}<p class="src">Source: {{if .url}}<a href="{{.url}}">{{.title}}</a>{{else}}{{.title}}{{end}} — {{.detail}}</p>{{end}}
</li>
{{end}}{{end}}</ol>
{{end}}
{{if .Eras}}<h2>Relations over time</h2>
<ul>
{{range .Eras}}<li><time>{{eraWhen .}}</time>: {{.Headline}}</li>
{{end}}</ul>
{{end}}
</body>
</html>
`))

// WriteHTML writes the timeline of opts.Subject (every factual event when
// empty) as one self-contained HTML page (no scripts, no outside files):
// the dated events in order with their sources, then the undated ones and
// the subject's relations over time. Everything from the graph is escaped.
func WriteHTML(ctx context.Context, w io.Writer, g *dossier.Graph, opts Options) error {
	td := buildTimeline(g, opts)
	if err := ctx.Err(); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := htmlPage.Execute(bw, td); err != nil {
		return err
	}
	return bw.Flush()
}

// Validate a Dossier TimelineJS export with the npm @knight-lab/timelinejs
// package's own code: its built bundle runs in jsdom, builds a Timeline from
// the JSON, and the TimelineConfig it makes must be valid (no errors from
// TimelineConfig.validate) and hold every event and era written.
//
// usage: node timelinejs_check.js FILE.json EVENTS ERAS
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');

const [file, events, eras] = process.argv.slice(2);
if (!file || events === undefined || eras === undefined) {
  console.error('usage: node timelinejs_check.js FILE.json EVENTS ERAS');
  process.exit(2);
}
const pkg = path.dirname(require.resolve('@knight-lab/timelinejs/package.json'));
const bundle = fs.readFileSync(path.join(pkg, 'dist/js/timeline.js'), 'utf8');
const version = require('@knight-lab/timelinejs/package.json').version;
const data = JSON.parse(fs.readFileSync(file, 'utf8'));

const errors = [];
const vc = new VirtualConsole();
vc.on('error', (...a) => errors.push('console.error: ' + a.join(' ')));
vc.on('jsdomError', (e) => errors.push('jsdom: ' + (e.stack || e.message)));
const dom = new JSDOM('<!DOCTYPE html><html><body><div id="timeline-embed" style="width:900px;height:600px"></div></body></html>',
  { runScripts: 'outside-only', pretendToBeVisual: true, url: 'http://localhost/', virtualConsole: vc });
const w = dom.window;
// jsdom has no layout observers; TimelineJS only needs them to exist.
w.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} };
w.ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };
w.eval(bundle);
if (!w.TL || !w.TL.Timeline) {
  console.error('the TimelineJS bundle did not define TL.Timeline');
  process.exit(1);
}
let tl;
try {
  tl = new w.TL.Timeline('timeline-embed', JSON.parse(JSON.stringify(data)), { script_path: 'http://localhost/js/' });
} catch (e) {
  errors.push('new TL.Timeline: ' + (e.stack || e));
}
// The config is set once the language (built in for English) has loaded,
// a promise later: wait for it, at most five seconds.
function finish() {
  const problems = [...errors];
  if (tl) {
    const cfg = tl.config;
    if (!cfg) {
      problems.push('TimelineJS made no config');
    } else {
      if (!cfg.isValid()) problems.push('TimelineConfig errors: ' + cfg.getErrors('; '));
      if (cfg.events.length !== Number(events)) problems.push(`TimelineConfig kept ${cfg.events.length} events, ${events} written`);
      if (cfg.eras.length !== Number(eras)) problems.push(`TimelineConfig kept ${cfg.eras.length} eras, ${eras} written`);
      for (const ev of cfg.events) {
        if (!ev.text || !/<blockquote>/.test(ev.text.text || '')) problems.push(`event ${ev.unique_id} does not quote its source sentence`);
      }
    }
  }
  if (problems.length) {
    console.error(`TimelineJS ${version} ${file}:\n  ` + problems.join('\n  '));
    process.exit(1);
  }
  console.log(`TimelineJS ${version}: config valid, ${tl.config.events.length} events, ${tl.config.eras.length} eras`);
  w.close();
}
const started = Date.now();
(function wait() {
  if ((tl && tl.config) || !tl || Date.now() - started > 5000) {
    finish();
    return;
  }
  setTimeout(wait, 20);
})();

// viewer_load.js PAGE.html [RUNS]: opens a --trace FILE.html page in
// headless Chromium RUNS times (fresh page each) and prints, per run, the
// milliseconds from navigation start until the page was ready (data
// parsed, checkpoints built, first state and process view drawn:
// window.cspViewer.ready) and until the next frame was painted; then the
// medians. Used by bench/viewer.sh.
'use strict';
const path = require('path');
const { chromium } = require(path.resolve(process.env.PLAYWRIGHT_DIR || 'build/node/node_modules/playwright-core'));
const [page, runsArg] = process.argv.slice(2);
const runs = +runsArg || 5;
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const ready = [], painted = [];
  let info = null;
  for (let r = 0; r < runs; r++) {
    const p = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto('file://' + path.resolve(page));
    await p.waitForFunction(() => window.cspViewer, null, { timeout: 60000 });
    const t = await p.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() =>
      res({ ready: window.cspViewer.ready, painted: performance.now(), build: window.cspViewer.buildMs,
        events: window.cspViewer.events, steps: window.cspViewer.steps })))));
    if (errors.length) { console.log('page errors: ' + errors.join('; ')); process.exit(1); }
    ready.push(t.ready); painted.push(t.painted); info = t;
    console.log(`run ${r + 1}: ready after ${t.ready.toFixed(0)} ms (script ${t.build.toFixed(0)} ms), painted after ${t.painted.toFixed(0)} ms`);
    await p.close();
  }
  const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  console.log(`${info.events} events on the page (${info.steps} steps): median ready ${med(ready).toFixed(0)} ms, painted ${med(painted).toFixed(0)} ms`);
  await browser.close();
})().catch((e) => { console.log(String(e && e.stack || e)); process.exit(1); });

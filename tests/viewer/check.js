// check.js: drives Debian's Chromium, headless, through --trace FILE.html
// pages (tests/viewer.sh writes them) and checks what a reader sees
// against the program and its run: the step text, the lines highlighted
// in the source and whose chips they carry, each goroutine's state, each
// channel's len/cap and values, lock holders, WaitGroup counters, the
// deadlock cycle, the race marks; and that the keys, the slider and a
// click on the process view move the cursor. Reads only the page's DOM
// (and window.cspViewer.cursor), as a reader would.
//
// usage: node check.js MODE PAGE.html PROGRAM.csp OUTPUT_FILE SHOT.png
// prints "PASS name" / "FAIL name: why" lines.
'use strict';
const fs = require('fs');
const path = require('path');
const [mode, page, program, outputFile, shot] = process.argv.slice(2);
const { chromium } = require(path.resolve(process.env.PLAYWRIGHT_DIR || 'build/node/node_modules/playwright-core'));

let failed = 0;
const check = (name, ok, why) => {
  if (ok) console.log('PASS ' + mode + '/' + name);
  else { failed++; console.log('FAIL ' + mode + '/' + name + ': ' + (why || '')); }
};
const src = fs.readFileSync(program, 'utf8').split('\n');
// the 1-based number of the first line (from line `from`) that holds text; 0: none
const lineOf = (text, from = 1) => { const i = src.findIndex((l, j) => j >= from - 1 && l.includes(text)); return i + 1; };
const output = outputFile && fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8').trim().split('\n') : [];

// What the page shows at the cursor, from its DOM.
function snapshot() {
  const text = document.getElementById('event-text');
  const here = [...document.querySelectorAll('#source .line.here')].map((e) => +e.dataset.line);
  const race = [...document.querySelectorAll('#source .line.race')].map((e) => +e.dataset.line);
  const chips = {};
  document.querySelectorAll('#source .line').forEach((l) => {
    const c = [...l.querySelectorAll('.chip[data-goroutine]')].map((x) => +x.dataset.goroutine);
    if (c.length) chips[l.dataset.line] = c;
  });
  const procs = {};
  document.querySelectorAll('#procs-box tr.proc').forEach((r) => {
    procs[r.dataset.goroutine] = { state: r.dataset.state, wait: r.querySelector('.wait').textContent, cycle: r.classList.contains('cycle') };
  });
  const chans = {};
  document.querySelectorAll('#chans-box tr[data-chan]').forEach((r) => {
    chans[r.dataset.chan] = { len: +r.dataset.len, cap: +r.dataset.cap, vals: [...r.querySelectorAll('.val')].map((v) => v.textContent), closed: r.textContent.includes('closed') };
  });
  const locks = {};
  document.querySelectorAll('#locks-box tr[data-lock]').forEach((r) => { locks[r.dataset.lock] = +r.dataset.holder; });
  const wgs = {};
  document.querySelectorAll('#wgs-box tr[data-wg]').forEach((r) => { wgs[r.dataset.wg] = +r.dataset.counter; });
  return { text: text.textContent, proc: +text.dataset.proc, cursor: window.cspViewer.cursor, steps: window.cspViewer.steps,
    selected: window.cspViewer.selected, here, race, chips, procs, chans, locks, wgs,
    deadlock: (document.getElementById('deadlock-box') || {}).textContent || '', notice: document.getElementById('notice').textContent };
}

// Every step from the first, with the right-arrow key.
async function walk(p) {
  await p.keyboard.press('Home');
  const all = [await p.evaluate(snapshot)];
  for (;;) {
    await p.keyboard.press('ArrowRight');
    const s = await p.evaluate(snapshot);
    if (s.cursor === all[all.length - 1].cursor) break;
    all.push(s);
  }
  return all;
}
const values = (snaps, re) => snaps.map((s) => s.text.match(re)).filter(Boolean).map((m) => m[1]);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const modes = {
  // a seeded ping-pong: values, lines, states, keys, slider, clicks
  async pingpong(p) {
    const snaps = await walk(p);
    check('steps_walked', snaps.length === snaps[0].steps, `${snaps.length} of ${snaps[0].steps}`);
    const sendLine = lineOf('pong <- v + 1'), recvLine = lineOf('fmt.Println(<-pong)'), rangeLine = lineOf('for v := range ping');
    check('pong_values_are_the_output', same(values(snaps, /^G2 sends (\S+) on pong/), output), JSON.stringify(values(snaps, /^G2 sends (\S+) on pong/)));
    check('ping_values', same(values(snaps, /^G1 sends (\S+) on ping/), ['0', '1', '2']), JSON.stringify(values(snaps, /^G1 sends (\S+) on ping/)));
    check('received_values', same(values(snaps, /^G1 receives (\S+) from pong/), output));
    const recv = snaps.filter((s) => /^G1 receives \S+ from pong/.test(s.text));
    check('receive_line_highlighted', recv.length === 3 && recv.every((s) => s.here.includes(recvLine) && (s.chips[recvLine] || []).includes(1)),
      JSON.stringify(recv.map((s) => [s.here, s.chips])));
    const sends = snaps.filter((s) => /^G2 sends \S+ on pong/.test(s.text));
    check('send_line_has_G2', sends.length === 3 && sends.every((s) => (s.chips[sendLine] || []).includes(2) &&
      (s.procs[2].state === 'running' || s.procs[2].wait.includes('pong'))), JSON.stringify(sends.map((s) => [s.chips, s.procs[2]])));
    // each block: the goroutine is blocked, on that line, waiting for the
    // channel the line names (whichever schedule the seed made)
    const blocks = snaps.map((s) => [s, s.text.match(/^G(\d+) blocks: (chan \w+) at line (\d+)/)]).filter(([, m]) => m);
    check('blocks_seen', blocks.length >= 3, String(blocks.length));
    check('blocked_states', blocks.every(([s, m]) => {
      const g = m[1], line = +m[3], q = s.procs[g], name = src[line - 1].includes('pong') ? 'pong' : 'ping';
      return q.state === 'blocked' && q.wait.startsWith(m[2] + ' ' + name) && q.wait.includes('line ' + line) && (s.chips[line] || []).includes(+g);
    }), JSON.stringify(blocks.map(([s, m]) => [m[0], s.procs[m[1]], s.chips])));
    check('blocked_on_receive_line', blocks.filter(([, m]) => m[1] === '1' && m[2] === 'chan receive').every(([, m]) => +m[3] === recvLine || +m[3] === lineOf('<-pong', 13)));
    check('unbuffered_channels', snaps.every((s) => Object.values(s.chans).every((c) => c.cap === 0 && c.len === 0)) &&
      Object.keys(snaps[snaps.length - 1].chans).sort().join() === 'ping,pong');
    check('closed_at_the_end', snaps[snaps.length - 1].chans.ping.closed && snaps[snaps.length - 1].chans.pong.closed);
    const last = snaps[snaps.length - 1];
    check('all_ended', Object.values(last.procs).every((q) => q.state === 'done'), JSON.stringify(last.procs));
    // a goroutine selected: the arrows go through its steps only
    await p.click('#procs-box tr[data-goroutine="2"]');
    await p.keyboard.press('Home');
    const mine = [];
    for (let i = 0; i < 6; i++) { await p.keyboard.press('ArrowRight'); mine.push(await p.evaluate(snapshot)); }
    check('selected_steps', mine.every((s, i) => s.proc === 2 && s.selected === 2 && (i === 0 || s.cursor > mine[i - 1].cursor)),
      JSON.stringify(mine.map((s) => [s.cursor, s.proc])));
    await p.keyboard.press('Escape');
    const before = await p.evaluate(snapshot);
    await p.keyboard.press('ArrowLeft');
    const after = await p.evaluate(snapshot);
    check('left_arrow', after.cursor === before.cursor - 1 && after.selected === 0, `${before.cursor} -> ${after.cursor}`);
    // the slider
    await p.evaluate(() => { const s = document.getElementById('slider'); s.value = 5; s.dispatchEvent(new Event('input')); });
    check('slider', (await p.evaluate(snapshot)).cursor === 5);
    // a click on G2's lane picks one of its steps
    const box = await p.locator('#lanes').boundingBox();
    await p.mouse.click(box.x + box.width * 0.8, box.y + 18 + 20 * 1 + 10);
    const clicked = await p.evaluate(snapshot);
    check('click_on_lane', clicked.selected === 2 && clicked.proc === 2, JSON.stringify([clicked.selected, clicked.proc, clicked.text]));
    await p.keyboard.press('End');
    for (let i = 0; i < 12; i++) await p.keyboard.press('ArrowLeft');
  },

  // a buffered channel's values, len and cap at each step
  async buffered(p) {
    const snaps = await walk(p);
    const at = (re) => snaps.find((s) => re.test(s.text));
    const full = at(/^G1 sends c on q/);
    check('buffer_full', full && same(full.chans.q, { len: 3, cap: 3, vals: ['a', 'b', 'c'], closed: false }), JSON.stringify(full && full.chans));
    const one = at(/^G1 sends a on q/);
    check('buffer_one', one && same(one.chans.q.vals, ['a']) && one.chans.q.len === 1);
    const took = at(/^G2 receives a from q/);
    check('buffer_after_receive', took && same(took.chans.q.vals, ['b', 'c']) && took.chans.q.len === 2, JSON.stringify(took && took.chans));
    check('received_in_order', same(values(snaps, /^G2 receives (\S+) from q/), output));
    const closed = at(/^G1 closes q/);
    check('closed', closed && closed.chans.q.closed && !snaps[0].chans.q);
  },

  // a mutex's holder and a WaitGroup's counter
  async locks(p) {
    const snaps = await walk(p);
    const holds = snaps.filter((s) => / now holds mu/.test(s.text));
    check('holder', holds.length === 2 && holds.every((s) => s.locks.mu === s.proc), JSON.stringify(holds.map((s) => [s.proc, s.locks])));
    const frees = snaps.filter((s) => / unlocks mu/.test(s.text));
    check('unlocked', frees.length === 2 && frees.every((s) => s.locks.mu === 0));
    const counters = [];
    for (const s of snaps) if (s.wgs.wg !== undefined && s.wgs.wg !== counters[counters.length - 1]) counters.push(s.wgs.wg);
    check('wg_counter', same(counters, [1, 2, 1, 0]), JSON.stringify(counters));
    const waiting = snaps.find((s) => s.text.startsWith('G1 blocks: sync.WaitGroup.Wait'));
    check('main_waits', waiting && waiting.procs[1].state === 'blocked' && waiting.procs[1].wait.includes('wg') && waiting.here.includes(lineOf('wg.Wait()')),
      JSON.stringify(waiting && [waiting.procs[1], waiting.here]));
  },

  // the dining philosophers' deadlock: the final state, the cycle
  async deadlock(p) {
    const s = await p.evaluate(snapshot);
    const line = lineOf('right.Lock()');
    check('opens_at_the_end', s.cursor === s.steps - 1, `${s.cursor} of ${s.steps}`);
    const phil = [2, 3, 4];
    check('cycle_rows', phil.every((g) => s.procs[g].state === 'blocked' && s.procs[g].cycle && s.procs[g].wait.includes('right') &&
      s.procs[g].wait.includes('line ' + line)), JSON.stringify(s.procs));
    check('cycle_next', phil.every((g) => /waits for G[234] \(cycle\)/.test(s.procs[g].wait)));
    check('main_in_wait', s.procs[1].state === 'blocked' && s.procs[1].wait.includes('WaitGroup') && !s.procs[1].cycle);
    check('lines_marked', same((s.chips[line] || []).sort(), phil), JSON.stringify(s.chips));
    check('holders', same(Object.values(s.locks).filter(Boolean).sort(), phil), JSON.stringify(s.locks));
    check('report', /wait for each other in a cycle/.test(s.deadlock), s.deadlock.slice(0, 200));
    check('cycle_line_class', await p.evaluate((l) => document.querySelector(`#source .line[data-line="${l}"]`).classList.contains('cycle'), line));
    await p.keyboard.press('ArrowLeft');
    const back = await p.evaluate(snapshot);
    check('step_back', back.cursor === s.cursor - 1 && back.deadlock === '');
    await p.click('#deadlock-btn');
    check('back_to_the_end', (await p.evaluate(snapshot)).cursor === s.cursor);
  },

  // --race: both accesses marked, a control jumps between them
  async race(p) {
    const writeLine = lineOf('x = 1'), readLine = lineOf('fmt.Println(x)');
    const buttons = await p.locator('#race-nav button').count();
    check('race_controls', buttons === 2, `${buttons} buttons`);
    await p.click('#race-nav button[data-side="0"]');
    const a = await p.evaluate(snapshot);
    check('first_access', /^DATA RACE: G\d+'s access at .*:\d+ races with G\d+/.test(a.text) && a.selected === a.proc, a.text);
    check('both_lines_marked', a.race.includes(writeLine) && a.race.includes(readLine), JSON.stringify(a.race));
    await p.keyboard.press('r');
    const b = await p.evaluate(snapshot);
    check('jump_to_other', b.selected !== a.selected && b.proc === b.selected && b.cursor <= a.cursor && b.race.includes(writeLine),
      JSON.stringify([a.selected, b.selected, b.proc, a.cursor, b.cursor]));
    await p.keyboard.press('r');
    check('and_back', (await p.evaluate(snapshot)).cursor === a.cursor);
  },

  // two workers: the same values, each run on a worker
  async workers(p) {
    const snaps = await walk(p);
    check('pong_values', same(values(snaps, /^G2 sends (\S+) on pong/), output));
    check('ping_values', same(values(snaps, /^G1 sends (\S+) on ping/), ['0', '1', '2']));
    check('on_workers', snaps.some((s) => / runs on worker \d/.test(s.text)));
  },

  // 300 goroutines: the lanes scroll without a giant canvas, a click hits the lane under it
  async many(p) {
    const h = await p.evaluate(() => document.getElementById('lanes').height / (window.devicePixelRatio || 1));
    check('canvas_bounded', h <= 1000, `${h} px`);
    await p.evaluate(() => { document.getElementById('lanes-box').scrollTop = 3000; });
    await p.waitForTimeout(50);
    const box = await p.locator('#lanes').boundingBox();
    await p.mouse.click(box.x + box.width * 0.6, box.y + 18 + 20 * 3 + 10); // the 4th lane shown: 3000 / 20 + 4 = G154
    const s = await p.evaluate(snapshot);
    check('scrolled_click', s.selected === 154 && s.proc === 154, JSON.stringify([s.selected, s.text]));
    check('rows', Object.keys(s.procs).length === 301);
  },

  // past the recording limit the page says what was cut
  async truncated(p) {
    const s = await p.evaluate(snapshot);
    check('notice', /stopped at its limit/.test(s.notice) && /not shown/.test(s.notice), s.notice);
  },
};

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('requestfailed', (r) => errors.push('request ' + r.url()));
  p.on('request', (r) => { if (!r.url().startsWith('file:')) errors.push('network ' + r.url()); });
  await p.goto('file://' + path.resolve(page));
  await p.waitForFunction(() => window.cspViewer, null, { timeout: 10000 });
  await modes[mode](p);
  if (shot) await p.screenshot({ path: shot });
  check('no_errors_no_network', errors.length === 0, errors.join('; '));
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.log('FAIL ' + mode + '/crashed: ' + (e && e.stack || e)); process.exit(1); });

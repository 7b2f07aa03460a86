// viewer.js: replays a recorded csp schedule in the browser (the script of
// a --trace FILE.html page; runtime/trace_html.c inlines it after the
// trace's JSON, whose layout that file describes).
//
// The model: the trace is a list of steps in time order (ev, column by
// column). The cursor is a step; the state at the cursor (each goroutine's
// state, line and stack, each channel's buffer, each lock's holder, each
// WaitGroup's counter) is what applying the steps from the start up to it
// gives. Replaying 100,000 steps on every key press would be slow, so the
// state is saved every CHECKPOINT steps while the page loads, and a move
// replays at most that many from the nearest checkpoint.
//
// The view: the source on the left, each goroutine's line marked in its
// colour; the process view on a canvas (the bars and arrows trace_procs.c
// derives, as in the SVG), zoomed with the wheel and panned by dragging;
// below it, the state at the cursor as tables. Plain DOM and canvas, no
// library: the page must open offline, from a file.
'use strict';
(function () {
  const D = JSON.parse(document.getElementById('trace-data').textContent);
  const S = D.str;
  const T0 = performance.now();

  // ---- step kinds (trace_html.c's EV_*) and detail operations (trace.h's TD_*)
  const START = 0, RUN = 1, STOP = 2, BLOCK = 3, WAKE = 4, END = 5, RACE = 6, DETAIL = 16, BUFFERED = 64;
  const CHAN_NEW = 1, SEND = 2, RECV = 3, CLOSE = 4, LOCK = 5, UNLOCK = 6, RLOCK = 7, RUNLOCK = 8,
    WG = 9, STACK = 10, CYCLE = 11, REPORT = 12;
  const CHECKPOINT = 1024;

  const col = (o, name, Type) => Type.from(o[name] || []);
  const ev = {
    t: col(D.ev, 't', Float64Array), p: col(D.ev, 'p', Int32Array), k: col(D.ev, 'k', Int32Array),
    a: col(D.ev, 'a', Float64Array), b: col(D.ev, 'b', Int32Array), c: col(D.ev, 'c', Float64Array),
    l: col(D.ev, 'l', Int32Array), s: col(D.ev, 's', Int32Array), n: col(D.ev, 'n', Int32Array),
  };
  const N = ev.t.length;
  const opOf = (i) => (ev.k[i] >= DETAIL ? (ev.k[i] & 63) - DETAIL : -1);
  const buffered = (i) => (ev.k[i] & BUFFERED) !== 0;
  const str = (i) => (i >= 0 ? S[i] : null);

  // ---- goroutines, objects ----
  const procs = new Map(); // id -> {id, parent, name, start, end, color, index}
  (D.procs || []).forEach(([id, parent, name, start, end], index) =>
    procs.set(id, { id, parent, name: str(name) || '?', start, end, index }));
  for (let i = 0; i < N; i++) // goroutines the process view did not list (a cut trace)
    if (ev.p[i] > 0 && !procs.has(ev.p[i])) procs.set(ev.p[i], { id: ev.p[i], parent: 0, name: '?', start: ev.t[i], end: -1 });
  const procList = [...procs.values()].sort((x, y) => x.id - y.id);
  procList.forEach((p, i) => { p.index = i; p.color = procColor(i); });
  function procColor(i) { return `hsl(${(i * 137.508 + 210) % 360}, 62%, 42%)`; }

  const objs = new Map(); // number -> {no, kind: chan|lock|rwlock|wg, name, cap, line}
  const obj = (no, kind) => {
    let o = objs.get(no);
    if (!o) objs.set(no, (o = { no, kind, name: null, names: [], cap: 0, line: 0 }));
    return o;
  };
  // which steps the cursor stops at, and each goroutine's steps (for keys and clicks)
  const steps = [];
  const procSteps = new Map();
  const races = [];
  let report = null, firstUserStep = -1;
  const cycle = new Map(); // goroutine -> {n, next}
  for (let i = 0; i < N; i++) {
    const k = ev.k[i], op = opOf(i), p = ev.p[i];
    if (op >= 0) {
      const no = ev.a[i];
      if (op === CHAN_NEW) { const o = obj(no, 'chan'); o.cap = ev.c[i]; o.line = ev.l[i]; }
      else if (op >= SEND && op <= CLOSE) obj(no, 'chan');
      else if (op === LOCK || op === UNLOCK) obj(no, 'lock');
      else if (op === RLOCK || op === RUNLOCK) obj(no, 'rwlock').kind = 'rwlock';
      else if (op === WG) obj(no, 'wg');
      else if (op === CYCLE) cycle.set(p, { n: ev.c[i], next: ev.a[i] });
      else if (op === REPORT) report = str(ev.b[i]);
      if (op >= SEND && op <= WG && ev.n[i] >= 0) { // every name the code gives it (`left` and `right`)
        const o = objs.get(no), name = S[ev.n[i]];
        if (o && o.names.length < 3 && !o.names.includes(name)) o.names.push(name);
      }
      if (op === STACK || op === CHAN_NEW || op === CYCLE || op === REPORT) continue; // not steps
    } else if (k === STOP) continue;
    else if (k === BLOCK && ev.a[i] > 0) { // what it waits on: a channel, lock or WaitGroup
      const why = str(ev.b[i]) || '';
      const o = obj(ev.a[i], /^chan/.test(why) ? 'chan' : /RWMutex/.test(why) ? 'rwlock' : /Mutex/.test(why) ? 'lock' : 'wg');
      const name = str(ev.n[i]);
      if (name && !name.includes('\n') && o.names.length < 3 && !o.names.includes(name)) o.names.push(name);
    }
    if (k === RACE) {
      const last = races[races.length - 1];
      if (last && !last.b && last.a.t === ev.t[i] && last.a.other === p) last.b = { i: steps.length, p, line: ev.l[i], file: str(ev.b[i]), t: ev.t[i] };
      else races.push({ a: { i: steps.length, p, line: ev.l[i], file: str(ev.b[i]), t: ev.t[i], other: ev.a[i] }, b: null });
    }
    if (firstUserStep < 0 && ev.l[i] > 0 && p === 1) firstUserStep = steps.length;
    if (!procSteps.has(p)) procSteps.set(p, []);
    procSteps.get(p).push(steps.length);
    steps.push(i);
  }
  const NS = steps.length;
  // an object's name: what the code calls it; numbered when several share it
  const kindWord = { chan: 'chan', wg: 'WaitGroup', lock: 'lock', rwlock: 'lock' };
  const nameCount = new Map();
  for (const o of objs.values()) {
    o.name = o.names.join(' / ');
    nameCount.set(o.name, (nameCount.get(o.name) || 0) + 1);
  }
  const nameSeq = new Map();
  for (const o of [...objs.values()].sort((x, y) => x.no - y.no)) {
    if (!o.name) o.name = kindWord[o.kind] + ' #' + o.no;
    else if (nameCount.get(o.name) > 1) {
      const k = (nameSeq.get(o.name) || 0) + 1;
      nameSeq.set(o.name, k);
      o.name += ' #' + k;
    }
  }

  // ---- the state at a step: replay with checkpoints ----
  function freshState() {
    return { procs: new Map(), chans: new Map(), locks: new Map(), wgs: new Map() };
  }
  function cloneState(s) {
    const c = freshState();
    for (const [k, v] of s.procs) c.procs.set(k, { ...v });
    for (const [k, v] of s.chans) c.chans.set(k, { ...v, vals: v.vals.slice() });
    for (const [k, v] of s.locks) c.locks.set(k, { ...v });
    for (const [k, v] of s.wgs) c.wgs.set(k, v);
    return c;
  }
  function procState(s, id) {
    let p = s.procs.get(id);
    if (!p) s.procs.set(id, (p = { st: 'new', why: null, wline: 0, wname: null, wobj: 0, line: 0, stack: -1, worker: -1, by: 0 }));
    return p;
  }
  function chanState(s, no) {
    let c = s.chans.get(no);
    if (!c) s.chans.set(no, (c = { vals: [], closed: false, last: null }));
    return c;
  }
  // applies event i (not a step index) to s
  function apply(s, i) {
    const k = ev.k[i], id = ev.p[i];
    const op = opOf(i);
    if (op < 0) {
      const p = procState(s, id);
      switch (k) {
        case START: p.st = 'runnable'; p.goLine = ev.l[i]; break;
        case RUN: p.st = 'running'; p.worker = ev.a[i]; p.why = null; break;
        case STOP: if (p.st === 'running') p.st = 'runnable'; break;
        case BLOCK:
          p.st = 'blocked'; p.why = str(ev.b[i]); p.wline = ev.l[i]; p.wname = str(ev.n[i]); p.wobj = ev.a[i];
          if (p.wobj > 0 && /^chan/.test(p.why)) chanState(s, p.wobj);
          if (ev.l[i] > 0) p.line = ev.l[i];
          if (ev.s[i] >= 0) p.stack = ev.s[i];
          break;
        case WAKE: if (p.st === 'blocked') { p.st = 'runnable'; p.by = ev.a[i]; } break;
        case END: p.st = 'done'; break;
        case RACE: if (ev.l[i] > 0 && str(ev.b[i]) === D.program) p.line = ev.l[i]; break;
      }
      return;
    }
    const no = ev.a[i];
    if (op !== CHAN_NEW && op !== CYCLE && op !== REPORT && id > 0) {
      const p = procState(s, id);
      if (ev.l[i] > 0) p.line = ev.l[i];
      if (ev.s[i] >= 0) p.stack = ev.s[i];
      if (op === STACK && ev.n[i] >= 0 && p.st === 'blocked') p.wname = S[ev.n[i]];
    }
    switch (op) {
      case CHAN_NEW: chanState(s, no); break;
      case SEND: case RECV: {
        const c = chanState(s, no), v = str(ev.b[i]);
        if (buffered(i)) { if (op === SEND) c.vals.push(v); else c.vals.shift(); }
        const len = ev.c[i];
        while (c.vals.length > len) c.vals.shift();
        while (c.vals.length < len) c.vals.unshift('?'); // before the trace was cut, or unknown
        c.last = { op, p: id, v, step: i };
        break;
      }
      case CLOSE: chanState(s, no).closed = true; break;
      case LOCK: s.locks.set(no, { holder: id, line: ev.l[i], readers: (s.locks.get(no) || {}).readers || 0 }); break;
      case UNLOCK: s.locks.set(no, { holder: 0, readers: (s.locks.get(no) || {}).readers || 0 }); break;
      case RLOCK: case RUNLOCK: s.locks.set(no, { holder: (s.locks.get(no) || {}).holder || 0, readers: ev.c[i] }); break;
      case WG: s.wgs.set(no, ev.c[i]); break;
    }
  }
  const checkpoints = []; // checkpoints[j]: the state before event j * CHECKPOINT
  (function build() {
    const s = freshState();
    for (let i = 0; i < N; i++) {
      if (i % CHECKPOINT === 0) checkpoints.push(cloneState(s));
      apply(s, i);
    }
  })();
  let cache = null; // {i, state}: the last state computed, to step forward cheaply
  function stateAt(stepIndex) {
    const i = stepIndex < 0 ? -1 : steps[stepIndex];
    let from, s;
    if (cache && cache.i <= i && i - cache.i < CHECKPOINT) { from = cache.i + 1; s = cache.state; }
    else {
      const j = Math.floor((i + 1) / CHECKPOINT);
      s = cloneState(checkpoints[Math.min(j, checkpoints.length - 1)] || freshState());
      from = Math.min(j, checkpoints.length - 1) * CHECKPOINT;
      if (from < 0) from = 0;
    }
    for (let e = from; e <= i; e++) apply(s, e);
    cache = { i, state: s };
    return cloneState(s);
  }

  // ---- words ----
  const opWords = { [SEND]: 'sends', [RECV]: 'receives', [CLOSE]: 'closes', [LOCK]: 'locks', [UNLOCK]: 'unlocks',
    [RLOCK]: 'read-locks', [RUNLOCK]: 'read-unlocks', [WG]: 'changes' };
  const gname = (id) => (id === 0 ? 'the runtime' : 'G' + id);
  const fmtTime = (ns) => ns >= 1e9 ? (ns / 1e9).toFixed(3) + ' s' : ns >= 1e6 ? (ns / 1e6).toFixed(3) + ' ms'
    : ns >= 1e3 ? (ns / 1e3).toFixed(2) + ' µs' : Math.round(ns) + ' ns';
  function describe(i) {
    const k = ev.k[i], p = ev.p[i], op = opOf(i), at = ev.l[i] > 0 ? ` at line ${ev.l[i]}` : '';
    const g = gname(p);
    if (op >= 0) {
      const o = objs.get(ev.a[i]), name = o ? o.name : '?', v = str(ev.b[i]);
      switch (op) {
        case SEND: return `${g} sends ${v} on ${name}${at}` + (buffered(i) ? ` (into its buffer: len ${ev.c[i]})` : ' (handed straight to a receiver)');
        case RECV: return `${g} receives ${v} from ${name}${at}` + (buffered(i) ? ` (out of its buffer: len ${ev.c[i]})` : ' (from a sender)');
        case CLOSE: return `${g} closes ${name}${at}`;
        case LOCK: return `${g} now holds ${name}${at}`;
        case UNLOCK: return `${g} unlocks ${name}${at}`;
        case RLOCK: return `${g} read-locks ${name}${at} (${ev.c[i]} readers)`;
        case RUNLOCK: return `${g} read-unlocks ${name}${at} (${ev.c[i]} readers)`;
        case WG: return `${name}'s counter is ${ev.c[i]} after ${g}'s Add/Done${at}`;
      }
      return `${g}: ${opWords[op] || 'detail'}`;
    }
    switch (k) {
      case START: return `${gname(ev.a[i])} starts ${g} (${procs.get(p) ? procs.get(p).name : '?'})` + (ev.l[i] > 0 ? ` with the go statement at line ${ev.l[i]}` : '');
      case RUN: return `${g} runs` + (D.workers > 1 ? ` on worker ${ev.a[i]}` : '');
      case BLOCK: return `${g} blocks: ${str(ev.b[i])}${at}`;
      case WAKE: return `${g} is woken by ${gname(ev.a[i])}` + (ev.c[i] ? ' (a channel hand-off)' : '') + ': runnable';
      case END: return `${g} ends`;
      case RACE: return `DATA RACE: ${g}'s access at ${str(ev.b[i]) || '?'}:${ev.l[i]} races with G${ev.a[i]}`;
    }
    return '';
  }

  // ---- the page ----
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'style') e.style.cssText = v; else e.setAttribute(k, v);
    }
    for (const kid of kids) if (kid != null) e.append(kid);
    return e;
  };
  const header = el('header', {}, el('h1', {}, 'csp trace: ' + D.program),
    el('span', { class: 'meta' }, (D.seeded ? `--seed ${D.seed}, ` : '') + `${D.workers} worker${D.workers > 1 ? 's' : ''}, ` +
      `${procList.length} goroutines, ${N} events, ran ${fmtTime(D.end)}`));
  const raceBox = el('span', { class: 'race-nav', id: 'race-nav' });
  const deadlockBadge = report ? el('button', { id: 'deadlock-btn', class: 'on', onclick: () => go(NS - 1) }, 'deadlock: see the final state') : null;
  header.append(raceBox);
  if (deadlockBadge) header.append(deadlockBadge);
  const slider = el('input', { type: 'range', min: 0, max: Math.max(0, NS - 1), value: 0, id: 'slider', 'aria-label': 'step' });
  const stepLabel = el('span', { id: 'step-label' });
  const controls = el('div', { id: 'controls' },
    el('button', { title: 'first step (Home)', onclick: () => go(0) }, '|◀'),
    el('button', { title: 'previous step (←)', onclick: () => move(-1) }, '◀'),
    slider,
    el('button', { title: 'next step (→)', onclick: () => move(1) }, '▶'),
    el('button', { title: 'last step (End)', onclick: () => go(NS - 1) }, '▶|'),
    stepLabel,
    el('span', { class: 'keys', title: '← →: previous / next step (with a goroutine selected: its own steps)\nHome / End: first / last step\n' +
      'Esc: unselect the goroutine\nr: jump between the two accesses of a race\n+ / −, wheel: zoom; drag: pan; double-click: the whole run' }, 'keys (?)'));
  const eventText = el('div', { id: 'event-text' });
  const notice = el('div', { id: 'notice' });
  const top = el('div', {}, controls, eventText, notice);
  const source = el('div', { id: 'source', class: 'mono' });
  const canvas = el('canvas', { id: 'lanes' });
  const lanesBox = el('div', { id: 'lanes-box' }, canvas,
    el('div', { id: 'zoom' },
      el('button', { title: 'zoom in', onclick: () => zoomBy(0.5) }, '+'),
      el('button', { title: 'zoom out', onclick: () => zoomBy(2) }, '−'),
      el('button', { title: 'the whole run', onclick: () => { view.t0 = 0; view.t1 = tEnd; draw(); } }, '⤢')));
  const state = el('div', { id: 'state' });
  document.body.append(header, top, el('div', { id: 'main' }, source, el('div', { id: 'right' }, lanesBox, state)));

  if (D.truncated) {
    const lastT = N ? ev.t[N - 1] : 0;
    notice.textContent = `The recording stopped at its limit of about ${D.limit} events: this trace holds the first ${D.events} ` +
      `(up to ${fmtTime(lastT)}); the program ran on until ${fmtTime(D.end)}, and what it did after that is not shown.`;
  }

  // the source, one element a line
  const srcLines = (D.source || '').replace(/\n$/, '').split('\n');
  const lineEls = [null];
  const frag = document.createDocumentFragment();
  srcLines.forEach((text, i) => {
    const marks = el('span', { class: 'marks' });
    const line = el('div', { class: 'line', 'data-line': i + 1 }, el('span', { class: 'ln' }, String(i + 1)), el('span', { class: 'code' }, text || ' '), marks);
    line.marks = marks;
    lineEls.push(line);
    frag.append(line);
  });
  source.append(frag);

  // ---- the process view ----
  const LANE = 20, LABEL = 130, AXIS = 18;
  const sp = D.spans || {}, lk = D.links || {};
  const spans = { t: col(sp, 't', Float64Array), d: col(sp, 'd', Float64Array), p: col(sp, 'p', Int32Array),
    s: col(sp, 's', Int32Array), r: col(sp, 'r', Int32Array), l: col(sp, 'l', Int32Array) };
  const links = { t0: col(lk, 't0', Float64Array), t1: col(lk, 't1', Float64Array), f: col(lk, 'f', Int32Array),
    o: col(lk, 'o', Int32Array), k: col(lk, 'k', Int32Array) };
  const laneSpans = new Map(); // goroutine -> span indices in time order
  for (let i = 0; i < spans.t.length; i++) {
    if (!laneSpans.has(spans.p[i])) laneSpans.set(spans.p[i], []);
    laneSpans.get(spans.p[i]).push(i);
  }
  const tEnd = Math.max(D.end || 0, N ? ev.t[N - 1] : 0, 1);
  const view = { t0: 0, t1: tEnd };
  // trace_procs.h's TraceState: running, runnable, channel, select, lock, wait group, sleep, other
  const stateColor = ['#2e7d32', '#b8bfcc', '#1565c0', '#6a1b9a', '#c62828', '#ef6c00', '#00838f', '#6d4c41'];
  const stateName = ['running', 'runnable', 'blocked on a channel', 'blocked in select', 'blocked on a lock',
    'blocked in WaitGroup.Wait', 'sleeping', 'blocked'];
  const legend = el('div', { id: 'legend' }, ...stateName.map((n, i) => el('span', {}, el('i', { style: `background:${stateColor[i]}` }), n)),
    el('span', {}, '→ hand-off, orange: wake-up, dashed: go'));
  // Lanes scroll virtually: the canvas, sticky at the top of its box, is
  // only as tall as the box, and a spacer under it gives the scroll range,
  // so a thousand goroutines need no canvas taller than a browser allows.
  const spacer = el('div', { id: 'lanes-spacer' });
  lanesBox.append(spacer, legend);
  let yOff = 0;
  lanesBox.addEventListener('scroll', () => { yOff = Math.max(0, Math.min(lanesBox.scrollTop, canvasFull - canvas.clientHeight)); draw(); });

  let cursor = 0, selected = 0, curState = null;
  const laneY = (id) => AXIS + procs.get(id).index * LANE - yOff;
  let canvasFull = 0;
  function size() {
    const full = AXIS + procList.length * LANE + 6;
    const room = Math.max(90, Math.floor(window.innerHeight * 0.48) - legend.offsetHeight);
    const w = lanesBox.clientWidth, h = Math.min(full, room);
    canvasFull = full;
    spacer.style.height = (full - h) + 'px';
    const dpr = window.devicePixelRatio || 1;
    canvas.width = w * dpr; canvas.height = h * dpr;
    canvas.style.width = w + 'px'; canvas.style.height = h + 'px';
    canvas.getContext('2d').setTransform(dpr, 0, 0, dpr, 0, 0);
  }
  const xOf = (t) => LABEL + (t - view.t0) / (view.t1 - view.t0) * (canvas.clientWidth - LABEL - 8);
  const tOf = (x) => view.t0 + (x - LABEL) / (canvas.clientWidth - LABEL - 8) * (view.t1 - view.t0);
  function lowerBound(arr, key, val) { // first index of arr (indices into key) with key[idx] + d >= val
    let lo = 0, hi = arr.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (key(arr[m]) < val) lo = m + 1; else hi = m; }
    return lo;
  }
  function draw() {
    const ctx = canvas.getContext('2d'), W = canvas.clientWidth, H = canvas.clientHeight;
    ctx.clearRect(0, 0, W, H);
    ctx.font = '11px system-ui, sans-serif';
    const cyc = cursor === NS - 1 && cycle.size > 0;
    for (const p of procList) {
      const y = laneY(p.id);
      if (y + LANE < AXIS || y > H) continue; // scrolled out
      if (p.id === selected) { ctx.fillStyle = '#e3ecff'; ctx.fillRect(0, y, W, LANE); }
      if (cyc && cycle.has(p.id)) { ctx.fillStyle = '#fde7e7'; ctx.fillRect(0, y, W, LANE); }
      ctx.fillStyle = p.color;
      ctx.fillRect(2, y + 4, 8, LANE - 8);
      ctx.fillStyle = '#1d2330';
      ctx.save(); // the label, cut where the bars begin
      ctx.beginPath(); ctx.rect(0, y, LABEL - 4, LANE); ctx.clip();
      ctx.fillText(`G${p.id} ${p.name}`, 14, y + 14);
      ctx.restore();
      const list = laneSpans.get(p.id) || [];
      let i = lowerBound(list, (s) => spans.t[s] + spans.d[s], view.t0);
      let lastX = -1;
      for (; i < list.length; i++) {
        const s = list[i];
        if (spans.t[s] > view.t1) break;
        const x0 = Math.max(LABEL, xOf(spans.t[s])), x1 = Math.min(W, xOf(spans.t[s] + spans.d[s]));
        if (x1 < lastX + 0.5 && spans.s[s] !== 0) continue; // sub-pixel: a running bit wins the pixel
        const st = spans.s[s], h = st === 0 ? LANE - 6 : st === 1 ? 3 : 9;
        ctx.fillStyle = stateColor[st] || '#999';
        ctx.fillRect(x0, y + (LANE - h) / 2, Math.max(1, x1 - x0), h);
        lastX = Math.max(lastX, x1);
      }
    }
    // arrows
    let drawn = 0;
    for (let i = 0; i < links.t0.length && drawn < 3000; i++) {
      if (links.t1[i] < view.t0 || links.t0[i] > view.t1 || !procs.has(links.f[i]) || !procs.has(links.o[i])) continue;
      const x0 = xOf(links.t0[i]), x1 = xOf(links.t1[i]), y0 = laneY(links.f[i]) + LANE / 2, y1 = laneY(links.o[i]) + LANE / 2;
      ctx.strokeStyle = links.k[i] === 1 ? '#ef6c00' : links.k[i] === 2 ? '#8d96a8' : '#1d2330';
      ctx.setLineDash(links.k[i] === 2 ? [3, 3] : []);
      arrow(ctx, x0, y0, x1, y1);
      drawn++;
    }
    ctx.setLineDash([]);
    // the wait-for cycle, at the end
    if (cyc) {
      ctx.strokeStyle = '#d32f2f'; ctx.lineWidth = 2;
      for (const [id, c] of cycle) if (procs.has(c.next)) arrow(ctx, W - 30, laneY(id) + LANE / 2, W - 14, laneY(c.next) + LANE / 2);
      ctx.lineWidth = 1;
    }
    // races
    for (const r of races) for (const a of [r.a, r.b]) if (a && procs.has(a.p)) {
      const x = xOf(a.t), y = laneY(a.p);
      ctx.fillStyle = '#d32f2f';
      ctx.beginPath(); ctx.moveTo(x, y + 2); ctx.lineTo(x - 5, y - 6 + LANE / 2); ctx.lineTo(x + 5, y - 6 + LANE / 2); ctx.fill();
    }
    // the axis, over whatever scrolled under it: ticks 1, 2 or 5 times a
    // power of ten apart, at least 90 px
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, AXIS);
    ctx.fillStyle = '#6b7487';
    const span = view.t1 - view.t0, want = span / Math.max(1, (W - LABEL) / 90);
    const dec = Math.pow(10, Math.floor(Math.log10(want || 1)));
    const stepT = [1, 2, 5, 10].map((m) => m * dec).find((v) => v >= want) || 10 * dec;
    for (let t = Math.ceil(view.t0 / stepT) * stepT; t <= view.t1; t += stepT) {
      const x = xOf(t);
      ctx.fillRect(x, AXIS - 4, 1, 4);
      ctx.fillText(fmtTime(t), x + 2, 11);
    }
    // the cursor
    if (NS) {
      const i = steps[cursor], x = xOf(ev.t[i]);
      ctx.fillStyle = '#d32f2f';
      ctx.fillRect(x - 0.5, AXIS - 6, 1.5, H);
      if (procs.has(ev.p[i])) {
        ctx.beginPath(); ctx.arc(x, laneY(ev.p[i]) + LANE / 2, 4, 0, 7); ctx.fill();
      }
    }
  }
  function arrow(ctx, x0, y0, x1, y1) {
    ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); ctx.stroke();
    const a = Math.atan2(y1 - y0, x1 - x0);
    ctx.beginPath(); ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - 6 * Math.cos(a - 0.4), y1 - 6 * Math.sin(a - 0.4));
    ctx.lineTo(x1 - 6 * Math.cos(a + 0.4), y1 - 6 * Math.sin(a + 0.4));
    ctx.closePath(); ctx.fillStyle = ctx.strokeStyle; ctx.fill();
  }
  function zoomBy(f, atX) {
    const tc = atX == null ? (NS ? ev.t[steps[cursor]] : (view.t0 + view.t1) / 2) : tOf(atX);
    let w = (view.t1 - view.t0) * f;
    w = Math.max(w, 20); w = Math.min(w, tEnd * 1.2);
    const r = atX == null ? 0.5 : (tc - view.t0) / (view.t1 - view.t0);
    view.t0 = tc - w * r; view.t1 = view.t0 + w;
    draw();
  }
  canvas.addEventListener('wheel', (e) => { e.preventDefault(); const r = canvas.getBoundingClientRect(); zoomBy(e.deltaY > 0 ? 1.25 : 0.8, e.clientX - r.left); }, { passive: false });
  let drag = null;
  canvas.addEventListener('mousedown', (e) => { drag = { x: e.clientX, t0: view.t0, t1: view.t1, moved: false }; });
  window.addEventListener('mousemove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    if (Math.abs(dx) > 3) { drag.moved = true; canvas.classList.add('dragging'); }
    if (!drag.moved) return;
    const dt = dx / (canvas.clientWidth - LABEL - 8) * (drag.t1 - drag.t0);
    view.t0 = drag.t0 - dt; view.t1 = drag.t1 - dt;
    draw();
  });
  window.addEventListener('mouseup', (e) => {
    if (!drag) return;
    const moved = drag.moved;
    drag = null; canvas.classList.remove('dragging');
    if (moved) return;
    const r = canvas.getBoundingClientRect(), x = e.clientX - r.left, y = e.clientY - r.top;
    const p = y >= AXIS ? procList[Math.floor((y - AXIS + yOff) / LANE)] : null;
    if (!p) return;
    selected = p.id;
    if (x > LABEL) { // the step of this goroutine nearest to the click
      const list = procSteps.get(p.id) || [];
      const t = tOf(x);
      let j = lowerBound(list, (si) => ev.t[steps[si]], t);
      if (j >= list.length) j = list.length - 1;
      if (j > 0 && Math.abs(ev.t[steps[list[j - 1]]] - t) <= Math.abs(ev.t[steps[list[j]]] - t)) j--;
      if (j >= 0) return go(list[j]);
    }
    render();
  });
  canvas.addEventListener('dblclick', () => { view.t0 = 0; view.t1 = tEnd; draw(); });

  // ---- moving the cursor ----
  function go(si) {
    if (!NS) return render();
    cursor = Math.max(0, Math.min(NS - 1, si));
    // keep the cursor in view
    const t = ev.t[steps[cursor]];
    if (t < view.t0 || t > view.t1) { const w = view.t1 - view.t0; view.t0 = t - w / 2; view.t1 = t + w / 2; }
    render();
  }
  function move(d) {
    if (selected && procSteps.has(selected)) { // the selected goroutine's next or previous step
      const list = procSteps.get(selected);
      let j = lowerBound(list, (x) => x, cursor);
      if (d > 0) { if (j < list.length && list[j] === cursor) j++; }
      else j--;
      if (j >= 0 && j < list.length) return go(list[j]);
      return;
    }
    go(cursor + d);
  }
  slider.addEventListener('input', () => go(+slider.value));
  document.addEventListener('keydown', (e) => {
    if (e.target.tagName === 'INPUT' && e.target.type !== 'range') return;
    const k = e.key;
    if (k === 'ArrowRight' || k === 'ArrowDown') move(1);
    else if (k === 'ArrowLeft' || k === 'ArrowUp') move(-1);
    else if (k === 'Home') go(0);
    else if (k === 'End') go(NS - 1);
    else if (k === 'Escape') { selected = 0; render(); }
    else if (k === 'r' && races.length) jumpRace();
    else if (k === '+' || k === '=') zoomBy(0.5);
    else if (k === '-') zoomBy(2);
    else return;
    e.preventDefault();
  });

  // ---- races ----
  let raceAt = -1; // which access of which race the cursor was sent to: 2 * race + side
  // The step of one access: the report's own for the access that found the
  // race; for the earlier one, the last step of its goroutine before the
  // report (the stretch it ran in), else its side of the report.
  function raceStep(r, side) {
    if (!side) return r.a.i;
    const list = procSteps.get(r.b ? r.b.p : r.a.other) || [];
    const j = lowerBound(list, (x) => x, r.a.i) - 1;
    return j >= 0 ? list[j] : r.b ? r.b.i : r.a.i;
  }
  function jumpRace(which) {
    raceAt = which == null ? (raceAt + 1) % (2 * races.length) : which;
    const r = races[raceAt >> 1];
    selected = (raceAt & 1) ? (r.b ? r.b.p : r.a.other) : r.a.p;
    const si = raceStep(r, raceAt & 1);
    // zoom to both accesses, with some of the run around them
    const ta = ev.t[steps[raceStep(r, 0)]], tb = ev.t[steps[raceStep(r, 1)]];
    const w = Math.max(Math.abs(ta - tb) * 3, tEnd / 50);
    view.t0 = Math.min(ta, tb) - w / 3; view.t1 = view.t0 + w;
    go(si);
  }
  if (races.length) {
    raceBox.append(el('span', {}, `${races.length} data race${races.length > 1 ? 's' : ''}: `));
    races.forEach((r, n) => {
      const b = r.b || { p: r.a.other, line: 0 };
      raceBox.append(el('button', { 'data-race': n, 'data-side': 0, onclick: () => jumpRace(2 * n) }, `G${r.a.p} line ${r.a.line}`), ' ⇄ ',
        el('button', { 'data-race': n, 'data-side': 1, onclick: () => jumpRace(2 * n + 1) }, `G${b.p} line ${b.line}`), ' ');
    });
    raceBox.append(el('span', { class: 'meta' }, '(key r: jump between them)'));
  }

  // ---- rendering the state at the cursor ----
  let marked = [];
  function stateBadge(p) {
    if (p.st !== 'blocked') return el('span', { class: 'st st-' + p.st }, p.st);
    const why = p.why || 'blocked';
    const cls = /Mutex/.test(why) ? 'st-lock' : /WaitGroup/.test(why) ? 'st-wg' : /^select/.test(why) ? 'st-select' : why === 'sleep' ? 'st-sleep' : 'st-blocked';
    return el('span', { class: 'st ' + cls }, 'blocked');
  }
  function waitWords(p) {
    if (p.st !== 'blocked') return p.st === 'running' && D.workers > 1 ? `on worker ${p.worker}` : '';
    const name = p.wname ? ' ' + p.wname.split('\n').join(', ') : '';
    return `${p.why || 'waiting'}${name}` + (p.wline > 0 ? ` at line ${p.wline}` : '');
  }
  function render() {
    if (!NS) { eventText.textContent = 'This trace holds no events.'; draw(); return; }
    const i = steps[cursor];
    curState = stateAt(cursor);
    slider.value = cursor;
    stepLabel.textContent = `step ${cursor + 1} of ${NS} · ${fmtTime(ev.t[i])}`;
    eventText.textContent = describe(i);
    eventText.dataset.proc = ev.p[i];
    const final = cursor === NS - 1;
    // the source: each goroutine's line, in its colour
    for (const m of marked) { m.classList.remove('here', 'race', 'cycle'); m.style.background = ''; m.style.borderLeftColor = ''; m.marks.textContent = ''; }
    marked = [];
    const mark = (line) => { const m = lineEls[line]; if (m) marked.push(m); return m; };
    for (const p of procList) {
      const s = curState.procs.get(p.id);
      if (!s || s.st === 'done' || s.st === 'new' || !(s.line > 0)) continue;
      const m = mark(s.line);
      if (!m) continue;
      m.marks.append(el('span', { class: 'chip' + (s.st === 'blocked' ? ' blocked' : ''), style: `background:${p.color}`,
        title: `G${p.id} ${p.name}: ${s.st} ${waitWords(s)}`, 'data-goroutine': p.id, onclick: () => { selected = p.id; render(); } }, 'G' + p.id));
      if (!m.style.borderLeftColor || p.id === ev.p[i]) m.style.borderLeftColor = p.color;
      if (p.id === ev.p[i] || p.id === selected) { m.classList.add('here'); m.style.background = p.color.replace('hsl', 'hsla').replace(')', ', 0.14)'); }
      if (final && cycle.has(p.id)) m.classList.add('cycle');
    }
    if (ev.k[i] === RACE || raceAt >= 0) {
      for (const r of races) for (const a of [r.a, r.b]) if (a) {
        const m = a.file === D.program ? mark(a.line) : null;
        if (m) { m.classList.add('race'); m.marks.append(el('span', { class: 'chip race', title: `data race: G${a.p}'s access`, 'data-race-goroutine': a.p }, 'race G' + a.p)); }
      }
    }
    const cur = lineEls[(curState.procs.get(ev.p[i]) || {}).line];
    if (cur) { // into view, in the middle when it was out of it
      const r = cur.getBoundingClientRect(), box = source.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) cur.scrollIntoView({ block: 'center' });
    }
    renderState(final);
    // the selected goroutine's lane into view
    const sp = procs.get(selected);
    if (sp && canvasFull > canvas.clientHeight) {
      const top = sp.index * LANE;
      if (top < yOff || top + LANE > yOff + canvas.clientHeight - AXIS) lanesBox.scrollTop = Math.max(0, top - (canvas.clientHeight - AXIS) / 2);
    }
    draw();
  }
  function renderState(final) {
    state.textContent = '';
    // goroutines
    const rows = procList.map((p) => {
      const s = curState.procs.get(p.id) || { st: 'new' };
      const inCycle = final && cycle.has(p.id);
      return el('tr', { class: 'proc' + (p.id === selected ? ' selected' : '') + (inCycle ? ' cycle' : ''), 'data-goroutine': p.id, 'data-state': s.st,
        onclick: () => { selected = selected === p.id ? 0 : p.id; render(); } },
        el('td', {}, el('span', { class: 'chip', style: `background:${p.color}` }, 'G' + p.id)),
        el('td', { class: 'mono' }, p.name), el('td', {}, stateBadge(s)),
        el('td', { class: 'wait' }, waitWords(s) + (inCycle ? ` → waits for G${cycle.get(p.id).next} (cycle)` : '')),
        el('td', { class: 'mono' }, s.line > 0 ? 'line ' + s.line : ''));
    });
    state.append(el('section', { id: 'procs-box' }, el('h2', {}, 'Goroutines'),
      el('table', {}, el('tr', {}, el('th', {}, ''), el('th', {}, 'function'), el('th', {}, 'state'), el('th', {}, 'waits for'), el('th', {}, 'line')), ...rows)));
    // the selected goroutine's stack
    if (selected) {
      const s = curState.procs.get(selected);
      const text = s && s.stack >= 0 ? S[s.stack] : '';
      const frames = text.split('\n').filter(Boolean).map((f) => {
        const [fn, where] = f.split('\t');
        return el('div', { class: where && where[0] !== '$' ? 'frame-user' : '' }, `${fn}()  ${where || ''}`);
      });
      state.append(el('section', { id: 'stack-box' }, el('h2', {}, `Stack of G${selected} at this step`),
        frames.length ? el('pre', {}, ...frames) : el('div', { class: 'empty' }, s && s.st === 'done' ? 'ended' : 'not known yet (it has not run)')));
    }
    // who waits on each object
    const waiting = new Map();
    for (const [id, q] of curState.procs) if (q.st === 'blocked' && q.wobj > 0) {
      if (!waiting.has(q.wobj)) waiting.set(q.wobj, []);
      waiting.get(q.wobj).push(`G${id}` + (/send/.test(q.why) ? ' (send)' : /receive/.test(q.why) ? ' (receive)' : ''));
    }
    const waiters = (no) => waiting.has(no) ? 'waiting: ' + waiting.get(no).join(', ') : '';
    // channels
    const chanRows = [...objs.values()].filter((o) => o.kind === 'chan').map((o) => {
      const c = curState.chans.get(o.no);
      if (!c) return null;
      const vals = c.vals.length ? el('span', { class: 'vals' }, ...c.vals.map((v) => el('span', { class: 'val' }, v))) : el('span', { class: 'empty' }, o.cap ? 'empty' : '—');
      return el('tr', { 'data-chan': o.name, 'data-len': c.vals.length, 'data-cap': o.cap },
        el('td', { class: 'mono' }, o.name), el('td', {}, o.cap ? `${c.vals.length}/${o.cap}` : 'unbuffered'),
        el('td', {}, vals), el('td', {}, c.closed ? 'closed' : ''), el('td', { class: 'waiters' }, waiters(o.no)),
        el('td', { class: 'empty' }, o.line > 0 ? `made at line ${o.line}` : ''));
    }).filter(Boolean);
    if (chanRows.length) state.append(el('section', { id: 'chans-box' }, el('h2', {}, 'Channels'),
      el('table', {}, el('tr', {}, el('th', {}, 'channel'), el('th', {}, 'len/cap'), el('th', {}, 'buffered values'), el('th', {}, ''), el('th', {}, ''), el('th', {}, '')), ...chanRows)));
    // locks and wait groups
    const lockRows = [...objs.values()].filter((o) => o.kind === 'lock' || o.kind === 'rwlock').map((o) => {
      const l = curState.locks.get(o.no) || (waiting.has(o.no) ? { holder: 0, readers: 0 } : null);
      if (!l) return null;
      const who = l.holder ? `held by G${l.holder}` + (l.line > 0 ? `, locked at line ${l.line}` : '') : l.readers ? `${l.readers} reader${l.readers > 1 ? 's' : ''}` : 'unlocked';
      return el('tr', { 'data-lock': o.name, 'data-holder': l.holder }, el('td', { class: 'mono' }, o.name), el('td', {}, who),
        el('td', { class: 'waiters' }, waiters(o.no)));
    }).filter(Boolean);
    if (lockRows.length) state.append(el('section', { id: 'locks-box' }, el('h2', {}, 'Locks'), el('table', {}, ...lockRows)));
    const wgRows = [...objs.values()].filter((o) => o.kind === 'wg').map((o) => {
      if (!curState.wgs.has(o.no)) return null;
      return el('tr', { 'data-wg': o.name, 'data-counter': curState.wgs.get(o.no) }, el('td', { class: 'mono' }, o.name), el('td', {}, 'counter ' + curState.wgs.get(o.no)),
        el('td', { class: 'waiters' }, waiters(o.no)));
    }).filter(Boolean);
    if (wgRows.length) state.append(el('section', { id: 'wgs-box' }, el('h2', {}, 'WaitGroups'), el('table', {}, ...wgRows)));
    if (report && final) state.append(el('section', { id: 'deadlock-box' }, el('h2', {}, 'Deadlock'), el('pre', { id: 'report' }, report.trim())));
  }

  // ---- start: where the program's own code begins; a deadlock at its end; a race at its first access
  window.addEventListener('resize', () => { size(); draw(); });
  size();
  // the view starts a little before the program's own code does (a --seed
  // run spends its first few hundred switch points in package initialisers)
  if (firstUserStep > 0) view.t0 = Math.max(0, ev.t[steps[firstUserStep]] - (tEnd - ev.t[steps[firstUserStep]]) * 0.05);
  if (races.length) jumpRace(0);
  else go(report ? NS - 1 : Math.max(0, firstUserStep));
  // for tests and bench/viewer.sh: what the page shows, and when it was ready
  window.cspViewer = {
    steps: NS, events: N, ready: performance.now(), buildMs: performance.now() - T0,
    get cursor() { return cursor; }, get selected() { return selected; },
    go, move, select: (id) => { selected = id; render(); }, races: races.length,
    event: () => ({ proc: ev.p[steps[cursor]], text: eventText.textContent, line: ev.l[steps[cursor]] }),
    stateOf: (id) => { const s = curState.procs.get(id); return s ? { st: s.st, line: s.line, why: s.why, wname: s.wname } : null; },
  };
})();

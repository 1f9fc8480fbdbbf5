// The UI benchmark's page side (tests/bench/ui.bench.ts), for Tiến Độ's page
// and for a page with plain frappe-gantt. Plain JavaScript for the reason
// tests/support/pageBridge.js gives (tsx's `__name` helper is not in the page).
// Loaded as text; each entry point is called by name with JSON arguments.
/* eslint-disable no-unused-vars */

/** Resolves with performance.now() once the next frame is painted (a message posted from its rAF runs after rendering). */
function uiPainted() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** Init script: records in window.__firstBarPainted when the frame showing the first bar was painted (ms since navigation). */
function uiProbeFirstPaint() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.bar-wrapper')) return;
    observer.disconnect();
    uiPainted().then((t) => (window.__firstBarPainted = t));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Scrolls `selector` down by `px` a frame for `frames` frames; the frame times (ms) from one painted frame to the next. */
async function uiScrollFrames({ selector, frames, px }) {
  const box = document.querySelector(selector);
  box.scrollTop = 0;
  let last = await uiPainted();
  const times = [];
  for (let i = 0; i < frames; i++) {
    box.scrollTop += px;
    const now = await uiPainted();
    times.push(now - last);
    last = now;
  }
  box.scrollTop = 0;
  await uiPainted();
  return times;
}

/**
 * Tiến Độ: drags the bar of `barId` `days` days and drops it; ms from the
 * mouseup to the frame painted after the edit came back saved, and the
 * chart's own work (GanttChart's performance.measure) from the last move on.
 */
async function uiDropBar({ barId, days }) {
  const MEASURE = 'tiendo-gantt-update'; // GANTT_UPDATE_MEASURE
  const PX_PER_DAY = 13; // Week view
  const bar = () => document.querySelector(`.bar-wrapper[data-id="${barId}"] .bar`);
  const container = document.querySelector('.tiendo-gantt .gantt-container');
  container.scrollLeft = Math.max(0, Number(bar().getAttribute('x')) - 400);
  await uiPainted();
  const box = bar().getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const fire = (type, clientX, target = window) =>
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY: y, button: 0, view: window }));
  fire('mousedown', x, bar());
  fire('mousemove', x + (days * PX_PER_DAY) / 2);
  await uiPainted();
  performance.clearMeasures(MEASURE); // from the move that shows the task at its new dates to the saved frame
  fire('mousemove', x + days * PX_PER_DAY);
  await uiPainted();
  const saved = new Promise((resolve) => window.addEventListener('tiendo-bench-saved', resolve, { once: true }));
  const t0 = performance.now();
  fire('mouseup', x + days * PX_PER_DAY);
  await saved;
  const shown = (await uiPainted()) - t0;
  const chart = performance.getEntriesByName(MEASURE).reduce((sum, e) => sum + e.duration, 0);
  await new Promise((r) => setTimeout(r, 30));
  return { shown, chart };
}

/** Plain frappe-gantt: the first render of `tasks` in #chart (ms to the painted frame). */
async function uiFrappeRender({ tasks }) {
  window.__tasks = tasks;
  const t0 = performance.now();
  window.__gantt = new window.Gantt('#chart', tasks, { view_mode: 'Week', readonly: true, popup: false });
  return (await uiPainted()) - t0;
}

/** Plain frappe-gantt: one task moved a week, shown the only way that also redraws its arrows (refresh). */
async function uiFrappeMoveOne({ index, days }) {
  const task = window.__tasks[index];
  const shift = (iso) => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  task.start = shift(task.start);
  task.end = shift(task.end);
  const t0 = performance.now();
  window.__gantt.refresh(window.__tasks);
  return (await uiPainted()) - t0;
}

// The drag benchmark's scenario, run in the page (tests/bench/drag.bench.ts).
// Plain JavaScript for the reason tests/support/pageBridge.js gives: tsx would
// wrap inner functions in a `__name` helper the page does not have.
// Presses the bar, drags it in steps, at frame rate, drops it `weeks` weeks
// away, then (fullRedraw) times a full redraw. Returns the DragFigures.
// eslint-disable-next-line no-unused-vars
async function dragScenario({ barId, weeks, fullRedraw }) {
  const MEASURE = 'tiendo-gantt-update'; // GANTT_UPDATE_MEASURE (the page cannot import)
  const PX_PER_DAY = 13; // Week view
  const chartMs = () => performance.getEntriesByName(MEASURE).at(-1)?.duration ?? 0;
  /** The next frame is painted: a message posted from its rAF is handled after rendering. */
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const f = { stepFrame: [], stepInput: [], stepChart: [], fps: [], dropToPaint: [], dropSaved: [], dropChart: [], fullRedraw: [], fullChart: [] };
  const container = document.querySelector('.gantt-container');
  const bar = () => container.querySelector(`.bar-wrapper[data-id="${barId}"] .bar`);
  container.scrollLeft = Math.max(0, Number(bar().getAttribute('x')) - 400);
  await painted();
  const box = bar().getBoundingClientRect();
  const x0 = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const fire = (type, x, target = window) =>
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, view: window }));
  const dir = Math.sign(weeks);

  fire('mousedown', x0, bar());
  // Steps of one and two weeks in turn: each is a new start, every bar moves.
  for (let i = 1; i <= 12; i++) {
    let frameStart = Number.NaN;
    requestAnimationFrame(() => (frameStart = performance.now())); // before the drag's own frame callback
    performance.clearMeasures(MEASURE);
    const t0 = performance.now();
    fire('mousemove', x0 + dir * (i % 2 === 1 ? 7 : 14) * PX_PER_DAY);
    const t1 = await painted();
    f.stepInput.push(t1 - t0);
    f.stepFrame.push(t1 - frameStart);
    f.stepChart.push(chartMs());
  }
  // One move per frame for 60 frames, a day at a time (weekends snap to Monday: no change then).
  const frames = [];
  await new Promise((resolve) => {
    let i = 0;
    const tick = () => {
      frames.push(performance.now());
      if (i === 60) return resolve();
      i++;
      fire('mousemove', x0 + dir * (1 + (i % 20)) * PX_PER_DAY);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  f.fps.push((60 * 1000) / (frames[60] - frames[0]));
  // Drop `weeks` away: saved through the bridge, then painted.
  const target = x0 + weeks * 7 * PX_PER_DAY;
  fire('mousemove', target);
  await painted();
  performance.clearMeasures(MEASURE);
  const saved = new Promise((resolve) => window.addEventListener('tiendo-bench-saved', () => resolve(performance.now()), { once: true }));
  const t0 = performance.now();
  fire('mouseup', target);
  const tSaved = await saved;
  const tPainted = await painted();
  f.dropSaved.push(tSaved - t0);
  f.dropToPaint.push(tPainted - t0);
  f.dropChart.push(chartMs());
  await new Promise((r) => setTimeout(r, 50));
  if (!fullRedraw) return f;
  // Reference: the language switch redraws the whole chart (frappe's render, as refresh() would).
  const language = document.querySelector('.language-switch');
  performance.clearMeasures(MEASURE);
  const t2 = performance.now();
  language.click();
  f.fullRedraw.push((await painted()) - t2);
  f.fullChart.push(chartMs());
  language.click();
  await painted();
  await new Promise((r) => setTimeout(r, 50));
  return f;
}

// The test stand-in for electron/preload.ts, run in the page before any script
// by the e2e harness and the drag benchmark. Plain JavaScript on purpose: a
// function compiled by tsx (esbuild keepNames) would call a `__name` helper
// that does not exist in the page. It mirrors createApiClient's unwrapping.
// Loaded as text and called with options:
//   installTiendoBridge({ methods, commands, language, announceSaves })
// announceSaves (benchmarks): fire the `tiendo-bench-saved` event when an
// applyEdit returns, and record each call's wait in window.__tiendoCalls.
// eslint-disable-next-line no-unused-vars
function installTiendoBridge({ methods, commands, language, announceSaves }) {
  const invoke = window.__tiendoInvoke;
  const api = {};
  for (const method of methods) {
    api[method] = async (...args) => {
      // The answer comes as JSON text: Playwright carries a 10,000-task plan (7 MB)
      // as text in under a second, as an object graph in about five (Electron's IPC
      // clones it in tens of milliseconds; the UI benchmark accounts for the difference).
      const start = performance.now();
      const text = await invoke(method, args);
      if (announceSaves) (window.__tiendoCalls ??= []).push({ method, start, end: performance.now() });
      const response = JSON.parse(text);
      if (announceSaves && method === 'applyEdit') window.dispatchEvent(new Event('tiendo-bench-saved'));
      if (response.ok) return response.value;
      // Shaped like core/api/client.ts's ApiError.
      const { code, message, params, details } = response.error ?? {};
      throw Object.assign(new Error(message ?? 'Lỗi'), { name: 'ApiError', code, params, details });
    };
  }
  // Menu commands as electron/bridge.ts delivers them: unknown ids dropped, the listener gets only the id.
  const menuListeners = new Set();
  api.onMenuCommand = (listener) => {
    menuListeners.add(listener);
    return () => void menuListeners.delete(listener);
  };
  // Harness-only stand-in for the main process's webContents.send (LaunchedApp.sendMenuCommand).
  Object.defineProperty(window, '__tiendoMenuCommand', {
    value: (command) => {
      if (typeof command === 'string' && commands.includes(command)) for (const listener of [...menuListeners]) listener(command);
    },
  });
  // The page's answer to "save what is being typed" (electron/bridge.ts createFlushSubscription),
  // asked by LaunchedApp.requestClose through __tiendoFlushRequest; no listener: nothing to save.
  let flushListener = null;
  api.onFlushRequest = (listener) => {
    flushListener = listener;
    return () => void (flushListener === listener && (flushListener = null));
  };
  Object.defineProperty(window, '__tiendoFlushRequest', {
    value: () => Promise.resolve(flushListener ? flushListener() : true).then((saved) => saved === true, () => false),
  });
  Object.defineProperty(window, 'tiendo', { value: Object.freeze(api), writable: false });
  try {
    localStorage.setItem('tiendo.language', language);
  } catch {
    // about:blank has no storage; the app page sets it on first load.
  }
}

// Run by scripts/csp.mjs (Trunk's post-build hook) before it hashes the inline scripts: on the page
// with the static start page (index.html, see examples/prerender.rs), the start page is the first
// screen and the app comes behind it. On `/` the app is fetched at the first sign that someone is
// about to use the page (a touch, a key, a focus) — at once when the device is set to read pages
// aloud, which only the app can do — and, once the page has loaded and the browser is idle, the
// service worker is registered, which keeps the app for offline use without competing with the
// first screen (and without the app taking the static page's place while nobody acts, which would
// paint the page a second time). On any other path of that page (a wheel, the share screen) there
// is nothing to show without the app, so it is fetched at once. Trunk's preload links go: they
// would fetch the wasm with the first screen. The meeting's page is left as Trunk made it.

const TRUNK_LOADER = /<script type="module">\s*import init, \* as bindings from '([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '([^']+\.wasm)' \}\);[\s\S]*?<\/script>/;
const PRELOADS = /<link rel="(?:modulepreload|preload)" href="[^"]*"[^>]*>/g;

/** The page with its app fetched after the first screen; unchanged without a static start page. */
export function deferApp(html) {
  if (!html.includes('id="static-start"')) return html;
  const loader = html.match(TRUNK_LOADER);
  if (!loader) throw new Error("defer-app: Trunk's loader script is not where it was expected");
  const [, js, wasm] = loader;
  const script = `<script type="module">
let requested = false;
const start = async () => {
  if (requested) return;
  requested = true;
  const bindings = await import('${js}');
  const wasm = await bindings.default({ module_or_path: '${wasm}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
const root = document.documentElement;
if (root.classList.contains('app-loading') || root.classList.contains('reads-aloud')) {
  start();
} else {
  for (const sign of ['pointerdown', 'touchstart', 'keydown', 'focusin']) addEventListener(sign, start, { once: true, passive: true });
  const keepForOffline = () => navigator.serviceWorker?.register('/sw.js').catch(() => {});
  const idle = () => (self.requestIdleCallback ?? setTimeout)(keepForOffline);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
</script>`;
  return html.replace(TRUNK_LOADER, () => script).replace(PRELOADS, '');
}

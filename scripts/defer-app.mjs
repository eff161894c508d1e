// Run by scripts/csp.mjs (Trunk's post-build hook) before it hashes the inline scripts: on the page with the
// static start page (index.html, see examples/prerender.rs), the app is fetched only once the
// first screen is complete — when the browser is idle after the page has loaded, or at the
// first sign that someone is about to use it — so that the wasm never competes with the first
// screen. On any other path of that page (a wheel, the share screen) there is nothing to show
// without the app, so it is fetched at once. Trunk's preload links go: they would fetch the
// wasm with the first screen. The meeting's page is left as Trunk made it.

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
if (document.documentElement.classList.contains('app-loading')) {
  start();
} else {
  for (const sign of ['pointerdown', 'keydown', 'focusin']) addEventListener(sign, start, { once: true, passive: true });
  const idle = () => (self.requestIdleCallback ?? setTimeout)(start);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
</script>`;
  return html.replace(TRUNK_LOADER, () => script).replace(PRELOADS, '');
}

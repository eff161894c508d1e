// In the static start page's <head> (inlined by the build, hashed in the CSP; kept under 1 KB):
// before the first paint, the language to show — one asked for by a language link (?lang=), else
// the one kept on this device, else the browser's first one the app has, else Swedish — as
// <html lang dir>; whether this page is the start page at all (another path waits for the app
// behind the turning wheel); and whether the device reads pages aloud (then the app, which does
// it, is fetched at once: scripts/defer-app.mjs). Without script the Swedish page shows and works.
(function () {
  // Both lists are written in by the build from src/domain/language.rs (examples/prerender.rs).
  var all = LANGUAGES;
  var rightToLeft = RIGHT_TO_LEFT;
  var root = document.documentElement;
  function ours(code) {
    code = String(code || '').split(/[-_]/)[0].toLowerCase();
    if (code === 'prs') code = 'fa';
    return all.indexOf(code) < 0 ? null : code;
  }
  var chosen = ours(new URLSearchParams(location.search).get('lang'));
  var settings = {};
  try {
    settings = JSON.parse(localStorage.getItem('barnets-basta-hjulet/settings')) || {};
  } catch (e) {}
  chosen = chosen || ours(settings.language);
  if (settings.auto_read === true) root.classList.add('reads-aloud');
  var wanted = navigator.languages || [];
  for (var i = 0; !chosen && i < wanted.length; i++) chosen = ours(wanted[i]);
  chosen = chosen || 'sv';
  root.lang = chosen;
  root.dir = rightToLeft.indexOf(chosen) < 0 ? 'ltr' : 'rtl';
  root.setAttribute('data-start', chosen);
  if (location.pathname !== '/') root.classList.add('app-loading');
})();

// At the end of the static start page (inlined by the build, hashed in the CSP). Shows the
// language <html data-start> names (each language is a <template> rendered by the build from
// the app's own components), lists the wheels on this device from their index (written by the
// app, src/domain/format/wheel_index.rs), and makes the language links, the quick exit and the
// other links do what the app's would. Names go in as text, never as markup.
(function () {
  var prefix = 'barnets-basta-hjulet/';
  var root = document.documentElement;
  var page = document.getElementById('static-start');
  if (!page) return;
  var words = JSON.parse(document.getElementById('start-words').textContent);
  var row = document.getElementById('saved-wheel-row');

  // Where storage is switched off, even naming localStorage throws: that is "nothing stored".
  function stored(key) {
    try {
      return localStorage.getItem(prefix + key);
    } catch (e) {
      return null;
    }
  }

  // Whole calendar days on this device's clock, as the app counts them; never negative.
  function daysSince(at) {
    var then = new Date(at);
    if (typeof at !== 'string' || isNaN(then)) return null;
    var now = new Date();
    var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    var day = new Date(then.getFullYear(), then.getMonth(), then.getDate());
    return Math.max(0, Math.round((today - day) / 864e5));
  }

  function changedText(said, days, code) {
    if (said.changed[days]) return said.changed[days];
    var kind = new Intl.PluralRules(code).select(days);
    return (said.changed[kind] || said.changed.other).replace('#', days);
  }

  function wheels() {
    try {
      var index = JSON.parse(stored('index'));
      if (index.format === 'barnets-basta-hjulet.wheel-index' && index.schema === 1) {
        return Array.isArray(index.wheels) ? index.wheels : [];
      }
    } catch (e) {}
    return [];
  }

  // What the device holds under a listed wheel's key now: null when it is gone, 'locked' when it
  // is locked. The index is a cache another tab may have written a moment late; the page never
  // shows a deleted wheel, nor the name of a locked one (a locked draft starts with its format).
  function heldNow(id) {
    var text = stored('draft/' + id);
    if (text === null) return null;
    return text.slice(0, 64).indexOf('"format":"barnets-basta-hjulet.locked"') >= 0 ? 'locked' : 'open';
  }

  function listWheels(code) {
    var said = words[code];
    var section = page.querySelector('.saved-drafts');
    var list = section.querySelector('ul');
    list.replaceChildren();
    wheels().forEach(function (wheel) {
      if (!wheel || typeof wheel.id !== 'string' || !/^[0-9a-f]{8,64}$/.test(wheel.id)) return;
      var held = heldNow(wheel.id);
      if (!held) return;
      var item = row.content.firstElementChild.cloneNode(true);
      var texts = item.querySelector('.saved-draft-text').children;
      var locked = wheel.locked === true || held === 'locked';
      var name = locked ? said.locked : typeof wheel.name === 'string' && wheel.name ? wheel.name : said.unnamed;
      var days = daysSince(wheel.changed);
      var done = said.progress[wheel.answered];
      texts[0].textContent = name;
      texts[1].textContent = days === null ? '' : changedText(said, days, code);
      texts[2].textContent = locked || wheel.areas !== said.progress.length - 1 || !done ? '' : done;
      for (var i = texts.length - 1; i > 0; i--) if (!texts[i].textContent) texts[i].remove();
      if (locked) item.querySelector('use').setAttribute('href', '#pictogram-ui-private');
      var link = item.querySelector('a');
      link.href = '/wheel/' + wheel.id;
      link.querySelector('span').textContent = said.continue.split('\uE000').join(name);
      item.setAttribute('data-draft', wheel.id);
      list.appendChild(item);
    });
    section.hidden = !list.children.length;
  }

  function show(code) {
    var template = document.querySelector('template[data-lang="' + code + '"]');
    if (!template) return;
    page.replaceChildren(template.content.cloneNode(true));
    root.lang = code;
    root.dir = template.getAttribute('data-dir');
    root.setAttribute('data-start', code);
    document.title = words[code].title;
    listWheels(code);
  }

  function keepLanguage(code) {
    try {
      var settings = JSON.parse(localStorage.getItem(prefix + 'settings')) || {};
      settings.language = code;
      localStorage.setItem(prefix + 'settings', JSON.stringify(settings));
    } catch (e) {}
  }

  var asked = new URLSearchParams(location.search).get('lang');
  if (asked) {
    // A language link followed without script's help (or bookmarked): keep it, and the address
    // goes back to the start page's own.
    if (words[root.getAttribute('data-start')] && asked === root.getAttribute('data-start')) keepLanguage(asked);
    history.replaceState(null, '', '/');
  }
  try {
    show(root.getAttribute('data-start'));
  } finally {
    // Whatever happened, the page shows (the stylesheet hides it only until this line).
    root.classList.add('start-shown');
  }

  // Another tab changed the wheels ("Radera allt", a wheel deleted, locked or started), or Back
  // brought this page out of the back-forward cache: the list is read again, so no name stays on
  // screen that the device no longer holds.
  function listAgain() {
    if (document.getElementById('static-start')) listWheels(root.getAttribute('data-start'));
  }
  addEventListener('storage', function (event) {
    if (event.key === null || event.key === prefix + 'index' || event.key === prefix + 'erased') listAgain();
  });
  addEventListener('pageshow', function (event) {
    if (event.persisted) listAgain();
  });

  // The header's menu (a <details>, open and closed without script) closes as the app's does:
  // with Escape, the keyboard back on its button, and on a tap beside it.
  function openMenu() {
    return document.querySelector('#static-start .header-menu[open]');
  }
  document.addEventListener('keydown', function (event) {
    var menu = openMenu();
    if (event.key !== 'Escape' || !menu) return;
    event.preventDefault();
    menu.open = false;
    menu.querySelector('summary').focus();
  });
  document.addEventListener('pointerdown', function (event) {
    var menu = openMenu();
    if (menu && !menu.contains(event.target)) menu.open = false;
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#static-start a');
    if (!link || event.defaultPrevented || event.button || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // The app's router listens on the window once its code runs, and would take this link
    // over even while its own page is not there yet (a language still on its way): the page's
    // links are the browser's to follow.
    event.stopPropagation();
    var code = link.getAttribute('data-lang');
    if (code) {
      event.preventDefault();
      var menuWasOpen = page.querySelector('.header-menu').open;
      keepLanguage(code);
      show(code);
      // The keyboard stays where it was: on the (new) language choice, in the menu on a phone.
      page.querySelector('.header-menu').open = menuWasOpen;
      page.querySelector('.language-links summary').focus();
    } else if (link.classList.contains('quick-exit')) {
      // As the app's "Lämna snabbt" (src/browser/page_life.rs): the neutral page in place of
      // this one, and the tab marked as left.
      event.preventDefault();
      try {
        sessionStorage.setItem(prefix + 'left', '1');
      } catch (e) {}
      location.replace('/neutral.html');
    } else {
      // Following a link is coming back in on purpose (forget_left in the app).
      try {
        sessionStorage.removeItem(prefix + 'left');
      } catch (e) {}
    }
  });
})();

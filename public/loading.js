// Trunk initializer: on a slow connection (3G), after 1.5 s of loading the static shell says how
// much of the app has arrived; if loading fails, it says what to do instead; both in the page's
// language.
// If the app ever dies anyway (a WebAssembly trap: a panic or a stack overflow), the screen would
// freeze; instead it says so, in the page's language, with a reload button and 175.
function whenItDies(event) {
  if ((event.error ?? event.reason) instanceof WebAssembly.RuntimeError) died();
}

function died() {
  if (document.getElementById('died')) return;
  // A result drawn before the app says its language on its <main> (screens::link_result).
  const en = (document.querySelector('main[lang]') || document.documentElement).lang === 'en';
  // Built node by node: the page's policy refuses markup written as a string and inline handlers.
  const make = (tag, props, ...children) => {
    const el = Object.assign(document.createElement(tag), props);
    el.append(...children);
    return el;
  };
  const reload = make('button', { className: 'button primary', onclick: () => location.reload() }, en ? 'Reload' : 'Muat ulang');
  const box = make(
    'div',
    { id: 'died', className: 'died' },
    make('p', {}, en ? 'Sorry, the app stopped working.' : 'Maaf, aplikasi berhenti bekerja.'),
    reload,
    make('p', {}, en ? 'Or call BPJS Ketenagakerjaan ' : 'Atau telepon BPJS Ketenagakerjaan ', make('a', { href: 'tel:175' }, '175')),
  );
  box.setAttribute('role', 'alert');
  document.body.append(box);
  reload.focus();
}
addEventListener('error', whenItDies);
addEventListener('unhandledrejection', whenItDies);

// The shell's texts; a result drawn before the app gives its own, in its language
// (screens::link_result).
const say = (key, text, more = '') => {
  const line = document.getElementById('loading');
  if (line) {
    line.hidden = false;
    line.textContent = (line.dataset[key] || text) + more;
  }
};
let percent = 0;
// Shown after 1.5 s of loading, or at once on a tap that waits for the app.
let shown = false;
const progress = () => say('loading', 'Memuat aplikasi…', ` ${percent}%`);
// The app draws its page anew over the one before it: over a result drawn before it
// (index.html), the same markup. The control that had the keyboard as the last of the app came
// gets it back: the one at its place among the page's controls, if it is the same.
const all = (what) => [...document.querySelectorAll('#app ' + what)];
const controls = () => all(':is(a,button,summary)');
// A button of such a result does nothing till the app has come: a tap on one is kept (the last
// click decides), the button and the status say the app is coming, and the app gets the tap
// once it has drawn. Listened for from the start, not once the app's glue has come: the result
// is on screen while it downloads.
let tapped = [];
const tap = ({ target }) => {
  const button = !document.querySelector('[data-app-ready]') && target.closest?.('#app button');
  tapped[2]?.removeAttribute('data-waiting');
  tapped = button ? [controls().indexOf(button), button.cloneNode(true), button] : [];
  if (button) {
    button.toggleAttribute('data-waiting');
    shown = true;
    progress();
  }
};
addEventListener('click', tap, true);
// Where the person is on such a result: the control with the keyboard and the sections they
// opened (<details>; each opens again if the app's is the same). Noted as each part of the app
// arrives (scripts/defer-app.mjs), its script or its wasm's download: the last note is taken
// just before the app draws.
let kept = [];
let opened = [];
function note() {
  const focused = document.activeElement;
  kept = [controls().indexOf(focused), focused];
  opened = all('details').map((section) => section.open && section.cloneNode(true));
}

export default function loading() {
  let timer;
  return {
    onStart() {
      timer = setTimeout(() => {
        shown = true;
        progress();
      }, 1500);
    },
    onProgress({ current, total }) {
      percent = total ? Math.min(100, Math.round((100 * current) / total)) : 0;
      if (shown) progress();
      note();
    },
    // Not trunk's: the app's script has come (scripts/defer-app.mjs fetches it beside the wasm).
    onScript: note,
    // Also called when the app could not load.
    onComplete() {
      clearTimeout(timer);
      // The wasm may still be arriving after the app's script was lost: its progress would
      // cover the failure.
      shown = false;
      removeEventListener('click', tap, true);
      tapped[2]?.removeAttribute('data-waiting');
      const now = controls();
      const again = now[kept[0]];
      if (document.activeElement == document.body && again?.isEqualNode(kept[1])) again.focus({ preventScroll: true });
      all('details').forEach((section, i) => {
        if (opened[i]) {
          opened[i].open = false;
          section.open = opened[i].isEqualNode(section);
        }
      });
      const button = now[tapped[0]];
      if (button?.isEqualNode(tapped[1])) button.click();
    },
    // A trap while the app starts (it cannot draw: see src/ui/trusted.rs) is the app dying.
    onFailure(error) {
      if (error instanceof WebAssembly.RuntimeError) return died();
      say('failed', 'Aplikasi gagal dimuat. Muat ulang halaman, atau telepon BPJS Ketenagakerjaan 175.');
    },
  };
}

/* The staff page (staff.html); trunk names the staff worker's own glue staff.js.  Everything it shows is drawn by the staff worker (src/staff/,
   escaped markup) from the forms' values; this script only carries values there and places what
   comes back, saves the forms on the device, and hands files to and from the person. */
(function () {
  'use strict';
  var main = document.querySelector('main');
  var meta = document.querySelector('meta[name=staff]');
  var app = new URL('./', location.href).href;
  var store = {
    get: function (k) { try { return JSON.parse(localStorage.getItem('staff-' + k)); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem('staff-' + k, JSON.stringify(v)); } catch (e) { /* private mode: not kept */ } },
  };
  var lang = store.get('lang') === 'en' ? 'en' : 'id';
  var file = { name: '', text: '' };
  var result = '';
  var listText = null;
  var listName = '';
  var seq = 0;
  var waiting = {};
  var latest = {};

  function today() {
    var d = new Date();
    var p = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
  }

  function failed() {
    main.querySelector('#loading').textContent = lang === 'en'
      ? 'This page could not start. Check your connection and reload.'
      : 'Halaman ini tidak dapat dimulai. Periksa koneksi lalu muat ulang.';
  }

  /* The page's one Trusted Types policy (its Content Security Policy names it): the browser
     refuses any other string written as markup or given as a script's address. Only the staff
     worker's escaped markup and the build's own script names pass through it. */
  var identity = { createHTML: String, createScriptURL: String };
  var trusted = window.trustedTypes ? trustedTypes.createPolicy('cek-jamsostek', identity) : identity;
  function show(el, markup) { el.innerHTML = trusted.createHTML(markup); }

  if (!meta || !('Worker' in window)) { failed(); return; }
  var worker = new Worker(trusted.createScriptURL(meta.content));
  var ready = new Promise(function (resolve) {
    worker.onmessage = function (e) {
      if (e.data === 'ready') { resolve(); return; }
      if (e.data === 'failed') { failed(); return; }
      var done = waiting[e.data[0]];
      delete waiting[e.data[0]];
      if (done) done(e.data.slice(1));
    };
  });
  worker.onerror = failed;

  /* Asks the worker; only the newest answer of each kind is used. */
  function ask(kind, args) {
    var id = ++seq;
    latest[kind] = id;
    return ready.then(function () {
      return new Promise(function (resolve) {
        waiting[id] = function (reply) { if (latest[kind] === id) resolve(reply); };
        worker.postMessage([id, kind, lang].concat(args));
      });
    });
  }

  function entries(id) {
    var form = document.getElementById(id);
    if (!form) return store.get(id) || [];
    var out = [];
    new FormData(form).forEach(function (v, k) { if (typeof v === 'string') out.push([k, v]); });
    return out;
  }

  /* Draws the whole page; `draft` replaces the form's values (a known scheme chosen). */
  function render(draft) {
    return ask('page', [draft || entries('draft'), entries('plan'), today()]).then(function (r) {
      document.documentElement.lang = lang;
      show(document.getElementById('app'), r[0]);
      document.title = lang === 'en' ? 'Cek Jamsostek for municipal staff' : 'Cek Jamsostek untuk dinas';
      return checkDraft();
    }).then(function () {
      document.documentElement.setAttribute('data-app-ready', '');
    });
  }

  function checkDraft() {
    var draft = entries('draft');
    store.set('draft', draft);
    return ask('draft', [draft, today(), app]).then(function (r) {
      var problems = r[0];
      var shown = {};
      for (var i = 0; i < problems.length; i += 2) {
        shown[problems[i]] = shown[problems[i]] ? shown[problems[i]] + ' ' + problems[i + 1] : problems[i + 1];
      }
      document.querySelectorAll('#draft [data-field]').forEach(function (f) {
        var name = f.getAttribute('data-field');
        var p = document.getElementById('p-' + name);
        if (p) { p.textContent = shown[name] || ''; p.hidden = !shown[name]; }
        f.querySelectorAll('input, select, textarea').forEach(function (c) {
          if (shown[name]) c.setAttribute('aria-invalid', 'true'); else c.removeAttribute('aria-invalid');
        });
      });
      var summary = document.getElementById('draft-problems');
      var list = summary.querySelector('ul');
      list.textContent = '';
      Object.keys(shown).forEach(function (name) {
        var a = document.createElement('a');
        a.href = '#f-' + name;
        a.setAttribute('data-focus', name);
        a.textContent = shown[name];
        var li = document.createElement('li');
        li.appendChild(a);
        list.appendChild(li);
      });
      summary.hidden = problems.length === 0;
      show(document.getElementById('personas'), r[1]);
      file = { name: r[2], text: r[3] };
      var download = document.getElementById('download');
      download.disabled = !file.name;
      download.textContent = (lang === 'en' ? 'Download ' : 'Unduh ') + (file.name ? 'regions/' + file.name : (lang === 'en' ? 'the scheme file' : 'file skema'));
      document.getElementById('snippet').textContent = file.name ? r[4] : '';
      // A list already checked is checked again under the draft as it now stands.
      if (listText !== null) checkList();
      return planBudget();
    });
  }

  function planBudget() {
    var plan = entries('plan');
    store.set('plan', plan);
    return ask('plan', [entries('draft'), plan]).then(function (r) {
      show(document.getElementById('budget'), r[0]);
    });
  }

  function checkList() {
    var out = document.getElementById('list-result');
    out.textContent = lang === 'en' ? 'Checking…' : 'Memeriksa…';
    result = '';
    return ask('list', [entries('draft'), today(), listText]).then(function (r) {
      show(out, r[0]);
      result = r[1];
      // The file input forgets its file when the page is drawn again; the result names it.
      var named = document.createElement('p');
      named.className = 'hint';
      named.textContent = 'File: ' + listName;
      out.insertBefore(named, out.firstChild);
    });
  }

  function save(name, text, type) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  var timers = {};
  function soon(kind, run) {
    clearTimeout(timers[kind]);
    timers[kind] = setTimeout(run, 150);
  }

  document.addEventListener('input', function (e) {
    var form = e.target.form;
    if (!form) return;
    // Not form.id: the draft has an input named "id", which form.id would return.
    var which = form.getAttribute('id');
    // Kept at once, so a reload right after typing loses nothing.
    if (which === 'draft' || which === 'plan') store.set(which, entries(which));
    if (which === 'draft') soon('draft', checkDraft);
    if (which === 'plan') soon('plan', planBudget);
  });
  document.addEventListener('submit', function (e) { e.preventDefault(); });
  document.addEventListener('change', function (e) {
    if (e.target.id === 'known' && e.target.value) {
      ask('known', [e.target.value]).then(function (r) {
        store.set('draft', r[0]);
        return render(r[0]);
      }).then(function () { document.getElementById('f-name').focus(); });
      return;
    }
    if (e.target.id !== 'f-csv' || !e.target.files[0]) return;
    listName = e.target.files[0].name;
    e.target.files[0].text().then(function (text) { listText = text; checkList(); });
  });
  document.addEventListener('click', function (e) {
    var focus = e.target.closest('[data-focus]');
    if (focus) {
      e.preventDefault();
      var field = document.querySelector('[data-field="' + focus.getAttribute('data-focus') + '"]');
      var control = field && field.querySelector('input, select, textarea');
      if (control) { control.focus(); field.scrollIntoView({ block: 'center' }); }
      return;
    }
    var b = e.target.closest('[data-action]');
    if (!b) return;
    var action = b.getAttribute('data-action');
    if (action === 'lang') {
      lang = lang === 'en' ? 'id' : 'en';
      store.set('lang', lang);
      // The page is drawn again in the other language: focus stays on the toggle.
      render().then(function () { document.querySelector('.lang-toggle').focus(); });
    } else if (action === 'download' && file.name) {
      save(file.name, file.text, 'application/json');
    } else if (action === 'copy-embed') {
      var text = document.getElementById('snippet').textContent;
      var status = document.getElementById('copy-status');
      var said = function (ok) {
        status.textContent = ok ? (lang === 'en' ? 'Copied.' : 'Tersalin.')
          : (lang === 'en' ? 'Select the code below and copy it.' : 'Pilih kode di bawah lalu salin.');
      };
      if (!text) { status.textContent = lang === 'en' ? 'Fix the draft first.' : 'Perbaiki rancangan dulu.'; return; }
      if (navigator.clipboard) navigator.clipboard.writeText(text).then(function () { said(true); }, function () { said(false); });
      else said(false);
    } else if (action === 'poster') {
      ask('poster', [entries('draft'), app, today()]).then(function (r) {
        var status = document.getElementById('copy-status');
        if (!r[0]) { status.textContent = lang === 'en' ? 'Fix the draft first.' : 'Perbaiki rancangan dulu.'; return; }
        var poster = document.getElementById('poster') || document.body.appendChild(document.createElement('div'));
        poster.id = 'poster';
        show(poster, r[0]);
        document.documentElement.classList.add('printing-poster');
        window.print();
      });
    } else if (action === 'export' && result) {
      save('hasil-cek-jamsostek.csv', result, 'text/csv');
    } else if (action === 'template') {
      ask('template', []).then(function (r) { save('contoh-daftar-pekerja.csv', r[0], 'text/csv'); });
    }
  });

  window.addEventListener('afterprint', function () { document.documentElement.classList.remove('printing-poster'); });

  render();
  // Offline after one visit: the app's service worker also stores this page's files.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(trusted.createScriptURL('sw.js'))
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (reg) { if (reg.active) reg.active.postMessage('cache-staff'); })
      .catch(function () { /* offline use only */ });
  }
})();

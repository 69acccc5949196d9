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
  // The list chosen: its CSV text, or a workbook's bytes (an ArrayBuffer), and the sheet asked
  // for (-1: the first with a header row).
  var listSource = null;
  var listSheet = -1;
  var listName = '';
  var seq = 0;
  var latest = {};
  var XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

  /* Starts a worker from the build's script name; `onFail` runs if it cannot load or stops.
     Questions still waiting then get `null`. */
  function start(url, onFail) {
    var w = { worker: new Worker(trusted.createScriptURL(url)), waiting: {}, dead: false };
    function fail() {
      if (w.dead) return;
      w.dead = true;
      w.worker.terminate();
      Object.keys(w.waiting).forEach(function (id) { w.waiting[id](null); });
      w.waiting = {};
      onFail();
    }
    w.ready = new Promise(function (resolve) {
      w.worker.onmessage = function (e) {
        if (e.data === 'ready') { resolve(); return; }
        if (e.data === 'failed') { fail(); return; }
        var done = w.waiting[e.data[0]];
        delete w.waiting[e.data[0]];
        if (done) done(e.data.slice(1));
      };
    });
    w.worker.onerror = fail;
    /* Ends it without a word: its questions were overtaken by a newer one. */
    w.stop = function () {
      w.dead = true;
      w.worker.terminate();
      w.waiting = {};
    };
    w.busy = function () { return Object.keys(w.waiting).length > 0; };
    w.ask = function (id, message) {
      return new Promise(function (resolve) {
        if (w.dead) { resolve(null); return; }
        w.waiting[id] = resolve;
        w.ready.then(function () { if (!w.dead) w.worker.postMessage(message); });
      });
    };
    return w;
  }

  if (!meta || !('Worker' in window)) { failed(); return; }
  var staff = start(meta.content, failed);

  /* The Excel worker: the staff worker's tools with the workbook reader and writer, started the
     first time a workbook is chosen or asked for, and again after it stopped (a file too large
     for the device's memory stops it). */
  var sheets = null;
  var sheetKinds = { book: 1, 'result-xlsx': 1, 'budget-xlsx': 1 };
  function sheetsWorker() {
    var name = document.querySelector('meta[name=sheets]');
    if (!sheets && name) sheets = start(name.content, function () { sheets = null; });
    return sheets;
  }

  /* Asks the worker that does `kind`; only the newest answer of each `key` (the kind unless
     given) is used. Resolves with `null` when the worker stopped before answering. */
  function ask(kind, args, key) {
    key = key || kind;
    var id = ++seq;
    latest[key] = id;
    // A worker does one thing at a time: a new list chosen while it still reads or writes a
    // large one (a million rows take it a minute) starts a fresh worker rather than waiting.
    if (sheetKinds[kind] && key === 'list' && sheets && sheets.busy()) {
      sheets.stop();
      sheets = null;
    }
    var w = sheetKinds[kind] ? sheetsWorker() : staff;
    if (!w) return Promise.resolve(null);
    return w.ask(id, [id, kind, lang].concat(args)).then(function (reply) {
      return latest[key] === id ? reply : new Promise(function () { /* a newer one answers */ });
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
      if (!r) return;
      document.documentElement.lang = lang;
      show(document.getElementById('app'), r[0]);
      showStored();
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
      if (!r) return;
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
      if (listSource !== null) checkList();
      return planBudget();
    });
  }

  function planBudget() {
    var plan = entries('plan');
    store.set('plan', plan);
    return ask('plan', [entries('draft'), plan]).then(function (r) {
      if (!r) return;
      show(document.getElementById('budget'), r[0]);
    });
  }

  function checkList() {
    var out = document.getElementById('list-result');
    out.textContent = lang === 'en' ? 'Checking…' : 'Memeriksa…';
    result = '';
    var book = typeof listSource !== 'string';
    var asked = book
      ? ask('book', [entries('draft'), today(), listSource, listSheet], 'list')
      : ask('list', [entries('draft'), today(), listSource]);
    return asked.then(function (r) {
      if (!r) {
        out.textContent = stopped();
        return;
      }
      show(out, r[0]);
      result = r[1];
      // The file input forgets its file when the page is drawn again; the result names it.
      var named = document.createElement('p');
      named.className = 'hint';
      named.textContent = 'File: ' + listName;
      out.insertBefore(named, out.firstChild);
    });
  }

  function stopped() {
    return lang === 'en'
      ? 'The Excel reader stopped or could not load. Check your connection and try again; if the file is very large, split it or save it as CSV.'
      : 'Pembaca Excel berhenti atau tidak dapat dimuat. Periksa koneksi lalu coba lagi; bila file sangat besar, bagi menjadi beberapa file atau simpan sebagai CSV.';
  }

  /* A workbook (.xlsx, .ods: a zip) or an old or locked Excel file (an OLE file) by its first
     bytes, whatever its name says; everything else is read as CSV text. */
  function isWorkbook(bytes) {
    var b = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
    return (b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4) ||
      (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);
  }

  function listStatus(text) {
    var out = document.getElementById('list-result');
    var p = out.querySelector('[data-status]') || out.appendChild(document.createElement('p'));
    p.setAttribute('data-status', '');
    p.setAttribute('role', 'status');
    p.textContent = text;
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
    if (e.target.id === 'status-province') {
      var chosen = e.target.value;
      Array.prototype.forEach.call(document.querySelectorAll('details.province-status'), function (d) {
        var mine = d.getAttribute('data-province') === chosen;
        d.hidden = chosen !== '' && !mine;
        d.open = mine;
      });
      return;
    }
    if (e.target.id === 'known' && e.target.value) {
      ask('known', [e.target.value]).then(function (r) {
        store.set('draft', r[0]);
        return render(r[0]);
      }).then(function () { document.getElementById('f-name').focus(); });
      return;
    }
    if (e.target.id === 'f-sheet') {
      listSheet = Number(e.target.value);
      checkList().then(function () {
        var sheet = document.getElementById('f-sheet');
        if (sheet) sheet.focus();
      });
      return;
    }
    if (e.target.id !== 'f-csv' || !e.target.files[0]) return;
    listName = e.target.files[0].name;
    e.target.files[0].arrayBuffer().then(function (bytes) {
      listSheet = -1;
      listSource = isWorkbook(bytes) ? bytes : new TextDecoder().decode(bytes);
      checkList();
    });
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
    } else if (action === 'export-xlsx' && listSource !== null) {
      listStatus(lang === 'en' ? 'Making the Excel file…' : 'Membuat file Excel…');
      ask('result-xlsx', [entries('draft'), today(), entries('plan'), listSource, listSheet, listName]).then(function (r) {
        if (!r || !r[0]) { listStatus(r ? (lang === 'en' ? 'Check the list again first.' : 'Periksa daftar lagi dulu.') : stopped()); return; }
        save('hasil-cek-jamsostek.xlsx', r[0], XLSX);
        listStatus(lang === 'en' ? 'Excel file saved.' : 'File Excel tersimpan.');
      });
    } else if (action === 'budget-xlsx') {
      ask('budget-xlsx', [entries('draft'), entries('plan')]).then(function (r) {
        var budget = document.getElementById('budget');
        var p = budget.querySelector('[data-status]') || budget.appendChild(document.createElement('p'));
        p.setAttribute('data-status', '');
        p.setAttribute('role', 'status');
        if (!r || !r[0]) { p.textContent = r ? (lang === 'en' ? 'Fix the plan first.' : 'Perbaiki rencana dulu.') : stopped(); return; }
        save('anggaran-skema-jamsostek.xlsx', r[0], XLSX);
        p.textContent = lang === 'en' ? 'Excel file saved.' : 'File Excel tersimpan.';
      });
    } else if (action === 'template') {
      ask('template', []).then(function (r) { save('contoh-daftar-pekerja.csv', r[0], 'text/csv'); });
    }
  });

  window.addEventListener('afterprint', function () { document.documentElement.classList.remove('printing-poster'); });

  /* Whether the service worker has said every file of this page is stored on the device. */
  var stored = false;
  function showStored() {
    var note = document.getElementById('offline');
    if (note) note.hidden = !stored;
  }

  render();
  // Offline after one visit: the app's service worker also stores this page's files, and says
  // so once they all are.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', function (e) {
      if (e.data === 'staff-stored') { stored = true; showStored(); }
    });
    var askStored = function () {
      return navigator.serviceWorker.ready.then(function (reg) { if (reg.active) reg.active.postMessage('cache-staff'); });
    };
    // A new build's worker taking over (not the first one) stores its own build's files: ask it too.
    var controlled = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (controlled) askStored();
      controlled = true;
    });
    navigator.serviceWorker.register(trusted.createScriptURL('sw.js'))
      .then(askStored)
      .catch(function () { /* offline use only */ });
  }
})();

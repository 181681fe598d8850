/*
 * Nothing typed is lost (issue 11). On a section editor:
 * - every change is kept in this browser (localStorage) within a second, so a closed tab or a crash loses nothing;
 *   on return the page offers what was kept when it differs from what is saved;
 * - changes are saved to the server while typing, at most every 10 s, and at once on leaving a changed field
 *   (the server merges cell by cell, exactly as for 保存), with 「已自动保存 HH:mm」 shown;
 * - leaving the page with unsaved changes asks first.
 * Without this script the form still saves with its button. Words shown come from data-msg-* attributes.
 */
(function () {
  'use strict';

  var INTERVAL = 10000;

  function msg(form, name, args) {
    var text = form.getAttribute('data-msg-' + name) || '';
    (args || []).forEach(function (a, i) { text = text.split('{' + i + '}').join(String(a)); });
    return text;
  }

  /* The typed fields (not the base ones, not the token): name -> value. */
  function typed(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '_csrf' || el.name.indexOf('base.') === 0 || el.readOnly) { return; }
      if (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type === 'text')) { values[el.name] = el.value; }
    });
    return values;
  }

  function bases(form) {
    var values = {};
    form.querySelectorAll('input[type=hidden][name^="base."]').forEach(function (el) { values[el.name] = el.value; });
    return values;
  }

  function same(a, b) {
    if (!a || !b) { return false; }
    var keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) { return false; }
    return keys.every(function (k) { return a[k] === b[k]; });
  }

  function now() {
    var d = new Date();
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }

  function setup(form) {
    if (!form.querySelector('button[type=submit]')) { return; } // not editable now
    var key = 'nianbao.draft:' + location.pathname;
    var status = form.querySelector('.autosave-status');
    var saved = form.getAttribute('data-restored') === 'true' ? null : typed(form);
    var timer = null, lastSave = 0, inFlight = false, submitting = false, keepTimer = null, pending = null;

    function show(text) { if (status) { status.textContent = text; } }
    function dirty() { return !same(typed(form), saved); }

    function keep() {
      try {
        if (dirty()) {
          localStorage.setItem(key, JSON.stringify({ at: now(), fields: typed(form), bases: bases(form) }));
        } else {
          localStorage.removeItem(key);
        }
      } catch (e) { /* storage full or disabled: the server autosave still runs */ }
    }

    function save() {
      timer = null;
      if (inFlight || submitting || !dirty()) { return; }
      inFlight = true;
      lastSave = Date.now();
      var sent = typed(form);
      var body = new URLSearchParams(new FormData(form));
      pending = fetch(form.action, {
        method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
        headers: { 'X-Autosave': '1', 'Accept': 'application/json' }
      }).then(function (response) {
        if (response.status === 200) {
          // what was sent is now what the form was loaded with: later saves merge against it
          Object.keys(sent).forEach(function (name) {
            var base = form.querySelector('input[type=hidden][name="base.' + name + '"]');
            if (base) { base.value = sent[name]; }
          });
          saved = sent;
          return response.json().then(function (answer) { show(msg(form, 'autosaved', [answer.at || now()])); });
        }
        if (response.status === 409) {
          return response.json().then(function (answer) {
            show(msg(form, answer.state === 'locked' ? 'autosave-locked' : 'autosave-conflict'));
          });
        }
        show(msg(form, response.status === 422 ? 'autosave-refused' : 'signed-out'));
      }).catch(function () {
        show(msg(form, 'autosave-offline'));
      }).then(function () {
        inFlight = false;
        keep();
        if (dirty() && !timer) { schedule(); }
      });
    }

    /* Saves 10 s after the first change not yet saved (and not sooner than 10 s after the last save). */
    function schedule() {
      if (timer) { return; }
      timer = setTimeout(save, Math.max(INTERVAL, INTERVAL - (Date.now() - lastSave)));
    }

    form.addEventListener('input', function () {
      clearTimeout(keepTimer);
      keepTimer = setTimeout(keep, 300);
      schedule();
    });
    // leaving a changed field saves at once
    form.addEventListener('change', function () {
      keep();
      clearTimeout(timer);
      timer = null;
      save();
    });
    // a save while an autosave is on its way waits for it, so that it is merged against what the autosave stored
    form.addEventListener('submit', function (e) {
      clearTimeout(timer);
      timer = null;
      keep();
      if (inFlight && pending) {
        e.preventDefault();
        pending.then(function () { submitting = true; form.submit(); });
        return;
      }
      submitting = true;
    });
    window.addEventListener('beforeunload', function (e) {
      if (submitting || !dirty()) { return; }
      keep();
      e.preventDefault();
      e.returnValue = '';
    });

    offer(form, key, function restored() { keep(); schedule(); });
  }

  /* Offers what this browser kept for the page when it differs from what the page shows. */
  function offer(form, key, restored) {
    var kept;
    try { kept = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { kept = null; }
    if (!kept || !kept.fields) { return; }
    if (same(kept.fields, typed(form))) { localStorage.removeItem(key); return; }
    var box = document.querySelector('.draft-offer');
    if (!box) { return; }
    var time = box.querySelector('.draft-time');
    if (time) { time.textContent = msg(form, 'draft-time', [kept.at]); }
    box.hidden = false;
    box.querySelector('.restore-draft').addEventListener('click', function () {
      Object.keys(kept.fields).forEach(function (name) {
        var el = form.elements.namedItem(name);
        if (el && !el.readOnly) { el.value = kept.fields[name]; el.dispatchEvent(new Event('input', { bubbles: true })); }
      });
      Object.keys(kept.bases || {}).forEach(function (name) {
        var el = form.querySelector('input[type=hidden][name="' + name + '"]');
        if (el) { el.value = kept.bases[name]; }
      });
      box.hidden = true;
      restored();
    });
    box.querySelector('.discard-draft').addEventListener('click', function () {
      localStorage.removeItem(key);
      box.hidden = true;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.section-form[data-editor=grid], form.section-form[data-editor=prose]')
      .forEach(setup);
  });
}());

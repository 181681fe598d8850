/*
 * The staff editor, enhanced: live totals, keyboard movement between cells, pasting a block from Excel or WPS,
 * and a character counter for prose. Every form works without this script: the server computes totals and
 * findings on save. The words shown come from data-msg-* attributes in the templates.
 */
(function () {
  'use strict';

  function msg(form, name, args) {
    var text = form.getAttribute('data-msg-' + name) || '';
    (args || []).forEach(function (a, i) { text = text.split('{' + i + '}').join(String(a)); });
    return text;
  }

  /* A typed figure: null when blank, NaN when not a number this cell takes. Mirrors the server's CellInput. */
  function parse(text, kind) {
    var t = String(text).replace(/[\uff10-\uff19]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); })
      .replace(/[\uff0d\u2212]/g, '-').replace(/\uff0e/g, '.').replace(/\uff0c/g, ',').replace(/\s/g, '');
    if (t === '') { return null; }
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) { t = t.replace(/,/g, ''); }
    if (!/^[+-]?\d+(\.\d+)?$/.test(t)) { return NaN; }
    if (kind !== 'amount' && t.indexOf('.') >= 0) { return NaN; }
    var n = Number(t);
    if (kind === 'count' && n < 0) { return NaN; }
    if (kind === 'amount' && (n < 0 || (t.split('.')[1] || '').replace(/0+$/, '').length > 6)) { return NaN; }
    if (kind !== 'amount' && Math.abs(n) > 2147483647) { return NaN; }
    return n;
  }

  function setupGrid(form) {
    var table = form.querySelector('table.grid');
    if (!table) { return; }
    var byKey = {};
    table.querySelectorAll('input[name]').forEach(function (input) { byKey[input.name] = input; });
    var outputs = table.querySelectorAll('output[data-parts]');
    outputs.forEach(function (o) { byKey[o.getAttribute('data-key')] = o; });

    function recompute() {
      var memo = {};
      function value(key) {
        if (key in memo) { return memo[key]; }
        var el = byKey[key];
        var v;
        if (!el) {
          v = null;
        } else if (el.tagName === 'OUTPUT') {
          v = 0;
          var parts = el.getAttribute('data-parts').split(' ');
          for (var i = 0; i < parts.length; i++) {
            var p = value(parts[i]);
            if (p === null || isNaN(p)) { v = p; break; }
            v += p;
          }
        } else {
          v = parse(el.value, el.getAttribute('data-kind'));
        }
        memo[key] = v;
        return v;
      }
      outputs.forEach(function (o) {
        var v = value(o.getAttribute('data-key'));
        o.textContent = v === null ? '' : isNaN(v) ? '?' : String(v);
      });
    }

    /* The value cells, row by row, as a matrix of positions. */
    var rows = [];
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var cells = Array.prototype.slice.call(tr.querySelectorAll('td.value'));
      if (cells.length) { rows.push(cells); }
    });
    function position(input) {
      var td = input.closest('td');
      for (var r = 0; r < rows.length; r++) {
        var c = rows[r].indexOf(td);
        if (c >= 0) { return { r: r, c: c }; }
      }
      return null;
    }
    function inputAt(r, c) {
      var td = rows[r] && rows[r][c];
      var input = td && td.querySelector('input');
      return input && !input.readOnly ? input : null;
    }
    function move(from, dr, dc) {
      var r = from.r + dr, c = from.c + dc;
      while (r >= 0 && r < rows.length && c >= 0 && c < Math.max(rows[r].length, 1)) {
        var target = inputAt(r, c);
        if (target) { target.focus(); target.select(); return; }
        if (dr === 0 && dc === 0) { return; }
        r += dr; c += dc;
        if (dr !== 0 && rows[r] && c >= rows[r].length) { c = rows[r].length - 1; }
      }
    }

    table.addEventListener('input', function (e) {
      if (e.target.tagName === 'INPUT') {
        var bad = isNaN(parse(e.target.value, e.target.getAttribute('data-kind')));
        e.target.classList.toggle('looks-wrong', bad);
        recompute();
      }
    });

    table.addEventListener('keydown', function (e) {
      var input = e.target;
      if (input.tagName !== 'INPUT') { return; }
      var at = position(input);
      if (!at) { return; }
      var start = input.selectionStart, end = input.selectionEnd, length = input.value.length;
      if (e.key === 'ArrowUp') { e.preventDefault(); move(at, -1, 0); }
      else if (e.key === 'ArrowDown' || e.key === 'Enter') { e.preventDefault(); move(at, 1, 0); }
      else if (e.key === 'ArrowLeft' && start === 0 && end === 0) { e.preventDefault(); move(at, 0, -1); }
      else if (e.key === 'ArrowRight' && start === length && end === length) { e.preventDefault(); move(at, 0, 1); }
    });

    table.addEventListener('paste', function (e) {
      var input = e.target;
      if (input.tagName !== 'INPUT') { return; }
      var text = (e.clipboardData || window.clipboardData).getData('text');
      if (!text || !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) { return; }
      e.preventDefault();
      var at = position(input);
      var lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
      var filled = 0, refused = [], notNumbers = 0;
      lines.forEach(function (line, i) {
        line.split('\t').forEach(function (value, j) {
          var target = inputAt(at.r + i, at.c + j);
          if (!target) {
            if (value.trim() !== '') { refused.push((i + 1) + '-' + (j + 1)); }
            return;
          }
          target.value = value.trim();
          var bad = isNaN(parse(target.value, target.getAttribute('data-kind')));
          target.classList.toggle('looks-wrong', bad);
          if (bad) { notNumbers++; }
          filled++;
        });
      });
      recompute();
      var report = msg(form, 'pasted', [filled]);
      if (refused.length) { report += msg(form, 'refused', [refused.length, refused.slice(0, 8).join('、')]); }
      if (notNumbers) { report += msg(form, 'not-numbers', [notNumbers]); }
      var out = form.querySelector('.paste-report');
      if (out) { out.textContent = report; out.classList.toggle('warning', refused.length + notNumbers > 0); }
    });

    recompute();
  }

  function setupCounter(form) {
    var area = form.querySelector('textarea[data-max]');
    var counter = form.querySelector('.counter');
    if (!area || !counter) { return; }
    var soft = Number(area.getAttribute('data-soft-limit')) || 0;
    var max = Number(area.getAttribute('data-max'));
    function update() {
      var chars = Array.from(area.value);
      var words = chars.filter(function (ch) { return !/\s/.test(ch); }).length;
      var text = msg(form, 'count', [words]);
      var warn = false;
      if (soft && words > soft) { text += msg(form, 'over-soft', [soft]); warn = true; }
      if (chars.length > max) { text += msg(form, 'over-max', [max]); warn = true; }
      counter.textContent = text;
      counter.classList.toggle('warning', warn);
    }
    area.addEventListener('input', update);
    update();
  }

  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var input = target && target.querySelector('input');
    if (input) { input.focus(); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-editor]').forEach(function (form) {
      setupGrid(form);
      setupCounter(form);
    });
    focusTarget();
    window.addEventListener('hashchange', focusTarget);
  });
}());

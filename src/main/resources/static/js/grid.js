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

  /* Marks a typed cell that is not a number it takes: outlined with an icon, and announced (aria-invalid and the
     hint named by aria-describedby). Returns whether it is wrong. */
  function mark(input) {
    var bad = isNaN(parse(input.value, input.getAttribute('data-kind')));
    var td = input.closest('td');
    input.classList.toggle('looks-wrong', bad);
    if (td) { td.classList.toggle('live-error', bad); }
    var hint = td && td.querySelector('.live-hint');
    if (bad && !hint && td) {
      hint = document.createElement('span');
      hint.className = 'live-hint field-error';
      hint.id = td.id + '-live';
      hint.textContent = input.form ? msg(input.form, 'cell-' + input.getAttribute('data-kind')) : '';
      td.appendChild(hint);
    }
    if (hint) { hint.hidden = !bad; }
    var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
      return id && (!hint || id !== hint.id);
    });
    if (bad && hint) { described.push(hint.id); }
    if (described.length) { input.setAttribute('aria-describedby', described.join(' ')); } else { input.removeAttribute('aria-describedby'); }
    if (bad) { input.setAttribute('aria-invalid', 'true'); }
    else if (!td.classList.contains('flag-error') && !td.classList.contains('has-error')) { input.removeAttribute('aria-invalid'); }
    return bad;
  }

  /* Keeps a focused cell clear of the sticky header and the fixed row labels: the scroll box's padding follows
     their size; row labels stay fixed (sticky) where the screen is wide enough to spare them. */
  function setupSticky(table) {
    var scroller = table.closest('.grid-scroll');
    var head = table.querySelector('thead');
    if (!scroller || !head) { return; }
    function layout() {
      var wide = window.innerWidth >= 700;
      table.classList.toggle('sticky-rows', wide);
      var left = table.getBoundingClientRect().left, labels = 0;
      table.querySelectorAll('tbody th, thead th').forEach(function (th) {
        th.style.left = '';
        th.classList.remove('row-label');
      });
      if (wide) {
        table.querySelectorAll('tbody tr').forEach(function (tr) {
          tr.querySelectorAll('th').forEach(function (th) {
            th.classList.add('row-label');
            th.style.left = (th.getBoundingClientRect().left - left + scroller.scrollLeft) + 'px';
            labels = Math.max(labels, th.getBoundingClientRect().right - left + scroller.scrollLeft);
          });
        });
        head.querySelectorAll('th').forEach(function (th) {
          var x = th.getBoundingClientRect().left - left + scroller.scrollLeft;
          if (x + th.offsetWidth <= labels + 1) { th.classList.add('row-label'); th.style.left = x + 'px'; }
        });
      }
      scroller.style.scrollPaddingTop = head.offsetHeight + 'px';
      scroller.style.scrollPaddingLeft = labels + 'px';
    }
    layout();
    window.addEventListener('resize', layout);
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

    /* The value cells, row by row, as a matrix of positions (for pasting a block). */
    var rows = [];
    var trs = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    trs.forEach(function (tr) {
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
      var input = td && td.querySelector('input[type=text]');
      return input && !input.readOnly ? input : null;
    }
    function go(target) {
      if (target) { target.focus(); target.select(); }
    }
    function editable(tr) {
      return Array.prototype.slice.call(tr.querySelectorAll('td.value input[type=text]')).filter(function (i) { return !i.readOnly; });
    }
    /* Up or down: the nearest row (header lines skipped) with an input under the cell's middle, or else the
       input nearest to it; tables whose groups have different columns (表二) move alike. False when there is no
       row to move to. */
    function vertical(input, dir) {
      var td = input.closest('td');
      var box = td.getBoundingClientRect();
      var middle = box.left + box.width / 2;
      for (var i = trs.indexOf(td.parentElement) + dir; i >= 0 && i < trs.length; i += dir) {
        var candidates = editable(trs[i]);
        if (!candidates.length) { continue; }
        var best = null, distance = Infinity;
        candidates.forEach(function (c) {
          var b = c.closest('td').getBoundingClientRect();
          var d = middle >= b.left && middle <= b.right ? 0 : Math.min(Math.abs(b.left - middle), Math.abs(b.right - middle));
          if (d < distance) { best = c; distance = d; }
        });
        go(best);
        return true;
      }
      return false;
    }
    /* Left or right: the next input in the same row, or the last/first of the row before/after. */
    function horizontal(input, dir) {
      var all = Array.prototype.slice.call(table.querySelectorAll('td.value input[type=text]')).filter(function (i) { return !i.readOnly; });
      go(all[all.indexOf(input) + dir]);
    }

    table.addEventListener('input', function (e) {
      if (e.target.tagName === 'INPUT') {
        mark(e.target);
        recompute();
      }
    });

    table.addEventListener('keydown', function (e) {
      var input = e.target;
      if (input.tagName !== 'INPUT') { return; }
      var start = input.selectionStart, end = input.selectionEnd, length = input.value.length;
      // Enter where no row follows (表四 is one printed line) moves along the line instead
      if (e.key === 'Enter') { e.preventDefault(); if (!vertical(input, e.shiftKey ? -1 : 1)) { horizontal(input, e.shiftKey ? -1 : 1); } }
      else if (e.key === 'ArrowUp') { e.preventDefault(); vertical(input, -1); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); vertical(input, 1); }
      else if (e.key === 'ArrowLeft' && start === 0 && end === 0) { e.preventDefault(); horizontal(input, -1); }
      else if (e.key === 'ArrowRight' && start === length && end === length) { e.preventDefault(); horizontal(input, 1); }
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
          if (mark(target)) { notNumbers++; }
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
    setupSticky(table);
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
    if (input) { input.focus(); input.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
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

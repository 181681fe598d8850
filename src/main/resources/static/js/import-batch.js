/*
 * Batch import (ADR 0030): while a batch is being read or saved, ask its status every second and move the progress
 * bar; once it is no longer working, reload the page to show the list. Without this script the page's 刷新进度 link
 * does the same.
 */
(function () {
  'use strict';

  var page = document.querySelector('[data-batch-status]');
  if (!page) { return; }
  var state = page.getAttribute('data-batch-state');
  if (state !== 'READING' && state !== 'SAVING') { return; }
  var url = page.getAttribute('data-batch-status');

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) { return; }
        if (status.state !== state) { window.location.reload(); return; }
        var done = page.querySelector('.batch-done');
        var bar = page.querySelector('progress');
        if (done) { done.textContent = status.done; }
        if (bar) { bar.max = status.total; bar.value = status.done; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
}());

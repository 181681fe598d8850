// Reading published pages: a 「左右滑动查看」 hint above every box whose table is wider than the box, the 打印 button,
// and the print footer's page address and print date. Nothing here is needed to read a page.
(function () {
  'use strict';

  function hintScrollingBoxes() {
    document.querySelectorAll('.table-scroll').forEach(function (box) {
      var hint = box.previousElementSibling;
      var hasHint = hint && hint.classList.contains('scroll-hint');
      if (!hasHint) {
        hint = document.createElement('p');
        hint.className = 'scroll-hint';
        hint.textContent = '左右滑动查看';
        box.parentNode.insertBefore(hint, box);
      }
      hint.hidden = box.scrollWidth <= box.clientWidth + 1;
    });
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function fillPrintFooter() {
    var footer = document.querySelector('.print-info');
    if (!footer) {
      return;
    }
    var now = new Date();
    footer.textContent = '本页地址：' + window.location.href + ' · 打印日期：' + now.getFullYear() + '年'
        + (now.getMonth() + 1) + '月' + now.getDate() + '日 ' + pad(now.getHours()) + ':' + pad(now.getMinutes());
  }

  function start() {
    hintScrollingBoxes();
    fillPrintFooter();
    window.addEventListener('resize', hintScrollingBoxes);
    window.addEventListener('beforeprint', fillPrintFooter);
    document.querySelectorAll('.print-button').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

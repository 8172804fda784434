// `?print=true` opens the browser's print dialog once the page is laid out (used by the kiosk and the chat links).
(function () {
  'use strict';
  if (document.body.classList.contains('print-mode')) {
    window.addEventListener('load', function () { window.print(); });
  }
})();

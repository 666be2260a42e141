// The board and timeline pages: buttons send their data-* values to the extension; updates arrive
// as HTML and keep the focused control (by data-focus-key) and the scroll position.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  const announcer = document.getElementById('announcer');
  if (!content || !announcer) return;

  /** @param {string | null} key */
  function byFocusKey(key) {
    return key ? /** @type {HTMLElement | null} */ (content.querySelector('[data-focus-key="' + CSS.escape(key) + '"]')) : null;
  }

  document.addEventListener('click', function (event) {
    /** @type {HTMLElement | null} */
    const target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (!target || target instanceof HTMLSelectElement) return;
    event.preventDefault();
    // Moving within the page needs nothing from the extension: focus the target (a heading).
    if (target.dataset.action === 'scroll') {
      const destination = document.getElementById(target.dataset.target || '');
      if (destination) {
        destination.scrollIntoView({ block: 'start' });
        destination.focus({ preventScroll: true });
      }
      return;
    }
    vscode.postMessage(Object.assign({}, target.dataset));
  });

  // A drop-down (the board's institution) sends its data-* values and the value chosen.
  document.addEventListener('change', function (event) {
    const target = event.target;
    if (!(target instanceof HTMLSelectElement) || !target.dataset.action) return;
    vscode.postMessage(Object.assign({}, target.dataset, { value: target.value }));
  });

  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'render') return;
    const focused = document.activeElement ? document.activeElement.getAttribute('data-focus-key') : null;
    const scroll = window.scrollY;
    content.innerHTML = message.html;
    const again = byFocusKey(focused);
    if (again) again.focus({ preventScroll: true });
    window.scrollTo(0, scroll);
    if (message.announce) announcer.textContent = message.announce;
  });

  // Arrow keys move between the board grid's buttons as in a table; Tab still visits each one.
  content.addEventListener('keydown', function (event) {
    /** @type {HTMLButtonElement | null} */
    const button = event.target instanceof Element ? event.target.closest('table.grid button') : null;
    if (!button) return;
    /** @type {Record<string, [number, number] | undefined>} */
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    const cell = button.closest('td');
    const row = cell && cell.parentElement;
    if (!cell || !row || !row.parentElement) return;
    const rows = Array.from(row.parentElement.children);
    const inCell = Array.from(cell.querySelectorAll('button'));
    const index = inCell.indexOf(button);
    // Up and down first move inside a cell that lists several requirements.
    const neighbour = move[0] !== 0 ? inCell[index + move[0]] : undefined;
    if (neighbour) {
      neighbour.focus();
      event.preventDefault();
      return;
    }
    let r = rows.indexOf(row);
    let c = Array.from(row.children).indexOf(cell);
    for (;;) {
      r += move[0];
      c += move[1];
      const nextRow = rows[r];
      const next = nextRow && nextRow.children[c];
      if (!next || c < 1) return;
      const buttons = next.querySelectorAll('button');
      if (buttons.length > 0) {
        const first = move[0] < 0 ? buttons[buttons.length - 1] : buttons[0];
        if (first) first.focus();
        event.preventDefault();
        return;
      }
    }
  });

  /** @type {HTMLElement | null} */
  const initial = content.querySelector('[data-autofocus]');
  if (initial) {
    initial.focus();
    initial.scrollIntoView({ block: 'center' });
  }
})();

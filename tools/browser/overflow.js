// Runs inside the page: at a narrow width, does the page scroll sideways, and
// which elements make it? A culprit sticks out past the right edge while its
// parent does not (so a wide table is named, not every cell of it), or its
// text runs past the edge (a long word, nowrap); and no ancestor clips it
// (a table in an overflow-x: auto wrapper scrolls alone).
'use strict';

function findOverflow() {
  const doc = document.documentElement;
  const edge = doc.clientWidth;
  if (doc.scrollWidth <= edge) return null;

  const rightOf = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) return node.getBoundingClientRect().right;
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect().right;
  };
  const sticksOut = (node) => rightOf(node) > edge + 0.5;
  const clipped = (node) => {
    for (let a = node.parentElement; a && a !== document.body; a = a.parentElement)
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    return false;
  };
  const selector = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id) {
        parts.unshift(part + '#' + e.id);
        break;
      }
      if (e.classList.length) part += '.' + [...e.classList].join('.');
      parts.unshift(part);
    }
    return parts.join(' > ');
  };

  const culprits = new Map();  // element -> right edge
  for (const el of document.body.querySelectorAll('*')) {
    const parentFits = el.parentElement === document.body || !sticksOut(el.parentElement);
    if (parentFits && sticksOut(el) && !clipped(el)) culprits.set(el, rightOf(el));
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const el = text.parentElement;
    if (!sticksOut(el) && sticksOut(text) && !clipped(text))
      culprits.set(el, Math.max(culprits.get(el) || 0, rightOf(text)));
  }
  const named =
      [...culprits]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([el, right]) => selector(el) + ' (right edge at ' + Math.round(right) + ' px)');
  return {scrollWidth: doc.scrollWidth, clientWidth: edge, culprits: named};
}

// Text cut off inside its own box: overflow hidden (or text-overflow:
// ellipsis) on an element whose content is wider than the box. The reader
// never sees the rest, whatever the page's width.
function findClippedText() {
  const clipped = [];
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (style.overflowX !== 'hidden' && style.overflowX !== 'clip' &&
        style.textOverflow !== 'ellipsis')
      continue;
    if (!el.textContent.trim() || el.scrollWidth <= el.clientWidth + 1) continue;
    // Visually hidden text for screen readers (a 1 px clipped box) is meant.
    if (el.clientWidth <= 1) continue;
    let name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    else if (el.classList.length) name += '.' + [...el.classList].join('.');
    clipped.push(name + ' (' + el.scrollWidth + ' px of text in ' + el.clientWidth + ' px)');
  }
  return clipped.slice(0, 5);
}

module.exports = {findOverflow, findClippedText};

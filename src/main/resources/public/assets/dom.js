'use strict';
// Building elements without innerHTML: every value from a user or the service is text, never markup.

/** h('td', {class: 'x', onclick: f}, 'text', child, [more]) */
function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    // booleans (checked, selected, multiple) and a control's value are live properties, the rest attributes
    else if (typeof value === 'boolean' || name === 'value') element[name] = value;
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

let uniqueIds = 0;
/** An id no other element of the page has, for label-for and aria-describedby. */
function uniqueId(prefix) {
  uniqueIds += 1;
  return `${prefix}-${uniqueIds}`;
}

/** Offers a Blob as a file download. */
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], {type}));
  const link = h('a', {href: url, download: name});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

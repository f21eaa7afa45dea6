// The Content-Security-Policy of every page TaskLedger serves, written into each page as
// <meta http-equiv="Content-Security-Policy"> by webpack.config.js (the pages are static files, so
// a meta tag is the one place that travels with them to any web server).
//
// What each source is for (SECURITY.md has the longer story):
// - script-src 'self': the page's own bundles; no inline script, no eval ('unsafe-eval' is absent).
//   https://appsforoffice.microsoft.com only where Office.js is loaded: office.js loads its
//   host-specific scripts and string tables from the same host.
// - style-src 'unsafe-inline': Fluent UI v9 styles with Griffel, which creates <style> elements at
//   run time, and Office.js itself inserts inline styles in Excel on the web. A nonce would need a
//   fresh value per response, which static pages cannot have.
// - connect-src 'self': no fetch, XHR or WebSocket to any other origin (the dev server's
//   WebSocket is same-origin, which 'self' covers). Office.js's own telemetry is not allowed.
// - worker-src 'self': the analysis Web Worker (worker.js) on pages that start it.
// - object-src 'none', base-uri 'self', form-action 'none': no plugins, no <base> hijack, no forms.
// frame-ancestors cannot be set from a meta tag; the pane must stay frameable by Office on the web.

const OFFICE_JS = 'https://appsforoffice.microsoft.com';

/** @param {Record<string, string[]>} directives */
function serialize(directives) {
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

const base = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

const policies = {
  /** The task pane: Office.js, React + Fluent UI (Griffel styles), the analysis worker. */
  taskpane: { ...base, 'script-src': ["'self'", OFFICE_JS], 'style-src': ["'self'", "'unsafe-inline'"], 'worker-src': ["'self'"] },
  /** The function file of the ribbon command: Office.js and commands.js, no UI of its own. */
  commands: { ...base, 'script-src': ["'self'", OFFICE_JS], 'style-src': ["'self'", "'unsafe-inline'"] },
  /** The dialog that shows a command's result: its own script and stylesheet, no inline styles. */
  dialog: base,
  /** The browser preview: the task pane over an in-memory workbook; no Office.js. */
  preview: { ...base, 'style-src': ["'self'", "'unsafe-inline'"], 'worker-src': ["'self'"] },
};

/** @type {Record<keyof typeof policies, string>} */
const CSP = Object.fromEntries(Object.entries(policies).map(([page, directives]) => [page, serialize(directives)]));

module.exports = { CSP, OFFICE_JS };

/**
 * A stand-in for Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) in the
 * browser tests: the add-in's pages load it as they would in Excel, the test answers the request
 * with this script. Office.onReady fires at once; Excel.run fails (there is no Excel here), so the
 * pane mounts and reports that it cannot read the sheet. The command's associations and the dialogs
 * it asks for are recorded on window.__officeStub.
 */
import type { Page } from 'playwright-core';

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const STUB = `
(function () {
  var stub = { associated: [], dialogs: [] };
  window.__officeStub = stub;
  var info = { host: 'Excel', platform: 'OfficeOnline' };
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: 'zh-CN',
      requirements: { isSetSupported: function () { return true; } },
      ui: { displayDialogAsync: function (url, options, callback) { stub.dialogs.push(url); if (callback) callback({ status: 'succeeded' }); } }
    },
    actions: { associate: function (name, fn) { stub.associated.push(name); stub[name] = fn; } },
    onReady: function (callback) { setTimeout(function () { if (callback) callback(info); }, 0); return Promise.resolve(info); }
  };
  window.Excel = { run: function () { return Promise.reject(new Error('no Excel in the browser tests')); } };
})();
`;

/** Answers the page's request for Office.js with the stub (a page route, ahead of the context's guard). */
export async function stubOfficeJs(page: Page): Promise<void> {
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: STUB }));
}

/**
 * The dialog a ribbon command opens (dialog.html?m=...): shows the message passed in the URL, as
 * text. A separate script because the page's Content-Security-Policy allows no inline script.
 */
const target = document.getElementById('m');
if (target) target.textContent = new URLSearchParams(window.location.search).get('m') ?? '';
export {};

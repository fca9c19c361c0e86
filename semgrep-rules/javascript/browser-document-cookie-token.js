// A page script with its own cookie helper (no Secure, no SameSite in what it writes).
function saveCookie(name, value, days) {
  const d = new Date();
  d.setTime(d.getTime() + days * 86400000);
  document.cookie = name + "=" + value + ";expires=" + d.toUTCString() + ";path=/";
}

function onLoginResponse(body) {
  const data = JSON.parse(body);
  // ruleid: browser-document-cookie-token
  saveCookie("jwt", data.jwt, 1);
  // ruleid: browser-document-cookie-token
  saveCookie("session_token", data.token, 7);
  // ok: browser-document-cookie-token
  saveCookie("lang", data.locale, 30);
  // ok: browser-document-cookie-token
  saveCookie("jwt", "", -1);
}

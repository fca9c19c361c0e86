/* global fetch, document, window */
(function () {
  'use strict';

  var TOKEN_KEY = 'bc_access_token';
  var form = document.getElementById('login-form');
  var errorBox = document.getElementById('login-error');

  function saveUiPrefs() {
    var lang = document.documentElement.lang || 'en';
    // safe: jwt-in-browser-storage
    window.localStorage.setItem('lang', lang);
    // safe: jwt-in-browser-storage
    localStorage.setItem('theme', document.body.classList.contains('dark') ? 'dark' : 'light');
  }

  function onLoggedIn(data) {
    // expect: jwt-in-browser-storage
    localStorage.setItem(TOKEN_KEY, data.accessToken);
    // expect: jwt-in-browser-storage
    sessionStorage.setItem('refresh_token', data.refreshToken);
    // safe: jwt-in-browser-storage
    localStorage.setItem('lastLoginEmail', data.email);
    saveUiPrefs();
    window.location.assign(data.redirectTo || '/');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    errorBox.textContent = '';
    fetch('/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({
        email: form.elements.email.value,
        password: form.elements.password.value,
      }),
    })
      .then(function (res) {
        if (!res.ok) throw new Error('Login failed');
        return res.json();
      })
      .then(onLoggedIn)
      .catch(function (err) {
        errorBox.textContent = err.message;
      });
  });

  document.getElementById('sso-button').addEventListener('click', function () {
    var params = new URLSearchParams(window.location.hash.slice(1));
    if (params.get('id_token')) {
      // expect: jwt-in-browser-storage
      window.localStorage.id_token = params.get('id_token');
    }
  });

  window.apiFetch = function (url, opts) {
    opts = opts || {};
    opts.headers = Object.assign({}, opts.headers, {
      Authorization: 'Bearer ' + localStorage.getItem(TOKEN_KEY),
    });
    return fetch(url, opts);
  };
})();

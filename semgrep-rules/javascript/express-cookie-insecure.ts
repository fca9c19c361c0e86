// Browser code: the jQuery cookie plugin writes document.cookie; Express's res.cookie
// is not involved and HttpOnly cannot be set from a script.
export function rememberToken(token) {
  // ok: express-cookie-insecure
  $.cookie('auth_token', token, { expires: 7, path: '/' });
}

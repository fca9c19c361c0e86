export async function login(credentials) {
  const res = await fetch("/api/login", { method: "POST", body: JSON.stringify(credentials) });
  const data = await res.json();
  // ruleid: browser-storage-token
  localStorage.setItem("token", data.token);
  // ruleid: browser-storage-token
  sessionStorage.setItem("refresh_token", data.refreshToken);
  // ruleid: browser-storage-token
  window.localStorage.setItem(STORAGE_KEY, data.access_token);
  // ruleid: browser-storage-token
  localStorage.jwt = data.token;
  // ruleid: browser-storage-token
  localStorage["authToken"] = data.token;
  // ok: browser-storage-token
  localStorage.setItem("theme", "dark");
  // ok: browser-storage-token
  localStorage.setItem("lang", navigator.language);
  // ok: browser-storage-token
  localStorage.removeItem("token");
  return data;
}

export async function saveNative(token) {
  // ruleid: browser-storage-token
  await AsyncStorage.setItem("userToken", token);
  // ok: browser-storage-token
  await SecureStore.setItemAsync("userToken", token);
}

function afterLogin(router) {
  const resume = localStorage.getItem("app--auth-return-url");
  // ok: browser-storage-token
  localStorage.setItem("app--auth-return-url", "");
  router.navigate(resume || "/");
}

function logout() {
  // ok: browser-storage-token
  localStorage.setItem("jwt", "");
}

function guardReload() {
  // ok: browser-storage-token
  sessionStorage.setItem("chunk-reload-session", "1");
}

// the whole login response (which carries the access token) kept under "user"
function login(email, password) {
  return api.post("/auth/signin", { email, password }).then((response) => {
    if (response.data.accessToken) {
      // ruleid: browser-storage-token
      localStorage.setItem("user", JSON.stringify(response.data));
    }
    return response.data;
  });
}

function rememberProfile(response) {
  if (response.data.displayName) {
    // ok: browser-storage-token
    localStorage.setItem("profile", JSON.stringify(response.data));
  }
}

// a GraphQL login mutation answers with the signed token itself; the key name says nothing
const loginOptions = {
  onCompleted: (data) => {
    if (data?.login) {
      // ruleid: browser-storage-token
      localStorage.setItem("payload", data?.login);
    }
  },
};

async function signUp(client, input) {
  const result = await client.mutate({ mutation: SIGN_UP, variables: input });
  // ruleid: browser-storage-token
  window.localStorage.setItem("me", result.data.signUp);
}

function rememberLoginName(form) {
  // ok: browser-storage-token
  localStorage.setItem("lastLogin", form.login);
}

function keepDraft(editor) {
  // ok: browser-storage-token
  localStorage.setItem("authorDraft", editor.text);
  // ok: browser-storage-token
  sessionStorage.setItem("sessionStartedAt", String(Date.now()));
  // ok: browser-storage-token
  localStorage.setItem("csrfToken", editor.csrf);
}

function persistAuthHeader(res) {
  // ruleid: browser-storage-token
  localStorage.setItem("Authorization", res.headers.authorization);
  // ruleid: browser-storage-token
  localforage.setItem("accessToken", res.data.accessToken);
}

function notLoginCredentials(messaging, page) {
  // a push-notification registration token, not a credential
  // ok: browser-storage-token
  localStorage.setItem("fcmToken", messaging.currentToken);
  // a pagination cursor
  // ok: browser-storage-token
  sessionStorage.setItem("feed", page.nextPageToken);
  // ok: browser-storage-token
  localStorage.setItem("maxTokens", String(page.maxTokens));
}

class AuthenticationService {
  login(username, password) {
    return this.http.post(`${apiUrl}/users/authenticate`, { username, password }).pipe(map((user) => {
      // the response is the user with its JWT
      // ruleid: browser-storage-token
      localStorage.setItem("currentUser", JSON.stringify(user));
      this.currentUserSubject.next(user);
      return user;
    }));
  }

  login2(username) {
    // ok: browser-storage-token
    localStorage.setItem("lastUsername", JSON.stringify(username));
  }
}

function persistSession(token, remember) {
  const storage = remember ? localStorage : sessionStorage;
  // ruleid: browser-storage-token
  storage.setItem("auth-token", token);
  // ok: browser-storage-token
  storage.setItem("theme", "dark");
}

function rememberFlags(data) {
  // ok: browser-storage-token
  localStorage.setItem("isAuthenticated", JSON.stringify(true));
  // ok: browser-storage-token
  localStorage.setItem("token_type", data.token_type);
  // ruleid: browser-storage-token
  localStorage.setItem("auth", JSON.stringify({ token: data.access_token }));
}

export const setLocalStorage = (key, value) => localStorage.setItem(key, value);
const JWT_TOKEN = "jwt-token";
export const loginThunk = (credentials) => (dispatch) =>
  axios.post("/api/auth/login", credentials).then((response) => {
    // ruleid: browser-storage-token
    setLocalStorage(JWT_TOKEN, response.data.token);
    // ok: browser-storage-token
    setLocalStorage("theme", "dark");
    // ok: browser-storage-token
    setPreference(JWT_TOKEN, response.data.token);
  });

// A server-side store object: its methods take tokens, nothing is written to Web Storage.
const storage = {};
// ok: browser-storage-token
storage.resolveAccessToken = function (accessToken) { return storage.subjects.find((s) => s.token === accessToken); };
// ok: browser-storage-token
storage.doesAccessTokenExist = (accessToken) => storage.subjects.some((s) => s.token === accessToken);

function afterSignupLink(route) {
  // ok: browser-storage-token
  localStorage.setItem("emailConfirmToken", route.query.confirmToken);
  // ok: browser-storage-token
  sessionStorage.setItem("passwordResetToken", route.query.token);
  // ruleid: browser-storage-token
  localStorage.setItem("accessToken", route.query.token);
}

async function saveExtensionTokens(accessToken, flags) {
  // Browser-extension storage (WXT): private to the extension.
  // ok: browser-storage-token
  await storage.setItem("local:accessToken", accessToken);
  // ok: browser-storage-token
  localStorage.setItem("CREDENTIAL_AUTOFILL_POPUP_ENABLED", flags.enabled);
  // ok: browser-storage-token
  localStorage.setItem("webAuthnCredentialId", flags.credentialId);
}

// AngularJS services get the window injected as $window
angular.module("app").controller("LoginCtrl", function ($scope, $http, $window) {
  $scope.login = function () {
    $http.post("/api/v2/login", $scope.credentials).then(function (data) {
      // ruleid: browser-storage-token
      $window.localStorage.setItem("JWTSessionID", data.token);
      // ruleid: browser-storage-token
      $window.sessionStorage.sessionId = data.sid;
      // ok: browser-storage-token
      $window.localStorage.setItem("lastView", "dashboard");
    });
  };
});

function workerCache(resp) {
  // ruleid: browser-storage-token
  self.localStorage.setItem("auth_token", resp.jwt);
  // ok: browser-storage-token
  self.localStorage.setItem("theme", resp.theme);
}

// the app's own Web Storage wrapper, named for storage in general
function setInStorage(key, value) {
  if (typeof window !== 'undefined') {
    localStorage.setItem(key, value);
  }
}
function onRefreshed(data) {
  // ruleid: browser-storage-token
  setInStorage(STORAGE_KEYS.ACCESS_TOKEN, data.access);
  // ok: browser-storage-token
  setInStorage(STORAGE_KEYS.ORG_ID, data.current_org.id);
}

function setAuths(response) {
  // the anonymous list of login methods the server offers, not a credential
  // ok: browser-storage-token
  sessionStorage.setItem('auths', JSON.stringify(response.data));
  // ok: browser-storage-token
  localStorage.setItem('authProviders', JSON.stringify(response.data.providers));
  // ruleid: browser-storage-token
  localStorage.setItem('auth', response.data.token);
}

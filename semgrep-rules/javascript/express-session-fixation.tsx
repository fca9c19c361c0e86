// A browser-side AngularJS service under the web root: no server framework, so no
// session to fix even though it copies credentials after a password is sent.
angular.module('backupApp').service('EditUriBuiltins', function ($http, DialogService) {
  function createLimitedUser(scope, path) {
    $http.post('/api/v1/webmodule', { operation: 'create-user', username: scope.Username, password: scope.Password }).then(function (data) {
      // ok: express-session-fixation
      scope.Username = data.data.Result.accessid;
      scope.Password = data.data.Result.secretkey;
    });
  }
  this.createLimitedUser = createLimitedUser;
});

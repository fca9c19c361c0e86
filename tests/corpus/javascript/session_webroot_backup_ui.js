// Static web UI served from the backup server's web root (AngularJS, plain script
// tags, no bundler). Everything here runs in the browser: the server authenticates
// every API call itself.
angular.module('backupApp').service('StorageDestinations', function ($http, DialogService, gettextCatalog) {
  function createLimitedUser(scope, path, callback) {
    $http.post('/api/v1/webmodule', {
      operation: 'create-limited-user',
      path: path,
      username: scope.Username,
      password: scope.Password
    }).then(function (data) {
      DialogService.dismissAll();
      // safe: session-fixation
      scope.Username = data.data.Result.accessid;
      scope.Password = data.data.Result.secretkey;
      callback(scope);
    }, function (err) {
      DialogService.alert(gettextCatalog.getString('Failed to create user: {{msg}}', { msg: err.statusText }));
    });
  }

  function rememberUiChoices(scope) {
    // the jQuery cookie plugin writes document.cookie; HttpOnly cannot be set from a script
    // safe: session-cookie-insecure
    $.cookie('session_view', scope.view, { expires: 365, path: '/' });
    // safe: session-cookie-insecure
    $.cookie('login_theme', scope.theme, { expires: 365 });
  }

  this.createLimitedUser = createLimitedUser;
  this.rememberUiChoices = rememberUiChoices;
});

angular.module('backupApp').controller('LoginController', function ($scope, $http, $window) {
  $scope.login = function () {
    $http.post('/api/v1/auth/login', { password: $scope.password }).then(function (resp) {
      // safe: session-fixation
      $scope.user = resp.data.user;
      $window.location.href = '/';
    });
  };
});

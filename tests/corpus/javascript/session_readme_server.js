var express = require('express');
var parseurl = require('parseurl');
var bcrypt = require('bcrypt');
var db = require('./db');

var app = express();

app.set('trust proxy', 1);

// expect: session-no-expiry
// expect: session-insecure-store
var sess = {
  // expect: session-weak-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
  cookie: {},
};

if (app.get('env') === 'production') {
  // safe: session-cookie-insecure
  sess.cookie.secure = true;
}

if (process.env.LOCAL_HTTP === '1') {
  // expect: session-cookie-insecure
  sess.cookie.secure = false;
}

app.use(require('express-session')(sess));

app.use(function (req, res, next) {
  if (!req.session.views) {
    req.session.views = {};
  }
  var pathname = parseurl(req).pathname;
  req.session.views[pathname] = (req.session.views[pathname] || 0) + 1;
  next();
});

app.post('/login', express.urlencoded({ extended: false }), function (req, res, next) {
  db.users.findByName(req.body.user, function (err, user) {
    if (err) return next(err);
    if (!user) return res.redirect('/login?fail=1');
    bcrypt.compare(req.body.pass, user.hash, function (cmpErr, ok) {
      if (cmpErr) return next(cmpErr);
      if (!ok) return res.redirect('/login?fail=1');
      req.session.regenerate(function (regenErr) {
        if (regenErr) return next(regenErr);
        // safe: session-fixation
        req.session.user = user.name;
        req.session.save(function (saveErr) {
          if (saveErr) return next(saveErr);
          res.redirect('/');
        });
      });
    });
  });
});

app.post('/login/quick', express.urlencoded({ extended: false }), async function (req, res) {
  var user = await db.users.findByNameAsync(req.body.user);
  if (!user || !(await bcrypt.compare(req.body.pass, user.hash))) throw new Error('invalid login');
  // expect: session-fixation
  Object.assign(req.session, { user: user.name, loginAt: Date.now() });
  res.redirect('/');
});

app.get('/foo', function (req, res) {
  res.send('you viewed this page ' + req.session.views['/foo'] + ' times');
});

app.listen(3000);

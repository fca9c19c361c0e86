var jwt = require('jwt-simple');
var moment = require('moment');
var config = require('./config');

function ensureAuthenticated(req, res, next) {
  var token = req.header('Authorization').split(' ')[1];
  var payload = null;
  try {
    // ruleid: jwt-simple-decode-without-algorithm
    payload = jwt.decode(token, config.TOKEN_SECRET);
  } catch (err) {
    return res.status(401).send({ message: err.message });
  }
  req.user = payload.sub;
  next();
}

function readPublic(token) {
  // ruleid: jwt-simple-decode-without-algorithm
  return jwt.decode(token, publicKeyPem, false);
}

function pinned(token) {
  // ok: jwt-simple-decode-without-algorithm
  return jwt.decode(token, config.TOKEN_SECRET, false, 'HS256');
}

function unverified(token) {
  // ok: jwt-simple-decode-without-algorithm
  return jwt.decode(token, config.TOKEN_SECRET, true);
}

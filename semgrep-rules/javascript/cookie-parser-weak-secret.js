const cookieParser = require('cookie-parser');
const app = require('express')();
// ruleid: cookie-parser-weak-secret
app.use(cookieParser('secret'));
// ruleid: cookie-parser-weak-secret
app.use(cookieParser(['s3cr3t', process.env.OLD]));
// ok: cookie-parser-weak-secret
app.use(cookieParser(process.env.COOKIE_SECRET));
// ok: cookie-parser-weak-secret
app.use(cookieParser());

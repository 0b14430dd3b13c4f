'use strict';

// Client-info endpoint for xapi-statements' AUTH_REPO=fetch: the LRS sends a GET carrying the
// request's own Authorization header; 200 + client record lets it through, 404 makes it answer 401.

const crypto = require('crypto');
const http = require('http');

const host = process.env.LRS_AUTH_HOST || '127.0.0.1';
const port = Number(process.env.LRS_AUTH_PORT || 8091);
const username = process.env.LRS_USERNAME || 'jembatan';
const password = process.env.LRS_PASSWORD || 'jembatan-secret';

const client = {
  _id: '5f0c0de0000000000000a001',
  title: 'jembatan',
  authority: {
    objectType: 'Agent',
    name: username,
    mbox: 'mailto:' + username + '@jembatan.invalid',
  },
  isTrusted: true,
  lrs_id: '5f0c0de0000000000000b001',
  organisation: '5f0c0de0000000000000c001',
  scopes: ['all'],
};

function digest(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest();
}

const expected = digest(username + ':' + password);

function matches(authorization) {
  const found = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization || '');
  if (!found) {
    return false;
  }
  const presented = Buffer.from(found[1], 'base64').toString('utf8');
  return crypto.timingSafeEqual(digest(presented), expected);
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

const server = http.createServer((req, res) => {
  req.resume();
  const ok = matches(req.headers.authorization);
  console.log(new Date().toISOString() + ' ' + req.method + ' ' + req.url + ' -> ' + (ok ? 200 : 404));
  if (ok) {
    send(res, 200, client);
  } else {
    send(res, 404, { message: 'No client matches these credentials' });
  }
});

server.listen(port, host, () => {
  console.log('auth server listening on http://' + host + ':' + port + ' for user ' + username);
});

const shutdown = () => server.close(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

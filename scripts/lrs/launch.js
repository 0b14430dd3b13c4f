'use strict';

// Starts xapi-statements (installed under LRS_HOME by scripts/peers.sh). It listens on every
// interface by default; the wrapped listen() binds it to loopback only.

const http = require('http');
const path = require('path');

const home = process.env.LRS_HOME || path.resolve(__dirname, '..', '..', '.peers', 'lrs');
const host = process.env.LRS_BIND_HOST || '127.0.0.1';

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  const first = args[0];
  const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (isPort && typeof args[1] !== 'string') {
    args.splice(1, 0, host);
  }
  return listen.apply(this, args);
};

require(require.resolve('xapi-statements/dist/index.js', { paths: [home] }));

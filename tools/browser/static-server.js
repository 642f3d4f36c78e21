// A tiny static HTTP server on 127.0.0.1 for the browser check: pages are
// loaded over HTTP as a reader gets them (the 404 page's root-relative links
// and the search script's fetch need a real origin, not file://).
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// The file under `base` a URL path names, or null if it names nothing there:
// `..`, encoded or not, never leaves the folder.
function fileFor(base, urlPath) {
  let name;
  try {
    name = decodeURIComponent(urlPath);
  } catch (e) {
    return null;
  }
  let file = path.resolve(base, '.' + path.posix.normalize('/' + name));
  if (name.endsWith('/')) file = path.join(file, 'index.html');
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch (e) {
    return null;
  }
}

function notFound(base, res) {
  const page = path.join(base, '404.html');
  res.writeHead(404, {'Content-Type': TYPES['.html']});
  res.end(fs.existsSync(page) ? fs.readFileSync(page) : 'Not found');
}

// Serves the files under `root` on an ephemeral port; resolves to the server.
function serve(root) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const file = fileFor(base, new URL(req.url, 'http://127.0.0.1').pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return notFound(base, res);
    res.writeHead(200, {'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream'});
    res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

module.exports = {serve};

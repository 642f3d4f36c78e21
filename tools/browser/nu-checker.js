// The W3C Nu checker (npm vnu-jar) over every page and stylesheet of a site
// in one Java run, started beside the browser so the two overlap.
'use strict';

const {spawn} = require('child_process');
const path = require('path');

// One line a message: "page.html:12.5: error: message", the path relative
// to the site so the lines read the same wherever the site was built.
function describe(site, message) {
  const file = message.url ? path.relative(site, new URL(message.url).pathname) : '(no file)';
  const where = message.lastLine ?
      ':' + message.lastLine + '.' + (message.firstColumn || message.lastColumn || 1) :
      '';
  return file + where + ': ' + message.type + ': ' + message.message;
}

// Resolves to the list of error lines (empty when the markup is valid);
// rejects when the checker cannot run or says something it cannot parse.
function checkMarkup(jar, site, files) {
  const args = ['-jar', jar, '--errors-only', '--format', 'json', '--also-check-css', ...files];
  return new Promise((resolve, reject) => {
    const java = spawn('java', args, {stdio: ['ignore', 'pipe', 'pipe']});
    const out = [];
    java.stdout.on('data', (chunk) => out.push(chunk));
    java.stderr.on('data', (chunk) => out.push(chunk));
    java.on('error', reject);
    java.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      const json = text.slice(text.indexOf('{'));
      try {
        resolve(JSON.parse(json).messages.map((m) => describe(site, m)));
      } catch (e) {
        reject(new Error('the Nu checker exited with ' + code + ' and said: ' + text.trim()));
      }
    });
  });
}

module.exports = {checkMarkup};

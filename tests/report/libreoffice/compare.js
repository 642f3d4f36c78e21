// Compares LibreOffice's recalculated values with the values otklik stored,
// sheet by sheet and cell by cell: numbers within 1e-9 (relative), text
// exactly. Exit 1 on any difference, or when there were no formulas at all.
'use strict';
const fs = require('fs');
const path = require('path');

function parse(text) {
  const rows = [];
  let row = [''];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { row[row.length - 1] += '"'; i++; }
      else if (c === '"') quoted = false;
      else row[row.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push('');
    else if (c === '\n') { rows.push(row); row = ['']; }
    else if (c !== '\r') row[row.length - 1] += c;
  }
  return rows;
}

// Percent cells export as "43.2432432432433%". libxlsxwriter stores numbers
// with 16 significant digits, one short of a round trip, so a stored share
// can sit one unit in the last place from the recalculated one.
function number(text) {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

function same(a, b) {
  if (a === b) return true;
  const x = number(a), y = number(b);
  if (a === '' || b === '' || Number.isNaN(x) || Number.isNaN(y)) return false;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

const [recalculated, stored, formulasDir] = process.argv.slice(2);
const sheets = fs.readdirSync(stored).filter((f) => f.endsWith('.csv')).sort();
let cells = 0, formulas = 0, differences = 0;
for (const sheet of sheets) {
  const a = parse(fs.readFileSync(path.join(recalculated, sheet), 'utf8'));
  const b = parse(fs.readFileSync(path.join(stored, sheet), 'utf8'));
  const f = parse(fs.readFileSync(path.join(formulasDir, sheet), 'utf8'));
  for (let r = 0; r < Math.max(a.length, b.length); r++) {
    const ra = a[r] || [], rb = b[r] || [], rf = f[r] || [];
    for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
      cells++;
      if ((rf[c] || '').startsWith('=')) formulas++;
      if (!same(ra[c] || '', rb[c] || '')) {
        differences++;
        if (differences <= 20)
          console.log(sheet + ' row ' + (r + 1) + ' column ' + (c + 1) + ': LibreOffice ' +
            JSON.stringify(ra[c]) + ', otklik ' + JSON.stringify(rb[c]) + ' (' + (rf[c] || '') + ')');
      }
    }
  }
}
console.log('libreoffice-recalc: ' + sheets.length + ' sheets, ' + cells + ' cells, ' + formulas +
  ' formulas, ' + differences + ' difference(s)');
process.exit(differences === 0 && formulas > 0 && sheets.length > 0 ? 0 : 1);

// The parse-only floor for `npm run bench:cli`: reads a file line by line, `JSON.parse`s each line
// and writes a small result per line. No validation, no grading: what any streaming JSON tool pays.
import { createReadStream } from 'node:fs';

const file = process.argv[2];
let carry = '';
let line = 0;
let out = '';
const flush = () => {
  if (out !== '') process.stdout.write(out);
  out = '';
};
const handle = (text) => {
  line += 1;
  if (text.trim() === '') return;
  const value = JSON.parse(text);
  out += `{"line":${line},"keys":${typeof value === 'object' && value !== null ? Object.keys(value).length : 0}}\n`;
};
for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
  const text = carry + chunk;
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    handle(text.slice(start, end));
    start = end + 1;
  }
  carry = text.slice(start);
  flush();
}
if (carry !== '') handle(carry);
flush();

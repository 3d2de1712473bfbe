/** The upper bound: a bare Node http server answering every POST with precomputed bytes (argv: port, JSON file of path → body). */
import { createServer } from 'http';
import { readFileSync } from 'fs';

const [port, file] = process.argv.slice(2);
const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v)]),
);
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = bodies.get(req.url ?? '') ?? Buffer.from('{}');
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));

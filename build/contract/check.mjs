// The contract conformance check (build/checks/contract.sh): Prism's validating proxy in front of a running API,
// a recorder in front of Prism, and every request of the README walkthrough and of walk.mjs sent through both.
// Prism compares each request and each response with docs/openapi.json and names what differs in the
// sl-violations header; the recorder keeps every exchange. The check fails on any response violation, on a
// request violation that walk.mjs does not declare as deliberately bad (or a declared one Prism did not see), on a
// step answered with another status than the walk expects, and on an operation of the document that no request
// reached with success.
//
// Environment: CONTRACT_API (the API's base URL, e.g. http://127.0.0.1:5080), CONTRACT_TMP (a scratch folder for
// Prism's log and the report). Node 20+.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Operations } from './operations.mjs';
import { walk, SUCCESS_OUT_OF_REACH } from './walk.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const documentPath = path.join(root, 'docs/openapi.json');
const api = required('CONTRACT_API');
const scratch = required('CONTRACT_TMP');
const started = Date.now();

/** The header walk.mjs names its step in; the recorder takes it off before the request goes on. */
export const STEP_HEADER = 'x-contract-step';
const README_STEP = 'README walkthrough';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`contract: ${name} is not set (build/checks/contract.sh sets it)`);
    process.exit(2);
  }
  return value;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startPrism() {
  const port = await freePort();
  const log = createWriteStream(path.join(scratch, 'prism.log'));
  const prism = spawn(
    process.execPath,
    [path.join(here, 'node_modules/@stoplight/prism-cli/dist/index.js'), 'proxy', documentPath, api,
      '--host', '127.0.0.1', '--port', String(port), '--errors', 'false', '--verboseLevel', 'warn'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  prism.stdout.pipe(log);
  prism.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (prism.exitCode !== null) throw new Error(`Prism exited (${prism.exitCode}) before it listened; see ${scratch}/prism.log`);
    try {
      await fetch(`${url}/health/live`);
      return { prism, url };
    } catch {
      if (Date.now() > deadline) throw new Error(`Prism did not listen within 120 s; see ${scratch}/prism.log`);
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }
}

/** Parses Prism's sl-violations header; a value it cut short ("Too many violations!") still counts as one. */
function violationsOf(header) {
  if (!header) return [];
  try {
    return JSON.parse(header);
  } catch {
    return [{ location: ['response'], severity: 'Error', code: 'truncated', message: `Prism cut its violations header short: ${header.slice(0, 200)}…` }];
  }
}

/** A plain HTTP proxy to Prism that keeps every exchange: method, path, step, status and Prism's violations. */
function startRecorder(prismUrl, exchanges) {
  const target = new URL(prismUrl);
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', chunk => chunks.push(chunk));
    request.on('end', () => {
      const headers = { ...request.headers };
      const step = headers[STEP_HEADER] ?? README_STEP;
      delete headers[STEP_HEADER];
      const forward = http.request(
        { host: target.hostname, port: target.port, method: request.method, path: request.url, headers },
        answer => {
          const body = [];
          answer.on('data', chunk => body.push(chunk));
          answer.on('end', () => {
            exchanges.push({
              step,
              method: request.method,
              url: request.url,
              status: answer.statusCode,
              violations: violationsOf(answer.headers['sl-violations']),
            });
            response.writeHead(answer.statusCode, answer.headers);
            response.end(Buffer.concat(body));
          });
        },
      );
      forward.on('error', error => {
        exchanges.push({ step, method: request.method, url: request.url, status: 0, violations: [], error: error.message });
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`contract recorder: ${error.message}`);
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

function runReadmeWalkthrough(recorderUrl) {
  return new Promise(resolve => {
    const child = spawn('bash', [path.join(root, 'build/walkthrough.sh')], {
      env: { ...process.env, API: `${recorderUrl}/api/v1` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', chunk => { output += chunk; });
    child.stderr.on('data', chunk => { output += chunk; });
    child.on('close', code => resolve({ code, output }));
  });
}

/** "Response body property items.3.method must be …" → "Response body property items.*.method must be …". */
const kindOf = violation => `${violation.code}: ${violation.message.replace(/\.\d+(?=[.\s]|$)/g, '.*').replace(/\b\d+(?=\.)/g, '*')}`;

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

async function main() {
  const operations = new Operations(JSON.parse(readFileSync(documentPath, 'utf8')));
  const exchanges = [];
  const { prism, url: prismUrl } = await startPrism();
  const { server, url: recorderUrl } = await startRecorder(prismUrl, exchanges);
  const failures = [];
  let walked;
  try {
    const alongside = process.env.CONTRACT_README === '0' ? undefined : () => runReadmeWalkthrough(recorderUrl);
    walked = await walk({ base: recorderUrl, operations, stepHeader: STEP_HEADER, alongside });
    const readme = walked.besides;
    if (readme && readme.code !== 0) failures.push(`the README walkthrough failed through the proxy (exit ${readme.code}):\n${readme.output.slice(-2000)}`);
  } catch (error) {
    failures.push(`the walk stopped: ${error.stack ?? error}`);
  } finally {
    server.close();
    prism.kill();
  }
  const steps = walked?.steps ?? new Map();
  failures.push(...(walked?.failures ?? []));

  // Each exchange, matched to its operation in the document.
  for (const exchange of exchanges) {
    exchange.operation = operations.match(exchange.method, exchange.url)?.name ?? null;
  }
  const responseViolations = exchanges.flatMap(exchange =>
    exchange.violations.filter(v => v.location?.[0] !== 'request').map(v => ({ exchange, ...v })));
  const requestViolations = exchanges.flatMap(exchange =>
    exchange.violations.filter(v => v.location?.[0] === 'request').map(v => ({ exchange, ...v })));

  for (const v of responseViolations) {
    failures.push(`response violation: ${v.exchange.method} ${v.exchange.url} → ${v.exchange.status} [${v.exchange.step}]: ${v.location.join('.')} ${v.message}`);
  }
  for (const exchange of exchanges) {
    const bad = steps.get(exchange.step)?.bad;
    const seen = exchange.violations.filter(v => v.location?.[0] === 'request');
    if (!bad && seen.length > 0) {
      failures.push(`request violation not declared bad: ${exchange.method} ${exchange.url} [${exchange.step}]: ${seen.map(v => v.message).join('; ')}`);
    }
    if (bad && seen.length === 0) {
      failures.push(`declared deliberately bad (${bad}) but Prism saw nothing wrong: ${exchange.method} ${exchange.url} [${exchange.step}]`);
    }
    if (!exchange.operation) {
      failures.push(`a request to a path the document does not describe: ${exchange.method} ${exchange.url} [${exchange.step}]`);
    }
    if (exchange.status >= 500 || exchange.status === 0) {
      failures.push(`a server error: ${exchange.method} ${exchange.url} → ${exchange.status} [${exchange.step}] ${exchange.error ?? ''}`);
    }
  }

  // Every operation of the document answered with success at least once.
  const succeeded = new Set(exchanges.filter(e => e.operation && e.status >= 200 && e.status < 300).map(e => e.operation));
  const requested = new Set(exchanges.filter(e => e.operation).map(e => e.operation));
  const never = operations.all.filter(op => !succeeded.has(op.name));
  for (const op of never) {
    const why = SUCCESS_OUT_OF_REACH.get(op.name);
    if (why && requested.has(op.name)) {
      console.log(`contract: ${op.name} is checked only on its refusals here: ${why}`);
    } else {
      failures.push(`an operation the walk never completed with success: ${op.name} (${op.operationId})`);
    }
  }

  const bad = exchanges.filter(e => steps.get(e.step)?.bad);
  const statuses = countBy(exchanges, e => e.status);
  const report = {
    requests: exchanges.length,
    readmeRequests: exchanges.filter(e => e.step === README_STEP).length,
    operations: operations.all.length,
    operationsSucceeded: succeeded.size,
    statuses: Object.fromEntries(statuses),
    responseViolations: responseViolations.length,
    responseViolationsByKind: Object.fromEntries(countBy(responseViolations, kindOf)),
    responseViolationsByOperation: Object.fromEntries(countBy(responseViolations, v => v.exchange.operation ?? `${v.exchange.method} ${v.exchange.url}`)),
    requestViolations: requestViolations.length,
    requestViolationsByKind: Object.fromEntries(countBy(requestViolations, kindOf)),
    deliberatelyBad: bad.map(e => ({ step: e.step, why: steps.get(e.step).bad, request: `${e.method} ${e.url}`, status: e.status, prism: e.violations.map(v => v.message) })),
    failures,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(path.join(scratch, 'contract-report.json'), JSON.stringify({ ...report, exchanges }, null, 2));

  console.log(`contract: ${report.requests} requests (${report.readmeRequests} from the README walkthrough) through Prism's validating proxy; answers: ${statuses.map(([s, n]) => `${s} × ${n}`).join(', ')}`);
  console.log(`contract: ${report.operationsSucceeded} of ${report.operations} operations answered with success`);
  console.log(`contract: ${report.responseViolations} response violations`);
  for (const [kind, count] of countBy(responseViolations, kindOf)) console.log(`  ${String(count).padStart(4)} × ${kind}`);
  console.log(`contract: ${report.requestViolations} request violations, from ${bad.length} deliberately bad requests:`);
  for (const [why, requests] of groupBy(bad, e => steps.get(e.step).bad)) {
    console.log(`  ${why} (${requests.length}):`);
    // One line for the anonymous pass over every operation; each of the others with what Prism said.
    if (requests.length > 20) {
      console.log(`    ${requests.map(e => `${e.method} ${operations.match(e.method, e.url)?.template ?? e.url}`).join(', ')}`);
      continue;
    }
    for (const e of requests) {
      const seen = e.violations.filter(v => v.location?.[0] === 'request').map(v => v.message).join('; ');
      console.log(`    ${e.method} ${e.url} → ${e.status} [${e.step}]: ${seen || 'nothing'}`);
    }
  }
  if (failures.length > 0) {
    console.log(`contract: FAILED, ${failures.length} problems (report: ${scratch}/contract-report.json):`);
    for (const failure of failures.slice(0, 80)) console.log(`  - ${failure}`);
    if (failures.length > 80) console.log(`  … and ${failures.length - 80} more`);
    process.exitCode = 1;
  } else {
    console.log(`contract: passed in ${report.seconds} s`);
  }
}

await main();

// Reference client for tests/bench/bench_engine.sh: the JavaScript examples of the call-mode
// documentation (async polling with fetch + redirect "follow", fire & forget, long polling with
// redirect "follow"), unchanged in logic, but N jobs launched at once and awaited with Promise.all.
//
//   TRIGGERDESK_TOKEN=... node reference-client.mjs URL MODE N [SLEEP_MS]
//
// Prints one JSON line per job ({"job", "state", "status", "fetches", "ms"}) and then one summary
// line ({"summary": true, "jobs", "ok", "failed", "requests", "fetchCalls", "spanMs"}).
// "requests" counts every HTTP request undici creates (a followed 303 is two requests), observed on
// the undici:request:create diagnostics channel; "fetchCalls" counts fetch() calls plus one per
// followed redirect as seen from response.redirected (a lower bound when a fetch follows several).
import dc from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';

const [url, mode, countText, sleepText] = process.argv.slice(2);
const count = Number(countText);
const SLEEP_DURATION = Number(sleepText ?? 1000);
const token = process.env.TRIGGERDESK_TOKEN ?? '';
if (!url || !['AsyncRequestReply', 'FireAndForget', 'LongPolling'].includes(mode) || !(count >= 1)) {
  console.error('usage: node reference-client.mjs URL AsyncRequestReply|FireAndForget|LongPolling N [SLEEP_MS]');
  process.exit(2);
}

let requests = 0;
dc.subscribe('undici:request:create', () => { requests++; });

const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));

const body = {
  'argument1': 123,
  'argument2': 'my string',
  '$callMode': mode,
};

// The seed's async polling example (up to 20 polls, SLEEP_DURATION apart, redirect "follow").
async function asyncPolling(job) {
  const invokeRequestOptions = {
    method: 'POST',
    headers: new Headers({ 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' }),
    body: JSON.stringify(body),
  };
  const redirectRequestOptions = {
    method: 'GET',
    credentials: 'same-origin',
    headers: new Headers({ Authorization: `Bearer ${token}` }),
    redirect: 'follow',
  };
  const response = await fetch(url, invokeRequestOptions);
  job.fetches++;
  await response.arrayBuffer();
  // A browser resolves a relative Location against the page; Node needs the base spelled out.
  const location = response.headers.get('Location');
  const newLocation = location ? new URL(location, url).href : null;
  if (response.status !== 202 || !newLocation) {
    job.status = response.status;
    return 'Failed';
  }
  for (let i = 0; i < 20; i++) {
    await sleep(SLEEP_DURATION);
    const statusResponse = await fetch(newLocation, redirectRequestOptions);
    job.fetches += statusResponse.redirected ? 2 : 1;
    job.status = statusResponse.status;
    if (statusResponse.status != 200 || statusResponse.redirected) {
      const output = await statusResponse.json();
      job.output = output;
      return statusResponse.status === 200 ? 'Successful' : 'Failed';
    }
    await statusResponse.arrayBuffer();
  }
  return 'TimedOut';
}

// The seed's fire & forget example.
async function fireAndForget(job) {
  const options = {
    method: 'POST',
    headers: new Headers({ 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' }),
    body: JSON.stringify(body),
  };
  const response = await fetch(url, options);
  job.fetches++;
  job.status = response.status;
  await response.arrayBuffer();
  return response.status === 200 ? 'Started' : 'Failed';
}

// The seed's long polling example (fetch follows the 303 loop itself, up to 20 redirects).
async function longPolling(job) {
  const options = {
    method: 'POST',
    headers: new Headers({ 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' }),
    body: JSON.stringify(body),
    redirect: 'follow',
  };
  const response = await fetch(url, options);
  job.fetches += response.redirected ? 2 : 1;
  job.status = response.status;
  const output = await response.json();
  job.output = output;
  return response.status === 200 ? 'Successful' : 'Failed';
}

const run = { AsyncRequestReply: asyncPolling, FireAndForget: fireAndForget, LongPolling: longPolling }[mode];

const t0 = performance.now();
const jobs = await Promise.all(Array.from({ length: count }, async (_, index) => {
  const job = { job: index, state: 'Unknown', status: 0, fetches: 0, ms: 0 };
  const started = performance.now();
  try {
    job.state = await run(job);
  } catch (error) {
    job.state = 'Failed';
    job.error = String(error?.cause?.code ?? error?.message ?? error);
  }
  job.ms = Math.round(performance.now() - started);
  job.endAt = performance.now();
  // The simulator's --stamp-results: when the job finished, to time how late it is reported.
  if (job.output && job.output._simEndedAtMs)
    job.delayMs = Date.now() - job.output._simEndedAtMs;
  return job;
}));
const lastResult = Math.max(...jobs.map(job => job.endAt));

const lines = [];
const delays = jobs.filter(job => job.delayMs !== undefined).map(job => job.delayMs).sort((a, b) => a - b);
const quantile = q => delays.length ? delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] : '-';
let ok = 0;
let fetchCalls = 0;
for (const job of jobs) {
  const expected = mode === 'FireAndForget' ? 'Started' : 'Successful';
  if (job.state === expected) ok++;
  fetchCalls += job.fetches;
  delete job.endAt;
  delete job.output;
  lines.push(JSON.stringify(job));
}
lines.push(JSON.stringify({
  summary: true, mode, jobs: count, ok, failed: count - ok, requests, fetchCalls,
  spanMs: Math.round(lastResult - t0),
  delayP50Ms: quantile(0.5), delayP99Ms: quantile(0.99),
}));
process.stdout.write(lines.join('\n') + '\n');

// The operators' run page: reads VAS's runs, results and comparison APIs with the operator's token and draws them.
// Everything shown is set with textContent or SVG attributes, never parsed as HTML: run failures, progress notes and
// ids come from the service and must not run as markup.
'use strict';

const TOKEN_HEADER = 'X-VAS-Operator-Token';
const TOKEN_KEY = 'vas.operatorToken';
const API = '/vas/v1/runs';
const IN_PROGRESS = ['REQUESTED', 'GATHERING', 'CALCULATING'];
const MAX_CHANGES_SHOWN = 200;
const SVG = 'http://www.w3.org/2000/svg';

const page = { date: null, runId: null, runs: [], factors: [], refresh: null };

/** An answer of 401 or 403: the token is missing, wrong or lacks the role. */
class AccessRefused extends Error {
  constructor(status) {
    super(status === 403
      ? 'The operator token was refused (HTTP 403): it does not allow reading runs. Enter another token.'
      : 'The operator token was refused (HTTP 401): it is missing or wrong. Enter a valid token.');
  }
}

function $(id) {
  return document.getElementById(id);
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function row(cells) {
  const tr = document.createElement('tr');
  for (const cell of cells) tr.append(cell instanceof Node ? cell : el('td', cell));
  return tr;
}

function numberCell(value, decimals) {
  return el('td', value === null || value === undefined ? '' : Number(value).toFixed(decimals), 'number');
}

function signed(value) {
  const text = Number(value).toFixed(3);
  return Number(value) > 0 ? '+' + text : text;
}

function showMessage(text, kind) {
  const message = $('message');
  message.textContent = text;
  message.className = kind || '';
  message.hidden = !text;
}

// The token arrives in the fragment (#token=...), which browsers never send to a server, or from the form; it is kept
// in sessionStorage and taken out of the address so it is not left in history or bookmarks.
function readFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    params.delete('token');
  }
  page.date = params.get('date') || new Date().toISOString().slice(0, 10);
  page.runId = params.get('run');
  writeFragment();
}

function writeFragment() {
  const params = new URLSearchParams();
  params.set('date', page.date);
  if (page.runId) params.set('run', page.runId);
  history.replaceState(null, '', '#' + params.toString());
}

async function getJson(path) {
  const token = sessionStorage.getItem(TOKEN_KEY) || '';
  const response = await fetch(path, { headers: { [TOKEN_HEADER]: token, Accept: 'application/json' },
    cache: 'no-store', credentials: 'omit' });
  if (response.status === 401 || response.status === 403) throw new AccessRefused(response.status);
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).error || '';
    } catch (ignored) {
      // not JSON: the status says enough
    }
    throw new Error(`GET ${path} answered HTTP ${response.status}${detail ? ': ' + detail : ''}`);
  }
  return response.json();
}

function runName(run) {
  return `${run.runType} #${run.runNumber}`;
}

/** Timeline order: when requested (instants compared as times, not strings), then number. */
function byRequest(a, b) {
  return (Date.parse(a.requestedAt) - Date.parse(b.requestedAt)) || (a.runNumber - b.runNumber);
}

/** The run this one follows: the latest published run of the date requested before it. */
function predecessor(run) {
  const earlier = page.runs.filter(r => r.id !== run.id && r.state === 'PUBLISHED' && byRequest(r, run) < 0);
  return earlier.length ? earlier[earlier.length - 1] : null;
}

async function loadRuns() {
  const runs = await getJson(`${API}?settlementDate=${encodeURIComponent(page.date)}`);
  runs.sort(byRequest);
  page.runs = runs;
  if (!runs.some(r => r.id === page.runId)) {
    const published = runs.filter(r => r.state === 'PUBLISHED');
    page.runId = published.length ? published[published.length - 1].id : null;
    writeFragment();
  }
  drawRuns();
  // runs still being worked are read again until they settle
  clearTimeout(page.refresh);
  if (runs.some(r => IN_PROGRESS.includes(r.state))) page.refresh = setTimeout(() => guarded(loadRuns), 5000);
}

function drawRuns() {
  const body = $('runs-table').tBodies[0];
  body.replaceChildren();
  for (const run of page.runs) {
    const select = el('button', 'Show');
    select.type = 'button';
    select.disabled = run.state !== 'PUBLISHED';
    select.addEventListener('click', () => {
      page.runId = run.id;
      writeFragment();
      guarded(loadDetail);
    });
    const action = el('td');
    action.append(select);
    const tr = row([el('td', runName(run), 'run-name'), el('td', run.state, 'state state-' + run.state),
      el('td', run.progress, 'progress'), el('td', run.attempts, 'number'), el('td', run.requestedAt),
      el('td', run.finishedAt), el('td', run.failure, 'failure'), action]);
    tr.dataset.runId = run.id;
    tr.dataset.state = run.state;
    if (run.id === page.runId) tr.classList.add('selected');
    body.append(tr);
  }
  $('runs').hidden = false;
  $('runs-empty').hidden = page.runs.length > 0;
}

async function loadDetail() {
  const run = page.runs.find(r => r.id === page.runId);
  for (const tr of $('runs-table').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.runId === page.runId);
  if (!run) {
    $('run-detail').hidden = true;
    return;
  }
  $('run-title').textContent = `${runName(run)} of ${run.settlementDate}: ${run.state}`;
  page.factors = await getJson(`${API}/${encodeURIComponent(run.id)}/correction-factors`);
  const periods = $('period');
  periods.replaceChildren(...Array.from({ length: run.periods }, (_, i) => el('option', i + 1)));
  drawFactors(1);
  await loadComparison(run);
  $('run-detail').hidden = false;
}

function drawFactors(period) {
  $('period').value = String(period);
  const factors = page.factors.filter(f => f.period === period);
  const body = $('cf-table').tBodies[0];
  body.replaceChildren(...factors.map(f => {
    const tr = row([el('td', f.gspGroup), numberCell(f.gspGroupTake, 3), numberCell(f.uncorrected, 3),
      numberCell(f.weighted, 3), numberCell(f.factor, 10), el('td', f.exception)]);
    tr.dataset.gspGroup = f.gspGroup;
    return tr;
  }));
  drawChart(factors);
}

// One bar per GSP group from a baseline at CF = 1, its height proportional to |CF − 1|, the largest filling half the
// chart; a group without a factor (no correctable volume) gets a label and no bar.
function drawChart(factors) {
  const chart = $('cf-chart');
  const slot = 48;
  const half = 100;
  const top = 10;
  const baseline = top + half;
  const width = Math.max(factors.length, 1) * slot + 20;
  chart.setAttribute('width', width);
  chart.setAttribute('height', baseline + half + 30);
  chart.setAttribute('viewBox', `0 0 ${width} ${baseline + half + 30}`);
  chart.replaceChildren();
  const deviations = factors.filter(f => f.factor !== null).map(f => Math.abs(Number(f.factor) - 1));
  const largest = deviations.length ? Math.max(...deviations) : 0;
  $('chart-scale').textContent = `largest |CF − 1| ${largest.toFixed(10)}`;
  factors.forEach((f, i) => {
    const x = 10 + i * slot;
    chart.append(svg('text', { x: x + slot / 2, y: baseline + half + 20, 'text-anchor': 'middle' }, f.gspGroup));
    if (f.factor === null) {
      chart.append(svg('text', { x: x + slot / 2, y: baseline - 4, 'text-anchor': 'middle', class: 'no-factor' },
        'n/a'));
      return;
    }
    const deviation = Number(f.factor) - 1;
    const height = largest === 0 ? 0 : half * Math.abs(deviation) / largest;
    const bar = svg('rect', { x: x + 8, y: deviation >= 0 ? baseline - height : baseline, width: slot - 16,
      height: height.toFixed(3), class: 'cf-bar ' + (deviation >= 0 ? 'up' : 'down'), 'data-gsp-group': f.gspGroup,
      'data-factor': Number(f.factor).toFixed(10) });
    bar.append(svg('title', {}, `${f.gspGroup} CF ${Number(f.factor).toFixed(10)}`));
    chart.append(bar);
  });
  chart.append(svg('line', { x1: 0, y1: baseline, x2: width, y2: baseline, class: 'baseline' }));
  chart.dataset.baseline = String(baseline);
}

async function loadComparison(run) {
  const before = predecessor(run);
  $('compare-title').textContent = before ? `Compared with ${runName(before)}` : 'Compared with';
  $('compare-none').hidden = !!before;
  $('compare').hidden = !before;
  if (!before) return;
  const comparison = await getJson(`${API}/${encodeURIComponent(run.id)}/compare?with=${encodeURIComponent(before.id)}`);
  $('compare').dataset.withRunId = before.id;
  const totals = comparison.totals;
  $('compare-totals').tBodies[0].replaceChildren(row([el('td', 'Run total'), numberCell(totals.before, 3),
    numberCell(totals.after, 3), el('td', signed(totals.difference), 'number')]));
  $('weight-changes').replaceChildren(...comparison.weights.map(w => el('li',
    `class ${w.cccId}: scaling weight ${w.before ?? 'none'} → ${w.after ?? 'none'}`)));
  const shown = comparison.changes.slice(0, MAX_CHANGES_SHOWN);
  $('compare-table').tBodies[0].replaceChildren(...shown.map(c => row([el('td', c.gspGroup), el('td', c.supplierMpid),
    el('td', c.bmUnitId), el('td', c.period, 'number'), numberCell(c.volume.before, 3), numberCell(c.volume.after, 3),
    el('td', signed(c.volume.difference), 'number'),
    el('td', c.classes.map(k => `${k.cccId}: ${signed(k.kwh.difference)}`).join(', ')),
    el('td', c.gspGroupTake ? signed(c.gspGroupTake.difference) : '', 'number')])));
  const more = comparison.changes.length - shown.length;
  $('compare-more').hidden = more <= 0;
  $('compare-more').textContent = more > 0
    ? `${more} more changed BM unit periods not shown: GET ${API}/${run.id}/compare.csv?with=${before.id}` : '';
}

/** Runs a step, showing what went wrong in the message line; a refused token asks for another. */
async function guarded(step) {
  try {
    await step();
    showMessage('');
    document.body.dataset.state = 'ready';
  } catch (e) {
    document.body.dataset.state = 'error';
    showMessage(e.message);
    if (e instanceof AccessRefused) {
      sessionStorage.removeItem(TOKEN_KEY);
      $('runs').hidden = true;
      $('run-detail').hidden = true;
      $('token-form').hidden = false;
    }
  }
}

async function start() {
  if (!sessionStorage.getItem(TOKEN_KEY)) {
    $('token-form').hidden = false;
    document.body.dataset.state = 'token-needed';
    showMessage('Enter a VAS token (read-only VAS_READ_TOKEN or operator VAS_OPERATOR_TOKEN) to read runs, or open '
      + 'this page with #token=… in the address.', 'info');
    return;
  }
  $('token-form').hidden = true;
  await guarded(async () => {
    await loadRuns();
    await loadDetail();
  });
}

document.addEventListener('DOMContentLoaded', () => {
  readFragment();
  $('settlement-date').value = page.date;
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value);
    $('token').value = '';
    start();
  });
  $('date-form').addEventListener('submit', event => {
    event.preventDefault();
    page.date = $('settlement-date').value;
    page.runId = null;
    writeFragment();
    start();
  });
  $('period').addEventListener('change', () => drawFactors(Number($('period').value)));
  start();
});

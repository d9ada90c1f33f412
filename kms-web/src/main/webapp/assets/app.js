// A first agent screen: log in, then search as you type. The full workspace follows the API.
const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw Object.assign(new Error(body?.detail ?? response.statusText), { status: response.status });
  return body;
}

function showSearch(session) {
  $('login').hidden = true;
  $('search').hidden = false;
  $('who').textContent = `Ingelogd als ${session.username}`;
  $('q').focus();
}

async function start() {
  try {
    showSearch(await api('/api/session'));
  } catch {
    $('login').hidden = false;
    $('username').focus();
  }
}

$('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const credentials = btoa(`${$('username').value}:${$('password').value}`);
  try {
    showSearch(await api('/api/session', { method: 'POST', headers: { Authorization: `Basic ${credentials}` } }));
  } catch (e) {
    $('login-error').textContent = e.status === 401 ? 'Onbekende gebruiker of onjuist wachtwoord.' : e.message;
  }
});

let timer;
$('q').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(search, 150);
});

async function search() {
  const q = $('q').value.trim();
  if (!q) { $('results').replaceChildren(); $('status').textContent = ''; return; }
  try {
    const result = await api(`/api/search?typing=true&q=${encodeURIComponent(q)}`);
    $('status').textContent = `${result.total} resultaten`;
    $('results').replaceChildren(...result.hits.map(renderHit));
  } catch (e) {
    $('status').textContent = e.message;
  }
}

function renderHit(hit) {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  h3.textContent = hit.title;
  const dept = document.createElement('p');
  dept.className = 'department';
  dept.textContent = hit.department;
  const answer = document.createElement('p');
  answer.textContent = hit.shortAnswer;
  li.append(h3, dept, answer);
  return li;
}

start();

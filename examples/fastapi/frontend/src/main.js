const app = document.querySelector('#app');
fetch('/api/items/1')
  .then((r) => r.json())
  .then((item) => (app.textContent = `Hello from ${item.name}`))
  .catch(() => (app.textContent = 'API unreachable'));

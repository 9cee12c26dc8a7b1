// Corroborate's only script (the CSP allows nothing else). Pages work without it; it adds the
// matrix filter and keeps the upload form from being sent twice.

for (const filter of document.querySelectorAll('.matrix-filter')) {
  filter.hidden = false;
  const table = filter.nextElementSibling?.querySelector('table.matrix');
  filter.addEventListener('change', () => {
    const shown = new Set(
      [...filter.querySelectorAll('input[data-filter]')]
        .filter((box) => box.checked)
        .map((box) => box.dataset.filter),
    );
    for (const row of table?.querySelectorAll('tbody tr') ?? []) row.hidden = !shown.has(row.dataset.status);
  });
}

for (const form of document.querySelectorAll('form.upload')) {
  form.addEventListener('submit', () => {
    const button = form.querySelector('button[type="submit"]');
    if (button) {
      button.disabled = true;
      button.textContent = 'Reading and analysing…';
    }
  });
}

// A link to #focus from another page lands on the highlight; make it visible even in long articles.
const focus = document.getElementById('focus');
if (focus && location.hash === '#focus') focus.scrollIntoView({ block: 'center' });

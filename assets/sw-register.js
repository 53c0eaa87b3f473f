// Registers the service worker that keeps the explorer working offline, and offers a reload
// when a newer build has been installed. A new build never takes over a page on its own: it
// waits until the reader accepts, so one page never mixes files of two builds.
// (A file of its own, not an inline script, so the Content-Security-Policy needs no hash.)
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  let accepted = false;
  const offer = (worker) => {
    if (document.getElementById('update')) return;
    const bar = document.createElement('div');
    bar.id = 'update';
    bar.className = 'update';
    bar.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'A new version of the explorer is available. ';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload to update';
    button.addEventListener('click', () => {
      accepted = true;
      button.disabled = true;
      worker.postMessage('skip-waiting');
    });
    bar.append(text, button);
    document.body.prepend(bar);
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  navigator.serviceWorker
    .register('./sw.js')
    .then((reg) => {
      const watch = (w) => w && w.addEventListener('statechange', () => {
        if (w.state === 'installed' && navigator.serviceWorker.controller) offer(w);
      });
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
      // A page left open for days still learns of new builds.
      setInterval(() => reg.update().catch(() => {}), 3600 * 1000);
    })
    .catch(() => {});
}

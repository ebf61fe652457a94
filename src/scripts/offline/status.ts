/**
 * Registers the service worker (sw.js, made by the build) with the base path as its scope, and
 * keeps the offline copy notice true: when the copy was last updated, whether the reader is
 * offline, and when a newer version has arrived. Runs only in a built site, only where the
 * browser supports service workers. Never stores or sends anything of the reader's. Enhances the
 * element carrying `data-offline-status` (src/components/OfflineStatus.astro), on every page.
 */
import { describeOfflineState, hasConnection, NETWORK_HEADER, type OfflineState } from '../../lib/offline/status.ts';
import { withBasePath } from '../base-path.ts';
import { enhance } from '../enhance.ts';

interface OfflineCopyInfo {
  builtAt: string;
  /** Whether the reader has a connection, by the worker's check as well as the browser's word. */
  online: boolean;
}

/**
 * When the saved copy was built: offline-copy.json, answered from the saved copy itself, with
 * the worker's word on whether the network answered as well (src/service-worker/sw.js).
 */
async function readCopyInfo(): Promise<OfflineCopyInfo | undefined> {
  try {
    const response = await fetch(withBasePath('/offline-copy.json'));
    if (!response.ok) return undefined;
    const { builtAt } = (await response.json()) as { builtAt: string };
    return { builtAt, online: hasConnection(navigator.onLine, response.headers.get(NETWORK_HEADER)) };
  } catch {
    return undefined;
  }
}

/** The browser's Save-Data setting (Chromium: navigator.connection.saveData; others have none). */
function wantsToSaveData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

enhance('data-offline-status', startOfflineCopy);

function startOfflineCopy(box: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  if (import.meta.env.DEV) {
    // A worker left by `npm run preview` on the same address would answer `npm run dev` with the
    // saved build: remove it, so the dev server always shows the files being edited.
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()));
    return;
  }
  const text = box.querySelector<HTMLElement>('[data-offline-status-text]');
  const button = box.querySelector<HTMLButtonElement>('[data-offline-status-button]');
  if (!text || !button) return;

  const workers = navigator.serviceWorker;
  // A page that was already controlled when it loaded gets a new controller only from a new version.
  const hadController = Boolean(workers.controller);
  let registration: ServiceWorkerRegistration | undefined;
  let state: OfflineState | undefined;

  const render = (next: OfflineState) => {
    state = next;
    const notice = describeOfflineState(next);
    text.textContent = notice.text;
    box.classList.toggle('offline-status--offline', notice.tone === 'offline');
    box.classList.toggle('offline-status--update', notice.tone === 'update');
    button.hidden = !notice.action;
    button.disabled = false;
    if (notice.action) {
      button.textContent = notice.action.label;
      button.dataset.does = notice.action.does;
    }
    box.hidden = false;
    // Announce changes, not the notice every page shows on load: a live region announces only
    // what changes after it exists.
    if (!text.hasAttribute('role')) requestAnimationFrame(() => text.setAttribute('role', 'status'));
  };

  const showSaved = async () => {
    const info = await readCopyInfo();
    if (info) render({ kind: 'saved', builtAt: info.builtAt, online: info.online });
  };

  const checkForUpdate = async () => {
    if (!registration) return;
    render({ kind: 'checking' });
    button.hidden = true;
    try {
      await registration.update();
    } catch {
      render({ kind: 'check-failed' });
      return;
    }
    const incoming = registration.installing ?? registration.waiting;
    if (!incoming) {
      const info = await readCopyInfo();
      render(info ? { kind: 'up-to-date', builtAt: info.builtAt } : { kind: 'check-failed' });
      return;
    }
    render({ kind: 'downloading' });
    // The new version takes over by itself once saved (controllerchange below); if it fails to
    // save, the reader keeps the copy they have.
    incoming.addEventListener('statechange', () => {
      if (incoming.state === 'redundant' && state?.kind === 'downloading') render({ kind: 'check-failed' });
    });
  };

  button.addEventListener('click', () => {
    if (button.dataset.does === 'refresh') window.location.reload();
    else if (button.dataset.does === 'save') {
      render({ kind: 'saving' });
      void register();
    } else void checkForUpdate();
  });

  workers.addEventListener('controllerchange', () => {
    if (hadController) render({ kind: 'updated' });
    else void showSaved(); // The first visit: the site has just been saved.
  });

  const onConnectionChange = () => {
    if (state?.kind === 'saved' || state?.kind === 'up-to-date' || state?.kind === 'check-failed') void showSaved();
  };
  window.addEventListener('online', onConnectionChange);
  window.addEventListener('offline', onConnectionChange);

  const register = async () => {
    try {
      registration = await workers.register(withBasePath('/sw.js'), { scope: withBasePath('/') });
    } catch {
      return; // Offline use is an extra: the site works as before without it.
    }
    if (workers.controller) await showSaved();
  };
  // A reader who asked to save data is asked before the download; one who already saved the
  // site keeps it (and its updates). Everyone else: after the page has loaded, so saving the
  // site never slows the first page a reader sees.
  const start = () => {
    if (!hadController && wantsToSaveData()) void offerToSave();
    else void register();
  };
  const offerToSave = async () => {
    // Not controlled yet, so this comes from the network: a small file saying what saving costs.
    const bytes = await fetch(withBasePath('/offline-copy.json'), { cache: 'no-store' })
      .then(async (response) => (response.ok ? ((await response.json()) as { bytes?: number }).bytes : undefined))
      .catch(() => undefined);
    render({ kind: 'not-saved', bytes });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

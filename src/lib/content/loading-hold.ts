/**
 * Lets the content gate (src/integrations/content-gate.ts) hold Astro's content loaders until it
 * knows whether they can load the content. The gate reads and judges the content on another
 * thread while Astro starts; when a file would make a loader fail with Astro's own message (an
 * entry, not a file and line), the gate's message must come first, so every loader in
 * src/content.config.ts waits for the gate's word and fails with the gate's error instead.
 * Outside a build (the dev server, `astro check`, `astro sync`) nothing is held.
 *
 * The gate and the content configuration run in one process but load this module separately (the
 * configuration through Vite), so the hold hangs on a global symbol.
 */
import type { Loader } from 'astro/loaders';

const HOLD = Symbol.for('llr.contentLoadingHold');
type Holder = { [HOLD]?: Promise<void> };

/** Holds every gated loader until `until` settles; a rejection is each loader's failure. */
export function holdContentLoading(until: Promise<void>): void {
  // Held by the promise until a loader awaits it, never thrown unhandled.
  until.catch(() => undefined);
  (globalThis as Holder)[HOLD] = until;
}

/** `loader`, waiting for the content gate's word (if one is held) before it loads anything. */
export function gated(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await (globalThis as Holder)[HOLD];
      return loader.load(context);
    },
  };
}

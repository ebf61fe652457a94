/**
 * Astro's content sync starts a Vite server inside every build, and that server pre-bundles the
 * browser dependencies Astro lists for its dev toolbar and error overlay (aria-query,
 * axobject-query and others, withastro/astro#18449). A build never serves them, so in a build the
 * list is emptied and Vite skips the work; the pages built are the same (docs/performance.md).
 * The dev server keeps its list.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Empties every environment's list of dependencies to pre-bundle, after Astro has filled it. */
export const noPrebundling: Plugin = {
  name: 'llr:no-prebundling-in-builds',
  enforce: 'post',
  configEnvironment(_name, options) {
    if (options.optimizeDeps?.include) options.optimizeDeps.include = [];
  },
};

export default function noToolbarPrebundling(): AstroIntegration {
  return {
    name: 'llr:no-toolbar-prebundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [noPrebundling] } });
      },
    },
  };
}

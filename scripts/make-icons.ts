/**
 * Makes the PNG app icons in public/icons/ from the SVG sources beside them. The PNGs are
 * committed (a build needs no image tools); run this after changing an SVG:
 *   node scripts/make-icons.ts
 * Uses sharp, which Astro installs for its image service.
 */
import { resolve } from 'node:path';
import sharp from 'sharp';

const icons = resolve(import.meta.dirname, '../public/icons');
const outputs: [source: string, size: number, output: string][] = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  // Maskable: the shield sits inside the central safe zone, so launchers may crop it to any shape.
  ['icon-maskable.svg', 512, 'icon-maskable-512.png'],
  ['icon-maskable.svg', 180, 'apple-touch-icon.png'],
];
for (const [source, size, output] of outputs) {
  await sharp(resolve(icons, source), { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toFile(resolve(icons, output));
  console.log(`public/icons/${output}: ${size}x${size}`);
}

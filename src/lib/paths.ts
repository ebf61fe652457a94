/**
 * File paths as the site and its messages write them: relative, with forward slashes on every
 * system, so `content/procedures/neglect.mdx` reads the same in a checker message, a git command
 * and a page address whether the machine is Linux or Windows.
 */
import { relative, sep } from 'node:path';

/** A path written with forward slashes. */
export const toPosix = (path: string): string => path.split(sep).join('/');

/** The path from `from` to `to`, with forward slashes. */
export const relativePosix = (from: string, to: string): string => toPosix(relative(from, to));

/** The same five document collections as the site, with a permissive schema: a title, anything else. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';

const content = process.env.CONTENT_DIR ?? 'content';
const documents = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '*.mdx', base: `${content}/${folder}` }), schema: z.looseObject({ title: z.string() }) });

export const collections = {
  procedures: documents('procedures'),
  briefings: documents('briefings'),
  thresholds: documents('thresholds'),
  arrangements: documents('arrangements'),
  reports: documents('reports'),
};

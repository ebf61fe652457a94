/**
 * /data/thresholds.json: the threshold levels and indicators as open data (src/lib/open-data/),
 * with its JSON Schema at /data/thresholds.schema.json.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { url } from '../../data.ts';
import { OPEN_DATA, thresholdsFile } from '../../lib/open-data/records.ts';
import { addressOf } from '../../lib/site/address.ts';

export const GET: APIRoute = async ({ site }) => {
  const [levels, indicators] = await Promise.all([getCollection('thresholdLevels'), getCollection('thresholdIndicators')]);
  const file = thresholdsFile(levels, indicators, addressOf(url(OPEN_DATA.thresholds.schemaPath), site));
  return new Response(`${JSON.stringify(file, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

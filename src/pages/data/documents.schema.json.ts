/** /data/documents.schema.json: the JSON Schema of /data/documents.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { url } from '../../data.ts';
import { jsonSchemaOf } from '../../lib/open-data/json-schema.ts';
import { OPEN_DATA } from '../../lib/open-data/records.ts';
import { addressOf } from '../../lib/site/address.ts';

const { schema, schemaPath, title, about } = OPEN_DATA.documents;

export const GET: APIRoute = ({ site }) => {
  const jsonSchema = jsonSchemaOf(schema, { id: site ? addressOf(url(schemaPath), site) : undefined, title, description: about });
  return new Response(`${JSON.stringify(jsonSchema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};

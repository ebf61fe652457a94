/**
 * JSON Schemas for the open data files, generated from the zod schemas that shape them, so the
 * published contract cannot drift from the code that writes the files.
 *
 * `io: 'output'` because the files hold parsed values: defaults filled in (so those fields are
 * required), dates as "YYYY-MM-DD" strings. Cross-field rules written as zod refinements (such
 * as "nextReviewDue is after lastReviewed") have no JSON Schema form and are left out; the
 * build test checks the files against the zod schemas themselves, which do apply them.
 */
import { z } from 'zod';

/** What a value the schema cannot describe (a transform with no stated result) says instead. */
export const UNDESCRIBED = 'Not described by this schema: any JSON value.';

/** The JSON Schema of a "YYYY-MM-DD" date, for values a transform turns into such a date. */
export const DATE_JSON_SCHEMA = (({ $schema: _, ...date }) => date)(z.toJSONSchema(z.iso.date()));

export interface SchemaHeading {
  /** The schema's own address, when the site's public address is known (`$id` must be a full URI). */
  id?: string;
  title: string;
  description: string;
}

export type JsonSchema = Record<string, unknown>;

/**
 * The draft 2020-12 JSON Schema of what `schema` produces. A part zod cannot express (a
 * transform or custom check with no `.meta()` saying what it yields) becomes "any value" with a
 * description saying so, rather than failing the build; undescribedPaths finds such parts.
 */
export function jsonSchemaOf(schema: z.ZodType, heading: SchemaHeading): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      if (Object.keys(jsonSchema).length === 0) jsonSchema.description = UNDESCRIBED;
    },
  }) as JsonSchema;
  const { $schema, ...body } = generated;
  return { $schema, ...(heading.id ? { $id: heading.id } : {}), title: heading.title, description: heading.description, ...body };
}

/** The JSON pointers of every part of a generated schema that fell back to "any value". */
export function undescribedPaths(schema: unknown, pointer = ''): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const here = !Array.isArray(schema) && (schema as JsonSchema).description === UNDESCRIBED ? [pointer || '/'] : [];
  const below = Object.entries(schema).flatMap(([key, value]) => undescribedPaths(value, `${pointer}/${key}`));
  return [...here, ...below];
}

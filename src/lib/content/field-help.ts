/**
 * What each field means, written for editors and kept on the field's schema in schema.ts, so the
 * explanation and the rule cannot drift apart. CONTRIBUTING.md's field tables are generated from
 * it (`npm run docs:fields`), and anything else that explains fields to editors reads it through
 * `fieldDescriptions`.
 *
 * The explanations are in a registry of their own rather than zod's global one (`.meta()`,
 * `.describe()`): the open data JSON Schemas (src/lib/open-data/) are generated from the same
 * field schemas with zod's global metadata, and describe the fields for programmers, in their
 * own words. A registry entry belongs to one schema object, so `described` registers a copy:
 * several fields share one schema (`idSchema`, `isoDateSchema`), each with its own explanation,
 * and it must be the last step, outside `.optional()` and `.default()`, whose wrappers are new
 * objects that the registry knows nothing about.
 */
import { z } from 'zod';

export interface FieldHelp {
  /** What the field means and how to write it, in the guide's words (Markdown: `code` in backticks). */
  description: string;
}

export const fieldHelp = z.registry<FieldHelp>();

/** A copy of `schema` that carries `description` for editors; parses exactly as `schema` does. */
export function described<T extends z.ZodType>(schema: T, description: string): T {
  const copy = schema.clone();
  fieldHelp.add(copy as z.ZodType, { description });
  return copy;
}

export interface FieldDescription {
  /** The field's name, as editors write it. */
  name: string;
  /** False when the field can be left out: it is optional or has a default. */
  required: boolean;
  /** The explanation for editors, if the field has one. */
  description: string | undefined;
}

/** A field is required unless leaving it out is valid: it is optional, or takes a default. */
const required = (field: z.ZodType) => !field.safeParse(undefined).success;

/** The fields of an object schema (or of a set of fields) in the schema's order, with what each means. */
export function fieldDescriptions(schema: z.ZodObject | Readonly<Record<string, z.ZodType>>): FieldDescription[] {
  const shape: Readonly<Record<string, z.ZodType>> = schema instanceof z.ZodObject ? schema.shape : schema;
  return Object.entries(shape).map(([name, field]) => ({ name, required: required(field), description: fieldHelp.get(field)?.description }));
}

// The JSON Schema editors read for completion and checking (scenarios/schema.json, `multivector schema`),
// generated from the same zod definitions the checker uses, so the two can never disagree.
import { z } from 'zod';
import { FORMAT_VERSION, scenarioSchema } from './schema.ts';

export const SCHEMA_ID = `urn:multivector:scenario-format:${FORMAT_VERSION}`;

export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { $schema, $id: SCHEMA_ID, title: `Multivector scenario (format ${FORMAT_VERSION})`, ...rest };
}

// `multivector schema`: the JSON Schema editors read, generated from the definitions the checker uses.
import { scenarioJsonSchema } from '../scenario/index.ts';
import { EXIT_OK, type Io } from './io.ts';

export function schemaCommand(io: Io): number {
  io.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  return EXIT_OK;
}

// The JSON Schema documents the package ships (built by scripts/build-json-schema.mjs from the
// same schemas) against a real JSON Schema validator.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as schemas from '../../src/schemas/index.js';

const ajv = new Ajv2020({ strict: false });
const documents = (Object.entries(schemas) as [string, unknown][]).filter((entry): entry is [string, z.ZodType] => entry[0].endsWith('Schema') && entry[1] instanceof z.ZodType);
const adult = { ageYears: 45, consciousness: 'unarousable', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };

describe('shipped JSON Schema documents', () => {
  it.each(documents)('%s compiles under draft 2020-12', (_name, schema) => {
    expect(() => ajv.compile(z.toJSONSchema(schema, { io: 'input' }))).not.toThrow();
  });

  it('refuses an unarousable patient with an ICE score above 0, as the grader does', () => {
    const validate = ajv.compile(z.toJSONSchema(schemas.IcansAssessmentSchema, { io: 'input' }));
    expect(validate({ ...adult, ice: 6 })).toBe(false);
    expect(validate({ ...adult, ice: { orientation: 0, naming: 1, commands: 0, writing: 0, attention: 0 } })).toBe(false);
    expect(validate({ ...adult, ice: 0 })).toBe(true);
    expect(validate(adult)).toBe(true);
  });

  it('names the rule it cannot state, which only the graders and Zod check', () => {
    const document = z.toJSONSchema(schemas.CrsAssessmentSchema, { io: 'input' });
    expect(document['$comment']).toBe('Also checked by the graders, but not expressible in JSON Schema: highDoseVasopressorDurationHours (high-dose-duration-too-long).');
  });
});

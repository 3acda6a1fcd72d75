import { describe, expect, it } from 'vitest';
import { CRS_ASSESSMENT_CONTRACT } from '../../src/crs/contract.js';
import type { ObjectContract } from '../../src/contract/field.js';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';
import { icansAssessmentContract } from '../../src/icans/contract.js';
import { safeGradeICANS } from '../../src/icans/grade-icans.js';
import { CsvCells } from '../../src/cli/csv-cells.js';
import { type RowConverter, compileCsvHeader, describeFields } from '../../src/cli/fields.js';

const CRS = CRS_ASSESSMENT_CONTRACT as ObjectContract<unknown>;
const ICANS = icansAssessmentContract() as ObjectContract<unknown>;

function converter(header: string[], contract = CRS, ids: string[] = []): RowConverter {
  const compiled = compileCsvHeader(header, contract, ids);
  if (typeof compiled === 'string') throw new Error(compiled);
  return compiled;
}

describe('CSV cells through the field contract', () => {
  const header = ['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen.device', 'oxygen.flowLitersPerMinute', 'organToxicityGrade', 'feverMasked'];

  it('types each cell by its field: numbers, booleans (any case), ";"-separated lists, dotted nesting', () => {
    const { value, errors, ids } = converter(header)(['38.5', 'TRUE', 'norepinephrine; vasopressin', 'nasal-cannula', '4', '2', 'False']);
    expect(errors).toEqual([]);
    expect(ids).toBeUndefined();
    expect({ ...value, oxygen: { ...(value['oxygen'] as object) } }).toEqual({
      temperatureCelsius: 38.5,
      hypotension: true,
      vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }],
      oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 4 },
      organToxicityGrade: 2,
      feverMasked: false,
    });
    expect(safeGradeCRS(value)).toMatchObject({ success: true, data: { grade: 3 } });
  });

  it('reads an empty cell as an absent field, never zero, false or an empty list; "none" is the empty list', () => {
    const { value } = converter(header)(['', ' ', 'none', 'room-air', '', '', '']);
    expect(Object.keys(value)).toEqual(['vasopressors', 'oxygen']);
    expect(value['vasopressors']).toEqual([]);
    const result = safeGradeCRS(value);
    expect(result.success ? [] : result.error.issues.map(({ pathText }) => pathText)).toEqual(['temperatureCelsius', 'hypotension']);
  });

  it('passes a cell that cannot be converted on as text, so that the validator names what it expected', () => {
    const { value } = converter(header)(['38,5', 'yes', 'noradrenaline', 'room air', 'x', '2.5', '1']);
    const result = safeGradeCRS(value);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map(({ pathText, message }) => `${pathText}: ${message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^temperatureCelsius: .*received "38,5"/),
        expect.stringMatching(/^hypotension: expected true or false; received "yes"/),
        expect.stringMatching(/^vasopressors\[0\]\.agent: expected one of .*received "noradrenaline"/),
        expect.stringMatching(/^oxygen\.device: expected one of .*received "room air"/),
        expect.stringMatching(/^organToxicityGrade: .*integer/),
        expect.stringMatching(/^feverMasked: expected true or false; received "1"/),
      ]),
    );
  });

  it('keeps unknown columns as keys for the validator to reject by name, at the top or nested', () => {
    const { value } = converter(['temperature', 'oxygen.foo', '__proto__.polluted', 'constructor'])(['38', 'x', 'yes', 'y']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const result = safeGradeCRS(value);
    const paths = result.success ? [] : result.error.issues.filter(({ code }) => code === 'unknown-key').map(({ pathText }) => pathText);
    expect(paths).toEqual(expect.arrayContaining(['temperature', 'oxygen.foo', '["__proto__.polluted"]', 'constructor']));
  });

  it('copies identifier columns as text and never grades them', () => {
    const convert = converter(['patientId', 'date', 'temperatureCelsius'], CRS, ['patientId', 'date']);
    expect(convert(['P1', '', '39'])).toMatchObject({ ids: { patientId: 'P1', date: '' }, value: { temperatureCelsius: 39 } });
  });

  it('reads ICE as a score or as its items, not both', () => {
    const icans = ['ageYears', 'ice', 'ice.orientation', 'ice.naming', 'ice.commands', 'ice.writing', 'ice.attention', 'consciousness', 'seizure', 'motorWeakness', 'cerebralEdema', 'raisedIcpSigns'];
    const convert = converter(icans, ICANS);
    const items = convert(['54', '', '4', '3', '1', '1', '1', 'alert', 'none', 'none', 'none', 'papilledema;cushings-triad']);
    expect(items.errors).toEqual([]);
    expect(safeGradeICANS(items.value)).toMatchObject({ success: true, data: { grade: 4, instrument: 'ice' } }); // raised ICP signs: grade 4
    const score = convert(['54', '8', '', '', '', '', '', 'alert', 'none', 'none', 'none', 'none']);
    expect(safeGradeICANS(score.value)).toMatchObject({ success: true, data: { grade: 1 } });
    expect(convert(['54', '8', '4', '3', '', '', '', 'alert', 'none', 'none', 'none', 'none']).errors).toEqual(['ice: give either the ice column or the ice.* columns, not both']);
    const itemsFirst = converter(['ice.orientation', 'ice'], ICANS);
    expect(itemsFirst(['4', '8']).errors).toEqual(['ice: give either the ice column or the ice.* columns, not both']);
  });

  it('refuses a header that names a column twice, or lacks an --id column', () => {
    expect(compileCsvHeader(['a', ' a'], CRS, [])).toMatch(/names the column "a" twice/);
    expect(compileCsvHeader(['a'], CRS, ['patientId'])).toMatch(/--id: the CSV header has no column "patientId"/);
  });
});

describe('describeFields', () => {
  it('lists every field of the contract, nested fields dotted, with its kind and allowed values', () => {
    const lines = describeFields(CRS);
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(expect.arrayContaining(['temperatureCelsius', 'oxygen', 'oxygen.device', 'oxygen.flowLitersPerMinute', 'lifeThreatening']));
    expect(lines.find((line) => line.startsWith('vasopressors'))).toMatch(/required .*";"-separated, "none" for an empty list\): norepinephrine, .*angiotensin-ii/);
    expect(lines.find((line) => line.startsWith('oxygen.flowLitersPerMinute'))).toMatch(/optional +a number above 0 up to 100 L\/min/);
    const icans = describeFields(ICANS);
    expect(icans.find((line) => line.startsWith('ice '))).toMatch(/an integer from 0 to 10, or its items: the ice\.\* fields below/);
    expect(icans.find((line) => line.startsWith('raisedIcpSigns'))).toMatch(/papilledema/);
  });
});

describe('CsvCells', () => {
  it('splits quoted cells, doubled quotes and embedded line breaks', () => {
    expect(new CsvCells().parse(['a,"b,c","d""e"', '"x\r\ny",,z'])).toEqual([
      ['a', 'b,c', 'd"e'],
      ['x\r\ny', '', 'z'],
    ]);
  });

  it('reports a malformed record on its own and reads the records after it with a fresh parser', () => {
    const parsed = new CsvCells().parse(['1,2', '"bad"x,3', '4,"5"', 'a"b,6', '7,8']);
    expect(parsed[0]).toEqual(['1', '2']);
    expect(parsed[1]).toEqual({ error: expect.stringMatching(/^malformed CSV \(Invalid Closing Quote/) as unknown });
    expect(parsed[2]).toEqual(['4', '5']);
    expect(parsed[3]).toEqual({ error: expect.stringMatching(/^malformed CSV/) as unknown });
    expect(parsed[4]).toEqual(['7', '8']);
    expect(new CsvCells().parse(['"open'])).toEqual([{ error: expect.stringMatching(/^malformed CSV \(Quote Not Closed/) as unknown }]);
  });
});

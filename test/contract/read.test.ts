// The reader through the public graders: each reproducer of issue 9 (objects built in JavaScript
// that got past the old validation) is refused, or ignored where it is not data.
import { describe, expect, it } from 'vitest';
import { MAX_ISSUES, Seizure, gradeCRS, safeGradeCRS, safeGradeICANS, scoreICE } from '../../src/index.js';
import { CRS_SCALE_GRADERS } from '../../src/crs/scales/index.js';

const crs = { temperatureCelsius: 38.5, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: { device: 'room-air' } };
const icans = { ageYears: 30, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };

function issuesOf(result: { success: boolean; error?: { issues: readonly { code: string; pathText: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map(({ code, pathText }) => `${pathText}: ${code}`);
}

describe('holes in arrays are missing items, never counted', () => {
  it('a sparse vasopressor list is refused, not graded as one vasopressor', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(issuesOf(safeGradeCRS({ ...crs, vasopressors: [,] }))).toEqual(['vasopressors[0]: missing-item']);
    const holey: unknown[] = [{ agent: 'norepinephrine' }];
    holey.length = 2;
    expect(issuesOf(safeGradeCRS({ ...crs, vasopressors: holey }))).toEqual(['vasopressors[1]: missing-item']);
  });

  it('a sparse list of raised-ICP signs is refused, not graded 4', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(issuesOf(safeGradeICANS({ ...icans, raisedIcpSigns: [,] }))).toEqual(['raisedIcpSigns[0]: missing-item']);
  });

  it('a list longer than its distinct values is refused without reading every item', () => {
    const huge: unknown[] = [];
    huge.length = 4_000_000_000;
    expect(issuesOf(safeGradeCRS({ ...crs, vasopressors: huge }))).toEqual(['vasopressors: too-many-items']);
  });
});

describe('inherited and non-enumerable properties are never data', () => {
  it('an inherited scale is not read (and cannot reach the table of graders)', () => {
    const options = Object.create({ scale: 'valueOf' }) as never;
    const result = safeGradeCRS(crs, options);
    expect(result.success && result.data.scale).toBe('astct-2019');
    expect(issuesOf(safeGradeCRS(crs, { scale: 'valueOf' } as never))).toEqual(['options.scale: expected-one-of']);
    expect(Object.isFrozen(CRS_SCALE_GRADERS)).toBe(true);
  });

  it('an inherited capdBelowAgeYears is not read: a 30-year-old stays on ICE', () => {
    const result = safeGradeICANS(icans, Object.create({ capdBelowAgeYears: 100 }) as never);
    expect(result.success && result.data.instrument).toBe('ice');
  });

  it('an inherited required fact is missing, not taken', () => {
    const inherited = Object.assign(Object.create({ hypotension: false }) as object, { temperatureCelsius: 38.5, vasopressors: [], oxygen: { device: 'room-air' } });
    expect(issuesOf(safeGradeCRS(inherited))).toEqual(['hypotension: required']);
  });

  it('a non-enumerable own fact is not data either', () => {
    const hidden = { ...crs };
    Object.defineProperty(hidden, 'diedOfCrs', { value: true, enumerable: false });
    expect(safeGradeCRS(hidden).success && gradeCRS(hidden as never).grade).toBe(3);
  });

  it('a null-prototype object is plain data', () => {
    const bare = Object.assign(Object.create(null) as object, crs);
    expect(gradeCRS(bare as never).grade).toBe(3);
  });
});

describe('getters, proxies and odd arrays: refused or read, never thrown through', () => {
  it('a getter is never called: the field is refused', () => {
    let calls = 0;
    const tricky = { ...crs };
    Object.defineProperty(tricky, 'temperatureCelsius', {
      get: () => {
        calls += 1;
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(issuesOf(safeGradeCRS(tricky))).toEqual(['temperatureCelsius: accessor']);
    expect(() => gradeCRS(tricky as never)).toThrow(/temperatureCelsius: is a getter or setter/);
    expect(calls).toBe(0);
  });

  it('a revoked Proxy, or one whose traps throw, is unreadable, and safe* returns the error', () => {
    const { proxy, revoke } = Proxy.revocable({ ...crs }, {});
    revoke();
    expect(issuesOf(safeGradeCRS(proxy))).toEqual([': unreadable']);
    const throwing = new Proxy(
      { ...crs },
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(issuesOf(safeGradeCRS(throwing))).toEqual([': unreadable']);
    expect(issuesOf(safeGradeCRS({ ...crs, oxygen: proxy }))).toEqual(['oxygen: unreadable']);
  });

  it('a transparent Proxy is read like the object it wraps', () => {
    expect(gradeCRS(new Proxy({ ...crs }, {}) as never).grade).toBe(3);
  });

  it('an array with its own constructor (or species) is read by index, never through array methods', () => {
    const agents = [{ agent: 'norepinephrine' }];
    Object.defineProperty(agents, 'constructor', {
      get: () => {
        throw new Error('species');
      },
    });
    expect(gradeCRS({ ...crs, vasopressors: agents } as never).grade).toBe(3);
  });

  it('the input is never changed, and the grade never follows later changes to it', () => {
    const input = structuredClone(crs);
    const grading = gradeCRS(input as never);
    input.vasopressors.push({ agent: 'epinephrine' });
    expect(grading.grade).toBe(3);
    expect(gradeCRS(structuredClone(crs) as never)).toEqual(grading);
  });
});

describe('enum objects are frozen: editing one changes nothing', () => {
  it('Seizure.Mild cannot be added, so "mild" stays invalid', () => {
    expect(() => {
      (Seizure as Record<string, string>)['Mild'] = 'mild';
    }).toThrow(TypeError);
    expect(issuesOf(safeGradeICANS({ ...icans, seizure: 'mild' }))).toEqual(['seizure: expected-one-of']);
  });
});

describe('issue paths and caps', () => {
  it('an unknown top-level key "oxygen.device" has a path of its own, never the nested field’s', () => {
    const result = safeGradeCRS({ ...crs, 'oxygen.device': 'cpap' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]).toMatchObject({ path: ['oxygen.device'], pathText: '["oxygen.device"]', code: 'unknown-key' });
  });

  it('a record with a million unknown keys gives a bounded error that counts the rest', () => {
    // UNKNOWN_KEYS lowers the million where the suite runs thousands of times (mutation testing).
    const keys = Number(process.env['UNKNOWN_KEYS'] ?? 1_000_000);
    const input: Record<string, unknown> = { ...crs };
    for (let index = 0; index < keys; index += 1) input[`k${index}`] = index;
    const result = safeGradeCRS(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(MAX_ISSUES);
    expect(result.error.issueCount).toBe(keys);
    expect(result.error.message.startsWith(`Invalid CRS assessment (${keys} problems):`)).toBe(true);
    expect(result.error.message.endsWith(`\n- … and ${keys - MAX_ISSUES} more`)).toBe(true);
    expect(result.error.message.length).toBeLessThan(MAX_ISSUES * 600);
  }, 60_000);

  it('issues from the assessment and the options together stay under the cap', () => {
    const input: Record<string, unknown> = {};
    for (let index = 0; index < 150; index += 1) input[`k${index}`] = index;
    const result = safeGradeCRS(input, { scale: 'nope' } as never);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(MAX_ISSUES);
    expect(result.error.issueCount).toBe(155);
    expect(result.error.message).toMatch(/^Invalid CRS assessment and CRS grading options \(155 problems\)/);
  });
});

describe('error titles name what was validated', () => {
  it.each([
    ['CRS options alone', () => safeGradeCRS(crs, { scale: 'lee' } as never), /^Invalid CRS grading options \(1 problem\):\n- options\.scale: /],
    ['ICANS options alone', () => safeGradeICANS(icans, { capdBelowAgeYears: 40 }), /^Invalid ICANS grading options \(1 problem\):/],
    ['ICANS assessment and options', () => safeGradeICANS({ ...icans, seizure: 'x' }, { capdBelowAgeYears: 40 }), /^Invalid ICANS assessment and ICANS grading options \(2 problems\):/],
  ])('%s', (_name, grade, title) => {
    const result = grade();
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(title);
  });

  it('scoreICE names the ICE items, and refuses null with its own error (never a TypeError)', () => {
    expect(() => scoreICE(null as never)).toThrow(/^Invalid ICE items \(1 problem\):\n- \(input\): expected an object; received null$/);
  });
});

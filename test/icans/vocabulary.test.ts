import { describe, expect, it } from 'vitest';
import * as icans from '../../src/index.js';
import { CerebralEdema, cerebralEdemas } from '../../src/vocabulary/cerebral-edema.js';
import { ConsciousnessLevel, consciousnessLevels } from '../../src/vocabulary/consciousness-level.js';
import { IcansInstrument, icansInstruments } from '../../src/vocabulary/icans-instrument.js';
import { MotorWeakness, motorWeaknesses } from '../../src/vocabulary/motor-weakness.js';
import { RaisedIcpSign, raisedIcpSigns } from '../../src/vocabulary/raised-icp-sign.js';
import { Seizure, seizures } from '../../src/vocabulary/seizure.js';
import { describeVocabulary, type VocabularyCase } from '../vocabulary/helpers.js';

const CASES: readonly VocabularyCase[] = [
  { name: 'ConsciousnessLevel', enumObject: ConsciousnessLevel, record: consciousnessLevels },
  { name: 'Seizure', enumObject: Seizure, record: seizures },
  { name: 'MotorWeakness', enumObject: MotorWeakness, record: motorWeaknesses },
  { name: 'CerebralEdema', enumObject: CerebralEdema, record: cerebralEdemas },
  { name: 'RaisedIcpSign', enumObject: RaisedIcpSign, record: raisedIcpSigns },
  { name: 'IcansInstrument', enumObject: IcansInstrument, record: icansInstruments },
];

for (const vocabularyCase of CASES) describeVocabulary(vocabularyCase);

describe('public entry: ICANS', () => {
  it('exports the grader, the ICE score, the error, the enums and every new vocabulary', () => {
    expect(icans).toMatchObject({
      gradeICANS: icans.gradeICANS,
      safeGradeICANS: icans.safeGradeICANS,
      scoreICE: icans.scoreICE,
      IcansInputError: icans.IcansInputError,
      ConsciousnessLevel,
      consciousnessLevels,
      Seizure,
      seizures,
      MotorWeakness,
      motorWeaknesses,
      CerebralEdema,
      cerebralEdemas,
      RaisedIcpSign,
      raisedIcpSigns,
      IcansInstrument,
      icansInstruments,
    });
    for (const name of ['IcansDomain', 'IcansFinding', 'IcansNote', 'selectIcansInstrument', 'DEFAULT_CAPD_BELOW_AGE_YEARS', 'CAPD_DELIRIUM_THRESHOLD', 'ICE_ITEM_MAXIMUM']) {
      expect(icans).toHaveProperty(name);
    }
  });

  it('does not export internals', () => {
    for (const name of ['checkIceItems', 'sumIceItems', 'validateIcansAssessment', 'gradeIcansAstct2019']) {
      expect(icans).not.toHaveProperty(name);
    }
  });

  it('finding, domain and note codes are unique kebab-case strings', () => {
    for (const enumObject of [icans.IcansDomain, icans.IcansFinding, icans.IcansNote]) {
      const values = Object.values(enumObject);
      expect(new Set(values).size).toBe(values.length);
      for (const value of values) expect(value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

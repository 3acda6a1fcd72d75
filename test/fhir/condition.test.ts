import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import { gradeCRS } from '../../src/crs/grade-crs.js';
import { toFhirCondition } from '../../src/fhir/condition.js';
import { FhirSystem, GRADING_SCALE_EXTENSION_URL } from '../../src/fhir/systems.js';
import { gradeICANS } from '../../src/icans/grade-icans.js';
import { icd10CmCodes } from '../../src/vocabulary/icd-10-cm.js';
import { issueAt, refusal } from './helpers.js';
import { r4Codes, validateR4, written } from './validator.js';

const SUBJECT = { subject: { reference: 'Patient/p1' } };
const NONE = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
const CRS = {
  1: gradeCRS({ ...NONE, temperatureCelsius: 38.4 }),
  2: gradeCRS({ ...NONE, temperatureCelsius: 38.4, hypotension: true }),
  3: gradeCRS({ ...NONE, temperatureCelsius: 38.4, oxygen: { device: 'venturi-mask' } }),
  4: gradeCRS({ ...NONE, temperatureCelsius: 38.4, oxygen: { device: 'bipap' } }),
  5: gradeCRS({ ...NONE, temperatureCelsius: 38.4, diedOfCrs: true }),
};
const ICANS_BASE = { ageYears: 54, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] } as const;
const ICANS = {
  1: gradeICANS({ ...ICANS_BASE, ice: 8 }),
  2: gradeICANS({ ...ICANS_BASE, ice: 5 }),
  3: gradeICANS({ ...ICANS_BASE, ice: 1 }),
  4: gradeICANS({ ...ICANS_BASE, ice: 0, consciousness: 'unarousable' }),
};

// Every resource the tests make is validated as R4 and its required-binding codes are checked.
const writeCondition = (...args: Parameters<typeof toFhirCondition>): ReturnType<typeof toFhirCondition> => written(toFhirCondition(...args));

describe('toFhirCondition', () => {
  it.each(Object.entries(CRS))('codes CRS grade %s in ICD-10-CM D89.83x, valid R4', (grade, grading) => {
    const condition = writeCondition(grading, SUBJECT);
    validateR4(condition);
    const coding = condition.code.coding[0]!;
    expect(coding.system).toBe('http://hl7.org/fhir/sid/icd-10-cm');
    expect(coding.code).toBe(`D89.83${grade}`);
    expect(coding.display).toBe(`Cytokine release syndrome, grade ${grade}`);
    expect(Object.keys(icd10CmCodes)).toContain(coding.code);
    expect(condition.clinicalStatus?.coding[0]?.code).toBe('active');
    expect(r4Codes(FhirSystem.ConditionClinicalStatus)).toContain(condition.clinicalStatus?.coding[0]?.code);
  });

  it.each(Object.entries(ICANS))('codes ICANS grade %s in ICD-10-CM G92.0x', (grade, grading) => {
    const condition = writeCondition(grading, SUBJECT);
    validateR4(condition);
    expect(condition.code.coding[0]?.code).toBe(`G92.0${grade}`);
    expect(condition.code.coding[0]?.display).toBe(`Immune effector cell-associated neurotoxicity syndrome, grade ${grade}`);
    expect(Object.keys(icd10CmCodes)).toContain(`G92.0${grade}`);
  });

  it('never writes the WHO ICD-10 system, and names the scale in the library extension', () => {
    const condition = writeCondition(gradeCRS({ ...NONE, temperatureCelsius: 38.4, hypotension: true, lifeThreatening: false }, { scale: 'ctcae-v6.0' }), SUBJECT);
    expect(JSON.stringify(condition)).not.toContain('http://hl7.org/fhir/sid/icd-10"');
    expect(condition.extension).toEqual([{ url: GRADING_SCALE_EXTENSION_URL, valueCoding: expect.objectContaining({ code: 'ctcae-v6.0' }) }]);
    expect(condition.code.text).toBe('Cytokine release syndrome, grade 2 (NCI CTCAE v6.0)');
  });

  it('writes verification status only when the caller gives it, and the evidence it is given', () => {
    expect(writeCondition(CRS[2], SUBJECT)).not.toHaveProperty('verificationStatus');
    const condition = writeCondition(CRS[2], { ...SUBJECT, id: 'c1', verificationStatus: 'provisional', onsetDateTime: '2026-03-04', recordedDate: '2026-03-05', evidence: [{ reference: 'Observation/t1' }] });
    validateR4(condition);
    expect(condition).toMatchObject({
      id: 'c1',
      verificationStatus: { coding: [{ system: FhirSystem.ConditionVerificationStatus, code: 'provisional' }] },
      onsetDateTime: '2026-03-04',
      recordedDate: '2026-03-05',
      evidence: [{ detail: [{ reference: 'Observation/t1' }] }],
    });
    expect(r4Codes(FhirSystem.ConditionVerificationStatus)).toContain('provisional');
    expect(issueAt(refusal(() => writeCondition(CRS[2], { ...SUBJECT, verificationStatus: 'refuted' as never })), 'options.verificationStatus').allowed).toEqual([
      'unconfirmed',
      'provisional',
      'differential',
      'confirmed',
    ]);
  });

  it('follows an episode: resolved with its abatement, active while ongoing, no status after death', () => {
    const course = gradeCourse({
      infusionAt: '2026-03-02',
      observations: [
        { at: '2026-03-03', crs: { ...NONE, temperatureCelsius: 38.6 } },
        { at: '2026-03-05', crs: { ...NONE, temperatureCelsius: 36.9 } },
        { at: '2026-03-07', crs: { ...NONE, temperatureCelsius: 38.6 } },
      ],
    });
    const resolved = writeCondition({ course, episode: course.crs.episodes[0]! }, SUBJECT);
    validateR4(resolved);
    expect(resolved).toMatchObject({ clinicalStatus: { coding: [{ code: 'resolved' }] }, onsetDateTime: '2026-03-03', abatementDateTime: '2026-03-05' });
    const ongoing = writeCondition({ course, episode: course.crs.episodes[1]! }, SUBJECT);
    expect(ongoing.clinicalStatus?.coding[0]?.code).toBe('active');
    expect(ongoing).not.toHaveProperty('abatementDateTime');
    const fatal = gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-05', crs: { ...NONE, temperatureCelsius: 39, diedOfCrs: true } }] });
    const died = writeCondition({ course: fatal, episode: fatal.crs.episodes[0]! }, SUBJECT);
    validateR4(died);
    expect(died).not.toHaveProperty('clinicalStatus');
    expect(died.code.coding[0]?.code).toBe('D89.835');
    expect(issueAt(refusal(() => writeCondition({ course, episode: course.crs.episodes[0]! }, { ...SUBJECT, onsetDateTime: '2026-03-03' })), 'options.onsetDateTime').code).toBe('not-writable');
  });

  it('refuses grade 0 and invalid evidence', () => {
    expect(issueAt(refusal(() => writeCondition(gradeCRS({ ...NONE, temperatureCelsius: 36 }), SUBJECT)), 'grade').code).toBe('not-writable');
    expect(issueAt(refusal(() => writeCondition(CRS[1], { ...SUBJECT, evidence: ['Observation/t1'] } as never)), 'options.evidence[0]').code).toBe('expected-type');
  });
});

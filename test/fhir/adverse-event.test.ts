import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { gradeCRS } from '../../src/crs/grade-crs.js';
import { toFhirAdverseEvent } from '../../src/fhir/adverse-event.js';
import { AE_GRADE_EXTENSION_URL, FhirSystem, GRADING_SCALE_CODE_SYSTEM, GRADING_SCALE_EXTENSION_URL } from '../../src/fhir/systems.js';
import { gradeICANS } from '../../src/icans/grade-icans.js';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import { issueAt, refusal } from './helpers.js';
import { r4Codes, validateR4, written } from './validator.js';

const SUBJECT = { subject: { reference: 'Patient/p1' } };
const NONE = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
const BY_GRADE: Record<1 | 2 | 3 | 4 | 5, CrsAssessment> = {
  1: { ...NONE, temperatureCelsius: 38.4 },
  2: { ...NONE, temperatureCelsius: 38.4, hypotension: true },
  3: { ...NONE, temperatureCelsius: 38.4, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] },
  4: { ...NONE, temperatureCelsius: 38.4, oxygen: { device: 'cpap' } },
  5: { ...NONE, temperatureCelsius: 38.4, diedOfCrs: true },
};
const ICANS: IcansAssessment = { ageYears: 54, ice: 8, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };

// Every resource the tests make is validated as R4 and its required-binding codes are checked.
const writeEvent = (...args: Parameters<typeof toFhirAdverseEvent>): ReturnType<typeof toFhirAdverseEvent> => written(toFhirAdverseEvent(...args));

describe('toFhirAdverseEvent', () => {
  it.each([
    [1, 'mild', 'C41338'],
    [2, 'moderate', 'C41339'],
    [3, 'severe', 'C41340'],
    [4, 'severe', 'C41337'],
    [5, 'severe', 'C48275'],
  ] as const)('writes ASTCT grade %s as severity %s and NCI Thesaurus %s, valid R4 (CODE-84)', (grade, severity, nci) => {
    const event = writeEvent(gradeCRS(BY_GRADE[grade]), SUBJECT);
    validateR4(event);
    expect(event.actuality).toBe('actual');
    expect(event.severity.coding).toEqual([{ system: FhirSystem.AdverseEventSeverity, code: severity, display: severity[0]!.toUpperCase() + severity.slice(1) }]);
    expect(event.extension[0]).toEqual({
      url: AE_GRADE_EXTENSION_URL,
      valueCodeableConcept: { coding: [{ system: 'http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl', code: nci, display: expect.stringMatching(new RegExp(`^Grade ${grade} `)) }], text: `Grade ${grade} (ASTCT 2019 consensus grading)` },
    });
    expect(event.extension[1]).toEqual({ url: GRADING_SCALE_EXTENSION_URL, valueCoding: { system: GRADING_SCALE_CODE_SYSTEM, code: 'astct-2019', display: 'ASTCT 2019 consensus grading' } });
    // The validator is lax on required bindings: check the codes against the R4 code systems.
    expect(r4Codes('http://hl7.org/fhir/adverse-event-actuality')).toContain(event.actuality);
    expect(r4Codes(FhirSystem.AdverseEventSeverity)).toContain(event.severity.coding[0]?.code);
    expect(event.outcome === undefined ? grade !== 5 : r4Codes(FhirSystem.AdverseEventOutcome).includes(event.outcome.coding[0]!.code)).toBe(true);
  });

  it('writes outcome fatal for a single grading only at grade 5, and no seriousness, profile or recorded date of its own', () => {
    expect(writeEvent(gradeCRS(BY_GRADE[5]), SUBJECT).outcome?.coding[0]?.code).toBe('fatal');
    const event = writeEvent(gradeCRS(BY_GRADE[3]), SUBJECT);
    expect(event).not.toHaveProperty('outcome');
    expect(event).not.toHaveProperty('seriousness');
    expect(event).not.toHaveProperty('meta');
    expect(event).not.toHaveProperty('recordedDate');
    expect(event).not.toHaveProperty('date');
  });

  it('codes CRS as SNOMED CT 710027002 and MedDRA 10052015, and ICANS as MedDRA 10083347 only (CODE-81 to CODE-83)', () => {
    expect(writeEvent(gradeCRS(BY_GRADE[1]), SUBJECT).event.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '710027002', display: 'Cytokine release syndrome' },
      { system: 'https://www.meddra.org', code: '10052015', display: 'Cytokine release syndrome' },
    ]);
    const icans = writeEvent(gradeICANS(ICANS), SUBJECT);
    validateR4(icans);
    expect(icans.event.coding).toEqual([{ system: 'https://www.meddra.org', code: '10083347', display: 'Immune effector cell-associated neurotoxicity syndrome' }]);
    expect(icans.extension[1]?.valueCoding?.code).toBe('astct-2019');
  });

  it('names the scale of a grading on another scale', () => {
    const ctcae = gradeCRS({ ...BY_GRADE[3], lifeThreatening: false }, { scale: 'ctcae-v5.0' });
    const event = writeEvent(ctcae, SUBJECT);
    expect(event.extension[1]?.valueCoding).toEqual({ system: GRADING_SCALE_CODE_SYSTEM, code: 'ctcae-v5.0', display: 'NCI CTCAE v5.0' });
    expect(event.extension[0]?.valueCodeableConcept?.text).toBe('Grade 3 (NCI CTCAE v5.0)');
  });

  it('copies what the caller states: id, dates, the resulting condition and the suspects', () => {
    const event = writeEvent(gradeCRS(BY_GRADE[2]), {
      ...SUBJECT,
      id: 'crs-1',
      date: '2026-03-04T14:00:00+01:00',
      recordedDate: '2026-03-05',
      resultingCondition: { reference: 'Condition/c1' },
      suspectEntities: [{ reference: 'Procedure/car-t', display: 'CAR T-cell infusion' }],
    });
    validateR4(event);
    expect(event).toMatchObject({
      id: 'crs-1',
      date: '2026-03-04T14:00:00+01:00',
      recordedDate: '2026-03-05',
      resultingCondition: [{ reference: 'Condition/c1' }],
      suspectEntity: [{ instance: { reference: 'Procedure/car-t', display: 'CAR T-cell infusion' } }],
    });
  });

  describe('from an episode of a graded course', () => {
    const none = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
    const course = gradeCourse({
      infusionAt: '2026-03-02',
      observations: [
        { at: '2026-03-03', crs: { ...none, temperatureCelsius: 38.6 } },
        { at: '2026-03-04', crs: { ...none, temperatureCelsius: 39, hypotension: true } },
        { at: '2026-03-06', crs: { ...none, temperatureCelsius: 36.9 } },
        { at: '2026-03-08', crs: { ...none, temperatureCelsius: 38.2 } },
      ],
    });

    it('writes the onset as date, the peak as the grade, and the outcome', () => {
      const [resolved, ongoing] = course.crs.episodes;
      const first = writeEvent({ course, episode: resolved! }, SUBJECT);
      validateR4(first);
      expect(first).toMatchObject({ date: '2026-03-03', severity: { coding: [{ code: 'moderate' }] }, outcome: { coding: [{ code: 'resolved' }] } });
      expect(writeEvent({ course, episode: ongoing! }, SUBJECT).outcome?.coding[0]?.code).toBe('ongoing');
    });

    it('writes fatal for an episode that ended in death', () => {
      const fatal = gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-05', crs: { ...none, temperatureCelsius: 39, diedOfCrs: true } }] });
      expect(writeEvent({ course: fatal, episode: fatal.crs.episodes[0]! }, SUBJECT).outcome?.coding[0]?.code).toBe('fatal');
    });

    it('recognises an episode after a JSON round trip, and refuses one of another course', () => {
      const copy = JSON.parse(JSON.stringify({ course, episode: course.crs.episodes[0] })) as never;
      expect(writeEvent(copy, SUBJECT).date).toBe('2026-03-03');
      const other = gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-09', crs: { ...none, temperatureCelsius: 39 } }] });
      expect(issueAt(refusal(() => writeEvent({ course, episode: other.crs.episodes[0]! }, SUBJECT)), 'episode').code).toBe('not-writable');
    });

    it('writes an ICANS episode as ICANS on ASTCT 2019', () => {
      const icans = gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-06', icans: { ...ICANS, ice: 5, consciousness: 'awakens-to-voice' } }] });
      const event = writeEvent({ course: icans, episode: icans.icans.episodes[0]! }, SUBJECT);
      expect(event.event.coding[0]?.code).toBe('10083347');
      expect(event.extension[0]?.valueCodeableConcept?.coding[0]?.code).toBe('C41339');
    });

    it('refuses an episode whose peak is uncertain on its scale, and options.date for an episode', () => {
      const lee = gradeCourse(
        { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: { ...none, temperatureCelsius: 38.6, constitutionalSymptoms: true, oxygen: { device: 'simple-face-mask' }, organToxicityGrade: 0, transaminitisGrade: 0 } }] },
        { scale: 'lee-2014' },
      );
      expect(lee.crs.episodes[0]?.possiblePeakGrades).toEqual({ min: 2, max: 3 });
      expect(issueAt(refusal(() => writeEvent({ course: lee, episode: lee.crs.episodes[0]! }, SUBJECT)), 'episode.possiblePeakGrades').message).toMatch(/uncertain grade is never written/);
      expect(issueAt(refusal(() => writeEvent({ course, episode: course.crs.episodes[0]! }, { ...SUBJECT, date: '2026-03-03' })), 'options.date').code).toBe('not-writable');
    });

    it('refuses an onset time that is not a FHIR dateTime (a time needs seconds and an offset)', () => {
      const timed = gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03T14:30', crs: { ...none, temperatureCelsius: 38.6 } }] });
      expect(issueAt(refusal(() => writeEvent({ course: timed, episode: timed.crs.episodes[0]! }, SUBJECT)), 'episode.onsetAt').allowed).toEqual(['YYYY-MM-DD', 'YYYY-MM-DDThh:mm:ss+zz:zz']);
    });
  });

  it('refuses grade 0, a grading that could not grade, and what is not a grading', () => {
    expect(issueAt(refusal(() => writeEvent(gradeCRS({ ...NONE, temperatureCelsius: 37 }), SUBJECT)), 'grade').message).toMatch(/no adverse event/);
    const notGradable = gradeCRS({ ...NONE, temperatureCelsius: 38.5, oxygen: { device: 'simple-face-mask' } }, { scale: 'lee-2014' });
    expect(issueAt(refusal(() => writeEvent(notGradable, SUBJECT)), 'gradable').code).toBe('not-writable');
    expect(issueAt(refusal(() => writeEvent('grade 3' as never, SUBJECT)), '').code).toBe('not-writable');
    expect(issueAt(refusal(() => writeEvent({ grade: 3 } as never, SUBJECT)), '').code).toBe('not-writable');
    expect(issueAt(refusal(() => writeEvent({ scale: 'astct-2019', gradable: true, grade: 7 } as never, SUBJECT)), 'grade').code).toBe('not-writable');
  });

  it('refuses invalid options, naming each', () => {
    const grading = gradeCRS(BY_GRADE[1]);
    expect(issueAt(refusal(() => writeEvent(grading, undefined as never)), 'options').allowed).toContain('subject');
    expect(issueAt(refusal(() => writeEvent(grading, { subject: 'Patient/p1' } as never)), 'options.subject').code).toBe('expected-type');
    expect(issueAt(refusal(() => writeEvent(grading, { ...SUBJECT, id: 'has space' })), 'options.id').code).toBe('expected-type');
    expect(issueAt(refusal(() => writeEvent(grading, { ...SUBJECT, date: '2026-03-04T14:00' })), 'options.date').code).toBe('not-writable');
    expect(issueAt(refusal(() => writeEvent(grading, { ...SUBJECT, seriousness: 'serious' } as never)), 'options.seriousness').code).toBe('expected-one-of');
    expect(issueAt(refusal(() => writeEvent(grading, { ...SUBJECT, suspectEntities: { reference: 'x' } } as never)), 'options.suspectEntities').code).toBe('expected-type');
    expect(issueAt(refusal(() => writeEvent(grading, { ...SUBJECT, suspectEntities: [{ reference: 3 }] } as never)), 'options.suspectEntities[0]').code).toBe('expected-type');
  });
});

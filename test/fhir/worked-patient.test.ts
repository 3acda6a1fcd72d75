import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import { courseFromFhir } from '../../src/fhir/course-from-fhir.js';
import { toFhirAdverseEvent } from '../../src/fhir/adverse-event.js';
import { toFhirCondition } from '../../src/fhir/condition.js';
import { sourcesOfEpisode } from '../../src/fhir/sources-of-episode.js';
import { r4Codes, validateR4 } from './validator.js';
import { WORKED_BUNDLE, WORKED_OPTIONS } from './worked-patient.js';

describe('a whole patient from infusion to resolution, worked out by hand', () => {
  const result = courseFromFhir(WORKED_BUNDLE, WORKED_OPTIONS);
  const grading = gradeCourse(result.course);

  it('builds one window per written date, each with its worst findings, at the time of its first fever or of its latest reading', () => {
    // Each window's time (DEC-48): the first reading of fever on a day with fever (day 1: 20:00;
    // day 2: 14:00), else the latest reading (day 3: the SpO2 at 18:00; day 4: 16:00; days 5 and 6:
    // 08:00, the preliminary 12:00 reading being withheld). The norepinephrine and high-flow periods
    // are not readings at one time and do not set it.
    // Day 1: max(37.2, 38.4) = 38.4 °C; both SpO2 readings carry 0 L/min (room air); systolic 118.
    // Day 2: 102.4 °F = (102.4 − 32) × 5/9 = 39.111… °C; systolic 86 < 90; cannula and 2 L/min at 14:00.
    // Day 3: 37.6 °C (the 39 °C entered in error is never used); norepinephrine 02:00–22:00 (a
    //   contained Medication with the single ingredient 7512); high-flow cannula 06:00 to the next
    //   noon, paired with 30 L/min at 10:00 and 18:00 (the SpO2 at 18:00 also carries FiO2 60 %).
    // Day 4: 37.1 °C; systolic 102 and 98, no vasopressor; 10 L/min at 08:00 during the high-flow
    //   procedure (worst), nasal cannula 2 L/min at 16:00.
    // Day 5: room air (LOINC answer LA11849-9), 36.9 °C, systolic 110. Day 6: 36.8 °C (the
    //   preliminary 36.5 °C is lower, so withholding it changes nothing), 0 L/min, systolic 115.
    expect(result.course).toEqual({
      infusionAt: '2026-03-02T10:00:00+01:00',
      observations: [
        { at: '2026-03-03T20:00:00+01:00', crs: { temperatureCelsius: 38.4, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } },
        { at: '2026-03-04T14:00:00+01:00', crs: { temperatureCelsius: 39.1111111111, hypotension: true, vasopressors: [], oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } } },
        {
          at: '2026-03-05T18:00:00+01:00',
          crs: {
            temperatureCelsius: 37.6,
            hypotension: true,
            vasopressors: [{ agent: 'norepinephrine' }],
            oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 30, inspiredOxygenFractionPercent: 60 },
          },
        },
        { at: '2026-03-06T16:00:00+01:00', crs: { temperatureCelsius: 37.1, hypotension: false, vasopressors: [], oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 10 } } },
        { at: '2026-03-07T08:00:00+01:00', crs: { temperatureCelsius: 36.9, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } },
        { at: '2026-03-08T08:00:00+01:00', crs: { temperatureCelsius: 36.8, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } },
      ],
      treatments: [
        { at: '2026-03-04T15:00:00+01:00', treatment: 'tocilizumab' },
        { at: '2026-03-05T10:00:00+01:00', treatment: 'dexamethasone' },
      ],
    });
  });

  it('grades 1, 2, 3, 3, 0, 0: fever masked after tocilizumab from day 3', () => {
    // Day 1: fever alone, 1. Day 2: hypotension without vasopressor 2, cannula ≤ 6 L/min 2.
    // Day 3: fever masked (tocilizumab on day 2, during the episode); one vasopressor 3, cannula > 6 L/min 3.
    // Day 4: masked; cannula 10 L/min 3. Day 5: masked fever without hypotension or hypoxia, 0, which
    // resolves the episode. Day 6: outside any episode, so nothing is masked (DEC-42); no fever, 0.
    expect(grading.crs.observations.map(({ grading: { grade } }) => grade)).toEqual([1, 2, 3, 3, 0, 0]);
    expect(grading.crs.observations.map(({ feverMaskedDerived }) => feverMaskedDerived)).toEqual([false, false, true, true, true, false]);
    expect(grading.crs.episodes).toHaveLength(1);
    expect(result.complete).toBe(true);
    expect(result.sources.windows.map(({ window }) => window)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(grading.crs.episodes[0]).toMatchObject({
      onsetAt: '2026-03-03T20:00:00+01:00',
      onsetDay: 1,
      peakGrade: 3,
      peakAt: '2026-03-05T18:00:00+01:00',
      lastPositiveAt: '2026-03-06T16:00:00+01:00',
      resolvedAt: '2026-03-07T08:00:00+01:00',
      durationDays: 4,
      outcome: 'resolved',
    });
  });

  it('lists every resource behind each window, and what hypotension rests on', () => {
    const [day1, day2, day3, day4] = result.sources.windows;
    expect(day1?.resources).toEqual(['Observation/d1-t1', 'Observation/d1-t2', 'Observation/d1-bp', 'Observation/d1-s1', 'Observation/d1-s2']);
    expect(day1?.temperature).toEqual(['Observation/d1-t2']);
    expect(day2?.hypotension).toEqual({ basis: 'systolic-below-90', resources: ['Observation/d2-bp'] });
    expect(day2?.oxygen).toEqual(['Observation/d2-dev', 'Observation/d2-flow']);
    expect(day3?.hypotension).toEqual({ basis: 'vasopressor', resources: ['MedicationAdministration/d3-norepinephrine'] });
    expect(day3?.oxygen).toEqual(['Observation/d3-flow', 'Procedure/d3-hfnc', 'Observation/d3-sat']);
    expect(day3?.resources).not.toContain('Observation/d3-eie');
    expect(day4?.oxygen).toEqual(['Observation/d4-flow1', 'Procedure/d3-hfnc']);
    expect(result.sources.windows.map(({ observation }) => observation)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.sources.treatments).toEqual(['MedicationAdministration/d2-toci', 'MedicationAdministration/d3-dexa']);
  });

  it('notes what it skipped: the resources it does not read, the entered-in-error temperature, the preliminary one, the non-UCUM unit', () => {
    const noted = result.notes.map(({ code, resource }) => `${code} ${resource ?? ''}`);
    expect(noted).toEqual([
      'not-read Patient/p1',
      'not-read Encounter/stay',
      'not-read Procedure/car-t',
      'non-ucum-unit Observation/d2-bp',
      'status-not-used Observation/d3-eie',
      'not-read Observation/d3-map',
      'status-withheld Observation/d6-t2',
    ]);
  });

  it('writes the episode back as an AdverseEvent and a Condition that pass the R4 validator', () => {
    const episode = grading.crs.episodes[0]!;
    const event = toFhirAdverseEvent(
      { course: grading, episode },
      { subject: { reference: 'Patient/p1' }, suspectEntities: [{ reference: 'Procedure/car-t' }], resultingCondition: { reference: 'Condition/crs' } },
    );
    const condition = toFhirCondition({ course: grading, episode }, { subject: { reference: 'Patient/p1' }, id: 'crs', evidence: sourcesOfEpisode(episode, result) });
    validateR4(event);
    validateR4(condition);
    expect(event).toMatchObject({
      actuality: 'actual',
      date: '2026-03-03T20:00:00+01:00',
      severity: { coding: [{ code: 'severe' }] },
      outcome: { coding: [{ code: 'resolved' }] },
      suspectEntity: [{ instance: { reference: 'Procedure/car-t' } }],
      resultingCondition: [{ reference: 'Condition/crs' }],
    });
    expect(event.extension[0]?.valueCodeableConcept?.coding[0]?.code).toBe('C41340');
    expect(r4Codes('http://terminology.hl7.org/CodeSystem/adverse-event-outcome')).toContain(event.outcome?.coding[0]?.code);
    expect(condition).toMatchObject({
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'D89.833' }] },
      clinicalStatus: { coding: [{ code: 'resolved' }] },
      onsetDateTime: '2026-03-03T20:00:00+01:00',
      abatementDateTime: '2026-03-07T08:00:00+01:00',
    });
    expect(condition.evidence?.[0]?.detail).toContainEqual({ reference: 'MedicationAdministration/d3-norepinephrine' });
    expect(condition.evidence?.[0]?.detail).not.toContainEqual({ reference: 'Observation/d3-eie' });
  });
});

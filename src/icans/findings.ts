/**
 * The rows of the ASTCT 2019 ICANS grading table. A grading has either an `ice-score` or a
 * `capd-score` row, for the instrument in use.
 *
 * @see criteria ASTCT-ICANS-02 to ASTCT-ICANS-06, ASTCT-ICANS-14 (docs/criteria/astct-2019-icans.md#astct-icans-02); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { IcansDomain, gradeICANS } from 'cytokine-release-syndrome';
 * const grading = gradeICANS({ ageYears: 30, ice: 10, consciousness: 'alert', seizure: 'rapidly-resolving', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] });
 * grading.drivers[0]?.domain === IcansDomain.Seizure; // true
 * ```
 */
export const IcansDomain = /* @__PURE__ */ Object.freeze({
  IceScore: 'ice-score',
  CapdScore: 'capd-score',
  Consciousness: 'consciousness',
  Seizure: 'seizure',
  MotorFindings: 'motor-findings',
  CerebralEdema: 'cerebral-edema',
  RaisedIcp: 'raised-icp',
  Death: 'death',
} as const);

/** One of the {@link IcansDomain} values. */
export type IcansDomain = (typeof IcansDomain)[keyof typeof IcansDomain];

/**
 * What an ICANS grading found in each domain, as a machine-readable code. `describeIcansFinding`
 * words each one in English or German.
 *
 * @example
 * ```ts
 * import { IcansFinding, gradeICANS } from 'cytokine-release-syndrome';
 * const grading = gradeICANS({ ageYears: 30, ice: 5, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] });
 * grading.drivers[0]?.finding === IcansFinding.Ice3To6; // true
 * ```
 */
export const IcansFinding = /* @__PURE__ */ Object.freeze({
  /** ICE 10: normal. */
  IceNormal: 'ice-normal',
  /** ICE 7 to 9. */
  Ice7To9: 'ice-7-to-9',
  /** ICE 3 to 6. */
  Ice3To6: 'ice-3-to-6',
  /** ICE 0 to 2, including ICE 0 in an awake patient with global aphasia. */
  Ice0To2: 'ice-0-to-2',
  /** ICE 0 because the patient is unarousable and cannot perform ICE. */
  IceUnarousable: 'ice-unarousable',
  /** CAPD 0: none of the eight delirium behaviours. */
  CapdNormal: 'capd-normal',
  /** CAPD 1 to 8: below the delirium cut-off. */
  Capd1To8: 'capd-1-to-8',
  /** CAPD 9 or more: suggests delirium. */
  Capd9OrMore: 'capd-9-or-more',
  /** The child is unarousable and cannot be assessed with CAPD. */
  CapdUnarousable: 'capd-unarousable',
  Alert: 'alert',
  AwakensSpontaneously: 'awakens-spontaneously',
  AwakensToVoice: 'awakens-to-voice',
  AwakensToTactileStimulus: 'awakens-to-tactile-stimulus',
  /** Unarousable, or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma. */
  Unarousable: 'unarousable',
  /** Depressed consciousness explained by sedating drugs; not graded. */
  DepressedConsciousnessSedated: 'depressed-consciousness-sedated',
  NoSeizure: 'no-seizure',
  /** Clinical seizure resolving rapidly, or non-convulsive seizures on EEG resolving with intervention. */
  RapidlyResolvingSeizure: 'rapidly-resolving-seizure',
  /** Prolonged seizure over 5 minutes, or repetitive seizures without return to baseline. */
  LifeThreateningSeizure: 'life-threatening-seizure',
  NoMotorWeakness: 'no-motor-weakness',
  /** Deep focal motor weakness such as hemiparesis or paraparesis. */
  DeepFocalMotorWeakness: 'deep-focal-motor-weakness',
  NoCerebralEdema: 'no-cerebral-edema',
  FocalCerebralEdema: 'focal-cerebral-edema',
  DiffuseCerebralEdema: 'diffuse-cerebral-edema',
  /** No neuroimaging done: cerebral oedema not assessed. */
  CerebralEdemaNotImaged: 'cerebral-edema-not-imaged',
  NoRaisedIcpSigns: 'no-raised-icp-signs',
  /** Decerebrate or decorticate posturing, cranial nerve VI palsy, papilledema or Cushing's triad. */
  RaisedIcpSigns: 'raised-icp-signs',
  NoDeathFromIcans: 'no-death-from-icans',
  /** Death from ICANS with no other principal cause. */
  DiedOfIcans: 'died-of-icans',
} as const);

/** One of the {@link IcansFinding} values. */
export type IcansFinding = (typeof IcansFinding)[keyof typeof IcansFinding];

/**
 * What a reader of an ICANS grading must know beyond the grade: why the instrument was chosen,
 * and every domain that was not assessed or not graded.
 *
 * @example
 * ```ts
 * import { IcansNote, gradeICANS } from 'cytokine-release-syndrome';
 * const grading = gradeICANS({ ageYears: 7, capd: 4, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] });
 * grading.notes; // ['capd-below-age-boundary', 'cerebral-edema-not-imaged']
 * ```
 */
export const IcansNote = /* @__PURE__ */ Object.freeze({
  /** ICE was used: the patient is at or above the age boundary and has no developmental delay. */
  IceAtOrAboveAgeBoundary: 'ice-at-or-above-age-boundary',
  /** CAPD was used: the patient is below the age boundary. */
  CapdBelowAgeBoundary: 'capd-below-age-boundary',
  /** CAPD was used above the age boundary because of baseline developmental delay. */
  CapdForDevelopmentalDelay: 'capd-for-developmental-delay',
  /** Depressed consciousness is explained by sedating drugs and was not graded. */
  ConsciousnessNotGradedSedated: 'consciousness-not-graded-sedated',
  /** No neuroimaging was done, so cerebral oedema was not assessed. */
  CerebralEdemaNotImaged: 'cerebral-edema-not-imaged',
} as const);

/** One of the {@link IcansNote} values. */
export type IcansNote = (typeof IcansNote)[keyof typeof IcansNote];

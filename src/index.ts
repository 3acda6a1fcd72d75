/**
 * A typed, cited model of Cytokine Release Syndrome (CRS) and ICANS: graders that give their
 * reasons, and deeply frozen reference data with standard codes; field descriptors, validators and
 * locales (English built in, German in `cytokine-release-syndrome/locale/de`) for forms.
 *
 * Zod schemas live in the `cytokine-release-syndrome/schemas` entry, so that importing a grader
 * never pulls zod into a bundle.
 *
 * @module cytokine-release-syndrome
 */
export * from './vocabulary/index.js';
export type { DeepReadonly } from './internal/deep-freeze.js';
export { GradingInputError, type GradingInputErrorKind, type InputIssue } from './errors/input-error.js';
export { formatIssuePath, type IssuePath, type PathSegment } from './contract/path.js';
export type { ContradictionReason, InstrumentReason, IssueCode, IssueParams, RawIssue, ReceivedValue } from './contract/issue.js';
export { MAX_ISSUES } from './contract/read.js';
export { englishIssueMessages } from './locale/en/issue-messages.js';
export type {
  CourseFieldKey,
  CrsFieldKey,
  CrsWording,
  FieldText,
  FieldTexts,
  GradingWords,
  IcansFieldKey,
  IcansWording,
  IssueMessages,
  Locale,
  OptionsFieldKey,
  UnitCode,
  ValueLabels,
  ValueLabelsOf,
  VocabularyName,
} from './locale/locale.js';
export { localizeIssue } from './errors/localize-issue.js';
export { groupIssuesByField, type IssuesByField } from './errors/group-issues-by-field.js';
export type { FieldDescriptor, FieldKind, FieldRule, FieldSubject } from './fields/field-descriptor.js';
export { crsAssessmentFields, type CrsFieldDescriptor } from './fields/crs-assessment-fields.js';
export { icansAssessmentFields } from './fields/icans-assessment-fields.js';
export { patientCourseFields } from './fields/patient-course-fields.js';
export { localizeField, type LocalizedField } from './fields/localize-field.js';
export type * from './validators/standard-schema.js';
export type { Validator, ValidationResult, ValidatorFailure } from './validators/validator.js';
export { crsAssessmentValidator, createCrsAssessmentValidator } from './validators/crs-assessment-validator.js';
export { icansAssessmentValidator, createIcansAssessmentValidator } from './validators/icans-assessment-validator.js';
export { patientCourseValidator, createPatientCourseValidator } from './validators/patient-course-validator.js';
export type { FormInput } from './forms/form-input.js';
export { crsAssessmentFormValidator, createCrsAssessmentFormValidator } from './forms/crs-assessment-form-validator.js';
export { icansAssessmentFormValidator, createIcansAssessmentFormValidator } from './forms/icans-assessment-form-validator.js';
export type { Grade, GradingFinding, GradingResult } from './grading/grading.js';
export type { NumberRange } from './grading/number-range.js';
export * from './crs/index.js';
export * from './i18n/describe-crs.js';
export * from './icans/index.js';
export * from './i18n/describe-icans.js';
export * from './course/index.js';
export * from './units/index.js';

// Every CRS scale's grader, keyed by scale.
import type { GradingScale } from '../../vocabulary/grading-scale.js';
import type { CrsAssessment } from '../assessment.js';
import type { CrsGradingOutcome } from '../grading.js';
import { gradeCrsAstct2019 } from './astct-2019.js';
import { gradeCrsCartox2018 } from './cartox-2018.js';
import { gradeCrsCtcaeV403 } from './ctcae-v4-03.js';
import { gradeCrsCtcaeV50 } from './ctcae-v5-0.js';
import { gradeCrsCtcaeV60 } from './ctcae-v6-0.js';
import { gradeCrsLee2014 } from './lee-2014.js';
import { gradeCrsMskcc2018 } from './mskcc-2018.js';
import { gradeCrsPenn2018 } from './penn-2018.js';

/** The grader of each scale, in {@link GradingScale} order. */
export const CRS_SCALE_GRADERS: { readonly [Scale in GradingScale]: (assessment: CrsAssessment) => CrsGradingOutcome<Scale> } = /* @__PURE__ */ Object.freeze({
  'astct-2019': gradeCrsAstct2019,
  'ctcae-v4.03': gradeCrsCtcaeV403,
  'ctcae-v5.0': gradeCrsCtcaeV50,
  'ctcae-v6.0': gradeCrsCtcaeV60,
  'lee-2014': gradeCrsLee2014,
  'penn-2018': gradeCrsPenn2018,
  'mskcc-2018': gradeCrsMskcc2018,
  'cartox-2018': gradeCrsCartox2018,
});

/** Grades a validated assessment on `scale`. */
export function gradeValidatedCrs<Scale extends GradingScale>(assessment: CrsAssessment, scale: Scale): CrsGradingOutcome<Scale> {
  return CRS_SCALE_GRADERS[scale](assessment);
}

import type { CrsWording, IcansWording } from '../locale.js';
import { gradingScaleLabels } from '../../vocabulary/grading-scale.js';
import { englishCrsFieldTexts } from './field-texts.js';
import { englishCrsTexts, englishGradingWords, englishIcansTexts } from './grading-texts.js';

/** The English needed to word a CRS grading: the default of `describeCrsGrading`, without the rest of `en`. @internal */
export const ENGLISH_CRS_WORDING: CrsWording = { scales: gradingScaleLabels, crs: englishCrsTexts, grading: englishGradingWords, fields: { crs: englishCrsFieldTexts } };

/** The English needed to word an ICANS grading. @internal */
export const ENGLISH_ICANS_WORDING: IcansWording = { scales: gradingScaleLabels, icans: englishIcansTexts, grading: englishGradingWords };

/** A toxicity grade: 0 (criteria not met) to 5 (death from the toxicity). */
export type Grade = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * One finding that a grading looked at: which domain, what was found (a machine-readable code)
 * and the grade that finding alone supports. Wording for UIs comes from the `describe…` functions,
 * so that a consumer who needs only the number ships no text.
 */
export interface GradingFinding<Domain extends string, Finding extends string> {
  /** The row of the grading table, e.g. `hypoxia`. */
  readonly domain: Domain;
  /** What was found, e.g. `high-flow-oxygen`. */
  readonly finding: Finding;
  /** The grade this finding alone supports. */
  readonly grade: Grade;
}

/** What every grading result holds. */
export interface GradingResult<Scale extends string, Domain extends string, Finding extends string, Note extends string> {
  /** The scale and version that produced the grade. Grades of different scales are never converted. */
  readonly scale: Scale;
  /** The grade: 0 when the criteria are not met, 5 for death. */
  readonly grade: Grade;
  /**
   * The findings that set the grade (those whose grade equals `grade`). At grade 0 it is empty,
   * except when a gate held other findings at 0: on ASTCT 2019 CRS, no fever (not masked) with
   * hypotension or hypoxia gives `[no-fever]`.
   */
  readonly drivers: readonly GradingFinding<Domain, Finding>[];
  /** Every domain the grading looked at, one finding each, in table order. */
  readonly findings: readonly GradingFinding<Domain, Finding>[];
  /** Things a reader must know about this result (e.g. a domain that was not assessed). */
  readonly notes: readonly Note[];
}

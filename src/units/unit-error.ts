import { type IssuePath, formatIssuePath } from '../contract/path.js';

/**
 * Why a value could not be converted: a unit outside the library's table, a D-dimer unit that does
 * not state its basis or states the other basis (FEU and DDU are never converted into each other),
 * or a value that is not a finite number.
 *
 * @example
 * ```ts
 * import type { UnitIssueCode } from 'cytokine-release-syndrome';
 * const code: UnitIssueCode = 'd-dimer-basis-mismatch';
 * ```
 */
export type UnitIssueCode = 'unknown-unit' | 'd-dimer-basis-missing' | 'd-dimer-basis-mismatch' | 'expected-number';

// Symbol.for is shared by every copy of the library in a process (ESM and CJS builds, bundles).
const BRAND: unique symbol = Symbol.for('cytokine-release-syndrome.UnitConversionError') as never;

/**
 * Thrown when a unit conversion is refused. It names the field (`path`, `pathText`), what was
 * received, and the units that are allowed. Recognise it with `UnitConversionError.is(error)` or
 * `instanceof` (both work across the ESM and CommonJS builds).
 *
 * @see criteria CODE-86 to CODE-95 (docs/criteria/codes.md#code-86)
 * @example
 * ```ts
 * import { toCelsius, UnitConversionError } from 'cytokine-release-syndrome';
 * let refused: unknown;
 * try {
 *   toCelsius(311, 'K');
 * } catch (error) {
 *   refused = error;
 * }
 * UnitConversionError.is(refused) && refused.allowed; // ['Cel', '[degF]', 'degF']
 * UnitConversionError.is(refused) && refused.pathText; // 'unit'
 * ```
 */
export class UnitConversionError extends Error {
  /** The kind of problem. */
  readonly code: UnitIssueCode;
  /** Where: `['unit']` for a direct call; the FHIR reader names the element of the resource. */
  readonly path: IssuePath;
  /** The same path as text. */
  readonly pathText: string;
  /** What was received: the unit as written, or the value. */
  readonly received: string | number | null;
  /** The units allowed here (for a D-dimer, those of the basis the marker uses). */
  readonly allowed: readonly string[];

  /**
   * @param code - the kind of problem.
   * @param path - where the problem is.
   * @param received - the unit or value received.
   * @param allowed - the allowed units.
   * @param message - what is wrong, naming the allowed values.
   */
  constructor(code: UnitIssueCode, path: IssuePath, received: string | number | null, allowed: readonly string[], message: string) {
    const pathText = formatIssuePath(path);
    super(`${pathText === '' ? '(input)' : pathText}: ${message}`);
    this.name = new.target.name;
    (this as { [BRAND]?: true })[BRAND] = true;
    this.code = code;
    this.path = Object.freeze(path.slice());
    this.pathText = pathText;
    this.received = received;
    this.allowed = Object.freeze(allowed.slice());
  }

  /**
   * Whether `value` is a unit conversion error of this library, from any build or copy of it.
   *
   * @example
   * ```ts
   * import { UnitConversionError } from 'cytokine-release-syndrome';
   * UnitConversionError.is(new Error('no')); // false
   * ```
   */
  static is(value: unknown): value is UnitConversionError {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /** `instanceof` checks the brand, so it holds across builds and copies of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return UnitConversionError.is(value);
  }
}

/** Lists units for a message: `"Cel", "[degF]"`. @internal */
export function quoteUnits(units: readonly string[]): string {
  return units.map((unit) => JSON.stringify(unit)).join(', ');
}

/** Refuses a value that is not a finite number. @internal */
export function requireFiniteNumber(value: unknown, path: IssuePath): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const received = typeof value === 'number' ? value : typeof value === 'string' ? value.slice(0, 40) : null;
  throw new UnitConversionError('expected-number', path, received, [], `expected a finite number; received ${String(received)}`);
}

/**
 * Removes binary floating-point residue from a converted value (100.4 °F must be exactly 38 °C, not
 * 37.99999999999999) by rounding to 12 significant digits (`Number(value.toPrecision(12))`). That
 * moves a value by at most half a unit in its 12th significant digit: only a value that close to a
 * threshold (37.99999999999 °C, a precision no measurement has) lands on it. Applied only to real
 * conversions, never to a value already in the target unit. @internal
 */
export function withoutFloatResidue(value: number): number {
  return Number(value.toPrecision(12));
}

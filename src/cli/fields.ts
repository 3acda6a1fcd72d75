/**
 * What the command line knows about fields, all read from the field contracts (the one source of
 * truth): the `--fields` listing, and how a CSV row becomes an assessment object. There is no
 * second, hand-written table of fields here.
 *
 * @module
 */
import type { FieldEntry, FieldSpec, NumberSpec, ObjectContract } from '../contract/field.js';
import type { NumberRange } from '../grading/number-range.js';

/** The cell that states an empty list in CSV (`vasopressors`, `raisedIcpSigns`). */
export const EMPTY_LIST_CELL = 'none';
/** What separates the items of a list in one CSV cell. */
export const LIST_SEPARATOR = ';';

function rangeText(range: NumberRange, integer: boolean): string {
  const unit = range.unit === undefined ? '' : ` ${range.unit}`;
  const low = range.minExclusive === true ? `above ${range.min}` : `${range.min}`;
  return `${integer ? 'an integer' : 'a number'} ${range.minExclusive === true ? `${low} up to` : `from ${low} to`} ${range.max}${unit}`;
}

function numberText(spec: NumberSpec): string {
  return rangeText(spec.range, spec.integer);
}

function specText(spec: FieldSpec, path: string): string {
  switch (spec.kind) {
    case 'number':
      return numberText(spec);
    case 'boolean':
      return 'true or false';
    case 'one-of':
      return `one of ${spec.values.join(', ')}`;
    case 'list': {
      const item = spec.item.kind === 'one-of' ? spec.item : undefined;
      const values = item?.values ?? (spec.item.kind === 'object' ? objectItemValues(spec.item.contract, spec.distinctBy) : []);
      return `a list of ${spec.itemName}s (in CSV: "${LIST_SEPARATOR}"-separated, "${EMPTY_LIST_CELL}" for an empty list): ${values.join(', ')}`;
    }
    case 'object':
      return `an object: the ${path}.* fields below`;
    case 'score-or-items':
      return `${numberText(spec.score)}, or its items: the ${path}.* fields below`;
    case 'timestamp':
      return 'an ISO 8601 date or date-time (2026-03-02, 2026-03-02T14:30)';
  }
}

function objectItemValues(contract: ObjectContract<unknown>, key: string | undefined): readonly string[] {
  const spec = contract.fields.find((field) => field.key === key)?.spec;
  return spec?.kind === 'one-of' ? spec.values : [];
}

/** One line per field (nested fields dotted, as CSV headers name them): name, required or not, what it holds. */
export function describeFields(contract: ObjectContract<unknown>): string[] {
  const rows: [string, string, string][] = [];
  const walk = (fields: ObjectContract<unknown>, prefix: string): void => {
    for (const { key, required, spec } of fields.fields) {
      const path = `${prefix}${key}`;
      rows.push([path, required ? 'required' : 'optional', specText(spec, path)]);
      if (spec.kind === 'object') walk(spec.contract, `${path}.`);
      if (spec.kind === 'score-or-items') walk(spec.items, `${path}.`);
    }
  };
  walk(contract, '');
  const width = Math.max(...rows.map(([path]) => path.length));
  return rows.map(([path, required, text]) => `${path.padEnd(width)}  ${required}  ${text}`);
}

/** A CSV row turned into an assessment object, its identifiers, and any cell that could not be placed. */
export interface ConvertedRow {
  readonly value: Record<string, unknown>;
  readonly ids: Record<string, string> | undefined;
  readonly errors: readonly string[];
}

/** Sets an own data property, also for the key `__proto__` (which assignment would take as the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Turns the cells of one CSV row into an object, by the header it was compiled from. */
export type RowConverter = (cells: readonly string[]) => ConvertedRow;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number cell: a plain decimal number, else the text itself, so that the validator names what it expected and what it got. */
function toNumber(cell: string): unknown {
  return NUMBER.test(cell) ? Number(cell) : cell;
}

function toBoolean(cell: string): unknown {
  const lower = cell.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : cell;
}

/** How one cell's text becomes a value of the field's kind; `undefined` for the text itself. */
function cellConverter(spec: FieldSpec | undefined): (cell: string) => unknown {
  switch (spec?.kind) {
    case 'number':
      return toNumber;
    case 'score-or-items':
      return toNumber;
    case 'boolean':
      return toBoolean;
    case 'list': {
      const { distinctBy } = spec;
      const wrap = spec.item.kind === 'object' && distinctBy !== undefined ? (item: string): unknown => ({ [distinctBy]: item }) : (item: string): unknown => item;
      return (cell) => (cell.toLowerCase() === EMPTY_LIST_CELL ? [] : cell.split(LIST_SEPARATOR).map((item) => wrap(item.trim())));
    }
    default:
      // One of a set, an object given whole, or an unknown field: the text, for the validator to judge.
      return (cell) => cell;
  }
}

interface Placement {
  /** The keys from the record down to the field. */
  readonly path: readonly string[];
  readonly convert: (cell: string) => unknown;
}

/** Where a header puts its value: a known dotted path follows the contract; anything else is a top-level key as written. */
function place(header: string, contract: ObjectContract<unknown>): Placement {
  const parts = header.split('.');
  let current: ObjectContract<unknown> | undefined = contract;
  let spec: FieldSpec | undefined;
  for (const [depth, part] of parts.entries()) {
    const index: number | undefined = current?.indexOf[part];
    const entry: FieldEntry | undefined = index === undefined ? undefined : current?.fields[index];
    if (entry === undefined) {
      // Unknown at this level: a top-level header is a key as written (the validator rejects it by name);
      // below a known object, the unknown key is nested, so that the validator names it in place.
      return { path: depth === 0 ? [header] : parts, convert: cellConverter(undefined) };
    }
    const found: FieldSpec = entry.spec;
    spec = found;
    current = found.kind === 'object' ? found.contract : found.kind === 'score-or-items' ? found.items : undefined;
  }
  return { path: parts, convert: cellConverter(spec) };
}

/**
 * Compiles a CSV header against a contract: each column is an identifier (`--id`), a field (dotted
 * for nesting), or an unknown key that the validator will reject by name when a row fills it.
 *
 * @returns the row converter, or a message when the header cannot be used.
 */
export function compileCsvHeader(header: readonly string[], contract: ObjectContract<unknown>, idColumns: readonly string[]): RowConverter | string {
  const names = header.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return `the CSV header names the column ${JSON.stringify(name)} twice`;
    seen.add(name);
  }
  const missingIds = idColumns.filter((id) => !seen.has(id));
  if (missingIds.length > 0) return `--id: the CSV header has no column ${missingIds.map((id) => JSON.stringify(id)).join(', ')}`;
  const ids = new Set(idColumns);
  const columns = names.map((name) => {
    if (ids.has(name)) return { id: name, parents: [], key: name, convert: undefined };
    const { path, convert } = place(name, contract);
    return { id: undefined, parents: path.slice(0, -1), key: path[path.length - 1] ?? '', convert };
  });
  return (cells) => {
    // A header such as `__proto__.x` is a key like any other, never the prototype (see setOwn).
    const value: Record<string, unknown> = {};
    let idValues: Record<string, string> | undefined;
    const errors: string[] = [];
    const conflict = (key: string): void => {
      const message = `${key}: give either the ${key} column or the ${key}.* columns, not both`;
      if (!errors.includes(message)) errors.push(message);
    };
    for (let index = 0; index < columns.length; index += 1) {
      const column = columns[index] as (typeof columns)[number];
      const raw = cells[index] ?? '';
      if (column.convert === undefined) {
        (idValues ??= Object.create(null) as Record<string, string>)[column.key] = raw;
        continue;
      }
      const cell = raw.trim();
      if (cell === '') continue; // An empty cell is an absent field: never zero, false or an empty list.
      let target = value;
      for (const parent of column.parents) {
        const existing = Object.hasOwn(target, parent) ? target[parent] : undefined;
        if (existing === undefined) {
          const nested: Record<string, unknown> = {};
          setOwn(target, parent, nested);
          target = nested;
        } else if (typeof existing !== 'object' || existing === null || Array.isArray(existing)) {
          conflict(parent);
          target = {};
          break;
        } else target = existing as Record<string, unknown>;
      }
      const existing = Object.hasOwn(target, column.key) ? target[column.key] : undefined;
      if (typeof existing === 'object' && existing !== null) {
        conflict(column.key);
        continue;
      }
      setOwn(target, column.key, column.convert(cell));
    }
    return { value, ids: idValues, errors };
  };
}

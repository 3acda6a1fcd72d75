import type { CsvError, Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';

/** The cells of one CSV record, or why they cannot be read. */
export type CsvCellsResult = readonly string[] | { readonly error: string };

const OPTIONS = { bom: false, relax_column_count: true, record_delimiter: '\n' } satisfies Options;

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : 'unreadable';
  // csv-parse counts lines within the batch it was given; the row reports its own line.
  return `malformed CSV (${message.replace(/\s+(?:at|on) line \d+/, '')})`;
}

/**
 * Splits whole CSV records into cells with csv-parse. The records come already framed (the reader
 * finds where each ends, quotes considered), so that a malformed record is reported on its own and
 * never shifts the records after it: csv-parse stops at the first error and says how many records
 * it completed before it, so those are kept, the bad one is reported, and parsing starts afresh
 * after it.
 */
export class CsvCells {
  /** Cells of each record of `records` (each a whole record without its line break), in order. */
  parse(records: readonly string[]): CsvCellsResult[] {
    const results: CsvCellsResult[] = [];
    let rest = records;
    while (rest.length > 0) {
      try {
        const parsed: string[][] = parse(`${rest.join('\n')}\n`, OPTIONS);
        // Framed records parse one for one; anything else is read one record at a time.
        if (parsed.length === rest.length) results.push(...parsed);
        else if (rest.length === 1) results.push({ error: describe(undefined) });
        else for (const record of rest) results.push(...this.parse([record]));
        break;
      } catch (error) {
        const completed = Math.min(Math.max(Number((error as CsvError)['records']) || 0, 0), rest.length - 1);
        if (completed > 0) results.push(...this.parse(rest.slice(0, completed)));
        results.push({ error: describe(error) });
        rest = rest.slice(completed + 1);
      }
    }
    return results;
  }
}

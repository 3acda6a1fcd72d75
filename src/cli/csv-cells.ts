import { type CsvError, parse } from 'csv-parse';

/** The cells of one CSV record, or why they cannot be read. */
export type CsvCellsResult = readonly string[] | { readonly error: string };

function describe(error: CsvError | Error | undefined): string {
  const message = error?.message ?? 'unreadable';
  // csv-parse counts lines within the batch it was given; the row reports its own line.
  return `malformed CSV (${message.replace(/\s+at line \d+/, '').replace(/\s+on line \d+/, '')})`;
}

/**
 * Splits whole CSV records into cells with csv-parse. The records come already framed (the reader
 * finds where each ends, quotes considered), so that a malformed record is reported on its own and
 * never shifts the records after it: after any error the parser is replaced and the records after
 * the bad one are parsed again by a fresh one.
 */
export class CsvCells {
  /** Cells of each record of `records` (each a whole record without its line break), in order. */
  parse(records: readonly string[]): CsvCellsResult[] {
    const results: CsvCellsResult[] = [];
    let rest = records;
    while (rest.length > 0) {
      const parsed: CsvCellsResult[] = [];
      const state = { failed: false };
      const parser = parse({
        bom: false,
        relax_column_count: true,
        skip_records_with_error: true,
        record_delimiter: '\n',
        on_record: (record: string[]) => {
          if (!state.failed) parsed.push(record);
          return null;
        },
        on_skip: (error) => {
          if (!state.failed) parsed.push({ error: describe(error) });
          state.failed = true;
          return undefined;
        },
      });
      parser.on('error', () => {
        state.failed = true;
      });
      // Writing and ending are synchronous: every record is parsed before `end` returns.
      parser.end(`${rest.join('\n')}\n`);
      // A record the parser still holds (it found no end for it) is malformed as well; so is one it failed on silently.
      if (parsed.length === 0 || (parsed.length < rest.length && !state.failed)) parsed.push({ error: describe(undefined) });
      parser.destroy();
      results.push(...parsed);
      rest = rest.slice(parsed.length);
    }
    return results;
  }
}

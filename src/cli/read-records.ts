/** One record of the input, with the line it starts on. */
export interface SourceRecord {
  /** 1-based line number where the record starts. */
  readonly line: number;
  /** The parsed record, or `undefined` when its JSON is malformed. */
  readonly value?: unknown;
  /** Why the record could not be parsed. */
  readonly parseError?: string;
}

function parseOne(text: string, line: number): SourceRecord {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { line, parseError: `malformed JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

/**
 * Splits a JSON array into its top-level elements, keeping each element's text, so that a malformed
 * element is reported with its line while the others are still read. Returns `undefined` when the
 * text is not an array that closes.
 */
function splitJsonArray(text: string): { start: number; text: string }[] | undefined {
  const elements: { start: number; text: string }[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let index = text.indexOf('['); index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && start === -1 && char !== undefined && !/[\s,\]]/.test(char)) start = index;
    if (char === '"') inString = true;
    if (depth === 1 && (char === ',' || char === ']')) {
      if (start !== -1) elements.push({ start, text: text.slice(start, index) });
      start = -1;
      if (char === ']') return text.slice(index + 1).trim() === '' ? elements : undefined;
    }
    if (char === '[' || char === '{') depth += 1;
    if (char === ']' || char === '}') depth -= 1;
  }
  return undefined;
}

/**
 * Reads records from a JSON array, a single JSON object, or NDJSON (one JSON value per line; blank
 * lines are skipped), each with the line it starts on.
 *
 * @throws Error when a JSON array does not close.
 */
export function readRecords(text: string): SourceRecord[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    const elements = splitJsonArray(text);
    if (elements === undefined) throw new Error('the input starts like a JSON array but is not one that closes');
    return elements.map((element) => parseOne(element.text, lineAt(text, element.start)));
  }
  if (trimmed.startsWith('{')) {
    const whole = parseOne(text, lineAt(text, text.length - trimmed.length));
    if (whole.parseError === undefined && text.trim().split('\n').length > 1) return [whole];
  }
  return text
    .split('\n')
    .map((content, index) => ({ content, line: index + 1 }))
    .filter(({ content }) => content.trim() !== '')
    .map(({ content, line }) => parseOne(content, line));
}

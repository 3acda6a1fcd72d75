// formatIssuePath: identifiers joined by dots, indices in brackets, anything else quoted.
import { describe, expect, it } from 'vitest';
import { formatIssuePath } from '../../src/contract/path.js';

describe('formatIssuePath', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['oxygen'], 'oxygen'],
    [['oxygen', 'flowLitersPerMinute'], 'oxygen.flowLitersPerMinute'],
    [['vasopressors', 1, 'agent'], 'vasopressors[1].agent'],
    [[0, 'scale'], '[0].scale'],
    [[3], '[3]'],
    [['observations', 12, 'crs', 'oxygen', 'device'], 'observations[12].crs.oxygen.device'],
    [['oxygen.device'], '["oxygen.device"]'],
    [['a', 'b c'], 'a["b c"]'],
    [['1abc'], '["1abc"]'],
    [['_private', '$ref'], '_private.$ref'],
    [['a1', 'B_2'], 'a1.B_2'],
    [[''], '[""]'],
    [['x-y'], '["x-y"]'],
    [['ok', 'not ok', 'ok'], 'ok["not ok"].ok'],
    [['line\nbreak'], '["line\\nbreak"]'],
    [['trailing '], '["trailing "]'],
    [[' leading'], '[" leading"]'],
  ])('%j is %j', (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});

import { EmocodeError } from '@emocode/core';

/** Line and 1-based column of `offset` in `text`, given the offset where its line starts. */
export interface TextPosition {
  line: number;
  column: number;
}

/** An EMOCODE_PARSE_ERROR pointing at `source:line:column`, the form editors jump to. */
export function parseError(where: string, source: string, at: TextPosition, message: string): EmocodeError {
  return new EmocodeError('EMOCODE_PARSE_ERROR', `${where}: ${source}:${at.line}:${at.column}: ${message}`);
}

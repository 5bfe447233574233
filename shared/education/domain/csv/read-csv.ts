/**
 * An RFC 4180 reader that never gives up on the whole file: a record it cannot read is reported
 * with its line and the reader carries on with the next line, so one broken row never hides the
 * good ones after it. Handles a UTF-8 BOM (Excel writes one), CRLF or LF line ends, quoted fields
 * with commas, doubled quotes and line breaks inside, and a `;` delimiter (Excel's in Russian
 * locales) when the header line has semicolons and no commas. Blank lines are skipped.
 */
export type CsvFault = 'unterminated-quote' | 'stray-quote';

export type CsvRecord = { readonly line: number; readonly fields: readonly string[] } | { readonly line: number; readonly fault: CsvFault };

const BOM = '\uFEFF';

export const readCsv = (input: string): CsvRecord[] => {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const firstLine = text.slice(0, lineEndAt(text, 0));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: CsvRecord[] = [];
  let position = 0;
  let line = 1;
  while (position < text.length) {
    const read = readRecord(text, position, delimiter);
    if ('fault' in read && read.fault === 'unterminated-quote') {
      // The quote may never close: resume at the line after the one the record started on.
      records.push({ line, fault: read.fault });
      position = afterLineEnd(text, lineEndAt(text, position));
      line += 1;
      continue;
    }
    const isBlank = 'fields' in read && read.fields.length === 1 && read.fields[0] === '';
    if (!isBlank) records.push('fields' in read ? { line, fields: read.fields } : { line, fault: read.fault });
    line += read.lines;
    position = read.next;
  }
  return records;
};

type RecordRead = ({ readonly fields: string[] } | { readonly fault: CsvFault }) & { readonly next: number; readonly lines: number };

const readRecord = (text: string, start: number, delimiter: string): RecordRead => {
  const fields: string[] = [];
  let position = start;
  let lines = 0;
  for (;;) {
    let field = '';
    if (text[position] === '"') {
      position += 1;
      for (;;) {
        if (position >= text.length) return { fault: 'unterminated-quote', next: text.length, lines };
        const char = text[position];
        if (char === '"') {
          if (text[position + 1] === '"') {
            field += '"';
            position += 2;
            continue;
          }
          position += 1;
          break;
        }
        if (char === '\n') lines += 1;
        field += char;
        position += 1;
      }
      if (position < text.length && text[position] !== delimiter && text[position] !== '\r' && text[position] !== '\n') {
        return skipLine(text, position, lines);
      }
    } else {
      const end = fieldEndAt(text, position, delimiter);
      field = text.slice(position, end);
      if (field.includes('"')) return skipLine(text, end, lines);
      position = end;
    }
    fields.push(field);
    if (text[position] === delimiter) {
      position += 1;
      continue;
    }
    return { fields, next: afterLineEnd(text, position), lines: lines + 1 };
  }
};

/** A stray quote: the rest of the physical line is part of the broken record. */
const skipLine = (text: string, from: number, lines: number): RecordRead => ({
  fault: 'stray-quote',
  next: afterLineEnd(text, lineEndAt(text, from)),
  lines: lines + 1,
});

const fieldEndAt = (text: string, from: number, delimiter: string): number => {
  let position = from;
  while (position < text.length && text[position] !== delimiter && text[position] !== '\r' && text[position] !== '\n') position += 1;
  return position;
};

const lineEndAt = (text: string, from: number): number => {
  let position = from;
  while (position < text.length && text[position] !== '\r' && text[position] !== '\n') position += 1;
  return position;
};

const afterLineEnd = (text: string, at: number): number => {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return at < text.length ? at + 1 : at;
};

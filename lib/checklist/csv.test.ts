import { describe, expect, it } from 'vitest';
import { generateSessions, FIXTURE_TODAY } from '../../tests/fixtures/sessions';
import { csvCell, reportToCsv, sessionsToCsv, toCsv } from './csv';
import { buildReport } from './report';

/** Cells of one line as a spreadsheet set to `sep` sees them (quotes honoured, as Excel and Calc do). */
function readWith(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  const body = line.replace(/\r\n$/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** A strict RFC 4180 reader, written separately from the writer, to check what a spreadsheet sees. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else cell += ch;
  }
  expect(cell).toBe('');
  return rows;
}

describe('CSV for Excel', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('quotes commas, doubles quotes and keeps line breaks inside one cell', () => {
    const cells = ['Bà Lan, tổ 5', 'Chị Hạnh "bán rau"', 'dòng 1\ndòng 2', 'CR\r\nLF', 'Đặng Thị Ngọc Ánh'];
    const text = toCsv([cells]);
    expect(text).toContain('"Bà Lan, tổ 5"');
    expect(text).toContain('"Chị Hạnh ""bán rau"""');
    expect(parseCsv(text)).toEqual([cells]);
  });

  it('keeps Vietnamese in precomposed form exactly as typed', () => {
    const text = toCsv([['Nguyễn Văn Đức', 'Hồ sơ đã nộp']]);
    expect(parseCsv(text)[0]).toEqual(['Nguyễn Văn Đức', 'Hồ sơ đã nộp']);
  });

  it('shows a cell starting like a formula as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('- mang CCCD')).toBe("'- mang CCCD");
    expect(csvCell('=1', ',', false)).toBe('=1');
  });

  it('keeps a formula hidden after any list separator, whatever separator the spreadsheet reads with', () => {
    // A comma file opened where ";" is the list separator splits `x;=1+1;` into x | =1+1 unless it is quoted.
    const risky = ['x;=1+1;', 'x,=1+1', 'x\t@SUM(A1)', 'a; +cmd', 'tên,"=1"', 'a;-2+3', '=1+1', '  =1+1', '＝1+1'];
    for (const delimiter of [',', ';', '\t'] as const) {
      const text = toCsv([risky], { delimiter, bom: false });
      for (const sep of [',', ';', '\t']) {
        for (const cell of readWith(text, sep)) expect(cell, `written with ${JSON.stringify(delimiter)}, read with ${JSON.stringify(sep)}`).not.toMatch(/^\s*[=+\-@＝＋－＠]/);
      }
      expect(readWith(text, delimiter)).toHaveLength(risky.length);
    }
  });

  it('uses the chosen delimiter for Vietnamese-locale Excel', () => {
    expect(toCsv([['a;b', 'c,d']], { delimiter: ';' })).toBe('\uFEFF"a;b";"c,d"\r\n');
  });

  it('exports sessions with Vietnamese headers, one row each, fields readable', () => {
    const sessions = generateSessions(200);
    const rows = parseCsv(sessionsToCsv(sessions, 'vi'));
    expect(rows).toHaveLength(201);
    expect(rows[0]?.slice(0, 5)).toEqual(['Người dân', 'Thủ tục', 'Mã thủ tục', 'Trạng thái', 'Mã hồ sơ']);
    const known = rows.find((row) => row.at(-1) === 'known-0001');
    expect(known?.slice(0, 9)).toEqual([
      'Bà Lan tổ 5',
      'Đăng ký khai sinh',
      '1.001193',
      'Đã nộp',
      'G22.99.08-250715-0001',
      '2025-07-20',
      'Trực tuyến',
      'Có',
      'Không',
    ]);
    expect(known?.[11]).toBe('2025-07-15 08:05');
    // Labels with quotes and line breaks survive.
    expect(rows.some((row) => row[0]?.includes('\n'))).toBe(true);
    expect(rows.some((row) => row[0]?.includes('"bán rau"'))).toBe(true);
    expect(parseCsv(sessionsToCsv(sessions, 'en'))[0]?.[0]).toBe('Resident');
  });

  it('exports 10,000 sessions as 10,001 well-formed rows', () => {
    const rows = parseCsv(sessionsToCsv(generateSessions(10_000), 'vi'));
    expect(rows).toHaveLength(10_001);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([16]));
    // A size test, not a speed test (speed is in the bench): room for a busy machine.
  }, 60_000);

  it('exports the report with a line per period and per procedure, and a total', () => {
    const report = buildReport(generateSessions(200), { period: 'month', from: '2025-07-01', to: '2025-08-31', today: FIXTURE_TODAY });
    const rows = parseCsv(reportToCsv(report, 'vi'));
    expect(rows[0]).toEqual([
      'Kỳ',
      'Thủ tục',
      'Mã thủ tục',
      'Số lượt hỗ trợ',
      'Hồ sơ đã nộp',
      'Hồ sơ nộp trực tuyến',
      'Thanh toán trực tuyến',
      'Nhận kết quả qua bưu chính',
      'Quá hạn trả kết quả',
    ]);
    const july = rows.find((row) => row[0] === '2025-07' && row[1] === 'Tất cả thủ tục');
    expect(july?.[3]).toBe(String(report.rows[0]?.sessions));
    const total = rows.find((row) => row[0] === 'Tổng cộng' && row[1] === 'Tất cả thủ tục');
    expect(total?.[3]).toBe('200');
    expect(rows.some((row) => row[0] === '2025-08' && row[2] === '1.004222')).toBe(true);
  });
});

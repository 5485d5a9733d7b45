/**
 * Problems shown to guide authors (`guides check`, the build, the widget's console): one record per
 * mistake, with the JSON path and a message in Vietnamese first, English second. Authors are ward staff
 * and volunteers editing JSON by hand, so messages say what to write, not what the validator thinks.
 */
import type * as z from 'zod/mini';

import type { Msg } from './problem-core';

export { formatJsonPath, formatProblem, problem, ROOT_PATH, type GuideProblem, type PathSegment, type Severity } from './problem-core';

type ZodIssue = z.core.$ZodIssue;

// ---------------------------------------------------------------------------------------------------
// Schema (zod) issues

const TYPE_NAMES: Record<string, Msg> = {
  string: { vi: 'chuỗi văn bản', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'danh sách [...]', en: 'a list [...]' },
  object: { vi: 'đối tượng {...}', en: 'an object {...}' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có giá trị', en: 'nothing' },
};

function typeName(t: string): Msg {
  return TYPE_NAMES[t] ?? { vi: t, en: t };
}

function typeOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'number';
  return typeof v;
}

/** Named formats from schema.ts regex messages, plus zod's built-in ones. */
const FORMATS: Record<string, Msg> = {
  slug: {
    vi: 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "dang-ky-khai-sinh"',
    en: 'use lower-case letters without diacritics, digits and hyphens, e.g. "dang-ky-khai-sinh"',
  },
  uuid: {
    vi: 'phải là mã UUID của trang thủ tục (chữ thường), ví dụ "019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"',
    en: 'must be the procedure page UUID (lower case), e.g. "019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"',
  },
  date: { vi: 'ngày phải viết dạng NNNN-TT-NN, ví dụ "2026-07-18"', en: 'write the date as YYYY-MM-DD, e.g. "2026-07-18"' },
  'procedure-code': {
    vi: 'mã thủ tục quốc gia dạng "1.001193" (một chữ số, dấu chấm, sáu chữ số)',
    en: 'national procedure code like "1.001193" (one digit, a dot, six digits)',
  },
  phone: {
    vi: 'số điện thoại chỉ gồm chữ số, dấu cách và dấu chấm, ví dụ "1800 1096"',
    en: 'a phone number of digits, spaces and dots, e.g. "1800 1096"',
  },
  url: {
    vi: 'không phải địa chỉ web đầy đủ, ví dụ "https://dichvucong.gov.vn/..."',
    en: 'not a full web address, e.g. "https://dichvucong.gov.vn/..."',
  },
};

function getAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) {
      return { found: false, value: undefined };
    }
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { found: true, value: cur };
}

function fmtValue(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

/** A friendly message for one zod issue; `root` is the validated data, to say what was actually there. */
export function zodIssueMessage(issue: ZodIssue, root: unknown): { code: string; vi: string; en: string } {
  const code = `schema/${issue.code}`;
  switch (issue.code) {
    case 'invalid_type': {
      const want = typeName(issue.expected);
      const at = getAt(root, issue.path);
      if (!at.found) {
        return { code: 'schema/missing', vi: `thiếu trường bắt buộc (${want.vi})`, en: `required field missing (${want.en})` };
      }
      const got = typeName(typeOfValue(at.value));
      return { code, vi: `cần ${want.vi}, đang là ${got.vi}`, en: `expected ${want.en}, got ${got.en}` };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1
          ? { code, vi: 'không được để trống', en: 'must not be empty' }
          : { code, vi: `cần ít nhất ${min} ký tự`, en: `needs at least ${min} characters` };
      }
      if (issue.origin === 'array') {
        return { code, vi: `danh sách cần ít nhất ${min} mục`, en: `the list needs at least ${min} item(s)` };
      }
      return issue.inclusive === false
        ? { code, vi: `phải lớn hơn ${min}`, en: `must be greater than ${min}` }
        : { code, vi: `phải từ ${min} trở lên`, en: `must be at least ${min}` };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const len = String(getAt(root, issue.path).value ?? '').length;
        return { code, vi: `dài quá ${max} ký tự (hiện có ${len})`, en: `longer than ${max} characters (has ${len})` };
      }
      if (issue.origin === 'array') {
        return { code, vi: `danh sách có quá ${max} mục`, en: `the list has more than ${max} items` };
      }
      return { code, vi: `phải nhỏ hơn hoặc bằng ${max}`, en: `must be at most ${max}` };
    }
    case 'invalid_format': {
      const name = issue.format === 'regex' ? issue.message : issue.format;
      const f = FORMATS[name];
      const v = getAt(root, issue.path).value;
      const shown = typeof v === 'string' ? ` (${fmtValue(v)})` : '';
      if (f) return { code: `schema/format-${name}`, vi: `${f.vi}${shown}`, en: `${f.en}${shown}` };
      return { code, vi: `sai định dạng ${name}${shown}`, en: `wrong format ${name}${shown}` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        code,
        vi: `trường không có trong định dạng: ${keys} (viết sai tên trường?)`,
        en: `unknown field(s): ${keys} (misspelt?)`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(fmtValue).join(', ');
      const v = getAt(root, issue.path);
      const shown = v.found ? ` (${fmtValue(v.value)})` : '';
      return { code, vi: `chỉ được là: ${allowed}${shown}`, en: `must be one of: ${allowed}${shown}` };
    }
    case 'not_multiple_of':
      return { code, vi: `phải là bội số của ${issue.divisor}`, en: `must be a multiple of ${issue.divisor}` };
    case 'invalid_union':
      return { code, vi: 'giá trị không khớp dạng nào được phép', en: 'the value matches none of the allowed shapes' };
    case 'invalid_key':
    case 'invalid_element':
      return { code, vi: 'khóa hoặc phần tử không hợp lệ', en: 'invalid key or element' };
    default:
      return { code, vi: `không hợp lệ (${issue.message})`, en: `invalid (${issue.message})` };
  }
}

// ---------------------------------------------------------------------------------------------------
// JSON syntax

const JSON_DETAILS: [RegExp, Msg][] = [
  [/^Unexpected end of JSON input/, { vi: 'tệp kết thúc giữa chừng (thiếu dấu đóng } hoặc ]?)', en: 'the file ends too early (missing } or ]?)' }],
  [/^Expected double-quoted property name/, { vi: 'cần tên trường trong dấu ngoặc kép (dấu phẩy thừa?)', en: 'expected a property name in double quotes (trailing comma?)' }],
  [/^Expected property name or '\}'/, { vi: 'cần tên trường trong dấu ngoặc kép hoặc dấu }', en: "expected a property name in double quotes or '}'" }],
  [/^Expected ',' or '\}' after property value/, { vi: 'thiếu dấu phẩy hoặc dấu } sau giá trị', en: "expected ',' or '}' after a value" }],
  [/^Expected ',' or '\]' after array element/, { vi: 'thiếu dấu phẩy hoặc dấu ] sau phần tử', en: "expected ',' or ']' after a list item" }],
  [/^Expected ':' after property name/, { vi: 'thiếu dấu hai chấm sau tên trường', en: "expected ':' after the property name" }],
  [/^Unterminated string/, { vi: 'chuỗi chưa đóng dấu ngoặc kép', en: 'a string is missing its closing quote' }],
  [/^Bad control character in string literal/, { vi: 'xuống dòng hoặc tab bên trong chuỗi: viết \\n thay vì xuống dòng', en: 'a line break or tab inside a string: write \\n instead' }],
  [/^Bad escaped character/, { vi: 'dấu \\ trong chuỗi không hợp lệ: viết \\\\ cho một dấu \\', en: 'invalid \\ escape in a string: write \\\\ for one backslash' }],
  [/^Unexpected non-whitespace character after JSON/, { vi: 'còn ký tự thừa sau khi JSON đã kết thúc', en: 'extra characters after the end of the JSON' }],
  [/^(No number after minus sign|Exponent part is missing a number|Unterminated fractional number)/, { vi: 'số viết sai', en: 'a malformed number' }],
  [/^Unexpected token/, { vi: 'ký tự không mong đợi (dấu ngoặc đơn thay cho ngoặc kép, hoặc chú thích?)', en: 'unexpected character (single quotes instead of double, or a comment?)' }],
];

export function jsonSyntaxMessage(engineMessage: string): Msg {
  for (const [re, msg] of JSON_DETAILS) {
    if (re.test(engineMessage)) return { vi: `JSON không hợp lệ: ${msg.vi}`, en: `invalid JSON: ${msg.en}` };
  }
  return { vi: `JSON không hợp lệ: ${engineMessage}`, en: `invalid JSON: ${engineMessage}` };
}

// ---------------------------------------------------------------------------------------------------
// Checks beyond the schema

const PATTERN_REASONS: Record<string, Msg> = {
  empty: { vi: 'mẫu trống', en: 'empty pattern' },
  long: { vi: 'mẫu dài quá 300 ký tự', en: 'the pattern is longer than 300 characters' },
  scheme: { vi: 'bỏ phần "https://" ở đầu mẫu', en: 'leave out "https://" at the start' },
  query: {
    vi: 'truy vấn chỉ được viết dạng "?ten=gia-tri&ten2=*" trước dấu # (hoặc bỏ phần "?...")',
    en: 'a query must read "?name=value&name2=*" before any # (or leave out the "?..." part)',
  },
  host: { vi: 'tên miền không hợp lệ (chỉ được dùng "*." ở đầu)', en: 'invalid host (only a leading "*." is allowed)' },
  path: { vi: 'đường dẫn có "//"', en: 'the path contains "//"' },
  chars: { vi: 'có ký tự không được phép (dấu cách, dấu ngoặc kép, <, >, \\, nhiều dấu #)', en: 'contains characters that are not allowed (space, quote, <, >, \\, several #)' },
};

export const msg = {
  fileRead: (detail: Msg): Msg => ({ vi: `không đọc được tệp: ${detail.vi}`, en: `cannot read the file: ${detail.en}` }),
  noFiles: (where: string): Msg => ({ vi: `không có tệp hướng dẫn .json nào trong ${where}`, en: `no guide .json files in ${where}` }),
  idFileName: (id: string, name: string): Msg => ({
    vi: `id "${id}" phải trùng tên tệp "${name}.json"`,
    en: `id "${id}" must equal the file name "${name}.json"`,
  }),
  duplicateId: (kind: Msg, id: string, firstPath: string): Msg => ({
    vi: `${kind.vi} "${id}" bị trùng (đã dùng ở ${firstPath})`,
    en: `duplicate ${kind.en} "${id}" (already used at ${firstPath})`,
  }),
  duplicateGuideId: (id: string, firstFile: string): Msg => ({
    vi: `id hướng dẫn "${id}" bị trùng với tệp ${firstFile}`,
    en: `guide id "${id}" is also used by ${firstFile}`,
  }),
  routeStepUnknown: (field: 'after' | 'rejoin', id: string): Msg => ({
    vi: `"${field}" của lộ trình trỏ tới bước chính "${id}" không tồn tại`,
    en: `the route's "${field}" refers to a main step "${id}" that does not exist`,
  }),
  routeRejoinOrder: (rejoin: string, after: string): Msg => ({
    vi: `lộ trình nhập lại ở bước "${rejoin}" nhưng bước này không nằm sau bước "${after}" nơi lộ trình bắt đầu`,
    en: `the route rejoins at "${rejoin}", which does not come after "${after}" where the route starts`,
  }),
  routeRejoinDiffers: (after: string, rejoin: string): Msg => ({
    vi: `các lộ trình bắt đầu sau bước "${after}" phải cùng nhập lại ở một bước (lộ trình đầu nhập lại ở "${rejoin}")`,
    en: `routes starting after "${after}" must all rejoin at one step (the first rejoins at "${rejoin}")`,
  }),
  routeForkSingle: (after: string): Msg => ({
    vi: `chỉ có một lộ trình bắt đầu sau bước "${after}": cần ít nhất hai lộ trình, hoặc đưa các bước vào danh sách bước chính`,
    en: `only one route starts after "${after}": a fork needs at least two routes, or put the steps in the main list`,
  }),
  routeForksOverlap: (after: string, other: string): Msg => ({
    vi: `các lộ trình sau bước "${after}" bắt đầu khi các lộ trình sau bước "${other}" chưa nhập lại`,
    en: `the routes after "${after}" start before the routes after "${other}" have rejoined`,
  }),
  routeUnreachable: (id: string, after: string): Msg => ({
    vi: `không ai đi tới được bước "${id}": nó nằm giữa nơi các lộ trình sau bước "${after}" rẽ ra và nơi chúng nhập lại`,
    en: `nobody can reach step "${id}": it lies between where the routes after "${after}" leave and where they rejoin`,
  }),
  urlPattern: (pattern: string, reason: string): Msg => {
    const r = PATTERN_REASONS[reason] ?? { vi: reason, en: reason };
    return { vi: `mẫu địa chỉ "${pattern}" không hợp lệ: ${r.vi}`, en: `URL pattern "${pattern}" is invalid: ${r.en}` };
  },
  pageCatchAll: (pattern: string): Msg => ({
    vi: `bước có phần tử cần chỉ nhưng trang "${pattern}" là mọi trang của cổng; ghi đường dẫn cụ thể để không chỉ nhầm nút trên trang khác`,
    en: `the step points at an element but "${pattern}" is every page of the host; name the path so the wrong button on another page is never pointed at`,
  }),
  patternNotPortal: (pattern: string): Msg => ({
    vi: `mẫu địa chỉ "${pattern}" không thuộc cổng dịch vụ công nào nên tiện ích sẽ không chạy ở đó`,
    en: `URL pattern "${pattern}" is not on a portal host, so the extension never runs there`,
  }),
  targetNoLocator: (keys: readonly string[]): Msg => ({
    vi: `cách tìm phần tử cần ít nhất một trong: ${keys.join(', ')} (role, exact, near chỉ bổ sung)`,
    en: `a target needs at least one of: ${keys.join(', ')} (role, exact, near only refine it)`,
  }),
  doneKinds: (found: readonly string[], kinds: readonly string[]): Msg =>
    found.length === 0
      ? { vi: `điều kiện hoàn thành cần đúng một loại: ${kinds.join(', ')}`, en: `a done condition needs exactly one kind: ${kinds.join(', ')}` }
      : {
          vi: `mỗi điều kiện hoàn thành chỉ một loại, đang có ${found.join(' + ')}: tách thành nhiều điều kiện`,
          en: `one kind per done condition, found ${found.join(' + ')}: split into separate conditions`,
        },
  clickedNeedsTarget: (): Msg => ({
    vi: 'điều kiện "clicked" cần bước có "target" (bấm vào đâu?)',
    en: 'a "clicked" condition needs the step to have a "target" (click on what?)',
  }),
  cssInvalid: (css: string): Msg => ({ vi: `bộ chọn CSS không hợp lệ: ${css}`, en: `invalid CSS selector: ${css}` }),
  linkRefused: (url: string, code: string): Msg => {
    if (code === 'link-scheme') {
      return {
        vi: `liên kết bị từ chối: "${url}" phải dùng https://`,
        en: `link refused: "${url}" must use https://`,
      };
    }
    if (code === 'link-host') {
      return {
        vi: `liên kết bị từ chối: "${url}" không thuộc danh sách trang được phép (lib/engine/hosts.ts)`,
        en: `link refused: "${url}" is not on an allowed host (lib/engine/hosts.ts)`,
      };
    }
    return { vi: `liên kết bị từ chối: "${url}" không phải địa chỉ hợp lệ`, en: `link refused: "${url}" is not a valid address` };
  },
  // Notes are written in one language; repeating a long note after the slash only doubles the line.
  unverified: (note: string): Msg => ({ vi: `chưa xác minh: ${note}`, en: 'unverified (see the note)' }),
  schemaRef: (expected: string): Msg => ({
    vi: `nên có "$schema": "${expected}" để trình soạn thảo gợi ý và kiểm tra`,
    en: `add "$schema": "${expected}" so editors can suggest and check fields`,
  }),
  conditionalNoCondition: (): Msg => ({
    vi: 'giấy tờ "conditional" nên ghi rõ "condition" (khi nào cần)',
    en: 'a "conditional" document should say its "condition" (when it is needed)',
  }),
  tooManyProblems: (n: number): Msg => ({
    vi: `có hơn ${n} lỗi; chỉ hiện ${n} lỗi đầu: sửa chúng rồi kiểm tra lại`,
    en: `more than ${n} problems; only the first ${n} are shown: fix them and check again`,
  }),
  guideTooLarge: (limit: string): Msg => ({
    vi: `hướng dẫn quá lớn (vượt ${limit.replace('values', 'giá trị').replace('items', 'mục').replace('fields', 'trường').replace('levels', 'cấp lồng nhau')}): không đọc tiếp`,
    en: `the guide is too large (over ${limit}): not read further`,
  }),
  guideFileUnreadable: (detail: string): Msg => ({
    vi: `không đọc được tệp hướng dẫn (${detail})`,
    en: `the guide file could not be read (${detail})`,
  }),
  catalogTooMany: (n: number): Msg => ({
    vi: `danh mục có quá ${n} hướng dẫn; chỉ đọc ${n} hướng dẫn đầu`,
    en: `the catalog has more than ${n} guides; only the first ${n} are read`,
  }),
  catalogNotObject: (): Msg => ({
    vi: 'danh mục phải là đối tượng { "guides": [...] }',
    en: 'a catalog must be an object { "guides": [...] }',
  }),
};

export const KIND_STEP: Msg = { vi: 'id bước', en: 'step id' };
export const KIND_ROUTE: Msg = { vi: 'id lộ trình', en: 'route id' };
export const KIND_DOCUMENT: Msg = { vi: 'id giấy tờ', en: 'document id' };
export const KIND_SITUATION: Msg = { vi: 'id tình huống', en: 'situation id' };

/**
 * A town catalog made of script-injection attempts (tests/unit/xss-payloads.ts): each payload goes into a
 * valid-shaped guide twice, at two different places (titles, summaries, step text, tips, links, document
 * names...), once as written (alert → a dialog the test sees) and once calling `__xss.push` (a trap the
 * page sets up before load). Validation refuses some of these guides and the widget renders the rest;
 * both count, and nothing may run either way.
 */
import type { Guide } from '../../../lib/guide/schema';
import { XSS_MARKDOWN_PAYLOADS, XSS_MARKUP_PAYLOADS, XSS_URL_PAYLOADS } from '../../unit/xss-payloads';

export type XssVariant = 'alert' | 'trap';

export interface XssCase {
  id: string;
  payload: string;
  variant: XssVariant;
  /** Where in the guide the payload went, e.g. "steps[0].links[0].url". */
  place: string;
}

type Place = { name: string; put: (g: Guide, value: string) => void };

const step0 = (g: Guide) => g.steps[0]!;
const doc0 = (g: Guide) => g.documents[0]!;
const link = (value: string): string => `Xem [Liên kết](${value}) để biết thêm.`;

/** Text shown to people: plain text fields and rich text fields. */
const TEXT_PLACES: Place[] = [
  { name: 'title', put: (g, v) => void (g.title = v) },
  { name: 'summary', put: (g, v) => void (g.summary = v) },
  { name: 'en.title', put: (g, v) => void (g.en = { title: v, summary: 'English summary.' }) },
  { name: 'en.summary', put: (g, v) => void (g.en = { title: 'English title', summary: v }) },
  { name: 'keywords[0]', put: (g, v) => void (g.keywords = [v]) },
  { name: 'procedure.name', put: (g, v) => void (g.procedure!.name = v) },
  { name: 'procedure.agency', put: (g, v) => void (g.procedure!.agency = v) },
  { name: 'procedure.channels.online.timeText', put: (g, v) => void (g.procedure!.channels.online!.timeText = v) },
  { name: 'procedure.channels.online.feeText', put: (g, v) => void (g.procedure!.channels.online!.feeText = v) },
  { name: 'documents[0].name', put: (g, v) => void (doc0(g).name = v) },
  { name: 'documents[0].condition', put: (g, v) => void Object.assign(doc0(g), { need: 'conditional', condition: v }) },
  { name: 'documents[0].note', put: (g, v) => void (doc0(g).note = v) },
  { name: 'documents[0].form.text', put: (g, v) => void (doc0(g).form!.text = v) },
  { name: 'steps[0].title', put: (g, v) => void (step0(g).title = v) },
  { name: 'steps[0].body', put: (g, v) => void (step0(g).body = v) },
  { name: 'steps[0].tips[0]', put: (g, v) => void (step0(g).tips = [v]) },
  { name: 'steps[0].warnings[0]', put: (g, v) => void (step0(g).warnings = [v]) },
  { name: 'steps[0].links[0].text', put: (g, v) => void (step0(g).links![0]!.text = v) },
  { name: 'steps[0].links[0].cost', put: (g, v) => void (step0(g).links![0]!.cost = v) },
  { name: 'situations[0].question', put: (g, v) => void (g.situations![0]!.question = v) },
  { name: 'situations[0].answer', put: (g, v) => void (g.situations![0]!.answer = v) },
  { name: 'help.contacts[0].name', put: (g, v) => void (g.help.contacts![0]!.name = v) },
  { name: 'help.contacts[0].address', put: (g, v) => void (g.help.contacts![0]!.address = v) },
  { name: 'help.postalReturn', put: (g, v) => void (g.help.postalReturn = v) },
  { name: 'help.saturday', put: (g, v) => void (g.help.saturday = v) },
];

/** Link addresses: structured link fields, and markdown links inside rich text. */
const URL_PLACES: Place[] = [
  { name: 'steps[0].links[0].url', put: (g, v) => void (step0(g).links![0]!.url = v) },
  { name: 'documents[0].form.url', put: (g, v) => void (doc0(g).form!.url = v) },
  { name: 'help.feedbackUrl', put: (g, v) => void (g.help.feedbackUrl = v) },
  { name: 'sources[0].url', put: (g, v) => void (g.sources[0]!.url = v) },
  { name: 'steps[0].body (link)', put: (g, v) => void (step0(g).body = link(v)) },
  { name: 'steps[0].tips[0] (link)', put: (g, v) => void (step0(g).tips = [link(v)]) },
  { name: 'documents[0].note (link)', put: (g, v) => void (doc0(g).note = link(v)) },
  { name: 'situations[0].answer (link)', put: (g, v) => void (g.situations![0]!.answer = link(v)) },
];

/** Rich text (markdown) fields. */
const RICH_PLACES: Place[] = TEXT_PLACES.filter((p) =>
  ['steps[0].body', 'steps[0].tips[0]', 'steps[0].warnings[0]', 'documents[0].note', 'situations[0].answer', 'help.postalReturn', 'help.saturday'].includes(p.name),
);

/** A small valid guide: every field that shows text or a link is present, so each can carry a payload. */
export function baseGuide(id: string): Guide {
  return {
    id,
    version: 1,
    title: 'Thủ tục thử nghiệm',
    summary: 'Hướng dẫn dùng để kiểm thử.',
    keywords: ['kiểm thử'],
    reviewedAt: '2026-01-15',
    sources: [{ title: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/' }],
    procedure: {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      level: 'toan-trinh',
      agency: 'Ủy ban nhân dân cấp xã',
      channels: { online: { feeVnd: 0, feeText: 'Miễn lệ phí', time: { qty: 1, unit: 'working-day' }, timeText: '1 ngày làm việc' } },
    },
    startPages: ['dichvucong.gov.vn/thu-tuc-hanh-chinh/*'],
    documents: [
      {
        id: 'to-khai',
        name: 'Tờ khai đăng ký khai sinh',
        need: 'required',
        note: 'Khai trực tuyến trên Cổng.',
        form: { text: 'Mẫu tờ khai', url: 'https://dichvucong.gov.vn/' },
      },
    ],
    steps: [
      {
        id: 'buoc-mot',
        title: 'Chuẩn bị giấy tờ',
        body: 'Chuẩn bị **giấy chứng sinh**.',
        tips: ['Chụp ảnh rõ nét.'],
        warnings: ['Không nộp bản mờ.'],
        links: [{ text: 'Cổng Dịch vụ công', url: 'https://dichvucong.gov.vn/', cost: 'Miễn phí' }],
      },
      { id: 'buoc-hai', title: 'Nộp hồ sơ', body: 'Bấm **Nộp hồ sơ**.' },
    ],
    situations: [{ id: 'khong-co-otp', question: 'Không nhận được mã OTP?', answer: 'Bấm gửi lại mã.' }],
    help: {
      hotline: '18001096',
      contacts: [{ name: 'UBND xã', phone: '0238 3 123 456', address: 'Số 1 đường Lê Lợi', hours: 'Giờ hành chính' }],
      feedbackUrl: 'https://dichvucong.gov.vn/',
      postalReturn: 'Nhận kết quả qua bưu điện.',
      saturday: 'Làm việc sáng thứ Bảy.',
    },
  };
}

/** The payload calling the page's trap instead of alert (and VBScript's msgbox). */
export function trapVariant(payload: string): string {
  return payload.replace(/alert|msgbox/g, '__xss.push');
}

/** The whole catalog: every payload twice (as written, and calling the trap), each at its own place. */
export function buildXssCatalog(): { catalog: { guides: Guide[] }; cases: XssCase[] } {
  const guides: Guide[] = [];
  const cases: XssCase[] = [];
  const groups: [readonly string[], Place[]][] = [
    [XSS_MARKUP_PAYLOADS, TEXT_PLACES],
    [XSS_URL_PAYLOADS, URL_PLACES],
    [XSS_MARKDOWN_PAYLOADS, RICH_PLACES],
  ];
  for (const [payloads, places] of groups) {
    payloads.forEach((raw, i) => {
      for (const variant of ['alert', 'trap'] as const) {
        // The trap copy goes to another place than the original, so each payload meets two renderers.
        const place = places[(i + (variant === 'trap' ? Math.ceil(places.length / 2) : 0)) % places.length]!;
        const payload = variant === 'alert' ? raw : trapVariant(raw);
        const id = `xss-${String(guides.length + 1).padStart(3, '0')}`;
        const guide = baseGuide(id);
        place.put(guide, payload);
        guides.push(guide);
        cases.push({ id, payload, variant, place: place.name });
      }
    });
  }
  return { catalog: { guides }, cases };
}

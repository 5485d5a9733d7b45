/** A small guide for component tests, written here (not copied from the portal material). */
import type { Guide } from '../lib/guide/schema';

export const TEST_GUIDE: Guide = {
  id: 'dang-ky-khai-sinh',
  version: 1,
  title: 'Đăng ký khai sinh trực tuyến',
  summary: 'Làm giấy khai sinh cho con trên Cổng Dịch vụ công.',
  reviewedAt: '2026-07-18',
  sources: [{ title: 'Cổng Dịch vụ công quốc gia' }],
  procedure: {
    code: '1.001193',
    portalId: '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
    name: 'Thủ tục đăng ký khai sinh',
    level: 'toan-trinh',
    agency: 'Ủy ban nhân dân cấp xã',
    channels: {
      online: { feeVnd: 0, time: { qty: 1, unit: 'working-day' }, timeText: 'Ngay trong ngày làm việc' },
      inPerson: { feeVnd: 8000, time: { qty: 3, unit: 'working-day' }, timeText: '03 ngày làm việc' },
      postal: { feeVnd: null, feeText: 'Theo Nghị quyết của HĐND tỉnh', time: { qty: 0, unit: 'other' }, timeText: 'Tùy nơi gửi' },
    },
  },
  documents: [
    { id: 'to-khai', name: 'Tờ khai đăng ký khai sinh', need: 'required', originals: 1 },
    { id: 'giay-chung-sinh', name: 'Giấy chứng sinh', need: 'required', originals: 1, note: 'Do **bệnh viện** cấp.' },
    { id: 'cccd', name: 'Căn cước của cha hoặc mẹ', need: 'required', showOnly: true },
    { id: 'uy-quyen', name: 'Văn bản ủy quyền', need: 'conditional', condition: 'người đi làm thủ tục là người được ủy quyền', copies: 1 },
    { id: 'ket-hon', name: 'Giấy chứng nhận kết hôn', need: 'conditional' },
  ],
  steps: [
    { id: 'dang-nhap', title: 'Đăng nhập bằng VNeID', body: 'Bấm **Đăng nhập** ở góc trên.' },
    {
      id: 'chon-thu-tuc',
      title: 'Chọn thủ tục đăng ký khai sinh',
      tips: ['Gõ “khai sinh” vào ô tìm kiếm.'],
      warnings: ['Không chia sẻ mã OTP cho ai.'],
      links: [{ text: 'Trang thủ tục', url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x', cost: 'Miễn phí' }],
    },
    { id: 'uy-quyen', title: 'Gửi văn bản ủy quyền', optional: true },
  ],
  routes: [
    {
      id: 'truc-tuyen',
      title: 'Nộp trực tuyến',
      after: 'chon-thu-tuc',
      rejoin: 'uy-quyen',
      steps: [{ id: 'nop-truc-tuyen', title: 'Nộp hồ sơ trực tuyến', body: 'Điền tờ khai.' }],
    },
    {
      id: 'truc-tiep',
      title: 'Nộp trực tiếp',
      after: 'chon-thu-tuc',
      rejoin: 'uy-quyen',
      steps: [{ id: 'nop-truc-tiep', title: 'Nộp tại Ủy ban nhân dân xã' }],
    },
  ],
  situations: [{ id: 'khong-nhan-otp', question: 'Không nhận được mã OTP', answer: 'Chờ 1 phút rồi bấm **Gửi lại**.' }],
  help: {
    hotline: '18001096',
    contacts: [{ name: 'Bộ phận một cửa UBND xã', phone: '0238 3844 555', hours: 'Sáng thứ Hai đến thứ Sáu' }],
    feedbackUrl: 'https://dichvucong.gov.vn/p/phananhkiennghi',
  },
};

/*
 * Sandbox app for dichvucong.gov.vn (our own writing; texts summarised in our own words).
 * Models these real facts (see ../shared/portal/FLOWS.md and the captured detail page):
 * - a React-style SPA: one shell for every path, views rendered from location.pathname, pushState links;
 * - procedure page: h3 title, h4 sections "Trình Tự Thực Hiện", "Cách Thức Thực Hiện" (Hình thức nộp | Thời
 *   gian | Phí, lệ phí | Mô tả), "Thành phần hồ sơ" (h5 groups, Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng),
 *   "Căn cứ pháp lý", "Cơ quan thực hiện", "Kết quả xử lý";
 * - the side box "Chọn cơ quan thực hiện": toggles "Tỉnh/ Thành phố | Bộ ngành" and "Phường/ Xã | Sở",
 *   comboboxes button[aria-haspopup=listbox] whose dropdown (search box + ul[role=listbox] of plain <li>)
 *   is appended at the end of <body> and commits on mousedown; a chosen value swaps the button for an
 *   input plus "×"; wards load only after a province; the note "Hệ thống chỉ hiển thị những cơ quan đã áp
 *   dụng dịch vụ công trực tuyến"; then "Nộp hồ sơ";
 * - agency cards with "Cơ quan thực hiện: …" and "Nộp trực tuyến"; the "Thông tin chung" modal with
 *   button[data-e2e=confirm-button-information] "Xác nhận"; sign-in on sso.dancuquocgia.gov.vn.
 * Behaviour never depends on class names; classes are only for looks.
 */
import { h, openDialog, portalUrl, ssoAuthUrl, wait } from '/__sandbox/dom.js';
import { onePageFormView } from './nop-ho-so-V7c2kQ.js';

const LOGIN_KEY = 'sbx-dvc-dang-nhap';
const RETURN_KEY = 'sbx-dvc-quay-lai';
const isLoggedIn = () => sessionStorage.getItem(LOGIN_KEY) === '1';
// Which form "Nộp trực tuyến" opens (FLOWS.md §6.1: the national one-page form or the Ministry of Justice
// wizard, by procedure and province; unknown which). Sandbox hook: ?nop=mot-trang or ?nop=bo-tu-phap on a
// procedure page, kept for the tab; otherwise the procedure's own `handoff`.
const ROUTE_KEY = 'sbx-dvc-nop';
function handoffOf(p) {
  const asked = new URLSearchParams(location.search).get('nop');
  if (asked === 'mot-trang' || asked === 'bo-tu-phap') sessionStorage.setItem(ROUTE_KEY, asked);
  const kept = sessionStorage.getItem(ROUTE_KEY);
  if (kept === 'mot-trang') return 'national';
  if (kept === 'bo-tu-phap') return 'moj';
  return p.handoff;
}

// ---------------------------------------------------------------- data (sandbox, summarised)

const PROVINCES = [
  'Thành phố Hà Nội', 'Tỉnh Cao Bằng', 'Tỉnh Tuyên Quang', 'Tỉnh Điện Biên', 'Tỉnh Lai Châu', 'Tỉnh Sơn La',
  'Tỉnh Lào Cai', 'Tỉnh Thái Nguyên', 'Tỉnh Lạng Sơn', 'Tỉnh Quảng Ninh', 'Tỉnh Bắc Ninh', 'Tỉnh Phú Thọ',
  'Thành phố Hải Phòng', 'Tỉnh Hưng Yên', 'Tỉnh Ninh Bình', 'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh',
  'Tỉnh Quảng Trị', 'Thành phố Huế', 'Thành phố Đà Nẵng', 'Tỉnh Quảng Ngãi', 'Tỉnh Gia Lai', 'Tỉnh Khánh Hòa',
  'Tỉnh Đắk Lắk', 'Tỉnh Lâm Đồng', 'Thành phố Đồng Nai', 'Thành phố Hồ Chí Minh', 'Tỉnh Tây Ninh',
  'Tỉnh Đồng Tháp', 'Tỉnh Vĩnh Long', 'Tỉnh An Giang', 'Thành phố Cần Thơ', 'Tỉnh Cà Mau',
];

const WARDS = {
  'Tỉnh Nghệ An': ['Phường Trường Vinh', 'Phường Thành Vinh', 'Phường Vinh Hưng', 'Phường Vinh Phú', 'Phường Vinh Lộc', 'Phường Cửa Lò'],
  'Thành phố Hà Nội': ['Phường Hoàn Kiếm', 'Phường Ba Đình', 'Phường Cửa Nam'],
  'Thành phố Hồ Chí Minh': ['Phường Sài Gòn', 'Phường Bến Thành', 'Phường Tân Định'],
};

const MINISTRIES = ['Bộ Tư pháp', 'Bộ Công an', 'Bộ Y tế'];

const KHAI_SINH = {
  id: '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
  code: '1.001193',
  title: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'Cấp Xã',
  issuer: 'Bộ Tư pháp',
  subjects: 'Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài',
  agency: 'Ủy ban nhân dân cấp xã',
  result: 'Giấy khai sinh',
  handoff: 'moj',
  steps: [
    'Nộp trực tiếp: người yêu cầu mang hồ sơ đến Trung tâm Phục vụ hành chính công có thẩm quyền và nộp lệ phí nếu thuộc trường hợp phải nộp; nếu muốn có bản sao Giấy khai sinh thì nộp thêm phí cấp bản sao.',
    'Nộp trực tuyến: người yêu cầu vào Cổng Dịch vụ công quốc gia hoặc ứng dụng định danh quốc gia (VNeID), điền tờ khai điện tử tương tác đăng ký khai sinh, đính kèm bản chụp hoặc bản sao điện tử các giấy tờ theo quy định, nộp phí, lệ phí (nếu có) bằng chức năng thanh toán trực tuyến rồi gửi hồ sơ.',
    'Cán bộ tiếp nhận kiểm tra hồ sơ. Hồ sơ đủ và hợp lệ thì được tiếp nhận; nếu tiếp nhận sau 15 giờ thì kết quả được hẹn trả trong ngày làm việc tiếp theo. Với hồ sơ trực tuyến, phiếu hẹn được gửi qua thư điện tử hoặc tin nhắn điện thoại.',
    'Hồ sơ chưa đủ hoặc chưa hợp lệ: cán bộ thông báo rõ giấy tờ, nội dung cần bổ sung. Sau khi người yêu cầu bổ sung, hồ sơ được kiểm tra lại từ đầu. Nếu không bổ sung được thì hồ sơ bị từ chối kèm thông báo.',
    'Công chức tư pháp - hộ tịch thẩm tra tính thống nhất, hợp lệ của thông tin. Nếu cần xác minh thêm mà không kịp trả đúng hẹn, cơ quan gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.',
    'Với hồ sơ trực tuyến, công chức gửi bản xem trước Giấy khai sinh điện tử cho người yêu cầu kiểm tra. Người yêu cầu xác nhận trong tối đa một ngày; quá thời hạn mà không phản hồi thì thông tin được coi là đã thống nhất.',
    'Thông tin được ghi vào Sổ đăng ký khai sinh và chuyển đến Cơ sở dữ liệu quốc gia về dân cư để cấp Số định danh cá nhân cho trẻ. Sau đó Giấy khai sinh (bản giấy, bản sao và bản điện tử) được trình lãnh đạo Ủy ban nhân dân cấp xã ký.',
    'Lưu ý: nếu cha, mẹ của trẻ đã đăng ký kết hôn, cơ quan đăng ký hộ tịch tự tra cứu thông tin kết hôn qua các cơ sở dữ liệu đã kết nối, người yêu cầu chỉ cần cung cấp thông tin trong tờ khai.',
    'Trường hợp trẻ bị bỏ rơi, trẻ chưa xác định được cha hoặc mẹ, hay trẻ sinh ra do mang thai hộ, hồ sơ có thêm giấy tờ riêng như nêu ở phần Thành phần hồ sơ.',
  ],
  methods: [
    ['Trực tuyến', '1 Ngày làm việc', 'Miễn lệ phí khi đăng ký đúng hạn', 'Nhận hồ sơ trước 15 giờ thì trả kết quả trong ngày; sau 15 giờ thì trả trong ngày làm việc tiếp theo.'],
    ['Trực tiếp', '1 Ngày làm việc', 'Miễn lệ phí khi đăng ký đúng hạn', 'Nộp tại Trung tâm Phục vụ hành chính công; phí cấp bản sao (nếu có) theo quy định của tỉnh.'],
    ['Dịch vụ bưu chính', '1 Ngày làm việc', 'Miễn lệ phí khi đăng ký đúng hạn', 'Gửi kèm bản sao có chứng thực các giấy tờ phải xuất trình.'],
  ],
  documents: [
    ['* Giấy tờ phải nộp:', [
      ['Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác nhận việc sinh; không có người làm chứng thì giấy cam đoan về việc sinh.', '', '1 bản chính'],
      ['Văn bản ủy quyền (được chứng thực) nếu ủy quyền người khác đi đăng ký; người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột thì không cần chứng thực.', '', '1 bản chính'],
      ['Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập (nếu trẻ bị bỏ rơi).', '', '1 bản chính'],
      ['Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản (nếu trẻ sinh ra do mang thai hộ).', '', '1 bản chính'],
      ['Tờ khai đăng ký khai sinh (khi nộp trực tiếp hoặc qua bưu chính) hoặc tờ khai điện tử tương tác (khi nộp trực tuyến).', 'Tờ khai đăng ký khai sinh', '1 bản chính'],
    ]],
    ['* Giấy tờ phải xuất trình:', [
      ['Giấy tờ tùy thân còn giá trị (Thẻ căn cước, Căn cước công dân, Hộ chiếu, Căn cước điện tử…) khi làm thủ tục trực tiếp.', '', '1 bản chính'],
      ['Giấy tờ chứng minh nơi cư trú, chỉ khi cơ quan đăng ký không tra cứu được thông tin cư trú trong Cơ sở dữ liệu quốc gia về dân cư.', '', '1 bản chính'],
      ['Gửi hồ sơ qua bưu chính: kèm bản sao có chứng thực các giấy tờ phải xuất trình.', '', '0 bản chính'],
    ]],
    ['* Lưu ý:', [
      ['Nếu thông tin cá nhân đã có trong Cơ sở dữ liệu quốc gia về dân cư và được hệ thống tự điền thì không phải tải lên.', '', '0 bản chính'],
      ['Bản chụp gửi kèm hồ sơ trực tuyến phải rõ nét, đầy đủ nội dung, chụp hoặc quét từ giấy tờ hợp lệ.', '', '0 bản chính'],
    ]],
  ],
  legal: [
    ['60/2014/QH13', 'Luật Hộ tịch'],
    ['123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch'],
    ['87/2020/NĐ-CP', 'Nghị định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến'],
    ['04/2020/TT-BTP', 'Thông tư hướng dẫn Luật Hộ tịch và Nghị định 123/2015/NĐ-CP'],
    ['120/2025/NĐ-CP', 'Nghị định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực của Bộ Tư pháp'],
  ],
};

const THUONG_TRU = {
  id: '019d2bf7-7704-7449-9e95-fe7ebb959aa2',
  code: '1.004222',
  title: 'Đăng ký thường trú',
  field: 'Đăng ký, quản lý cư trú',
  level: 'Cấp Xã',
  issuer: 'Bộ Công an',
  subjects: 'Công dân Việt Nam',
  agency: 'Công an cấp Xã',
  result: 'Thông báo kết quả giải quyết thủ tục đăng ký cư trú',
  // Residence procedures go on to the residence portal's own form (FLOWS §6.3).
  handoff: 'cu-tru',
  form: '/portal/p/home/dang-ky-thuong-tru.html',
  steps: [
    'Bước 1: Chuẩn bị hồ sơ theo quy định.',
    'Bước 2: Nộp hồ sơ đến Công an cấp xã, trực tiếp hoặc trực tuyến.',
    'Bước 3: Cán bộ đăng ký kiểm tra, đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu về cư trú. Hồ sơ đủ điều kiện thì được cấp phiếu tiếp nhận và hẹn trả kết quả; không đủ điều kiện thì bị từ chối kèm phiếu từ chối.',
    'Bước 4: Nộp lệ phí đăng ký thường trú theo quy định.',
    'Bước 5: Nhận thông báo kết quả theo ngày hẹn trên phiếu tiếp nhận.',
  ],
  methods: [
    ['Trực tuyến', '7 Ngày làm việc', 'Lệ phí: 10.000 Đồng/lần đăng ký', 'Nộp qua Cổng dịch vụ công trực tuyến.'],
    ['Trực tiếp', '7 Ngày làm việc', 'Lệ phí: 20.000 Đồng/lần đăng ký', 'Nộp tại Công an cấp xã.'],
  ],
  documents: [
    ['Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình', [
      ['Tờ khai thay đổi thông tin cư trú (mẫu CT01).', 'Mẫu CT01', '1 bản chính'],
      ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (không cần nếu đã khai thác được trên VNeID hoặc cơ sở dữ liệu).', '', '1 bản chính'],
    ]],
    ['Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ', [
      ['Tờ khai thay đổi thông tin cư trú (mẫu CT01), có ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở.', 'Mẫu CT01', '1 bản chính'],
      ['Hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ đã công chứng hoặc chứng thực.', '', '1 bản chính'],
    ]],
  ],
  legal: [
    ['68/2020/QH14', 'Luật Cư trú'],
    ['53/2025/TT-BCA', 'Thông tư ban hành các mẫu tờ khai cư trú (CT01…)'],
  ],
};

const TAM_TRU = {
  ...THUONG_TRU,
  id: '019d2bf7-770b-734d-b7fb-5e1995f194f4',
  code: '1.004194',
  title: 'Đăng ký tạm trú',
  form: '/portal/p/home/dang-ky-tam-tru.html',
  methods: [
    ['Trực tuyến', '3 Ngày làm việc', 'Lệ phí: 7.000 Đồng/lần đăng ký', 'Nộp qua Cổng dịch vụ công trực tuyến.'],
    ['Trực tiếp', '3 Ngày làm việc', 'Lệ phí: 15.000 Đồng/lần đăng ký', 'Nộp tại Công an cấp xã.'],
  ],
  documents: [
    ['Đăng ký tạm trú', [
      ['Tờ khai thay đổi thông tin cư trú (mẫu CT01).', 'Mẫu CT01', '1 bản chính'],
      ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp.', '', '1 bản chính'],
    ]],
  ],
};

// The other procedures the guides start from: the same page shape, with their own title, code, agency and
// hand-off; the long texts stay general (the guides' targets are the page's structure, not these words).
const other = (base, id, code, title, agency, handoff, documents) => ({
  ...base, id, code, title, agency, handoff,
  steps: ['Bước 1: Chuẩn bị hồ sơ theo quy định.', 'Bước 2: Nộp hồ sơ trực tuyến hoặc trực tiếp.', 'Bước 3: Nhận kết quả.'],
  documents: [['Giấy tờ phải nộp', documents.map((d) => [d, '', '1 bản chính'])]],
});
const KHAC = [
  other(KHAI_SINH, '019d2bfd-3fac-7489-b53b-9c6c958f2da4', '1.000656', 'Thủ tục đăng ký khai tử', 'Ủy ban nhân dân cấp xã', 'moj', ['Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử']),
  other(KHAI_SINH, '019d2bfd-6eb3-7019-bf3f-fc58c9ee44b9', '1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', 'Ủy ban nhân dân cấp xã', 'moj', ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân']),
  other(KHAI_SINH, '019d2bfd-8e22-77ef-819f-e49460350904', '2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Ủy ban nhân dân cấp xã', 'moj', ['Bản chính giấy tờ cần chứng thực']),
  other(KHAI_SINH, '019d2bfd-95d8-77dd-86c5-880463eb8dbe', '2.000986', 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'Ủy ban nhân dân cấp xã', 'none', ['Giấy chứng sinh']),
  other(THUONG_TRU, '019d2bf7-bd79-75fb-a4c6-ba1bf85d20ad', '3.000333', 'Cấp Phiếu lý lịch tư pháp', 'Công an cấp tỉnh', 'none', ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp']),
  other(KHAI_SINH, '019d2bfb-d76d-737f-81b9-69258b07240b', '1.001612', 'Thành lập hộ kinh doanh', 'Ủy ban nhân dân cấp xã', 'none', ['Giấy đề nghị đăng ký hộ kinh doanh']),
];

const PROCEDURES = Object.fromEntries([KHAI_SINH, THUONG_TRU, TAM_TRU, ...KHAC].map((p) => [p.id, p]));

// ---------------------------------------------------------------- routing

function go(path) {
  history.pushState({}, '', path);
  render();
}

/** In-app link, like react-router's <Link data-discover>. */
function link(path, text, props = {}) {
  return h('a', {
    href: path,
    'data-discover': 'true',
    ...props,
    onclick: (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      go(path);
    },
  }, text);
}

window.addEventListener('popstate', () => render());

function loginHref() {
  return ssoAuthUrl(portalUrl('dichvucong.gov.vn', '/sso'));
}

function header() {
  const account = isLoggedIn()
    ? h('div', { class: 'flex items-center gap-3' },
        h('span', { id: 'account_name', class: 'font-medium' }, 'NGUYỄN VĂN AN'),
        h('button', {
          type: 'button', class: 'btn',
          onclick: () => { sessionStorage.removeItem(LOGIN_KEY); render(); },
        }, 'Đăng xuất'))
    : h('a', {
        href: loginHref(), class: 'btn !text-lg !font-medium',
        onclick: () => sessionStorage.setItem(RETURN_KEY, location.pathname + location.search),
      }, 'Đăng nhập');
  const navItems = [
    ['/', 'Trang chủ'],
    ['/thu-tuc-hanh-chinh', 'Thủ tục hành chính'],
    ['/dvc-dich-vu-cong-truc-tuyen', 'Dịch vụ công trực tuyến'],
    ['/thanh-toan-truc-tuyen', 'Thanh toán trực tuyến'],
    ['/tra-cuu-ho-so', 'Tra cứu hồ sơ'],
    ['/phan-anh-kien-nghi', 'Phản ánh kiến nghị'],
    ['/ho-tro', 'Hỗ trợ'],
  ];
  return [
    h('header', { class: 'topbar' },
      h('div', { class: 'app-container py-3 flex items-center justify-between' },
        link('/', [h('span', { class: 'logo-mark', 'aria-hidden': 'true' }), h('span', {}, 'Cổng Dịch vụ công Quốc gia')], { class: 'logo' }),
        account)),
    h('nav', { class: 'nav-main', 'aria-label': 'Điều hướng chính' },
      h('ul', { class: 'app-container' }, navItems.map(([path, text]) =>
        h('li', {}, link(path, text, location.pathname === path ? { 'aria-current': 'page' } : {}))))),
  ];
}

function footer() {
  return h('footer', { class: 'site-footer' },
    h('span', { class: 'font-medium' }, 'Cơ quan chủ quản: Trung tâm dữ liệu quốc gia - Bộ Công an. Tổng đài hỗ trợ: 18001096'),
    h('p', { class: 'text-sm' }, 'Trang thử nghiệm do dự án dvc-guide tự viết, mô phỏng cấu trúc cổng; không gửi dữ liệu đi đâu.'));
}

function breadcrumb(items) {
  return h('nav', { class: 'breadcrumb app-container py-5 flex items-center gap-2', 'aria-label': 'Đường dẫn' },
    items.map(([path, text], i) => [
      i > 0 ? h('span', { 'aria-hidden': 'true' }, '›') : null,
      path ? link(path, text) : h('span', { 'aria-current': 'page' }, text),
    ]));
}

function render() {
  closeDropdown();
  const root = document.getElementById('root');
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const main = h('main', { id: 'main-content' });
  const m = path.match(/^\/thu-tuc-hanh-chinh\/([0-9a-f-]{36})$/);
  if (path === '/') homeView(main);
  else if (m) detailView(main, m[1]);
  else if (path === '/thu-tuc-hanh-chinh') listView(main);
  else if (path === '/tra-cuu-ho-so') lookupView(main);
  else if (path === '/thanh-toan-truc-tuyen') paymentView(main);
  else if (path === '/sso') return ssoCallback();
  else if (path === '/nop-ho-so') formView(main);
  else notFoundView(main);
  root.replaceChildren(...header(), main, footer());
  window.scrollTo(0, 0);
}

// ---------------------------------------------------------------- views

function homeView(main) {
  document.title = 'Cổng Dịch vụ công Quốc gia';
  main.append(h('section', { class: 'app-container py-5' },
    h('h1', {}, 'Cổng Dịch vụ công Quốc gia'),
    h('p', {}, 'Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi.'),
    h('h2', {}, 'Dịch vụ công nổi bật'),
    h('ul', {},
      h('li', {}, link(`/thu-tuc-hanh-chinh/${KHAI_SINH.id}`, KHAI_SINH.title)),
      h('li', {}, link(`/thu-tuc-hanh-chinh/${THUONG_TRU.id}`, THUONG_TRU.title)),
      h('li', {}, h('a', { href: portalUrl('lienthong.dichvucong.gov.vn', '/#/ke-khai/2.000987') },
        'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi')))));
}

function listView(main) {
  document.title = 'Thủ tục hành chính - Cổng Dịch vụ công Quốc gia';
  main.append(breadcrumb([['/', 'Trang chủ'], [null, 'Thủ tục hành chính']]),
    h('section', { class: 'app-container' },
      h('h1', {}, 'Thủ tục hành chính'),
      h('ul', {}, Object.values(PROCEDURES).map((p) =>
        h('li', { class: 'mb-2' }, link(`/thu-tuc-hanh-chinh/${p.id}`, p.title), ` (${p.code})`)))));
}

function notFoundView(main) {
  document.title = 'Không tìm thấy trang - Cổng Dịch vụ công Quốc gia';
  main.append(h('section', { class: 'app-container py-5' },
    h('h1', {}, 'Không tìm thấy trang'),
    h('p', {}, 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.'),
    link('/', 'Về trang chủ')));
}

/** The one-page form: signed in (the sign-in page returned here with a code) or sent to sign in first. */
function formView(main) {
  if (new URLSearchParams(location.search).has('code')) sessionStorage.setItem(LOGIN_KEY, '1');
  if (!isLoggedIn()) {
    location.href = ssoAuthUrl(location.href);
    return;
  }
  // Each procedure the national portal runs itself has its own form (by formalityCaseId; the sandbox uses
  // the procedure's page id), khai sinh when the address names none.
  onePageFormView(main, PROCEDURES[new URLSearchParams(location.search).get('formalityCaseId') ?? ''] ?? KHAI_SINH);
}

function ssoCallback() {
  // The sign-in page returns here with ?code=…; the portal then considers the person logged in.
  if (new URLSearchParams(location.search).has('code')) sessionStorage.setItem(LOGIN_KEY, '1');
  const back = sessionStorage.getItem(RETURN_KEY) || '/';
  sessionStorage.removeItem(RETURN_KEY);
  history.replaceState({}, '', back.startsWith('/') ? back : '/');
  render();
}

function section(title, ...content) {
  return h('div', { class: 'bg-white my-0 py-2 lg:py-4' },
    h('h4', { class: 'my-5 text-base lg:text-lg font-bold text-[#903938] mb-3 mt-0' }, title), content);
}

function table(headers, rows) {
  return h('div', { class: 'w-full overflow-hidden' }, h('div', { class: 'overflow-x-auto' },
    h('table', { class: 'w-full border-collapse bg-white' },
      h('thead', {}, h('tr', { class: 'bg-gray-200' }, headers.map((t) => h('th', { class: 'border-l border-gray-300 px-4 py-2 font-semibold text-left' }, h('div', { class: 'break-words' }, t))))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', { class: 'border border-gray-300 px-4 py-2' }, h('div', { class: 'break-words' }, c)))))))));
}

function detailView(main, id) {
  const p = PROCEDURES[id];
  if (!p) {
    notFoundView(main);
    return;
  }
  document.title = `${p.title} - Cổng Dịch vụ công Quốc gia`;
  const info = [
    ['Mã thủ tục', p.code], ['Lĩnh vực', p.field], ['Cấp thực hiện', p.level], ['Cơ quan ban hành', p.issuer],
    ['Đối tượng thực hiện', p.subjects], ['Cơ quan phối hợp', ''],
  ];
  const content = h('div', { class: 'md:col-span-8 lg:col-span-8 order-last md:order-none min-w-0' },
    h('div', { class: 'mx-auto pb-0 lg:pb-4' },
      h('div', { class: 'flex gap-4 items-center justify-between' },
        h('h3', { class: 'text-lg lg:text-2xl font-semibold text-gray-800 break-words' }, p.title),
        h('button', { type: 'button', class: 'btn', onclick: () => window.print() }, 'In / Tải PDF'))),
    h('div', { class: 'border border-[#e2e2e2] mt-3 mb-4' }, info.map(([k, v]) =>
      h('div', { class: 'info-row' }, h('div', {}, k), h('div', {}, v)))),
    section('Thủ tục hành chính liên quan', h('div', { class: 'text-gray-500 lg:text-lg' }, 'Không có thông tin')),
    section('Trình Tự Thực Hiện', h('ul', {}, p.steps.map((s) =>
      h('li', { class: 'mb-4' }, h('p', { class: 'whitespace-pre-wrap ml-4 lg:ml-5 text-base lg:text-lg' }, s))))),
    section('Cách Thức Thực Hiện', table(['Hình thức nộp', 'Thời gian', 'Phí, lệ phí', 'Mô tả'], p.methods)),
    section('Thành phần hồ sơ', h('div', { class: 'space-y-3' }, p.documents.map(([group, rows]) =>
      h('div', { class: 'border border-gray-200 overflow-hidden rounded-sm mb-3' },
        h('div', { class: 'bg-gray-50 px-4 py-2 border-b border-gray-200' }, h('h5', { class: 'text-md font-semibold text-gray-700 my-0' }, group)),
        table(['Tên giấy tờ', 'Mẫu đơn, tờ khai', 'Số lượng'], rows))))),
    section('Căn cứ pháp lý', table(['Số ký hiệu', 'Trích yếu'], p.legal)),
    section('Cơ quan thực hiện', h('div', { class: 'text-gray-500 lg:text-lg' }, p.agency)),
    section('Yêu cầu, điều kiện thực hiện', h('div', { class: 'text-gray-500 lg:text-lg' }, 'Không có thông tin')),
    section('Kết quả xử lý', h('div', { class: 'lg:text-lg' }, p.result)),
  );
  const side = h('div', { class: 'md:col-span-4 lg:col-span-4 order-first md:order-none' },
    agencyPicker(p),
    h('div', { class: 'border border-[#e2e2e2] rounded-xs overflow-hidden' },
      h('div', { class: 'font-bold py-2 px-3 bg-[#1e2f411a]' }, 'Tìm kiếm nhiều nhất'),
      h('ul', { class: 'p-3' }, Object.values(PROCEDURES).map((q) => h('li', { class: 'mb-2' }, link(`/thu-tuc-hanh-chinh/${q.id}`, q.title))))));
  main.append(
    breadcrumb([['/', 'Trang chủ'], ['/thu-tuc-hanh-chinh', 'Thủ tục hành chính'], [null, 'Chi tiết thủ tục']]),
    h('section', { class: 'app-container' }, h('div', { class: 'grid grid-cols-12 detail-grid' }, content, side)));
}

// ---------------------------------------------------------------- agency picker

let openDrop = null;

function closeDropdown() {
  if (!openDrop) return;
  openDrop.el.remove();
  openDrop.button.setAttribute('aria-expanded', 'false');
  document.removeEventListener('mousedown', openDrop.outside, true);
  openDrop = null;
}

/**
 * A combobox like the portal's: a button that opens a list appended to <body>. `load` returns the options
 * (a Promise while they load). The choice commits on mousedown, as on the real portal.
 */
function combobox({ placeholder, load, onChange }) {
  const box = h('div', { class: 'relative border border-gray-300 rounded' });
  let value = null;
  const renderBox = () => {
    if (value === null) {
      const button = h('button', {
        type: 'button', class: 'px-3 py-2 text-base w-full text-left flex items-center justify-between peer rounded bg-white custom-input-typography',
        'aria-haspopup': 'listbox', 'aria-expanded': 'false', onclick: () => open(button),
      }, h('span', { class: 'text-gray-400 text-base truncate' }, placeholder), h('span', { class: 'shrink-0', 'aria-hidden': 'true' }, '▾'));
      box.replaceChildren(button);
    } else {
      box.replaceChildren(h('div', { class: 'flex items-center' },
        h('input', { class: 'px-3 py-2 text-base w-full custom-input-typography', readonly: true, value, 'aria-label': placeholder.replace(/^-- | --$/g, '') }),
        h('button', { type: 'button', class: 'px-3 text-gray-500', onclick: () => set(null) }, '×')));
    }
  };
  const set = (v) => {
    value = v;
    closeDropdown();
    renderBox();
    onChange(v);
  };
  const open = async (button) => {
    if (openDrop?.button === button) {
      closeDropdown();
      return;
    }
    closeDropdown();
    const rect = button.getBoundingClientRect();
    const search = h('input', { type: 'text', placeholder: 'Tìm kiếm', 'aria-label': 'Tìm kiếm', class: 'w-full' });
    const list = h('ul', { role: 'listbox' }, h('li', {}, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Đang tải…'));
    const el = h('div', { class: 'dropdown', style: `left:${rect.left + scrollX}px;top:${rect.bottom + scrollY + 4}px;width:${rect.width}px` }, search, list);
    const outside = (event) => {
      if (!el.contains(event.target) && !button.contains(event.target)) closeDropdown();
    };
    document.addEventListener('mousedown', outside, true);
    openDrop = { el, button, outside };
    button.setAttribute('aria-expanded', 'true');
    document.body.append(el);
    search.focus();
    const options = await load();
    if (openDrop?.el !== el) return;
    let active = -1;
    const draw = () => {
      const q = search.value.trim().toLowerCase();
      const shown = options.filter((o) => o.toLowerCase().includes(q));
      list.replaceChildren(...(shown.length === 0
        ? [h('li', {}, 'Không có dữ liệu')]
        : shown.map((o, i) => h('li', {
            'aria-selected': i === active ? 'true' : null,
            onmousedown: (event) => { event.preventDefault(); set(o); },
          }, o))));
      return shown;
    };
    let shown = draw();
    search.addEventListener('input', () => { active = -1; shown = draw(); });
    search.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') { active = Math.min(active + 1, shown.length - 1); draw(); event.preventDefault(); }
      else if (event.key === 'ArrowUp') { active = Math.max(active - 1, 0); draw(); event.preventDefault(); }
      else if (event.key === 'Enter' && shown[active]) { event.preventDefault(); set(shown[active]); button.focus?.(); }
      else if (event.key === 'Escape') { closeDropdown(); button.focus(); }
    });
  };
  renderBox();
  return { el: box, reset: () => { value = null; renderBox(); }, get value() { return value; } };
}

function radioPair(name, options, onChange) {
  return h('div', { class: 'flex flex-wrap gap-x-6 gap-y-3', role: 'radiogroup' }, options.map(([value, text], i) =>
    h('label', { class: 'flex items-center gap-3' },
      h('input', { class: 'sr-only', type: 'radio', name, value, checked: i === 0, onchange: () => onChange(value) }),
      h('span', { class: 'toggle-dot', 'aria-hidden': 'true' }), text)));
}

function agencyPicker(p) {
  const state = { scope: 'PROVINCE', level: 'COMMUNE', province: null, place: null };
  const error = h('div', { class: 'error mt-2', role: 'alert' });
  let wardsReady = null;

  const first = combobox({
    placeholder: '-- Chọn Tỉnh/ Thành phố --',
    load: async () => PROVINCES,
    onChange: (v) => {
      state.province = v;
      state.place = null;
      second.reset();
      // Wards come from the server after a province is chosen; model the delay.
      wardsReady = v ? wait(400) : null;
    },
  });
  const ministry = combobox({ placeholder: '-- Chọn Bộ ngành --', load: async () => MINISTRIES, onChange: (v) => { state.place = v; } });
  const second = combobox({
    placeholder: '-- Chọn Phường/ Xã --',
    load: async () => {
      if (!state.province || !wardsReady) return [];
      await wardsReady;
      if (state.level === 'DEPARTMENT') return [`Sở Tư pháp ${state.province.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ')}`];
      return WARDS[state.province] ?? [];
    },
    onChange: (v) => { state.place = v; if (v) error.textContent = ''; },
  });
  const provinceRow = h('div', { class: 'mt-4' }, h('div', { class: 'field-label mb-2' }, 'Tỉnh/ Thành phố'), first.el);
  const ministryRow = h('div', { class: 'mt-4' }, h('div', { class: 'field-label mb-2' }, 'Bộ ngành'), ministry.el);
  const secondLabel = h('div', { class: 'field-label mb-2' }, 'Phường/ Xã');
  const levelRow = h('div', { class: 'mt-4' },
    radioPair('implementingLevel', [['COMMUNE', 'Phường/ Xã'], ['DEPARTMENT', 'Sở']], (v) => {
      state.level = v;
      state.place = null;
      second.reset();
      secondLabel.textContent = v === 'COMMUNE' ? 'Phường/ Xã' : 'Sở';
    }),
    h('div', { class: 'mt-4' }, secondLabel, second.el));

  const rows = h('div', {}, provinceRow, levelRow);
  const form = h('form', { class: 'w-full', onsubmit: (event) => {
    event.preventDefault();
    if (!state.place) {
      error.textContent = 'Vui lòng chọn cơ quan thực hiện trước khi nộp hồ sơ.';
      (state.scope === 'MINISTRY' ? ministryRow : state.province ? levelRow : provinceRow).querySelector('button, input')?.focus();
      return;
    }
    error.textContent = '';
    showAgencies(p, state);
  } },
    h('div', { class: 'mt-4' }, radioPair('searchType', [['PROVINCE', 'Tỉnh/ Thành phố'], ['MINISTRY', 'Bộ ngành']], (v) => {
      state.scope = v;
      state.place = null;
      ministry.reset();
      // Like React, render only the controls of the chosen scope: hidden copies would confuse finders.
      rows.replaceChildren(...(v === 'PROVINCE' ? [provinceRow, levelRow] : [ministryRow]));
    })),
    rows,
    h('div', { class: 'mt-4 text-sm text-red-500' }, 'Hệ thống chỉ hiển thị những cơ quan đã áp dụng dịch vụ công trực tuyến'),
    error,
    h('button', { type: 'submit', class: 'btn bg-primary w-full mt-4 h-10' }, h('span', {}, 'Nộp hồ sơ')));

  return h('section', { class: 'border border-[#e2e2e2] rounded-xs overflow-hidden h-fit mb-4', 'aria-labelledby': 'chon-co-quan-title' },
    h('div', { id: 'chon-co-quan-title', class: 'lg:text-lg font-medium py-2 px-3 bg-[#1e2f411a]' }, 'Chọn cơ quan thực hiện'),
    h('div', { class: 'px-4 pb-4' }, form));
}

function agenciesFor(state, p) {
  if (state.scope === 'MINISTRY') return [{ name: state.place, address: 'Hà Nội', online: false }];
  const province = state.province.replace(/^(Tỉnh|Thành phố) /, '');
  const provinceName = state.province.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ');
  // Police procedures are received by the police: the ward's police, or the province's for the province level.
  if (p?.agency === 'Công an cấp tỉnh') return [{ name: `Công an ${provinceName}`, address: province, online: true, wrongLevel: false }];
  if (state.level === 'DEPARTMENT') return [{ name: state.place, address: state.province, online: true, wrongLevel: true }];
  if (p?.agency === 'Công an cấp Xã') {
    return [
      { name: `UBND ${state.place}`, address: `${state.place}, ${province}`, online: true, wrongLevel: true },
      { name: `Công an ${state.place}`, address: `${state.place}, ${province}`, online: true, wrongLevel: false },
    ];
  }
  return [
    // The Sở card comes first on purpose: a guide must pick the UBND card by its text, not by position.
    { name: `Sở Tư pháp ${state.province.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ')}`, address: province, online: true, wrongLevel: true },
    { name: `UBND ${state.place}`, address: `${state.place}, ${province}`, online: true, wrongLevel: false },
  ];
}

function showAgencies(p, state) {
  const note = h('div', { class: 'error mt-2', role: 'status' });
  const cards = agenciesFor(state, p).map((a) => h('div', { class: 'grid grid-cols-12 gap-4 card-agency mb-3' },
    h('div', { class: 'col-span-12 md:col-span-8' },
      h('p', { class: 'font-semibold my-0' }, `Cơ quan thực hiện: ${a.name}`),
      h('p', { class: 'text-sm text-gray-500 my-0' }, `Địa chỉ: ${a.address}`),
      h('p', { class: 'text-sm text-gray-500 my-0' }, `Thủ tục: ${p.title}`)),
    h('div', { class: 'col-span-12 md:col-span-4 flex items-center justify-end' },
      a.online
        ? h('button', { type: 'button', class: 'btn bg-primary', onclick: () => {
            if (a.wrongLevel) {
              note.textContent = `${a.name} không tiếp nhận thủ tục này trực tuyến. Vui lòng chọn ${p.agency.startsWith('Công an') ? 'Công an' : 'Ủy ban nhân dân cấp xã'}.`;
              return;
            }
            close();
            if (handoffOf(p) === 'national') {
              // The national form: no "Thông tin chung"; signed out, the sign-in page comes first.
              const form = portalUrl('dichvucong.gov.vn', `/nop-ho-so?formalityCaseId=${p.id}`);
              location.href = isLoggedIn() ? form : ssoAuthUrl(form);
              return;
            }
            showGeneralInfo(p, a);
          } }, 'Nộp trực tuyến')
        : h('span', { class: 'text-sm text-gray-500' }, 'Chưa áp dụng nộp trực tuyến'))));
  const { close } = openDialog({
    title: 'Danh sách cơ quan thực hiện',
    body: [h('p', { class: 'mt-0' }, `Cơ quan thực hiện thủ tục “${p.title}” tại ${state.place}:`), note, cards],
    footer: h('button', { type: 'button', class: 'btn', onclick: () => close() }, 'Đóng'),
  });
}

const FOR_WHOM = [
  ['null', 'Làm thủ tục cho bản thân'],
  ['canhan', 'Người khác ủy quyền'],
  ['doanhnghiep', 'Doanh nghiệp ủy quyền'],
  ['nguoikhac', 'Làm thủ tục cho người khác'],
  ['tochuc', 'Đại diện cơ quan, tổ chức'],
];

function showGeneralInfo(p, agency) {
  const choices = h('fieldset', { class: 'border-0 p-0 m-0' },
    h('legend', { class: 'font-semibold mb-2' }, 'Bạn làm thủ tục cho ai?'),
    FOR_WHOM.map(([value, text], i) => h('label', { class: 'choice', 'data-value': value },
      h('input', { type: 'radio', name: 'doiTuongThucHien', value, checked: i === 0 }), text)));
  const message = h('p', { class: 'error', role: 'status' });
  const { dialog, close } = openDialog({
    title: 'Thông tin chung',
    body: [
      h('p', { class: 'mt-0' }, h('strong', {}, 'Thủ tục: '), p.title),
      h('p', {}, h('strong', {}, 'Cơ quan thực hiện: '), agency.name),
      choices, message,
    ],
    footer: [
      h('button', { type: 'button', class: 'btn', onclick: () => close() }, 'Hủy'),
      h('button', { type: 'button', class: 'btn bg-primary', 'data-e2e': 'confirm-button-information', onclick: () => {
        const forWhom = dialog.querySelector('input[name=doiTuongThucHien]:checked')?.value ?? 'null';
        if (p.handoff === 'cu-tru') {
          const form = portalUrl('dichvucong.dancuquocgia.gov.vn', p.form);
          location.href = isLoggedIn() ? form : ssoAuthUrl(form);
          return;
        }
        if (p.handoff !== 'moj') {
          message.textContent = 'Trang thử nghiệm: thủ tục này dừng tại đây.';
          return;
        }
        const q = new URLSearchParams({ MaTTHC: p.code, tenCoQuan: agency.name, doiTuong: forWhom });
        const target = portalUrl('dichvucongnganhtuphap.moj.gov.vn', `/nop-ho-so/${p.code}?${q.toString()}`);
        // Signed in already: the identity server would answer at once, so go straight on with a code.
        location.href = isLoggedIn() ? `${target}&code=sbx-${Date.now()}` : ssoAuthUrl(target);
      } }, 'Xác nhận'),
    ],
  });
}

// ---------------------------------------------------------------- lookup and payment

function lookupView(main) {
  document.title = 'Tra cứu hồ sơ - Cổng Dịch vụ công Quốc gia';
  const result = h('div', { class: 'mt-4', 'aria-live': 'polite' });
  const input = h('input', { id: 'ma-ho-so', name: 'maHoSo', type: 'text', autocomplete: 'off', placeholder: 'Ví dụ: G22.99.08-260115-0042' });
  main.append(breadcrumb([['/', 'Trang chủ'], [null, 'Tra cứu hồ sơ']]), h('section', { class: 'app-container' },
    h('h1', {}, 'Tra cứu hồ sơ'),
    h('form', { class: 'card-agency', onsubmit: (event) => {
      event.preventDefault();
      const code = input.value.trim();
      if (!code) {
        result.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Vui lòng nhập mã hồ sơ.'));
        return;
      }
      // Sandbox: nothing is looked up anywhere; any code shows a plausible status.
      result.replaceChildren(table(['Mã hồ sơ', 'Thủ tục', 'Trạng thái', 'Ngày hẹn trả'], [[
        code, code.startsWith('G22.99.08') ? KHAI_SINH.title : 'Không xác định', 'Đang xử lý', '—',
      ]]));
    } },
      h('div', { class: 'field' }, h('label', { for: 'ma-ho-so' }, 'Mã hồ sơ'), input),
      h('button', { type: 'submit', class: 'btn bg-primary' }, 'Tra cứu')),
    result));
}

function paymentView(main) {
  document.title = 'Thanh toán trực tuyến - Cổng Dịch vụ công Quốc gia';
  main.append(breadcrumb([['/', 'Trang chủ'], [null, 'Thanh toán trực tuyến']]), h('section', { class: 'app-container' },
    h('h1', {}, 'Thanh toán trực tuyến'),
    h('p', {}, 'Thanh toán phí, lệ phí hồ sơ qua Nền tảng thanh toán trực tuyến (ngân hàng, ví điện tử, mã QR).'),
    h('p', { class: 'card-agency' }, 'Trang thử nghiệm: chưa mô phỏng màn hình thanh toán vì chưa có tài liệu về giao diện thật.')));
}

render();

<!doctype html>
<!--
  Sandbox page for hokinhdoanh.dkkd.gov.vn (our own writing). Models the one fact public sources give about
  the household-business system (FLOWS.md §2): an ASP.NET WebForms site whose last page before filing is
  /HkdOnline/Forms/APP/ConfirmPrepare.aspx, showing what was declared, with the button #ctl00_C_BtnSave
  "Nộp hồ sơ vào cơ quan ĐKKD". The declared values are made up; nothing is posted anywhere.
-->
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Xác nhận hồ sơ đăng ký hộ kinh doanh</title>
    <link rel="stylesheet" href="/__sandbox/portal.css">
    <script type="module" src="/HkdOnline/Scripts/confirm-prepare.js"></script>
  </head>
  <body>
    <form name="aspnetForm" method="post" action="./ConfirmPrepare.aspx" id="aspnetForm">
      <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="sandbox">
      <header class="app-container py-3"><strong>Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh</strong></header>
      <main class="app-container py-5" id="ctl00_C_pnlMain">
        <h1 class="mt-0">Xác nhận thông tin hồ sơ</h1>
        <p>Kiểm tra lại toàn bộ thông tin đã kê khai trước khi nộp hồ sơ.</p>
        <table class="panel" id="ctl00_C_tblSummary">
          <tbody>
            <tr><th scope="row">Hình thức đăng ký</th><td>Đăng ký thành lập hộ kinh doanh</td></tr>
            <tr><th scope="row">Tên hộ kinh doanh</th><td>Hộ kinh doanh Minh Anh</td></tr>
            <tr><th scope="row">Địa chỉ trụ sở</th><td>Phường Cửa Lò, Tỉnh Nghệ An</td></tr>
            <tr><th scope="row">Ngành, nghề kinh doanh</th><td>Bán lẻ lương thực, thực phẩm (ngành chính)</td></tr>
            <tr><th scope="row">Vốn kinh doanh</th><td>50.000.000 đồng</td></tr>
            <tr><th scope="row">Chủ hộ</th><td>NGUYỄN VĂN AN</td></tr>
          </tbody>
        </table>
        <p id="ctl00_C_lblMessage" role="status"></p>
        <div class="actions">
          <a class="btn" href="./ConfirmPrepare.aspx" id="ctl00_C_BtnBack">Quay lại</a>
          <input type="submit" class="btn bg-primary" name="ctl00$C$BtnSave" value="Nộp hồ sơ vào cơ quan ĐKKD" id="ctl00_C_BtnSave">
        </div>
      </main>
    </form>
  </body>
</html>

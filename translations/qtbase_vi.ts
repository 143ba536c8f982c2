<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Không lưu</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với &amp;tất cả</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Xem chi tiết...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Giới thiệu Qt</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Xem trước khi in</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Vừa trang</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Phóng to</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Khổ ngang</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Thu nhỏ</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Vừa chiều rộng</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Khổ dọc</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Thiết lập trang</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Thiết lập trang</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Xem tổng quan tất cả các trang</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Trang đầu</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Trang cuối</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Xem từng trang</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Xuất ra PDF</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Trang trước</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Trang sau</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Xem hai trang đối diện</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Trang chẵn</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Trang lẻ</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Tất cả các trang</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;In</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Ghi tệp PDF</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Tệp trên máy</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>In ra tệp...</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Tự động</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 là một thư mục.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>Không ghi được tệp %1.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Giá trị “Từ” không được lớn hơn giá trị “Đến”.</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Màu</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>In tất cả</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Trang hiện tại</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Phần đã chọn</translation>
    </message>
    <message>
      <source>Long side</source>
      <translation>Cạnh dài</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Số bản</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Phạm vi in</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Chế độ màu</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Đảo thứ tự</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Thang xám</translation>
    </message>
    <message>
      <source>Short side</source>
      <translation>Cạnh ngắn</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Sắp theo bộ</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Số bản:</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Các trang từ</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Chọn trang:</translation>
    </message>
    <message>
      <source>Duplex Printing</source>
      <translation>In hai mặt</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Paper</source>
      <translation>Giấy</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Nguồn giấy:</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Lề</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Tùy chỉnh</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Khổ ngang</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Bố cục trang</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Rộng:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Hướng giấy</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Khổ dọc</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Thứ tự trang:</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>lề trên</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>lề dưới</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>lề trái</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>lề phải</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Khổ giấy:</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Dọc đảo ngược</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Ngang đảo ngược</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Mi-li-mét (mm)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Điểm (pt)</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Inch (in)</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Cao:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>“%1” đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Thư mục mới</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Thư mục cha</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Gỡ bỏ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Tìm trong:</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Tệp %1</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Loại tệp:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Tìm thư mục</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lưu thành</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Không tìm thấy thư mục.
Vui lòng kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Thanh bên</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Dạng danh sách</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Dạng chi tiết</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Chọn</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Đổi &amp;tên</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Tiếp</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Đi tiếp</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Lên thư mục cha</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Vị trí gần đây</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Lối tắt</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Không tìm thấy tệp.
Vui lòng kiểm tra lại tên tệp.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Chuyển sang dạng danh sách</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Kích thước</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>%1 GB</source>
      <translation>%1 GB</translation>
    </message>
    <message>
      <source>%1 KB</source>
      <translation>%1 KB</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <source>%1 TB</source>
      <translation>%1 TB</translation>
    </message>
    <message>
      <source>%1 bytes</source>
      <translation>%1 byte</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Ngày sửa đổi</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>Cắ&amp;t</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>Cắ&amp;t</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
  </context>
  <context>
    <name>QUndoStack</name>
    <message>
      <source>Redo</source>
      <translation>Làm lại</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Làm lại: %1</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Hoàn tác: %1</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Giảm</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Tăng</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Nhập giá trị:</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>Đồng &amp;ý</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Lỗi nghiêm trọng:</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>&amp;Hiện lại thông báo này</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Cảnh báo:</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Tách rời</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Cuộn sang trái</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Cuộn sang phải</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>Đầu</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Cuối</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Cuộn đến đây</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Cuộn lên</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Cuộn xuống</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Trang trước</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Trang sau</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Cuộn sang trái</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Cuộn sang phải</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Mép trái</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Mép phải</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Trang trái</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Trang phải</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Cli</name>
    <message>
        <source>Unknown option “%1”. See “thidua-cli --help”.</source>
        <translation>Tùy chọn “%1” không hợp lệ. Xem “thidua-cli --help”.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use vi or en.</source>
        <translation>Ngôn ngữ “%1” không hợp lệ: dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Usage: thidua-cli [--db PATH] [--lang vi|en] COMMAND [ARGUMENTS]</source>
        <translation>Cách dùng: thidua-cli [--db ĐƯỜNG_DẪN] [--lang vi|en] LỆNH [THAM_SỐ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Without --db the database is %1.</source>
        <translation>Khi không có --db, cơ sở dữ liệu là %1.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. See “thidua-cli --help”.</source>
        <translation>Lệnh “%1” không hợp lệ. Xem “thidua-cli --help”.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>See “%1”.</source>
        <translation>Xem “%1”.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện hướng dẫn này.</translation>
    </message>
</context>
<context>
    <name>CollectiveRepository</name>
    <message>
        <source>There is no collective with number %1.</source>
        <translation>Không có tập thể số %1.</translation>
    </message>
    <message>
        <source>The collective has no name.</source>
        <translation>Tập thể chưa có tên.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Chưa chỉ ra tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” không phải là một tệp.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”</source>
        <translation>Không mở được cơ sở dữ liệu “%1”</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>This file is not a ThiĐua database. It was left unchanged.</source>
        <translation>Tệp này không phải là cơ sở dữ liệu của ThiĐua. Tệp được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of ThiĐua (data version %1; this program reads up to %2). Please update the program. The file was left unchanged.</source>
        <translation>Tệp này do phiên bản ThiĐua mới hơn tạo ra (phiên bản dữ liệu %1; chương trình này chỉ đọc được đến %2). Vui lòng cập nhật chương trình. Tệp được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database “%1” cannot use write-ahead logging (journal mode is “%2”).</source>
        <translation>Cơ sở dữ liệu “%1” không dùng được chế độ ghi nhật ký WAL (chế độ hiện tại: “%2”).</translation>
    </message>
    <message>
        <source>Cannot make a backup copy before upgrading the database: %1</source>
        <translation>Không tạo được bản sao lưu trước khi nâng cấp cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Thiếu bước nâng cấp dữ liệu %1.</translation>
    </message>
    <message>
        <source>Cannot record the data version.</source>
        <translation>Không ghi được phiên bản dữ liệu.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a demo school (60+ staff, 600+ students, two school years) in an empty database.</source>
        <translation>Tạo trường mẫu (trên 60 cán bộ, trên 600 học sinh, hai năm học) trong một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Create the large reference school (250 staff, 2,500 students, 8 years).</source>
        <translation>Tạo trường mẫu cỡ lớn (250 cán bộ, 2.500 học sinh, 8 năm học).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Tham số không hợp lệ: “%1”.</translation>
    </message>
    <message>
        <source>Demo school created in %1: %2 staff, %3 students.</source>
        <translation>Đã tạo trường mẫu trong %1: %2 cán bộ, %3 học sinh.</translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <source>The demo school size is not possible.</source>
        <translation>Quy mô trường mẫu không hợp lệ.</translation>
    </message>
    <message>
        <source>The database already holds people; the demo school needs an empty one.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu cá nhân; trường mẫu cần một cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>List people in Vietnamese order, or add a person (people list | people add).</source>
        <translation>Liệt kê danh sách theo thứ tự tiếng Việt, hoặc thêm một người (people list | people add).</translation>
    </message>
    <message>
        <source>Missing action: list or add.</source>
        <translation>Thiếu thao tác: list hoặc add.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use list or add.</source>
        <translation>Thao tác “%1” không hợp lệ: dùng list hoặc add.</translation>
    </message>
    <message>
        <source>List people in Vietnamese order (tên, tên đệm, họ, date of birth).</source>
        <translation>Liệt kê danh sách theo thứ tự tiếng Việt (tên, tên đệm, họ, ngày sinh).</translation>
    </message>
    <message>
        <source>Only staff or only students.</source>
        <translation>Chỉ cán bộ hoặc chỉ học sinh.</translation>
    </message>
    <message>
        <source>Output format (default: table).</source>
        <translation>Định dạng kết quả (mặc định: table).</translation>
    </message>
    <message>
        <source>Include people who have left.</source>
        <translation>Gồm cả người đã nghỉ.</translation>
    </message>
    <message>
        <source>--kind must be staff or student, not “%1”.</source>
        <translation>--kind phải là staff hoặc student, không phải “%1”.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”.</source>
        <translation>--format phải là table, csv hoặc json, không phải “%1”.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n người</numerusform></translation>
    </message>
    <message>
        <source>Add a person.</source>
        <translation>Thêm một người.</translation>
    </message>
    <message>
        <source>Full name (họ và tên).</source>
        <translation>Họ và tên.</translation>
    </message>
    <message>
        <source>Staff or student code.</source>
        <translation>Mã cán bộ hoặc mã học sinh.</translation>
    </message>
    <message>
        <source>Date of birth, dd/mm/yyyy or yyyy.</source>
        <translation>Ngày sinh, dạng dd/mm/yyyy hoặc yyyy.</translation>
    </message>
    <message>
        <source>staff or student (default: staff).</source>
        <translation>staff (cán bộ) hoặc student (học sinh); mặc định: staff.</translation>
    </message>
    <message>
        <source>nam or nữ.</source>
        <translation>nam hoặc nữ.</translation>
    </message>
    <message>
        <source>Position (chức vụ).</source>
        <translation>Chức vụ.</translation>
    </message>
    <message>
        <source>--full-name is required.</source>
        <translation>Cần có --full-name (họ và tên).</translation>
    </message>
    <message>
        <source>--gender must be nam or nữ, not “%1”.</source>
        <translation>--gender phải là nam hoặc nữ, không phải “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date of birth: write dd/mm/yyyy, for example 06/03/1985.</source>
        <translation>“%1” không phải là ngày sinh hợp lệ: hãy viết dd/mm/yyyy, ví dụ 06/03/1985.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Added %1 (number %2).</source>
        <translation>Đã thêm %1 (số %2).</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>There is no person with number %1.</source>
        <translation>Không có người số %1.</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>The full name is empty.</source>
        <translation>Chưa nhập họ và tên.</translation>
    </message>
    <message>
        <source>The name “%1” contains digits or symbols.</source>
        <translation>Tên “%1” có chữ số hoặc ký hiệu.</translation>
    </message>
    <message>
        <source>The date of birth %1 is too long ago.</source>
        <translation>Ngày sinh %1 quá xa, không hợp lý.</translation>
    </message>
    <message>
        <source>The date of birth %1 is too recent for a %2.</source>
        <translation>Ngày sinh %1 quá gần đây đối với %2.</translation>
    </message>
    <message>
        <source>member of staff</source>
        <translation>cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>student</source>
        <translation>học sinh</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2.</source>
        <translation>Mã %1 đã được dùng cho %2.</translation>
    </message>
</context>
<context>
    <name>SchoolCommand</name>
    <message>
        <source>Show the school profile, or change one field (school show | school set KEY VALUE).</source>
        <translation>Xem hồ sơ trường, hoặc sửa một mục (school show | school set KHÓA GIÁ_TRỊ).</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Các khóa: %1</translation>
    </message>
    <message>
        <source>Missing action: show or set.</source>
        <translation>Thiếu thao tác: show hoặc set.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use show or set.</source>
        <translation>Thao tác “%1” không hợp lệ: dùng show hoặc set.</translation>
    </message>
    <message>
        <source>“school show” takes no arguments.</source>
        <translation>“school show” không nhận tham số.</translation>
    </message>
    <message>
        <source>“school set” needs a key and a value.</source>
        <translation>“school set” cần một khóa và một giá trị.</translation>
    </message>
    <message>
        <source>Unknown key “%1”. Keys: %2</source>
        <translation>Không có khóa “%1”. Các khóa: %2</translation>
    </message>
</context>
<context>
    <name>SchoolRepository</name>
    <message>
        <source>The school year %1 has invalid dates.</source>
        <translation>Năm học %1 có ngày bắt đầu/kết thúc không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
</context>
</TS>
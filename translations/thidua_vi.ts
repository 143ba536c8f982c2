<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivityCli</name>
    <message>
        <source>--year is needed (a school year such as 2024-2025).</source>
        <translation>Cần ghi --year (một năm học, ví dụ 2024-2025).</translation>
    </message>
    <message>
        <source>The school has no school year %1-%2; add it first.</source>
        <translation>Trường chưa có năm học %1-%2; hãy thêm năm học trước.</translation>
    </message>
    <message>
        <source>There is no collective “%1”.</source>
        <translation>Không có tập thể “%1”.</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message>
        <source>Activities the school held: campaigns, trainings, contests, the lifelong learning week… (activity kinds | add | list | remove | import).</source>
        <translation>Các hoạt động nhà trường đã tổ chức: tuyên truyền, tập huấn, hội thi, Tuần lễ hưởng ứng học tập suốt đời… (activity kinds | add | list | remove | import).</translation>
    </message>
    <message>
        <source>--kind must be one of the kinds “thidua-cli activity kinds” lists, not “%1”.</source>
        <translation>--kind phải là một trong các loại mà “thidua-cli activity kinds” liệt kê, không phải “%1”.</translation>
    </message>
    <message>
        <source>--count must be a number of people, not “%1”.</source>
        <translation>--count phải là số người, không phải “%1”.</translation>
    </message>
    <message>
        <source>The activity's number (activity list shows it).</source>
        <translation>Số của hoạt động (xem bằng activity list).</translation>
    </message>
    <message>
        <source>Give the number of one activity.</source>
        <translation>Hãy ghi số của một hoạt động.</translation>
    </message>
    <message>
        <source>Import activities from a list with the columns Loại hoạt động, Năm học, Tên hoạt động, Từ ngày, Đến ngày, Đơn vị tổ chức, Người tham gia, Tập thể tham gia, Số người tham gia, Mô tả. People and collectives are matched to those stored; nobody is added. With any error nothing is written, unless --skip-bad-rows.</source>
        <translation>Nhập các hoạt động từ danh sách có các cột Loại hoạt động, Năm học, Tên hoạt động, Từ ngày, Đến ngày, Đơn vị tổ chức, Người tham gia, Tập thể tham gia, Số người tham gia, Mô tả. Người và tập thể được đối chiếu với dữ liệu đã có; không thêm ai mới. Có lỗi thì không ghi gì, trừ khi dùng --skip-bad-rows.</translation>
    </message>
    <message>
        <source>The list: .xlsx, .xls, .csv or .txt.</source>
        <translation>Tệp danh sách: .xlsx, .xls, .csv hoặc .txt.</translation>
    </message>
    <message>
        <source>Check the file and show what would change, without writing anything.</source>
        <translation>Kiểm tra tệp và cho biết sẽ thay đổi gì, không ghi gì cả.</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones, instead of nothing.</source>
        <translation>Nhập các dòng đúng và liệt kê các dòng sai, thay vì không nhập gì.</translation>
    </message>
    <message>
        <source>Missing the file to import.</source>
        <translation>Thiếu tệp cần nhập.</translation>
    </message>
    <message>
        <source>Give one file to import, not %1.</source>
        <translation>Hãy ghi một tệp cần nhập, không phải %1 tệp.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Error: %n error(s) in “%1”; nothing was imported. Correct the file, or use --skip-bad-rows to import the other rows.</source>
        <translation>
            <numerusform>Lỗi: có %n lỗi trong “%1”; chưa nhập gì. Hãy sửa tệp, hoặc dùng --skip-bad-rows để nhập các dòng còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì.</translation>
    </message>
</context>
<context>
    <name>ActivityImport</name>
    <message>
        <source>The activity has no title (the column “Tên hoạt động”).</source>
        <translation>Hoạt động chưa có tên (cột “Tên hoạt động”).</translation>
    </message>
    <message>
        <source>The date the activity began is missing.</source>
        <translation>Thiếu ngày bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>The activity ends (%1) before it begins (%2).</source>
        <translation>Hoạt động kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of activity: write one of %2.</source>
        <translation>“%1” không phải là loại hoạt động: hãy ghi một trong các loại %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date (day/month/year).</source>
        <translation>“%1” không phải là ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>“%1” is not a school year: write it as 2024-2025.</source>
        <translation>“%1” không phải là năm học: hãy ghi theo dạng 2024-2025.</translation>
    </message>
    <message>
        <source>No collective named %1 is stored.</source>
        <translation>Chưa có tập thể nào tên %1.</translation>
    </message>
    <message>
        <source>Several collectives are named %1.</source>
        <translation>Có nhiều tập thể tên %1.</translation>
    </message>
    <message>
        <source>No one named or coded %1 is stored.</source>
        <translation>Chưa có ai tên hoặc mã là %1.</translation>
    </message>
    <message>
        <source>Several people are named %1: give their codes.</source>
        <translation>Có nhiều người tên %1: hãy ghi mã của họ.</translation>
    </message>
    <message>
        <source>“%1” is not a number of participants.</source>
        <translation>“%1” không phải là số người tham gia.</translation>
    </message>
    <message>
        <source>Give the participants either as people or as a number, not both.</source>
        <translation>Hãy ghi người tham gia hoặc theo danh sách người, hoặc theo số lượng, không ghi cả hai.</translation>
    </message>
    <message>
        <source>Sheet “%1” is left out: it has no list of activities.</source>
        <translation>Bỏ qua trang “%1”: trang này không có danh sách hoạt động.</translation>
    </message>
    <message>
        <source>The same activity as row %1 (title and start date).</source>
        <translation>Trùng hoạt động ở dòng %1 (cùng tên và ngày bắt đầu).</translation>
    </message>
    <message>
        <source>No sheet has a header with the activity's title (“Tên hoạt động”) and its date (“Từ ngày” or “Ngày”).</source>
        <translation>Không trang nào có dòng tiêu đề ghi tên hoạt động (“Tên hoạt động”) và ngày tổ chức (“Từ ngày” hoặc “Ngày”).</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>Tệp có %n lỗi; chưa nhập gì.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>There is no activity number %1.</source>
        <translation>Không có hoạt động số %1.</translation>
    </message>
    <message>
        <source>There is no learning model number %1.</source>
        <translation>Không có mô hình học tập số %1.</translation>
    </message>
    <message>
        <source>There is no initiative number %1.</source>
        <translation>Không có sáng kiến số %1.</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>There is no school year number %1.</source>
        <translation>Không có năm học số %1.</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>Không có người số %1.</translation>
    </message>
    <message>
        <source>There is no collective number %1.</source>
        <translation>Không có tập thể số %1.</translation>
    </message>
    <message>
        <source>A learning model needs a name.</source>
        <translation>Mô hình học tập cần có tên.</translation>
    </message>
    <message>
        <source>Say which collective builds the learning model “%1”.</source>
        <translation>Hãy cho biết tập thể nào xây dựng mô hình học tập “%1”.</translation>
    </message>
    <message>
        <source>An initiative needs a title.</source>
        <translation>Sáng kiến cần có tên.</translation>
    </message>
    <message>
        <source>The initiative “%1” needs at least one author.</source>
        <translation>Sáng kiến “%1” cần có ít nhất một tác giả.</translation>
    </message>
    <message>
        <source>The decision of %1 recognising “%2” needs its number.</source>
        <translation>Quyết định ngày %1 công nhận “%2” cần có số quyết định.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>Hoạt động cần có tên.</translation>
    </message>
    <message>
        <source>The activity “%1” needs the date it began.</source>
        <translation>Hoạt động “%1” cần có ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The activity “%1” ends (%2) before it begins (%3).</source>
        <translation>Hoạt động “%1” kết thúc (%2) trước khi bắt đầu (%3).</translation>
    </message>
    <message>
        <source>The number of participants of “%1” cannot be negative.</source>
        <translation>Số người tham gia “%1” không thể là số âm.</translation>
    </message>
    <message>
        <source>Give the participants of “%1” either as a list of people or as a number, not both.</source>
        <translation>Hãy ghi người tham gia “%1” hoặc theo danh sách người, hoặc theo số lượng, không ghi cả hai.</translation>
    </message>
    <message>
        <source>There is no activity number %1.</source>
        <translation>Không có hoạt động số %1.</translation>
    </message>
    <message>
        <source>There is no learning model number %1.</source>
        <translation>Không có mô hình học tập số %1.</translation>
    </message>
    <message>
        <source>There is no initiative number %1.</source>
        <translation>Không có sáng kiến số %1.</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>add %1</source>
        <translation>thêm %1</translation>
    </message>
</context>
<context>
    <name>AddSchoolYearCommand</name>
    <message>
        <source>add the school year %1</source>
        <translation>thêm năm học %1</translation>
    </message>
    <message>
        <source>The school years could not be read.</source>
        <translation>Không đọc được danh sách năm học.</translation>
    </message>
</context>
<context>
    <name>AgePlausibility</name>
    <message>
        <source>Born in %1, after the school year %2 began: check the date of birth.</source>
        <translation>Sinh năm %1, sau khi năm học %2 đã bắt đầu: hãy kiểm tra lại ngày sinh.</translation>
    </message>
    <message>
        <source>Aged %1 in the school year %2, outside working age (%3 to %4): check the date of birth.</source>
        <translation>%1 tuổi trong năm học %2, ngoài độ tuổi lao động (từ %3 đến %4 tuổi): hãy kiểm tra lại ngày sinh.</translation>
    </message>
    <message>
        <source>Aged %1 in the school year %2, unusual for a student (%3 to %4): check the date of birth.</source>
        <translation>%1 tuổi trong năm học %2, không phải độ tuổi thường gặp của học sinh (từ %3 đến %4 tuổi): hãy kiểm tra lại ngày sinh.</translation>
    </message>
    <message>
        <source>Aged %1 in the school year %2, unusual for class %3 (usually %4 to %5): check the date of birth.</source>
        <translation>%1 tuổi trong năm học %2, không phải độ tuổi thường gặp của lớp %3 (thường từ %4 đến %5 tuổi): hãy kiểm tra lại ngày sinh.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Verified by the group or unit</source>
        <translation>Tổ/đơn vị xác nhận</translation>
    </message>
    <message>
        <source>Recognised by the council</source>
        <translation>Hội đồng công nhận</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Chưa đánh giá xong</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>%1 is not an item of “%2”.</source>
        <translation>%1 không phải là mục của “%2”.</translation>
    </message>
    <message>
        <source>%1 is answered through the items under it.</source>
        <translation>%1 được đánh giá qua các mục bên dưới.</translation>
    </message>
    <message>
        <source>%1: the number met must be from 0 to the number counted, which must be from 1 to %2.</source>
        <translation>%1: số đạt phải từ 0 đến tổng số, và tổng số phải từ 1 đến %2.</translation>
    </message>
    <message>
        <source>%1: the value %2 is out of range (%3).</source>
        <translation>%1: giá trị %2 không hợp lệ (%3).</translation>
    </message>
    <message>
        <source>The criteria set of the assessment no longer exists.</source>
        <translation>Bộ tiêu chí của bản đánh giá không còn nữa.</translation>
    </message>
    <message>
        <source>“%1” is recorded as a status per person, not assessed item by item.</source>
        <translation>“%1” được ghi theo trạng thái của từng người, không đánh giá từng mục.</translation>
    </message>
    <message>
        <source>This subject already has an assessment against this version in that school year.</source>
        <translation>Đối tượng này đã có bản đánh giá theo phiên bản này trong năm học đó.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>Bản đánh giá không còn nữa.</translation>
    </message>
    <message>
        <source>An assessment keeps its set version, year and subject.</source>
        <translation>Bản đánh giá giữ nguyên phiên bản bộ tiêu chí, năm học và đối tượng của nó.</translation>
    </message>
    <message>
        <source>The council has recognised this assessment; its answers can no longer be changed.</source>
        <translation>Hội đồng đã công nhận bản đánh giá này; không thể sửa các câu trả lời nữa.</translation>
    </message>
    <message>
        <source>Say who verifies or recognises the assessment.</source>
        <translation>Hãy ghi người xác nhận hoặc công nhận bản đánh giá.</translation>
    </message>
    <message>
        <source>The council can recognise only a complete assessment: %1</source>
        <translation>Hội đồng chỉ công nhận bản đánh giá đã đủ: %1</translation>
    </message>
    <message>
        <source>The council has already recognised this assessment.</source>
        <translation>Hội đồng đã công nhận bản đánh giá này rồi.</translation>
    </message>
</context>
<context>
    <name>AwardCommand</name>
    <message>
        <source>The school has no school year %1-%2; add it first.</source>
        <translation>Trường chưa có năm học %1-%2; hãy thêm năm học trước.</translation>
    </message>
    <message>
        <source>Give either --person CODE or --collective NAME.</source>
        <translation>Hãy ghi hoặc --person MÃ hoặc --collective TÊN.</translation>
    </message>
    <message>
        <source>There is no collective named “%1”.</source>
        <translation>Không có tập thể nào tên “%1”.</translation>
    </message>
    <message>
        <source>Several collectives are named “%1”: give --year or the number.</source>
        <translation>Có nhiều tập thể tên “%1”: hãy ghi --year hoặc số của tập thể.</translation>
    </message>
    <message>
        <source>Award forms, base salary and award history (award forms|form|salary|prize|history|add|remove|import).</source>
        <translation>Hình thức khen thưởng, mức lương cơ sở và lịch sử khen thưởng (award forms|form|salary|prize|history|add|remove|import).</translation>
    </message>
    <message>
        <source>Missing action: %1.</source>
        <translation>Thiếu thao tác: %1.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use %2.</source>
        <translation>Không có thao tác “%1”: hãy dùng %2.</translation>
    </message>
    <message>
        <source>List the award forms: key, name, kind, for whom, who decides, prize coefficient, vote threshold and what it is counted on, the title required.</source>
        <translation>Liệt kê các hình thức khen thưởng: mã, tên, loại, đối tượng, cấp quyết định, hệ số tiền thưởng, tỷ lệ phiếu đồng ý cần đạt và cách tính, danh hiệu cần có trước.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Tham số không mong đợi “%1”.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>for</source>
        <translation>đối tượng</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>cấp quyết định</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>hệ số</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>tỷ lệ cần đạt</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>cần có</translation>
    </message>
    <message>
        <source>Change an award form, or add one (then --name, --category and --subject are needed). Only the options given change.</source>
        <translation>Sửa một hình thức khen thưởng, hoặc thêm mới (khi đó cần --name, --category và --subject). Chỉ những tùy chọn được ghi mới thay đổi.</translation>
    </message>
    <message>
        <source>The form's key (award forms lists them).</source>
        <translation>Mã của hình thức khen thưởng (award forms liệt kê các mã).</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>Tên của hình thức.</translation>
    </message>
    <message>
        <source>A title (danh hiệu) or a commendation.</source>
        <translation>Danh hiệu thi đua hay hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>Awarded to people or collectives.</source>
        <translation>Dành cho cá nhân hay tập thể.</translation>
    </message>
    <message>
        <source>Who signs the decision.</source>
        <translation>Người ký quyết định.</translation>
    </message>
    <message>
        <source>Who decides it: the school itself, or above.</source>
        <translation>Cấp quyết định: nhà trường hay cấp trên.</translation>
    </message>
    <message>
        <source>The prize as a multiple of the base salary.</source>
        <translation>Tiền thưởng tính theo hệ số của mức lương cơ sở.</translation>
    </message>
    <message>
        <source>The legal basis of the coefficient.</source>
        <translation>Căn cứ pháp lý của hệ số.</translation>
    </message>
    <message>
        <source>The share of agree votes needed, in percent.</source>
        <translation>Tỷ lệ phiếu đồng ý cần đạt, tính theo phần trăm.</translation>
    </message>
    <message>
        <source>What the threshold is counted on: members present, all members, valid ballots.</source>
        <translation>Tỷ lệ được tính trên: số thành viên có mặt, tổng số thành viên, số phiếu hợp lệ.</translation>
    </message>
    <message>
        <source>The title needed the same year (its key; empty for none).</source>
        <translation>Danh hiệu cần đạt trong cùng năm (mã của danh hiệu; để trống nếu không cần).</translation>
    </message>
    <message>
        <source>Its place in the lists.</source>
        <translation>Thứ tự trong danh sách.</translation>
    </message>
    <message>
        <source>Give the key of one award form.</source>
        <translation>Hãy ghi mã của một hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>There is no award form “%1”: to add it, give --name, --category and --subject.</source>
        <translation>Không có hình thức khen thưởng “%1”: để thêm mới, hãy ghi --name, --category và --subject.</translation>
    </message>
    <message>
        <source>--%1 must be %2, not “%3”.</source>
        <translation>--%1 phải là %2, không phải “%3”.</translation>
    </message>
    <message>
        <source>--coefficient must be a number with at most two decimals such as 0.3 or 1,5, not “%1”.</source>
        <translation>--coefficient phải là một số có tối đa hai chữ số thập phân như 0.3 hoặc 1,5, không phải “%1”.</translation>
    </message>
    <message>
        <source>--threshold must be a percentage from 0,1 to 100 such as 70 or 66,7, not “%1”.</source>
        <translation>--threshold phải là tỷ lệ phần trăm từ 0,1 đến 100 như 70 hoặc 66,7, không phải “%1”.</translation>
    </message>
    <message>
        <source>--order must be a whole number, not “%1”.</source>
        <translation>--order phải là số nguyên, không phải “%1”.</translation>
    </message>
    <message>
        <source>List the base salaries (mức lương cơ sở) by date, add one with its legal basis, or remove one.</source>
        <translation>Liệt kê mức lương cơ sở theo ngày áp dụng, thêm một mức cùng căn cứ pháp lý, hoặc xóa một mức.</translation>
    </message>
    <message>
        <source>The day it is in force from.</source>
        <translation>Ngày bắt đầu áp dụng.</translation>
    </message>
    <message>
        <source>The amount in đồng a month.</source>
        <translation>Số tiền mỗi tháng, tính bằng đồng.</translation>
    </message>
    <message>
        <source>The decree that sets it.</source>
        <translation>Văn bản quy định mức lương đó.</translation>
    </message>
    <message>
        <source>Remove the base salary from that day.</source>
        <translation>Xóa mức lương cơ sở áp dụng từ ngày đó.</translation>
    </message>
    <message>
        <source>Either add a base salary or remove one, not both.</source>
        <translation>Chỉ thêm hoặc xóa một mức lương cơ sở, không làm cả hai.</translation>
    </message>
    <message>
        <source>To add a base salary give --from, --amount and --basis.</source>
        <translation>Để thêm mức lương cơ sở, hãy ghi --from, --amount và --basis.</translation>
    </message>
    <message>
        <source>“%1” is not a day: write it as dd/mm/yyyy.</source>
        <translation>“%1” không phải là ngày: hãy ghi dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>--amount must be a whole number of đồng, not “%1”.</source>
        <translation>--amount phải là số đồng nguyên, không phải “%1”.</translation>
    </message>
    <message>
        <source>The prize of an award form decided on a day: its coefficient × the base salary in force that day.</source>
        <translation>Tiền thưởng của một hình thức khen thưởng quyết định vào một ngày: hệ số × mức lương cơ sở áp dụng vào ngày đó.</translation>
    </message>
    <message>
        <source>The form's key.</source>
        <translation>Mã của hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>The day of the decision.</source>
        <translation>Ngày quyết định.</translation>
    </message>
    <message>
        <source>--date must be a day such as 26/05/2025.</source>
        <translation>--date phải là một ngày, ví dụ 26/05/2025.</translation>
    </message>
    <message>
        <source>The awards of a person or a collective, newest first.</source>
        <translation>Các khen thưởng của một cá nhân hoặc tập thể, mới nhất trước.</translation>
    </message>
    <message>
        <source>The person, by code (or number).</source>
        <translation>Cá nhân, theo mã (hoặc số).</translation>
    </message>
    <message>
        <source>The collective, by name (or number).</source>
        <translation>Tập thể, theo tên (hoặc số).</translation>
    </message>
    <message>
        <source>The school year of a class named by --collective.</source>
        <translation>Năm học của lớp được ghi ở --collective.</translation>
    </message>
    <message>
        <source>Add a decided award to the history of a person or a collective.</source>
        <translation>Thêm một khen thưởng đã có quyết định vào lịch sử khen thưởng của cá nhân hoặc tập thể.</translation>
    </message>
    <message>
        <source>The award form, by key (award forms lists them).</source>
        <translation>Hình thức khen thưởng, theo mã (award forms liệt kê các mã).</translation>
    </message>
    <message>
        <source>What was awarded, for a form not in the catalogue (or its wording in the decision).</source>
        <translation>Tên khen thưởng, cho hình thức không có trong danh mục (hoặc cách ghi trong quyết định).</translation>
    </message>
    <message>
        <source>The school year.</source>
        <translation>Năm học.</translation>
    </message>
    <message>
        <source>The decision's number.</source>
        <translation>Số quyết định.</translation>
    </message>
    <message>
        <source>The decision's date.</source>
        <translation>Ngày quyết định.</translation>
    </message>
    <message>
        <source>Who issued the decision.</source>
        <translation>Cơ quan ban hành quyết định.</translation>
    </message>
    <message>
        <source>Give --form KEY or --form-name TEXT.</source>
        <translation>Hãy ghi --form MÃ hoặc --form-name TÊN.</translation>
    </message>
    <message>
        <source>--date must be a day such as 26/05/2025, not “%1”.</source>
        <translation>--date phải là một ngày, ví dụ 26/05/2025, không phải “%1”.</translation>
    </message>
    <message>
        <source>Added award %1 to the history of %2.</source>
        <translation>Đã thêm khen thưởng số %1 vào lịch sử khen thưởng của %2.</translation>
    </message>
    <message>
        <source>Remove an award from the history (its number from award history).</source>
        <translation>Xóa một khen thưởng khỏi lịch sử (số của khen thưởng, xem award history).</translation>
    </message>
    <message>
        <source>The award's number.</source>
        <translation>Số của khen thưởng.</translation>
    </message>
    <message>
        <source>Give the number of one award.</source>
        <translation>Hãy ghi số của một khen thưởng.</translation>
    </message>
    <message>
        <source>Import the award history from a list with the columns Họ và tên / Mã (or Tập thể), Năm học, Hình thức / Danh hiệu, Số quyết định, Ngày quyết định, Cơ quan ban hành. A person is matched by code, else by full name (and date of birth when given); nobody is added. With any error nothing is written, unless --skip-bad-rows.</source>
        <translation>Nhập lịch sử khen thưởng từ danh sách có các cột Họ và tên / Mã (hoặc Tập thể), Năm học, Hình thức / Danh hiệu, Số quyết định, Ngày quyết định, Cơ quan ban hành. Mỗi người được tìm theo mã, nếu không có thì theo họ và tên (và ngày sinh nếu có); không thêm người mới. Có lỗi thì không ghi gì, trừ khi dùng --skip-bad-rows.</translation>
    </message>
    <message>
        <source>The list: .xlsx, .xls, .csv or .txt.</source>
        <translation>Danh sách: .xlsx, .xls, .csv hoặc .txt.</translation>
    </message>
    <message>
        <source>Check the file and show what would change, without writing anything.</source>
        <translation>Kiểm tra tệp và cho biết những gì sẽ thay đổi, không ghi gì.</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones, instead of nothing.</source>
        <translation>Nhập các dòng đúng và liệt kê các dòng lỗi, thay vì không nhập gì.</translation>
    </message>
    <message>
        <source>Missing the file to import.</source>
        <translation>Thiếu tệp cần nhập.</translation>
    </message>
    <message>
        <source>Give one file to import, not %1.</source>
        <translation>Chỉ nhập một tệp, không phải %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Error: %n error(s) in “%1”; nothing was imported. Correct the file, or use --skip-bad-rows to import the other rows.</source>
        <translation>
            <numerusform>Lỗi: “%1” có %n lỗi; không nhập gì. Hãy sửa tệp, hoặc dùng --skip-bad-rows để nhập các dòng còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì vào cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>AwardForm</name>
    <message>
        <source>Emulation title</source>
        <translation>Danh hiệu thi đua</translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>No base salary is known for %1: add it with its legal basis.</source>
        <translation>Chưa có mức lương cơ sở áp dụng cho %1: hãy thêm mức lương cơ sở cùng văn bản quy định.</translation>
    </message>
</context>
<context>
    <name>AwardHistoryImport</name>
    <message>
        <source>No one stored has the code %1.</source>
        <translation>Không có ai mang mã %1 trong dữ liệu.</translation>
    </message>
    <message>
        <source>The row names no one: write the full name, the code or the collective.</source>
        <translation>Dòng này không ghi ai được khen: hãy ghi họ và tên, mã hoặc tập thể.</translation>
    </message>
    <message>
        <source>“%1” is not a date of birth (day/month/year).</source>
        <translation>“%1” không phải là ngày sinh (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Several people named %1 are stored: give the code or the date of birth.</source>
        <translation>Có nhiều người tên %1 trong dữ liệu: hãy ghi mã hoặc ngày sinh.</translation>
    </message>
    <message>
        <source>No one named %1 born %2 is stored.</source>
        <translation>Không có ai tên %1 sinh ngày %2 trong dữ liệu.</translation>
    </message>
    <message>
        <source>No one named %1 is stored.</source>
        <translation>Không có ai tên %1 trong dữ liệu.</translation>
    </message>
    <message>
        <source>No collective named %1 is stored.</source>
        <translation>Không có tập thể nào tên %1 trong dữ liệu.</translation>
    </message>
    <message>
        <source>Several collectives are named %1: give the school year.</source>
        <translation>Có nhiều tập thể tên %1: hãy ghi năm học.</translation>
    </message>
    <message>
        <source>“%1” is not a school year: write it as 2024-2025.</source>
        <translation>“%1” không phải là năm học: hãy ghi dạng 2024-2025.</translation>
    </message>
    <message>
        <source>What was awarded is missing (the column “Hình thức / Danh hiệu”).</source>
        <translation>Thiếu hình thức khen thưởng hoặc danh hiệu (cột “Hình thức / Danh hiệu”).</translation>
    </message>
    <message>
        <source>“%1” is awarded to collectives; kept as written, outside the catalogue.</source>
        <translation>“%1” dành cho tập thể; giữ nguyên như đã ghi, ngoài danh mục hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>“%1” is awarded to people; kept as written, outside the catalogue.</source>
        <translation>“%1” dành cho cá nhân; giữ nguyên như đã ghi, ngoài danh mục hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue of award forms; kept as written.</source>
        <translation>“%1” không có trong danh mục hình thức khen thưởng; giữ nguyên như đã ghi.</translation>
    </message>
    <message>
        <source>“%1” is not a date of decision (day/month/year).</source>
        <translation>“%1” không phải là ngày quyết định (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>The decision date %1 is after today.</source>
        <translation>Ngày quyết định %1 sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>Sheet “%1” is left out: it has no list of awards.</source>
        <translation>Bỏ qua trang tính “%1”: trang này không có danh sách khen thưởng.</translation>
    </message>
    <message>
        <source>The same award of %1 as row %2.</source>
        <translation>Khen thưởng của %1 trùng với dòng %2.</translation>
    </message>
    <message>
        <source>No sheet has a header with the award (“Hình thức” or “Danh hiệu”) and who received it (“Họ và tên”, “Mã” or “Tập thể”).</source>
        <translation>Không trang tính nào có dòng tiêu đề ghi khen thưởng (“Hình thức” hoặc “Danh hiệu”) và người được khen (“Họ và tên”, “Mã” hoặc “Tập thể”).</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>Tệp có %n lỗi; không nhập gì.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwardService</name>
    <message>
        <source>There is no person with number %1.</source>
        <translation>Không có người nào mang số %1.</translation>
    </message>
    <message>
        <source>There is no collective with number %1.</source>
        <translation>Không có tập thể nào mang số %1.</translation>
    </message>
    <message>
        <source>There is no award form “%1”.</source>
        <translation>Không có hình thức khen thưởng “%1”.</translation>
    </message>
    <message>
        <source>“%1” is awarded to people, not to collectives.</source>
        <translation>“%1” dành cho cá nhân, không dành cho tập thể.</translation>
    </message>
    <message>
        <source>“%1” is awarded to collectives, not to people.</source>
        <translation>“%1” dành cho tập thể, không dành cho cá nhân.</translation>
    </message>
    <message>
        <source>Say what was awarded: an award form or its name.</source>
        <translation>Hãy cho biết được khen thưởng gì: một hình thức khen thưởng hoặc tên của nó.</translation>
    </message>
    <message>
        <source>There is no school year with number %1.</source>
        <translation>Không có năm học nào mang số %1.</translation>
    </message>
    <message>
        <source>There is no nomination with number %1.</source>
        <translation>Không có đề nghị khen thưởng nào mang số %1.</translation>
    </message>
    <message>
        <source>This award (%1) is already in the history.</source>
        <translation>Khen thưởng này (%1) đã có trong lịch sử khen thưởng.</translation>
    </message>
    <message>
        <source>The key of an award form is written in small Latin letters, digits and “_” (“giay_khen_doan_truong”), not “%1”.</source>
        <translation>Mã của hình thức khen thưởng chỉ gồm chữ Latinh thường, chữ số và “_” (“giay_khen_doan_truong”), không phải “%1”.</translation>
    </message>
    <message>
        <source>The award form “%1” needs a name.</source>
        <translation>Hình thức khen thưởng “%1” cần có tên.</translation>
    </message>
    <message>
        <source>The prize coefficient of “%1” must be from 0 to 1000.</source>
        <translation>Hệ số tiền thưởng của “%1” phải từ 0 đến 1000.</translation>
    </message>
    <message>
        <source>The vote threshold of “%1” must be from 0,1 % to 100 %.</source>
        <translation>Tỷ lệ phiếu đồng ý cần đạt của “%1” phải từ 0,1 % đến 100 %.</translation>
    </message>
    <message>
        <source>The award form “%1” cannot require itself.</source>
        <translation>Hình thức khen thưởng “%1” không thể đòi hỏi chính nó.</translation>
    </message>
    <message>
        <source>“%1” requires the award form “%2”, which does not exist.</source>
        <translation>“%1” đòi hỏi hình thức khen thưởng “%2”, nhưng hình thức này không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” can only require a title (danh hiệu), and “%2” is a form of commendation.</source>
        <translation>“%1” chỉ có thể đòi hỏi một danh hiệu thi đua, mà “%2” là một hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>A base salary needs the date from which it is in force.</source>
        <translation>Mức lương cơ sở cần có ngày bắt đầu áp dụng.</translation>
    </message>
    <message>
        <source>The base salary from %1 must be more than 0 đồng.</source>
        <translation>Mức lương cơ sở từ ngày %1 phải lớn hơn 0 đồng.</translation>
    </message>
    <message>
        <source>The base salary from %1 needs its legal basis (the decree that sets it).</source>
        <translation>Mức lương cơ sở từ ngày %1 cần có căn cứ pháp lý (văn bản quy định mức lương đó).</translation>
    </message>
    <message>
        <source>There is no base salary from %1.</source>
        <translation>Không có mức lương cơ sở áp dụng từ ngày %1.</translation>
    </message>
    <message>
        <source>There is no award with number %1 in the history.</source>
        <translation>Lịch sử khen thưởng không có khen thưởng nào mang số %1.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>The year's calendar: deadlines, days left and what is still missing (calendar [--year] | set).</source>
        <translation>Lịch công việc của năm học: các mốc thời hạn, số ngày còn lại và những việc còn thiếu (calendar [--year] | set).</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use calendar [--year 2024-2025] or calendar set.</source>
        <translation>Không có thao tác “%1”: hãy dùng calendar [--year 2024-2025] hoặc calendar set.</translation>
    </message>
    <message>
        <source>The school year (default: the one today falls in, or the latest).</source>
        <translation>Năm học (mặc định: năm học chứa ngày hôm nay, hoặc năm học gần nhất).</translation>
    </message>
    <message>
        <source>Count the days from this date instead of today.</source>
        <translation>Tính số ngày từ ngày này thay cho hôm nay.</translation>
    </message>
    <message>
        <source>Calendar of the school year %1-%2 (today %3)</source>
        <translation>Lịch công việc năm học %1-%2 (hôm nay %3)</translation>
    </message>
    <message>
        <source>The entry (the last column of `calendar`).</source>
        <translation>Mục lịch (cột cuối của `calendar`).</translation>
    </message>
    <message>
        <source>The new date: DD/MM, or DD/MM/YYYY for a one-off entry.</source>
        <translation>Ngày mới: DD/MM, hoặc DD/MM/YYYY cho mục chỉ diễn ra một lần.</translation>
    </message>
    <message>
        <source>The last day of an event of several days (DD/MM).</source>
        <translation>Ngày cuối của sự kiện kéo dài nhiều ngày (DD/MM).</translation>
    </message>
    <message>
        <source>Give the key of one calendar entry.</source>
        <translation>Hãy ghi mã của một mục lịch.</translation>
    </message>
    <message>
        <source>--date must be a day and month such as 25/11, not “%1”.</source>
        <translation>--date phải là ngày và tháng, ví dụ 25/11, không phải “%1”.</translation>
    </message>
    <message>
        <source>--end must be a day and month such as 07/10, not “%1”.</source>
        <translation>--end phải là ngày và tháng, ví dụ 07/10, không phải “%1”.</translation>
    </message>
    <message>
        <source>The calendar has no entry “%1”.</source>
        <translation>Lịch công việc không có mục “%1”.</translation>
    </message>
    <message>
        <source>“%1” comes every year: give --date as DD/MM.</source>
        <translation>“%1” lặp lại hằng năm: hãy ghi --date dạng DD/MM.</translation>
    </message>
</context>
<context>
    <name>CalendarDate</name>
    <message>
        <source>tomorrow</source>
        <translation>ngày mai</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>under way, last day today</source>
        <translation>đang diễn ra, hôm nay là ngày cuối</translation>
    </message>
    <message>
        <source>under way, %1 days left</source>
        <translation>đang diễn ra, còn %1 ngày</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>“%1”: write the date as day/month (25/11), a span as 01/10–07/10.</source>
        <translation>“%1”: hãy ghi ngày theo dạng ngày/tháng (25/11), một khoảng ngày theo dạng 01/10–07/10.</translation>
    </message>
    <message>
        <source>“%1” comes every year: write its date without a year (25/11).</source>
        <translation>“%1” lặp lại hằng năm: hãy ghi ngày không kèm năm (25/11).</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The calendar has no entry “%1”.</source>
        <translation>Lịch công việc không có mục “%1”.</translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>%1 staff have no Learning citizen result yet</source>
        <translation>%1 CB-GV-NV chưa có kết quả Công dân học tập</translation>
    </message>
    <message>
        <source>%1 students have no Learning citizen result yet</source>
        <translation>%1 học sinh chưa có kết quả Công dân học tập</translation>
    </message>
    <message>
        <source>%1 has no learning model this year</source>
        <translation>%1 chưa có mô hình học tập năm nay</translation>
    </message>
    <message>
        <source>%1 other groups have no learning model this year</source>
        <translation>%1 tổ khác chưa có mô hình học tập năm nay</translation>
    </message>
    <message>
        <source>The annual report %1</source>
        <translation>Báo cáo năm học %1</translation>
    </message>
    <message>
        <source>The review report %1</source>
        <translation>Báo cáo sơ kết, tổng kết giai đoạn %1</translation>
    </message>
    <message>
        <source>%1 has none of its judgement sections written yet</source>
        <translation>%1 chưa viết phần đánh giá nào</translation>
    </message>
    <message>
        <source>%1 has no section “%2” yet</source>
        <translation>%1 chưa có phần “%2”</translation>
    </message>
    <message>
        <source>No activity “%1” recorded in %2 yet</source>
        <translation>Chưa có hoạt động “%1” năm học %2</translation>
    </message>
    <message>
        <source>No council meeting on awards in %1 yet</source>
        <translation>Chưa có cuộc họp Hội đồng xét khen thưởng năm học %1</translation>
    </message>
    <message>
        <source>The council meeting of %1 is not finished yet</source>
        <translation>Cuộc họp Hội đồng năm học %1 chưa kết thúc</translation>
    </message>
    <message>
        <source>%1 nominations of %2 not voted on by the council yet</source>
        <translation>%1 đề nghị khen thưởng năm học %2 chưa được Hội đồng bỏ phiếu</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>A calendar entry needs a name.</source>
        <translation>Mục lịch công việc cần có tên.</translation>
    </message>
    <message>
        <source>“%1”: %2/%3 is not a day of the year.</source>
        <translation>“%1”: %2/%3 không phải là một ngày trong năm.</translation>
    </message>
    <message>
        <source>“%1”: the last day %2/%3 is not a day of the year.</source>
        <translation>“%1”: ngày kết thúc %2/%3 không phải là một ngày trong năm.</translation>
    </message>
    <message>
        <source>“%1”: the year %2 is not one the program keeps (1900–2200).</source>
        <translation>“%1”: năm %2 nằm ngoài khoảng chương trình lưu (1900–2200).</translation>
    </message>
    <message>
        <source>“%1”: %2/%3/%4 is not a date.</source>
        <translation>“%1”: %2/%3/%4 không phải là một ngày có thật.</translation>
    </message>
    <message>
        <source>“%1” is one of the program's own entries: change its date instead of removing it.</source>
        <translation>“%1” là mục có sẵn của chương trình: hãy đổi ngày thay vì xóa.</translation>
    </message>
</context>
<context>
    <name>CdhtCommand</name>
    <message>
        <source>Record Công dân học tập results, one person or a list (cdht set | cdht import).</source>
        <translation>Ghi kết quả Công dân học tập, từng người hoặc theo danh sách (cdht set | cdht import).</translation>
    </message>
    <message>
        <source>Missing action: set or import.</source>
        <translation>Thiếu thao tác: set hoặc import.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use set or import.</source>
        <translation>Không rõ thao tác “%1”: dùng set hoặc import.</translation>
    </message>
    <message>
        <source>--year is required (for example --year 2024-2025).</source>
        <translation>Cần có --year (ví dụ --year 2024-2025).</translation>
    </message>
    <message>
        <source>The school has no school year %1-%2; add it first.</source>
        <translation>Trường chưa có năm học %1-%2; hãy thêm năm học trước.</translation>
    </message>
    <message>
        <source>Record one person's Công dân học tập result of a school year.</source>
        <translation>Ghi kết quả Công dân học tập của một người trong một năm học.</translation>
    </message>
    <message>
        <source>The person's code (mã cán bộ, mã học sinh).</source>
        <translation>Mã của người đó (mã cán bộ, mã học sinh).</translation>
    </message>
    <message>
        <source>The school year.</source>
        <translation>Năm học.</translation>
    </message>
    <message>
        <source>The score, 0 to 100.</source>
        <translation>Điểm, từ 0 đến 100.</translation>
    </message>
    <message>
        <source>The date of assessment, dd/mm/yyyy.</source>
        <translation>Ngày đánh giá, dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Ghi chú.</translation>
    </message>
    <message>
        <source>Give the person's code and the result: cdht set CODE dat|khong-dat|chua.</source>
        <translation>Hãy ghi mã của người đó và kết quả: cdht set MÃ dat|khong-dat|chua.</translation>
    </message>
    <message>
        <source>“%1” is not a result: use dat, khong-dat or chua.</source>
        <translation>“%1” không phải là kết quả: dùng dat, khong-dat hoặc chua.</translation>
    </message>
    <message>
        <source>--score must be a whole number from 0 to 100, not “%1”.</source>
        <translation>--score phải là số nguyên từ 0 đến 100, không phải “%1”.</translation>
    </message>
    <message>
        <source>--date must be a day, dd/mm/yyyy, not “%1”.</source>
        <translation>--date phải là một ngày, dd/mm/yyyy, không phải “%1”.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Import Công dân học tập results from a list with the columns code, full name, date of birth and result (optionally score, date of assessment, note). Each row is matched to a stored person by code, else by full name and date of birth. With any error nothing is written, unless --skip-bad-rows.</source>
        <translation>Nhập kết quả Công dân học tập từ một danh sách có các cột mã, họ và tên, ngày sinh và kết quả (có thể thêm điểm, ngày đánh giá, ghi chú). Mỗi dòng được đối chiếu với người đã có theo mã, nếu không có mã thì theo họ tên và ngày sinh. Có lỗi nào thì không ghi gì, trừ khi dùng --skip-bad-rows.</translation>
    </message>
    <message>
        <source>The list: .xlsx, .xls, .csv or .txt.</source>
        <translation>Danh sách: .xlsx, .xls, .csv hoặc .txt.</translation>
    </message>
    <message>
        <source>Check the file and show what would change, without writing anything.</source>
        <translation>Kiểm tra tệp và cho biết những gì sẽ thay đổi, không ghi gì.</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones, instead of nothing.</source>
        <translation>Nhập các dòng đúng và liệt kê các dòng lỗi, thay vì không nhập gì.</translation>
    </message>
    <message>
        <source>Missing the file to import.</source>
        <translation>Thiếu tệp cần nhập.</translation>
    </message>
    <message>
        <source>Give one file to import, not %1.</source>
        <translation>Chỉ nhập một tệp, không phải %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Error: %n error(s) in “%1”; nothing was imported. Correct the file, or use --skip-bad-rows to import the other rows.</source>
        <translation>
            <numerusform>Lỗi: “%1” có %n lỗi; không nhập gì. Hãy sửa tệp, hoặc dùng --skip-bad-rows để nhập các dòng còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì vào cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>The certificate has no recipient.</source>
        <translation>Giấy khen chưa có người được khen.</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>The printer offset must stay within 50 mm.</source>
        <translation>Độ lệch của máy in phải trong khoảng 50 mm.</translation>
    </message>
    <message>
        <source>Unknown certificate field “%1”.</source>
        <translation>Không có trường “%1” trên giấy khen.</translation>
    </message>
    <message>
        <source>The certificate field “%1” lies outside the sheet.</source>
        <translation>Trường “%1” của giấy khen nằm ngoài tờ giấy.</translation>
    </message>
</context>
<context>
    <name>CertificateLayoutRepository</name>
    <message>
        <source>The certificate positions saved for printer “%1” are damaged.</source>
        <translation>Vị trí in giấy khen đã lưu cho máy in “%1” bị hỏng.</translation>
    </message>
    <message>
        <source>The certificate positions need a printer name.</source>
        <translation>Cần chọn tên máy in để lưu vị trí in giấy khen.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database and every evidence file (exit 0 only without errors).</source>
        <translation>Kiểm tra tệp dữ liệu và mọi tệp minh chứng (mã thoát 0 chỉ khi không có lỗi).</translation>
    </message>
    <message>
        <source>Runs SQLite's integrity_check and foreign_key_check, and checks that every evidence file is present, readable, of its size and unchanged (SHA-256). Files of the evidence folder that no evidence uses are warnings; those older than an hour are removed.</source>
        <translation>Chạy integrity_check và foreign_key_check của SQLite, và kiểm tra mọi tệp minh chứng còn đủ, đọc được, đúng kích thước và không bị thay đổi (SHA-256). Các tệp trong thư mục minh chứng không thuộc minh chứng nào là cảnh báo; những tệp cũ hơn một giờ sẽ được xoá.</translation>
    </message>
    <message>
        <source>“check” takes no arguments.</source>
        <translation>“check” không nhận tham số.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked the database and %n evidence file(s) (%1).</source>
        <translation>
            <numerusform>Đã kiểm tra tệp dữ liệu và %n tệp minh chứng (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n cảnh báo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) that no evidence uses from %1.</source>
        <translation>
            <numerusform>Đã xoá %n tệp không thuộc minh chứng nào khỏi %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckProblem</name>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Tệp dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <source>The database names a record that does not exist: %1</source>
        <translation>Tệp dữ liệu trỏ tới một bản ghi không tồn tại: %1</translation>
    </message>
    <message>
        <source>Evidence %1 (“%2”): the stored file is missing (%3).</source>
        <translation>Minh chứng %1 (“%2”): tệp lưu trữ bị mất (%3).</translation>
    </message>
    <message>
        <source>Evidence %1 (“%2”): the stored file %3 has been altered: its SHA-256 should be %4 but is %5.</source>
        <translation>Minh chứng %1 (“%2”): tệp lưu trữ %3 đã bị thay đổi: SHA-256 phải là %4 nhưng hiện là %5.</translation>
    </message>
    <message>
        <source>Evidence %1 (“%2”): the stored file %3 cannot be read: %4</source>
        <translation>Minh chứng %1 (“%2”): không đọc được tệp lưu trữ %3: %4</translation>
    </message>
    <message>
        <source>Evidence %1 (“%2”): the stored file %3 has %4 bytes instead of %5.</source>
        <translation>Minh chứng %1 (“%2”): tệp lưu trữ %3 có %4 byte thay vì %5.</translation>
    </message>
    <message>
        <source>The file %1 in the evidence folder belongs to no evidence.</source>
        <translation>Tệp %1 trong thư mục minh chứng không thuộc minh chứng nào.</translation>
    </message>
    <message>
        <source>The file %1 in the evidence folder belongs to no evidence (%2).</source>
        <translation>Tệp %1 trong thư mục minh chứng không thuộc minh chứng nào (%2).</translation>
    </message>
</context>
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
    <message>
        <source>--wait (or THIDUA_WAIT) must be a number of seconds from 0 to %1, not “%2”.</source>
        <translation>--wait (hoặc THIDUA_WAIT) phải là số giây từ 0 đến %1, không phải “%2”.</translation>
    </message>
    <message>
        <source>Usage: thidua-cli [--db PATH] [--lang vi|en] [--wait SECONDS] COMMAND [ARGUMENTS]</source>
        <translation>Cách dùng: thidua-cli [--db ĐƯỜNG_DẪN] [--lang vi|en] [--wait SỐ_GIÂY] LỆNH [THAM_SỐ]</translation>
    </message>
    <message>
        <source>When another program is writing to the database, a command waits up to --wait seconds (or THIDUA_WAIT; default %1) before giving up.</source>
        <translation>Khi một chương trình khác đang ghi vào cơ sở dữ liệu, lệnh sẽ chờ tối đa --wait giây (hoặc THIDUA_WAIT; mặc định %1) rồi mới dừng.</translation>
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
    <message>
        <source>--kind must be staff or student, not “%1”.</source>
        <translation>--kind phải là staff hoặc student, không phải “%1”.</translation>
    </message>
    <message>
        <source>--year must be a school year such as 2024-2025, not “%1”.</source>
        <translation>--year phải là một năm học, ví dụ 2024-2025, không phải “%1”.</translation>
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
    <name>CouncilCommand</name>
    <message>
        <source>Show or set the year's emulation council (council show | council set).</source>
        <translation>Xem hoặc đặt Hội đồng Thi đua – Khen thưởng của năm học (council show | council set).</translation>
    </message>
    <message>
        <source>Use council show or council set.</source>
        <translation>Dùng council show hoặc council set.</translation>
    </message>
    <message>
        <source>“%1” must be CODE:ROLE[:TITLE], the role one of chair, vice_chair, secretary, member.</source>
        <translation>“%1” phải có dạng MÃ:VAI_TRÒ[:CHỨC_VỤ], vai trò là chair, vice_chair, secretary hoặc member.</translation>
    </message>
    <message numerus="yes">
        <source>The council of %1 has %n member(s).</source>
        <translation>
            <numerusform>Hội đồng năm học %1 có %n thành viên.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouncilComposition</name>
    <message>
        <source>No council for this school year yet: add its members or copy the council of the year before.</source>
        <translation>Năm học này chưa có Hội đồng: hãy thêm thành viên hoặc chép Hội đồng năm học trước.</translation>
    </message>
    <message>
        <source>The council has no chair.</source>
        <translation>Hội đồng chưa có Chủ tịch.</translation>
    </message>
    <message>
        <source>The council has %1 chairs; it should have one.</source>
        <translation>Hội đồng có %1 Chủ tịch; chỉ được có một.</translation>
    </message>
    <message>
        <source>The council has no secretary to keep the minutes.</source>
        <translation>Hội đồng chưa có Thư ký để ghi biên bản.</translation>
    </message>
    <message>
        <source>The same person holds two seats in the council.</source>
        <translation>Một người đang giữ hai vị trí trong Hội đồng.</translation>
    </message>
</context>
<context>
    <name>CouncilService</name>
    <message>
        <source>Choose a school year before changing its council.</source>
        <translation>Hãy chọn năm học trước khi thay đổi Hội đồng của năm học đó.</translation>
    </message>
    <message>
        <source>No school year before %1 has a council.</source>
        <translation>Chưa có năm học nào trước %1 có Hội đồng.</translation>
    </message>
</context>
<context>
    <name>CriteriaCommand</name>
    <message>
        <source>List, export and import criteria sets (criteria list | export SET --out FILE | import FILE).</source>
        <translation>Liệt kê, xuất và nhập bộ tiêu chí (criteria list | export SET --out FILE | import FILE).</translation>
    </message>
    <message>
        <source>SET is a set's key (its newest version), KEY@VERSION, or its number in the list.</source>
        <translation>SET là khóa của bộ tiêu chí (phiên bản mới nhất), KHÓA@PHIÊN_BẢN, hoặc số thứ tự trong danh sách.</translation>
    </message>
    <message>
        <source>Missing action: list, export or import.</source>
        <translation>Thiếu thao tác: list, export hoặc import.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use list, export or import.</source>
        <translation>Không có thao tác “%1”: dùng list, export hoặc import.</translation>
    </message>
    <message>
        <source>“criteria list” takes no arguments.</source>
        <translation>“criteria list” không nhận tham số.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2; %n leaf item(s)</source>
        <translation>
            <numerusform>%1; %2; %n mục đánh giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n to check against the original text</source>
        <translation>
            <numerusform>; %n mục cần đối chiếu văn bản gốc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n assessment(s)</source>
        <translation>
            <numerusform>được %n bản đánh giá sử dụng</numerusform>
        </translation>
    </message>
    <message>
        <source>built in, not in this database yet</source>
        <translation>có sẵn trong chương trình, chưa có trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>There is no criteria set “%1”. See “thidua-cli criteria list”.</source>
        <translation>Không có bộ tiêu chí “%1”. Xem “thidua-cli criteria list”.</translation>
    </message>
    <message>
        <source>The file to write: .json or .xlsx.</source>
        <translation>Tệp cần ghi: .json hoặc .xlsx.</translation>
    </message>
    <message>
        <source>The set's key, KEY@VERSION or its number.</source>
        <translation>Khóa của bộ tiêu chí, KHÓA@PHIÊN_BẢN hoặc số thứ tự.</translation>
    </message>
    <message>
        <source>Name one criteria set to export.</source>
        <translation>Hãy nêu một bộ tiêu chí cần xuất.</translation>
    </message>
    <message>
        <source>--out FILE.json or --out FILE.xlsx is required.</source>
        <translation>Cần có --out TỆP.json hoặc --out TỆP.xlsx.</translation>
    </message>
    <message>
        <source>Wrote “%1” version %2 to %3.</source>
        <translation>Đã ghi “%1” phiên bản %2 vào %3.</translation>
    </message>
    <message>
        <source>Name one file to import: FILE.json or FILE.xlsx.</source>
        <translation>Hãy nêu một tệp cần nhập: TỆP.json hoặc TỆP.xlsx.</translation>
    </message>
    <message>
        <source>A criteria set is imported from .json or .xlsx, not “%1”.</source>
        <translation>Bộ tiêu chí được nhập từ tệp .json hoặc .xlsx, không phải “%1”.</translation>
    </message>
</context>
<context>
    <name>CriteriaItem</name>
    <message>
        <source>criterion</source>
        <translation>tiêu chí</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>chỉ số</translation>
    </message>
    <message>
        <source>met / not met</source>
        <translation>đạt / không đạt</translation>
    </message>
    <message numerus="yes">
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>tối đa %n điểm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaJson</name>
    <message>
        <source>this field is unknown; known fields: %1.</source>
        <translation>không có trường này; các trường hợp lệ: %1.</translation>
    </message>
    <message>
        <source>it is missing.</source>
        <translation>thiếu trường này.</translation>
    </message>
    <message>
        <source>it must be an object {"level": …, "name": …}.</source>
        <translation>phải là một đối tượng {"level": …, "name": …}.</translation>
    </message>
    <message>
        <source>the list is empty.</source>
        <translation>danh sách trống.</translation>
    </message>
    <message>
        <source>a set has at most %1 items.</source>
        <translation>một bộ tiêu chí có tối đa %1 mục.</translation>
    </message>
    <message>
        <source>it must be an object {"code": …, "text": …}.</source>
        <translation>phải là một đối tượng {"code": …, "text": …}.</translation>
    </message>
    <message>
        <source>items nest at most three deep (tiêu chí, chỉ tiêu, chỉ số).</source>
        <translation>các mục lồng nhau tối đa ba cấp (tiêu chí, chỉ tiêu, chỉ số).</translation>
    </message>
    <message>
        <source>an item with items under it has no kind of its own.</source>
        <translation>mục có các mục con thì không có loại riêng.</translation>
    </message>
    <message>
        <source>points need a maximum.</source>
        <translation>mục chấm điểm cần có điểm tối đa.</translation>
    </message>
    <message>
        <source>only %1 items have it.</source>
        <translation>chỉ các mục loại %1 mới có trường này.</translation>
    </message>
    <message>
        <source>it must be a level number from 1 to 100.</source>
        <translation>phải là số mức độ từ 1 đến 100.</translation>
    </message>
    <message>
        <source>A criteria set file is at most 4 MB.</source>
        <translation>Tệp bộ tiêu chí không được lớn hơn 4 MB.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Đây không phải là JSON hợp lệ: %1.</translation>
    </message>
    <message>
        <source>A criteria set must be a JSON object { … }.</source>
        <translation>Bộ tiêu chí phải là một đối tượng JSON { … }.</translation>
    </message>
    <message>
        <source>it must be "thidua-criteria".</source>
        <translation>phải là "thidua-criteria".</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaQuery</name>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Assessment not finished</source>
        <translation>Đánh giá chưa xong</translation>
    </message>
    <message>
        <source>Not met (%1)</source>
        <translation>Không đạt (%1)</translation>
    </message>
    <message>
        <source>Met %1 (%2)</source>
        <translation>Đạt %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CriteriaRepository</name>
    <message>
        <source>The criteria set stored as row %1 cannot be read: %2</source>
        <translation>Không đọc được bộ tiêu chí lưu ở dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaRule</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> và %n mục khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not assessed yet: %n item(s) unanswered (%1)</source>
        <translation>
            <numerusform>chưa đánh giá xong: còn %n mục chưa trả lời (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item met</source>
        <translation>Đạt tất cả các mục</translation>
    </message>
    <message>
        <source>At least %1 points, no item under %2 points</source>
        <translation>Từ %1 điểm trở lên, không có mục nào dưới %2 điểm</translation>
    </message>
    <message>
        <source>By level: %1</source>
        <translation>Theo mức độ: %1</translation>
    </message>
    <message>
        <source>%1 not met</source>
        <translation>%1 không đạt</translation>
    </message>
    <message>
        <source>%1 has %2 points, outside 0 to %3</source>
        <translation>%1 có %2 điểm, ngoài khoảng 0 đến %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 is not a rate</source>
        <translation>%1: %2 trên %3 không phải là một tỷ lệ</translation>
    </message>
    <message>
        <source>%1 below %2 % (%3)</source>
        <translation>%1 dưới %2 % (%3)</translation>
    </message>
    <message>
        <source>%1 below %2 (%3)</source>
        <translation>%1 dưới %2 (%3)</translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation>không đạt: %1</translation>
    </message>
    <message numerus="yes">
        <source>met: all %n item(s) met</source>
        <translation>
            <numerusform>đạt: cả %n mục đều đạt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 under %2 points (%3)</source>
        <translation>%1 dưới %2 điểm (%3 điểm)</translation>
    </message>
    <message>
        <source>%1 points, under %2</source>
        <translation>%1 điểm, dưới %2</translation>
    </message>
    <message>
        <source>met: %1 points, none under %2</source>
        <translation>đạt: %1 điểm, không có mục nào dưới %2 điểm</translation>
    </message>
    <message>
        <source>%1 not met: %2</source>
        <translation>chưa đạt %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 not assessed yet: %n item(s) unanswered (%2)</source>
        <translation>
            <numerusform>%1 chưa đánh giá xong: còn %n mục chưa trả lời (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule has no level</source>
        <translation>quy tắc không có mức độ nào</translation>
    </message>
    <message>
        <source>met %1</source>
        <translation>đạt %1</translation>
    </message>
    <message>
        <source>met %1; %2</source>
        <translation>đạt %1; %2</translation>
    </message>
</context>
<context>
    <name>CriteriaService</name>
    <message>
        <source>The criteria set to save no longer exists.</source>
        <translation>Bộ tiêu chí cần lưu không còn nữa.</translation>
    </message>
    <message>
        <source>The key of a criteria set cannot be changed.</source>
        <translation>Không thể đổi khóa của bộ tiêu chí.</translation>
    </message>
    <message>
        <source>The criteria set “%1” was added.</source>
        <translation>Đã thêm bộ tiêu chí “%1”.</translation>
    </message>
    <message>
        <source>Nothing changed in “%1”.</source>
        <translation>Không có gì thay đổi trong “%1”.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” was saved.</source>
        <translation>Đã lưu phiên bản %1 của “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 is used by %n assessment(s), so the changes were saved as version %2; those assessments keep version %1 and their results.</source>
        <translation>
            <numerusform>Phiên bản %1 đang được %n bản đánh giá sử dụng nên các thay đổi được lưu thành phiên bản %2; các bản đánh giá đó giữ phiên bản %1 và kết quả của chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes were saved as version %1 of “%2”.</source>
        <translation>Các thay đổi được lưu thành phiên bản %1 của “%2”.</translation>
    </message>
</context>
<context>
    <name>CriteriaSet</name>
    <message>
        <source>The criteria set has no key.</source>
        <translation>Bộ tiêu chí chưa có khóa.</translation>
    </message>
    <message>
        <source>The criteria set has no name.</source>
        <translation>Bộ tiêu chí chưa có tên.</translation>
    </message>
    <message>
        <source>The criteria set “%1” has no items.</source>
        <translation>Bộ tiêu chí “%1” chưa có mục nào.</translation>
    </message>
    <message>
        <source>A rule by level needs from 1 to %1 levels.</source>
        <translation>Quy tắc theo mức độ cần từ 1 đến %1 mức độ.</translation>
    </message>
    <message>
        <source>The levels must have names and rising numbers.</source>
        <translation>Các mức độ phải có tên và số thứ tự tăng dần.</translation>
    </message>
    <message>
        <source>The points of the rule cannot be negative.</source>
        <translation>Điểm trong quy tắc không được âm.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>%1: the code must have from 1 to 64 characters.</source>
        <translation>%1: mã phải có từ 1 đến 64 ký tự.</translation>
    </message>
    <message>
        <source>%1: the code is used twice.</source>
        <translation>%1: mã bị dùng hai lần.</translation>
    </message>
    <message>
        <source>%1: the text must have from 1 to %2 characters.</source>
        <translation>%1: nội dung phải có từ 1 đến %2 ký tự.</translation>
    </message>
    <message>
        <source>%1: it is not placed under an item one level up.</source>
        <translation>%1: mục không nằm dưới một mục ở cấp ngay trên.</translation>
    </message>
    <message>
        <source>%1: an item with items under it cannot be answered itself.</source>
        <translation>%1: mục có các mục con thì không tự đánh giá được.</translation>
    </message>
    <message>
        <source>%1: a group needs items under it.</source>
        <translation>%1: nhóm cần có các mục con.</translation>
    </message>
    <message>
        <source>%1: the most points must be from 1 to %2.</source>
        <translation>%1: điểm tối đa phải từ 1 đến %2.</translation>
    </message>
    <message>
        <source>%1: the threshold must be from 0 to 100 %.</source>
        <translation>%1: ngưỡng phải từ 0 đến 100 %.</translation>
    </message>
    <message>
        <source>%1: the minimum must be from 0 to %2.</source>
        <translation>%1: mức tối thiểu phải từ 0 đến %2.</translation>
    </message>
    <message>
        <source>%1: level %2 is not one of the rule's levels.</source>
        <translation>%1: mức độ %2 không có trong quy tắc.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Staff and students</source>
        <translation>Cán bộ, giáo viên, nhân viên và học sinh</translation>
    </message>
    <message>
        <source>A collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>Nhà trường</translation>
    </message>
</context>
<context>
    <name>CriteriaXlsx</name>
    <message>
        <source>A criteria set workbook has the sheets “%1” and “%2”; this one has not.</source>
        <translation>Tệp bộ tiêu chí phải có hai trang tính “%1” và “%2”; tệp này không có.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a criteria set.</source>
        <translation>“%1” không phải là thông tin của bộ tiêu chí.</translation>
    </message>
    <message>
        <source>the format must be “thidua-criteria 1”.</source>
        <translation>định dạng phải là “thidua-criteria 1”.</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1.</source>
        <translation>phiên bản phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>the target must be staff, students, people, collective or school.</source>
        <translation>đối tượng phải là staff, students, people, collective hoặc school.</translation>
    </message>
    <message>
        <source>the rule must be all_pass, points or levels.</source>
        <translation>quy tắc phải là all_pass, points hoặc levels.</translation>
    </message>
    <message>
        <source>it must be a whole number from 0 to 1000000.</source>
        <translation>phải là số nguyên từ 0 đến 1000000.</translation>
    </message>
    <message>
        <source>levels are written “1: Mức độ 1; 2: Mức độ 2”.</source>
        <translation>mức độ được ghi theo dạng “1: Mức độ 1; 2: Mức độ 2”.</translation>
    </message>
    <message>
        <source>the column must be headed “%1”.</source>
        <translation>tiêu đề cột phải là “%1”.</translation>
    </message>
    <message>
        <source>the level must be tiêu chí, chỉ tiêu or chỉ số.</source>
        <translation>cấp phải là tiêu chí, chỉ tiêu hoặc chỉ số.</translation>
    </message>
    <message>
        <source>the kind must be nhóm, đạt/không đạt, điểm, tỷ lệ % or số lượng.</source>
        <translation>loại phải là nhóm, đạt/không đạt, điểm, tỷ lệ % hoặc số lượng.</translation>
    </message>
    <message>
        <source>a whole number from 0 to 1000000 is needed here.</source>
        <translation>ô này cần một số nguyên từ 0 đến 1000000.</translation>
    </message>
    <message>
        <source>only points, rates and counts have a number here.</source>
        <translation>chỉ mục chấm điểm, tỷ lệ và số lượng mới có số ở ô này.</translation>
    </message>
    <message>
        <source>only counts have a unit.</source>
        <translation>chỉ mục số lượng mới có đơn vị đếm.</translation>
    </message>
    <message>
        <source>levels are numbers separated by commas (“1, 2”).</source>
        <translation>mức độ là các số cách nhau bằng dấu phẩy (“1, 2”).</translation>
    </message>
    <message>
        <source>a set has at most 2000 items.</source>
        <translation>một bộ tiêu chí có tối đa 2000 mục.</translation>
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
    <message numerus="yes">
        <source>%n row(s) of the table “%1” would point to rows missing from the table “%2”. Nothing was changed.</source>
        <translation>
            <numerusform>%n dòng của bảng “%1” sẽ trỏ tới những dòng không còn trong bảng “%2”. Cơ sở dữ liệu chưa bị thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new data file cannot be created here: the folder is on a read-only drive or you may not write in it. Choose another folder.</source>
        <translation>Không tạo được tệp dữ liệu mới ở đây: thư mục nằm trên ổ chỉ đọc hoặc bạn không có quyền ghi vào. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The data file is on a read-only drive or you may not change it (or its folder), and this action changes it. It was left unchanged. Copy the file to a folder you can write to, then use the copy.</source>
        <translation>Tệp dữ liệu nằm trên ổ chỉ đọc hoặc bạn không có quyền sửa tệp (hay thư mục chứa tệp), mà thao tác này cần sửa tệp. Tệp được giữ nguyên. Hãy chép tệp sang một thư mục bạn được ghi rồi dùng bản chép đó.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): it holds no school's data. It was left unchanged. Choose the school's data file, or delete the empty file to start a new school there.</source>
        <translation>Tệp rỗng (0 byte): không chứa dữ liệu của trường nào. Tệp được giữ nguyên. Hãy chọn đúng tệp dữ liệu của trường, hoặc xóa tệp rỗng này để bắt đầu một trường mới tại đó.</translation>
    </message>
    <message>
        <source>This ThiĐua data file is damaged (cut short or overwritten) and cannot be opened. It was left unchanged. Restore the school's data from a backup copy.</source>
        <translation>Tệp dữ liệu ThiĐua này bị hỏng (bị cắt cụt hoặc bị ghi đè) nên không mở được. Tệp được giữ nguyên. Hãy khôi phục dữ liệu của trường từ bản sao lưu.</translation>
    </message>
    <message>
        <source>This data file was written by an older version of ThiĐua and must be upgraded, which cannot be done while it is read-only. It was left unchanged. Copy it to a folder you can write to, then use the copy.</source>
        <translation>Tệp dữ liệu này do phiên bản ThiĐua cũ hơn ghi và cần được nâng cấp, nhưng không thể nâng cấp khi tệp chỉ đọc. Tệp được giữ nguyên. Hãy chép tệp sang một thư mục bạn được ghi rồi dùng bản chép đó.</translation>
    </message>
</context>
<context>
    <name>DeactivatePersonCommand</name>
    <message>
        <source>mark %1 as left</source>
        <translation>ghi nhận %1 đã nghỉ</translation>
    </message>
    <message>
        <source>reinstate %1</source>
        <translation>khôi phục %1</translation>
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
    <name>DocumentCommand</name>
    <message>
        <source>Render documents from a JSON description, list the register and the legal bases (document render | register | bases | calibrate).</source>
        <translation>Tạo văn bản từ tệp mô tả JSON, xem sổ đăng ký văn bản và các căn cứ pháp lý (document render | register | bases | calibrate).</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Loại văn bản: %1</translation>
    </message>
    <message>
        <source>Missing action: render, register, bases or calibrate.</source>
        <translation>Thiếu thao tác: render, register, bases hoặc calibrate.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use render, register, bases or calibrate.</source>
        <translation>Không có thao tác “%1”: dùng render, register, bases hoặc calibrate.</translation>
    </message>
    <message>
        <source>Render the documents described in SPEC.json as PDF or DOCX.</source>
        <translation>Tạo các văn bản mô tả trong SPEC.json dưới dạng PDF hoặc DOCX.</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .docx.</source>
        <translation>Tệp cần ghi: .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>The description of the documents.</source>
        <translation>Tệp mô tả văn bản.</translation>
    </message>
    <message>
        <source>“document render” needs exactly one SPEC.json.</source>
        <translation>“document render” cần đúng một tệp SPEC.json.</translation>
    </message>
    <message>
        <source>--out must name a .pdf or .docx file.</source>
        <translation>--out phải là tên tệp .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>Certificates on pre-printed blanks are printed or saved as PDF only; use "mode": "plain" for DOCX.</source>
        <translation>Giấy khen in trên phôi chỉ in ra máy hoặc lưu PDF; để có DOCX hãy dùng "mode": "plain".</translation>
    </message>
    <message>
        <source>Number %1 (%2, printed %3 times)</source>
        <translation>Số %1 (%2, đã in %3 lần)</translation>
    </message>
    <message>
        <source>List the document register (numbers given out), oldest first.</source>
        <translation>Liệt kê sổ đăng ký văn bản (các số đã cấp), cũ trước mới sau.</translation>
    </message>
    <message>
        <source>Only this calendar year.</source>
        <translation>Chỉ năm này.</translation>
    </message>
    <message>
        <source>--year must be a year such as 2025, not “%1”.</source>
        <translation>--year phải là một năm, ví dụ 2025, không phải “%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>List the legal bases (căn cứ); with --date, those a document of that date cites.</source>
        <translation>Liệt kê các căn cứ pháp lý; với --date, các căn cứ mà văn bản ngày đó viện dẫn.</translation>
    </message>
    <message>
        <source>The document's date.</source>
        <translation>Ngày của văn bản.</translation>
    </message>
    <message>
        <source>The document's kind.</source>
        <translation>Loại văn bản.</translation>
    </message>
    <message>
        <source>--date must be a date such as 2025-09-10, not “%1”.</source>
        <translation>--date phải là ngày dạng 2025-09-10, không phải “%1”.</translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation>--kind phải là một trong: %1.</translation>
    </message>
    <message>
        <source>Write the calibration sheet for certificates on pre-printed blanks.</source>
        <translation>Ghi trang in thử để căn vị trí giấy khen trên phôi in sẵn.</translation>
    </message>
    <message>
        <source>Use the positions saved for this printer.</source>
        <translation>Dùng vị trí đã lưu cho máy in này.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>--out must name a .pdf file.</source>
        <translation>--out phải là tên tệp .pdf.</translation>
    </message>
    <message>
        <source>Render with the numbers the documents would get, without issuing them (the register is unchanged).</source>
        <translation>Kết xuất với số văn bản sẽ được cấp nhưng không cấp số (sổ đăng ký giữ nguyên).</translation>
    </message>
    <message>
        <source>Number %1 (%2) not issued: preview</source>
        <translation>Số %1 (%2) chưa cấp: bản xem trước</translation>
    </message>
    <message>
        <source>Warning: %1 names no signer; the signature name is left blank (give "signers" in the description).</source>
        <translation>Cảnh báo: %1 không ghi người ký; họ tên người ký được để trống (hãy ghi "signers" trong tệp mô tả).</translation>
    </message>
    <message>
        <source>Write the register to FILE: an Excel workbook (.xlsx) or CSV (.csv).</source>
        <translation>Ghi sổ đăng ký ra FILE: sổ tính Excel (.xlsx) hoặc CSV (.csv).</translation>
    </message>
    <message>
        <source>--export must name a .xlsx or .csv file, not “%1”.</source>
        <translation>--export phải là tệp .xlsx hoặc .csv, không phải “%1”.</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <source>Documents can only be drawn in a graphical application (QGuiApplication).</source>
        <translation>Chỉ vẽ được văn bản trong ứng dụng đồ họa (QGuiApplication).</translation>
    </message>
    <message>
        <source>The document font %1 is missing from the program.</source>
        <translation>Chương trình thiếu phông chữ văn bản %1.</translation>
    </message>
    <message>
        <source>The document font %1 could not be loaded.</source>
        <translation>Không nạp được phông chữ văn bản %1.</translation>
    </message>
</context>
<context>
    <name>DocumentLayouter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Không có gì để in.</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterRepository</name>
    <message>
        <source>A document needs a key to be registered.</source>
        <translation>Văn bản cần có khóa để vào sổ đăng ký.</translation>
    </message>
    <message>
        <source>A document needs a date to get a number.</source>
        <translation>Văn bản cần có ngày để được cấp số.</translation>
    </message>
    <message>
        <source>The document number %1 is not valid.</source>
        <translation>Số văn bản %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>This document is already registered as number %1 (%2); it cannot take number %3.</source>
        <translation>Văn bản này đã được cấp số %1 (%2); không thể lấy số %3.</translation>
    </message>
    <message>
        <source>Number %1 of %2 is already used by %3.</source>
        <translation>Số %1 của năm %2 đã cấp cho văn bản %3.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>The school's name is unknown: set it with “thidua-cli school set full_name …” or give organization.name in the description.</source>
        <translation>Chưa có tên trường: đặt bằng “thidua-cli school set full_name …” hoặc ghi organization.name trong tệp mô tả.</translation>
    </message>
    <message>
        <source>Certificates on pre-printed blanks cannot be mixed with other documents in one output.</source>
        <translation>Không thể gộp giấy khen in trên phôi với văn bản khác trong cùng một tệp.</translation>
    </message>
</context>
<context>
    <name>DocumentSpec</name>
    <message>
        <source>more ballots returned (%1) than issued (%2).</source>
        <translation>số phiếu thu vào (%1) nhiều hơn số phiếu phát ra (%2).</translation>
    </message>
    <message>
        <source>valid and invalid ballots (%1) exceed those returned (%2).</source>
        <translation>tổng phiếu hợp lệ và không hợp lệ (%1) vượt số phiếu thu vào (%2).</translation>
    </message>
    <message>
        <source>%1 votes counted but only %2 valid ballots.</source>
        <translation>đếm được %1 phiếu nhưng chỉ có %2 phiếu hợp lệ.</translation>
    </message>
    <message>
        <source>the list is empty.</source>
        <translation>danh sách đang trống.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The description is larger than 64 MB.</source>
        <translation>Tệp mô tả lớn hơn 64 MB.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Tệp không đúng cú pháp JSON: %1.</translation>
    </message>
    <message>
        <source>The description must be a JSON object { … }.</source>
        <translation>Tệp mô tả phải là một đối tượng JSON { … }.</translation>
    </message>
    <message>
        <source>it must be an object {"kind": …}.</source>
        <translation>phải là một đối tượng {"kind": …}.</translation>
    </message>
    <message>
        <source>it is missing; it must be one of: %1.</source>
        <translation>còn thiếu; phải là một trong: %1.</translation>
    </message>
    <message>
        <source>a document has one or two signers.</source>
        <translation>một văn bản có một hoặc hai người ký.</translation>
    </message>
    <message>
        <source>it must be an object {"name": …}.</source>
        <translation>phải là một đối tượng {"name": …}.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>&amp;Proposal for commendation (tờ trình)…</source>
        <translation>Tờ &amp;trình đề nghị khen thưởng…</translation>
    </message>
    <message>
        <source>&amp;Minutes of the council meeting (biên bản)…</source>
        <translation>&amp;Biên bản họp Hội đồng Thi đua - Khen thưởng…</translation>
    </message>
    <message>
        <source>&amp;Decision on commendation (quyết định)…</source>
        <translation>&amp;Quyết định khen thưởng…</translation>
    </message>
    <message>
        <source>Achievement report of an &amp;individual…</source>
        <translation>Báo cáo thành tích &amp;cá nhân…</translation>
    </message>
    <message>
        <source>Achievement report of a &amp;collective…</source>
        <translation>Báo cáo thành tích tập t&amp;hể…</translation>
    </message>
    <message>
        <source>&amp;Certificates of merit (giấy khen) on plain paper…</source>
        <translation>&amp;Giấy khen in trên giấy trắng…</translation>
    </message>
    <message>
        <source>Certificates of merit on pre-printed &amp;blanks…</source>
        <translation>Giấy khen in trên &amp;phôi in sẵn…</translation>
    </message>
    <message>
        <source>There is no document template “%1”.</source>
        <translation>Không có mẫu văn bản “%1”.</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>There is nothing to write.</source>
        <translation>Không có gì để ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>A picture could not be written as PNG: %1</source>
        <translation>Không ghi được hình ảnh dưới dạng PNG: %1</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>edit %1</source>
        <translation>sửa hồ sơ %1</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>%1 is also proposed for %2 for the same achievement: one achievement gets one form of award.</source>
        <translation>%1 cũng được đề nghị %2 cho cùng thành tích: một thành tích chỉ được một hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>%1 may not be commended or proposed while this is in force: %2.</source>
        <translation>Không khen thưởng hoặc đề nghị khen thưởng %1 trong thời gian đang có: %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are proposed for the same achievement: propose the larger collective or its units, not both.</source>
        <translation>%1 và %2 được đề nghị cho cùng thành tích: chỉ đề nghị tập thể lớn hoặc các đơn vị trực thuộc, không đề nghị cả hai.</translation>
    </message>
    <message>
        <source>%1 is not recognised as a Công dân học tập this school year.</source>
        <translation>%1 chưa được công nhận Công dân học tập trong năm học này.</translation>
    </message>
    <message>
        <source>%1 is proposed for %2, at provincial level or above, but is not a recognised Đơn vị học tập.</source>
        <translation>%1 được đề nghị %2 (cấp tỉnh trở lên) nhưng chưa được công nhận Đơn vị học tập.</translation>
    </message>
    <message>
        <source>%1 needs the title %2 the same year, which %3 does not have.</source>
        <translation>%1 cần có danh hiệu %2 trong cùng năm, %3 chưa có.</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã huỷ việc kiểm tra.</translation>
    </message>
    <message>
        <source>a file left half-written</source>
        <translation>tệp ghi dở</translation>
    </message>
    <message>
        <source>not a stored file</source>
        <translation>không phải tệp lưu trữ</translation>
    </message>
    <message>
        <source>row %2 of the table %1 points to a missing row of %3</source>
        <translation>dòng %2 của bảng %1 trỏ tới một dòng không có trong %3</translation>
    </message>
    <message>
        <source>evidence %1 is attached to %2 number %3, which does not exist</source>
        <translation>minh chứng %1 gắn với %2 số %3, nhưng bản ghi này không tồn tại</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>đây không phải là tệp</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>Keep evidence files (minh chứng) and attach them to records (evidence add | list | export | link | unlink …).</source>
        <translation>Lưu trữ tệp minh chứng và gắn chúng với hồ sơ (evidence add | list | export | link | unlink …).</translation>
    </message>
    <message>
        <source>ID is the number shown by “evidence list”, or the evidence code.</source>
        <translation>ID là số thứ tự do “evidence list” hiển thị, hoặc mã minh chứng.</translation>
    </message>
    <message>
        <source>Missing action: %1.</source>
        <translation>Thiếu thao tác: %1.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use %2.</source>
        <translation>Không có thao tác “%1”: dùng %2.</translation>
    </message>
    <message>
        <source>The school has no school year %1-%2; add it first.</source>
        <translation>Trường chưa có năm học %1-%2; hãy thêm năm học trước.</translation>
    </message>
    <message>
        <source>Name the evidence file: its number or its code.</source>
        <translation>Hãy chỉ rõ minh chứng: số thứ tự hoặc mã của nó.</translation>
    </message>
    <message>
        <source>There is no evidence file with the code %1.</source>
        <translation>Không có minh chứng nào mang mã %1.</translation>
    </message>
    <message>
        <source>Several school years have an evidence file with the code %1: give its number (see “thidua-cli evidence list”).</source>
        <translation>Nhiều năm học có minh chứng mang mã %1: hãy dùng số thứ tự (xem “thidua-cli evidence list”).</translation>
    </message>
    <message>
        <source>Add files (or every file of a folder) as evidence of a record. Each file is kept once in the folder beside the database, named by its SHA-256; its code is proposed from the record unless --code is given.</source>
        <translation>Thêm tệp (hoặc mọi tệp trong một thư mục) làm minh chứng cho một hồ sơ. Mỗi tệp được lưu một lần trong thư mục cạnh tệp dữ liệu, đặt tên theo SHA-256; mã minh chứng được đề xuất theo hồ sơ, trừ khi có --code.</translation>
    </message>
    <message>
        <source>The files or folders to add.</source>
        <translation>Các tệp hoặc thư mục cần thêm.</translation>
    </message>
    <message>
        <source>The school year (taken from the assessment or the result when not given).</source>
        <translation>Năm học (nếu không ghi, lấy theo bản đánh giá hoặc kết quả).</translation>
    </message>
    <message>
        <source>The evidence code (with several files, the start of their codes).</source>
        <translation>Mã minh chứng (khi có nhiều tệp, là phần đầu của các mã).</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>Mô tả.</translation>
    </message>
    <message>
        <source>The number of the official paper (số văn bản).</source>
        <translation>Số văn bản.</translation>
    </message>
    <message>
        <source>The date of the official paper, dd/mm/yyyy.</source>
        <translation>Ngày ban hành văn bản, dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Who issued the official paper (cơ quan ban hành).</source>
        <translation>Cơ quan ban hành văn bản.</translation>
    </message>
    <message>
        <source>Who adds the files.</source>
        <translation>Người thêm tệp.</translation>
    </message>
    <message>
        <source>Name the files to add.</source>
        <translation>Hãy ghi các tệp cần thêm.</translation>
    </message>
    <message>
        <source>--to is required: what do the files back?</source>
        <translation>Cần có --to: các tệp là minh chứng cho hồ sơ nào?</translation>
    </message>
    <message>
        <source>--date must be a day, dd/mm/yyyy, not “%1”.</source>
        <translation>--date phải là một ngày dd/mm/yyyy, không phải “%1”.</translation>
    </message>
    <message>
        <source>The folders given hold no file.</source>
        <translation>Các thư mục đã chọn không chứa tệp nào.</translation>
    </message>
    <message>
        <source>Added %1: %2 (%3).</source>
        <translation>Đã thêm %1: %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n tệp minh chứng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of an evidence file (checked against its SHA-256).</source>
        <translation>Lưu một bản sao của tệp minh chứng (đối chiếu với SHA-256).</translation>
    </message>
    <message>
        <source>The evidence number or code.</source>
        <translation>Số thứ tự hoặc mã minh chứng.</translation>
    </message>
    <message>
        <source>The file to write, or a folder to write it into under its name.</source>
        <translation>Tệp cần ghi, hoặc thư mục để ghi tệp vào với tên của nó.</translation>
    </message>
    <message>
        <source>Give one evidence file and --out PATH.</source>
        <translation>Hãy ghi một minh chứng và --out ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>“%1” exists already; it was left as it is.</source>
        <translation>“%1” đã có; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Đã lưu %1 vào %2.</translation>
    </message>
    <message>
        <source>Attach an evidence file to one more record.</source>
        <translation>Gắn một minh chứng với thêm một hồ sơ.</translation>
    </message>
    <message>
        <source>The record.</source>
        <translation>Hồ sơ.</translation>
    </message>
    <message>
        <source>Give one evidence file and --to TARGET.</source>
        <translation>Hãy ghi một minh chứng và --to HỒ_SƠ.</translation>
    </message>
    <message>
        <source>%1 now also backs %2.</source>
        <translation>%1 nay cũng là minh chứng cho %2.</translation>
    </message>
    <message>
        <source>Detach an evidence file from a record. The file stays while another record uses it; detaching the last record moves it to the trash (kept 30 days), which needs --yes.</source>
        <translation>Gỡ một minh chứng khỏi một hồ sơ. Tệp vẫn được giữ khi còn hồ sơ khác dùng; gỡ khỏi hồ sơ cuối cùng sẽ chuyển tệp vào thùng rác (giữ 30 ngày) và cần --yes.</translation>
    </message>
    <message>
        <source>Move the file to the trash if no record is left.</source>
        <translation>Chuyển tệp vào thùng rác nếu không còn hồ sơ nào dùng.</translation>
    </message>
    <message>
        <source>%1 (%2) backs only %3: detaching it would move the file to the trash, where it is kept 30 days. Nothing was changed; repeat with --yes to do so.</source>
        <translation>%1 (%2) chỉ là minh chứng cho %3: gỡ ra sẽ chuyển tệp vào thùng rác, nơi tệp được giữ 30 ngày. Chưa có gì thay đổi; chạy lại với --yes để thực hiện.</translation>
    </message>
    <message>
        <source>%1 no longer backs %2 and is in the trash (kept 30 days; “thidua-cli evidence restore %3” brings it back).</source>
        <translation>%1 không còn là minh chứng cho %2 và đã vào thùng rác (giữ 30 ngày; “thidua-cli evidence restore %3” để khôi phục).</translation>
    </message>
    <message>
        <source>%1 no longer backs %2.</source>
        <translation>%1 không còn là minh chứng cho %2.</translation>
    </message>
    <message>
        <source>Give one evidence file to take out of the trash.</source>
        <translation>Hãy ghi một minh chứng cần lấy lại từ thùng rác.</translation>
    </message>
    <message>
        <source>%1 is out of the trash.</source>
        <translation>Đã lấy %1 ra khỏi thùng rác.</translation>
    </message>
    <message>
        <source>“evidence purge” takes no arguments.</source>
        <translation>“evidence purge” không nhận tham số.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted from the trash after 30 days.</source>
        <translation>
            <numerusform>Đã xoá hẳn %n tệp nằm trong thùng rác quá 30 ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the evidence files, by code.</source>
        <translation>Liệt kê các tệp minh chứng theo mã.</translation>
    </message>
    <message>
        <source>Only this school year.</source>
        <translation>Chỉ năm học này.</translation>
    </message>
    <message>
        <source>Only the files backing this record.</source>
        <translation>Chỉ các tệp minh chứng cho hồ sơ này.</translation>
    </message>
    <message>
        <source>List the trash instead (kept 30 days).</source>
        <translation>Liệt kê thùng rác (giữ 30 ngày).</translation>
    </message>
    <message>
        <source>Output format (default: table).</source>
        <translation>Định dạng xuất (mặc định: table).</translation>
    </message>
    <message>
        <source>“evidence list” takes no file names.</source>
        <translation>“evidence list” không nhận tên tệp.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”.</source>
        <translation>--format phải là table, csv hoặc json, không phải “%1”.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Gắn với</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the trash</source>
        <translation>
            <numerusform>%n tệp trong thùng rác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n tệp minh chứng</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the largest size of one evidence file in MB, or nothing to see it.</source>
        <translation>Hãy cho dung lượng lớn nhất của một tệp minh chứng (MB), hoặc để trống để xem mức hiện tại.</translation>
    </message>
    <message>
        <source>“%1” is not a size in MB (a whole number from 1 to 1048576).</source>
        <translation>“%1” không phải dung lượng tính bằng MB (một số nguyên từ 1 đến 1048576).</translation>
    </message>
    <message>
        <source>The largest evidence file that is added: %1.</source>
        <translation>Dung lượng lớn nhất của một tệp minh chứng được thêm: %1.</translation>
    </message>
    <message>
        <source>--to must be person:CODE, collective:ID, assessment:ID:ITEM, cdht:ID, nomination:ID or activity:ID, not “%1”.</source>
        <translation>--to phải là person:MÃ, collective:SỐ, assessment:SỐ:MỤC, cdht:SỐ, nomination:SỐ hoặc activity:SỐ, không phải “%1”.</translation>
    </message>
    <message>
        <source>What the files back: person:CODE, collective:ID, assessment:ID:ITEM, cdht:ID, nomination:ID or activity:ID.</source>
        <translation>Các tệp là minh chứng cho: person:MÃ, collective:SỐ, assessment:SỐ:MỤC, cdht:SỐ, nomination:SỐ hoặc activity:SỐ.</translation>
    </message>
</context>
<context>
    <name>EvidenceDossier</name>
    <message>
        <source>The dossier was cancelled; nothing was written.</source>
        <translation>Đã hủy xuất hồ sơ; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>this already exists and is not an empty folder; the dossier never overwrites it: choose another name.</source>
        <translation>đã có sẵn và không phải thư mục trống; hồ sơ không bao giờ ghi đè lên đó: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The stored file of evidence %1 has been altered (SHA-256 %2, expected %3): run “thidua-cli check” and restore it before handing the dossier over.</source>
        <translation>Tệp lưu trữ của minh chứng %1 đã bị thay đổi (SHA-256 %2, đúng ra là %3): hãy chạy “thidua-cli check” và khôi phục tệp trước khi bàn giao hồ sơ.</translation>
    </message>
    <message>
        <source>Cannot create a folder beside %1: %2</source>
        <translation>Không tạo được thư mục bên cạnh %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The stored file of evidence %1 has been altered: %2</source>
        <translation>Tệp lưu trữ của minh chứng %1 đã bị thay đổi: %2</translation>
    </message>
    <message>
        <source>Cannot move the dossier to %1 (does it exist now?).</source>
        <translation>Không chuyển được hồ sơ sang %1 (tên này vừa có ai tạo chăng?).</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>Không thay được thư mục trống %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceDossierCommand</name>
    <message>
        <source>--year 2025-2026 is required.</source>
        <translation>Cần có --year 2025-2026.</translation>
    </message>
    <message>
        <source>--set SET is required (see “thidua-cli criteria list”).</source>
        <translation>Cần có --set BỘ_TIÊU_CHÍ (xem “thidua-cli criteria list”).</translation>
    </message>
    <message>
        <source>There is no criteria set “%1” in this database. See “thidua-cli criteria list”.</source>
        <translation>Cơ sở dữ liệu này không có bộ tiêu chí “%1”. Xem “thidua-cli criteria list”.</translation>
    </message>
    <message>
        <source>The school year (required).</source>
        <translation>Năm học (bắt buộc).</translation>
    </message>
    <message>
        <source>The criteria set: its key, key@version or id.</source>
        <translation>Bộ tiêu chí: khóa, khóa@phiên_bản hoặc mã số.</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Nơi ghi ra.</translation>
    </message>
    <message>
        <source>Write the danh mục minh chứng of a year (grouped per tiêu chí with --set) as PDF, DOCX or .xlsx.</source>
        <translation>Xuất danh mục minh chứng của một năm học (theo từng tiêu chí khi có --set) ra PDF, DOCX hoặc .xlsx.</translation>
    </message>
    <message>
        <source>--out must name a .pdf, .docx or .xlsx file.</source>
        <translation>--out phải là tệp .pdf, .docx hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Warning: %1 names no signer; the signature name is left blank.</source>
        <translation>Cảnh báo: %1 chưa có người ký; họ tên người ký để trống.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the index of %n evidence file(s) to %1.</source>
        <translation>
            <numerusform>Đã ghi danh mục %n minh chứng vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the dossier of a criteria set and year: a folder (or .zip) with one sub-folder per tiêu chí, the index PDF and a SHA256SUMS manifest.</source>
        <translation>Xuất hồ sơ minh chứng của một bộ tiêu chí và năm học: một thư mục (hoặc tệp .zip) có mỗi tiêu chí một thư mục con, danh mục minh chứng dạng PDF và tệp kiểm tra SHA256SUMS.</translation>
    </message>
    <message>
        <source>--out DIR or --out FILE.zip is required.</source>
        <translation>Cần có --out THƯ_MỤC hoặc --out TỆP.zip.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the dossier of “%1” (%2 tiêu chí, %n file(s), %3) to %4.</source>
        <translation>
            <numerusform>Đã ghi hồ sơ “%1” (%2 tiêu chí, %n tệp, %3) vào %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceIndex</name>
    <message>
        <source>The danh mục is written as a .pdf, .docx or .xlsx file.</source>
        <translation>Danh mục được ghi thành tệp .pdf, .docx hoặc .xlsx.</translation>
    </message>
</context>
<context>
    <name>EvidenceQuery</name>
    <message>
        <source>There is no evidence file number %1.</source>
        <translation>Không có minh chứng số %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceService</name>
    <message>
        <source>The size limit for evidence files must be above zero.</source>
        <translation>Giới hạn dung lượng tệp minh chứng phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>Không có người số %1.</translation>
    </message>
    <message>
        <source>There is no collective number %1.</source>
        <translation>Không có tập thể số %1.</translation>
    </message>
    <message>
        <source>There is no assessment number %1.</source>
        <translation>Không có bản đánh giá số %1.</translation>
    </message>
    <message>
        <source>There is no Công dân học tập result number %1.</source>
        <translation>Không có kết quả Công dân học tập số %1.</translation>
    </message>
    <message>
        <source>Only an assessment has criteria items.</source>
        <translation>Chỉ bản đánh giá mới có mục tiêu chí.</translation>
    </message>
    <message>
        <source>Name the criteria item of assessment %1.</source>
        <translation>Hãy ghi mục tiêu chí của bản đánh giá %1.</translation>
    </message>
    <message>
        <source>The criteria set “%1” has no item “%2”.</source>
        <translation>Bộ tiêu chí “%1” không có mục “%2”.</translation>
    </message>
    <message>
        <source>The record the files are attached to belongs to another school year.</source>
        <translation>Hồ sơ được gắn tệp thuộc một năm học khác.</translation>
    </message>
    <message>
        <source>Choose the school year the evidence files belong to.</source>
        <translation>Hãy chọn năm học của các tệp minh chứng.</translation>
    </message>
    <message>
        <source>There is no school year number %1.</source>
        <translation>Không có năm học số %1.</translation>
    </message>
    <message>
        <source>There is no file to add.</source>
        <translation>Không có tệp nào để thêm.</translation>
    </message>
    <message>
        <source>“%1” is not an evidence code: use letters without marks, digits, “.”, “-” and “_” (at most 40).</source>
        <translation>“%1” không phải là mã minh chứng: chỉ dùng chữ không dấu, chữ số, “.”, “-” và “_” (tối đa 40 ký tự).</translation>
    </message>
    <message>
        <source>The evidence code “%1” is already used in this school year.</source>
        <translation>Mã minh chứng “%1” đã được dùng trong năm học này.</translation>
    </message>
    <message>
        <source>The evidence file %1 is not attached to that record.</source>
        <translation>Minh chứng %1 không gắn với hồ sơ đó.</translation>
    </message>
    <message>
        <source>There is no nomination number %1.</source>
        <translation>Không có đề nghị khen thưởng số %1.</translation>
    </message>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>Không có cuộc họp số %1.</translation>
    </message>
    <message>
        <source>There is no activity number %1.</source>
        <translation>Không có hoạt động số %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file “%1” is %2, more than the limit of %3 for one evidence file; it was not added.</source>
        <translation>Tệp “%1” có dung lượng %2, vượt giới hạn %3 cho một tệp minh chứng; tệp không được thêm.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>The file “%1” could not be read to the end.</source>
        <translation>Không đọc được hết tệp “%1”.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã huỷ.</translation>
    </message>
    <message>
        <source>The evidence folder “%1” could not be created or written.</source>
        <translation>Không tạo hoặc ghi được thư mục minh chứng “%1”.</translation>
    </message>
    <message>
        <source>The evidence folder “%1” could not be written.</source>
        <translation>Không ghi được vào thư mục minh chứng “%1”.</translation>
    </message>
    <message>
        <source>The evidence folder “%1” could not be written (is the drive full?); “%2” was not added.</source>
        <translation>Không ghi được vào thư mục minh chứng “%1” (ổ đĩa đầy?); “%2” không được thêm.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read to the end; it was not added.</source>
        <translation>Không đọc được hết tệp “%1”; tệp không được thêm.</translation>
    </message>
    <message>
        <source>The file “%1” is more than the limit of %2 for one evidence file; it was not added.</source>
        <translation>Tệp “%1” vượt giới hạn %2 cho một tệp minh chứng; tệp không được thêm.</translation>
    </message>
    <message>
        <source>Cancelled; “%1” was not added.</source>
        <translation>Đã huỷ; “%1” không được thêm.</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the evidence folder “%2”.</source>
        <translation>Tệp lưu trữ %1 không còn trong thư mục minh chứng “%2”.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>Không ghi được “%1”.</translation>
    </message>
    <message>
        <source>The stored file %1 could not be read; run “thidua-cli check”.</source>
        <translation>Không đọc được tệp lưu trữ %1; hãy chạy “thidua-cli check”.</translation>
    </message>
    <message>
        <source>“%1” could not be written (is the drive full?).</source>
        <translation>Không ghi được “%1” (ổ đĩa đầy?).</translation>
    </message>
    <message>
        <source>The stored file %1 has been altered since it was added; it was not copied. Run “thidua-cli check”.</source>
        <translation>Tệp lưu trữ %1 đã bị thay đổi kể từ khi được thêm; không sao chép. Hãy chạy “thidua-cli check”.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a stored file.</source>
        <translation>“%1” không phải là tên của một tệp lưu trữ.</translation>
    </message>
    <message>
        <source>The stored file %1 could not be deleted from the evidence folder “%2”.</source>
        <translation>Không xoá được tệp lưu trữ %1 khỏi thư mục minh chứng “%2”.</translation>
    </message>
    <message>
        <source>A temporary file could not be deleted from the evidence folder “%1”.</source>
        <translation>Không xoá được một tệp tạm khỏi thư mục minh chứng “%1”.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the people list to .xlsx or .csv (export people --out FILE).</source>
        <translation>Xuất danh sách người ra .xlsx hoặc .csv (export people --out TỆP).</translation>
    </message>
    <message>
        <source>Missing what to export: people.</source>
        <translation>Thiếu thứ cần xuất: people.</translation>
    </message>
    <message>
        <source>Cannot export “%1”: use export people --out FILE.</source>
        <translation>Không xuất được “%1”: dùng export people --out TỆP.</translation>
    </message>
    <message>
        <source>Export people with Vietnamese headers, in Vietnamese order; import people reads the file back.</source>
        <translation>Xuất danh sách với tiêu đề cột tiếng Việt, theo thứ tự tiếng Việt; import people đọc lại được tệp này.</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (UTF-8).</source>
        <translation>Tệp cần ghi: .xlsx hoặc .csv (UTF-8).</translation>
    </message>
    <message>
        <source>Only staff or only students (default: everybody).</source>
        <translation>Chỉ cán bộ hoặc chỉ học sinh (mặc định: tất cả).</translation>
    </message>
    <message>
        <source>Add the class or group (tổ) of each person in this school year.</source>
        <translation>Thêm lớp hoặc tổ của từng người trong năm học này.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Tham số không mong đợi “%1”.</translation>
    </message>
    <message>
        <source>--out FILE.xlsx or --out FILE.csv is required.</source>
        <translation>Cần có --out TỆP.xlsx hoặc --out TỆP.csv.</translation>
    </message>
    <message>
        <source>--out must end in .xlsx or .csv, not “%1”.</source>
        <translation>--out phải có đuôi .xlsx hoặc .csv, không phải “%1”.</translation>
    </message>
    <message>
        <source>There is no school year %1-%2 in this database.</source>
        <translation>Cơ sở dữ liệu này không có năm học %1-%2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>Đã ghi %n người vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>The name of this file is not valid Unicode text (UTF-8), so the file cannot be found. Rename it, using letters typed on this computer, then try again.</source>
        <translation>Tên tệp này không phải văn bản Unicode (UTF-8) hợp lệ nên không tìm được tệp. Hãy đặt lại tên tệp bằng chữ gõ trên máy này rồi thử lại.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file inside it.</source>
        <translation>Đây là một thư mục, không phải một tệp. Hãy chọn một tệp bên trong thư mục.</translation>
    </message>
    <message>
        <source>You may not read this file (no permission). Ask the owner of the file or the administrator of this computer for access, or copy the file to one of your own folders.</source>
        <translation>Bạn không có quyền đọc tệp này. Hãy xin quyền từ người sở hữu tệp hoặc người quản trị máy, hoặc chép tệp sang một thư mục của bạn.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that the drive holding it is still connected, then try again.</source>
        <translation>Không đọc được tệp. Hãy kiểm tra ổ đĩa chứa tệp vẫn còn được cắm vào máy rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Unknown language “%1”: use vi or en.</source>
        <translation>Ngôn ngữ “%1” không hợp lệ: dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>ThiĐua: emulation and commendation records for schools.</source>
        <translation>ThiĐua: hồ sơ thi đua, khen thưởng của nhà trường.</translation>
    </message>
    <message>
        <source>The school's database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu của trường (mặc định: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>The language of the program: vi or en.</source>
        <translation>Ngôn ngữ của chương trình: vi (tiếng Việt) hoặc en (tiếng Anh).</translation>
    </message>
    <message>
        <source>The page to show first: school, years, staff, students, collectives or council.</source>
        <translation>Trang mở ra đầu tiên: school (Trường), years (Năm học), staff (Cán bộ – Giáo viên – Nhân viên), students (Học sinh), collectives (Tập thể) hoặc council (Hội đồng TĐKT).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>TRANG</translation>
    </message>
    <message>
        <source>Show the window, save a picture of it to FILE (PNG) and quit.</source>
        <translation>Mở cửa sổ, lưu ảnh chụp cửa sổ vào TỆP (PNG) rồi thoát.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>ThiĐua</source>
        <translation>ThiĐua</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Không mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Unknown page “%1”.</source>
        <translation>Không có trang “%1”.</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation>Không lưu được ảnh vào %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message>
        <source>Table %1: %2</source>
        <translation>Bảng %1: %2</translation>
    </message>
    <message>
        <source>The web page is refused: it nests elements more than %1 deep (it is damaged or made to exhaust memory).</source>
        <translation>Trang web bị từ chối: các phần tử lồng nhau sâu hơn %1 cấp (tệp bị hỏng hoặc được tạo ra để làm cạn bộ nhớ).</translation>
    </message>
    <message>
        <source>The web page is refused: it holds more than %1 elements, far more than any list.</source>
        <translation>Trang web bị từ chối: trang chứa hơn %1 phần tử, vượt xa mọi danh sách.</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters, the most that is imported.</source>
        <translation>ô chứa hơn %1 ký tự, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>more than %1 rows, the most that is imported from one sheet.</source>
        <translation>có hơn %1 dòng, mức tối đa được nhập từ một trang tính.</translation>
    </message>
    <message>
        <source>more than %1 columns, the most that is imported.</source>
        <translation>có hơn %1 cột, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>too many merged cells.</source>
        <translation>có quá nhiều ô được gộp.</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells, the most that is imported.</source>
        <translation>sổ tính có hơn %1 ô, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most that is imported.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The web page cannot be read: not enough memory.</source>
        <translation>Không đọc được trang web: không đủ bộ nhớ.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML) with no table in it, so there is no list to import.</source>
        <translation>Tệp là trang web (HTML) không có bảng nào, nên không có danh sách để nhập.</translation>
    </message>
    <message>
        <source>The web page holds more than %1 tables, the most that is imported.</source>
        <translation>Trang web chứa hơn %1 bảng, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bảng %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a staff or student list from .xlsx, .xls, .csv or .txt (import people FILE).</source>
        <translation>Nhập danh sách cán bộ hoặc học sinh từ .xlsx, .xls, .csv hoặc .txt (import people TỆP).</translation>
    </message>
    <message>
        <source>Missing what to import: people.</source>
        <translation>Thiếu thứ cần nhập: people.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: use import people FILE.</source>
        <translation>Không nhập được “%1”: dùng import people TỆP.</translation>
    </message>
    <message>
        <source>Import a staff or student list. People already stored (same code, else same full name and date of birth) are updated, not added again. With any error nothing is written, unless --skip-bad-rows.</source>
        <translation>Nhập danh sách cán bộ hoặc học sinh. Người đã có (cùng mã, hoặc cùng họ tên và ngày sinh) được cập nhật, không thêm lần nữa. Có bất kỳ lỗi nào thì không ghi gì, trừ khi dùng --skip-bad-rows.</translation>
    </message>
    <message>
        <source>The list: .xlsx, .xls, .csv or .txt.</source>
        <translation>Danh sách: .xlsx, .xls, .csv hoặc .txt.</translation>
    </message>
    <message>
        <source>Import only this sheet, by name or number (default: every sheet with a list).</source>
        <translation>Chỉ nhập trang tính này, theo tên hoặc số thứ tự (mặc định: mọi trang có danh sách).</translation>
    </message>
    <message>
        <source>Text encoding of a .csv/.txt file, or legacy font of the cells of a spreadsheet (default: auto).</source>
        <translation>Bảng mã của tệp .csv/.txt, hoặc phông chữ cũ của các ô trong bảng tính (mặc định: auto, tự nhận biết).</translation>
    </message>
    <message>
        <source>Staff or students (default: from the title and the columns of each sheet).</source>
        <translation>Cán bộ hay học sinh (mặc định: theo tiêu đề và các cột của từng trang).</translation>
    </message>
    <message>
        <source>Put students into their classes and staff into their groups (tổ) for this school year, creating missing ones.</source>
        <translation>Xếp học sinh vào lớp và cán bộ vào tổ trong năm học này, tạo lớp, tổ còn thiếu.</translation>
    </message>
    <message>
        <source>Check the file and show what would change, without writing anything.</source>
        <translation>Kiểm tra tệp và cho biết những gì sẽ thay đổi, không ghi gì.</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones, instead of nothing.</source>
        <translation>Nhập các dòng đúng và liệt kê các dòng lỗi, thay vì không nhập gì.</translation>
    </message>
    <message>
        <source>Missing the file to import.</source>
        <translation>Thiếu tệp cần nhập.</translation>
    </message>
    <message>
        <source>Give one file to import, not %1.</source>
        <translation>Chỉ nhập một tệp, không phải %1.</translation>
    </message>
    <message>
        <source>There is no sheet “%1”; the sheets are %2.</source>
        <translation>Không có trang tính “%1”; các trang là %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” has no header with the names of the people (a row with “Họ và tên”, or “Họ” and “Tên”).</source>
        <translation>Trang “%1” không có dòng tiêu đề chứa tên người (dòng có “Họ và tên”, hoặc “Họ” và “Tên”).</translation>
    </message>
    <message>
        <source>Sheet “%1” is left out: it has no list of people.</source>
        <translation>Bỏ qua trang “%1”: trang này không có danh sách người.</translation>
    </message>
    <message>
        <source>No list of people was found: no sheet has a header with “Họ và tên”, or “Họ” and “Tên”.</source>
        <translation>Không tìm thấy danh sách người: không trang nào có dòng tiêu đề với “Họ và tên”, hoặc “Họ” và “Tên”.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Error: %n error(s) in “%1”; nothing was imported. Correct the file, or use --skip-bad-rows to import the other rows.</source>
        <translation>
            <numerusform>Lỗi: “%1” có %n lỗi; không nhập gì. Hãy sửa tệp, hoặc dùng --skip-bad-rows để nhập các dòng còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The classes and groups (tổ) in the file are not recorded: give --year to put people into them.</source>
        <translation>Lớp và tổ trong tệp chưa được ghi nhận: hãy thêm --year để xếp người vào lớp, tổ.</translation>
    </message>
</context>
<context>
    <name>ImportEncoding</name>
    <message>
        <source>Read as %1</source>
        <translation>Đọc theo %1</translation>
    </message>
    <message>
        <source>Detected: %1 (not sure: check the names below)</source>
        <translation>Nhận ra: %1 (chưa chắc chắn: hãy kiểm tra tên bên dưới)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Nhận ra: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>The list has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>Danh sách có %n lỗi; không nhập gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored person this row may be is not known; the row is skipped.</source>
        <translation>Không tìm thấy người đã lưu mà dòng này có thể trùng; bỏ qua dòng này.</translation>
    </message>
    <message>
        <source>Row %1 already updates %2; this row is added as a new person.</source>
        <translation>Dòng %1 đã cập nhật %2; dòng này được thêm như một người mới.</translation>
    </message>
</context>
<context>
    <name>InitiativeCommand</name>
    <message>
        <source>Initiatives (sáng kiến), their authors and the decision recognising them (initiative add | list | remove | import).</source>
        <translation>Sáng kiến, tác giả và quyết định công nhận (initiative add | list | remove | import).</translation>
    </message>
    <message>
        <source>--level must be base, district, province or nation, not “%1”.</source>
        <translation>--level phải là base (cơ sở), district (huyện), province (tỉnh) hoặc nation (toàn quốc), không phải “%1”.</translation>
    </message>
    <message>
        <source>The initiative's number (initiative list shows it).</source>
        <translation>Số của sáng kiến (xem bằng initiative list).</translation>
    </message>
    <message>
        <source>Give the number of one initiative.</source>
        <translation>Hãy ghi số của một sáng kiến.</translation>
    </message>
    <message>
        <source>Import initiatives from a list with the columns Tên sáng kiến, Tác giả, Năm học, Cấp, Số quyết định, Ngày quyết định, Cơ quan ban hành. With any error nothing is written, unless --skip-bad-rows.</source>
        <translation>Nhập sáng kiến từ danh sách có các cột Tên sáng kiến, Tác giả, Năm học, Cấp, Số quyết định, Ngày quyết định, Cơ quan ban hành. Có lỗi thì không ghi gì, trừ khi dùng --skip-bad-rows.</translation>
    </message>
</context>
<context>
    <name>InitiativeImport</name>
    <message>
        <source>The initiative has no title (the column “Tên sáng kiến”).</source>
        <translation>Sáng kiến chưa có tên (cột “Tên sáng kiến”).</translation>
    </message>
    <message>
        <source>No one named or coded %1 is stored.</source>
        <translation>Chưa có ai tên hoặc mã là %1.</translation>
    </message>
    <message>
        <source>Several people are named %1: give their codes.</source>
        <translation>Có nhiều người tên %1: hãy ghi mã của họ.</translation>
    </message>
    <message>
        <source>The initiative has no author (the column “Tác giả”).</source>
        <translation>Sáng kiến chưa có tác giả (cột “Tác giả”).</translation>
    </message>
    <message>
        <source>“%1” is not a level: write cơ sở, huyện, tỉnh or toàn quốc.</source>
        <translation>“%1” không phải là cấp công nhận: hãy ghi cơ sở, huyện, tỉnh hoặc toàn quốc.</translation>
    </message>
    <message>
        <source>“%1” is not a date (day/month/year).</source>
        <translation>“%1” không phải là ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>The decision of %1 needs its number.</source>
        <translation>Quyết định ngày %1 cần có số quyết định.</translation>
    </message>
    <message>
        <source>The school year is missing: write it in the column “Năm học”.</source>
        <translation>Thiếu năm học: hãy ghi vào cột “Năm học”.</translation>
    </message>
    <message>
        <source>“%1” is not a school year: write it as 2024-2025.</source>
        <translation>“%1” không phải là năm học: hãy ghi theo dạng 2024-2025.</translation>
    </message>
    <message>
        <source>The same initiative as row %1.</source>
        <translation>Trùng sáng kiến ở dòng %1.</translation>
    </message>
    <message>
        <source>No sheet has a header with the initiative (“Tên sáng kiến”) and its authors (“Tác giả”).</source>
        <translation>Không trang nào có dòng tiêu đề ghi tên sáng kiến (“Tên sáng kiến”) và tác giả (“Tác giả”).</translation>
    </message>
</context>
<context>
    <name>LearningCitizenImport</name>
    <message>
        <source>“%1” is not a result: write đạt, không đạt or chưa đánh giá (or đ, k, c).</source>
        <translation>“%1” không phải là kết quả: ghi đạt, không đạt hoặc chưa đánh giá (hoặc đ, k, c).</translation>
    </message>
    <message>
        <source>“%1” is not a score: a whole number from 0 to 100.</source>
        <translation>“%1” không phải là điểm: ghi số nguyên từ 0 đến 100.</translation>
    </message>
    <message>
        <source>“%1” is not a date of assessment (day/month/year, not after today).</source>
        <translation>“%1” không phải là ngày đánh giá (ngày/tháng/năm, không sau hôm nay).</translation>
    </message>
    <message>
        <source>No one stored has the code %1.</source>
        <translation>Không có ai mang mã %1 trong dữ liệu.</translation>
    </message>
    <message>
        <source>Several people named %1 with this date of birth are stored: give the code to tell them apart.</source>
        <translation>Có nhiều người tên %1 với ngày sinh này trong dữ liệu: hãy ghi mã để phân biệt.</translation>
    </message>
    <message>
        <source>No one named %1 born %2 is stored (nor does the row give a code).</source>
        <translation>Không có ai tên %1 sinh ngày %2 trong dữ liệu (và dòng này không ghi mã).</translation>
    </message>
    <message>
        <source>No one named %1 without a date of birth is stored: give the code or the date of birth.</source>
        <translation>Không có ai tên %1 mà không có ngày sinh trong dữ liệu: hãy ghi mã hoặc ngày sinh.</translation>
    </message>
    <message>
        <source>Sheet “%1” is left out: it has no list of people.</source>
        <translation>Bỏ qua trang “%1”: trang này không có danh sách người.</translation>
    </message>
    <message>
        <source>Sheet “%1” has no column of results (“Kết quả”, “Công dân học tập”).</source>
        <translation>Trang “%1” không có cột kết quả (“Kết quả”, “Công dân học tập”).</translation>
    </message>
    <message>
        <source>%1 is also on row %2: the same person twice.</source>
        <translation>%1 cũng có ở dòng %2: một người ghi hai lần.</translation>
    </message>
    <message>
        <source>No sheet has a header with the names of the people (a row with “Họ và tên”, or “Họ” and “Tên”).</source>
        <translation>Không trang nào có dòng tiêu đề với họ tên (một dòng có “Họ và tên”, hoặc “Họ” và “Tên”).</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>Tệp có %n lỗi; không nhập gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan was made for another school year.</source>
        <translation>Kế hoạch nhập được lập cho một năm học khác.</translation>
    </message>
</context>
<context>
    <name>LearningCitizenResult</name>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
</context>
<context>
    <name>LearningCitizenService</name>
    <message>
        <source>The score %1 is not between 0 and 100.</source>
        <translation>Điểm %1 không nằm trong khoảng từ 0 đến 100.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Ngày %1 chưa đến.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no school year number %1.</source>
        <translation>Không có năm học số %1.</translation>
    </message>
</context>
<context>
    <name>LearningModelImport</name>
    <message>
        <source>The learning model has no name (the column “Tên mô hình”).</source>
        <translation>Mô hình học tập chưa có tên (cột “Tên mô hình”).</translation>
    </message>
    <message>
        <source>The tổ that builds the model is missing.</source>
        <translation>Thiếu tổ xây dựng mô hình.</translation>
    </message>
    <message>
        <source>No collective named %1 is stored.</source>
        <translation>Chưa có tập thể nào tên %1.</translation>
    </message>
    <message>
        <source>Several collectives are named %1.</source>
        <translation>Có nhiều tập thể tên %1.</translation>
    </message>
    <message>
        <source>The school year is missing: write it in the column “Năm học”.</source>
        <translation>Thiếu năm học: hãy ghi vào cột “Năm học”.</translation>
    </message>
    <message>
        <source>“%1” is not a school year: write it as 2024-2025.</source>
        <translation>“%1” không phải là năm học: hãy ghi theo dạng 2024-2025.</translation>
    </message>
    <message>
        <source>The same learning model as row %1.</source>
        <translation>Trùng mô hình học tập ở dòng %1.</translation>
    </message>
    <message>
        <source>No sheet has a header with the tổ (“Tổ”) and the model's name (“Tên mô hình”).</source>
        <translation>Không trang nào có dòng tiêu đề ghi tổ (“Tổ”) và tên mô hình (“Tên mô hình”).</translation>
    </message>
</context>
<context>
    <name>LegacyEncoding</name>
    <message>
        <source>Unknown encoding “%1”: use one of %2.</source>
        <translation>Bảng mã “%1” không hợp lệ: dùng một trong các bảng mã %2.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese code page)</source>
        <translation>Windows-1258 (bảng mã tiếng Việt của Windows)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, .VnTime fonts)</source>
        <translation>TCVN3 (ABC, phông .VnTime)</translation>
    </message>
    <message>
        <source>VNI Windows (VNI-Times fonts)</source>
        <translation>VNI Windows (phông VNI-Times)</translation>
    </message>
</context>
<context>
    <name>LegalBasisRepository</name>
    <message>
        <source>The legal basis needs a document type (Luật, Nghị định…).</source>
        <translation>Căn cứ cần có loại văn bản (Luật, Nghị định…).</translation>
    </message>
    <message>
        <source>The legal basis needs a title.</source>
        <translation>Căn cứ cần có tên hoặc trích yếu.</translation>
    </message>
    <message>
        <source>The legal basis ends (%1) before it starts (%2).</source>
        <translation>Căn cứ hết hiệu lực (%1) trước ngày có hiệu lực (%2).</translation>
    </message>
    <message>
        <source>There is no legal basis with id %1.</source>
        <translation>Không có căn cứ mang mã %1.</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>The list: .xlsx, .xls, .csv or .txt.</source>
        <translation>Tệp danh sách: .xlsx, .xls, .csv hoặc .txt.</translation>
    </message>
    <message>
        <source>The school year of rows that name none.</source>
        <translation>Năm học của những dòng không ghi năm học.</translation>
    </message>
    <message>
        <source>Check the file without writing anything.</source>
        <translation>Kiểm tra tệp, không ghi gì cả.</translation>
    </message>
    <message>
        <source>Import the good rows, list the bad ones.</source>
        <translation>Nhập các dòng đúng, liệt kê các dòng sai.</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>Hãy ghi một tệp cần nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in “%1”; nothing was imported.</source>
        <translation>
            <numerusform>Có %n lỗi trong “%1”; chưa nhập gì.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingCli</name>
    <message>
        <source>Missing action: %1.</source>
        <translation>Thiếu thao tác: %1.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use %2.</source>
        <translation>Không có thao tác “%1”: dùng %2.</translation>
    </message>
    <message>
        <source>--year is needed (a school year such as 2024-2025).</source>
        <translation>Cần --year (năm học, ví dụ 2024-2025).</translation>
    </message>
    <message>
        <source>%1 must be a number, not “%2”.</source>
        <translation>%1 phải là một số, không phải “%2”.</translation>
    </message>
    <message>
        <source>There is no collective “%1”.</source>
        <translation>Không có tập thể “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as “2025-05-20 14:00”.</source>
        <translation>“%1” không phải ngày giờ dạng “2025-05-20 14:00”.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as “2025-06-01” or “01/06/2025”.</source>
        <translation>“%1” không phải ngày dạng “2025-06-01” hoặc “01/06/2025”.</translation>
    </message>
    <message>
        <source>“%1” is not on the council roster of this meeting.</source>
        <translation>“%1” không có trong danh sách Hội đồng của cuộc họp này.</translation>
    </message>
    <message>
        <source>Several council members are called “%1”: give the number.</source>
        <translation>Có nhiều thành viên Hội đồng tên “%1”: hãy cho số thứ tự.</translation>
    </message>
</context>
<context>
    <name>MeetingCommand</name>
    <message>
        <source>Hold a council meeting: attendance, nominees, ballot counts entered twice, result (meeting create | attend | nominees | round | tally | finalize | show | documents …).</source>
        <translation>Họp Hội đồng: điểm danh, danh sách xét, kết quả kiểm phiếu nhập hai lần, kết quả (meeting create | attend | nominees | round | tally | finalize | show | documents …).</translation>
    </message>
    <message>
        <source>--quorum must be a fraction such as 2/3.</source>
        <translation>--quorum phải là một phân số, ví dụ 2/3.</translation>
    </message>
    <message numerus="yes">
        <source>%n council member(s) on the roster</source>
        <translation>
            <numerusform>%n thành viên Hội đồng trong danh sách</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either --present or --absent.</source>
        <translation>Cho --present hoặc --absent (một trong hai).</translation>
    </message>
    <message>
        <source>%1 of %2 members present; the quorum is %3.</source>
        <translation>%1/%2 thành viên có mặt; %3.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đủ số lượng để họp</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đủ số lượng để họp</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) on the meeting's list.</source>
        <translation>
            <numerusform>%n trường hợp trong danh sách xét của cuộc họp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 opened: %2 ballots to print.</source>
        <translation>Đã mở vòng bỏ phiếu %1: cần in %2 phiếu bầu.</translation>
    </message>
    <message>
        <source>--ballots takes four numbers (issued,returned,valid,invalid) and --votes agree:disagree for each nominee, separated by commas.</source>
        <translation>--ballots gồm bốn số (phát ra,thu vào,hợp lệ,không hợp lệ) và --votes là đồng ý:không đồng ý của từng trường hợp, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Both counts of round %1 agree: the result is accepted.</source>
        <translation>Hai lần nhập kết quả vòng %1 khớp nhau: kết quả được chấp nhận.</translation>
    </message>
    <message>
        <source>Count %1 of round %2 saved; waiting for the other count.</source>
        <translation>Đã lưu lần nhập %1 của vòng %2; chờ lần nhập còn lại.</translation>
    </message>
    <message>
        <source>The two counts of round %1 differ:</source>
        <translation>Hai lần nhập kết quả vòng %1 không khớp:</translation>
    </message>
    <message>
        <source>Meeting %1 finalised and locked: %2 of %3 nominees passed.</source>
        <translation>Đã kết thúc và khóa cuộc họp %1: %2/%3 trường hợp đạt.</translation>
    </message>
    <message>
        <source>Backup copy: %1</source>
        <translation>Bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Meeting %1 reopened for a correction; the reason is kept.</source>
        <translation>Đã mở lại cuộc họp %1 để sửa; lý do được lưu lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n trường hợp</numerusform>
        </translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>Present: %1/%2 members; quorum %3/%4 (%5 needed): %6.</source>
        <translation>Có mặt: %1/%2 thành viên; điều kiện họp %3/%4 (cần %5): %6.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>written opinion: %1</source>
        <translation>ý kiến bằng văn bản: %1</translation>
    </message>
    <message>
        <source>%1 agree, %2 disagree of %3</source>
        <translation>%1 đồng ý, %2 không đồng ý trên %3</translation>
    </message>
    <message>
        <source>not voted yet</source>
        <translation>chưa bỏ phiếu</translation>
    </message>
    <message>
        <source>Overridden: %1: %2</source>
        <translation>Bỏ qua điều kiện: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) do not vote (recused)</source>
        <translation>
            <numerusform>%n thành viên không bỏ phiếu (thuộc diện được xét)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Vòng %1: %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>counts %1 of 2 entered</source>
        <translation>đã nhập %1/2 lần</translation>
    </message>
    <message>
        <source>issued %1, returned %2, valid %3, invalid %4</source>
        <translation>phát ra %1, thu vào %2, hợp lệ %3, không hợp lệ %4</translation>
    </message>
    <message>
        <source>Starts %1, ends %2, place: %3</source>
        <translation>Bắt đầu %1, kết thúc %2, địa điểm: %3</translation>
    </message>
    <message>
        <source>Finalised %1 (locked); backup copy: %2</source>
        <translation>Đã kết thúc lúc %1 (đã khóa); bản sao lưu: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Reopened %1, confirmed by %2: %3</source>
        <translation>Mở lại lúc %1, %2 xác nhận: %3</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>Kết luận: %1</translation>
    </message>
    <message>
        <source>Finalised %1 (locked); no backup copy</source>
        <translation>Đã kết thúc lúc %1 (đã khóa); không có bản sao lưu</translation>
    </message>
</context>
<context>
    <name>MeetingDocumentService</name>
    <message>
        <source>The minutes were given number %1 instead of %2; make the documents again.</source>
        <translation>Biên bản được cấp số %1 thay vì số %2; hãy lập lại các văn bản.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>MeetingDocumentsCommand</name>
    <message>
        <source>Issue the documents of a meeting (minutes, ballot count record, ballots, proposals, decisions) and write each as PDF and DOCX.</source>
        <translation>Lập các văn bản của cuộc họp (biên bản, biên bản kiểm phiếu, phiếu bầu, tờ trình, quyết định), cấp số và ghi mỗi văn bản ra PDF và DOCX.</translation>
    </message>
    <message>
        <source>The folder to write the documents into.</source>
        <translation>Thư mục ghi các văn bản.</translation>
    </message>
    <message>
        <source>The paper of the ballots: A4 (default) or A5.</source>
        <translation>Khổ giấy của phiếu bầu: A4 (mặc định) hoặc A5.</translation>
    </message>
    <message>
        <source>The date of the proposals and decisions (default: today).</source>
        <translation>Ngày của tờ trình và quyết định (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Only these documents: bien_ban, kiem_phieu, phieu_bau, to_trinh, quyet_dinh (comma separated).</source>
        <translation>Chỉ các văn bản này: bien_ban, kiem_phieu, phieu_bau, to_trinh, quyet_dinh (cách nhau bằng dấu phẩy).</translation>
    </message>
    <message>
        <source>The meeting's id.</source>
        <translation>Mã số cuộc họp.</translation>
    </message>
    <message>
        <source>“meeting documents” needs exactly one MEETING id.</source>
        <translation>“meeting documents” cần đúng một mã số cuộc họp (MEETING).</translation>
    </message>
    <message>
        <source>--out must name the folder to write the documents into.</source>
        <translation>--out phải ghi thư mục để lưu các văn bản.</translation>
    </message>
    <message>
        <source>--ballot-size must be A4 or A5, not “%1”.</source>
        <translation>--ballot-size phải là A4 hoặc A5, không phải “%1”.</translation>
    </message>
    <message>
        <source>--date must be a date such as 2025-05-26, not “%1”.</source>
        <translation>--date phải là một ngày như 2025-05-26, không phải “%1”.</translation>
    </message>
    <message>
        <source>Unknown document “%1” in --only: use bien_ban, kiem_phieu, phieu_bau, to_trinh or quyet_dinh.</source>
        <translation>Không có văn bản “%1” trong --only: dùng bien_ban, kiem_phieu, phieu_bau, to_trinh hoặc quyet_dinh.</translation>
    </message>
    <message>
        <source>--only names no document.</source>
        <translation>--only không ghi văn bản nào.</translation>
    </message>
    <message>
        <source>Number %1 (%2)</source>
        <translation>Số %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MeetingPrinting</name>
    <message>
        <source>Meeting minutes</source>
        <translation>Biên bản họp</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer.</source>
        <translation>Không gửi được các trang tới máy in.</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>A ballot count is negative.</source>
        <translation>Có số phiếu bị âm.</translation>
    </message>
    <message>
        <source>%1 ballots returned, more than the %2 issued.</source>
        <translation>Thu vào %1 phiếu, nhiều hơn %2 phiếu phát ra.</translation>
    </message>
    <message>
        <source>%1 valid and %2 invalid ballots make %3, not the %4 returned.</source>
        <translation>%1 phiếu hợp lệ và %2 phiếu không hợp lệ cộng lại là %3, không bằng %4 phiếu thu vào.</translation>
    </message>
    <message>
        <source>Nominee %1: a vote count is negative.</source>
        <translation>Người/tập thể thứ %1: có số phiếu bị âm.</translation>
    </message>
    <message>
        <source>Nominee %1: %2 agree and %3 disagree, more than the %4 valid ballots.</source>
        <translation>Người/tập thể thứ %1: %2 phiếu đồng ý và %3 phiếu không đồng ý, nhiều hơn %4 phiếu hợp lệ.</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>Không có cuộc họp số %1.</translation>
    </message>
    <message>
        <source>The meeting "%1" is finalised: the chair must reopen it, with a reason, before anything changes.</source>
        <translation>Cuộc họp "%1" đã kết thúc: Chủ tịch Hội đồng phải mở lại, có nêu lý do, thì mới sửa được.</translation>
    </message>
    <message>
        <source>A meeting needs the date and time it starts.</source>
        <translation>Cuộc họp cần có ngày giờ bắt đầu.</translation>
    </message>
    <message>
        <source>There is no school year number %1.</source>
        <translation>Không có năm học số %1.</translation>
    </message>
    <message>
        <source>The council of %1 cannot sit: %2</source>
        <translation>Hội đồng năm học %1 chưa thể họp: %2</translation>
    </message>
    <message>
        <source>A quorum of %1/%2 is not a share of the council.</source>
        <translation>%1/%2 không phải là một tỷ lệ thành viên Hội đồng.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Giờ kết thúc không thể trước giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Voting has begun: attendance can no longer change (the ballots were counted on it).</source>
        <translation>Đã bỏ phiếu: không sửa điểm danh được nữa (số phiếu đã tính theo điểm danh).</translation>
    </message>
    <message>
        <source>Only an absent member leaves a written opinion.</source>
        <translation>Chỉ thành viên vắng mặt mới gửi ý kiến bằng văn bản.</translation>
    </message>
    <message>
        <source>Council member %1 is not on the roster of this meeting.</source>
        <translation>Thành viên Hội đồng số %1 không có trong danh sách cuộc họp này.</translation>
    </message>
    <message>
        <source>Voting has begun: the list of nominees can no longer change.</source>
        <translation>Đã bỏ phiếu: không sửa danh sách đề nghị được nữa.</translation>
    </message>
    <message>
        <source>Nomination %1 is on the list twice.</source>
        <translation>Đề nghị số %1 có hai lần trong danh sách.</translation>
    </message>
    <message>
        <source>Nomination %1 (%2) is of another school year.</source>
        <translation>Đề nghị số %1 (%2) thuộc năm học khác.</translation>
    </message>
    <message>
        <source>Nomination %1 (%2) has already been voted on (%3).</source>
        <translation>Đề nghị số %1 (%2) đã được bỏ phiếu (%3).</translation>
    </message>
    <message>
        <source>Nomination %1 (%2) fails a check: %3 Override it with a reason, or take it off the list.</source>
        <translation>Đề nghị số %1 (%2) chưa đủ điều kiện: %3 Hãy ghi lý do để bỏ qua điều kiện này, hoặc đưa ra khỏi danh sách.</translation>
    </message>
    <message>
        <source>%1 of %2 members are present: the quorum (%3 members) is not met, the council cannot vote.</source>
        <translation>%1/%2 thành viên có mặt: chưa đủ số lượng để họp (cần %3 thành viên), Hội đồng chưa thể bỏ phiếu.</translation>
    </message>
    <message>
        <source>Round %1 has not been counted and accepted yet.</source>
        <translation>Vòng %1 chưa được kiểm phiếu và chấp nhận kết quả.</translation>
    </message>
    <message>
        <source>Nomination %1 is not on this meeting's list.</source>
        <translation>Đề nghị số %1 không có trong danh sách xét của cuộc họp.</translation>
    </message>
    <message>
        <source>Every nominee has been voted on: there is nothing to vote on.</source>
        <translation>Mọi trường hợp đã được bỏ phiếu: không còn gì để bỏ phiếu.</translation>
    </message>
    <message>
        <source>A count is entered twice: entry 1 by the secretary, entry 2 by the ballot-counting group.</source>
        <translation>Kết quả kiểm phiếu được nhập hai lần: lần 1 do thư ký, lần 2 do Ban kiểm phiếu.</translation>
    </message>
    <message>
        <source>There is no round %1 in this meeting.</source>
        <translation>Cuộc họp không có vòng bỏ phiếu %1.</translation>
    </message>
    <message>
        <source>Round %1 was accepted: both counts agreed; it can no longer change.</source>
        <translation>Kết quả vòng %1 đã được chấp nhận (hai lần nhập khớp nhau): không sửa được nữa.</translation>
    </message>
    <message>
        <source>Round %1 votes on %2 nominees; the count gives %3.</source>
        <translation>Vòng %1 bỏ phiếu cho %2 trường hợp; kết quả nhập có %3.</translation>
    </message>
    <message>
        <source>%1 ballots issued, but only %2 members are present.</source>
        <translation>Phát ra %1 phiếu nhưng chỉ có %2 thành viên có mặt.</translation>
    </message>
    <message>
        <source>Entry %1 of round %2: %3</source>
        <translation>Lần nhập %1 của vòng %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 members are present: the quorum is not met, the meeting cannot decide anything.</source>
        <translation>%1/%2 thành viên có mặt: không đủ số lượng để họp, cuộc họp không thể quyết định.</translation>
    </message>
    <message>
        <source>The meeting has no nominee.</source>
        <translation>Cuộc họp chưa có trường hợp nào được xét.</translation>
    </message>
    <message>
        <source>%1 has no accepted count yet: enter both counts of the round and make them agree.</source>
        <translation>%1 chưa có kết quả kiểm phiếu được chấp nhận: hãy nhập đủ hai lần và cho khớp nhau.</translation>
    </message>
    <message>
        <source>The meeting is locked, but its backup folder %1 cannot be made.</source>
        <translation>Cuộc họp đã khóa, nhưng không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>The meeting is locked, but its backup copy %1 could not be written: %2</source>
        <translation>Cuộc họp đã khóa, nhưng không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>Reopening a finalised meeting needs a reason: it is kept and shown.</source>
        <translation>Mở lại cuộc họp đã kết thúc phải có lý do: lý do được lưu và hiển thị.</translation>
    </message>
    <message>
        <source>The meeting "%1" is not finalised.</source>
        <translation>Cuộc họp "%1" chưa kết thúc.</translation>
    </message>
    <message>
        <source>Only the chair of the meeting (%1) can confirm a correction.</source>
        <translation>Chỉ Chủ tịch Hội đồng của cuộc họp (%1) mới xác nhận việc sửa.</translation>
    </message>
    <message>
        <source>none on the roster</source>
        <translation>không có trong danh sách</translation>
    </message>
    <message>
        <source>%1's nomination has gone further (%2): the meeting can no longer be corrected.</source>
        <translation>Đề nghị của %1 đã chuyển bước (%2): không sửa cuộc họp được nữa.</translation>
    </message>
    <message>
        <source>The meeting has accepted counts: it is part of the record and cannot be deleted.</source>
        <translation>Cuộc họp đã có kết quả kiểm phiếu được chấp nhận: là hồ sơ, không xóa được.</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Learning models each tổ builds in a year, and the tổ without one (model add | list | remove | import).</source>
        <translation>Mô hình học tập của từng tổ trong năm học, và các tổ chưa có mô hình (model add | list | remove | import).</translation>
    </message>
    <message>
        <source>--collective is needed: the tổ that builds the model.</source>
        <translation>Cần ghi --collective: tổ xây dựng mô hình.</translation>
    </message>
    <message>
        <source>List the tổ with no learning model in the year.</source>
        <translation>Liệt kê các tổ chưa có mô hình học tập trong năm học.</translation>
    </message>
    <message>
        <source>The model's number (model list shows it).</source>
        <translation>Số của mô hình (xem bằng model list).</translation>
    </message>
    <message>
        <source>Give the number of one learning model.</source>
        <translation>Hãy ghi số của một mô hình học tập.</translation>
    </message>
    <message>
        <source>Import learning models from a list with the columns Tổ, Năm học, Tên mô hình, Mô tả, Kết quả. With any error nothing is written, unless --skip-bad-rows.</source>
        <translation>Nhập mô hình học tập từ danh sách có các cột Tổ, Năm học, Tên mô hình, Mô tả, Kết quả. Có lỗi thì không ghi gì, trừ khi dùng --skip-bad-rows.</translation>
    </message>
</context>
<context>
    <name>MovementReportService</name>
    <message>
        <source>A stage runs from one year to a later one (for example 2023 to 2025), not %1 to %2.</source>
        <translation>Một giai đoạn đi từ một năm đến một năm sau đó (ví dụ 2023 đến 2025), không phải %1 đến %2.</translation>
    </message>
    <message>
        <source>The database has no school year %1-%2.</source>
        <translation>Cơ sở dữ liệu không có năm học %1-%2.</translation>
    </message>
    <message>
        <source>The statistics are written as .xlsx, not %1.</source>
        <translation>Số liệu thống kê được ghi thành tệp .xlsx, không phải %1.</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .docx, not %1.</source>
        <translation>Báo cáo được ghi thành tệp .pdf hoặc .docx, không phải %1.</translation>
    </message>
</context>
<context>
    <name>MovementStats</name>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Staff and students</source>
        <translation>Toàn trường</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>nobody to count</source>
        <translation>không có ai để tính</translation>
    </message>
</context>
<context>
    <name>NominationCommand</name>
    <message>
        <source>eligible</source>
        <translation>đủ điều kiện</translation>
    </message>
    <message numerus="yes">
        <source>eligible (%n check(s) overridden)</source>
        <translation>
            <numerusform>đủ điều kiện (bỏ qua %n điều kiện có lý do)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open problem(s)</source>
        <translation>
            <numerusform>%n điều kiện chưa đạt</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose people and collectives for awards and check their eligibility (nomination add | list | check | override | decide | state).</source>
        <translation>Đề nghị khen thưởng cá nhân, tập thể và kiểm tra điều kiện (nomination add | list | check | override | decide | state).</translation>
    </message>
    <message>
        <source>Give either --person or --collective.</source>
        <translation>Cho --person hoặc --collective (một trong hai).</translation>
    </message>
    <message>
        <source>--form is needed (thidua-cli award forms lists the keys).</source>
        <translation>Cần --form (thidua-cli award forms liệt kê các mã).</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s).</source>
        <translation>
            <numerusform>%n đề nghị.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Bỏ qua có lý do: %1</translation>
    </message>
    <message>
        <source>Not eligible until every problem is resolved or overridden with a reason.</source>
        <translation>Chưa đủ điều kiện cho đến khi mọi vướng mắc được giải quyết hoặc bỏ qua có lý do.</translation>
    </message>
    <message>
        <source>Eligible.</source>
        <translation>Đủ điều kiện.</translation>
    </message>
    <message>
        <source>--rule must be one of one_form, restriction, collective_or_units, learning_citizen, learning_unit, earlier_title.</source>
        <translation>--rule phải là một trong: one_form, restriction, collective_or_units, learning_citizen, learning_unit, earlier_title.</translation>
    </message>
    <message>
        <source>Check %1 of nomination %2 overridden.</source>
        <translation>Đã bỏ qua điều kiện %1 của đề nghị số %2.</translation>
    </message>
    <message>
        <source>Nomination %1 has its decision; the award history has it too.</source>
        <translation>Đề nghị số %1 đã có quyết định; đã ghi vào lịch sử khen thưởng.</translation>
    </message>
    <message>
        <source>The state must be reviewed, proposed, submitted or awarded.</source>
        <translation>Trạng thái phải là reviewed, proposed, submitted hoặc awarded.</translation>
    </message>
    <message>
        <source>Nomination %1: %2.</source>
        <translation>Đề nghị số %1: %2.</translation>
    </message>
</context>
<context>
    <name>NominationService</name>
    <message>
        <source>There is no school year number %1.</source>
        <translation>Không có năm học số %1.</translation>
    </message>
    <message>
        <source>There is no award form "%1".</source>
        <translation>Không có hình thức khen thưởng "%1".</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>Không có người số %1.</translation>
    </message>
    <message>
        <source>There is no collective number %1.</source>
        <translation>Không có tập thể số %1.</translation>
    </message>
    <message>
        <source>%1 is awarded to collectives, not to a person.</source>
        <translation>%1 dành cho tập thể, không dành cho cá nhân.</translation>
    </message>
    <message>
        <source>%1 is awarded to people, not to a collective.</source>
        <translation>%1 dành cho cá nhân, không dành cho tập thể.</translation>
    </message>
    <message>
        <source>There is no nomination number %1.</source>
        <translation>Không có đề nghị số %1.</translation>
    </message>
    <message>
        <source>Nomination %1 has been voted on (%2): it can no longer be changed.</source>
        <translation>Đề nghị số %1 đã được bỏ phiếu (%2): không sửa được nữa.</translation>
    </message>
    <message>
        <source>Nomination %1 is on a meeting's list: take it off the list before deleting it.</source>
        <translation>Đề nghị số %1 đang trong danh sách của một cuộc họp: hãy đưa ra khỏi danh sách trước khi xóa.</translation>
    </message>
    <message>
        <source>Overriding a check needs a reason: it is printed in the minutes.</source>
        <translation>Bỏ qua một điều kiện phải có lý do: lý do được ghi vào biên bản.</translation>
    </message>
    <message>
        <source>Nomination %1 cannot go from "%2" to "%3".</source>
        <translation>Đề nghị số %1 không chuyển được từ "%2" sang "%3".</translation>
    </message>
    <message>
        <source>A decision needs its number and its date.</source>
        <translation>Quyết định cần có số và ngày.</translation>
    </message>
    <message>
        <source>Nomination %1 has not passed the council's vote (%2): it cannot have a decision.</source>
        <translation>Đề nghị số %1 chưa được Hội đồng bỏ phiếu đạt (%2): chưa thể có quyết định.</translation>
    </message>
    <message>
        <source>This is already proposed for %1 in this school year (nomination %2).</source>
        <translation>Đã có đề nghị %1 cho đối tượng này trong năm học (đề nghị số %2).</translation>
    </message>
</context>
<context>
    <name>NomineeFacts</name>
    <message>
        <source>Learning citizen (Công dân học tập) %1</source>
        <translation>Công dân học tập năm học %1</translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation>%1: không đọc được (%2)</translation>
    </message>
    <message numerus="yes">
        <source> (%n point(s))</source>
        <translation>
            <numerusform> (%n điểm)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning unit (Đơn vị học tập) %1</source>
        <translation>Đơn vị học tập năm học %1</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: chưa đánh giá</translation>
    </message>
</context>
<context>
    <name>PageSetup</name>
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
        <source>The %1 of %2 mm is outside the range of Decree 30/2020 (%3–%4 mm).</source>
        <translation>%1 %2 mm nằm ngoài khoảng Nghị định 30/2020 cho phép (%3–%4 mm).</translation>
    </message>
    <message>
        <source>The body text size of %1 pt is outside the range of Decree 30/2020 (13–14 pt).</source>
        <translation>Cỡ chữ nội dung %1 pt nằm ngoài khoảng Nghị định 30/2020 cho phép (13–14 pt).</translation>
    </message>
    <message>
        <source>The line spacing of %1 is outside the range of Decree 30/2020 (single to 1.5 lines).</source>
        <translation>Giãn dòng %1 nằm ngoài khoảng Nghị định 30/2020 cho phép (từ dòng đơn đến 1,5 dòng).</translation>
    </message>
    <message>
        <source>The space between paragraphs of %1 pt is below the 6 pt of Decree 30/2020.</source>
        <translation>Khoảng cách giữa các đoạn %1 pt nhỏ hơn mức tối thiểu 6 pt của Nghị định 30/2020.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Không tạo được tệp PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
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
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
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
    <name>PeopleService</name>
    <message>
        <source>%1 cannot be placed in “%2”.</source>
        <translation>Không thể xếp %1 vào “%2”.</translation>
    </message>
    <message>
        <source>a seat on the emulation council</source>
        <translation>một ghế trong Hội đồng Thi đua - Khen thưởng</translation>
    </message>
    <message>
        <source>the school's leaders</source>
        <translation>danh sách lãnh đạo nhà trường</translation>
    </message>
    <message>
        <source>restriction records</source>
        <translation>các ghi nhận hạn chế (kỷ luật, thanh tra…)</translation>
    </message>
    <message numerus="yes">
        <source>memberships in %n school year(s)</source>
        <translation>
            <numerusform>quá trình sinh hoạt trong %n năm học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships</source>
        <translation>
            <numerusform>%n lần tham gia tập thể</numerusform>
        </translation>
    </message>
    <message>
        <source>a head or deputy role</source>
        <translation>một chức vụ trưởng hoặc phó</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the records keep %2 of theirs. Mark them as having left instead.</source>
        <translation>Không thể xoá %1: dữ liệu còn lưu %2 của người này. Hãy đánh dấu là đã nghỉ.</translation>
    </message>
    <message>
        <source>Công dân học tập results</source>
        <translation>kết quả Công dân học tập</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>There is no person with number %1.</source>
        <translation>Không có người số %1.</translation>
    </message>
    <message>
        <source>The references to person %1 could not be counted.</source>
        <translation>Không đếm được các mục liên quan đến người có mã số %1.</translation>
    </message>
    <message>
        <source>No one stored has the code %1.</source>
        <translation>Không có ai mang mã %1 trong dữ liệu.</translation>
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
    <name>RemoveLegalBasisCommand</name>
    <message>
        <source>remove the legal basis %1</source>
        <translation>xóa căn cứ %1</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>delete %1</source>
        <translation>xoá %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Give either --year or --from and --to, not both.</source>
        <translation>Hãy ghi hoặc --year, hoặc --from và --to, không ghi cả hai.</translation>
    </message>
    <message>
        <source>Give the school year (--year 2024-2025) or the stage (--from 2023 --to 2025).</source>
        <translation>Hãy ghi năm học (--year 2024-2025) hoặc giai đoạn (--from 2023 --to 2025).</translation>
    </message>
    <message>
        <source>--from %1 --to %2 is not a stage: --to is the year it ends, after --from.</source>
        <translation>--from %1 --to %2 không phải là một giai đoạn: --to là năm kết thúc, sau --from.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a section's text file may hold at most %3.</source>
        <translation>%1 có %2 byte; tệp nội dung của một phần chỉ được tối đa %3 byte.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as UTF-8 (Unicode) and try again.</source>
        <translation>%1 không phải văn bản UTF-8: hãy lưu lại dạng UTF-8 (Unicode) rồi thử lại.</translation>
    </message>
    <message>
        <source> (suggested from %1)</source>
        <translation> (gợi ý từ %1)</translation>
    </message>
    <message>
        <source> (not written yet)</source>
        <translation> (chưa viết)</translation>
    </message>
    <message>
        <source>The movement's reports: the annual report, the stage reviews, the statistics and the judgement sections written for a year or a stage.</source>
        <translation>Báo cáo của Phong trào: báo cáo năm, báo cáo sơ kết, tổng kết, số liệu thống kê và các phần đánh giá viết cho một năm học hoặc một giai đoạn.</translation>
    </message>
    <message>
        <source>The school year of the annual report.</source>
        <translation>Năm học của báo cáo năm.</translation>
    </message>
    <message>
        <source>The first year of a stage (2023).</source>
        <translation>Năm đầu của giai đoạn (2023).</translation>
    </message>
    <message>
        <source>The year a stage ends (2025 for 2023–2025).</source>
        <translation>Năm kết thúc giai đoạn (2025 cho giai đoạn 2023–2025).</translation>
    </message>
    <message>
        <source>noi_bat, ton_tai, nguyen_nhan, phuong_huong or kien_nghi.</source>
        <translation>noi_bat, ton_tai, nguyen_nhan, phuong_huong hoặc kien_nghi.</translation>
    </message>
    <message>
        <source>The section's new text (empty: remove it).</source>
        <translation>Nội dung mới của phần (để trống: xóa phần đó).</translation>
    </message>
    <message>
        <source>A UTF-8 text file holding the section's new text.</source>
        <translation>Tệp văn bản UTF-8 chứa nội dung mới của phần.</translation>
    </message>
    <message>
        <source>Give either --text or --file, not both.</source>
        <translation>Hãy ghi hoặc --text hoặc --file, không ghi cả hai.</translation>
    </message>
    <message>
        <source>Unknown section “%1”: use noi_bat, ton_tai, nguyen_nhan, phuong_huong or kien_nghi.</source>
        <translation>Không có phần “%1”: hãy dùng noi_bat, ton_tai, nguyen_nhan, phuong_huong hoặc kien_nghi.</translation>
    </message>
    <message>
        <source>--section is needed with --text or --file.</source>
        <translation>Cần ghi --section khi dùng --text hoặc --file.</translation>
    </message>
</context>
<context>
    <name>ReportDocumentCommand</name>
    <message>
        <source>The report's date (default: today).</source>
        <translation>Ngày của báo cáo (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Where the report goes, first under “Nơi nhận” (default: a blank to fill in).</source>
        <translation>Nơi gửi báo cáo, ghi đầu tiên ở “Nơi nhận” (mặc định: để trống cho điền tay).</translation>
    </message>
    <message>
        <source>--date must be a date such as 2025-11-20, not “%1”.</source>
        <translation>--date phải là một ngày như 2025-11-20, không phải “%1”.</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Write the annual report on the movement of a school year (PDF or DOCX), numbered in the register.</source>
        <translation>Ghi báo cáo kết quả thực hiện Phong trào của một năm học (PDF hoặc DOCX), lấy số trong sổ văn bản.</translation>
    </message>
    <message>
        <source>The school year (required).</source>
        <translation>Năm học (bắt buộc).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .docx.</source>
        <translation>Tệp cần ghi: .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>--out must name a .pdf or .docx file.</source>
        <translation>--out phải là tên một tệp .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>Write the review of a stage of the movement (sơ kết 2023–2025, tổng kết 2023–2030) as PDF or DOCX.</source>
        <translation>Ghi báo cáo sơ kết, tổng kết một giai đoạn của Phong trào (sơ kết 2023–2025, tổng kết 2023–2030) thành PDF hoặc DOCX.</translation>
    </message>
    <message>
        <source>The year the stage begins (2023).</source>
        <translation>Năm bắt đầu giai đoạn (2023).</translation>
    </message>
    <message>
        <source>The year the stage ends (2025 or 2030).</source>
        <translation>Năm kết thúc giai đoạn (2025 hoặc 2030).</translation>
    </message>
    <message>
        <source>--from and --to must be years, the second after the first (2023 and 2025).</source>
        <translation>--from và --to phải là năm, năm sau lớn hơn năm trước (2023 và 2025).</translation>
    </message>
    <message>
        <source>Write the movement's statistics of a school year as a workbook (.xlsx).</source>
        <translation>Ghi số liệu thống kê Phong trào của một năm học thành bảng tính (.xlsx).</translation>
    </message>
    <message>
        <source>The .xlsx file to write.</source>
        <translation>Tệp .xlsx cần ghi.</translation>
    </message>
    <message>
        <source>--out must name a .xlsx file.</source>
        <translation>--out phải là tên một tệp .xlsx.</translation>
    </message>
</context>
<context>
    <name>ReportFiguresQuery</name>
    <message>
        <source>The database has no school year from %1 to %2.</source>
        <translation>Cơ sở dữ liệu không có năm học nào từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>ReportTextService</name>
    <message>
        <source>The report period %1 is not a school year or a stage such as 2024-2025 or 2023–2025.</source>
        <translation>Kỳ báo cáo %1 không phải là một năm học hay một giai đoạn, ví dụ 2024-2025 hoặc 2023–2025.</translation>
    </message>
    <message>
        <source>The section “%1” of the report %2 is %3 characters long; it may hold at most %4.</source>
        <translation>Phần “%1” của báo cáo %2 dài %3 ký tự; tối đa %4 ký tự.</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Date of birth (women)</source>
        <translation>Ngày sinh (nữ)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Female (marked x)</source>
        <translation>Nữ (đánh dấu x)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Cannot export to “%1”: use a .xlsx or .csv file.</source>
        <translation>Không xuất được ra “%1”: hãy dùng tệp .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Không ghi được “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>No header with the names of the people was found in sheet “%1” (look for a row with “Họ và tên” or “Họ” and “Tên”).</source>
        <translation>Không tìm thấy dòng tiêu đề chứa tên người trong trang “%1” (cần một dòng có “Họ và tên”, hoặc “Họ” và “Tên”).</translation>
    </message>
    <message>
        <source>“%1” is not a date of birth (day/month/year or a year).</source>
        <translation>“%1” không phải là ngày sinh (ngày/tháng/năm hoặc năm).</translation>
    </message>
    <message>
        <source>“%1” is not a gender (Nam or Nữ); the gender is left unknown.</source>
        <translation>“%1” không phải là giới tính (Nam hoặc Nữ); để trống giới tính.</translation>
    </message>
    <message>
        <source>The code %1 is also on row %2.</source>
        <translation>Mã %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>Same name and date of birth as row %1: check that these are two different people.</source>
        <translation>Trùng họ tên và ngày sinh với dòng %1: hãy kiểm tra đây có phải hai người khác nhau không.</translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2, who is not a %3.</source>
        <translation>Mã %1 đã thuộc về %2, người này không phải là %3.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>học sinh</translation>
    </message>
    <message>
        <source>member of staff</source>
        <translation>cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message numerus="yes">
        <source>%n people named %1 with this date of birth are already stored; added as a new person.</source>
        <translation>
            <numerusform>Đã có %n người tên %1 với ngày sinh này; thêm thành người mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is already the stored %2: the same person twice.</source>
        <translation>Dòng %1 đã là %2 (đã lưu): một người xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>Maybe the same person as %1 (born %2), who is already stored; added as a new person.</source>
        <translation>Có thể là cùng một người với %1 (sinh %2) đã lưu; thêm thành người mới.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1” has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>Trang “%1” có %n lỗi; không nhập gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Đã hủy việc nhập; không ghi gì vào cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>SaveCalendarCommand</name>
    <message>
        <source>change the calendar's dates</source>
        <translation>đổi ngày trong lịch công việc</translation>
    </message>
</context>
<context>
    <name>SaveLegalBasisCommand</name>
    <message>
        <source>add the legal basis %1</source>
        <translation>thêm căn cứ %1</translation>
    </message>
    <message>
        <source>edit the legal basis %1</source>
        <translation>sửa căn cứ %1</translation>
    </message>
</context>
<context>
    <name>SaveSchoolProfileCommand</name>
    <message>
        <source>edit the school profile</source>
        <translation>sửa hồ sơ trường</translation>
    </message>
</context>
<context>
    <name>SaveTargetsCommand</name>
    <message>
        <source>change the targets</source>
        <translation>sửa chỉ tiêu</translation>
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
    <name>SchoolService</name>
    <message>
        <source>Unknown field “%1” of the school profile. Fields: %2</source>
        <translation>Hồ sơ trường không có trường thông tin “%1”. Các trường thông tin: %2</translation>
    </message>
    <message>
        <source>The school year %1 already exists.</source>
        <translation>Năm học %1 đã có.</translation>
    </message>
    <message>
        <source>The school year is already in use (groups, classes, memberships or the council) and was kept.</source>
        <translation>Năm học này đã được dùng (tổ, lớp, thành viên hoặc Hội đồng) nên được giữ lại.</translation>
    </message>
</context>
<context>
    <name>SpecReader</name>
    <message>
        <source>Field “%1”: %2</source>
        <translation>Trường “%1”: %2</translation>
    </message>
    <message>
        <source>it is missing; it must be a text.</source>
        <translation>còn thiếu; phải là một chuỗi văn bản.</translation>
    </message>
    <message>
        <source>it must be a text.</source>
        <translation>phải là một chuỗi văn bản.</translation>
    </message>
    <message>
        <source>it must not be empty.</source>
        <translation>không được để trống.</translation>
    </message>
    <message>
        <source>it must be a list of texts.</source>
        <translation>phải là danh sách các chuỗi văn bản.</translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2.</source>
        <translation>phải là số nguyên từ %1 đến %2.</translation>
    </message>
    <message>
        <source>it must be a number from %1 to %2.</source>
        <translation>phải là số từ %1 đến %2.</translation>
    </message>
    <message>
        <source>it must be true or false.</source>
        <translation>phải là true hoặc false.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1” không phải là ngày dạng YYYY-MM-DD (năm-tháng-ngày).</translation>
    </message>
    <message>
        <source>“%1” is not a date and time in the form YYYY-MM-DDTHH:MM.</source>
        <translation>“%1” không phải là ngày giờ dạng YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>it is missing; it must be an object { … }.</source>
        <translation>còn thiếu; phải là một đối tượng { … }.</translation>
    </message>
    <message>
        <source>it must be an object { … }.</source>
        <translation>phải là một đối tượng { … }.</translation>
    </message>
    <message>
        <source>it is missing; it must be a list [ … ].</source>
        <translation>còn thiếu; phải là một danh sách [ … ].</translation>
    </message>
    <message>
        <source>it must be a list [ … ].</source>
        <translation>phải là một danh sách [ … ].</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>“%1” không thuộc các giá trị: %2.</translation>
    </message>
    <message>
        <source>it must be a positive number (a relative width).</source>
        <translation>phải là số dương (độ rộng tương đối).</translation>
    </message>
    <message>
        <source>a row must be a list of cells.</source>
        <translation>mỗi dòng phải là một danh sách ô.</translation>
    </message>
    <message>
        <source>a cell must be a text or an object {"text": …}.</source>
        <translation>mỗi ô phải là chuỗi văn bản hoặc đối tượng {"text": …}.</translation>
    </message>
    <message>
        <source>a row has %1 cells but the table has %2 columns.</source>
        <translation>có dòng gồm %1 ô nhưng bảng chỉ có %2 cột.</translation>
    </message>
    <message>
        <source>a block must be a text or an object such as {"p": …}, {"heading": …}, {"table": …}.</source>
        <translation>mỗi khối phải là chuỗi văn bản hoặc đối tượng như {"p": …}, {"heading": …}, {"table": …}.</translation>
    </message>
    <message>
        <source>a run must be an object {"text": …, "bold": true}.</source>
        <translation>mỗi đoạn chữ phải là đối tượng {"text": …, "bold": true}.</translation>
    </message>
    <message>
        <source>unknown block; use one of p, heading, heading2, heading3, bullet, basis, center, table, page_break, space_mm.</source>
        <translation>khối không hợp lệ; dùng một trong p, heading, heading2, heading3, bullet, basis, center, table, page_break, space_mm.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetMlReader</name>
    <message>
        <source>The Excel 2003 (XML) workbook is refused: it declares a DTD, which Excel never writes (it can make a small file expand without end).</source>
        <translation>Sổ tính Excel 2003 (XML) bị từ chối: tệp khai báo DTD, điều Excel không bao giờ ghi (DTD có thể làm một tệp nhỏ bung ra vô tận).</translation>
    </message>
    <message>
        <source>Sheet “%1”: %2</source>
        <translation>Trang tính “%1”: %2</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets, the most that is imported.</source>
        <translation>Sổ tính có hơn %1 trang tính, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters, the most that is imported.</source>
        <translation>ô chứa hơn %1 ký tự, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>more than %1 rows, the most that is imported from one sheet.</source>
        <translation>có hơn %1 dòng, mức tối đa được nhập từ một trang tính.</translation>
    </message>
    <message>
        <source>more than %1 columns, the most that is imported.</source>
        <translation>có hơn %1 cột, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>too many merged cells.</source>
        <translation>có quá nhiều ô được gộp.</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells, the most that is imported.</source>
        <translation>sổ tính có hơn %1 ô, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The Excel 2003 (XML) workbook is refused: it nests elements more than %1 deep (it is damaged or made to exhaust memory).</source>
        <translation>Sổ tính Excel 2003 (XML) bị từ chối: các phần tử lồng nhau sâu hơn %1 cấp (tệp bị hỏng hoặc được tạo ra để làm cạn bộ nhớ).</translation>
    </message>
    <message>
        <source>The Excel 2003 (XML) workbook is refused: it holds more than %1 elements, far more than any list.</source>
        <translation>Sổ tính Excel 2003 (XML) bị từ chối: tệp chứa hơn %1 phần tử, vượt xa mọi danh sách.</translation>
    </message>
    <message>
        <source>The Excel 2003 (XML) workbook is refused: it holds a text or a tag longer than %1 KB, far more than any cell.</source>
        <translation>Sổ tính Excel 2003 (XML) bị từ chối: tệp chứa một đoạn văn bản hoặc một thẻ dài hơn %1 KB, vượt xa những gì một ô có thể chứa.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most that is imported.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The Excel 2003 (XML) workbook cannot be read: not enough memory.</source>
        <translation>Không đọc được sổ tính Excel 2003 (XML): không đủ bộ nhớ.</translation>
    </message>
    <message>
        <source>The Excel 2003 (XML) workbook is damaged or cut short (line %1).</source>
        <translation>Sổ tính Excel 2003 (XML) bị hỏng hoặc bị cắt cụt (dòng %1).</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Sổ tính không có trang tính nào.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The data file is being used by another program, which is writing to it. Nothing was changed. Wait until the other program (or another copy of ThiĐua) has finished, or close it, then try again.</source>
        <translation>Tệp dữ liệu đang được một chương trình khác sử dụng để ghi. Chưa có gì bị thay đổi. Hãy đợi chương trình đó (hoặc một cửa sổ ThiĐua khác) làm xong, hoặc đóng nó lại, rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk holding the data file is full. Nothing was changed. Free some space on the disk, then try again.</source>
        <translation>Ổ đĩa chứa tệp dữ liệu đã đầy. Chưa có gì bị thay đổi. Hãy giải phóng bớt dung lượng trên ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file is on a read-only drive or you may not change it. Nothing was changed. Copy the file to a folder you can write to, or ask for permission to change it.</source>
        <translation>Tệp dữ liệu nằm trên ổ chỉ đọc hoặc bạn không có quyền sửa nó. Chưa có gì bị thay đổi. Hãy chép tệp sang một thư mục bạn được ghi, hoặc xin quyền sửa tệp.</translation>
    </message>
    <message>
        <source>The data file is damaged (cut short or overwritten). Do not keep working in it: restore the school's data from a backup copy.</source>
        <translation>Tệp dữ liệu bị hỏng (bị cắt cụt hoặc bị ghi đè). Đừng tiếp tục làm việc trên tệp này: hãy khôi phục dữ liệu của trường từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: check that its folder exists and that you may read and change it.</source>
        <translation>Không mở được tệp dữ liệu: hãy kiểm tra thư mục chứa tệp có tồn tại không và bạn có quyền đọc, sửa tệp không.</translation>
    </message>
    <message>
        <source>The disk could not read or write the data file (a disk error, or the drive was removed). Nothing was changed. Check the drive, then try again.</source>
        <translation>Ổ đĩa không đọc hoặc ghi được tệp dữ liệu (ổ đĩa bị lỗi hoặc đã bị rút ra). Chưa có gì bị thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>There was not enough memory to work on the data file. Close other programs, then try again.</source>
        <translation>Máy không đủ bộ nhớ để làm việc với tệp dữ liệu. Hãy đóng bớt các chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The change contradicts the data already recorded (SQLite code %1). Nothing was changed.</source>
        <translation>Thay đổi này mâu thuẫn với dữ liệu đã có (mã SQLite %1). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The program could not work on the data file (SQLite code %1). Nothing was changed. Please report this problem.</source>
        <translation>Chương trình không làm việc được với tệp dữ liệu (mã SQLite %1). Chưa có gì bị thay đổi. Vui lòng báo lại sự cố này.</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>The movement's figures of a school year against its targets (stats --year 2024-2025).</source>
        <translation>Số liệu phong trào của một năm học so với chỉ tiêu (stats --year 2024-2025).</translation>
    </message>
    <message>
        <source>There is no school year %1-%2 in this database.</source>
        <translation>Cơ sở dữ liệu này không có năm học %1-%2.</translation>
    </message>
    <message>
        <source>The school year (required).</source>
        <translation>Năm học (bắt buộc).</translation>
    </message>
    <message>
        <source>table (default) or json; in JSON a rate is a number and null when nobody counts.</source>
        <translation>table (mặc định) hoặc json; trong JSON tỷ lệ là một số, và là null khi không có ai để tính.</translation>
    </message>
    <message>
        <source>Also list who is still missing in each collective (table form).</source>
        <translation>Liệt kê thêm những người chưa đạt trong từng tập thể (dạng bảng).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Tham số không mong đợi “%1”.</translation>
    </message>
    <message>
        <source>--format must be table or json, not “%1”.</source>
        <translation>--format phải là table hoặc json, không phải “%1”.</translation>
    </message>
    <message>
        <source>--year 2024-2025 is required.</source>
        <translation>Cần có --year 2024-2025.</translation>
    </message>
    <message>
        <source>School year %1: people at the school on %2 who belong to a collective of the year.</source>
        <translation>Năm học %1: tính những người đang ở trường ngày %2 và thuộc một tập thể của năm học.</translation>
    </message>
    <message>
        <source>Learning citizens</source>
        <translation>Công dân học tập</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Groups with %1 learning model(s) or more</source>
        <translation>Tổ có từ %1 mô hình học tập trở lên</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Learning models</source>
        <translation>Mô hình học tập</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Tổ %1</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>There is no school year with number %1.</source>
        <translation>Không có năm học nào mang số %1.</translation>
    </message>
</context>
<context>
    <name>TargetService</name>
    <message>
        <source>A target rate must be from 0,1 % to 100 %.</source>
        <translation>Chỉ tiêu tỷ lệ phải từ 0,1 % đến 100 %.</translation>
    </message>
    <message>
        <source>The learning models per group must be from 0 to %1.</source>
        <translation>Số mô hình học tập mỗi tổ phải từ 0 đến %1.</translation>
    </message>
    <message>
        <source>The reference date %1 is not in the school year %2 (%3 to %4).</source>
        <translation>Ngày tính %1 không thuộc năm học %2 (từ %3 đến %4).</translation>
    </message>
</context>
<context>
    <name>TargetsCommand</name>
    <message>
        <source>--year 2024-2025 is required.</source>
        <translation>Cần có --year 2024-2025.</translation>
    </message>
    <message>
        <source>The school year (required).</source>
        <translation>Năm học (bắt buộc).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Tham số không mong đợi “%1”.</translation>
    </message>
    <message>
        <source>Share of staff and students (and of each class) to be recognised, in percent: 95, 97,5.</source>
        <translation>Tỷ lệ cán bộ và học sinh (và của mỗi lớp) cần được công nhận, tính bằng phần trăm: 95, 97,5.</translation>
    </message>
    <message>
        <source>Share of each group's (tổ's) members to be recognised, in percent.</source>
        <translation>Tỷ lệ thành viên mỗi tổ cần được công nhận, tính bằng phần trăm.</translation>
    </message>
    <message>
        <source>Learning models each group builds in the year.</source>
        <translation>Số mô hình học tập mỗi tổ xây dựng trong năm học.</translation>
    </message>
    <message>
        <source>Who counts: the people at the school on that day (dd/MM/yyyy), or “end” for the year's last day.</source>
        <translation>Người được tính: những người đang ở trường vào ngày đó (dd/MM/yyyy), hoặc “end” cho ngày cuối năm học.</translation>
    </message>
    <message>
        <source>--%1 must be a percentage from 0,1 to 100 such as 95 or 97,5, not “%2”.</source>
        <translation>--%1 phải là tỷ lệ phần trăm từ 0,1 đến 100, ví dụ 95 hoặc 97,5, không phải “%2”.</translation>
    </message>
    <message>
        <source>--models-per-group must be a whole number, not “%1”.</source>
        <translation>--models-per-group phải là số nguyên, không phải “%1”.</translation>
    </message>
    <message>
        <source>--reference-date must be a date such as 31/05/2025 or “end”, not “%1”.</source>
        <translation>--reference-date phải là một ngày như 31/05/2025 hoặc “end”, không phải “%1”.</translation>
    </message>
    <message>
        <source>Show or set the movement's targets of a school year, with the learning models recorded per group (targets show|set).</source>
        <translation>Xem hoặc đặt chỉ tiêu phong trào của một năm học, kèm số mô hình học tập đã ghi của từng tổ (targets show|set).</translation>
    </message>
    <message>
        <source>“targets models” is no longer used: the learning models of each group are counted from those recorded with “model add” or “model import”.</source>
        <translation>Không còn dùng “targets models”: số mô hình học tập của mỗi tổ được đếm từ các mô hình đã ghi bằng “model add” hoặc “model import”.</translation>
    </message>
    <message>
        <source>Missing action: show or set.</source>
        <translation>Thiếu thao tác: show hoặc set.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use show or set.</source>
        <translation>Không có thao tác “%1”: dùng show hoặc set.</translation>
    </message>
</context>
<context>
    <name>TextSheetReader</name>
    <message>
        <source>The file is larger than %1 MB, the most that is imported.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file: it holds binary data. Spreadsheets must be saved as .xlsx, .xls or .csv.</source>
        <translation>Tệp không phải tệp văn bản (CSV): tệp chứa dữ liệu nhị phân. Bảng tính phải được lưu dưới dạng .xlsx, .xls hoặc .csv.</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters, the most that is imported.</source>
        <translation>Ô chứa hơn %1 ký tự, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns, the most that is imported.</source>
        <translation>Dòng có hơn %1 cột, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The file has more than %1 cells, the most that is imported.</source>
        <translation>Tệp có hơn %1 ô, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, the most that is imported from one sheet.</source>
        <translation>Tệp có hơn %1 dòng, mức tối đa được nhập từ một trang tính.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed: the file is cut short or has a stray quote mark.</source>
        <translation>Ô trong dấu ngoặc kép bắt đầu ở dòng %1 không được đóng lại: tệp bị cắt cụt hoặc có một dấu ngoặc kép thừa.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change was not saved: its database transaction had already ended.</source>
        <translation>Thay đổi chưa được lưu: giao dịch cơ sở dữ liệu của nó đã kết thúc trước đó.</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>The file is larger than %1 MB, the most that is imported.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not an Excel workbook (it is damaged, cut short or another kind of file).</source>
        <translation>Tệp có đuôi .%1 nhưng không phải sổ tính Excel (tệp bị hỏng, bị cắt cụt hoặc là loại tệp khác).</translation>
    </message>
    <message>
        <source>The workbook is protected by a password: open it in Excel, remove the password and save it again.</source>
        <translation>Sổ tính được bảo vệ bằng mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>The file cannot be read: it needs more memory than this computer can give (it is damaged or made to exhaust memory).</source>
        <translation>Không đọc được tệp: tệp cần nhiều bộ nhớ hơn mức máy tính này có thể cấp (tệp bị hỏng hoặc được tạo ra để làm cạn bộ nhớ).</translation>
    </message>
    <message>
        <source>The file is a Word document, not a spreadsheet: copy its table into Excel and save it as .xlsx, or ask for the list as an Excel file.</source>
        <translation>Tệp là văn bản Word, không phải bảng tính: hãy chép bảng trong đó sang Excel rồi lưu thành .xlsx, hoặc xin danh sách dưới dạng tệp Excel.</translation>
    </message>
    <message>
        <source>The file is a Word document (RTF), not a spreadsheet: copy its table into Excel and save it as .xlsx, or ask for the list as an Excel file.</source>
        <translation>Tệp là văn bản Word (RTF), không phải bảng tính: hãy chép bảng trong đó sang Excel rồi lưu thành .xlsx, hoặc xin danh sách dưới dạng tệp Excel.</translation>
    </message>
    <message>
        <source>The file is a PDF document, not a spreadsheet: ask for the list as an Excel file, or copy its table into Excel and save it as .xlsx.</source>
        <translation>Tệp là tài liệu PDF, không phải bảng tính: hãy xin danh sách dưới dạng tệp Excel, hoặc chép bảng trong đó sang Excel rồi lưu thành .xlsx.</translation>
    </message>
    <message>
        <source>The file is a picture (a photo or a scan), not a spreadsheet: ask for the list as an Excel file.</source>
        <translation>Tệp là hình ảnh (ảnh chụp hoặc bản quét), không phải bảng tính: hãy xin danh sách dưới dạng tệp Excel.</translation>
    </message>
    <message>
        <source>The file is a compressed archive (RAR, 7-Zip or gzip), not a spreadsheet: extract it first and import the list inside.</source>
        <translation>Tệp là tệp nén (RAR, 7-Zip hoặc gzip), không phải bảng tính: hãy giải nén trước rồi nhập danh sách bên trong.</translation>
    </message>
    <message>
        <source>The file is a single-file web page (MHTML), which cannot be read: open it in Excel and save it as .xlsx.</source>
        <translation>Tệp là trang web đơn tệp (MHTML), loại tệp không đọc được: hãy mở bằng Excel rồi lưu thành .xlsx.</translation>
    </message>
    <message>
        <source>The file is an XML document but not an Excel 2003 workbook (XML Spreadsheet): open it in Excel and save it as .xlsx.</source>
        <translation>Tệp là tài liệu XML nhưng không phải sổ tính Excel 2003 (XML Spreadsheet): hãy mở bằng Excel rồi lưu thành .xlsx.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Could not redo “%1”.</source>
        <translation>Không làm lại được “%1”.</translation>
    </message>
    <message>
        <source>Could not undo “%1”.</source>
        <translation>Không hoàn tác được “%1”.</translation>
    </message>
</context>
<context>
    <name>XlsChild</name>
    <message>
        <source>The part of ThiĐua that reads Excel 97–2003 files (thidua-xls-reader) is missing or cannot be started: install ThiĐua again.</source>
        <translation>Thiếu thành phần đọc tệp Excel 97–2003 của ThiĐua (thidua-xls-reader) hoặc không khởi động được: hãy cài đặt lại ThiĐua.</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>not enough memory</source>
        <translation>không đủ bộ nhớ</translation>
    </message>
    <message>
        <source>a text in an unknown character set</source>
        <translation>có văn bản theo bảng mã không xác định</translation>
    </message>
    <message>
        <source>the file is crafted to harm programs that read it</source>
        <translation>tệp được tạo ra nhằm gây hại cho chương trình đọc nó</translation>
    </message>
    <message>
        <source>damaged or cut short (FreeXL error %1)</source>
        <translation>tệp bị hỏng hoặc bị cắt cụt (lỗi FreeXL %1)</translation>
    </message>
    <message>
        <source>The Excel 97–2003 workbook cannot be read: %1.</source>
        <translation>Không đọc được sổ tính Excel 97–2003: %1.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password: open it in Excel, remove the password and save it again.</source>
        <translation>Sổ tính được bảo vệ bằng mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Sổ tính không có trang tính nào.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets, the most that is imported.</source>
        <translation>Sổ tính có hơn %1 trang tính, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet %1 cannot be read.</source>
        <translation>Sổ tính bị hỏng: không đọc được trang tính %1.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Sheet “%1”: the sheet is damaged.</source>
        <translation>Trang tính “%1”: trang tính bị hỏng.</translation>
    </message>
    <message>
        <source>Sheet “%1”: more than %2 rows, the most that is imported from one sheet.</source>
        <translation>Trang tính “%1”: có hơn %2 dòng, mức tối đa được nhập từ một trang tính.</translation>
    </message>
    <message>
        <source>Sheet “%1”: more than %2 columns, the most that is imported.</source>
        <translation>Trang tính “%1”: có hơn %2 cột, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>Sheet “%1”: the workbook has more than %2 cells, the most that is imported.</source>
        <translation>Trang tính “%1”: sổ tính có hơn %2 ô, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>Sheet “%1”: the cell holds more than %2 characters, the most that is imported.</source>
        <translation>Trang tính “%1”: ô chứa hơn %2 ký tự, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The Excel 97–2003 workbook is damaged and cannot be read. Open it in Excel or LibreOffice, save it again (as .xlsx if possible) and import the saved file.</source>
        <translation>Sổ tính Excel 97–2003 bị hỏng, không đọc được. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại (nếu được thì lưu thành .xlsx) rồi nhập tệp vừa lưu.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 cells, the most that is imported.</source>
        <translation>Sổ tính có hơn %1 ô, mức tối đa được nhập.</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The workbook is damaged or cut short (part %1: %2).</source>
        <translation>Sổ tính bị hỏng hoặc bị cắt cụt (phần %1: %2).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB, the most that is imported (it may be a zip bomb).</source>
        <translation>Sổ tính khi giải nén lớn hơn %1 MB, mức tối đa được nhập (có thể là một “bom zip”).</translation>
    </message>
    <message>
        <source>The workbook cannot be read.</source>
        <translation>Không đọc được sổ tính.</translation>
    </message>
    <message>
        <source>The workbook is damaged or cut short, or it is not an Excel file (%1).</source>
        <translation>Sổ tính bị hỏng, bị cắt cụt hoặc không phải tệp Excel (%1).</translation>
    </message>
    <message>
        <source>The workbook has no part %1: it is damaged.</source>
        <translation>Sổ tính thiếu phần %1: tệp bị hỏng.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be read (%2).</source>
        <translation>Không đọc được phần %1 của sổ tính (%2).</translation>
    </message>
    <message>
        <source>The workbook is damaged: part %1, line %2: %3</source>
        <translation>Sổ tính bị hỏng: phần %1, dòng %2: %3</translation>
    </message>
    <message>
        <source>The workbook is refused: part %1 declares a DTD, which Excel never writes (it can make entities expand without end).</source>
        <translation>Sổ tính bị từ chối: phần %1 khai báo DTD, điều Excel không bao giờ ghi (DTD có thể làm các thực thể bung ra vô tận).</translation>
    </message>
    <message>
        <source>The workbook is refused: part %1 unpacks to more than %2 times its packed size, which no real workbook does (it may be a zip bomb).</source>
        <translation>Sổ tính bị từ chối: phần %1 khi giải nén lớn hơn %2 lần kích thước nén, điều mà không sổ tính thật nào có (có thể là một “bom zip”).</translation>
    </message>
    <message>
        <source>The workbook is refused: part %1 nests elements more than %2 deep or holds too much in them, far more than Excel writes (the file is damaged or made to exhaust memory).</source>
        <translation>Sổ tính bị từ chối: phần %1 lồng các phần tử sâu hơn %2 cấp hoặc chứa quá nhiều trong chúng, vượt xa những gì Excel ghi ra (tệp bị hỏng hoặc được tạo ra để làm cạn bộ nhớ).</translation>
    </message>
    <message>
        <source>The workbook is refused: part %1 holds more than %2 elements, far more than the most that is imported.</source>
        <translation>Sổ tính bị từ chối: phần %1 chứa hơn %2 phần tử, vượt xa mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The workbook is refused: part %1 holds a text or a tag longer than %2 KB, far more than a cell can hold (the file is damaged or made to exhaust memory).</source>
        <translation>Sổ tính bị từ chối: phần %1 chứa một đoạn văn bản hoặc một thẻ dài hơn %2 KB, vượt xa những gì một ô có thể chứa (tệp bị hỏng hoặc được tạo ra để làm cạn bộ nhớ).</translation>
    </message>
    <message>
        <source>The workbook is damaged: part %1 is not well-formed XML (line %2).</source>
        <translation>Sổ tính bị hỏng: phần %1 không phải XML đúng cú pháp (dòng %2).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Sheet “%1”: %2</source>
        <translation>Trang tính “%1”: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most that is imported.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>A text in part %1 holds more than %2 characters, the most that is imported.</source>
        <translation>Một văn bản trong phần %1 chứa hơn %2 ký tự, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets, the most that is imported.</source>
        <translation>Sổ tính có hơn %1 trang tính, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Sổ tính không có trang tính nào.</translation>
    </message>
    <message>
        <source>more than %1 rows, the most that is imported from one sheet.</source>
        <translation>có hơn %1 dòng, mức tối đa được nhập từ một trang tính.</translation>
    </message>
    <message>
        <source>too many merged cells.</source>
        <translation>có quá nhiều ô được gộp.</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not valid.</source>
        <translation>địa chỉ ô “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>more than %1 columns, the most that is imported.</source>
        <translation>có hơn %1 cột, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters, the most that is imported.</source>
        <translation>ô chứa hơn %1 ký tự, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>the cell refers to a text that the workbook does not hold.</source>
        <translation>ô tham chiếu tới một văn bản không có trong sổ tính.</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells, the most that is imported.</source>
        <translation>sổ tính có hơn %1 ô, mức tối đa được nhập.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 texts, more than the cells that are imported.</source>
        <translation>Sổ tính chứa hơn %1 đoạn văn bản, nhiều hơn số ô được nhập.</translation>
    </message>
    <message>
        <source>The file is a Word document (.docx), not a spreadsheet: copy its table into Excel and save it as .xlsx, or ask for the list as an Excel file.</source>
        <translation>Tệp là văn bản Word (.docx), không phải bảng tính: hãy chép bảng trong đó sang Excel rồi lưu thành .xlsx, hoặc xin danh sách dưới dạng tệp Excel.</translation>
    </message>
    <message>
        <source>The file is a PowerPoint presentation, not a spreadsheet: ask for the list as an Excel file.</source>
        <translation>Tệp là bản trình chiếu PowerPoint, không phải bảng tính: hãy xin danh sách dưới dạng tệp Excel.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file (LibreOffice, OpenOffice), not an Excel workbook: open it there and save it as Excel 2007–365 (.xlsx).</source>
        <translation>Tệp là tệp OpenDocument (LibreOffice, OpenOffice), không phải sổ tính Excel: hãy mở bằng chương trình đó rồi lưu dưới dạng Excel 2007–365 (.xlsx).</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an Excel workbook (it has no %1): extract it first, or check that the right file was chosen.</source>
        <translation>Tệp là tệp nén ZIP nhưng không phải sổ tính Excel (không có %1): hãy giải nén trước, hoặc kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
</context>
<context>
    <name>XlsxStyles</name>
    <message>
        <source>The workbook has too many cell styles.</source>
        <translation>Sổ tính có quá nhiều kiểu ô.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot create a temporary workbook for “%1”.</source>
        <translation>Không tạo được sổ tính tạm cho “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the workbook “%1”: %2.</source>
        <translation>Không ghi được sổ tính “%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot read back the workbook written for “%1”.</source>
        <translation>Không đọc lại được sổ tính đã ghi cho “%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Không ghi được “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Cannot create the package: %1</source>
        <translation>Không tạo được gói tệp: %1</translation>
    </message>
    <message>
        <source>Cannot add %1 to the package: %2</source>
        <translation>Không thêm được %1 vào gói tệp: %2</translation>
    </message>
    <message>
        <source>Cannot write the package: %1</source>
        <translation>Không ghi được gói tệp: %1</translation>
    </message>
    <message>
        <source>Cannot read the package back from memory.</source>
        <translation>Không đọc lại được gói tệp từ bộ nhớ.</translation>
    </message>
    <message>
        <source>Not a valid zip package: %1</source>
        <translation>Không phải gói zip hợp lệ: %1</translation>
    </message>
    <message>
        <source>Cannot read %1 in the package.</source>
        <translation>Không đọc được %1 trong gói tệp.</translation>
    </message>
</context>
<context>
    <name>thidua::ActivitiesPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Learning models</source>
        <translation>Mô hình học tập</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>%1 activities, %2 learning models, %3 initiatives in %4</source>
        <translation>%1 hoạt động, %2 mô hình học tập, %3 sáng kiến trong năm học %4</translation>
    </message>
    <message>
        <source>%1 – school year %2</source>
        <translation>%1 – năm học %2</translation>
    </message>
    <message>
        <source>The activities of %1 could not be read.</source>
        <translation>Không đọc được các hoạt động của năm học %1.</translation>
    </message>
    <message>
        <source>Every tổ has a learning model this year.</source>
        <translation>Năm học này tổ nào cũng đã có mô hình học tập.</translation>
    </message>
    <message>
        <source>No learning model yet this year: %1.</source>
        <translation>Năm học này chưa có mô hình học tập: %1.</translation>
    </message>
    <message>
        <source>The activity could not be saved.</source>
        <translation>Không lưu được hoạt động.</translation>
    </message>
    <message>
        <source>The learning model could not be saved.</source>
        <translation>Không lưu được mô hình học tập.</translation>
    </message>
    <message>
        <source>The initiative could not be saved.</source>
        <translation>Không lưu được sáng kiến.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>“%1” could not be removed.</source>
        <translation>Không xóa được “%1”.</translation>
    </message>
</context>
<context>
    <name>thidua::ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hoạt động:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>Đơn vị tổ &amp;chức:</translation>
    </message>
    <message>
        <source>Collectives &amp;taking part:</source>
        <translation>Tập thể tham &amp;gia:</translation>
    </message>
    <message>
        <source>&amp;Number of participants:</source>
        <translation>&amp;Số người tham gia:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) listed as participants.</source>
        <translation>
            <numerusform>Có %n người trong danh sách tham gia.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
</context>
<context>
    <name>thidua::ActivityTableModel</name>
    <message>
        <source>%1 people</source>
        <translation>%1 người</translation>
    </message>
    <message>
        <source>%1 people: %2</source>
        <translation>%1 người: %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Tham gia</translation>
    </message>
</context>
<context>
    <name>thidua::AddCouncilMemberDialog</name>
    <message>
        <source>Add a council member</source>
        <translation>Thêm thành viên Hội đồng</translation>
    </message>
    <message>
        <source>Search by name or code…</source>
        <translation>Tìm theo họ tên hoặc mã…</translation>
    </message>
    <message>
        <source>&amp;Role in the council:</source>
        <translation>&amp;Chức vụ trong Hội đồng:</translation>
    </message>
    <message>
        <source>&amp;Post in the school:</source>
        <translation>Chức vụ trong &amp;trường:</translation>
    </message>
    <message>
        <source>Choose a member of staff in the list.</source>
        <translation>Hãy chọn một người trong danh sách.</translation>
    </message>
    <message>
        <source>%1 is already on the council.</source>
        <translation>%1 đã có trong Hội đồng.</translation>
    </message>
</context>
<context>
    <name>thidua::AddSchoolYearDialog</name>
    <message>
        <source>New school year</source>
        <translation>Thêm năm học</translation>
    </message>
    <message>
        <source>&amp;Begins in:</source>
        <translation>&amp;Bắt đầu năm:</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Ngày &amp;đầu:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ngày &amp;cuối:</translation>
    </message>
    <message>
        <source>The school year %1 already exists.</source>
        <translation>Năm học %1 đã có.</translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation>Ngày cuối phải sau ngày đầu.</translation>
    </message>
    <message>
        <source>The school year %1 must begin in %2 and end by %3.</source>
        <translation>Năm học %1 phải bắt đầu trong năm %2 và kết thúc chậm nhất trong năm %3.</translation>
    </message>
</context>
<context>
    <name>thidua::AssessmentDialog</name>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Lưu câu trả lời</translation>
    </message>
    <message>
        <source>Assess the school — %1</source>
        <translation>Đánh giá nhà trường — năm học %1</translation>
    </message>
    <message>
        <source>Name and position, e.g. Nguyễn Văn An, Hiệu trưởng</source>
        <translation>Họ tên và chức vụ, ví dụ: Nguyễn Văn An, Hiệu trưởng</translation>
    </message>
    <message>
        <source>Criteria set:</source>
        <translation>Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>The criteria sets could not be read</source>
        <translation>Không đọc được các bộ tiêu chí</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — phiên bản %2</translation>
    </message>
    <message>
        <source>The assessment could not be read</source>
        <translation>Không đọc được bản đánh giá</translation>
    </message>
    <message>
        <source>Result: %1 — %2</source>
        <translation>Kết quả: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>&amp;Verify (group / unit)</source>
        <translation>&amp;Xác nhận (tổ / đơn vị)</translation>
    </message>
    <message>
        <source>&amp;Recognise (council)</source>
        <translation>&amp;Công nhận (Hội đồng)</translation>
    </message>
    <message>
        <source>Type who answers in “By”.</source>
        <translation>Hãy ghi người trả lời vào ô “Người thực hiện”.</translation>
    </message>
    <message>
        <source>The answers could not be saved</source>
        <translation>Không lưu được các câu trả lời</translation>
    </message>
    <message>
        <source>The assessment could not move on</source>
        <translation>Không chuyển được bản đánh giá sang bước tiếp theo</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Save the answers first: evidence files back the items of a saved assessment.</source>
        <translation>Hãy lưu câu trả lời trước: minh chứng được gắn vào các mục của một bản đánh giá đã lưu.</translation>
    </message>
    <message>
        <source>Answer each indicator: type đ (met) or k (not met), met/counted for a rate (45/50), a number, or - when it does not apply to the school. Indicators without suitable evidence are not met (Điều 9 khoản 3): drop the files on the item to add them.</source>
        <translation>Trả lời từng chỉ tiêu: gõ đ (đạt) hoặc k (không đạt), số đạt/tổng số cho tỷ lệ (45/50), một số, hoặc - khi chỉ tiêu không áp dụng cho nhà trường. Chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt (Điều 9 khoản 3): kéo thả tệp vào mục để thêm minh chứng.</translation>
    </message>
    <message>
        <source>The evidence files could not be counted</source>
        <translation>Không đếm được minh chứng</translation>
    </message>
</context>
<context>
    <name>thidua::AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Untick an absent member and give the reason; a written opinion is kept too.</source>
        <translation>Bỏ dấu ở thành viên vắng mặt và ghi lý do; ý kiến bằng văn bản cũng được lưu.</translation>
    </message>
    <message>
        <source>%1 of %2 present: quorum met.</source>
        <translation>%1/%2 có mặt: đủ túc số.</translation>
    </message>
    <message>
        <source>%1 of %2 present: no quorum, %3 needed.</source>
        <translation>%1/%2 có mặt: không đủ túc số, cần %3.</translation>
    </message>
</context>
<context>
    <name>thidua::AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Ý kiến bằng văn bản</translation>
    </message>
</context>
<context>
    <name>thidua::CalendarDatesDialog</name>
    <message>
        <source>Dates of the calendar</source>
        <translation>Ngày trong lịch công việc</translation>
    </message>
    <message>
        <source>Write a date as day/month (25/11), an event of several days as 01/10–07/10. An entry that comes every year falls in each school year from September to August.</source>
        <translation>Ghi ngày theo dạng ngày/tháng (25/11), sự kiện nhiều ngày theo dạng 01/10–07/10. Mục lặp lại hằng năm được đặt vào mỗi năm học, tính từ tháng 9 đến tháng 8.</translation>
    </message>
</context>
<context>
    <name>thidua::CalendarModel</name>
    <message>
        <source>%1 – %2 (records of %3)</source>
        <translation>%1 – %2 (theo hồ sơ %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Deadline / still missing</source>
        <translation>Mốc thời hạn / việc còn thiếu</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Còn lại</translation>
    </message>
</context>
<context>
    <name>thidua::CalendarPanel</name>
    <message>
        <source>Change dates…</source>
        <translation>Đổi ngày…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch công việc</translation>
    </message>
    <message>
        <source>Calendar %1-%2</source>
        <translation>Lịch công việc %1-%2</translation>
    </message>
    <message>
        <source>Calendar: could not be read (%1)</source>
        <translation>Lịch công việc: không đọc được (%1)</translation>
    </message>
    <message>
        <source>The calendar could not be read.</source>
        <translation>Không đọc được lịch công việc.</translation>
    </message>
</context>
<context>
    <name>thidua::CertificateFieldModel</name>
    <message>
        <source>Field</source>
        <translation>Trường thông tin</translation>
    </message>
    <message>
        <source>Left (mm)</source>
        <translation>Lề trái (mm)</translation>
    </message>
    <message>
        <source>Top (mm)</source>
        <translation>Lề trên (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Rộng (mm)</translation>
    </message>
    <message>
        <source>Size (pt)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
</context>
<context>
    <name>thidua::CertificateLayoutDialog</name>
    <message>
        <source>Certificate positions on pre-printed blanks</source>
        <translation>Vị trí in trên phôi giấy khen</translation>
    </message>
    <message>
        <source>Print the calibration sheet on a blank, measure how far the crosses are from 20 mm, enter that offset, adjust the fields and save.</source>
        <translation>In trang căn chỉnh lên một phôi, đo độ lệch của các dấu chữ thập so với 20 mm, nhập độ lệch đó, chỉnh các trường rồi lưu.</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Máy in:</translation>
    </message>
    <message>
        <source>Shift right (mm):</source>
        <translation>Dịch sang phải (mm):</translation>
    </message>
    <message>
        <source>Shift down (mm):</source>
        <translation>Dịch xuống dưới (mm):</translation>
    </message>
    <message>
        <source>Print calibration sheet…</source>
        <translation>In trang căn chỉnh…</translation>
    </message>
    <message>
        <source>Saved for printer “%1”.</source>
        <translation>Đã lưu cho máy in “%1”.</translation>
    </message>
    <message>
        <source>The printers with saved positions could not be read: %1</source>
        <translation>Không đọc được danh sách máy in đã lưu vị trí: %1</translation>
    </message>
    <message>
        <source>The calibration sheet could not be sent to the printer.</source>
        <translation>Không gửi được trang căn chỉnh đến máy in.</translation>
    </message>
</context>
<context>
    <name>thidua::CheckReportDialog</name>
    <message>
        <source>Check of the database and the evidence files</source>
        <translation>Kiểm tra tệp dữ liệu và các tệp minh chứng</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked (%1).</source>
        <translation>
            <numerusform>Đã kiểm tra %n tệp (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found: the database is sound and every file is present and unaltered.</source>
        <translation>Không phát hiện vấn đề: tệp dữ liệu nguyên vẹn, mọi tệp minh chứng đều còn và không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s).</source>
        <translation>%1 lỗi, %2 cảnh báo.</translation>
    </message>
</context>
<context>
    <name>thidua::CollectiveFigureModel</name>
    <message>
        <source>Group %1</source>
        <translation>Tổ %1</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Chỉ tiêu: tối thiểu %1</translation>
    </message>
    <message>
        <source>Learning models built in the year, of at least %1</source>
        <translation>Số mô hình học tập đã xây dựng trong năm học, chỉ tiêu tối thiểu %1</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Learning models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>thidua::CollectiveMembersModel</name>
    <message>
        <source>Class monitor</source>
        <translation>Lớp trưởng</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng</translation>
    </message>
    <message>
        <source>Deputy monitor</source>
        <translation>Lớp phó</translation>
    </message>
    <message>
        <source>Deputy group leader</source>
        <translation>Tổ phó</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Phó</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>thidua::CollectiveTreeModel</name>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Subject group</source>
        <translation>Tổ chuyên môn</translation>
    </message>
    <message>
        <source>Office group</source>
        <translation>Tổ văn phòng</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation>Khoa</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Youth union</source>
        <translation>Đoàn thanh niên</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Công đoàn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng</translation>
    </message>
</context>
<context>
    <name>thidua::CollectivesPage</name>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>%1 collectives in %2</source>
        <translation>%1 tập thể trong năm học %2</translation>
    </message>
    <message>
        <source>The list of people could not be read.</source>
        <translation>Không đọc được danh sách cán bộ, học sinh.</translation>
    </message>
    <message>
        <source>%1 – school year %2</source>
        <translation>%1 – năm học %2</translation>
    </message>
    <message>
        <source>The members of %1 could not be read.</source>
        <translation>Không đọc được danh sách thành viên năm học %1.</translation>
    </message>
    <message>
        <source>The collectives could not be read.</source>
        <translation>Không đọc được danh sách tập thể.</translation>
    </message>
    <message>
        <source>%1: choose a collective below it to see its members.</source>
        <translation>%1: chọn một tập thể bên dưới để xem danh sách thành viên.</translation>
    </message>
    <message>
        <source>%1 has no members in this school year.</source>
        <translation>%1 chưa có thành viên trong năm học này.</translation>
    </message>
    <message>
        <source>Members of %1: %2</source>
        <translation>Thành viên %1: %2</translation>
    </message>
    <message>
        <source>Achievement &amp;report…</source>
        <translation>Báo cáo &amp;thành tích…</translation>
    </message>
</context>
<context>
    <name>thidua::CouncilModel</name>
    <message>
        <source>Chair</source>
        <translation>Chủ tịch Hội đồng</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Phó Chủ tịch Hội đồng</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký Hội đồng</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ủy viên</translation>
    </message>
    <message>
        <source>(person no. %1)</source>
        <translation>(người số %1)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role in the council</source>
        <translation>Chức vụ trong Hội đồng</translation>
    </message>
    <message>
        <source>Post in the school</source>
        <translation>Chức vụ trong trường</translation>
    </message>
</context>
<context>
    <name>thidua::CouncilPage</name>
    <message>
        <source>&amp;Add council member…</source>
        <translation>&amp;Thêm thành viên Hội đồng…</translation>
    </message>
    <message>
        <source>&amp;Remove from the council</source>
        <translation>&amp;Bỏ khỏi Hội đồng</translation>
    </message>
    <message>
        <source>&amp;Copy the council of the year before</source>
        <translation>&amp;Chép Hội đồng năm học trước</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Double-click a role or a post to change it. The order here is the order of the council in printed documents.</source>
        <translation>Nhấp đúp vào một chức vụ để sửa. Thứ tự ở đây là thứ tự các thành viên Hội đồng trong văn bản in ra.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ khỏi Hội đồng</translation>
    </message>
    <message>
        <source>Copy from the year before</source>
        <translation>Chép từ năm học trước</translation>
    </message>
    <message>
        <source>edit the council</source>
        <translation>sửa Hội đồng</translation>
    </message>
    <message>
        <source>Emulation council</source>
        <translation>Hội đồng TĐKT</translation>
    </message>
    <message>
        <source>%1 council members in %2</source>
        <translation>Hội đồng năm học %2 có %1 thành viên</translation>
    </message>
    <message>
        <source>The list of people could not be read.</source>
        <translation>Không đọc được danh sách cán bộ, học sinh.</translation>
    </message>
    <message>
        <source>%1 – school year %2</source>
        <translation>%1 – năm học %2</translation>
    </message>
    <message>
        <source>Emulation and commendation council</source>
        <translation>Hội đồng Thi đua – Khen thưởng</translation>
    </message>
    <message>
        <source>The council of %1 could not be read.</source>
        <translation>Không đọc được Hội đồng năm học %1.</translation>
    </message>
    <message>
        <source>The council could not be changed.</source>
        <translation>Không sửa được Hội đồng.</translation>
    </message>
    <message>
        <source>add a council member</source>
        <translation>thêm thành viên Hội đồng</translation>
    </message>
    <message>
        <source>remove a council member</source>
        <translation>bỏ một thành viên khỏi Hội đồng</translation>
    </message>
    <message>
        <source>reorder the council</source>
        <translation>đổi thứ tự Hội đồng</translation>
    </message>
    <message>
        <source>There is no earlier council to copy.</source>
        <translation>Không có Hội đồng năm học trước để chép.</translation>
    </message>
    <message>
        <source>The earlier council could not be read.</source>
        <translation>Không đọc được Hội đồng năm học trước.</translation>
    </message>
    <message>
        <source>copy the council of the year before</source>
        <translation>chép Hội đồng năm học trước</translation>
    </message>
</context>
<context>
    <name>thidua::CriteriaPage</name>
    <message>
        <source>&amp;Import a criteria set…</source>
        <translation>&amp;Nhập bộ tiêu chí…</translation>
    </message>
    <message>
        <source>E&amp;xport this criteria set…</source>
        <translation>&amp;Xuất bộ tiêu chí này…</translation>
    </message>
    <message>
        <source>&amp;Edit this criteria set…</source>
        <translation>&amp;Sửa bộ tiêu chí này…</translation>
    </message>
    <message>
        <source>&amp;Assess the school (Đơn vị học tập)…</source>
        <translation>&amp;Đánh giá nhà trường (Đơn vị học tập)…</translation>
    </message>
    <message>
        <source>Criteria sets (*.json *.xlsx)</source>
        <translation>Bộ tiêu chí (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Bảng tính Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria set version(s)</source>
        <translation>
            <numerusform>%n phiên bản bộ tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in criteria sets could not be added: %1</source>
        <translation>Không thêm được các bộ tiêu chí có sẵn: %1</translation>
    </message>
    <message>
        <source>The criteria sets could not be read: %1</source>
        <translation>Không đọc được các bộ tiêu chí: %1</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — phiên bản %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Đối tượng: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message numerus="yes">
        <source>used by %n assessment(s)</source>
        <translation>
            <numerusform>được %n bản đánh giá sử dụng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to check against the original text</source>
        <translation>
            <numerusform>%n mục cần đối chiếu văn bản gốc</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>To pass: %1</source>
        <translation>Yêu cầu: %1</translation>
    </message>
    <message>
        <source>Evidence expected: %1</source>
        <translation>Minh chứng: %1</translation>
    </message>
    <message>
        <source>To check against the original text: %1</source>
        <translation>Cần đối chiếu văn bản gốc: %1</translation>
    </message>
    <message>
        <source>The criteria set was not imported: %1</source>
        <translation>Chưa nhập được bộ tiêu chí: %1</translation>
    </message>
    <message>
        <source>The criteria set was not exported: %1</source>
        <translation>Chưa xuất được bộ tiêu chí: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
</context>
<context>
    <name>thidua::CriteriaSetEditorDialog</name>
    <message>
        <source>Edit the criteria set — version %1</source>
        <translation>Sửa bộ tiêu chí — phiên bản %1</translation>
    </message>
    <message numerus="yes">
        <source>This version is used by %n assessment(s). Saving keeps it as it is and stores your changes as version %1; those assessments keep version %2 and their results.</source>
        <translation>
            <numerusform>Phiên bản này đang được %n bản đánh giá sử dụng. Khi lưu, phiên bản này được giữ nguyên và các thay đổi được lưu thành phiên bản %1; các bản đánh giá đó giữ phiên bản %2 và kết quả của chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment uses this version yet: saving changes it in place.</source>
        <translation>Chưa có bản đánh giá nào dùng phiên bản này: khi lưu, phiên bản này được sửa trực tiếp.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Double-click a text, a threshold or the evidence expected to change it.</source>
        <translation>Nhấp đúp vào nội dung, ngưỡng hoặc minh chứng để sửa.</translation>
    </message>
    <message>
        <source>The criteria set was not saved: %1</source>
        <translation>Chưa lưu được bộ tiêu chí: %1</translation>
    </message>
</context>
<context>
    <name>thidua::CriteriaSetListModel</name>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — phiên bản %2</translation>
    </message>
    <message>
        <source>%1
For: %2
Rule: %3</source>
        <translation>%1
Đối tượng: %2
Quy tắc: %3</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n assessment(s)</source>
        <translation>
            <numerusform>Được %n bản đánh giá sử dụng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::CriteriaTreeModel</name>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>check against the original text</source>
        <translation>cần đối chiếu văn bản gốc</translation>
    </message>
    <message>
        <source>Type đ (met), k (not met), a number, met/counted (45/50) or - (not applicable).</source>
        <translation>Gõ đ (đạt), k (không đạt), một số, số đạt/tổng số (45/50) hoặc - (không áp dụng).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>To pass</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No evidence file backs this item yet: drop files on it to add them.</source>
        <translation>Mục này chưa có minh chứng: kéo thả tệp vào để thêm.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) back this item.</source>
        <translation>
            <numerusform>Mục này có %n tệp minh chứng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
</context>
<context>
    <name>thidua::DashboardPage</name>
    <message>
        <source>&amp;Targets of the year…</source>
        <translation>&amp;Chỉ tiêu năm học…</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Chỉ tiêu…</translation>
    </message>
    <message>
        <source>All groups and classes</source>
        <translation>Tất cả tổ và lớp</translation>
    </message>
    <message>
        <source>Groups (tổ)</source>
        <translation>Các tổ</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <source>Not reaching their target</source>
        <translation>Chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <source>Double-click a person or press Enter to open their entry.</source>
        <translation>Nhấp đúp vào một người hoặc nhấn Enter để mở hồ sơ của người đó.</translation>
    </message>
    <message>
        <source>Emulation – Learning citizens</source>
        <translation>Thi đua – Công dân học tập</translation>
    </message>
    <message>
        <source>%1 counted, %2 recognised, %3 still missing</source>
        <translation>%1 người được tính, %2 người đạt, còn thiếu %3 người</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The figures of the school year could not be read.</source>
        <translation>Không đọc được số liệu của năm học.</translation>
    </message>
    <message>
        <source>Not recognised yet – %1: %2 person(s)</source>
        <translation>Chưa được công nhận – %1: %2 người</translation>
    </message>
    <message>
        <source>Add a school year first (School years page).</source>
        <translation>Hãy thêm năm học trước (trang Năm học).</translation>
    </message>
    <message>
        <source>%1, school year %2</source>
        <translation>%1, năm học %2</translation>
    </message>
    <message>
        <source>Counted: people at the school on %1 who belong to a group or class of the year. Targets: at least %2 of staff, of students and of each class recognised Learning citizens; %3 of each group's members; %4 learning model(s) per group.</source>
        <translation>Tính những người đang ở trường ngày %1 và thuộc một tổ hoặc lớp của năm học. Chỉ tiêu: ít nhất %2 cán bộ, giáo viên, nhân viên, học sinh và mỗi lớp đạt Công dân học tập; %3 thành viên mỗi tổ; %4 mô hình học tập mỗi tổ.</translation>
    </message>
    <message>
        <source>The targets could not be saved.</source>
        <translation>Không lưu được chỉ tiêu.</translation>
    </message>
</context>
<context>
    <name>thidua::DeactivatePersonDialog</name>
    <message>
        <source>Student leaves</source>
        <translation>Học sinh nghỉ học</translation>
    </message>
    <message>
        <source>Member of staff leaves</source>
        <translation>Cán bộ, giáo viên, nhân viên nghỉ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be recorded as having left the school. The record and its history are kept; lists of later school years leave %1 out. This can be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sẽ được ghi nhận là đã rời trường. Hồ sơ và quá trình trước đó vẫn được giữ; danh sách các năm học sau không còn %1. Có thể hoàn tác việc này.</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Nghỉ từ ngày:</translation>
    </message>
    <message>
        <source>The day of leaving cannot be before the day %1 started (%2).</source>
        <translation>Ngày nghỉ không thể trước ngày %1 bắt đầu (%2).</translation>
    </message>
</context>
<context>
    <name>thidua::DocumentActions</name>
    <message>
        <source>&amp;Open a document description (JSON)…</source>
        <translation>&amp;Mở tệp mô tả văn bản (JSON)…</translation>
    </message>
    <message>
        <source>Document &amp;register…</source>
        <translation>&amp;Sổ đăng ký văn bản đi…</translation>
    </message>
    <message>
        <source>&amp;Legal bases (căn cứ)…</source>
        <translation>Că&amp;n cứ ban hành…</translation>
    </message>
    <message>
        <source>Certificate &amp;positions on pre-printed blanks…</source>
        <translation>&amp;Vị trí in các mục trên phôi giấy khen…</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Không tạo được văn bản.</translation>
    </message>
    <message>
        <source>The document description could not be opened.</source>
        <translation>Không mở được tệp mô tả văn bản.</translation>
    </message>
    <message>
        <source>Open a document description</source>
        <translation>Mở tệp mô tả văn bản</translation>
    </message>
    <message>
        <source>Document descriptions (*.json)</source>
        <translation>Tệp mô tả văn bản (*.json)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Nâng &amp;cao</translation>
    </message>
    <message>
        <source>The achievement report could not be made.</source>
        <translation>Không lập được báo cáo thành tích.</translation>
    </message>
    <message>
        <source>The people and collectives could not be read.</source>
        <translation>Không đọc được danh sách cá nhân, tập thể.</translation>
    </message>
</context>
<context>
    <name>thidua::DocumentPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Xem trước văn bản</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Đoạn %1</translation>
    </message>
    <message>
        <source>Document %1 – %2</source>
        <translation>Văn bản %1 – %2</translation>
    </message>
    <message>
        <source>This document has no free text to edit.</source>
        <translation>Văn bản này không có phần nội dung tự do để sửa.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Xuất DOCX…</translation>
    </message>
    <message>
        <source>Certificates on pre-printed blanks are printed or saved as PDF only.</source>
        <translation>Giấy khen in trên phôi chỉ in trực tiếp hoặc lưu thành PDF.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Thu phóng:</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer.</source>
        <translation>Không gửi được các trang tới máy in.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Xuất DOCX</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Đang có một lần xuất chưa xong.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Đang lưu %1…</translation>
    </message>
    <message>
        <source>Margins (mm, within the limits of Nghị định 30):</source>
        <translation>Lề trang (mm, trong giới hạn của Nghị định 30):</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Trên</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Dưới</translation>
    </message>
    <message numerus="yes">
        <source>Issued as %1 (printed or exported %n time(s)).</source>
        <translation>
            <numerusform>Đã cấp số %1 (đã in hoặc xuất %n lần).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already issued as %1: printing or exporting again keeps the number.</source>
        <translation>Văn bản đã được cấp số %1: in hoặc xuất lại vẫn giữ số này.</translation>
    </message>
    <message>
        <source>Not issued yet: the register gives %1 when you print or export; this preview takes no number.</source>
        <translation>Chưa cấp số: sổ đăng ký sẽ cấp số %1 khi in hoặc xuất; xem trước không lấy số nào.</translation>
    </message>
    <message>
        <source>The documents could not be numbered, nothing was written and no number was taken: %1</source>
        <translation>Không cấp số được cho văn bản; chưa ghi gì và không lấy số nào: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Add people or collectives…</source>
        <translation>Thêm cá nhân, tập thể…</translation>
    </message>
    <message>
        <source>Add people and collectives of the school to the list of the document.</source>
        <translation>Thêm cá nhân, tập thể của trường vào danh sách của văn bản.</translation>
    </message>
</context>
<context>
    <name>thidua::DocumentRegisterDialog</name>
    <message>
        <source>Document register</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save the listed entries as a spreadsheet (.xlsx) or as CSV</source>
        <translation>Lưu các dòng đang hiển thị thành bảng tính (.xlsx) hoặc tệp CSV</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) given</source>
        <translation>
            <numerusform>Đã cấp %n số</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The register could not be exported.</source>
        <translation>Không xuất được sổ đăng ký.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất sổ đăng ký</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>thidua::EvidenceDialog</name>
    <message>
        <source>Evidence %1</source>
        <translation>Minh chứng %1</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ: 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân huyện</source>
        <translation>ví dụ: Ủy ban nhân dân huyện</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Mô &amp;tả:</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Type the evidence code.</source>
        <translation>Hãy nhập mã minh chứng.</translation>
    </message>
    <message>
        <source>The date “%1” cannot be read: type it as dd/mm/yyyy, e.g. 06/03/2024.</source>
        <translation>Không đọc được ngày “%1”: hãy nhập theo dạng nn/tt/nnnn, ví dụ 06/03/2024.</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>Không lưu được thông tin: %1</translation>
    </message>
</context>
<context>
    <name>thidua::EvidenceDrop</name>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Add a school year first: evidence belongs to a school year.</source>
        <translation>Hãy thêm năm học trước: minh chứng thuộc về một năm học.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) as evidence…</source>
        <translation>
            <numerusform>Đang thêm %n tệp minh chứng…</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be added as evidence.</source>
        <translation>Không thêm được các tệp làm minh chứng.</translation>
    </message>
    <message>
        <source>The folders dropped hold no file.</source>
        <translation>Các thư mục được thả vào không có tệp nào.</translation>
    </message>
</context>
<context>
    <name>thidua::EvidenceExportDialog</name>
    <message>
        <source>Evidence index – %1</source>
        <translation>Danh mục minh chứng – năm học %1</translation>
    </message>
    <message>
        <source>Evidence dossier – %1</source>
        <translation>Hồ sơ minh chứng – năm học %1</translation>
    </message>
    <message>
        <source>(none: grouped by what the files back)</source>
        <translation>(không theo bộ tiêu chí: xếp theo hồ sơ được minh chứng)</translation>
    </message>
    <message>
        <source>A .pdf, .docx or .xlsx file</source>
        <translation>Tệp .pdf, .docx hoặc .xlsx</translation>
    </message>
    <message>
        <source>A new (or empty) folder, or a .zip file</source>
        <translation>Thư mục mới (hoặc trống), hoặc tệp .zip</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Criteria &amp;set:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>Ghi &amp;vào:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Ghi</translation>
    </message>
    <message>
        <source>The list of the year's evidence files (code, description, số/ngày/cơ quan ban hành, what each backs), grouped per tiêu chí of the set.</source>
        <translation>Danh sách tệp minh chứng của năm học (mã, mô tả, số/ngày/cơ quan ban hành, minh chứng cho nội dung nào), xếp theo từng tiêu chí của bộ tiêu chí.</translation>
    </message>
    <message>
        <source>A folder (or .zip) with the danh mục at the top, one sub-folder per tiêu chí with the files named by their code, and SHA256SUMS, which the receiving side checks with “sha256sum -c SHA256SUMS”.</source>
        <translation>Một thư mục (hoặc tệp .zip) gồm danh mục minh chứng ở đầu, mỗi tiêu chí một thư mục con với các tệp đặt tên theo mã minh chứng, và tệp SHA256SUMS để bên nhận kiểm tra bằng “sha256sum -c SHA256SUMS”.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip);;Folder (*)</source>
        <translation>Tệp nén ZIP (*.zip);;Thư mục (*)</translation>
    </message>
    <message>
        <source>Choose where to write.</source>
        <translation>Hãy chọn nơi ghi.</translation>
    </message>
    <message>
        <source>The danh mục is written as a .pdf, .docx or .xlsx file.</source>
        <translation>Danh mục được ghi thành tệp .pdf, .docx hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Choose the criteria set whose dossier is written.</source>
        <translation>Hãy chọn bộ tiêu chí cần lập hồ sơ minh chứng.</translation>
    </message>
    <message>
        <source>Writing the evidence index…</source>
        <translation>Đang ghi danh mục minh chứng…</translation>
    </message>
    <message>
        <source>Writing the dossier…</source>
        <translation>Đang ghi hồ sơ minh chứng…</translation>
    </message>
</context>
<context>
    <name>thidua::EvidenceListModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
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
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>criteria item</source>
        <translation>mục tiêu chí</translation>
    </message>
    <message>
        <source>Công dân học tập result</source>
        <translation>kết quả Công dân học tập</translation>
    </message>
    <message>
        <source>nomination</source>
        <translation>đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>%1
%2, %3, added %4 by %5</source>
        <translation>%1
%2, %3, thêm ngày %4 bởi %5</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>No., date, issuer</source>
        <translation>Số, ngày, cơ quan ban hành</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>Minh chứng cho</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>thidua::EvidencePage</name>
    <message numerus="yes">
        <source>&amp;Trash (kept %n day(s))</source>
        <translation>
            <numerusform>&amp;Thùng rác (giữ %n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Thông tin…</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Gỡ liên kết…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Check evidence files…</source>
        <translation>&amp;Kiểm tra tệp minh chứng…</translation>
    </message>
    <message>
        <source>To add files, drag them (or a whole folder) onto a person, a collective or an item of the school's assessment (Criteria sets › Assess the school).</source>
        <translation>Để thêm tệp, kéo thả tệp (hoặc cả thư mục) vào một cá nhân, một tập thể hoặc một mục trong bản đánh giá nhà trường (Bộ tiêu chí › Đánh giá nhà trường).</translation>
    </message>
    <message>
        <source>Adds files backing what “Backs” shows</source>
        <translation>Thêm tệp làm minh chứng cho mục đang chọn ở “Minh chứng cho”</translation>
    </message>
    <message>
        <source>Checks the database and that every stored file is present and unaltered</source>
        <translation>Kiểm tra tệp dữ liệu và mọi tệp minh chứng đã lưu còn đủ, không bị thay đổi</translation>
    </message>
    <message>
        <source>&amp;Backs:</source>
        <translation>&amp;Minh chứng cho:</translation>
    </message>
    <message>
        <source>Choose in “Backs” what the files are evidence of, or drop them on a person, a collective or an item of the school's assessment.</source>
        <translation>Hãy chọn ở “Minh chứng cho” các tệp là minh chứng của ai/mục nào, hoặc kéo thả chúng vào một cá nhân, một tập thể hoặc một mục trong bản đánh giá nhà trường.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the trash, %1</source>
        <translation>
            <numerusform>%n tệp trong thùng rác, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s), %1</source>
        <translation>
            <numerusform>%n tệp minh chứng, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – school year %2</source>
        <translation>%1 – năm học %2</translation>
    </message>
    <message>
        <source>The evidence files could not be read.</source>
        <translation>Không đọc được danh sách minh chứng.</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>cá nhân #%1</translation>
    </message>
    <message>
        <source>collective #%1</source>
        <translation>tập thể #%1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>No temporary folder could be made: %1</source>
        <translation>Không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Add evidence files for %1</source>
        <translation>Thêm tệp minh chứng cho %1</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Không mở được tệp.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Máy này không có chương trình mở được %1.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Không lưu được bản sao.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Gỡ liên kết</translation>
    </message>
    <message>
        <source>%1 backs several records. Unlink it from:</source>
        <translation>%1 là minh chứng cho nhiều hồ sơ. Gỡ khỏi:</translation>
    </message>
    <message>
        <source>The evidence could not be unlinked.</source>
        <translation>Không gỡ được liên kết minh chứng.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) backs nothing else: unlinked from %3, it goes to the trash, where it is kept %n day(s) and can be restored.</source>
        <translation>
            <numerusform>%1 (%2) không còn là minh chứng cho hồ sơ nào khác: khi gỡ khỏi %3, tệp được chuyển vào thùng rác, giữ %n ngày và có thể khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>The evidence could not be restored.</source>
        <translation>Không khôi phục được minh chứng.</translation>
    </message>
    <message>
        <source>Checking the database and every evidence file…</source>
        <translation>Đang kiểm tra tệp dữ liệu và từng tệp minh chứng…</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Không chạy được việc kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Index…</source>
        <translation>Danh &amp;mục…</translation>
    </message>
    <message>
        <source>Do&amp;ssier…</source>
        <translation>Hồ &amp;sơ…</translation>
    </message>
    <message>
        <source>Writes the danh mục minh chứng of the year as PDF, DOCX or Excel</source>
        <translation>Ghi danh mục minh chứng của năm học ra PDF, DOCX hoặc Excel</translation>
    </message>
    <message>
        <source>Writes the dossier of a criteria set: a folder or .zip with SHA256SUMS</source>
        <translation>Ghi hồ sơ minh chứng của một bộ tiêu chí: thư mục hoặc tệp .zip kèm SHA256SUMS</translation>
    </message>
</context>
<context>
    <name>thidua::EvidenceStrip</name>
    <message>
        <source>No evidence linked.</source>
        <translation>Chưa có minh chứng gắn kèm.</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n tệp khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::EvidenceTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>ThiĐua</source>
        <translation>ThiĐua</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>thidua::ImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Rows as they will be stored</source>
        <translation>Các dòng như sẽ được lưu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors (import the others)</source>
        <translation>&amp;Bỏ qua các dòng có lỗi (nhập các dòng còn lại)</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Chạy &amp;thử</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Import a list of people</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xls) or text (.csv, .txt) file</source>
        <translation>Tệp Excel (.xlsx, .xls) hoặc tệp văn bản (.csv, .txt)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>How the text of the file is encoded. Old files typed with .VnTime (TCVN3) or VNI-Times fonts are recognised automatically; choose another encoding when the names in the preview look garbled.</source>
        <translation>Bảng mã của chữ trong tệp. Tệp cũ gõ bằng phông .VnTime (TCVN3) hoặc VNI-Times được nhận ra tự động; hãy chọn bảng mã khác khi tên trong phần xem trước bị lỗi phông.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>(no school year yet)</source>
        <translation>(chưa có năm học)</translation>
    </message>
    <message>
        <source>The groups and classes of the list are recorded for this school year</source>
        <translation>Tổ và lớp trong danh sách được ghi cho năm học này</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column names (found automatically)</source>
        <translation>Dòng của trang tính chứa tên các cột (được tìm tự động)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Trang tí&amp;nh:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>&amp;List of:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Năm &amp;học:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>Without this, any error stops the import and nothing is written</source>
        <translation>Nếu không chọn, chỉ cần một lỗi là không nhập gì cả</translation>
    </message>
    <message>
        <source>Show what the import would do, without writing anything</source>
        <translation>Xem việc nhập sẽ làm gì, không ghi gì vào dữ liệu</translation>
    </message>
    <message>
        <source>Choose the file that holds the list. Nothing is written before you press Import.</source>
        <translation>Chọn tệp chứa danh sách. Chưa có gì được ghi cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.xls *.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>data from row %1</source>
        <translation>dữ liệu từ dòng %1</translation>
    </message>
    <message>
        <source>no header found: choose the row of the column names</source>
        <translation>không tìm thấy tiêu đề: hãy chọn dòng chứa tên các cột</translation>
    </message>
    <message numerus="yes">
        <source>Rows as they will be stored (%n row(s))</source>
        <translation>
            <numerusform>Các dòng như sẽ được lưu (%n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Vấn đề: không có</translation>
    </message>
    <message>
        <source>Problems: %1 error(s), %2 warning(s) (double-click one to see its row)</source>
        <translation>Vấn đề: %1 lỗi, %2 cảnh báo (nhấp đúp để xem dòng)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may be people already stored: choose in the column “If already stored”.</source>
        <translation>
            <numerusform>%n dòng có thể là người đã có: hãy chọn ở cột “Nếu đã có”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row(s): add %2, update %3, unchanged %4, skip %5; %6 error(s).</source>
        <translation>%1 dòng: thêm %2, cập nhật %3, không đổi %4, bỏ qua %5; %6 lỗi.</translation>
    </message>
    <message>
        <source>New groups or classes: %1.</source>
        <translation>Tổ, lớp sẽ tạo mới: %1.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. The import would do this: %1</source>
        <translation>Chạy thử, chưa ghi gì. Khi nhập sẽ: %1</translation>
    </message>
    <message>
        <source>With errors nothing would be imported: correct the file, or tick “Skip rows with errors”.</source>
        <translation>Vì có lỗi nên sẽ không nhập gì: hãy sửa tệp, hoặc chọn “Bỏ qua các dòng có lỗi”.</translation>
    </message>
    <message>
        <source>Import the list into the school's database?</source>
        <translation>Nhập danh sách vào dữ liệu của trường?</translation>
    </message>
    <message>
        <source>An import cannot be undone with Undo: the undo history is cleared after it.</source>
        <translation>Không thể hoàn tác việc nhập bằng lệnh Hoàn tác: lịch sử hoàn tác sẽ được xoá sau khi nhập.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập gì.</translation>
    </message>
    <message>
        <source>No list has been read yet.</source>
        <translation>Chưa đọc danh sách nào.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message>
        <source>Imported from %1: added %2, updated %3, unchanged %4, skipped %5.</source>
        <translation>Đã nhập từ %1: thêm %2, cập nhật %3, không đổi %4, bỏ qua %5.</translation>
    </message>
    <message>
        <source>The list has errors: correct the file, or tick “Skip rows with errors”</source>
        <translation>Danh sách có lỗi: hãy sửa tệp, hoặc chọn “Bỏ qua các dòng có lỗi”</translation>
    </message>
    <message>
        <source>Write the list into the database in one step</source>
        <translation>Ghi danh sách vào dữ liệu trong một lần</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Stop checking or importing the rows; a stopped import writes nothing</source>
        <translation>Dừng kiểm tra hoặc nhập các dòng; việc nhập bị dừng sẽ không ghi gì</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message numerus="yes">
        <source>The list has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>Danh sách có %n lỗi; không nhập gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Đã hủy việc nhập; không ghi gì vào cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>thidua::ImportExportActions</name>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
        <source>Bring in a list of staff or students from Excel (.xlsx, .xls) or .csv</source>
        <translation>Nhập danh sách cán bộ hoặc học sinh từ Excel (.xlsx, .xls) hoặc .csv</translation>
    </message>
    <message>
        <source>Write the staff or students shown, with their group or class of the school year, to .xlsx or .csv</source>
        <translation>Ghi danh sách cán bộ hoặc học sinh đang xem, kèm tổ hoặc lớp của năm học, ra .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be exported.</source>
        <translation>Không xuất được danh sách.</translation>
    </message>
</context>
<context>
    <name>thidua::ImportMappingModel</name>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Double-click to choose what column %1 holds</source>
        <translation>Nhấp đúp để chọn cột %1 chứa gì</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập vào</translation>
    </message>
</context>
<context>
    <name>thidua::ImportPreviewModel</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Nhập như người mới</translation>
    </message>
    <message>
        <source>Update the stored one</source>
        <translation>Cập nhật người đã có</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Bỏ qua dòng này</translation>
    </message>
    <message>
        <source>Double-click to choose what to do with this row</source>
        <translation>Nhấp đúp để chọn cách xử lý dòng này</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>If already stored</source>
        <translation>Nếu đã có</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
</context>
<context>
    <name>thidua::ImportProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Double-click to show the row</source>
        <translation>Nhấp đúp để xem dòng</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>thidua::ImportRunner</name>
    <message>
        <source>Checking the list was cancelled.</source>
        <translation>Đã hủy việc kiểm tra danh sách.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Đã hủy việc nhập.</translation>
    </message>
</context>
<context>
    <name>thidua::InitiativeDialog</name>
    <message>
        <source>Recognised by a decision</source>
        <translation>Đã có quyết định công nhận</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Sáng kiến mới</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên sáng kiến:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>Tác &amp;giả:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp công nhận:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
</context>
<context>
    <name>thidua::InitiativeTableModel</name>
    <message>
        <source>not yet recognised</source>
        <translation>chưa được công nhận</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Quyết định công nhận</translation>
    </message>
</context>
<context>
    <name>thidua::LeadersModel</name>
    <message>
        <source>Head</source>
        <translation>Hiệu trưởng</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Phó Hiệu trưởng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title in signatures</source>
        <translation>Chức danh khi ký</translation>
    </message>
</context>
<context>
    <name>thidua::LearningCitizenGrid</name>
    <message>
        <source>The result could not be recorded.</source>
        <translation>Không ghi được kết quả.</translation>
    </message>
    <message>
        <source>Line %1 of the pasted text, “%2”, is not a result: use đạt, không đạt or chưa đánh giá (or đ, k, c).</source>
        <translation>Dòng %1 của phần vừa dán, “%2”, không phải là kết quả: ghi đạt, không đạt hoặc chưa đánh giá (hoặc đ, k, c).</translation>
    </message>
    <message>
        <source>The pasted column could not be recorded.</source>
        <translation>Không ghi được cột vừa dán.</translation>
    </message>
</context>
<context>
    <name>thidua::LearningCitizenModel</name>
    <message>
        <source>The results cannot be saved here.</source>
        <translation>Không lưu được kết quả ở đây.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Công dân học tập</source>
        <translation>Công dân học tập</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>thidua::LearningCitizenPage</name>
    <message>
        <source>&amp;Class or group (tổ):</source>
        <translation>&amp;Lớp hoặc tổ:</translation>
    </message>
    <message>
        <source>Type đ (or d, 1, x) for passed, k (or 0) for not passed, c for not assessed; each key moves to the next person. Enter moves down; Ctrl+V pastes a column copied from Excel; Ctrl+Z undoes.</source>
        <translation>Gõ đ (hoặc d, 1, x) là đạt, k (hoặc 0) là không đạt, c là chưa đánh giá; mỗi phím chuyển xuống người tiếp theo. Enter để xuống dòng; Ctrl+V dán một cột chép từ Excel; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Công dân học tập</source>
        <translation>Công dân học tập</translation>
    </message>
    <message>
        <source>%1 people, %2 passed</source>
        <translation>%1 người, %2 người đạt</translation>
    </message>
    <message>
        <source>The person's class or group could not be read.</source>
        <translation>Không đọc được lớp hoặc tổ của người này.</translation>
    </message>
    <message>
        <source>Công dân học tập – school year %1</source>
        <translation>Công dân học tập – năm học %1</translation>
    </message>
    <message>
        <source>The classes and groups could not be read.</source>
        <translation>Không đọc được danh sách lớp và tổ.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>Tổ %1</source>
        <translation>Tổ %1</translation>
    </message>
    <message>
        <source>The members could not be read.</source>
        <translation>Không đọc được danh sách thành viên.</translation>
    </message>
    <message>
        <source>The results could not be read.</source>
        <translation>Không đọc được kết quả.</translation>
    </message>
    <message>
        <source>Passed %1 of %2 (%3) · not passed %4 · not assessed %5</source>
        <translation>Đạt %1/%2 (%3) · không đạt %4 · chưa đánh giá %5</translation>
    </message>
    <message>
        <source>record a Công dân học tập result</source>
        <translation>ghi kết quả Công dân học tập</translation>
    </message>
    <message numerus="yes">
        <source>record %n Công dân học tập results</source>
        <translation>
            <numerusform>ghi %n kết quả Công dân học tập</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::LearningModelDialog</name>
    <message>
        <source>Learning model</source>
        <translation>Mô hình học tập</translation>
    </message>
    <message>
        <source>New learning model</source>
        <translation>Mô hình học tập mới</translation>
    </message>
    <message>
        <source>&amp;Collective:</source>
        <translation>&amp;Tập thể:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n mô hình:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
</context>
<context>
    <name>thidua::LearningModelTableModel</name>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Learning model</source>
        <translation>Mô hình học tập</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>thidua::LegalBasesDialog</name>
    <message>
        <source>Legal bases (căn cứ)</source>
        <translation>Căn cứ ban hành</translation>
    </message>
    <message>
        <source>A document cites the bases in force on its date and meant for its kind, in this order.</source>
        <translation>Mỗi văn bản dẫn các căn cứ còn hiệu lực vào ngày của văn bản và dùng cho loại văn bản đó, theo thứ tự này.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove legal basis</source>
        <translation>Xóa căn cứ</translation>
    </message>
    <message>
        <source>Remove “%1”? Documents made later will no longer cite it.</source>
        <translation>Xóa “%1”? Các văn bản lập sau sẽ không dẫn căn cứ này nữa.</translation>
    </message>
    <message>
        <source>The legal basis could not be saved.</source>
        <translation>Không lưu được căn cứ.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>The legal basis could not be removed.</source>
        <translation>Không xóa được căn cứ.</translation>
    </message>
    <message>
        <source>The legal basis is no longer in the list.</source>
        <translation>Căn cứ này không còn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>thidua::LegalBasisDialog</name>
    <message>
        <source>New legal basis</source>
        <translation>Thêm căn cứ</translation>
    </message>
    <message>
        <source>Edit legal basis</source>
        <translation>Sửa căn cứ</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>empty: still in force</source>
        <translation>để trống: vẫn còn hiệu lực</translation>
    </message>
    <message>
        <source>The kinds of document that cite it; none ticked: every kind</source>
        <translation>Các loại văn bản dẫn căn cứ này; không đánh dấu loại nào: mọi loại văn bản</translation>
    </message>
    <message>
        <source>“Căn cứ” or “Thực hiện”</source>
        <translation>“Căn cứ” hoặc “Thực hiện”</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>&amp;Từ mở đầu:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Số, &amp;ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Hiệu lực t&amp;ừ:</translation>
    </message>
    <message>
        <source>In force &amp;until:</source>
        <translation>Hiệu lực đ&amp;ến:</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>Dùng cho:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Thứ tự &amp;sắp xếp:</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Khi in:</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 14/06/2025.</source>
        <translation>“%1” không phải là ngày (ví dụ 14/06/2025).</translation>
    </message>
</context>
<context>
    <name>thidua::LegalBasisTableModel</name>
    <message>
        <source>in force</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Dùng cho</translation>
    </message>
</context>
<context>
    <name>thidua::MainWindow</name>
    <message>
        <source>The school years could not be read.</source>
        <translation>Không đọc được danh sách năm học.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About ThiĐua</source>
        <translation>&amp;Giới thiệu ThiĐua</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Năm học:</translation>
    </message>
    <message>
        <source>The school year whose groups, classes and council are shown</source>
        <translation>Năm học của các tổ, lớp và Hội đồng đang hiện</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>ThiĐua – Emulation and commendation</source>
        <translation>ThiĐua – Thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>%1 – ThiĐua</source>
        <translation>%1 – ThiĐua</translation>
    </message>
    <message>
        <source>(no school year yet)</source>
        <translation>(chưa có năm học)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>About ThiĐua</source>
        <translation>Giới thiệu ThiĐua</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ThiĐua %1&lt;/h3&gt;&lt;p&gt;Emulation and commendation records for schools: staff, students, collectives and the emulation council, for the movement “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030”.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ThiĐua %1&lt;/h3&gt;&lt;p&gt;Hồ sơ thi đua, khen thưởng của nhà trường: cán bộ, giáo viên, nhân viên, học sinh, tập thể và Hội đồng Thi đua – Khen thưởng, phục vụ phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030”.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The page “%1” holds changes that are not saved yet.</source>
        <translation>Trang “%1” có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>The changes could not be saved.</source>
        <translation>Không lưu được các thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n người vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::MeetingListModel</name>
    <message>
        <source>Finalised</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Số đề nghị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>thidua::MeetingModeWindow</name>
    <message>
        <source>Meeting mode</source>
        <translation>Chế độ họp</translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Trước (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation>Tiếp (PgDn) ▶</translation>
    </message>
    <message>
        <source>Open a ballot round (F5)</source>
        <translation>Mở vòng bỏ phiếu (F5)</translation>
    </message>
    <message>
        <source>Attendance (F2)</source>
        <translation>Điểm danh (F2)</translation>
    </message>
    <message>
        <source>Finish and print the minutes</source>
        <translation>Kết thúc và in biên bản</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Thoát (Esc)</translation>
    </message>
    <message>
        <source>The meeting could not be read.</source>
        <translation>Không đọc được cuộc họp.</translation>
    </message>
    <message>
        <source>%1/%2 present – quorum met</source>
        <translation>%1/%2 có mặt – đủ túc số</translation>
    </message>
    <message>
        <source>%1/%2 present – no quorum (%3 needed)</source>
        <translation>%1/%2 có mặt – không đủ túc số (cần %3)</translation>
    </message>
    <message>
        <source>Nominee %1 of %2</source>
        <translation>Đề nghị %1/%2</translation>
    </message>
    <message>
        <source>This meeting has no nominees yet: choose them on the page Nominations and meetings.</source>
        <translation>Cuộc họp chưa có đề nghị nào: chọn ở trang Xét khen thưởng.</translation>
    </message>
    <message>
        <source>Finished at %1; the meeting is locked. Backup: %2</source>
        <translation>Đã kết thúc lúc %1; cuộc họp đã khóa. Bản sao lưu: %2</translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>do %1 đề nghị</translation>
    </message>
    <message>
        <source>Achievement: (not written)</source>
        <translation>Thành tích: (chưa ghi)</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>Thành tích: %1</translation>
    </message>
    <message>
        <source>Check overridden: %1</source>
        <translation>Điều kiện được Hội đồng bỏ qua: %1</translation>
    </message>
    <message>
        <source>Does not vote on this nominee: %1</source>
        <translation>Không bỏ phiếu cho người/tập thể này: %1</translation>
    </message>
    <message>
        <source>No ballot round is open. Press F5 to open one for the nominees not voted yet.</source>
        <translation>Chưa mở vòng bỏ phiếu. Nhấn F5 để mở vòng cho các đề nghị chưa bỏ phiếu.</translation>
    </message>
    <message>
        <source>Both entries agree: the count of round %1 is accepted.</source>
        <translation>Hai lần nhập khớp nhau: kết quả kiểm phiếu vòng %1 đã được ghi nhận.</translation>
    </message>
    <message numerus="yes">
        <source>The two entries differ in %n cell(s), shown in red. Correct them until they agree.</source>
        <translation>
            <numerusform>Hai lần nhập khác nhau ở %n ô (tô đỏ). Sửa lại cho đến khi khớp nhau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry 1 is stored. Waiting for the ballot counters' entry.</source>
        <translation>Đã lưu lần nhập 1. Chờ Ban kiểm phiếu nhập lần 2.</translation>
    </message>
    <message>
        <source>Entry 2 is stored. Waiting for the secretary's entry.</source>
        <translation>Đã lưu lần nhập 2. Chờ Thư ký nhập lần 1.</translation>
    </message>
    <message>
        <source>Type the counts; Enter moves on.</source>
        <translation>Nhập số phiếu; Enter để sang ô tiếp theo.</translation>
    </message>
    <message>
        <source>Print the minutes again</source>
        <translation>In lại biên bản</translation>
    </message>
    <message>
        <source>The ballot round could not be opened.</source>
        <translation>Không mở được vòng bỏ phiếu.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved.</source>
        <translation>Không lưu được điểm danh của %1.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Lần nhập %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 was not stored: %2</source>
        <translation>Lần nhập %1 chưa được lưu: %2</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Kết thúc cuộc họp</translation>
    </message>
    <message>
        <source>Finish the meeting now? Each nominee is then passed or not passed, the meeting is locked and a backup of the data file is made; the minutes and the ballot count record are printed.</source>
        <translation>Kết thúc cuộc họp ngay bây giờ? Mỗi đề nghị sẽ được ghi đạt hoặc không đạt, cuộc họp bị khóa và tệp dữ liệu được sao lưu; biên bản họp và biên bản kiểm phiếu được in ra.</translation>
    </message>
    <message>
        <source>The meeting could not be finished.</source>
        <translation>Không kết thúc được cuộc họp.</translation>
    </message>
    <message>
        <source>Printing the minutes is not available in this version yet.</source>
        <translation>Phiên bản này chưa in được biên bản.</translation>
    </message>
    <message>
        <source>The minutes could not be printed.</source>
        <translation>Không in được biên bản.</translation>
    </message>
</context>
<context>
    <name>thidua::MeetingPage</name>
    <message>
        <source>Add a &amp;nomination…</source>
        <translation>&amp;Thêm đề nghị…</translation>
    </message>
    <message>
        <source>&amp;Override a check…</source>
        <translation>&amp;Bỏ qua một điều kiện…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Tạo cuộc họp…</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Chế độ họp</translation>
    </message>
    <message>
        <source>Nominations of the year. A nomination goes to the vote when no eligibility check is open; hover over a problem to read it.</source>
        <translation>Các đề nghị khen thưởng của năm học. Một đề nghị được đưa ra bỏ phiếu khi không còn điều kiện nào chưa đạt; di chuột lên vấn đề để đọc giải thích.</translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation>Các cuộc họp Hội đồng</translation>
    </message>
    <message>
        <source>Nominations and meetings</source>
        <translation>Xét khen thưởng</translation>
    </message>
    <message>
        <source>%1 nomination(s), %2 meeting(s) in %3</source>
        <translation>%1 đề nghị, %2 cuộc họp trong năm học %3</translation>
    </message>
    <message>
        <source>%1 – school year %2</source>
        <translation>%1 – năm học %2</translation>
    </message>
    <message>
        <source>The nominations of %1 could not be read.</source>
        <translation>Không đọc được các đề nghị năm học %1.</translation>
    </message>
    <message>
        <source>The meetings of %1 could not be read.</source>
        <translation>Không đọc được các cuộc họp năm học %1.</translation>
    </message>
    <message>
        <source>The awards, people and collectives could not be read.</source>
        <translation>Không đọc được danh mục khen thưởng, cá nhân và tập thể.</translation>
    </message>
    <message>
        <source>The nomination could not be added.</source>
        <translation>Không thêm được đề nghị.</translation>
    </message>
    <message>
        <source>The check could not be overridden.</source>
        <translation>Không bỏ qua được điều kiện.</translation>
    </message>
    <message>
        <source>The meeting could not be created.</source>
        <translation>Không tạo được cuộc họp.</translation>
    </message>
    <message>
        <source>The nominees could not be put on the meeting's list.</source>
        <translation>Không đưa được các đề nghị vào danh sách cuộc họp.</translation>
    </message>
</context>
<context>
    <name>thidua::MeetingResultModel</name>
    <message>
        <source>Not voted yet</source>
        <translation>Chưa bỏ phiếu</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu/Hình thức</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>thidua::MissingPeopleModel</name>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open %1</source>
        <translation>Nhấp đúp hoặc nhấn Enter để mở %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Staff or student</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Learning citizen</source>
        <translation>Công dân học tập</translation>
    </message>
</context>
<context>
    <name>thidua::NewMeetingDialog</name>
    <message>
        <source>New council meeting</source>
        <translation>Tạo cuộc họp Hội đồng</translation>
    </message>
    <message>
        <source>Left empty: the usual title with the school year</source>
        <translation>Để trống: tên thường dùng kèm năm học</translation>
    </message>
    <message>
        <source>Where the council meets</source>
        <translation>Nơi Hội đồng họp</translation>
    </message>
    <message>
        <source>Not ready for the vote: an eligibility check is open, or it was voted on already.</source>
        <translation>Chưa thể bỏ phiếu: còn điều kiện chưa đạt, hoặc đã bỏ phiếu rồi.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên cuộc họp:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Bắt đầu lúc:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Nominees considered (the council of the year is the roster, everyone present; change attendance in meeting mode):</source>
        <translation>Các đề nghị được xét (thành phần là Hội đồng của năm học, mặc định đều có mặt; điểm danh lại trong chế độ họp):</translation>
    </message>
</context>
<context>
    <name>thidua::NominationDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Add a nomination</source>
        <translation>Thêm đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>A short summary of the achievement (tóm tắt thành tích)</source>
        <translation>Tóm tắt thành tích</translation>
    </message>
    <message>
        <source>A tổ, or another organisation such as the Công đoàn</source>
        <translation>Một tổ, hoặc tổ chức khác như Công đoàn</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Danh hiệu/Hình thức:</translation>
    </message>
    <message>
        <source>Nominee:</source>
        <translation>Người/Tập thể được đề nghị:</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Phong trào:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>A&amp;chievement:</source>
        <translation>Thành tíc&amp;h:</translation>
    </message>
    <message>
        <source>Proposed &amp;by:</source>
        <translation>Đơn vị đề ng&amp;hị:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Decided by the school (%1).</source>
        <translation>Trường quyết định (%1).</translation>
    </message>
    <message>
        <source>Proposed upward; decided by %1.</source>
        <translation>Trình cấp trên; %1 quyết định.</translation>
    </message>
</context>
<context>
    <name>thidua::NominationTableModel</name>
    <message>
        <source>Emulation title</source>
        <translation>Danh hiệu thi đua</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n chưa giải quyết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n đã bỏ qua</numerusform>
        </translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Bỏ qua có lý do: %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu/Hình thức</translation>
    </message>
    <message>
        <source>Title or commendation</source>
        <translation>Danh hiệu hay hình thức</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Eligibility problems</source>
        <translation>Vấn đề về điều kiện</translation>
    </message>
</context>
<context>
    <name>thidua::OverrideDialog</name>
    <message>
        <source>Override an eligibility check</source>
        <translation>Bỏ qua một điều kiện</translation>
    </message>
    <message>
        <source>Why the council goes on despite this check (printed in the minutes)</source>
        <translation>Vì sao Hội đồng vẫn xét dù chưa đạt điều kiện này (in trong biên bản)</translation>
    </message>
    <message>
        <source>Who decided (the chair)</source>
        <translation>Người quyết định (Chủ tịch Hội đồng)</translation>
    </message>
    <message>
        <source>Nominee:</source>
        <translation>Người/Tập thể được đề nghị:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>Điều &amp;kiện:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Người &amp;quyết định:</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>thidua::PeopleFilterProxy</name>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>%1 (best match first)</source>
        <translation>%1 (khớp nhất trước)</translation>
    </message>
    <message>
        <source>While you search, the best matches come first (the whole name, then matches as typed, then matches without diacritics), each group in name order. Clear the search to list by name only.</source>
        <translation>Khi tìm, người khớp nhất đứng trước (đúng cả họ tên, rồi khớp đúng dấu như đã gõ, rồi khớp khi bỏ dấu), mỗi nhóm xếp theo tên. Xoá ô tìm để chỉ xếp theo tên.</translation>
    </message>
</context>
<context>
    <name>thidua::PeoplePage</name>
    <message>
        <source>Show those who &amp;left</source>
        <translation>Hiện cả người đã &amp;nghỉ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Cho &amp;nghỉ…</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>&amp;Add student…</source>
        <translation>&amp;Thêm học sinh…</translation>
    </message>
    <message>
        <source>&amp;Add member of staff…</source>
        <translation>&amp;Thêm cán bộ, giáo viên, nhân viên…</translation>
    </message>
    <message>
        <source>Search by name or code…</source>
        <translation>Tìm theo họ tên hoặc mã…</translation>
    </message>
    <message>
        <source>Type part of a name, with or without diacritics (“nguyen thi h”), or the start of a code. Ctrl+F comes here.</source>
        <translation>Gõ một phần họ tên, có dấu hay không dấu đều được (“nguyen thi h”), hoặc phần đầu của mã. Bấm Ctrl+F để về ô này.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Left…</source>
        <translation>Cho nghỉ…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>Sửa hồ sơ đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>Record that the selected person left the school</source>
        <translation>Ghi nhận người đang chọn đã rời trường</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Tổ:</translation>
    </message>
    <message>
        <source>%1 – school year %2</source>
        <translation>%1 – năm học %2</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ – Giáo viên – Nhân viên</translation>
    </message>
    <message>
        <source>%1 of %2 students shown</source>
        <translation>Đang hiện %1 / %2 học sinh</translation>
    </message>
    <message>
        <source>%1 of %2 staff shown</source>
        <translation>Đang hiện %1 / %2 cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>The list of people could not be read.</source>
        <translation>Không đọc được danh sách cán bộ, học sinh.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các tổ</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(chưa xếp lớp)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(chưa xếp tổ)</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Thêm học sinh</translation>
    </message>
    <message>
        <source>New member of staff</source>
        <translation>Thêm cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>The record of %1 could not be read.</source>
        <translation>Không đọc được hồ sơ của %1.</translation>
    </message>
    <message>
        <source>%1 could not be marked as having left.</source>
        <translation>Không ghi nhận được việc %1 nghỉ.</translation>
    </message>
    <message>
        <source>%1 could not be reinstated.</source>
        <translation>Không khôi phục được %1.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xoá…</translation>
    </message>
    <message>
        <source>Delete a record added by mistake (someone who left is marked as having left)</source>
        <translation>Xoá một hồ sơ đã thêm nhầm (người đã nghỉ thì đánh dấu là đã nghỉ)</translation>
    </message>
    <message>
        <source>Achievement &amp;report…</source>
        <translation>Báo cáo &amp;thành tích…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Xoá %1</translation>
    </message>
    <message>
        <source>Delete %1 from the list?</source>
        <translation>Xoá %1 khỏi danh sách?</translation>
    </message>
    <message>
        <source>Only a record added by mistake can be deleted, while nothing else refers to it. Someone who left the school is marked as having left instead. Undo brings the record back.</source>
        <translation>Chỉ xoá được hồ sơ thêm nhầm, khi chưa có dữ liệu nào khác liên quan đến nó. Người đã rời trường thì đánh dấu là đã nghỉ. Có thể hoàn tác để lấy lại hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>Không xoá được %1.</translation>
    </message>
</context>
<context>
    <name>thidua::PeopleStore</name>
    <message>
        <source>The units of the school year could not be read.</source>
        <translation>Không đọc được tổ, lớp của năm học.</translation>
    </message>
    <message>
        <source>The list of people could not be read.</source>
        <translation>Không đọc được danh sách cán bộ, học sinh.</translation>
    </message>
</context>
<context>
    <name>thidua::PeopleTableModel</name>
    <message>
        <source>Left on %1</source>
        <translation>Đã nghỉ từ %1</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Group or class</source>
        <translation>Tổ / Lớp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>thidua::PersonDialog</name>
    <message>
        <source>New student</source>
        <translation>Thêm học sinh</translation>
    </message>
    <message>
        <source>New member of staff</source>
        <translation>Thêm cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Family name (họ). Typing the whole name here splits it into its three parts.</source>
        <translation>Họ. Gõ cả họ và tên vào đây, chương trình sẽ tự tách thành họ, tên đệm và tên.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(chưa rõ)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Day/month/year, or only the year when that is all that is known.</source>
        <translation>Ngày/tháng/năm, hoặc chỉ năm sinh nếu chỉ biết năm.</translation>
    </message>
    <message>
        <source>or only the year of birth</source>
        <translation>hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa xếp)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ten@truong.edu.vn</translation>
    </message>
    <message>
        <source>&amp;Student code:</source>
        <translation>&amp;Mã học sinh:</translation>
    </message>
    <message>
        <source>&amp;Staff code:</source>
        <translation>&amp;Mã cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Tổ:</translation>
    </message>
    <message>
        <source>&amp;Class in %1:</source>
        <translation>&amp;Lớp năm học %1:</translation>
    </message>
    <message>
        <source>&amp;Group in %1:</source>
        <translation>&amp;Tổ năm học %1:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>Giới tí&amp;nh:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <source>&amp;Enrolled on:</source>
        <translation>Ngày nhậ&amp;p học:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Ngày &amp;vào trường:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>The student's identification code in the sector database.</source>
        <translation>Mã định danh của học sinh trên cơ sở dữ liệu ngành.</translation>
    </message>
    <message>
        <source>The staff code used by the school.</source>
        <translation>Mã cán bộ do trường quy định.</translation>
    </message>
    <message>
        <source>Edit – %1</source>
        <translation>Sửa hồ sơ – %1</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type day/month/year (05/04/2008) or only the year (2008).</source>
        <translation>“%1” không phải là ngày. Hãy gõ ngày/tháng/năm (05/04/2008) hoặc chỉ năm sinh (2008).</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type day/month/year (05/09/2024).</source>
        <translation>“%1” không phải là ngày. Hãy gõ ngày/tháng/năm (05/09/2024).</translation>
    </message>
    <message>
        <source>The record of %1 could not be saved.</source>
        <translation>Không lưu được hồ sơ của %1.</translation>
    </message>
</context>
<context>
    <name>thidua::RegisterTableModel</name>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Số lần in</translation>
    </message>
</context>
<context>
    <name>thidua::ReportPage</name>
    <message>
        <source>&amp;Save this section</source>
        <translation>&amp;Lưu phần này</translation>
    </message>
    <message>
        <source>&amp;Preview, print, export…</source>
        <translation>&amp;Xem trước, in, xuất…</translation>
    </message>
    <message>
        <source>Export &amp;statistics (.xlsx)…</source>
        <translation>Xuất &amp;thống kê (.xlsx)…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <source>The figures, tables and charts come from the records; the sections below are the school's own assessment.</source>
        <translation>Số liệu, bảng và biểu đồ lấy từ dữ liệu đã nhập; các phần dưới đây là đánh giá của nhà trường.</translation>
    </message>
    <message>
        <source>The section could not be saved.</source>
        <translation>Không lưu được phần này.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>%1 of %2 sections written</source>
        <translation>Đã viết %1/%2 phần</translation>
    </message>
    <message>
        <source>Annual report, school year %1</source>
        <translation>Báo cáo năm học %1</translation>
    </message>
    <message>
        <source>Final review of the stage %1</source>
        <translation>Báo cáo tổng kết giai đoạn %1</translation>
    </message>
    <message>
        <source>Mid-term review of the stage %1</source>
        <translation>Báo cáo sơ kết giai đoạn %1</translation>
    </message>
    <message>
        <source>The report's sections could not be read.</source>
        <translation>Không đọc được các phần của báo cáo.</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>chưa viết</translation>
    </message>
    <message>
        <source>written</source>
        <translation>đã viết</translation>
    </message>
    <message>
        <source>suggestion from %1</source>
        <translation>gợi ý từ %1</translation>
    </message>
    <message>
        <source>Not written yet. Below is what was written for %1, as a start: change it and save to use it, or clear it.</source>
        <translation>Chưa viết. Dưới đây là nội dung đã viết cho %1 để tham khảo: sửa rồi lưu để dùng, hoặc xóa đi.</translation>
    </message>
    <message>
        <source>Not written yet: the report prints a marked blank here. Lines starting with “-” are bullets.</source>
        <translation>Chưa viết: báo cáo sẽ để trống có đánh dấu ở phần này. Dòng bắt đầu bằng “-” là một ý gạch đầu dòng.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Không lập được báo cáo.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Xuất số liệu thống kê</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The statistics could not be written.</source>
        <translation>Không ghi được số liệu thống kê.</translation>
    </message>
</context>
<context>
    <name>thidua::SchoolProfilePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Hoàn lại</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>&amp;Governing body:</source>
        <translation>&amp;Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản, printed in capitals above the school's name at the top of documents.</source>
        <translation>Cơ quan chủ quản, in chữ hoa phía trên tên trường ở đầu văn bản.</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Trang &amp;web:</translation>
    </message>
    <message>
        <source>School leadership (Ban giám hiệu)</source>
        <translation>Ban giám hiệu</translation>
    </message>
    <message>
        <source>Add head</source>
        <translation>Thêm Hiệu trưởng</translation>
    </message>
    <message>
        <source>Add deputy</source>
        <translation>Thêm Phó Hiệu trưởng</translation>
    </message>
    <message>
        <source>Forget the changes typed since the last save</source>
        <translation>Bỏ các thay đổi đã gõ từ lần lưu trước</translation>
    </message>
    <message>
        <source>The school profile could not be saved.</source>
        <translation>Không lưu được hồ sơ trường.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The school profile could not be read.</source>
        <translation>Không đọc được hồ sơ trường.</translation>
    </message>
    <message>
        <source>The school's name is empty.</source>
        <translation>Chưa nhập tên trường.</translation>
    </message>
    <message>
        <source>The abbreviation “%1” may only hold letters and digits (no spaces, “/” or “-”): it is printed in document numbers such as “27/KH-NK”.</source>
        <translation>Ký hiệu “%1” chỉ được gồm chữ và số (không có dấu cách, “/” hay “-”) vì được in trong số văn bản như “27/KH-NK”.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>Leader %1 has no name.</source>
        <translation>Người thứ %1 trong Ban giám hiệu chưa có họ tên.</translation>
    </message>
    <message>
        <source>Leader %1 has no title.</source>
        <translation>Người thứ %1 trong Ban giám hiệu chưa có chức danh.</translation>
    </message>
    <message>
        <source>Only one person can be the head (Hiệu trưởng).</source>
        <translation>Chỉ một người được là Hiệu trưởng.</translation>
    </message>
    <message>
        <source>Document numbers: %1</source>
        <translation>Số văn bản: %1</translation>
    </message>
    <message>
        <source>Date line: %1</source>
        <translation>Dòng ngày tháng: %1</translation>
    </message>
</context>
<context>
    <name>thidua::SchoolYearsModel</name>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Đang xem</translation>
    </message>
</context>
<context>
    <name>thidua::SchoolYearsPage</name>
    <message>
        <source>&amp;Add school year…</source>
        <translation>&amp;Thêm năm học…</translation>
    </message>
    <message>
        <source>&amp;Show this year</source>
        <translation>&amp;Xem năm học này</translation>
    </message>
    <message>
        <source>Groups, classes, memberships and the council are kept per school year. The year chosen in the toolbar is the one the other pages show.</source>
        <translation>Tổ, lớp, thành viên và Hội đồng được lưu theo từng năm học. Năm học chọn trên thanh công cụ là năm mà các trang khác hiển thị.</translation>
    </message>
    <message>
        <source>Add school year…</source>
        <translation>Thêm năm học…</translation>
    </message>
    <message>
        <source>Show this year</source>
        <translation>Xem năm học này</translation>
    </message>
    <message>
        <source>School years</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>%1 school years</source>
        <translation>%1 năm học</translation>
    </message>
    <message>
        <source>The school year %1 could not be added.</source>
        <translation>Không thêm được năm học %1.</translation>
    </message>
</context>
<context>
    <name>thidua::SubjectPickerDialog</name>
    <message>
        <source>Choose a collective</source>
        <translation>Chọn tập thể</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Chọn cá nhân</translation>
    </message>
    <message>
        <source>Choose people and collectives</source>
        <translation>Chọn cá nhân, tập thể</translation>
    </message>
    <message>
        <source>Search by name, position or unit (with or without diacritics)</source>
        <translation>Tìm theo tên, chức vụ hoặc đơn vị (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Select one or more rows (Ctrl or Shift with a click).</source>
        <translation>Chọn một hoặc nhiều dòng (giữ Ctrl hoặc Shift khi bấm chuột).</translation>
    </message>
</context>
<context>
    <name>thidua::SubjectTableModel</name>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên / Tên tập thể</translation>
    </message>
    <message>
        <source>Individual or collective</source>
        <translation>Cá nhân / Tập thể</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>thidua::TallyEntryPanel</name>
    <message>
        <source>Ballots issued</source>
        <translation>Phiếu phát ra</translation>
    </message>
    <message>
        <source>Ballots returned</source>
        <translation>Phiếu thu vào</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Phiếu hợp lệ</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Ballot counters</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Người kiểm</translation>
    </message>
    <message>
        <source>Ballot count – round %1</source>
        <translation>Kiểm phiếu – vòng %1</translation>
    </message>
    <message>
        <source>Ballot count</source>
        <translation>Kiểm phiếu</translation>
    </message>
    <message numerus="yes">
        <source>The two entries differ in %n cell(s), shown in red. Correct them until they agree.</source>
        <translation>
            <numerusform>Hai lần nhập khác nhau ở %n ô (tô đỏ). Sửa lại cho đến khi khớp nhau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::TargetSummaryModel</name>
    <message>
        <source>The school as a Learning Unit (Đơn vị học tập)</source>
        <translation>Trường được công nhận Đơn vị học tập</translation>
    </message>
    <message>
        <source>Groups (tổ) with %1 learning model(s) or more</source>
        <translation>Tổ có từ %1 mô hình học tập trở lên</translation>
    </message>
    <message>
        <source>Learning citizens: %1</source>
        <translation>Công dân học tập: %1</translation>
    </message>
    <message>
        <source>People not recognised yet (không đạt or not assessed)</source>
        <translation>Số người chưa được công nhận (không đạt hoặc chưa đánh giá)</translation>
    </message>
    <message>
        <source>Assessed under Thông tư 24/2023/TT-BGDĐT</source>
        <translation>Đánh giá theo Thông tư 24/2023/TT-BGDĐT</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>thidua::TargetsDialog</name>
    <message>
        <source>The last day of the school year (%1)</source>
        <translation>Ngày cuối năm học (%1)</translation>
    </message>
    <message>
        <source>Targets of the school year %1</source>
        <translation>Chỉ tiêu năm học %1</translation>
    </message>
    <message>
        <source>Learning citizens among staff, students and each class: at least</source>
        <translation>Tỷ lệ Công dân học tập của cán bộ, học sinh và từng lớp: tối thiểu</translation>
    </message>
    <message>
        <source>Learning citizens among the members of each group (tổ): at least</source>
        <translation>Tỷ lệ Công dân học tập của thành viên mỗi tổ: tối thiểu</translation>
    </message>
    <message>
        <source>Learning models per group (tổ) in the year: at least</source>
        <translation>Số mô hình học tập mỗi tổ trong năm học: tối thiểu</translation>
    </message>
    <message>
        <source>People count who are at the school on</source>
        <translation>Tính những người đang ở trường vào ngày</translation>
    </message>
    <message>
        <source>The plans set over 95 % (a school may set 97 %), 100 % of each group's members and at least one learning model per group a year.</source>
        <translation>Kế hoạch đặt chỉ tiêu trên 95 % (trường có thể đặt 97 %), 100 % thành viên mỗi tổ và ít nhất 1 mô hình học tập mỗi tổ mỗi năm học.</translation>
    </message>
    <message>
        <source>The learning models each group (tổ) built are counted from those recorded on the Activities page, Learning models tab.</source>
        <translation>Số mô hình học tập của mỗi tổ được đếm từ các mô hình đã ghi ở trang Hoạt động, thẻ Mô hình học tập.</translation>
    </message>
</context>
</TS>
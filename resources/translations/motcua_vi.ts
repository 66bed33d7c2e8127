<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>main</name>
    <message>
        <source>One-stop shop software</source>
        <translation>Phần mềm một cửa</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Tệp cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarEntry</name>
    <message>
        <source>%1.date must be a date YYYY-MM-DD.</source>
        <translation>%1.date phải là ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: a make-up working day must be a Saturday or Sunday.</source>
        <translation>%1: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.</translation>
    </message>
    <message>
        <source>%1: a day off must be a weekday.</source>
        <translation>%1: ngày nghỉ phải là ngày trong tuần (thứ Hai – thứ Sáu).</translation>
    </message>
    <message>
        <source>%1.name must not be empty.</source>
        <translation>%1.name không được để trống.</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarJson</name>
    <message>
        <source>Line %1: the file is not valid JSON (%2).</source>
        <translation>Dòng %1: tệp không đúng định dạng JSON (%2).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;motcua-calendar&quot;.</source>
        <translation>"format" phải là "motcua-calendar".</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1.</source>
        <translation>"version" phải là 1.</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list.</source>
        <translation>"entries" phải là một danh sách.</translation>
    </message>
    <message>
        <source>%1.date must be a date YYYY-MM-DD.</source>
        <translation>%1.date phải là ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1.date: %2 appears twice.</source>
        <translation>%1.date: ngày %2 bị lặp lại.</translation>
    </message>
    <message>
        <source>%1.kind must be &quot;day-off&quot;, &quot;substitute&quot; or &quot;workday&quot;.</source>
        <translation>%1.kind phải là "day-off", "substitute" hoặc "workday".</translation>
    </message>
    <message>
        <source>%1.confirmed must be true or false.</source>
        <translation>%1.confirmed phải là true hoặc false.</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarService</name>
    <message>
        <source>The calendar covers the years %1 – %2.</source>
        <translation>Lịch làm việc chỉ gồm các năm %1 – %2.</translation>
    </message>
    <message>
        <source>The calendar has no entry on %1.</source>
        <translation>Lịch làm việc không có mục nào vào ngày %1.</translation>
    </message>
</context>
<context>
    <name>motcua::DeadlineCalculator</name>
    <message>
        <source>The time limit must be a number of working days or hours, not negative.</source>
        <translation>Thời hạn phải là số ngày hoặc số giờ làm việc, không được âm.</translation>
    </message>
    <message>
        <source>The time limit is too long (at most %1).</source>
        <translation>Thời hạn quá dài (tối đa %1).</translation>
    </message>
    <message>
        <source>A limit in working hours must be more than 0.</source>
        <translation>Thời hạn tính bằng giờ làm việc phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The morning → morning rule needs a whole number of working days.</source>
        <translation>Quy tắc sáng → sáng cần số ngày làm việc nguyên.</translation>
    </message>
    <message>
        <source>The due date falls outside the working calendar.</source>
        <translation>Ngày hẹn trả nằm ngoài phạm vi lịch làm việc.</translation>
    </message>
    <message>
        <source>The moment of receipt is not a valid date and time.</source>
        <translation>Thời điểm tiếp nhận không phải ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>The moment of receipt is outside the working calendar (%1 – %2).</source>
        <translation>Thời điểm tiếp nhận nằm ngoài phạm vi lịch làm việc (%1 – %2).</translation>
    </message>
    <message>
        <source>A pause must have a start and an end after it.</source>
        <translation>Thời gian tạm dừng phải có thời điểm bắt đầu và thời điểm kết thúc sau đó.</translation>
    </message>
    <message>
        <source>A pause cannot start before the moment of receipt.</source>
        <translation>Không thể tạm dừng trước thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>A pause ends outside the working calendar.</source>
        <translation>Thời gian tạm dừng kết thúc ngoài phạm vi lịch làm việc.</translation>
    </message>
</context>
<context>
    <name>motcua::Explanation</name>
    <message>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 of working time</source>
        <translation>%1 làm việc</translation>
    </message>
    <message>
        <source>Rule: same-day procedure. Received before %1 on a working day: due at the end of that day; otherwise at the end of the next working day.</source>
        <translation>Quy tắc: thủ tục giải quyết trong ngày. Tiếp nhận trước %1 của ngày làm việc thì trả kết quả cuối ngày đó; sau giờ đó thì trả cuối ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>Rule: %1 working days, returned in the same session as received (morning → morning, afternoon → afternoon).</source>
        <translation>Quy tắc: %1 ngày làm việc, trả kết quả cùng buổi với buổi tiếp nhận (sáng → sáng, chiều → chiều).</translation>
    </message>
    <message>
        <source>Rule: %1 working hours (%2 working minutes), counted from the moment of receipt.</source>
        <translation>Quy tắc: %1 giờ làm việc (%2 phút làm việc), tính từ thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Rule: %1 working days × %2 working minutes = %3 working minutes, counted from the moment of receipt.</source>
        <translation>Quy tắc: %1 ngày làm việc × %2 phút = %3 phút làm việc, tính từ thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Received at %1.</source>
        <translation>Tiếp nhận lúc %1.</translation>
    </message>
    <message>
        <source>Received outside office hours: counting starts at %1.</source>
        <translation>Tiếp nhận ngoài giờ hành chính: bắt đầu tính từ %1.</translation>
    </message>
    <message>
        <source>Received after the cut-off time %1: due on the next working day.</source>
        <translation>Tiếp nhận sau %1: trả kết quả vào ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>Skipped the days off %1 – %2 (weekly rest).</source>
        <translation>Không tính %1 – %2 (nghỉ hằng tuần).</translation>
    </message>
    <message>
        <source>Skipped %1 (weekly rest).</source>
        <translation>Không tính %1 (nghỉ hằng tuần).</translation>
    </message>
    <message>
        <source>Skipped %1: %2 (substitute day off).</source>
        <translation>Không tính %1: %2 (nghỉ bù).</translation>
    </message>
    <message>
        <source>Skipped %1: %2 (day off).</source>
        <translation>Không tính %1: %2 (ngày nghỉ).</translation>
    </message>
    <message>
        <source>%1 is a make-up working day (%2): counted as a working day.</source>
        <translation>%1 là ngày làm bù (%2): được tính là ngày làm việc.</translation>
    </message>
    <message>
        <source>Paused from %1 to %2 (%3): the due moment moves by %4.</source>
        <translation>Tạm dừng từ %1 đến %2 (%3): thời hạn được cộng thêm %4.</translation>
    </message>
    <message>
        <source>Extended on %1 to %2: %3.</source>
        <translation>Gia hạn ngày %1, hẹn lại %2: %3.</translation>
    </message>
    <message>
        <source>Due at %1.</source>
        <translation>Hạn trả kết quả: %1.</translation>
    </message>
</context>
<context>
    <name>motcua::OfficeHours</name>
    <message>
        <source>Office sessions must be ordered, not overlapping, within one day (weekday %1).</source>
        <translation>Các buổi làm việc phải theo thứ tự, không chồng lên nhau, trong cùng một ngày (thứ %1 trong tuần).</translation>
    </message>
    <message>
        <source>At least one weekday must have office sessions.</source>
        <translation>Phải có ít nhất một ngày trong tuần có buổi làm việc.</translation>
    </message>
    <message>
        <source>Monday must be a working day: it defines the length of a working day.</source>
        <translation>Thứ Hai phải là ngày làm việc: độ dài một ngày làm việc lấy theo thứ Hai.</translation>
    </message>
    <message>
        <source>The same-day cut-off time is not valid.</source>
        <translation>Giờ chốt tiếp nhận trong ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session of the form HH:MM-HH:MM.</source>
        <translation>"%1" không phải buổi làm việc dạng HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session.</source>
        <translation>"%1" không phải buổi làm việc hợp lệ.</translation>
    </message>
    <message>
        <source>Sessions must be in order and must not overlap.</source>
        <translation>Các buổi làm việc phải theo thứ tự và không chồng lên nhau.</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Không có tùy chọn %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Tùy chọn --%1 không dùng được với lệnh "%2".</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date YYYY-MM-DD.</source>
        <translation>%1: "%2" không phải ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: the year must be between %2 and %3.</source>
        <translation>%1: năm phải trong khoảng %2 – %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a moment &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>%1: "%2" không phải thời điểm dạng "YYYY-MM-DD HH:MM".</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 phải là số nguyên từ %2 đến %3, không phải "%4".</translation>
    </message>
    <message>
        <source>%1 must be a number that is not negative (such as 0, 0.5, 3), not &quot;%2&quot;.</source>
        <translation>%1 phải là số không âm (ví dụ 0, 0.5, 3), không phải "%2".</translation>
    </message>
    <message>
        <source>Usage: motcua-cli %1</source>
        <translation>Cách dùng: motcua-cli %1</translation>
    </message>
    <message>
        <source>--leap: the lunar year %1 has no leap month.</source>
        <translation>--leap: năm âm lịch %1 không có tháng nhuận.</translation>
    </message>
    <message>
        <source>--leap: month %1 of %2 is not a leap month (the leap month is %3).</source>
        <translation>--leap: tháng %1 năm %2 không phải tháng nhuận (tháng nhuận là tháng %3).</translation>
    </message>
    <message>
        <source>D: day %1 does not exist in lunar month %2%3 of %4 (it has %5 days).</source>
        <translation>D: không có ngày %1 trong tháng %2%3 âm lịch năm %4 (tháng này có %5 ngày).</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> nhuận</translation>
    </message>
    <message>
        <source>  (generated, unconfirmed)</source>
        <translation>  (tự sinh, chưa xác nhận)</translation>
    </message>
    <message>
        <source>Usage: motcua-cli deadline --from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;FROM/TO&quot;]... [--explain] [--json]</source>
        <translation>Cách dùng: motcua-cli deadline --from "YYYY-MM-DD HH:MM" (--days N | --hours N) [--rule default|session] [--pause "TỪ/ĐẾN"]... [--explain] [--json]</translation>
    </message>
    <message>
        <source>--rule must be &quot;default&quot; or &quot;session&quot;.</source>
        <translation>--rule phải là "default" hoặc "session".</translation>
    </message>
    <message>
        <source>--pause must be &quot;YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM&quot;, not &quot;%1&quot;.</source>
        <translation>--pause phải có dạng "YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM", không phải "%1".</translation>
    </message>
    <message>
        <source>pause given on the command line</source>
        <translation>tạm dừng nhập từ dòng lệnh</translation>
    </message>
    <message>
        <source>--db: there is no database at %1 (create one with &quot;motcua-cli init&quot;).</source>
        <translation>--db: không có cơ sở dữ liệu tại %1 (tạo bằng lệnh "motcua-cli init").</translation>
    </message>
    <message>
        <source>Usage: motcua-cli init [--db FILE]</source>
        <translation>Cách dùng: motcua-cli init [--db TỆP]</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Cơ sở dữ liệu sẵn sàng: %1 (lược đồ %2)</translation>
    </message>
    <message>
        <source>create the database (--db FILE)</source>
        <translation>tạo cơ sở dữ liệu (--db TỆP)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: the lunar date</source>
        <translation>YYYY-MM-DD: ngày âm lịch</translation>
    </message>
    <message>
        <source>D M YYYY [--leap]: the solar date</source>
        <translation>D M YYYY [--leap]: ngày dương lịch</translation>
    </message>
    <message>
        <source>YEAR: days off and make-up working days</source>
        <translation>NĂM: các ngày nghỉ và ngày làm bù</translation>
    </message>
    <message>
        <source>--from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;FROM/TO&quot;]... [--explain]: the due moment</source>
        <translation>--from "YYYY-MM-DD HH:MM" (--days N | --hours N) [--rule default|session] [--pause "TỪ/ĐẾN"]... [--explain]: thời hạn trả kết quả</translation>
    </message>
    <message>
        <source>Usage: motcua-cli COMMAND [options] [--db FILE] [--json] [--lang vi|en]
</source>
        <translation>Cách dùng: motcua-cli LỆNH [tùy chọn] [--db TỆP] [--json] [--lang vi|en]
</translation>
    </message>
    <message>
        <source>date: %1 is before the first supported lunar year.</source>
        <translation>date: ngày %1 trước năm âm lịch đầu tiên được hỗ trợ.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see motcua-cli help).</source>
        <translation>không có lệnh "%1" (xem motcua-cli help).</translation>
    </message>
</context>
<context>
    <name>motcua::storage</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Cơ sở dữ liệu báo lỗi: %1</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of MotCua (schema %2); this version knows schema %3.</source>
        <translation>Cơ sở dữ liệu %1 do phiên bản MotCua mới hơn tạo ra (lược đồ %2); phiên bản này chỉ biết lược đồ %3.</translation>
    </message>
    <message>
        <source>The migration %1 is missing.</source>
        <translation>Thiếu tệp nâng cấp lược đồ %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AboutDialog</name>
    <message>
        <source>About MotCua</source>
        <translation>Giới thiệu MotCua</translation>
    </message>
    <message>
        <source>One-stop shop software for state agencies: receiving dossiers, process control, deadlines in working days and periodic statistics.</source>
        <translation>Phần mềm một cửa cho cơ quan hành chính nhà nước: tiếp nhận hồ sơ, kiểm soát quá trình giải quyết, thời hạn tính theo ngày làm việc và báo cáo thống kê định kỳ.</translation>
    </message>
    <message>
        <source>Licence: Apache License, Version 2.0.
Built with Qt %1.</source>
        <translation>Giấy phép: Apache License, phiên bản 2.0.
Xây dựng với Qt %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>MotCua — One-stop shop</source>
        <translation>MotCua — Bộ phận một cửa</translation>
    </message>
    <message>
        <source>&lt;h2&gt;One-stop shop&lt;/h2&gt;&lt;p&gt;Receiving dossiers and returning results.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bộ phận một cửa&lt;/h2&gt;&lt;p&gt;Tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About MotCua</source>
        <translation>&amp;Giới thiệu MotCua</translation>
    </message>
</context>
</TS>

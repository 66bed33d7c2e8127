<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Hẹn giờ in:</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Thông tin tính phí:</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Độ ưu tiên:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang bìa lệnh in</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Tạm giữ, chưa in</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Vào giờ cụ thể</translation>
    </message>
    <message>
        <source>Start:</source>
        <comment>Banner page at start</comment>
        <translation>Đầu:</translation>
    </message>
    <message>
        <source>End:</source>
        <comment>Banner page at end</comment>
        <translation>Cuối:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồ&amp;ng ý</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Cao:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang (xoay ngược)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc (xoay ngược)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
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
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp ...</translation>
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
        <translation>Không ghi được vào tệp %1.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè lên tệp này không?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng đồng thời hai tùy chọn &apos;Số trang mỗi tờ&apos; và &apos;Trang chẵn/lẻ&apos;.
Vui lòng tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Danh sách trang không hợp lệ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Hãy dùng &apos;,&apos; để phân cách các trang và khoảng trang, &apos;-&apos; để ghi một khoảng trang, và bảo đảm các khoảng trang không chồng lên nhau.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Xung đột thiết lập in hai mặt</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Thiết lập in hai mặt đang có xung đột. Bạn có muốn sửa lại không?</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Xung đột thiết lập trang</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Các tùy chọn thiết lập trang đang có xung đột. Bạn có muốn sửa lại không?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Xung đột tùy chọn nâng cao</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao đang có xung đột. Bạn có muốn sửa lại không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn đang có xung đột. Vui lòng sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Từ trang</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nhập các trang hoặc khoảng trang, phân cách bằng dấu phẩy. Khoảng trang gồm hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 sẽ in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đang chọn</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Trang chẵn/lẻ:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập bản in</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Xếp theo bộ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Th&amp;uộc tính</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp đầu &amp;ra:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>One-stop shop software</source>
        <translation>Phần mềm một cửa</translation>
    </message>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
    <message>
        <source>Database to open: a file or postgresql://USER@HOST:PORT/DATABASE (instead of the one chosen in the settings).</source>
        <translation>Cơ sở dữ liệu cần mở: một tệp hoặc postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/CSDL (thay cho cơ sở dữ liệu đã chọn trong phần cài đặt).</translation>
    </message>
    <message>
        <source>The working calendar was changed on another workstation: the due moments are counted with the new one.</source>
        <translation>Lịch làm việc vừa được thay đổi trên máy khác: các hạn trả được tính theo lịch mới.</translation>
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
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Substitute day off</source>
        <translation>Ngày nghỉ bù</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
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
        <translation>&quot;format&quot; phải là &quot;motcua-calendar&quot;.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1.</source>
        <translation>&quot;version&quot; phải là 1.</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list.</source>
        <translation>&quot;entries&quot; phải là một danh sách.</translation>
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
        <translation>%1.kind phải là &quot;day-off&quot;, &quot;substitute&quot; hoặc &quot;workday&quot;.</translation>
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
    <name>motcua::CatalogueJson</name>
    <message>
        <source>%1 must be a non-empty text.</source>
        <translation>%1 phải là một đoạn chữ, không được trống.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 phải là số từ %2 đến %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 phải là số nguyên.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 phải là true hoặc false.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 phải là một danh sách.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>%1 must be {&quot;days&quot;: N} or {&quot;hours&quot;: N}.</source>
        <translation>%1 phải có dạng {&quot;days&quot;: N} hoặc {&quot;hours&quot;: N}.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 phải là một trong: %2.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid JSON (%2).</source>
        <translation>Dòng %1: tệp không đúng định dạng JSON (%2).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;motcua-catalogue&quot;.</source>
        <translation>&quot;format&quot; phải là &quot;motcua-catalogue&quot;.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1.</source>
        <translation>&quot;version&quot; phải là 1.</translation>
    </message>
    <message>
        <source>%1: the department code is used twice.</source>
        <translation>%1: mã phòng ban bị trùng.</translation>
    </message>
    <message>
        <source>%1: no department has this code.</source>
        <translation>%1: không có phòng ban nào mang mã này.</translation>
    </message>
    <message>
        <source>%1: the procedure code is used twice.</source>
        <translation>%1: mã thủ tục bị trùng.</translation>
    </message>
    <message>
        <source>%1: the session rule needs a whole number of working days.</source>
        <translation>%1: quy tắc theo buổi cần số ngày làm việc nguyên.</translation>
    </message>
    <message>
        <source>%1 must hold at least one process version.</source>
        <translation>%1 phải có ít nhất một phiên bản quy trình.</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD.</source>
        <translation>%1 phải là ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: this issue number is used twice.</source>
        <translation>%1: số lần ban hành bị trùng.</translation>
    </message>
    <message>
        <source>%1 must hold at least one step.</source>
        <translation>%1 phải có ít nhất một bước.</translation>
    </message>
    <message>
        <source>%1: issue %2 of the process of %3 is already used by dossiers and cannot change; publish a new issue.</source>
        <translation>%1: quy trình lần ban hành %2 của thủ tục %3 đã được hồ sơ sử dụng nên không thể sửa; hãy ban hành lần mới.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 phải là một số.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueRules</name>
    <message>
        <source>Required: fill in this field.</source>
        <translation>Bắt buộc: hãy điền trường này.</translation>
    </message>
    <message>
        <source>The time of a step must be more than 0.</source>
        <translation>Thời gian của một bước phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Use quarters at most: 0.25, 0.5, 1.75 …</source>
        <translation>Chỉ dùng đến phần tư: 0,25; 0,5; 1,75 …</translation>
    </message>
    <message>
        <source>A national procedure code is a digit, a dot and six digits: 1.011442.</source>
        <translation>Mã thủ tục quốc gia gồm một chữ số, dấu chấm và sáu chữ số: 1.011442.</translation>
    </message>
    <message>
        <source>The morning-to-morning rule needs a whole number of working days.</source>
        <translation>Quy tắc sáng trả sáng cần số ngày làm việc tròn.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Lệ phí không thể âm.</translation>
    </message>
    <message>
        <source>Choose the department that handles it.</source>
        <translation>Hãy chọn phòng giải quyết.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Không có phòng %1.</translation>
    </message>
    <message>
        <source>Document %1: the name is empty.</source>
        <translation>Giấy tờ %1: chưa có tên.</translation>
    </message>
    <message>
        <source>Document %1: the count must be from 1 to 100.</source>
        <translation>Giấy tờ %1: số lượng phải từ 1 đến 100.</translation>
    </message>
    <message>
        <source>The issue number must be from 1 to 1000.</source>
        <translation>Lần ban hành phải từ 1 đến 1000.</translation>
    </message>
    <message>
        <source>Give the issue date.</source>
        <translation>Hãy nhập ngày ban hành.</translation>
    </message>
    <message>
        <source>A process needs at least one step.</source>
        <translation>Quy trình cần ít nhất một bước.</translation>
    </message>
    <message>
        <source>Step %1: say what is done.</source>
        <translation>Bước %1: hãy ghi nội dung công việc.</translation>
    </message>
    <message>
        <source>Step %1: choose the department.</source>
        <translation>Bước %1: hãy chọn phòng.</translation>
    </message>
    <message>
        <source>Step %1: an administrator does not handle dossiers.</source>
        <translation>Bước %1: quản trị viên không xử lý hồ sơ.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Bước %1: %2</translation>
    </message>
    <message>
        <source>Steps add up to %1 working hours: within the same day</source>
        <translation>Tổng thời gian các bước: %1 giờ làm việc — trong ngày</translation>
    </message>
    <message>
        <source>Steps add up to %1 working hours: more than the one working day of a same-day procedure</source>
        <translation>Tổng thời gian các bước: %1 giờ làm việc — quá một ngày làm việc của thủ tục giải quyết trong ngày</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working days — equal to the legal limit</source>
        <translation>Tổng thời gian các bước: %1/%2 ngày làm việc — đủ thời hạn luật định</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working hours — equal to the legal limit</source>
        <translation>Tổng thời gian các bước: %1/%2 giờ làm việc — đủ thời hạn luật định</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working days — %3 days short</source>
        <translation>Tổng thời gian các bước: %1/%2 ngày làm việc — còn thiếu %3 ngày</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working hours — %3 hours short</source>
        <translation>Tổng thời gian các bước: %1/%2 giờ làm việc — còn thiếu %3 giờ</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working days — %3 days over the limit</source>
        <translation>Tổng thời gian các bước: %1/%2 ngày làm việc — vượt thời hạn %3 ngày</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working hours — %3 hours over the limit</source>
        <translation>Tổng thời gian các bước: %1/%2 giờ làm việc — vượt thời hạn %3 giờ</translation>
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
    <message>
        <source>Paused from %1 to %2 (%3): the time limit counts again from %2.</source>
        <translation>Tạm dừng từ %1 đến %2 (%3): thời hạn được tính lại từ đầu kể từ %2.</translation>
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
        <translation>&quot;%1&quot; không phải buổi làm việc dạng HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session.</source>
        <translation>&quot;%1&quot; không phải buổi làm việc hợp lệ.</translation>
    </message>
    <message>
        <source>Sessions must be in order and must not overlap.</source>
        <translation>Các buổi làm việc phải theo thứ tự và không chồng lên nhau.</translation>
    </message>
</context>
<context>
    <name>motcua::TextBounds</name>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1: khóa không có trong định dạng, đã bỏ qua.</translation>
    </message>
    <message>
        <source>A control character (U+%1) at character %2 is not allowed.</source>
        <translation>Không được có ký tự điều khiển (U+%1) ở ký tự thứ %2.</translation>
    </message>
    <message>
        <source>The text has %1 characters, at most %2 are allowed.</source>
        <translation>Nội dung dài %1 ký tự, chỉ được tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source>A code holds letters without accents, digits and . _ - / only, no space: &quot;%1&quot;.</source>
        <translation>Mã chỉ gồm chữ không dấu, chữ số và . _ - /, không có dấu cách: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A national procedure code is a digit, a dot and six digits (1.011442), not &quot;%1&quot;.</source>
        <translation>Mã thủ tục quốc gia gồm một chữ số, dấu chấm và sáu chữ số (1.011442), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An amount is a whole number of đồng from 0 to %1.</source>
        <translation>Số tiền phải là số đồng nguyên từ 0 đến %1.</translation>
    </message>
</context>
<context>
    <name>motcua::TimeLimit</name>
    <message>
        <source>%1 working hours</source>
        <translation>%1 giờ làm việc</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
</context>
<context>
    <name>motcua::backup::AutomaticBackup</name>
    <message>
        <source>No folder is configured for the automatic backups.</source>
        <translation>Chưa cấu hình thư mục cho sao lưu tự động.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
</context>
<context>
    <name>motcua::catalogue</name>
    <message>
        <source>Procedure %1, process issue %2: the steps add up to %3 working hours but the legal limit is %4 working hours.</source>
        <translation>Thủ tục %1, quy trình lần ban hành %2: tổng thời gian các bước là %3 giờ làm việc nhưng thời hạn theo quy định là %4 giờ làm việc.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copy</source>
        <translation>Bản sao có chứng thực</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>There is no procedure %1.</source>
        <translation>Không có thủ tục %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>field</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>level</source>
        <translation>cấp thực hiện</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <source>counting rule</source>
        <translation>cách tính thời hạn</translation>
    </message>
    <message>
        <source>clock on a supplement</source>
        <translation>thời hạn khi bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>lệ phí</translation>
    </message>
    <message>
        <source>fee note</source>
        <translation>ghi chú lệ phí</translation>
    </message>
    <message>
        <source>result</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>handling department</source>
        <translation>phòng giải quyết</translation>
    </message>
    <message>
        <source>required documents</source>
        <translation>thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Only an administrator may change the catalogue.</source>
        <translation>Chỉ quản trị viên được thay đổi danh mục.</translation>
    </message>
    <message>
        <source>There is already a procedure %1: edit it instead.</source>
        <translation>Đã có thủ tục %1: hãy sửa thủ tục đó.</translation>
    </message>
    <message>
        <source>Issue %1 exists already: a new issue must be numbered above it.</source>
        <translation>Đã có lần ban hành %1: lần ban hành mới phải có số lớn hơn.</translation>
    </message>
    <message>
        <source>Issue %1 is dated %2: a new issue cannot be dated before it.</source>
        <translation>Lần ban hành %1 ngày %2: lần ban hành mới không thể có ngày trước đó.</translation>
    </message>
    <message>
        <source>Procedure %1 has no such process version.</source>
        <translation>Thủ tục %1 không có phiên bản quy trình này.</translation>
    </message>
    <message>
        <source>The issue number of a version stays: issue a new version instead.</source>
        <translation>Không đổi được số lần ban hành của một phiên bản: hãy ban hành phiên bản mới.</translation>
    </message>
    <message>
        <source>Issue %1 of %2 is in use by %3 dossiers and is never edited in place: issue a new version instead.</source>
        <translation>Lần ban hành %1 của %2 đang được %3 hồ sơ sử dụng nên không được sửa: hãy ban hành phiên bản mới.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Thay đổi: %1</translation>
    </message>
    <message>
        <source>Issue %1 is in use by %2 dossiers and cannot change: give the new text a new issue number.</source>
        <translation>Lần ban hành %1 đang được %2 hồ sơ sử dụng nên không thể thay đổi: hãy đặt số lần ban hành mới cho nội dung mới.</translation>
    </message>
    <message>
        <source>Not in the file: left as it is.</source>
        <translation>Không có trong tệp: giữ nguyên.</translation>
    </message>
    <message>
        <source>%1, issue %2: %3</source>
        <translation>%1, lần ban hành %2: %3</translation>
    </message>
    <message>
        <source>The import would add %1, change %2 and leave %3 as they are; %4 refused.</source>
        <translation>Lần nhập này sẽ thêm %1, sửa %2 và giữ nguyên %3 mục; từ chối %4.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Leave as is</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Agency %1 — %2</source>
        <translation>Cơ quan %1 — %2</translation>
    </message>
    <message>
        <source>Department %1 — %2</source>
        <translation>Phòng %1 — %2</translation>
    </message>
    <message>
        <source>Procedure %1 — %2</source>
        <translation>Thủ tục %1 — %2</translation>
    </message>
    <message>
        <source>Process %1, issue %2</source>
        <translation>Quy trình %1, lần ban hành %2</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 phải là số nguyên từ %2 đến %3, không phải &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a number that is not negative (such as 0, 0.5, 3), not &quot;%2&quot;.</source>
        <translation>%1 phải là số không âm (ví dụ 0, 0.5, 3), không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli %1</source>
        <translation>Cách dùng: motcua-cli %1</translation>
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
        <translation>Cách dùng: motcua-cli deadline --from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;TỪ/ĐẾN&quot;]... [--explain] [--json]</translation>
    </message>
    <message>
        <source>--rule must be &quot;default&quot; or &quot;session&quot;.</source>
        <translation>--rule phải là &quot;default&quot; hoặc &quot;session&quot;.</translation>
    </message>
    <message>
        <source>--pause must be &quot;YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM&quot;, not &quot;%1&quot;.</source>
        <translation>--pause phải có dạng &quot;YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM&quot;, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pause given on the command line</source>
        <translation>tạm dừng nhập từ dòng lệnh</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Cơ sở dữ liệu sẵn sàng: %1 (lược đồ %2)</translation>
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
        <translation>--from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;TỪ/ĐẾN&quot;]... [--explain]: thời hạn trả kết quả</translation>
    </message>
    <message>
        <source>Usage: motcua-cli COMMAND [options] [--db FILE] [--json] [--lang vi|en]
</source>
        <translation>Cách dùng: motcua-cli LỆNH [tùy chọn] [--db TỆP] [--json] [--lang vi|en]
</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Chỉ quản trị viên được thực hiện việc này.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli catalogue import|export FILE</source>
        <translation>Cách dùng: motcua-cli catalogue import|export TỆP</translation>
    </message>
    <message>
        <source>Catalogue written to %1 (%2 procedures).</source>
        <translation>Đã ghi danh mục ra %1 (%2 thủ tục).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu cho %1: </translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Đã thêm người dùng %1.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>--version must be a whole number from 1.</source>
        <translation>--version phải là số nguyên từ 1.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli init [--db FILE] [--admin LOGIN] [--name &quot;FULL NAME&quot;]</source>
        <translation>Cách dùng: motcua-cli init [--db TỆP] [--admin TÊN-ĐĂNG-NHẬP] [--name &quot;HỌ TÊN&quot;]</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Mật khẩu cho quản trị viên %1: </translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Administrator created: %1</source>
        <translation>Đã tạo quản trị viên: %1</translation>
    </message>
    <message>
        <source>Usage: motcua-cli %1 CODE [options]</source>
        <translation>Cách dùng: motcua-cli %1 MÃ-HỒ-SƠ [tùy chọn]</translation>
    </message>
    <message>
        <source>Usage: motcua-cli show CODE [--json]</source>
        <translation>Cách dùng: motcua-cli show MÃ-HỒ-SƠ [--json]</translation>
    </message>
    <message>
        <source>Dossier: %1 (version %2)</source>
        <translation>Hồ sơ: %1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>Procedure: %1 %2 — process %3, issue %4</source>
        <translation>Thủ tục: %1 %2 — quy trình %3, lần ban hành %4</translation>
    </message>
    <message>
        <source>Applicant: %1, %2, %3</source>
        <translation>Người nộp: %1, %2, %3</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Trạng thái: %1 (%2)</translation>
    </message>
    <message>
        <source>Received: %1   Due: %2   Legal due: %3</source>
        <translation>Tiếp nhận: %1   Hẹn trả: %2   Hạn theo quy định: %3</translation>
    </message>
    <message>
        <source>Register: book %1, entry %2</source>
        <translation>Sổ theo dõi: quyển %1, số %2</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Thành phần hồ sơ:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Các bước xử lý:</translation>
    </message>
    <message>
        <source>Pause (%1): %2 → %3 %4</source>
        <translation>Tạm dừng (%1): %2 → %3 %4</translation>
    </message>
    <message>
        <source>Extension: %1 → %2: %3</source>
        <translation>Gia hạn: %1 → %2: %3</translation>
    </message>
    <message>
        <source>Why this due date:</source>
        <translation>Vì sao hẹn ngày này:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Lịch sử:</translation>
    </message>
    <message>
        <source>create the database, catalogue and administrator</source>
        <translation>tạo cơ sở dữ liệu, danh mục và quản trị viên</translation>
    </message>
    <message>
        <source>--procedure CODE --name … --id … --address … --documents 1,2:2: receive</source>
        <translation>--procedure MÃ --name … --id … --address … --documents 1,2:2: tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>CODE [--to LOGIN] [--note …]</source>
        <translation>MÃ-HỒ-SƠ [--to TÊN-ĐĂNG-NHẬP] [--note …]</translation>
    </message>
    <message>
        <source>CODE --reason supplement|financial|verification|other</source>
        <translation>MÃ-HỒ-SƠ --reason supplement|financial|verification|other</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ-HỒ-SƠ</translation>
    </message>
    <message>
        <source>CODE --new-due &quot;YYYY-MM-DD HH:MM&quot; --reason …</source>
        <translation>MÃ-HỒ-SƠ --new-due &quot;YYYY-MM-DD HH:MM&quot; --reason …</translation>
    </message>
    <message>
        <source>CODE --reason …</source>
        <translation>MÃ-HỒ-SƠ --reason …</translation>
    </message>
    <message>
        <source>CODE: the result is ready</source>
        <translation>MÃ-HỒ-SƠ: đã có kết quả</translation>
    </message>
    <message>
        <source>CODE: the result is returned</source>
        <translation>MÃ-HỒ-SƠ: đã trả kết quả</translation>
    </message>
    <message>
        <source>CODE: everything about a dossier</source>
        <translation>MÃ-HỒ-SƠ: toàn bộ thông tin hồ sơ</translation>
    </message>
    <message>
        <source>[--status 2,4] [--department CODE] [--procedure CODE] [--from D] [--to D] [--overdue] [--due-within HOURS] [--search TEXT] [--limit N]</source>
        <translation>[--status 2,4] [--department MÃ] [--procedure MÃ] [--from NGÀY] [--to NGÀY] [--overdue] [--due-within GIỜ] [--search CHỮ] [--limit N]</translation>
    </message>
    <message>
        <source>--dossiers N --years Y</source>
        <translation>--dossiers N --years NĂM</translation>
    </message>
    <message>
        <source>%1 dossiers in %2 s (%3 a second): %4 returned, %5 still in progress, %6 handled slowly, %7 paused (supplement or fee), %8 extended, %9 refused, %10 withdrawn, %11 stopped.</source>
        <translation>%1 hồ sơ trong %2 giây (%3 hồ sơ/giây): %4 đã trả kết quả, %5 đang giải quyết, %6 xử lý chậm, %7 tạm dừng (bổ sung hoặc nghĩa vụ tài chính), %8 gia hạn, %9 từ chối, %10 rút hồ sơ, %11 dừng giải quyết.</translation>
    </message>
    <message>
        <source>FORM CODE --pdf FILE (FORM: receipt, supplement, refusal, apology, stop, control-slip) | register --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE</source>
        <translation>MẪU MÃ_HỒ_SƠ --pdf TỆP (MẪU: receipt, supplement, refusal, apology, stop, control-slip) | register --from YYYY-MM-DD --to YYYY-MM-DD --pdf TỆP: in mẫu ra PDF</translation>
    </message>
    <message>
        <source>export|import FORM FILE | reset FORM | list: the printed forms&apos; templates</source>
        <translation>export|import MẪU TỆP | reset MẪU | list: mẫu in của các biểu mẫu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: motcua-cli print FORM CODE --pdf FILE | motcua-cli print register --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE</source>
        <translation>Cách dùng: motcua-cli print MẪU MÃ_HỒ_SƠ --pdf TỆP | motcua-cli print register --from YYYY-MM-DD --to YYYY-MM-DD --pdf TỆP</translation>
    </message>
    <message>
        <source>print register takes no dossier code, only --from and --to.</source>
        <translation>print register không nhận mã hồ sơ, chỉ nhận --from và --to.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli print FORM CODE --pdf FILE</source>
        <translation>Cách dùng: motcua-cli print MẪU MÃ_HỒ_SƠ --pdf TỆP</translation>
    </message>
    <message>
        <source>Usage: motcua-cli template export|import FORM FILE | template reset FORM | template list</source>
        <translation>Cách dùng: motcua-cli template export|import MẪU TỆP | template reset MẪU | template list</translation>
    </message>
    <message>
        <source>agency&apos;s, loaded %1 by %2</source>
        <translation>của cơ quan, nạp lúc %1 bởi %2</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mẫu gốc</translation>
    </message>
    <message>
        <source>%1: the shipped template is in use again.</source>
        <translation>%1: đã dùng lại mẫu gốc.</translation>
    </message>
    <message>
        <source>%1: written to %2.</source>
        <translation>%1: đã ghi ra %2.</translation>
    </message>
    <message>
        <source>%1: the template of %2 is in use.</source>
        <translation>%1: đang dùng mẫu in từ %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of clerk, specialist, head, leader, admin.</source>
        <translation>&quot;%1&quot; không phải một trong clerk, specialist, head, leader, admin.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Không có phòng ban %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; không phải là ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Năm phải trong khoảng %1 – %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>&quot;%1&quot; không phải thời điểm dạng &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>%1 is before the first supported lunar year.</source>
        <translation>Ngày %1 trước năm âm lịch đầu tiên được hỗ trợ.</translation>
    </message>
    <message>
        <source>The lunar year %1 has no leap month.</source>
        <translation>Năm âm lịch %1 không có tháng nhuận.</translation>
    </message>
    <message>
        <source>Month %1 of %2 is not a leap month (the leap month is %3).</source>
        <translation>Tháng %1 năm %2 không phải tháng nhuận (tháng nhuận là tháng %3).</translation>
    </message>
    <message>
        <source>Day %1 does not exist in lunar month %2%3 of %4 (it has %5 days).</source>
        <translation>Không có ngày %1 trong tháng %2%3 âm lịch năm %4 (tháng này có %5 ngày).</translation>
    </message>
    <message>
        <source>There is no database at %1 (create one with &quot;motcua-cli init&quot;).</source>
        <translation>Không có cơ sở dữ liệu tại %1 (tạo bằng lệnh &quot;motcua-cli init&quot;).</translation>
    </message>
    <message>
        <source>Wrong login or password for %1 (set MOTCUA_PASSWORD).</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu của %1 (đặt MOTCUA_PASSWORD).</translation>
    </message>
    <message>
        <source>The administrator&apos;s password needs at least 8 characters (set MOTCUA_PASSWORD or type it at the prompt).</source>
        <translation>Mật khẩu quản trị viên cần ít nhất 8 ký tự (đặt MOTCUA_PASSWORD hoặc gõ khi được hỏi).</translation>
    </message>
    <message>
        <source>From 1 to 5000000.</source>
        <translation>Từ 1 đến 5000000.</translation>
    </message>
    <message>
        <source>From 1 to 30.</source>
        <translation>Từ 1 đến 30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not N or N:COUNT (e.g. 1,2:3).</source>
        <translation>&quot;%1&quot; không có dạng N hoặc N:SỐ-LƯỢNG (ví dụ 1,2:3).</translation>
    </message>
    <message>
        <source>Give the procedure code.</source>
        <translation>Cho biết mã thủ tục.</translation>
    </message>
    <message>
        <source>A date YYYY-MM-DD.</source>
        <translation>Ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Counter or post.</source>
        <translation>Counter (tại quầy) hoặc post (bưu chính).</translation>
    </message>
    <message>
        <source>Counter, online or post.</source>
        <translation>Counter, online hoặc post.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Một số nguyên.</translation>
    </message>
    <message>
        <source>An amount in VND, digits only.</source>
        <translation>Số tiền (đồng), chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>A moment &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Thời điểm dạng &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>Supplement, financial, verification or other.</source>
        <translation>Supplement (bổ sung), financial (nghĩa vụ tài chính), verification (xác minh) hoặc other (khác).</translation>
    </message>
    <message>
        <source>Codes from 1 to 10, e.g. 2,4.</source>
        <translation>Mã từ 1 đến 10, ví dụ 2,4.</translation>
    </message>
    <message>
        <source>A whole number from 1.</source>
        <translation>Số nguyên từ 1.</translation>
    </message>
    <message>
        <source>A number of working hours above 0.</source>
        <translation>Số giờ làm việc lớn hơn 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form; one of %2.</source>
        <translation>&quot;%1&quot; không phải là một mẫu; chọn một trong %2.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Không có tùy chọn này.</translation>
    </message>
    <message>
        <source>This option does not apply to &quot;%1&quot;.</source>
        <translation>Tùy chọn này không dùng được với lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see motcua-cli help).</source>
        <translation>Không có lệnh &quot;%1&quot; (xem motcua-cli help).</translation>
    </message>
    <message>
        <source>CODE --to LOGIN [--note …]</source>
        <translation>MÃ-HỒ-SƠ --to TÊN-ĐĂNG-NHẬP [--note …]</translation>
    </message>
    <message>
        <source>Supplement request %1 recorded.</source>
        <translation>Đã lập phiếu yêu cầu bổ sung số %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date DD/MM/YYYY (or YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; không phải ngày dạng DD/MM/YYYY (hoặc YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not field or procedure.</source>
        <translation>&quot;%1&quot; không phải field (lĩnh vực) hay procedure (thủ tục).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not table, csv or xlsx.</source>
        <translation>&quot;%1&quot; không phải table, csv hay xlsx.</translation>
    </message>
    <message>
        <source>--format csv or xlsx needs --output FILE, and only they do.</source>
        <translation>--format csv hoặc xlsx cần --output TỆP, và chỉ hai dạng này mới cần.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message>
        <source>A number of working hours, 0 or more.</source>
        <translation>Số giờ làm việc, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>%1 may see the overdue dossiers of their own department only.</source>
        <translation>%1 chỉ được xem hồ sơ quá hạn của phòng mình.</translation>
    </message>
    <message>
        <source>Overdue and due soon at %1: %2 overdue, %3 due within %4 working hours</source>
        <translation>Quá hạn và sắp đến hạn lúc %1: %2 quá hạn, %3 đến hạn trong %4 giờ làm việc</translation>
    </message>
    <message>
        <source>B%1 · %2</source>
        <translation>B%1 · %2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>chưa phân công</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>trễ %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>%1 may not see the agency&apos;s reports: they need the role head, leader or administrator.</source>
        <translation>%1 không được xem báo cáo của cơ quan: cần vai trò trưởng phòng, lãnh đạo hoặc quản trị.</translation>
    </message>
    <message>
        <source>Give one output: --csv, --xlsx or --pdf.</source>
        <translation>Chỉ chọn một đầu ra: --csv, --xlsx hoặc --pdf.</translation>
    </message>
    <message>
        <source>%1 may not see the per-person report: it needs the role leader or administrator.</source>
        <translation>%1 không được xem báo cáo theo từng người: cần vai trò lãnh đạo hoặc quản trị.</translation>
    </message>
    <message>
        <source>Steps finished from %1 to %2 (late), and dossiers overdue now, by person</source>
        <translation>Số bước đã xử lý từ %1 đến %2 (số bước trễ) và số hồ sơ đang quá hạn, theo từng người</translation>
    </message>
    <message>
        <source>%1 online submissions wait in the queue.</source>
        <translation>%1 hồ sơ trực tuyến đang chờ tiếp nhận.</translation>
    </message>
    <message>
        <source>FILE…: online submissions (JSON) into the queue</source>
        <translation>TỆP…: đưa hồ sơ nộp trực tuyến (JSON) vào hàng chờ</translation>
    </message>
    <message>
        <source>[list | log | import | inbox [DIR] | accept ID [--fee N] | refuse ID --reason … | supplement ID --missing 1,3 [--guidance …]]: the online submission queue</source>
        <translation>[list | log | import | inbox [THƯ_MỤC] | accept ID [--fee N] | refuse ID --reason … | supplement ID --missing 1,3 [--guidance …]]: hàng chờ hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>replaced the waiting submission</source>
        <translation>đã thay hồ sơ đang chờ</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>đã nhận trước đó</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>đã để riêng</translation>
    </message>
    <message>
        <source>Usage: motcua-cli online %1 ID (the number the queue lists).</source>
        <translation>Cách dùng: motcua-cli online %1 ID (số thứ tự trong hàng chờ).</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 ngày %2 giờ %3 phút</translation>
    </message>
    <message>
        <source>No online submission is waiting.</source>
        <translation>Không có hồ sơ trực tuyến nào đang chờ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of the procedure (1 to %2).</source>
        <translation>&quot;%1&quot; không phải giấy tờ của thủ tục (1 đến %2).</translation>
    </message>
    <message>
        <source>Usage: motcua-cli submit FILE… (online submissions)</source>
        <translation>Cách dùng: motcua-cli submit TỆP… (hồ sơ nộp trực tuyến)</translation>
    </message>
    <message>
        <source>No online inbox folder is set.</source>
        <translation>Chưa chọn thư mục nhận hồ sơ trực tuyến.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not list, log, import, inbox, accept, refuse or supplement.</source>
        <translation>&quot;%1&quot; không phải list, log, import, inbox, accept, refuse hay supplement.</translation>
    </message>
    <message>
        <source>An amount in đồng, from 0.</source>
        <translation>Số tiền bằng đồng, từ 0.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bị khóa đến %1</translation>
    </message>
    <message>
        <source>Usage: motcua-cli users add LOGIN --name &quot;FULL NAME&quot; --roles clerk,head --department CODE | edit LOGIN [--name …] [--roles …] [--department CODE] | disable|enable|unlock|reset-password LOGIN | list | log</source>
        <translation>Cách dùng: motcua-cli users add LOGIN --name &quot;HỌ TÊN&quot; --roles clerk,head --department MÃ | edit LOGIN [--name …] [--roles …] [--department MÃ] | disable|enable|unlock|reset-password LOGIN | list | log</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Đã kích hoạt người dùng %1.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>Đã vô hiệu hóa người dùng %1.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>Đã mở khóa người dùng %1.</translation>
    </message>
    <message>
        <source>Temporary password of %1: %2 (to be changed at the next sign-in).</source>
        <translation>Mật khẩu tạm thời của %1: %2 (phải đổi ở lần đăng nhập tới).</translation>
    </message>
    <message>
        <source>Password of %1 reset (to be changed at the next sign-in).</source>
        <translation>Đã đặt lại mật khẩu của %1 (phải đổi ở lần đăng nhập tới).</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>Đã sửa người dùng %1.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli password [--as LOGIN]</source>
        <translation>Cách dùng: motcua-cli password [--as LOGIN]</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Mật khẩu hiện tại: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>%1: %2 %3, taken %4, schema %5, %6 dossiers.</source>
        <translation>%1: %2 %3, sao lưu lúc %4, lược đồ %5, %6 hồ sơ.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli backup FILE | backup --auto</source>
        <translation>Cách dùng: motcua-cli backup TỆP | backup --auto</translation>
    </message>
    <message>
        <source>Usage: motcua-cli verify-backup FILE</source>
        <translation>Cách dùng: motcua-cli verify-backup TỆP</translation>
    </message>
    <message>
        <source>Usage: motcua-cli restore FILE</source>
        <translation>Cách dùng: motcua-cli restore TỆP</translation>
    </message>
    <message>
        <source>Restored %1 dossiers from %2; the replaced database is kept as %3.</source>
        <translation>Đã khôi phục %1 hồ sơ từ %2; cơ sở dữ liệu bị thay được giữ lại tại %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Usage: motcua-cli setting [KEY [VALUE]]</source>
        <translation>Cách dùng: motcua-cli setting [KHÓA [GIÁ TRỊ]]</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>Không có thiết lập %1.</translation>
    </message>
    <message>
        <source>%1 must change the temporary password first (motcua-cli password).</source>
        <translation>%1 phải đổi mật khẩu tạm thời trước (motcua-cli password).</translation>
    </message>
    <message>
        <source>add LOGIN --name N --roles R,R --department CODE | edit LOGIN [--name N] [--roles R,R] [--department CODE] | disable|enable|unlock|reset-password LOGIN | list | log: the users and the sign-in log</source>
        <translation>add LOGIN --name N --roles R,R --department MÃ | edit LOGIN [--name N] [--roles R,R] [--department MÃ] | disable|enable|unlock|reset-password LOGIN | list | log: người dùng và nhật ký đăng nhập</translation>
    </message>
    <message>
        <source>one&apos;s own password: the current in MOTCUA_PASSWORD, the new in MOTCUA_NEW_PASSWORD</source>
        <translation>đổi mật khẩu của chính mình: mật khẩu hiện tại trong MOTCUA_PASSWORD, mật khẩu mới trong MOTCUA_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>FILE | --auto: a verified copy of the database (--auto: into the configured folder, keeping the last days and months; for cron)</source>
        <translation>TỆP | --auto: bản sao đã kiểm tra của cơ sở dữ liệu (--auto: vào thư mục đã cấu hình, giữ các ngày và các tháng gần nhất; dùng cho cron)</translation>
    </message>
    <message>
        <source>FILE: check a backup and say what it holds</source>
        <translation>TỆP: kiểm tra một bản sao lưu và cho biết nội dung</translation>
    </message>
    <message>
        <source>FILE: replace the database by a backup (the replaced one is kept aside)</source>
        <translation>TỆP: thay cơ sở dữ liệu bằng một bản sao lưu (bản bị thay được giữ lại)</translation>
    </message>
    <message>
        <source>[KEY [VALUE]]: the agency&apos;s settings (lockout.attempts, lockout.minutes, backup.folder, backup.keep_daily, backup.keep_monthly)</source>
        <translation>[KHÓA [GIÁ TRỊ]]: thiết lập của cơ quan (lockout.attempts, lockout.minutes, backup.folder, backup.keep_daily, backup.keep_monthly)</translation>
    </message>
    <message>
        <source>Usage: motcua-cli copy --from FILE|URL --to URL|FILE</source>
        <translation>Cách dùng: motcua-cli copy --from TỆP|URL --to URL|TỆP</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Không có cơ sở dữ liệu nào tại %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>bản chép</translation>
    </message>
    <message>
        <source>SHA-256 (source = copy)</source>
        <translation>SHA-256 (nguồn = bản chép)</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables copied in %3 s; every table&apos;s rows and digest are the same on both sides.</source>
        <translation>Đã chép %1 dòng của %2 bảng trong %3 giây; số dòng và mã băm của mọi bảng giống nhau ở hai bên.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli migrate --db URL|FILE</source>
        <translation>Cách dùng: motcua-cli migrate --db URL|TỆP</translation>
    </message>
    <message>
        <source>%1 is at schema %2.</source>
        <translation>%1 đang ở lược đồ %2.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli grant ROLE --db postgresql://OWNER@…</source>
        <translation>Cách dùng: motcua-cli grant VAI_TRÒ --db postgresql://CHỦ_SỞ_HỮU@…</translation>
    </message>
    <message>
        <source>%1 may now read and write the rows of %2, only add to its histories (%3), and not change its schema.</source>
        <translation>%1 nay được đọc và ghi các dòng của %2, chỉ được thêm vào các nhật ký (%3) và không được thay đổi lược đồ.</translation>
    </message>
    <message>
        <source>--from FILE|URL --to URL|FILE: copy every table into an empty database (a file to the office&apos;s server), then compare each table&apos;s rows and digest</source>
        <translation>--from TỆP|URL --to URL|TỆP: chép mọi bảng vào một cơ sở dữ liệu trống (từ tệp lên máy chủ của cơ quan), rồi so số dòng và mã băm của từng bảng</translation>
    </message>
    <message>
        <source>bring the schema up to this version (on the server: as the owner)</source>
        <translation>nâng lược đồ lên phiên bản này (trên máy chủ: với vai trò chủ sở hữu)</translation>
    </message>
    <message>
        <source>ROLE: as the server database&apos;s owner, give the application&apos;s role its rights (rows, not the schema; the histories only added to)</source>
        <translation>VAI_TRÒ: với vai trò chủ sở hữu cơ sở dữ liệu trên máy chủ, cấp quyền cho vai trò của ứng dụng (các dòng, không phải lược đồ; nhật ký chỉ được thêm vào)</translation>
    </message>
    <message>
        <source>[ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv FILE | --xlsx FILE | --pdf FILE]: form II.06a of a period | overdue [--department CODE] [--within HOURS]: the overdue and due soon | people --from D --to D: steps finished and late, overdue now, by person | steps --from D --to D: each process step, where lateness starts first; overdue, people and steps: --json, --csv, --xlsx or --pdf FILE too</source>
        <translation>[ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv TỆP | --xlsx TỆP | --pdf TỆP]: biểu II.06a của một kỳ | overdue [--department MÃ] [--within GIỜ]: hồ sơ quá hạn và sắp đến hạn | people --from NGÀY --to NGÀY: số bước đã xử lý, số bước trễ và hồ sơ đang quá hạn của từng người | steps --from NGÀY --to NGÀY: từng bước quy trình, bước bắt đầu chậm trễ xếp trước; overdue, people và steps: cũng --json, --csv, --xlsx hoặc --pdf TỆP</translation>
    </message>
    <message>
        <source>Usage: motcua-cli report [ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv FILE | --xlsx FILE | --pdf FILE] | report overdue [--department CODE] [--within HOURS] | report people|steps --from D --to D; overdue, people and steps take --json, --csv FILE, --xlsx FILE or --pdf FILE too</source>
        <translation>Cách dùng: motcua-cli report [ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv TỆP | --xlsx TỆP | --pdf TỆP] | report overdue [--department MÃ] [--within GIỜ] | report people|steps --from NGÀY --to NGÀY; overdue, people và steps cũng nhận --json, --csv TỆP, --xlsx TỆP hoặc --pdf TỆP</translation>
    </message>
    <message>
        <source>Catalogue imported: %1 departments, %2 procedures (%3 added, %4 changed).</source>
        <translation>Đã nhập danh mục: %1 phòng ban, %2 thủ tục (thêm %3, sửa %4).</translation>
    </message>
    <message>
        <source>--kind must be day-off, substitute or workday.</source>
        <translation>--kind phải là day-off, substitute hoặc workday.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Stored; due moments moved: %1.</source>
        <translation>Đã lưu; số hạn trả đã dời: %1.</translation>
    </message>
    <message>
        <source>Preview only, nothing stored (due moments that would move: %1): add --yes to apply.</source>
        <translation>Chỉ xem trước, chưa lưu gì (số hạn trả sẽ dời: %1): thêm --yes để áp dụng.</translation>
    </message>
    <message>
        <source>add FROM [TO] --kind K --name N [--source S] | remove DATE | confirm YEAR | import FILE | hours SESSIONS | export YEAR FILE [--yes]: change the working calendar (without --yes: only the moved due moments)</source>
        <translation>add TỪ [ĐẾN] --kind K --name TÊN [--source NGUỒN] | remove NGÀY | confirm NĂM | import TỆP | hours BUỔI | export NĂM TỆP [--yes]: sửa lịch làm việc (không có --yes: chỉ xem các hạn trả sẽ dời)</translation>
    </message>
    <message>
        <source>[--backup FILE]: walk the histories&apos; hash chains and check every dossier against its events (and the database against a backup&apos;s recorded heads); exit 4 when something was changed outside MotCua</source>
        <translation>[--backup TỆP]: duyệt chuỗi băm của các nhật ký và đối chiếu từng hồ sơ với các sự kiện của nó (và đối chiếu cơ sở dữ liệu với đầu chuỗi ghi trong bản sao lưu); mã thoát 4 khi có thay đổi ngoài MotCua</translation>
    </message>
    <message>
        <source>Usage: motcua-cli verify [--db FILE|URL] [--backup FILE] [--json]</source>
        <translation>Cách dùng: motcua-cli verify [--db TỆP|URL] [--backup TỆP] [--json]</translation>
    </message>
    <message>
        <source>verify: %1 history entries and %2 dossiers in %3 s (%4 entries/s, %5 dossiers/s)</source>
        <translation>verify: %1 mục lịch sử và %2 hồ sơ trong %3 giây (%4 mục/giây, %5 hồ sơ/giây)</translation>
    </message>
    <message>
        <source>The histories and the %1 dossiers verify: nothing was changed behind the application&apos;s back.</source>
        <translation>Lịch sử và %1 hồ sơ đều khớp: không có gì bị thay đổi ngoài ứng dụng.</translation>
    </message>
    <message>
        <source>%1 findings: the database was changed outside MotCua.</source>
        <translation>%1 phát hiện: cơ sở dữ liệu đã bị thay đổi ngoài MotCua.</translation>
    </message>
    <message>
        <source>seed-demo: %1 dossiers into a new temporary SQLite file</source>
        <translation>seed-demo: %1 hồ sơ vào một tệp SQLite tạm mới</translation>
    </message>
    <message>
        <source>%1 dossiers/s</source>
        <translation>%1 hồ sơ/giây</translation>
    </message>
    <message>
        <source>window start-up to the list&apos;s first page, as %1</source>
        <translation>khởi động cửa sổ đến trang đầu danh sách, với %1</translation>
    </message>
    <message>
        <source>window memory after the list and the dashboard</source>
        <translation>bộ nhớ cửa sổ sau danh sách và bảng theo dõi</translation>
    </message>
    <message>
        <source>%1 did not start (%2)</source>
        <translation>%1 không khởi động được (%2)</translation>
    </message>
    <message>
        <source>%1 showed no list within 60 s</source>
        <translation>%1 không hiện danh sách trong 60 giây</translation>
    </message>
    <message>
        <source>VmRSS %1 MB, VmHWM %2 MB</source>
        <translation>VmRSS %1 MB, VmHWM %2 MB</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>không đo được: %1</translation>
    </message>
    <message>
        <source>From 1 to %1.</source>
        <translation>Từ 1 đến %1.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli bench --db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN] [--json]</source>
        <translation>Cách dùng: motcua-cli bench --db TỆP|URL [--runs N] [--dossiers N] [--as TÊN] [--gui-as TÊN] [--json]</translation>
    </message>
    <message>
        <source>There is no dossier to measure (motcua-cli seed-demo).</source>
        <translation>Chưa có hồ sơ nào để đo (motcua-cli seed-demo).</translation>
    </message>
    <message>
        <source>%1: %2 dossiers, %3, %4 runs, %5, load %6 on %7 cores</source>
        <translation>%1: %2 hồ sơ, %3, %4 lần chạy, %5, tải %6 trên %7 lõi</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>thao tác</translation>
    </message>
    <message>
        <source>median</source>
        <translation>trung vị</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>app÷SQL</source>
        <translation>ƯD÷SQL</translation>
    </message>
    <message>
        <source>(ms; SQL: the same statements through the C API)</source>
        <translation>(ms; SQL: cùng các câu lệnh qua API C)</translation>
    </message>
    <message>
        <source>--db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN]: time each operation (median, 99th percentile) beside its plain SQL, seed-demo of N dossiers into a temporary file, and the window&apos;s start-up and memory; intake adds dossiers to this database</source>
        <translation>--db TỆP|URL [--runs N] [--dossiers N] [--as TÊN] [--gui-as TÊN]: đo thời gian từng thao tác (trung vị, phân vị 99) bên cạnh SQL thuần của nó, seed-demo N hồ sơ vào một tệp tạm, khởi động và bộ nhớ của cửa sổ; phép tiếp nhận thêm hồ sơ vào cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Preview only, nothing was written: import without --dry-run to apply.</source>
        <translation>Chỉ xem trước, không ghi gì: nhập lại không có --dry-run để áp dụng.</translation>
    </message>
    <message>
        <source>Preview only, nothing was written: the import would be refused.</source>
        <translation>Chỉ xem trước, không ghi gì: lần nhập này sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>The rights of %1 were set again on every table.</source>
        <translation>Đã đặt lại quyền của %1 trên mọi bảng.</translation>
    </message>
    <message>
        <source>import FILE [--dry-run] | export FILE: the procedures catalogue (--dry-run: what the import would add, change, leave and refuse; nothing written)</source>
        <translation>import TỆP [--dry-run] | export TỆP: danh mục thủ tục (--dry-run: lần nhập sẽ thêm, sửa, giữ nguyên và từ chối những gì; không ghi gì)</translation>
    </message>
    <message>
        <source>%1: %2 errors (each above), nothing was imported.</source>
        <translation>%1: %2 lỗi (từng lỗi ở trên), không nhập gì.</translation>
    </message>
    <message>
        <source>register: %1 of %2 dossiers, %3 pages</source>
        <translation>sổ theo dõi hồ sơ: %1/%2 hồ sơ, %3 trang</translation>
    </message>
    <message>
        <source>%1: %2 (%3 dossiers, %4 pages)</source>
        <translation>%1: %2 (%3 hồ sơ, %4 trang)</translation>
    </message>
</context>
<context>
    <name>motcua::cli::Bench</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message>
        <source>all dossiers: first page</source>
        <translation>tất cả hồ sơ: trang đầu</translation>
    </message>
    <message>
        <source>all dossiers: total</source>
        <translation>tất cả hồ sơ: tổng số</translation>
    </message>
    <message>
        <source>department %1 + status %2</source>
        <translation>phòng %1 + trạng thái %2</translation>
    </message>
    <message>
        <source>%1: first page</source>
        <translation>%1: trang đầu</translation>
    </message>
    <message>
        <source>%1: total</source>
        <translation>%1: tổng số</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;: first page</source>
        <translation>tìm &quot;%1&quot;: trang đầu</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;: total</source>
        <translation>tìm &quot;%1&quot;: tổng số</translation>
    </message>
    <message>
        <source>code lookup %1</source>
        <translation>tra mã %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>không thấy</translation>
    </message>
    <message>
        <source>found</source>
        <translation>có</translation>
    </message>
    <message>
        <source>open a dossier with its history</source>
        <translation>mở một hồ sơ cùng lịch sử</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 sự kiện</translation>
    </message>
    <message>
        <source>dashboard: counts and overdue list</source>
        <translation>bảng theo dõi: số đếm và danh sách quá hạn</translation>
    </message>
    <message>
        <source>%1 groups, %2 overdue</source>
        <translation>%1 nhóm, %2 quá hạn</translation>
    </message>
    <message>
        <source>form II.06a, quarter %1–%2</source>
        <translation>biểu II.06a, quý %1–%2</translation>
    </message>
    <message>
        <source>%1 dossiers handled</source>
        <translation>%1 hồ sơ đã xử lý</translation>
    </message>
    <message>
        <source>intake of one dossier, committed here, as %1</source>
        <translation>tiếp nhận một hồ sơ, ghi vào đây, với %1</translation>
    </message>
    <message>
        <source>%1 dossiers added</source>
        <translation>đã thêm %1 hồ sơ</translation>
    </message>
    <message>
        <source>register (Mẫu 07) as PDF, month %1</source>
        <translation>sổ theo dõi hồ sơ (Mẫu 07) ra PDF, tháng %1</translation>
    </message>
    <message>
        <source>%1 dossiers, %2 pages, %3 kB, peak memory +%4 MB</source>
        <translation>%1 hồ sơ, %2 trang, %3 kB, bộ nhớ đỉnh +%4 MB</translation>
    </message>
</context>
<context>
    <name>motcua::cli::ProgressLine</name>
    <message>
        <source>verify: %1 %2 / %3</source>
        <translation>verify: %1 %2 / %3</translation>
    </message>
</context>
<context>
    <name>motcua::dossier</name>
    <message>
        <source>Submitted online, not yet accepted</source>
        <translation>Nộp trực tuyến, chưa tiếp nhận</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối giải quyết</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Công dân rút hồ sơ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation>yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>financial obligation</source>
        <translation>nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>xác minh</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>lý do khác</translation>
    </message>
    <message>
        <source>early</source>
        <translation>trước hạn</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Chuyển bước</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Tiếp tục giải quyết</translation>
    </message>
    <message>
        <source>Extended with apology</source>
        <translation>Gia hạn, xin lỗi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Step %1 → %2</source>
        <translation>Bước %1 → %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Result of the step</source>
        <translation>Kết quả của bước</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Hạn cũ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <source>Paused working time</source>
        <translation>Thời gian làm việc tạm dừng</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>the count restarts from zero</source>
        <translation>đếm lại thời hạn từ đầu</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>tại quầy</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>qua bưu chính</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>Nộp trực tuyến</translation>
    </message>
    <message>
        <source>Submitted online again</source>
        <translation>Nộp lại trực tuyến</translation>
    </message>
    <message>
        <source>Supplement requested before acceptance (Mẫu 02)</source>
        <translation>Yêu cầu bổ sung trước khi tiếp nhận (Mẫu 02)</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>Số hồ sơ trên cổng</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Nộp lúc</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>accepted from the online queue</source>
        <translation>tiếp nhận từ hàng chờ trực tuyến</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Due moment moved by a calendar change</source>
        <translation>Hạn trả dời do thay đổi lịch làm việc</translation>
    </message>
    <message>
        <source>Calendar change</source>
        <translation>Thay đổi lịch</translation>
    </message>
</context>
<context>
    <name>motcua::dossier::StateFromHistory</name>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>it has no event that received or submitted it</source>
        <translation>không có sự kiện tiếp nhận hay nộp trực tuyến nào</translation>
    </message>
    <message>
        <source>its status is %1 (%2) but its last event &quot;%3&quot; makes it %4 (%5)</source>
        <translation>trạng thái là %1 (%2) nhưng sự kiện cuối &quot;%3&quot; cho trạng thái %4 (%5)</translation>
    </message>
    <message>
        <source>it is marked paused but no pause is running in its history</source>
        <translation>được đánh dấu tạm dừng nhưng lịch sử không có lần tạm dừng nào đang chạy</translation>
    </message>
    <message>
        <source>its history has a pause running but it is not marked paused</source>
        <translation>lịch sử có lần tạm dừng đang chạy nhưng hồ sơ không được đánh dấu tạm dừng</translation>
    </message>
    <message>
        <source>%1 steps are open at once</source>
        <translation>%1 bước đang mở cùng lúc</translation>
    </message>
    <message>
        <source>it is at step %1 but no step is open</source>
        <translation>đang ở bước %1 nhưng không có bước nào đang mở</translation>
    </message>
    <message>
        <source>it is at step %1 but the open step is %2</source>
        <translation>đang ở bước %1 nhưng bước đang mở là %2</translation>
    </message>
    <message>
        <source>its assignee (user %1) is not the open step&apos;s (user %2)</source>
        <translation>người xử lý (người dùng %1) không phải người xử lý của bước đang mở (người dùng %2)</translation>
    </message>
    <message>
        <source>it is closed or waiting online but still has a step or an assignee</source>
        <translation>đã kết thúc hoặc đang chờ trực tuyến nhưng vẫn còn bước hoặc người xử lý</translation>
    </message>
    <message>
        <source>its due moment is %1 but its last event &quot;%2&quot; set %3</source>
        <translation>hạn trả là %1 nhưng sự kiện cuối &quot;%2&quot; đặt hạn %3</translation>
    </message>
</context>
<context>
    <name>motcua::forms</name>
    <message>
        <source>%1 cannot be printed for dossier %2: %3.</source>
        <translation>Không thể in %1 cho hồ sơ %2: %3.</translation>
    </message>
    <message>
        <source>no supplement was requested</source>
        <translation>hồ sơ chưa có yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>its deadline was never extended</source>
        <translation>hồ sơ chưa được gia hạn</translation>
    </message>
    <message>
        <source>it was not refused</source>
        <translation>hồ sơ không bị từ chối</translation>
    </message>
    <message>
        <source>it was not stopped</source>
        <translation>hồ sơ không bị dừng giải quyết</translation>
    </message>
    <message>
        <source>Form 01 – Receipt and appointment</source>
        <translation>Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Form 02 – Supplement request</source>
        <translation>Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Form 03 – Refusal</source>
        <translation>Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Form 04 – Apology and new appointment</source>
        <translation>Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>Form 05 – Stop notice</source>
        <translation>Mẫu 05 – Thông báo dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Form 06 – Process control slip</source>
        <translation>Mẫu 06 – Phiếu kiểm soát quá trình giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Form 07 – Dossier register</source>
        <translation>Mẫu 07 – Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>Only an administrator may change the templates of the forms.</source>
        <translation>Chỉ quản trị viên được thay đổi mẫu in.</translation>
    </message>
    <message>
        <source>the template does not show {{%1}}, which this form must carry.</source>
        <translation>mẫu in không có {{%1}}, là nội dung bắt buộc của biểu mẫu này.</translation>
    </message>
    <message>
        <source>the template does not show the image &quot;%1&quot;, which this form must carry.</source>
        <translation>mẫu in không có hình &quot;%1&quot;, là nội dung bắt buộc của biểu mẫu này.</translation>
    </message>
    <message>
        <source>a tag opened with {{ is not closed with }}.</source>
        <translation>thẻ mở bằng {{ nhưng không đóng bằng }}.</translation>
    </message>
    <message>
        <source>{{%1}} is not a valid tag: names are lower-case letters, digits and _.</source>
        <translation>{{%1}} không phải là thẻ hợp lệ: tên chỉ gồm chữ thường không dấu, chữ số và _.</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation>{{/%1}} đóng một mục chưa được mở.</translation>
    </message>
    <message>
        <source>{{/%1}} found where {{/%2}} (opened on line %3) was expected.</source>
        <translation>gặp {{/%1}} trong khi cần {{/%2}} (mở ở dòng %3).</translation>
    </message>
    <message>
        <source>{{%1}} is not a field of this form.</source>
        <translation>{{%1}} không phải là trường của biểu mẫu này.</translation>
    </message>
    <message>
        <source>the table {{#%1}} cannot be inside another section.</source>
        <translation>bảng {{#%1}} không được nằm trong một mục khác.</translation>
    </message>
    <message>
        <source>{{#%1}} is never closed with {{/%1}}.</source>
        <translation>{{#%1}} không được đóng bằng {{/%1}}.</translation>
    </message>
    <message>
        <source>the template is empty.</source>
        <translation>mẫu in trống.</translation>
    </message>
    <message>
        <source>the template is larger than %1 KB.</source>
        <translation>mẫu in lớn hơn %1 KB.</translation>
    </message>
    <message>
        <source>The register is printed for a period, not for one dossier.</source>
        <translation>Sổ theo dõi được in theo một khoảng thời gian, không theo một hồ sơ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a template.</source>
        <translation>%1 quá lớn để làm mẫu in.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>%1 may not print %2: only %3 may.</source>
        <translation>%1 không được in %2: chỉ %3 mới được in.</translation>
    </message>
    <message>
        <source>online submission %1</source>
        <translation>hồ sơ nộp trực tuyến số %1</translation>
    </message>
    <message>
        <source>submitted online at %1</source>
        <translation>nộp trực tuyến lúc %1</translation>
    </message>
    <message>
        <source>The agency&apos;s template of %1 cannot print it: %2 Load a corrected template or go back to the shipped one.</source>
        <translation>Mẫu in của cơ quan cho %1 không in được sổ: %2 Hãy nạp mẫu in đã sửa hoặc quay về mẫu in có sẵn.</translation>
    </message>
    <message>
        <source>the register&apos;s template has no table of its rows: one row of a table (&lt;tr&gt;) between {{#rows}} and {{/rows}} is printed for each dossier.</source>
        <translation>mẫu in của sổ không có bảng các dòng: mỗi hồ sơ được in thành một dòng của bảng (&lt;tr&gt;) đặt giữa {{#rows}} và {{/rows}}.</translation>
    </message>
    <message>
        <source>line %1: the register&apos;s template has a second {{#rows}}; the register has one table of rows.</source>
        <translation>dòng %1: mẫu in của sổ có {{#rows}} thứ hai; sổ chỉ có một bảng các dòng.</translation>
    </message>
    <message>
        <source>line %1: {{#rows}} is not inside a table (&lt;table&gt;): the register&apos;s rows are printed as the rows of a table, with its head on every page.</source>
        <translation>dòng %1: {{#rows}} không nằm trong một bảng (&lt;table&gt;): các dòng của sổ được in thành các dòng của một bảng, phần đầu bảng lặp lại trên mỗi trang.</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows holds another table; its cells can only hold text.</source>
        <translation>dòng %1: bảng các dòng của sổ chứa một bảng khác; các ô của nó chỉ được chứa chữ.</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows is never closed with &lt;/table&gt;.</source>
        <translation>dòng %1: bảng các dòng của sổ không được đóng bằng &lt;/table&gt;.</translation>
    </message>
    <message>
        <source>line %1: {{/rows}} must close the rows inside their table, before its &lt;/table&gt;.</source>
        <translation>dòng %1: {{/rows}} phải đóng các dòng ngay trong bảng của chúng, trước &lt;/table&gt;.</translation>
    </message>
    <message>
        <source>line %1: {{#rows}} … {{/rows}} must hold one row of the table (&lt;tr&gt;), printed for each dossier; it holds %2.</source>
        <translation>dòng %1: {{#rows}} … {{/rows}} phải chứa một dòng của bảng (&lt;tr&gt;), in cho mỗi hồ sơ; ở đây có %2.</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows has a row after {{/rows}}, which cannot be printed after thousands of rows; put it below the table.</source>
        <translation>dòng %1: bảng các dòng của sổ có một dòng sau {{/rows}}, không thể in sau hàng nghìn dòng; hãy đặt nó bên dưới bảng.</translation>
    </message>
    <message>
        <source>the template&apos;s head</source>
        <translation>phần đầu (&lt;head&gt;) của mẫu in</translation>
    </message>
    <message>
        <source>the part above the table of rows</source>
        <translation>phần phía trên bảng các dòng</translation>
    </message>
    <message>
        <source>the part below the table of rows</source>
        <translation>phần phía dưới bảng các dòng</translation>
    </message>
    <message>
        <source>%1 cannot be filled in on its own (the register is printed in parts: above its table, its table, below it): %2</source>
        <translation>%1 không tự điền được (sổ được in thành từng phần: phía trên bảng, bảng, phía dưới bảng): %2</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows has no head: the row or rows of its titles (&lt;thead&gt;&lt;tr&gt;&lt;th&gt;…) come before {{#rows}}.</source>
        <translation>dòng %1: bảng các dòng của sổ không có phần đầu: dòng tiêu đề các cột (&lt;thead&gt;&lt;tr&gt;&lt;th&gt;…) phải đứng trước {{#rows}}.</translation>
    </message>
    <message>
        <source>a title of the register&apos;s table</source>
        <translation>một tiêu đề của bảng sổ</translation>
    </message>
    <message>
        <source>line %1: a cell of the row between {{#rows}} and {{/rows}} spans columns or rows; each cell of the row is one column.</source>
        <translation>dòng %1: một ô của dòng giữa {{#rows}} và {{/rows}} trải qua nhiều cột hoặc dòng; mỗi ô của dòng là một cột.</translation>
    </message>
    <message>
        <source>a cell of the register&apos;s rows</source>
        <translation>một ô của các dòng sổ</translation>
    </message>
    <message>
        <source>the row between {{#rows}} and {{/rows}} has no cell (&lt;td&gt;).</source>
        <translation>dòng giữa {{#rows}} và {{/rows}} không có ô nào (&lt;td&gt;).</translation>
    </message>
    <message>
        <source>row %1 of the head of the register&apos;s table is %2 columns wide, but the row between {{#rows}} and {{/rows}} has %3 cells; the head&apos;s titles stand over the row&apos;s columns.</source>
        <translation>dòng %1 của phần đầu bảng rộng %2 cột, nhưng dòng giữa {{#rows}} và {{/rows}} có %3 ô; các tiêu đề phải đứng trên đúng các cột của dòng.</translation>
    </message>
    <message>
        <source>line %1: {{^rows}} … {{/rows}} in the table of the register&apos;s rows must hold one row of one cell, the line printed when the period has no dossier.</source>
        <translation>dòng %1: {{^rows}} … {{/rows}} trong bảng các dòng của sổ phải chứa một dòng có một ô, là dòng in ra khi trong kỳ không có hồ sơ nào.</translation>
    </message>
    <message>
        <source>the line of an empty register</source>
        <translation>dòng của sổ không có hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::identity</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The database already has an administrator.</source>
        <translation>Cơ sở dữ liệu đã có quản trị viên.</translation>
    </message>
    <message>
        <source>Receiving clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Chuyên viên thụ lý</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Lãnh đạo phòng</translation>
    </message>
    <message>
        <source>Agency leader</source>
        <translation>Lãnh đạo cơ quan</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>The login needs 3 to 32 characters among a-z, 0-9, dot, dash and underscore.</source>
        <translation>Tên đăng nhập cần từ 3 đến 32 ký tự gồm a-z, 0-9, dấu chấm, gạch ngang và gạch dưới.</translation>
    </message>
    <message>
        <source>The full name is missing.</source>
        <translation>Thiếu họ tên.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Người dùng cần ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>Tên đăng nhập %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>There is no such department.</source>
        <translation>Không có phòng ban này.</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>Thiếu địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>The e-mail address must not contain spaces.</source>
        <translation>Địa chỉ thư điện tử không được có khoảng trắng.</translation>
    </message>
    <message>
        <source>The e-mail address is too long (at most %1 characters).</source>
        <translation>Địa chỉ thư điện tử quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <source>The e-mail address must contain exactly one @.</source>
        <translation>Địa chỉ thư điện tử phải có đúng một ký tự @.</translation>
    </message>
    <message>
        <source>The e-mail address needs a name before the @.</source>
        <translation>Địa chỉ thư điện tử cần có tên trước @.</translation>
    </message>
    <message>
        <source>The part after the @ must be a domain such as example.gov.vn.</source>
        <translation>Phần sau @ phải là tên miền, ví dụ example.gov.vn.</translation>
    </message>
    <message>
        <source>The identity number is missing.</source>
        <translation>Thiếu số định danh cá nhân.</translation>
    </message>
    <message>
        <source>The identity number may contain only digits, without spaces or other signs.</source>
        <translation>Số định danh chỉ gồm chữ số, không có khoảng trắng hay ký hiệu khác.</translation>
    </message>
    <message>
        <source>The identity number must have 12 digits (9 for an old ID card).</source>
        <translation>Số định danh phải có 12 chữ số (9 chữ số với CMND cũ).</translation>
    </message>
    <message>
        <source>The identity number must have 12 digits.</source>
        <translation>Số định danh phải có 12 chữ số.</translation>
    </message>
    <message>
        <source>The first three digits must be a province code from 001 to 096.</source>
        <translation>Ba chữ số đầu phải là mã tỉnh từ 001 đến 096.</translation>
    </message>
    <message>
        <source>The fourth digit (century and sex) must be from 0 to 5.</source>
        <translation>Chữ số thứ tư (thế kỷ và giới tính) phải từ 0 đến 5.</translation>
    </message>
    <message>
        <source>The identity number is of someone born in %1, but the date of birth is in %2.</source>
        <translation>Số định danh của người sinh năm %1, nhưng ngày sinh lại là năm %2.</translation>
    </message>
    <message>
        <source>The phone number is missing.</source>
        <translation>Thiếu số điện thoại.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, a leading + and single spaces, dots or dashes between groups of digits.</source>
        <translation>Số điện thoại chỉ gồm chữ số, dấu + ở đầu và một khoảng trắng, dấu chấm hoặc gạch ngang giữa các nhóm số.</translation>
    </message>
    <message>
        <source>Not a Vietnamese phone number: a mobile has 10 digits starting with 03, 05, 07, 08 or 09, a landline 11 digits starting with 02.</source>
        <translation>Không phải số điện thoại Việt Nam: số di động có 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định có 11 chữ số bắt đầu bằng 02.</translation>
    </message>
    <message>
        <source>The tax code is missing.</source>
        <translation>Thiếu mã số thuế.</translation>
    </message>
    <message>
        <source>Write a branch&apos;s tax code with a dash before the last three digits, e.g. 0100109106-001.</source>
        <translation>Mã số thuế chi nhánh viết có gạch ngang trước ba chữ số cuối, ví dụ 0100109106-001.</translation>
    </message>
    <message>
        <source>The branch number after the dash must be from 001 to 999.</source>
        <translation>Số chi nhánh sau gạch ngang phải từ 001 đến 999.</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, 13 written as 0100109106-001 for a branch or 12 (the identity number) for a person.</source>
        <translation>Mã số thuế có 10 chữ số; chi nhánh 13 chữ số viết dạng 0100109106-001; cá nhân dùng số định danh 12 chữ số.</translation>
    </message>
    <message>
        <source>The tax code is not valid (its check digit does not match); please check the number.</source>
        <translation>Mã số thuế không hợp lệ (chữ số kiểm tra không khớp); vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Mật khẩu mới trùng với mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Mật khẩu cần ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>Mật khẩu không được trùng với tên đăng nhập.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins, until %1. Wait, or ask the administrator to unlock it.</source>
        <translation>Tài khoản bị khóa do đăng nhập sai quá nhiều lần, đến %1. Hãy chờ, hoặc nhờ quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Chỉ quản trị viên mới được quản lý người dùng.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation>Tài khoản %1 đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>Bạn không thể tự bỏ vai trò quản trị viên của mình.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>The user %1 is already enabled.</source>
        <translation>Người dùng %1 đang hoạt động.</translation>
    </message>
    <message>
        <source>The user %1 is already disabled.</source>
        <translation>Người dùng %1 đã bị vô hiệu hóa từ trước.</translation>
    </message>
    <message>
        <source>The user %1 is not locked.</source>
        <translation>Người dùng %1 không bị khóa.</translation>
    </message>
</context>
<context>
    <name>motcua::identity::BirthDate</name>
    <message>
        <source>Write the date of birth as day/month/year, e.g. 12/05/1990.</source>
        <translation>Hãy ghi ngày sinh theo ngày/tháng/năm, ví dụ 12/05/1990.</translation>
    </message>
    <message>
        <source>There is no month %1: the month goes from 1 to 12.</source>
        <translation>Không có tháng %1: tháng chỉ từ 1 đến 12.</translation>
    </message>
    <message>
        <source>%1/%2 has no day %3: %4 does not exist.</source>
        <translation>Tháng %1/%2 không có ngày %3: không có ngày %4.</translation>
    </message>
    <message>
        <source>The date of birth %1 is after today (%2).</source>
        <translation>Ngày sinh %1 sau ngày hôm nay (%2).</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900.</source>
        <translation>Ngày sinh %1 trước năm 1900.</translation>
    </message>
</context>
<context>
    <name>motcua::online::OnlineInbox</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The online inbox folder &quot;%1&quot; does not exist.</source>
        <translation>Thư mục nhận hồ sơ trực tuyến &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>The online inbox folder &quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được thư mục nhận hồ sơ trực tuyến &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 already known, %3 set aside</source>
        <translation>
            <numerusform>%n tệp: %1 đã nhận, %2 đã có, %3 để riêng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::online::OnlineQueueService</name>
    <message>
        <source>import online submissions</source>
        <translation>nhận hồ sơ nộp trực tuyến</translation>
    </message>
    <message>
        <source>work the online submission queue</source>
        <translation>xử lý hàng chờ hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>The submission is dated %1, after now.</source>
        <translation>Hồ sơ ghi thời điểm nộp %1, sau thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>Procedure %1 has no process in force: it cannot be received now.</source>
        <translation>Thủ tục %1 không có quy trình đang áp dụng: chưa tiếp nhận được.</translation>
    </message>
    <message>
        <source>The same file was imported before.</source>
        <translation>Tệp này đã được nhận trước đó.</translation>
    </message>
    <message>
        <source>Submission %1 was refused: a new submission needs a new reference.</source>
        <translation>Hồ sơ trực tuyến %1 đã bị từ chối: nộp lại phải có số hồ sơ mới.</translation>
    </message>
    <message>
        <source>Submission %1 was accepted as dossier %2: it can no longer be replaced.</source>
        <translation>Hồ sơ trực tuyến %1 đã được tiếp nhận thành hồ sơ %2: không thay được nữa.</translation>
    </message>
    <message>
        <source>choose the online inbox folder</source>
        <translation>chọn thư mục nhận hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Thư mục &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer a document of procedure %2: ask the applicant to submit again.</source>
        <translation>&quot;%1&quot; không còn là giấy tờ của thủ tục %2: đề nghị người nộp nộp lại.</translation>
    </message>
    <message>
        <source>The reason for the refusal is required.</source>
        <translation>Cần ghi lý do từ chối.</translation>
    </message>
</context>
<context>
    <name>motcua::online::SubmissionFile</name>
    <message>
        <source>The value is missing.</source>
        <translation>Thiếu giá trị.</translation>
    </message>
    <message>
        <source>The value must be a text.</source>
        <translation>Giá trị phải là chuỗi ký tự.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Giá trị đang để trống.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Chuỗi dài hơn %1 ký tự.</translation>
    </message>
    <message>
        <source>The value must be a whole number from %1 to %2.</source>
        <translation>Giá trị phải là số nguyên từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The applicant must be an object with a name and an address.</source>
        <translation>Người nộp phải là một đối tượng có họ tên và địa chỉ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of applicant (person or organisation).</source>
        <translation>&quot;%1&quot; không phải loại người nộp (person: cá nhân, organisation: tổ chức).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; không phải ngày viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The documents must be a list.</source>
        <translation>Thành phần hồ sơ phải là một danh sách.</translation>
    </message>
    <message>
        <source>Each document must be an object with its position.</source>
        <translation>Mỗi giấy tờ phải là một đối tượng có số thứ tự.</translation>
    </message>
    <message>
        <source>The position of the document in the procedure&apos;s list is missing.</source>
        <translation>Thiếu số thứ tự của giấy tờ trong danh mục của thủ tục.</translation>
    </message>
    <message>
        <source>Document %1 is listed twice.</source>
        <translation>Giấy tờ số %1 được kê hai lần.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KB: it is not a submission.</source>
        <translation>Tệp lớn hơn %1 KB: không phải hồ sơ nộp trực tuyến.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1: %2).</source>
        <translation>Tệp không phải JSON hợp lệ (tại ký tự %1: %2).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>Tệp phải chứa một đối tượng JSON.</translation>
    </message>
    <message>
        <source>This is not an online submission of format %1 (&quot;format&quot;: %1).</source>
        <translation>Đây không phải hồ sơ trực tuyến định dạng %1 (&quot;format&quot;: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment with its offset, such as 2026-11-30T21:14:00+07:00.</source>
        <translation>&quot;%1&quot; không phải thời điểm có múi giờ, ví dụ 2026-11-30T21:14:00+07:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to collect the result (counter or post).</source>
        <translation>&quot;%1&quot; không phải hình thức nhận kết quả (counter: tại bộ phận một cửa, post: qua bưu chính).</translation>
    </message>
</context>
<context>
    <name>motcua::print</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>Không có gì để mã hóa.</translation>
    </message>
    <message>
        <source>%1 cannot be encoded as a barcode (%2).</source>
        <translation>Không tạo được mã vạch cho %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>The register&apos;s template has no columns.</source>
        <translation>Mẫu in của sổ không có cột nào.</translation>
    </message>
    <message>
        <source>Cannot paint the register.</source>
        <translation>Không vẽ được sổ theo dõi hồ sơ.</translation>
    </message>
</context>
<context>
    <name>motcua::reports</name>
    <message>
        <source>The report is inconsistent in row &quot;%1&quot;: %2 does not hold (%3 against %4). Nothing is shown; please report this defect.</source>
        <translation>Báo cáo không nhất quán ở dòng &quot;%1&quot;: %2 không thỏa (%3 so với %4). Báo cáo không được hiển thị; xin báo lỗi này.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(chưa có lĩnh vực)</translation>
    </message>
    <message>
        <source>Dossiers received for handling</source>
        <translation>Số hồ sơ nhận giải quyết</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>Trong kỳ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Số hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Số hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <source>Closed without a result</source>
        <translation>Kết thúc không có kết quả</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Field, procedure</source>
        <translation>Lĩnh vực, thủ tục hành chính</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Total received</source>
        <translation>Tổng số hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>At the counter or by post</source>
        <translation>Trực tiếp, dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>Carried over from the previous period</source>
        <translation>Từ kỳ trước chuyển qua</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>With an apology letter</source>
        <translation>Có văn bản xin lỗi</translation>
    </message>
    <message>
        <source>Without an apology letter</source>
        <translation>Không có văn bản xin lỗi</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Paused at the end of the period</source>
        <translation>Đang tạm dừng cuối kỳ</translation>
    </message>
    <message>
        <source>Refused after acceptance</source>
        <translation>Từ chối sau khi tiếp nhận</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <source>Share resolved early or on time (%)</source>
        <translation>Tỷ lệ giải quyết trước hạn, đúng hạn (%)</translation>
    </message>
    <message>
        <source>Processing progress (%)</source>
        <translation>Chỉ số tiến độ giải quyết (%)</translation>
    </message>
    <message>
        <source>Share received online (%)</source>
        <translation>Tỷ lệ hồ sơ trực tuyến (%)</translation>
    </message>
    <message>
        <source>Average handling time (working days)</source>
        <translation>Thời gian giải quyết bình quân (ngày làm việc)</translation>
    </message>
    <message>
        <source>SITUATION AND RESULTS OF HANDLING ADMINISTRATIVE PROCEDURES</source>
        <translation>TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</translation>
    </message>
    <message>
        <source>Reporting period: from %1 to %2</source>
        <translation>Kỳ báo cáo: từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>Unit: dossiers</source>
        <translation>Đơn vị tính: hồ sơ</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Không tạo được tệp Excel %1.</translation>
    </message>
    <message>
        <source>…, day … month … year …</source>
        <translation>…, ngày … tháng … năm …</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>HEAD OF THE AGENCY</source>
        <translation>THỦ TRƯỞNG CƠ QUAN</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2.</source>
        <translation>Không ghi được tệp Excel %1: %2.</translation>
    </message>
    <message>
        <source>The first day of the period is missing or not a date.</source>
        <translation>Thiếu ngày đầu kỳ hoặc đó không phải một ngày.</translation>
    </message>
    <message>
        <source>The last day of the period is missing or not a date.</source>
        <translation>Thiếu ngày cuối kỳ hoặc đó không phải một ngày.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Kỳ báo cáo kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Dossier %1 has a result but no outcome (early, on time or late).</source>
        <translation>Hồ sơ %1 đã có kết quả nhưng không có đánh giá (trước hạn, đúng hạn hay quá hạn).</translation>
    </message>
    <message>
        <source>Dossier %1 has a finish moment but its status (%2) is not a final one.</source>
        <translation>Hồ sơ %1 có thời điểm kết thúc nhưng trạng thái (%2) không phải trạng thái kết thúc.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>the row that adds up the others</comment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The window is a number of working hours, not negative.</source>
        <translation>Khoảng thời gian là số giờ làm việc, không được âm.</translation>
    </message>
    <message>
        <source>More than %1 dossiers are overdue or due soon: ask for one department at a time.</source>
        <translation>Có hơn %1 hồ sơ quá hạn hoặc sắp đến hạn: hãy xem từng phòng một.</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 giờ làm việc</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <source>DOSSIERS OVERDUE OR DUE SOON</source>
        <translation>HỒ SƠ QUÁ HẠN HOẶC SẮP ĐẾN HẠN</translation>
    </message>
    <message>
        <source>At %1: %2 overdue, %3 due by %4</source>
        <translation>Lúc %1: %2 hồ sơ quá hạn, %3 hồ sơ đến hạn trước %4</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả các phòng</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Phòng: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Số ngày làm việc quá hạn</translation>
    </message>
    <message>
        <source>Late / left</source>
        <translation>Quá hạn / còn lại</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>chưa phân công</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>trễ %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>DOSSIERS HANDLED BY PERSON</source>
        <translation>KẾT QUẢ XỬ LÝ HỒ SƠ THEO CÁ NHÂN</translation>
    </message>
    <message>
        <source>Overdue now: at %1</source>
        <translation>Đang quá hạn: tính đến %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Steps finished</source>
        <translation>Số bước đã xử lý</translation>
    </message>
    <message>
        <source>Of which late</source>
        <translation>Trong đó quá hạn</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>PERFORMANCE BY PROCESS STEP</source>
        <translation>KẾT QUẢ XỬ LÝ THEO BƯỚC QUY TRÌNH</translation>
    </message>
    <message>
        <source>Steps where lateness starts first; times in working days</source>
        <translation>Các bước bắt đầu chậm trễ xếp trước; thời gian tính bằng ngày làm việc</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Thời gian quy định</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Số lượt qua bước</translation>
    </message>
    <message>
        <source>Lateness starts here</source>
        <translation>Bắt đầu chậm tại bước này</translation>
    </message>
    <message>
        <source>Share late (%)</source>
        <translation>Tỷ lệ quá hạn (%)</translation>
    </message>
    <message>
        <source>Median (working days)</source>
        <translation>Trung vị (ngày làm việc)</translation>
    </message>
    <message>
        <source>90th percentile (working days)</source>
        <translation>Phân vị 90 (ngày làm việc)</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy lập báo cáo.</translation>
    </message>
</context>
<context>
    <name>motcua::storage</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Cơ sở dữ liệu báo lỗi: %1</translation>
    </message>
    <message>
        <source>No agency yet: import a catalogue first.</source>
        <translation>Chưa có cơ quan: hãy nhập danh mục trước.</translation>
    </message>
    <message>
        <source>There is no procedure %1.</source>
        <translation>Không có thủ tục %1.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: reload it and try again.</source>
        <translation>Hồ sơ %1 vừa được người khác thay đổi: hãy tải lại và thực hiện lại.</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>Không có hồ sơ %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Người dùng này không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Không có phòng ban %1.</translation>
    </message>
    <message>
        <source>There is no dossier number %1.</source>
        <translation>Không có hồ sơ số %1.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing of this action was saved. Check the network and try again.</source>
        <translation>Mất kết nối với máy chủ cơ sở dữ liệu: thao tác này chưa được lưu. Hãy kiểm tra mạng rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>%1 is not installed: install the Debian package postgresql-client-15 (or set MOTCUA_PG_BIN to the folder of the server&apos;s programs).</source>
        <translation>Chưa cài %1: hãy cài gói Debian postgresql-client-15 (hoặc đặt MOTCUA_PG_BIN là thư mục chứa các chương trình của máy chủ).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read and written by you.</source>
        <translation>Bạn không có quyền đọc và ghi tệp %1.</translation>
    </message>
    <message>
        <source>A database cannot be created in the folder %1.</source>
        <translation>Không thể tạo cơ sở dữ liệu trong thư mục %1.</translation>
    </message>
    <message>
        <source>The database %1 uses the encoding %2 and the collation %3 (character type %4); MotCua needs UTF8 and C.UTF-8 for both. Create the database again as docs/postgresql.md says (ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0), then move the data into it with motcua-cli copy.</source>
        <translation>Cơ sở dữ liệu %1 dùng bảng mã %2 và bộ đối chiếu %3 (kiểu ký tự %4); MotCua cần UTF8 và C.UTF-8 cho cả hai. Hãy tạo lại cơ sở dữ liệu như docs/postgresql.md hướng dẫn (ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0), rồi chuyển dữ liệu sang bằng motcua-cli copy.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Backup</name>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>Bản sao lưu %1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>%1 is not a MotCua backup (not a SQLite database).</source>
        <translation>%1 không phải bản sao lưu MotCua (không phải cơ sở dữ liệu SQLite).</translation>
    </message>
    <message>
        <source>%1 is not a MotCua database.</source>
        <translation>%1 không phải cơ sở dữ liệu MotCua.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of MotCua (schema %2); this version knows schema %3.</source>
        <translation>%1 do một phiên bản MotCua mới hơn tạo ra (lược đồ %2); phiên bản này chỉ biết lược đồ %3.</translation>
    </message>
    <message>
        <source>%1 is a database but not a backup made by MotCua (it has no manifest).</source>
        <translation>%1 là một cơ sở dữ liệu nhưng không phải bản sao lưu do MotCua tạo (không có bảng kê).</translation>
    </message>
    <message>
        <source>its content no longer matches the checksum taken with it</source>
        <translation>nội dung không còn khớp với mã kiểm tra lấy lúc sao lưu</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 đã có: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Đang sao chép cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Không sao chép được cơ sở dữ liệu sang %1: %2</translation>
    </message>
    <message>
        <source>Writing the checksum…</source>
        <translation>Đang ghi mã kiểm tra…</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to its owner.</source>
        <translation>Không giới hạn được quyền của %1 cho riêng chủ sở hữu.</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Đang kiểm tra bản sao…</translation>
    </message>
    <message>
        <source>schema %1 instead of %2</source>
        <translation>lược đồ %1 thay vì %2</translation>
    </message>
    <message>
        <source>the agency %1 instead of %2</source>
        <translation>cơ quan %1 thay vì %2</translation>
    </message>
    <message>
        <source>its tables differ from the database&apos;s</source>
        <translation>các bảng khác với các bảng của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 rows in %2 where the database had %3</source>
        <translation>%1 dòng trong %2 trong khi cơ sở dữ liệu có %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Backup verified.</source>
        <translation>Đã kiểm tra bản sao lưu.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup belongs to another agency (%1 %2), not to %3 %4.</source>
        <translation>Bản sao lưu thuộc cơ quan khác (%1 %2), không phải %3 %4.</translation>
    </message>
    <message>
        <source>The database is still in use on another workstation: close MotCua there first.</source>
        <translation>Cơ sở dữ liệu còn đang được dùng trên máy khác: hãy đóng MotCua ở đó trước.</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Đang sao chép bản sao lưu…</translation>
    </message>
    <message>
        <source>Cannot prepare %1.</source>
        <translation>Không chuẩn bị được %1.</translation>
    </message>
    <message>
        <source>Replacing the database…</source>
        <translation>Đang thay cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Cannot set the database aside as %1.</source>
        <translation>Không cất được cơ sở dữ liệu cũ thành %1.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>Không đặt được bản sao lưu vào chỗ của %1.</translation>
    </message>
    <message>
        <source>Database restored.</source>
        <translation>Đã khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file, not of a server database: move a file to the server with motcua-cli copy.</source>
        <translation>%1 là bản sao lưu của một tệp cơ sở dữ liệu, không phải của cơ sở dữ liệu trên máy chủ: hãy chuyển tệp lên máy chủ bằng motcua-cli copy.</translation>
    </message>
    <message>
        <source>%1 is a backup of a server database: restore it onto the server.</source>
        <translation>%1 là bản sao lưu của cơ sở dữ liệu trên máy chủ: hãy khôi phục nó lên máy chủ.</translation>
    </message>
    <message>
        <source>its manifest&apos;s head of the history %1 cannot be read</source>
        <translation>không đọc được đầu chuỗi của nhật ký %1 trong bản kê</translation>
    </message>
    <message>
        <source>Bringing the backup to this version of MotCua…</source>
        <translation>Đang nâng bản sao lưu lên phiên bản MotCua này…</translation>
    </message>
    <message>
        <source>The backup (schema %1) could not be brought to this version of MotCua (schema %2), and the database is as it was: %3</source>
        <translation>Không nâng được bản sao lưu (lược đồ %1) lên phiên bản MotCua này (lược đồ %2); cơ sở dữ liệu vẫn như trước: %3</translation>
    </message>
</context>
<context>
    <name>motcua::storage::ConnectionCheck</name>
    <message>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached. Check that it is on, that this computer is on the office network, and the address and port.</source>
        <translation>Không kết nối được tới máy chủ %1 (cổng %2). Hãy kiểm tra máy chủ đã bật, máy tính này đang nối vào mạng của cơ quan, và địa chỉ, cổng.</translation>
    </message>
    <message>
        <source>The server refused the user %1: the password is wrong or missing.</source>
        <translation>Máy chủ từ chối người dùng %1: mật khẩu sai hoặc chưa nhập.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check its name with the IT staff.</source>
        <translation>Máy chủ không có cơ sở dữ liệu tên %1. Hãy hỏi lại cán bộ công nghệ thông tin tên đúng.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Không mở được tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1.</source>
        <translation>Không kết nối được tới cơ sở dữ liệu %1.</translation>
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
</context>
<context>
    <name>motcua::storage::DatabaseCopy</name>
    <message>
        <source>%1 is not empty (the table %2 holds %3 rows): copy only into a new, empty database.</source>
        <translation>%1 không trống (bảng %2 có %3 dòng): chỉ chép vào một cơ sở dữ liệu mới, trống.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source (%2) than in the target (%3).</source>
        <translation>Bảng %1 ở nguồn có các cột (%2) khác với ở đích (%3).</translation>
    </message>
    <message>
        <source>The source has schema %1 and the target schema %2.</source>
        <translation>Nguồn ở lược đồ %1 còn đích ở lược đồ %2.</translation>
    </message>
    <message>
        <source>The source&apos;s tables (%1) are not the target&apos;s (%2).</source>
        <translation>Các bảng của nguồn (%1) không giống các bảng của đích (%2).</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from its source (%2 rows, %3 in the copy): nothing was copied.</source>
        <translation>Bản chép của bảng %1 khác với nguồn (%2 dòng, bản chép có %3): chưa chép gì cả.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::DatabaseLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation>Chưa chỉ ra tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid URL: %2</source>
        <translation>Địa chỉ máy chủ %1 không phải là URL hợp lệ: %2</translation>
    </message>
    <message>
        <source>The server address names no host: give postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Địa chỉ máy chủ thiếu tên máy: hãy ghi theo dạng postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address names no database: give postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Địa chỉ máy chủ thiếu tên cơ sở dữ liệu: hãy ghi theo dạng postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address names no user: give postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Địa chỉ máy chủ thiếu tên người dùng: hãy ghi theo dạng postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::HistoryAudit</name>
    <message>
        <source>the entries before it (after id %1) are missing, or it was edited: its hash does not follow from the entry before it</source>
        <translation>các mục trước nó (sau mã số %1) bị thiếu, hoặc nó đã bị sửa: mã băm không nối tiếp mục trước</translation>
    </message>
    <message>
        <source>its content was edited: it no longer matches its hash</source>
        <translation>nội dung đã bị sửa: không còn khớp với mã băm</translation>
    </message>
    <message>
        <source>it has no hash: it was written behind the application&apos;s back</source>
        <translation>không có mã băm: được ghi ngoài ứng dụng</translation>
    </message>
    <message>
        <source>it was inserted out of order: the entry after it (id %1) follows the one before it (id %2)</source>
        <translation>bị chèn sai thứ tự: mục sau nó (mã số %1) nối tiếp mục trước nó (mã số %2)</translation>
    </message>
    <message>
        <source>it was added after the last entry the history&apos;s head records (id %1)</source>
        <translation>được thêm sau mục cuối mà đầu chuỗi ghi nhận (mã số %1)</translation>
    </message>
    <message>
        <source>the last entries are missing: the history&apos;s head records the chain up to id %1, the table ends at id %2</source>
        <translation>các mục cuối bị thiếu: đầu chuỗi ghi nhận đến mã số %1, bảng chỉ đến mã số %2</translation>
    </message>
    <message>
        <source>it was added behind the application&apos;s back after the last entry the history&apos;s head records (id %1)</source>
        <translation>được thêm ngoài ứng dụng sau mục cuối mà đầu chuỗi ghi nhận (mã số %1)</translation>
    </message>
    <message>
        <source>the hash of the last entry is not the one the history&apos;s head records: the entry or the head was changed</source>
        <translation>mã băm của mục cuối khác với đầu chuỗi ghi nhận: mục đó hoặc đầu chuỗi đã bị sửa</translation>
    </message>
    <message>
        <source>the chain has %1 entries where its head counts %2</source>
        <translation>chuỗi có %1 mục trong khi đầu chuỗi đếm %2</translation>
    </message>
    <message>
        <source>the backup %1 records no history head (taken before version 010 of the schema)</source>
        <translation>bản sao lưu %1 không ghi đầu chuỗi lịch sử (sao lưu trước phiên bản lược đồ 010)</translation>
    </message>
    <message>
        <source>the backup %1 recorded the history up to this entry, which is no longer in the database</source>
        <translation>bản sao lưu %1 ghi nhận lịch sử đến mục này, nhưng mục này không còn trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>this entry no longer has the hash the backup %1 recorded: the history up to it was rewritten</source>
        <translation>mục này không còn mã băm mà bản sao lưu %1 ghi nhận: lịch sử đến mục này đã bị viết lại</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>không thuộc phòng ban nào</translation>
    </message>
    <message>
        <source>department %1, status %2: the counter holds %3 dossiers, the dossier table %4</source>
        <translation>phòng ban %1, trạng thái %2: bộ đếm ghi %3 hồ sơ, bảng hồ sơ có %4</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Migrations</name>
    <message>
        <source>The migration %1 is missing.</source>
        <translation>Thiếu tệp nâng cấp lược đồ %1.</translation>
    </message>
    <message>
        <source>The migration %1 would leave a row of %2 pointing at nothing.</source>
        <translation>Tệp nâng cấp lược đồ %1 sẽ để lại một dòng của bảng %2 tham chiếu tới dữ liệu không còn tồn tại.</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2 and this version of MotCua needs schema %3, but its user may not change the schema. Migrate it once as the database&apos;s owner: motcua-cli migrate --db postgresql://OWNER@HOST/DATABASE (docs/postgresql.md).</source>
        <translation>Cơ sở dữ liệu %1 đang ở lược đồ %2, phiên bản MotCua này cần lược đồ %3, nhưng người dùng kết nối không được thay đổi lược đồ. Hãy nâng cấp một lần với vai trò chủ sở hữu cơ sở dữ liệu: motcua-cli migrate --db postgresql://CHỦ_SỞ_HỮU@MÁY_CHỦ/CSDL (docs/postgresql.md).</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of MotCua (schema %2); this version knows schema %3. Nothing was changed in it: open it with the newer version.</source>
        <translation>Cơ sở dữ liệu %1 do phiên bản MotCua mới hơn tạo ra (lược đồ %2); phiên bản này chỉ biết lược đồ %3. Không có gì trong cơ sở dữ liệu bị thay đổi: hãy mở nó bằng phiên bản mới hơn.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::ServerBackup</name>
    <message>
        <source>%1 is not a MotCua backup of a server database (not a pg_dump archive).</source>
        <translation>%1 không phải bản sao lưu MotCua của cơ sở dữ liệu trên máy chủ (không phải tệp lưu trữ pg_dump).</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL dump but not a backup made by MotCua: its manifest %2 is missing.</source>
        <translation>%1 là tệp xuất PostgreSQL nhưng không phải bản sao lưu do MotCua tạo: thiếu tệp kê khai (manifest) %2.</translation>
    </message>
    <message>
        <source>its manifest %1 cannot be read</source>
        <translation>không đọc được tệp kê khai (manifest) %1</translation>
    </message>
    <message>
        <source>the rows of the table %1 are not in it</source>
        <translation>không có các dòng của bảng %1</translation>
    </message>
    <message>
        <source>its manifest does not say what the database held</source>
        <translation>tệp kê khai không khớp với nội dung của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Keeping the current database aside…</source>
        <translation>Đang giữ lại cơ sở dữ liệu hiện tại…</translation>
    </message>
    <message>
        <source>The backup was not restored and the database is as it was (the restore must run as the database&apos;s owner, with MotCua closed on the other workstations): %1</source>
        <translation>Chưa khôi phục bản sao lưu, cơ sở dữ liệu vẫn như cũ (việc khôi phục phải chạy với vai trò chủ sở hữu cơ sở dữ liệu và MotCua đã đóng trên các máy khác): %1</translation>
    </message>
    <message>
        <source>its manifest&apos;s head of the history %1 cannot be read</source>
        <translation>không đọc được đầu chuỗi của nhật ký %1 trong bản kê</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought to this version of MotCua (schema %1 to %2): %3 The database before the restore is kept as %4: restore that one to go back.</source>
        <translation>Bản sao lưu đã được khôi phục nhưng không nâng lên được phiên bản MotCua này (lược đồ %1 lên %2): %3 Cơ sở dữ liệu trước khi khôi phục được giữ tại %4: hãy khôi phục bản đó để quay lại.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::ServerRoles</name>
    <message>
        <source>Roles exist on a PostgreSQL server only; a database file has none.</source>
        <translation>Vai trò chỉ có trên máy chủ PostgreSQL; tệp cơ sở dữ liệu không có vai trò.</translation>
    </message>
    <message>
        <source>There is no role %1 on the server: create it first (docs/postgresql.md).</source>
        <translation>Máy chủ không có vai trò %1: hãy tạo nó trước (docs/postgresql.md).</translation>
    </message>
    <message>
        <source>%1 is the role this command runs as, the owner: name the application&apos;s role.</source>
        <translation>%1 là vai trò đang chạy lệnh này, tức chủ sở hữu: hãy ghi tên vai trò của ứng dụng.</translation>
    </message>
    <message>
        <source>Only the owner of the database may grant rights on its tables: connect as the owner (%1).</source>
        <translation>Chỉ chủ sở hữu cơ sở dữ liệu mới được cấp quyền trên các bảng: hãy kết nối với vai trò chủ sở hữu (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Settings</name>
    <message>
        <source>Failed sign-ins before an account is locked</source>
        <translation>Số lần đăng nhập sai trước khi khóa tài khoản</translation>
    </message>
    <message>
        <source>Minutes an account stays locked</source>
        <translation>Số phút khóa tài khoản</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Số bản sao lưu hằng ngày giữ lại</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Số bản sao lưu hằng tháng giữ lại</translation>
    </message>
    <message>
        <source>Last automatic backup</source>
        <translation>Lần sao lưu tự động gần nhất</translation>
    </message>
    <message>
        <source>Last automatic backup error</source>
        <translation>Lỗi của lần sao lưu tự động gần nhất</translation>
    </message>
    <message>
        <source>Same-day cut-off time</source>
        <translation>Giờ chốt nhận hồ sơ trong ngày</translation>
    </message>
    <message>
        <source>Online inbox folder</source>
        <translation>Thư mục nhận hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number from 1.</source>
        <translation>%1 (%2) phải là số nguyên từ 1.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: thư mục %2 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 (%2) must be a time of day as HH:mm, such as 15:00.</source>
        <translation>%1 (%2) phải là giờ trong ngày dạng HH:mm, ví dụ 15:00.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>motcua::storage::sqlite_file</name>
    <message>
        <source>The folder %1 may not be written by this program: the database cannot be created there. Choose another folder, or ask the administrator for the right to write it.</source>
        <translation>Chương trình không được ghi vào thư mục %1: không tạo được cơ sở dữ liệu ở đó. Hãy chọn thư mục khác, hoặc đề nghị quản trị viên cấp quyền ghi thư mục.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Không đọc được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a MotCua database (perhaps a copy that did not finish). Nothing was changed in it. Open the right file, or restore a backup.</source>
        <translation>Tệp %1 rỗng: đây không phải cơ sở dữ liệu MotCua (có thể là một bản sao chưa chép xong). Không có gì trong tệp bị thay đổi. Hãy mở đúng tệp, hoặc khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The file %1 is not a MotCua database (it is no SQLite database at all). Nothing was changed in it. Open the right file, or restore a backup.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu MotCua (hoàn toàn không phải cơ sở dữ liệu SQLite). Không có gì trong tệp bị thay đổi. Hãy mở đúng tệp, hoặc khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database %1 is incomplete: the file holds %2 bytes of the %3 it should (a copy cut short?). Nothing was changed in it. Restore a backup.</source>
        <translation>Cơ sở dữ liệu %1 không đầy đủ: tệp chỉ có %2 byte trong số %3 byte lẽ ra phải có (bản sao bị cắt ngang?). Không có gì trong tệp bị thay đổi. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database %1 may not be written by this program (the file is read-only for it). Nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the file, or open a copy of it.</source>
        <translation>Chương trình không được ghi vào cơ sở dữ liệu %1 (tệp chỉ đọc đối với chương trình). Không có gì bị thay đổi. Hãy đề nghị quản trị viên cấp cho tài khoản của máy này quyền ghi tệp, hoặc mở một bản sao của tệp.</translation>
    </message>
    <message>
        <source>The folder %1 of the database may not be written by this program: SQLite keeps its journal files (-wal, -shm) beside the database and cannot work without them. Nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the folder.</source>
        <translation>Chương trình không được ghi vào thư mục %1 chứa cơ sở dữ liệu: SQLite giữ các tệp nhật ký (-wal, -shm) bên cạnh cơ sở dữ liệu và không thể làm việc nếu thiếu chúng. Không có gì bị thay đổi. Hãy đề nghị quản trị viên cấp cho tài khoản của máy này quyền ghi thư mục.</translation>
    </message>
    <message>
        <source>The disk is full: nothing of this action was saved in %1. Free some space on the disk and try again.</source>
        <translation>Ổ đĩa đầy: chưa lưu gì của thao tác này vào %1. Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The database %1 could not be written to the disk (the disk is full, over its quota, or failing): nothing of this action was saved. Free some space on the disk and try again; if it happens again, have the disk checked.</source>
        <translation>Không ghi được cơ sở dữ liệu %1 xuống ổ đĩa (ổ đĩa đầy, vượt hạn mức hoặc bị hỏng): chưa lưu gì của thao tác này. Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại; nếu vẫn lỗi, hãy cho kiểm tra ổ đĩa.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for this program: nothing of this action was saved. Ask the administrator to give this computer&apos;s account the right to write the file and its folder.</source>
        <translation>Cơ sở dữ liệu %1 chỉ đọc đối với chương trình: chưa lưu gì của thao tác này. Hãy đề nghị quản trị viên cấp cho tài khoản của máy này quyền ghi tệp và thư mục chứa tệp.</translation>
    </message>
    <message>
        <source>The database %1 is held by another program for longer than 10 seconds: nothing of this action was saved. Close the other program that has the file open (a database browser, a copy in progress) and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang bị một chương trình khác giữ quá 10 giây: chưa lưu gì của thao tác này. Hãy đóng chương trình khác đang mở tệp (trình xem cơ sở dữ liệu, một lần sao chép đang chạy) rồi thử lại.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a database: nothing of this action was saved. Restore a backup.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng hoặc không phải cơ sở dữ liệu: chưa lưu gì của thao tác này. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database %1 or its folder cannot be written (SQLite keeps its journal files -wal and -shm beside the database): nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the folder.</source>
        <translation>Không ghi được vào cơ sở dữ liệu %1 hoặc thư mục chứa nó (SQLite giữ các tệp nhật ký -wal và -shm bên cạnh cơ sở dữ liệu): không có gì bị thay đổi. Hãy đề nghị quản trị viên cấp cho tài khoản của máy này quyền ghi thư mục.</translation>
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
    <name>motcua::ui::ActionDialog</name>
    <message>
        <source>%1 — dossier %2</source>
        <translation>%1 — hồ sơ %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người xử lý:</translation>
    </message>
    <message>
        <source>&amp;Next person:</source>
        <translation>Người &amp;nhận:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>New &amp;due moment:</source>
        <translation>Thời hạn &amp;mới:</translation>
    </message>
    <message>
        <source>Reaso&amp;n (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(not assigned yet)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <source>Step %1 ends; the dossier moves to step %2 – %3, handled by %4.</source>
        <translation>Kết thúc bước %1, chuyển sang bước %2 – %3, giao cho %4.</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(chưa chọn ai)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AdminLogDialog</name>
    <message>
        <source>Administration log</source>
        <translation>Nhật ký quản trị</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đế&amp;n ngày</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>The program (automatic backups)</source>
        <translation>Chương trình (sao lưu tự động)</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Ai:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::AdminLogModel</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>Form templates</source>
        <translation>Mẫu biểu</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>User edited</source>
        <translation>Sửa người dùng</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Mở lại tài khoản người dùng</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Khóa tài khoản người dùng</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Tự đổi mật khẩu</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Thay đổi cài đặt</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Sao lưu tự động bị lỗi</translation>
    </message>
    <message>
        <source>login</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>department</source>
        <translation>phòng ban</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(the program)</source>
        <translation>(chương trình)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ApplicantFields</name>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Per&amp;son</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Tổ chức</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Identity number</source>
        <translation>Số định &amp;danh</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation>&amp;Mã số thuế</translation>
    </message>
    <message>
        <source>Legal re&amp;presentative</source>
        <translation>Người đại diện theo &amp;pháp luật</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Thư điện tử</translation>
    </message>
    <message>
        <source>12 digits (9 for an old ID card)</source>
        <translation>12 chữ số (9 chữ số với CMND cũ)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>10 digits, or 10-3 for a branch</source>
        <translation>10 chữ số, hoặc 10-3 với chi nhánh</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ 0912 345 678</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;name</source>
        <translation>&amp;Tên tổ chức</translation>
    </message>
    <message>
        <source>Required: fill in this field.</source>
        <translation>Bắt buộc: hãy điền trường này.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AuditFindingsModel</name>
    <message>
        <source>Edited</source>
        <translation>Bị sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Bị xóa</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Bị chèn</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Đầu chuỗi</translation>
    </message>
    <message>
        <source>Against the backup</source>
        <translation>So với bản sao lưu</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Không có lịch sử</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Due moment</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AutomaticBackupRunner</name>
    <message>
        <source>Automatic backup in progress…</source>
        <translation>Đang sao lưu tự động…</translation>
    </message>
    <message>
        <source>The automatic backup is done.</source>
        <translation>Đã sao lưu tự động xong.</translation>
    </message>
    <message>
        <source>The automatic backup failed.</source>
        <translation>Sao lưu tự động không thành công.</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Sao lưu tự động không thành công</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1

Check the backup folder in File → Settings… (Agency) and take a backup now with Administration → Back up…</source>
        <translation>Sao lưu tự động không thành công: %1

Hãy kiểm tra thư mục sao lưu trong Tệp → Cài đặt… (thẻ Cơ quan) và sao lưu ngay bằng Quản trị → Sao lưu…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::BackupRestore</name>
    <message>
        <source>Agency: %1 %2
Taken: %3
Dossiers: %4</source>
        <translation>Cơ quan: %1 %2
Sao lưu lúc: %3
Hồ sơ: %4</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>MotCua backup (*.sqlite)</source>
        <translation>Bản sao lưu MotCua (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>The backup %1 is written and verified.

%2</source>
        <translation>Bản sao lưu %1 đã được ghi và kiểm tra.

%2</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Backup refused</source>
        <translation>Bản sao lưu bị từ chối</translation>
    </message>
    <message>
        <source>Replace the database by this backup?

%1

The current database is kept aside, renamed with today&apos;s date. Close MotCua on the other workstations first; MotCua closes after the restore.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu này?

%1

Cơ sở dữ liệu hiện tại được giữ lại, đổi tên kèm ngày hôm nay. Hãy đóng MotCua trên các máy khác trước; MotCua sẽ đóng sau khi khôi phục.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Không khôi phục</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Đã khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database now holds the backup (%1 dossiers). The replaced database is kept as %2.

MotCua closes now: start it again.</source>
        <translation>Cơ sở dữ liệu nay là bản sao lưu (%1 hồ sơ). Cơ sở dữ liệu bị thay được giữ lại là %2.

MotCua sẽ đóng: hãy mở lại.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CalendarDialog</name>
    <message>
        <source>Generated, not confirmed</source>
        <translation>Sinh tự động, chưa xác nhận</translation>
    </message>
    <message>
        <source>Small figures: lunar day (1/M: first day of lunar month M)</source>
        <translation>Số nhỏ: ngày âm lịch (1/M: mùng 1 tháng M âm lịch)</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Năm sau</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Xác nhận</translation>
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
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Office &amp;sessions…</source>
        <translation>&amp;Giờ làm việc…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of %1 are generated from the statutory rules and the lunar calendar, not confirmed: check them against the government&apos;s notice, then confirm.</source>
        <translation>
            <numerusform>%n ngày của năm %1 được sinh tự động theo Bộ luật Lao động và âm lịch, chưa xác nhận: đối chiếu với thông báo của Chính phủ rồi xác nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã huỷ: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Saved: %1. Due moments moved: %2.</source>
        <translation>Đã lưu: %1. Số hạn trả đã dời: %2.</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Nhập lịch làm việc</translation>
    </message>
    <message>
        <source>Calendar files (*.json)</source>
        <translation>Tệp lịch (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Export the calendar of %1</source>
        <translation>Xuất lịch làm việc năm %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The calendar of %1 was exported to %2.</source>
        <translation>Đã xuất lịch làm việc năm %1 ra %2.</translation>
    </message>
    <message>
        <source>Computing the due moments that would move…</source>
        <translation>Đang tính các hạn trả sẽ thay đổi…</translation>
    </message>
    <message>
        <source>Import a calendar from %1</source>
        <translation>Nhập lịch từ %1</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n error(s), the first: %1</source>
        <translation>
            <numerusform>Tệp không được nhập: %n lỗi, lỗi đầu tiên: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::CalendarEntryDialog</name>
    <message>
        <source>Edit calendar entry</source>
        <translation>Sửa ngày trong lịch</translation>
    </message>
    <message>
        <source>Add calendar entry</source>
        <translation>Thêm ngày vào lịch</translation>
    </message>
    <message>
        <source>e.g. Tết Nguyên đán</source>
        <translation>ví dụ Tết Nguyên đán</translation>
    </message>
    <message>
        <source>e.g. Thông báo 6150/TB-BLĐTBXH</source>
        <translation>ví dụ Thông báo 6150/TB-BLĐTBXH</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>T&amp;ên:</translation>
    </message>
    <message>
        <source>&amp;Source or legal basis:</source>
        <translation>Ng&amp;uồn, căn cứ:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CalendarEntryModel</name>
    <message>
        <source>%1 — generated, not confirmed yet</source>
        <translation>%1 — sinh tự động, chưa xác nhận</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueAdminDialog</name>
    <message>
        <source>Procedures and ISO processes</source>
        <translation>Danh mục thủ tục và quy trình ISO</translation>
    </message>
    <message>
        <source>Find a procedure by code or name…</source>
        <translation>Tìm thủ tục theo mã hoặc tên…</translation>
    </message>
    <message>
        <source>Process version</source>
        <translation>Phiên bản quy trình</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Dossiers on it</source>
        <translation>Số hồ sơ áp dụng</translation>
    </message>
    <message>
        <source>Step times</source>
        <translation>Thời gian các bước</translation>
    </message>
    <message>
        <source>Dossiers run on this version: it is never edited in place. Issue a new version instead.</source>
        <translation>Có hồ sơ đang áp dụng phiên bản này nên không được sửa. Hãy dùng &quot;Ban hành phiên bản mới&quot;.</translation>
    </message>
    <message>
        <source>&amp;New procedure…</source>
        <translation>&amp;Thêm thủ tục…</translation>
    </message>
    <message>
        <source>&amp;Edit the procedure…</source>
        <translation>&amp;Sửa thủ tục…</translation>
    </message>
    <message>
        <source>&amp;Issue a new version…</source>
        <translation>&amp;Ban hành phiên bản mới…</translation>
    </message>
    <message>
        <source>&amp;Correct this version…</source>
        <translation>Sửa &amp;phiên bản này…</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file…</source>
        <translation>&amp;Nhập tệp danh mục…</translation>
    </message>
    <message>
        <source>E&amp;xport the catalogue…</source>
        <translation>&amp;Xuất tệp danh mục…</translation>
    </message>
    <message>
        <source>ISO process versions (a dossier keeps the version it was received under):</source>
        <translation>Các phiên bản quy trình ISO (hồ sơ giữ phiên bản có hiệu lực khi tiếp nhận):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>đang áp dụng</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>chưa có hiệu lực</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>đã được thay thế</translation>
    </message>
    <message>
        <source>%1, issue %2</source>
        <translation>%1, ban hành lần %2</translation>
    </message>
    <message>
        <source>Procedure %1 added. Issue its first process version before it is received.</source>
        <translation>Đã thêm thủ tục %1. Hãy ban hành phiên bản quy trình đầu tiên trước khi tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>Procedure %1 saved. Dossiers already received keep the terms they were received under.</source>
        <translation>Đã lưu thủ tục %1. Hồ sơ đã tiếp nhận giữ thời hạn và điều kiện lúc tiếp nhận.</translation>
    </message>
    <message>
        <source>Issue %1 of the process of %2 is issued. Dossiers already received keep their version and their due moment.</source>
        <translation>Đã ban hành lần %1 của quy trình %2. Hồ sơ đã tiếp nhận giữ phiên bản và thời hạn trả của mình.</translation>
    </message>
    <message>
        <source>Issue %1 of the process of %2 is corrected.</source>
        <translation>Đã sửa lần ban hành %1 của quy trình %2.</translation>
    </message>
    <message>
        <source>Import a catalogue file</source>
        <translation>Nhập tệp danh mục</translation>
    </message>
    <message>
        <source>Catalogue (*.json);;All files (*)</source>
        <translation>Danh mục (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>Chưa nhập %1: %2</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Đã hủy nhập: không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The import was refused and nothing was changed: %1</source>
        <translation>Lần nhập bị từ chối, không có gì bị thay đổi: %1</translation>
    </message>
    <message>
        <source>Catalogue imported: %1 added, %2 changed.</source>
        <translation>Đã nhập danh mục: thêm %1, sửa %2.</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Xuất danh mục</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Danh mục (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Catalogue written to %1 (%2 procedures).</source>
        <translation>Đã ghi danh mục vào %1 (%2 thủ tục).</translation>
    </message>
    <message>
        <source>Import the catalogue from %1</source>
        <translation>Nhập danh mục từ %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueImportDialog</name>
    <message>
        <source>What</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>Khi nhập</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Import the catalogue from %1</source>
        <translation>Nhập danh mục từ %1</translation>
    </message>
    <message>
        <source>&amp;Apply the import</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Bỏ qua</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s) of the file are ignored.</source>
        <translation>
            <numerusform>%n khóa không có trong định dạng của tệp được bỏ qua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueInput</name>
    <message>
        <source>Type a number: 10, 0,5 or 0.25.</source>
        <translation>Hãy gõ một số: 10, 0,5 hoặc 0.25.</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Cấp trung ương</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueView</name>
    <message>
        <source>Find a procedure by code or name (accents optional)…</source>
        <translation>Tìm thủ tục theo mã hoặc tên (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source> — optional</source>
        <translation> — không bắt buộc</translation>
    </message>
    <message>
        <source>Process %1, issue %2 of %3</source>
        <translation>Quy trình %1, ban hành lần %2 ngày %3</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Đang đăng nhập: %1 (%2).</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>&amp;New password (at least 10 characters):</source>
        <translation>Mật khẩu &amp;mới (ít nhất 10 ký tự):</translation>
    </message>
    <message>
        <source>The administrator has reset your password: choose your own to continue.</source>
        <translation>Quản trị viên đã đặt lại mật khẩu của bạn: hãy chọn mật khẩu riêng để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConnectionChoice</name>
    <message>
        <source>This computer has no keyring to keep the password in: it will be asked at each start.</source>
        <translation>Máy tính này không có kho mật khẩu (keyring) để giữ mật khẩu: mật khẩu sẽ được hỏi mỗi lần khởi động.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Kết nối cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConnectionEditor</name>
    <message>
        <source>&amp;This computer (the database file)</source>
        <translation>Máy &amp;tính này (tệp cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>The agency&apos;s &amp;server (PostgreSQL, shared by several computers)</source>
        <translation>Máy &amp;chủ của cơ quan (PostgreSQL, dùng chung cho nhiều máy tính)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or motcua-server</source>
        <translation>ví dụ 192.168.1.10 hoặc motcua-server</translation>
    </message>
    <message>
        <source>Test the &amp;connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Máy c&amp;hủ:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ &amp;sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Người &amp;dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>MotCua database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu MotCua (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Hãy chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Nhập tên hoặc địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Give the user the program connects as.</source>
        <translation>Nhập người dùng mà chương trình dùng để kết nối.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Kết nối được.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DashboardCountsModel</name>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(không thuộc phòng nào)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Đến hạn trong 1 ngày làm việc</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>B%1</source>
        <translation>B%1</translation>
    </message>
    <message>
        <source>B%1 · %2</source>
        <translation>B%1 · %2</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DashboardView</name>
    <message>
        <source>Overdue dashboard</source>
        <translation>Theo dõi quá hạn</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Đến hạn trong 1 ngày làm việc</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Show these dossiers below</source>
        <translation>Xem danh sách các hồ sơ này bên dưới</translation>
    </message>
    <message>
        <source>Overdue dossiers</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
    <message>
        <source>Dossiers due today</source>
        <translation>Hồ sơ đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Dossiers due within 1 working day</source>
        <translation>Hồ sơ đến hạn trong 1 ngày làm việc</translation>
    </message>
    <message>
        <source>Paused dossiers</source>
        <translation>Hồ sơ đang tạm dừng</translation>
    </message>
    <message>
        <source>B%1</source>
        <translation>B%1</translation>
    </message>
    <message>
        <source>B%1 · %2</source>
        <translation>B%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3</source>
        <translation>%1: %2 hồ sơ đầu tiên trong số %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation>Không ghi được danh sách vào %1: %2</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>Đã ghi danh sách vào %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DossierDetailsDialog</name>
    <message>
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Quy trình:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hẹn trả:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Kiểm soát quá trình</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Vì sao hẹn ngày này</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Paused at</source>
        <translation>Tạm dừng lúc</translation>
    </message>
    <message>
        <source>Resumed at</source>
        <translation>Tiếp tục lúc</translation>
    </message>
    <message>
        <source>Working time paused</source>
        <translation>Thời gian làm việc tạm dừng</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>still paused</source>
        <translation>đang tạm dừng</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Hạn cũ</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <source>Granted at</source>
        <translation>Gia hạn lúc</translation>
    </message>
    <message>
        <source>Apology signed by</source>
        <translation>Người ký phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Pauses (%1)</source>
        <translation>Tạm dừng (%1)</translation>
    </message>
    <message>
        <source>Extensions (%1)</source>
        <translation>Gia hạn (%1)</translation>
    </message>
    <message>
        <source>Pauses and extensions</source>
        <translation>Tạm dừng và gia hạn</translation>
    </message>
    <message>
        <source>Print &amp;forms</source>
        <translation>In &amp;biểu mẫu</translation>
    </message>
    <message>
        <source>Paused: %1 — the clock stands still</source>
        <translation>Tạm dừng: %1 — thời hạn không tính</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Quá hạn %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Còn %1</translation>
    </message>
    <message>
        <source>Tax code:</source>
        <translation>Mã số thuế:</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Người đại diện:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Hình thức nộp:</translation>
    </message>
    <message>
        <source>Fee paid:</source>
        <translation>Phí, lệ phí đã nộp:</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>chưa phân công</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Đang xử lý:</translation>
    </message>
    <message>
        <source>%1, issue %2 of %3</source>
        <translation>%1, ban hành lần %2 ngày %3</translation>
    </message>
    <message>
        <source> (issue %1 is newer; this dossier keeps its version)</source>
        <translation> (đã có bản ban hành lần %1; hồ sơ này giữ phiên bản của nó)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DossierListView</name>
    <message>
        <source>Search: applicant, dossier code, identity number, phone</source>
        <translation>Tìm: người nộp, mã hồ sơ, số định danh, số điện thoại</translation>
    </message>
    <message>
        <source>Dossier code / barcode</source>
        <translation>Mã hồ sơ / mã vạch</translation>
    </message>
    <message>
        <source>Type or scan a dossier code and press Enter to open the dossier</source>
        <translation>Gõ hoặc quét mã hồ sơ rồi nhấn Enter để mở hồ sơ</translation>
    </message>
    <message>
        <source>No dossier with this code</source>
        <translation>Không có hồ sơ mang mã này</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Tiếp nhận từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Đến hạn trong 1 ngày làm việc</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Mọi phòng ban</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Mọi thủ tục</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dossier(s)</source>
        <translation>
            <numerusform>%Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers received on another computer since you last looked: click to select them.</source>
        <translation>Hồ sơ được tiếp nhận ở máy tính khác từ lần bạn xem trước: bấm để chọn các hồ sơ đó.</translation>
    </message>
    <message numerus="yes">
        <source>%n new dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ mới</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::DossierTableModel</name>
    <message>
        <source>Overdue %1</source>
        <translation>Quá hạn %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Thời gian còn lại</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã có. Ghi đè lên tệp này?</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FileErrorsDialog</name>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message numerus="yes">
        <source>The file cannot be imported: %n error(s). Nothing was changed.</source>
        <translation>
            <numerusform>Không thể nhập tệp: %n lỗi. Không có gì bị thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FirstRunWizard</name>
    <message>
        <source>MotCua — first start</source>
        <translation>MotCua — khởi động lần đầu</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Agency and procedures</source>
        <translation>Cơ quan và thủ tục</translation>
    </message>
    <message>
        <source>Choose the catalogue of the agency whose one-stop shop this is.</source>
        <translation>Chọn danh mục thủ tục của cơ quan sử dụng bộ phận một cửa này.</translation>
    </message>
    <message>
        <source>Sở Thông tin và Truyền thông tỉnh Kiên Giang (shipped catalogue)</source>
        <translation>Sở Thông tin và Truyền thông tỉnh Kiên Giang (danh mục kèm theo phần mềm)</translation>
    </message>
    <message>
        <source>Import a catalogue file (JSON):</source>
        <translation>Nhập tệp danh mục (JSON):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Tệp danh mục</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Danh mục (*.json)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>The administrator manages the catalogue, the calendar and the users.</source>
        <translation>Quản trị viên quản lý danh mục thủ tục, lịch làm việc và người dùng.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>&amp;Password (10 characters or more):</source>
        <translation>&amp;Mật khẩu (từ 10 ký tự):</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Kết nối cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Where this computer keeps the dossiers: in a file of its own, or on the agency&apos;s server that several computers share.</source>
        <translation>Nơi máy tính này lưu hồ sơ: trong một tệp của riêng máy, hoặc trên máy chủ của cơ quan mà nhiều máy tính dùng chung.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FormPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>Đã gửi %1 tới %2.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::HistoryCheckDialog</name>
    <message>
        <source>Integrity of the histories</source>
        <translation>Toàn vẹn lịch sử</translation>
    </message>
    <message>
        <source>Walks the hash chain of the dossiers&apos; events and of the administration log, then checks every dossier&apos;s status, step, assignee, pause and due moment against its events, and the counts of dossiers by department and status against the dossiers. What was changed outside MotCua is listed below.</source>
        <translation>Duyệt chuỗi băm của nhật ký sự kiện hồ sơ và nhật ký quản trị, rồi đối chiếu trạng thái, bước, người xử lý, tạm dừng và hạn trả của từng hồ sơ với các sự kiện của nó, và số hồ sơ theo phòng ban và trạng thái với chính các hồ sơ. Những gì bị thay đổi ngoài MotCua được liệt kê bên dưới.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Kiểm tra ngay</translation>
    </message>
    <message>
        <source>Dossiers&apos; events</source>
        <translation>Sự kiện hồ sơ</translation>
    </message>
    <message>
        <source>Administration log</source>
        <translation>Nhật ký quản trị</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>%1 history entries and %2 dossiers in %3 s</source>
        <translation>%1 mục lịch sử và %2 hồ sơ trong %3 giây</translation>
    </message>
    <message>
        <source>The check was cancelled: %1 checked, nothing concluded.</source>
        <translation>Đã hủy kiểm tra: đã xét %1, chưa có kết luận.</translation>
    </message>
    <message>
        <source>Everything holds: %1, nothing changed outside MotCua.</source>
        <translation>Tất cả đều khớp: %1, không có gì bị thay đổi ngoài MotCua.</translation>
    </message>
    <message>
        <source>%1 findings (the first %2 are listed; motcua-cli verify lists them all): %3.</source>
        <translation>%1 phát hiện (liệt kê %2 phát hiện đầu; motcua-cli verify liệt kê tất cả): %3.</translation>
    </message>
    <message>
        <source>%1 findings: the database was changed outside MotCua (%2).</source>
        <translation>%1 phát hiện: cơ sở dữ liệu đã bị thay đổi ngoài MotCua (%2).</translation>
    </message>
</context>
<context>
    <name>motcua::ui::IntakeForm</name>
    <message>
        <source>no fee</source>
        <translation>không thu phí</translation>
    </message>
    <message>
        <source>fee %1 VND</source>
        <translation>phí %1 đồng</translation>
    </message>
    <message>
        <source>&amp;Why this date?</source>
        <translation>&amp;Vì sao hẹn ngày này?</translation>
    </message>
    <message>
        <source>Show the rule, the days off skipped and how the due moment follows (Ctrl+Shift+D)</source>
        <translation>Xem quy tắc tính, các ngày nghỉ được trừ và cách tính ra ngày hẹn (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Record supplement re&amp;quest (Mẫu 02)</source>
        <translation>Lập phiếu yêu cầu &amp;bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <source>Record that the dossier cannot be received until the missing documents are brought (Ctrl+Shift+S)</source>
        <translation>Ghi nhận hồ sơ chưa tiếp nhận được cho đến khi bổ sung đủ giấy tờ (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
    <message>
        <source>Store the dossier and give it its code (Enter, Ctrl+Return)</source>
        <translation>Lưu hồ sơ và cấp mã hồ sơ (Enter, Ctrl+Return)</translation>
    </message>
    <message>
        <source>The procedures could not be loaded: %1</source>
        <translation>Không tải được danh mục thủ tục: %1</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Type part of the name or code, without accents if you like (Ctrl+F)</source>
        <translation>Gõ một phần tên hoặc mã, có thể gõ không dấu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Thành phần hồ sơ đã nhận</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Space checks a document; type a number to change its count. Bold with *: mandatory.</source>
        <translation>Phím cách để đánh dấu giấy tờ; gõ số để đổi số lượng. In đậm có dấu *: bắt buộc.</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>Đánh dấu &amp;tất cả</translation>
    </message>
    <message>
        <source>Check every document of the procedure (Ctrl+Shift+A)</source>
        <translation>Đánh dấu mọi giấy tờ của thủ tục (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Channel and result</source>
        <translation>Hình thức nộp và nhận kết quả</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Tại quầy</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source> VND</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Hình thức nộp</translation>
    </message>
    <message>
        <source>N&amp;umber of sets</source>
        <translation>Số &amp;bộ hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Fee paid</source>
        <translation>&amp;Phí, lệ phí đã nộp</translation>
    </message>
    <message>
        <source>No procedure chosen yet.</source>
        <translation>Chưa chọn thủ tục.</translation>
    </message>
    <message>
        <source>legal time limit %1</source>
        <translation>thời hạn giải quyết %1</translation>
    </message>
    <message>
        <source>Mandatory: %1</source>
        <translation>Bắt buộc: %1</translation>
    </message>
    <message>
        <source>The documents appear when a procedure is chosen.</source>
        <translation>Danh sách giấy tờ hiện ra khi chọn thủ tục.</translation>
    </message>
    <message>
        <source>%1 of %2 documents checked</source>
        <translation>Đã nhận %1/%2 giấy tờ</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory document(s) missing</source>
        <translation>
            <numerusform>Còn thiếu %n giấy tờ bắt buộc</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing mandatory missing</source>
        <translation>đủ giấy tờ bắt buộc</translation>
    </message>
    <message>
        <source>Result due: choose a procedure</source>
        <translation>Hẹn trả kết quả: hãy chọn thủ tục</translation>
    </message>
    <message>
        <source>Result due: cannot be computed (%1)</source>
        <translation>Hẹn trả kết quả: không tính được (%1)</translation>
    </message>
    <message>
        <source>Result due: %1 (%2)</source>
        <translation>Hẹn trả kết quả: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the procedure first: type part of its name or code.</source>
        <translation>Hãy chọn thủ tục trước: gõ một phần tên hoặc mã thủ tục.</translation>
    </message>
    <message>
        <source>All mandatory documents are checked: the dossier can be received.</source>
        <translation>Đã đủ giấy tờ bắt buộc: có thể tiếp nhận hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <source>The dossier cannot be received: %n mandatory document(s) missing:</source>
        <translation>
            <numerusform>Chưa tiếp nhận được hồ sơ: còn thiếu %n giấy tờ bắt buộc:</numerusform>
        </translation>
    </message>
    <message>
        <source>Check them if the applicant has brought them, or record a supplement request (Mẫu 02) instead.</source>
        <translation>Đánh dấu nếu người nộp đã mang đến, hoặc lập phiếu yêu cầu bổ sung (Mẫu 02).</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Nhận kết quả</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF (Ctrl+P)</source>
        <translation>Xem trước, in hoặc lưu PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Dossier %1 received from %2. Result due %3. Ctrl+P prints the receipt.</source>
        <translation>Đã tiếp nhận hồ sơ %1 của %2. Hẹn trả kết quả %3. Nhấn Ctrl+P để in giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>&amp;Print the receipt (Form 01)</source>
        <translation>&amp;In giấy tiếp nhận (Mẫu 01)</translation>
    </message>
    <message>
        <source>&amp;Print the supplement request (Form 02)</source>
        <translation>&amp;In phiếu yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention: see the red messages under them.</source>
        <translation>
            <numerusform>%n trường cần sửa: xem dòng chữ đỏ dưới mỗi trường.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supplement request no. %2 (Mẫu 02) recorded for %1: %n document(s) to bring. Ctrl+P prints it.</source>
        <translation>
            <numerusform>Đã lập phiếu yêu cầu bổ sung số %2 (Mẫu 02) cho %1: %n giấy tờ cần bổ sung. Ctrl+P để in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::KeychainPasswordStore</name>
    <message>
        <source>The keyring refused to give the password: %1</source>
        <translation>Kho mật khẩu không cho đọc mật khẩu: %1</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password: %1</source>
        <translation>Kho mật khẩu không cho lưu mật khẩu: %1</translation>
    </message>
    <message>
        <source>The keyring refused to forget the password: %1</source>
        <translation>Kho mật khẩu không cho xóa mật khẩu: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::LoginDialog</name>
    <message>
        <source>Sign in — MotCua</source>
        <translation>Đăng nhập — MotCua</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&lt;b&gt;One-stop shop&lt;/b&gt; — sign in to work.</source>
        <translation>&lt;b&gt;Bộ phận một cửa&lt;/b&gt; — đăng nhập để làm việc.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Change the temporary password to sign in.</source>
        <translation>Hãy đổi mật khẩu tạm thời để đăng nhập.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>MotCua — One-stop shop</source>
        <translation>MotCua — Bộ phận một cửa</translation>
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
    <message>
        <source>Procedures catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>My dossiers</source>
        <translation>Hồ sơ của tôi</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
    <message>
        <source>Receive dossiers</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Overdue / due soon</source>
        <translation>Quá hạn / Sắp đến hạn</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Dossier &amp;register (Form 07)…</source>
        <translation>&amp;Sổ theo dõi hồ sơ (Mẫu 07)…</translation>
    </message>
    <message>
        <source>Form &amp;templates…</source>
        <translation>&amp;Mẫu in…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>Dossier not received yet</source>
        <translation>Hồ sơ chưa được tiếp nhận</translation>
    </message>
    <message>
        <source>The intake form holds a dossier that has not been received. It will be lost. Leave it anyway?</source>
        <translation>Màn hình tiếp nhận đang có một hồ sơ chưa được tiếp nhận. Nếu rời đi, hồ sơ đang nhập sẽ mất. Vẫn rời đi?</translation>
    </message>
    <message>
        <source>&amp;Supplement requests at the counter…</source>
        <translation>&amp;Phiếu yêu cầu bổ sung tại quầy…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Situation and results of handling (form II.06a)</source>
        <translation>Tình hình, kết quả giải quyết TTHC (biểu II.06a)</translation>
    </message>
    <message>
        <source>Online submissions</source>
        <translation>Hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Online submissions (%1)</source>
        <translation>Hồ sơ trực tuyến (%1)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Người dùng…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message numerus="yes">
        <source>%n new dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ mới</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Administration &amp;log…</source>
        <translation>&amp;Nhật ký quản trị…</translation>
    </message>
    <message>
        <source>&amp;Procedures and ISO processes…</source>
        <translation>Danh mục &amp;thủ tục và quy trình ISO…</translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation>&amp;Lịch làm việc…</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>The new calendar is stored; this window counts with it from the next sign-in.</source>
        <translation>Lịch mới đã được lưu; cửa sổ này tính theo lịch mới từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <source>&amp;Integrity of the histories…</source>
        <translation>Kiểm tra toàn &amp;vẹn lịch sử…</translation>
    </message>
    <message>
        <source>The working calendar was changed on another workstation: this window counts with it once the work in hand is done.</source>
        <translation>Lịch làm việc vừa được thay đổi trên máy khác: cửa sổ này sẽ tính theo lịch mới khi xong việc đang làm.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Hủy bỏ</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MovedDueModel</name>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Hạn hiện tại</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <source>Moves by</source>
        <translation>Dời</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MovedDuesDialog</name>
    <message>
        <source>Preview of the calendar change</source>
        <translation>Xem trước thay đổi lịch</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Thay đổi: %1</translation>
    </message>
    <message>
        <source>No open dossier&apos;s due moment moves.</source>
        <translation>Không hồ sơ đang giải quyết nào bị dời hạn trả.</translation>
    </message>
    <message numerus="yes">
        <source>The due moments of %n open dossier(s) move as below. Each moved dossier gets an event in its history saying why.</source>
        <translation>
            <numerusform>Hạn trả của %n hồ sơ đang giải quyết sẽ dời như dưới đây. Mỗi hồ sơ bị dời hạn được ghi một sự kiện vào lịch sử, nói rõ lý do.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message numerus="yes">
        <source>Ignored, not read by this version (%n key(s)):</source>
        <translation>
            <numerusform>Bỏ qua, phiên bản này không đọc (%n khóa):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::OfficeHoursDialog</name>
    <message>
        <source>Office sessions</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>The sessions of each weekday, as &quot;07:00-11:30, 13:30-17:00&quot;; leave a day empty when the office is closed. A make-up working day has Monday&apos;s sessions, and Monday&apos;s working time is the length of a working day.</source>
        <translation>Các buổi làm việc của từng ngày trong tuần, dạng &quot;07:00-11:30, 13:30-17:00&quot;; để trống ngày cơ quan không làm việc. Ngày làm bù theo giờ của thứ Hai, và thời gian làm việc của thứ Hai là độ dài một ngày làm việc.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>nghỉ</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OnTimeChart</name>
    <message>
        <source>Save the chart as PNG…</source>
        <translation>Lưu biểu đồ thành ảnh PNG…</translation>
    </message>
    <message>
        <source>Share resolved early or on time, %</source>
        <translation>Tỷ lệ giải quyết trước hạn, đúng hạn (%)</translation>
    </message>
    <message>
        <source>Early or on time</source>
        <translation>Trước hạn hoặc đúng hạn</translation>
    </message>
    <message>
        <source>%1: %2 % early or on time (%3 early, %4 on time, %5 late of %6 resolved)</source>
        <translation>%1: %2 % trước hạn hoặc đúng hạn (%3 trước hạn, %4 đúng hạn, %5 quá hạn trên %6 hồ sơ đã giải quyết)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OnlineQueueView</name>
    <message>
        <source>Refuse the online submission (Form 03)</source>
        <translation>Từ chối hồ sơ trực tuyến (Mẫu 03)</translation>
    </message>
    <message>
        <source>The submission of %1 will be refused before acceptance: it gets no dossier code, and Form 03 gives the reason.</source>
        <translation>Hồ sơ của %1 sẽ bị từ chối trước khi tiếp nhận: hồ sơ không được cấp mã, và Mẫu 03 ghi rõ lý do.</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>&amp;Lý do từ chối:</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message>
        <source>Write the reason: Form 03 prints it.</source>
        <translation>Hãy ghi lý do: Mẫu 03 in lý do này.</translation>
    </message>
    <message>
        <source>Accept the online submission</source>
        <translation>Tiếp nhận hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>%1 – %2
Accepting gives the dossier its code and register entry now, and counts its due moment from now.</source>
        <translation>%1 – %2
Khi tiếp nhận, hồ sơ được cấp mã và số sổ theo dõi ngay, và thời hạn giải quyết tính từ lúc này.</translation>
    </message>
    <message>
        <source>&amp;Fee paid:</source>
        <translation>&amp;Phí, lệ phí đã nộp:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
    <message>
        <source>Online submissions waiting for acceptance</source>
        <translation>Hồ sơ trực tuyến chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Choose the &amp;folder…</source>
        <translation>Chọn &amp;thư mục…</translation>
    </message>
    <message>
        <source>Read &amp;new submissions (F5)</source>
        <translation>Nhận hồ sơ &amp;mới (F5)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Nộp lúc</translation>
    </message>
    <message>
        <source>Time waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>Số hồ sơ trên cổng</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Tiếp nhận…</translation>
    </message>
    <message>
        <source>Ask for a &amp;supplement (Form 02)…</source>
        <translation>Yêu cầu &amp;bổ sung (Mẫu 02)…</translation>
    </message>
    <message>
        <source>&amp;Refuse (Form 03)…</source>
        <translation>Từ &amp;chối (Mẫu 03)…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Đọc lúc</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Nhật ký nhận tệp</translation>
    </message>
    <message>
        <source> – see the files read.</source>
        <translation> – xem nhật ký nhận tệp.</translation>
    </message>
    <message>
        <source>No inbox folder is set: submissions arrive through motcua-cli submit, or an administrator chooses the folder.</source>
        <translation>Chưa chọn thư mục nhận hồ sơ: hồ sơ được đưa vào bằng motcua-cli submit, hoặc quản trị viên chọn thư mục.</translation>
    </message>
    <message>
        <source>Inbox folder: %1</source>
        <translation>Thư mục nhận hồ sơ: %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>supplement asked %1</source>
        <translation>đã yêu cầu bổ sung %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Chờ tiếp nhận (%1)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>already known</source>
        <translation>đã có</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>đã để riêng</translation>
    </message>
    <message>
        <source>No online submission is waiting.</source>
        <translation>Không có hồ sơ trực tuyến nào đang chờ.</translation>
    </message>
    <message>
        <source>%1 · tax code %2 · representative %3</source>
        <translation>%1 · mã số thuế %2 · người đại diện %3</translation>
    </message>
    <message>
        <source>%1 · identity number %2 · born %3</source>
        <translation>%1 · số định danh %2 · sinh ngày %3</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <source>Phone: %1 · E-mail: %2 · Result: %3</source>
        <translation>Điện thoại: %1 · Thư điện tử: %2 · Nhận kết quả: %3</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>qua bưu chính</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>tại bộ phận một cửa</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>chưa đính kèm</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Print the receipt (Form 01)</source>
        <translation>&amp;In giấy tiếp nhận (Mẫu 01)</translation>
    </message>
    <message>
        <source>Accepted as dossier %1, result due %2. Print the receipt for the applicant.</source>
        <translation>Đã tiếp nhận thành hồ sơ %1, hẹn trả %2. Hãy in giấy tiếp nhận cho người nộp.</translation>
    </message>
    <message>
        <source>Every mandatory document is attached: the submission can be accepted.</source>
        <translation>Đã đính kèm đủ giấy tờ bắt buộc: có thể tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Print the supplement request (Form 02)</source>
        <translation>&amp;In phiếu yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <source>Supplement request no. %1 (Form 02) recorded for %2; the submission keeps waiting.</source>
        <translation>Đã ghi phiếu yêu cầu bổ sung số %1 (Mẫu 02) cho %2; hồ sơ tiếp tục chờ tiếp nhận.</translation>
    </message>
    <message>
        <source>&amp;Print the refusal (Form 03)</source>
        <translation>&amp;In phiếu từ chối (Mẫu 03)</translation>
    </message>
    <message>
        <source>The submission of %1 is refused.</source>
        <translation>Đã từ chối hồ sơ của %1.</translation>
    </message>
    <message>
        <source>The folder the portal&apos;s files arrive in</source>
        <translation>Thư mục nhận tệp hồ sơ từ cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Every workstation now reads %1.</source>
        <translation>Từ nay mọi máy trạm đọc thư mục %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OverdueListModel</name>
    <message>
        <source>Overdue %1</source>
        <translation>Quá hạn %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>trễ %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>Late / left</source>
        <translation>Trễ hạn / còn lại</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedureEditDialog</name>
    <message>
        <source>New procedure</source>
        <translation>Thêm thủ tục</translation>
    </message>
    <message>
        <source>Edit the procedure %1</source>
        <translation>Sửa thủ tục %1</translation>
    </message>
    <message>
        <source>national code, e.g. 1.011442</source>
        <translation>mã quốc gia, ví dụ 1.011442</translation>
    </message>
    <message>
        <source>Working time from the receipt (1 day = one working day of hours)</source>
        <translation>Tính theo giờ làm việc từ lúc tiếp nhận (1 ngày = số giờ của một ngày làm việc)</translation>
    </message>
    <message>
        <source>Whole days, morning to morning (received in the morning, due in a morning)</source>
        <translation>Tròn ngày, sáng trả sáng (nhận buổi sáng, hẹn trả buổi sáng)</translation>
    </message>
    <message>
        <source>The clock pauses and goes on</source>
        <translation>Tạm dừng rồi tính tiếp</translation>
    </message>
    <message>
        <source>The whole limit counts again</source>
        <translation>Tính lại toàn bộ thời hạn</translation>
    </message>
    <message>
        <source>VND; empty: no fee</source>
        <translation>đồng; để trống: không thu phí</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã thủ tục:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên thủ tục:</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp thực hiện:</translation>
    </message>
    <message>
        <source>Legal &amp;time limit:</source>
        <translation>&amp;Thời hạn giải quyết:</translation>
    </message>
    <message>
        <source>Counting &amp;rule:</source>
        <translation>Cách tính thời &amp;hạn:</translation>
    </message>
    <message>
        <source>On a &amp;supplement:</source>
        <translation>Khi yêu cầu &amp;bổ sung:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>Lệ &amp;phí:</translation>
    </message>
    <message>
        <source>Fee &amp;note:</source>
        <translation>&amp;Ghi chú lệ phí:</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Handling &amp;department:</source>
        <translation>&amp;Phòng giải quyết:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>Thêm &amp;giấy tờ</translation>
    </message>
    <message>
        <source>R&amp;emove the document</source>
        <translation>&amp;Xóa giấy tờ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Required documents:</source>
        <translation>Thành phần hồ sơ:</translation>
    </message>
    <message>
        <source>The fee is a whole number of đồng: 50000.</source>
        <translation>Lệ phí là số đồng nguyên: 50000.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedurePicker</name>
    <message>
        <source>Type part of the procedure&apos;s name or code, e.g. &quot;cap phep xuat ban&quot;</source>
        <translation>Gõ một phần tên hoặc mã thủ tục, ví dụ &quot;cap phep xuat ban&quot;</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcessVersionDialog</name>
    <message>
        <source>Issue a new process version of %1</source>
        <translation>Ban hành phiên bản quy trình mới của %1</translation>
    </message>
    <message>
        <source>Correct issue %1 of the process of %2</source>
        <translation>Sửa lần ban hành %1 của quy trình %2</translation>
    </message>
    <message>
        <source>e.g. QT-BCXB-01</source>
        <translation>ví dụ QT-BCXB-01</translation>
    </message>
    <message>
        <source>Document &amp;code:</source>
        <translation>&amp;Mã tài liệu:</translation>
    </message>
    <message>
        <source>&amp;Issue number:</source>
        <translation>&amp;Lần ban hành:</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation>Nội dung &amp;sửa đổi:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>Người &amp;biên soạn:</translation>
    </message>
    <message>
        <source>&amp;Reviewed by:</source>
        <translation>Người &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>Người &amp;phê duyệt:</translation>
    </message>
    <message>
        <source>Step content</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Output / form</source>
        <translation>Kết quả / biểu mẫu</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>Thêm &amp;bước</translation>
    </message>
    <message>
        <source>R&amp;emove the step</source>
        <translation>&amp;Xóa bước</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 — %2; legal time limit: %3</source>
        <translation>%1 — %2; thời hạn giải quyết: %3</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Các bước:</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Bước %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::ui::RegisterDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%v of %m dossiers</source>
        <translation>%v/%m hồ sơ</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>Lưu sổ theo dõi hồ sơ thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The register was not saved: cancelled.</source>
        <translation>Chưa lưu sổ theo dõi hồ sơ: đã hủy.</translation>
    </message>
    <message>
        <source>Saved %1: %2 dossiers, %3 pages.</source>
        <translation>Đã lưu %1: %2 hồ sơ, %3 trang.</translation>
    </message>
    <message>
        <source>The register was not printed: cancelled.</source>
        <translation>Chưa in sổ theo dõi hồ sơ: đã hủy.</translation>
    </message>
    <message>
        <source>%1 sent to %2: %3 dossiers, %4 pages.</source>
        <translation>Đã gửi %1 tới %2: %3 hồ sơ, %4 trang.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportChart</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu thành PNG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>In biểu đồ</translation>
    </message>
    <message>
        <source>Point at a bar or a point to see its values.</source>
        <translation>Trỏ vào một cột hoặc một điểm để xem số liệu.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportsView</name>
    <message>
        <source>Reports: situation and results of handling administrative procedures (form II.06a)</source>
        <translation>Báo cáo tình hình, kết quả giải quyết thủ tục hành chính (biểu II.06a)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Xem báo cáo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy lập báo cáo.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>Form II.06a</source>
        <translation>Biểu II.06a</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Theo cá nhân</translation>
    </message>
    <message>
        <source>By process step</source>
        <translation>Theo bước quy trình</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả các phòng</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>chỉ quá hạn</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Phòng:</translation>
    </message>
    <message>
        <source>and due within</source>
        <translation>và đến hạn trong</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Kết nối cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Máy in mặc định của hệ thống</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (hiện không tìm thấy)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Default &amp;printer:</source>
        <translation>Máy &amp;in mặc định:</translation>
    </message>
    <message>
        <source>Paper &amp;size of reports:</source>
        <translation>&amp;Khổ giấy của báo cáo:</translation>
    </message>
    <message>
        <source>The receipt and the other forms keep their legal size (A5); the register is A4.</source>
        <translation>Giấy tiếp nhận và các biểu mẫu khác giữ khổ theo quy định (A5); sổ theo dõi in khổ A4.</translation>
    </message>
    <message>
        <source>Open now: %1. A change is used at the next start; &quot;motcua --db&quot; overrides it.</source>
        <translation>Đang mở: %1. Thay đổi được dùng từ lần khởi động sau; &quot;motcua --db&quot; được ưu tiên hơn.</translation>
    </message>
    <message>
        <source>Only an administrator changes the agency&apos;s settings.</source>
        <translation>Chỉ quản trị viên được thay đổi cài đặt của cơ quan.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>The cut-off applies to dossiers received from the next sign-in on; due moments already given do not move.</source>
        <translation>Giờ chốt áp dụng cho hồ sơ tiếp nhận từ lần đăng nhập sau; hạn đã hẹn không thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n trường cần sửa; chưa lưu gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new database connection is used at the next start.</source>
        <translation>Kết nối cơ sở dữ liệu mới được dùng từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>The new database connection is used at the next start. %1</source>
        <translation>Kết nối cơ sở dữ liệu mới được dùng từ lần khởi động sau. %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SignInLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Sai mật khẩu</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bị khóa</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Tài khoản bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>Unlocked by the administrator</source>
        <translation>Quản trị viên mở khóa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Máy trạm</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>motcua::ui::StartupConnection</name>
    <message>
        <source>The password of %1 on the server %2:</source>
        <translation>Mật khẩu của %1 trên máy chủ %2:</translation>
    </message>
    <message>
        <source>(This computer has no keyring to keep it in: it is asked at each start.)</source>
        <translation>(Máy tính này không có kho mật khẩu để giữ: mật khẩu được hỏi mỗi lần khởi động.)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>No database is chosen.</source>
        <translation>Chưa chọn cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>MotCua — cannot open the database</source>
        <translation>MotCua — không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>&amp;Change the connection…</source>
        <translation>&amp;Đổi kết nối…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SupplementRequestDialog</name>
    <message>
        <source>Supplement request (Form 02)</source>
        <translation>Phiếu yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <source>For %1 — %2</source>
        <translation>Của %1 — %2</translation>
    </message>
    <message>
        <source>Please bring the documents above; the dossier is received as soon as it is complete.</source>
        <translation>Đề nghị ông/bà bổ sung các giấy tờ trên; hồ sơ được tiếp nhận ngay khi đủ thành phần.</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Lập phiếu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Documents to bring (%1):</source>
        <translation>Giấy tờ cần bổ sung (%1):</translation>
    </message>
    <message>
        <source>&amp;Guidance for the applicant (printed on the form):</source>
        <translation>&amp;Hướng dẫn người nộp (in trên phiếu):</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SupplementRequestsDialog</name>
    <message>
        <source>Supplement requests at the counter (Form 02)</source>
        <translation>Phiếu yêu cầu bổ sung tại quầy (Mẫu 02)</translation>
    </message>
    <message>
        <source>Search: applicant&apos;s name or phone</source>
        <translation>Tìm: tên hoặc số điện thoại người nộp</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Thời gian lập</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Giấy tờ cần bổ sung</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;In lại…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>motcua::ui::TemplatesDialog</name>
    <message>
        <source>Templates of the printed forms</source>
        <translation>Mẫu in của các biểu mẫu</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Template in use</source>
        <translation>Mẫu đang dùng</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất ra tệp…</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Nạp từ tệp…</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped template</source>
        <translation>&amp;Dùng lại mẫu gốc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The agency&apos;s, loaded %1 by %2</source>
        <translation>Mẫu của cơ quan, nạp lúc %1 bởi %2</translation>
    </message>
    <message>
        <source>Shipped (the agency&apos;s does not fit this version: %1)</source>
        <translation>Mẫu gốc (mẫu của cơ quan không còn phù hợp phiên bản này: %1)</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Mẫu gốc</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Xuất mẫu in</translation>
    </message>
    <message>
        <source>Form templates (*.html)</source>
        <translation>Mẫu in (*.html)</translation>
    </message>
    <message>
        <source>%1: template written to %2.</source>
        <translation>%1: đã xuất mẫu in ra %2.</translation>
    </message>
    <message>
        <source>Load a template</source>
        <translation>Nạp mẫu in</translation>
    </message>
    <message>
        <source>%1 is not used: %2 The template in use has not changed.</source>
        <translation>Không dùng %1: %2 Mẫu đang dùng không thay đổi.</translation>
    </message>
    <message>
        <source>%1 now prints with %2.</source>
        <translation>%1 từ nay in theo %2.</translation>
    </message>
    <message>
        <source>Print %1 with the shipped template again? The agency&apos;s template is removed.</source>
        <translation>In %1 theo mẫu gốc? Mẫu của cơ quan sẽ bị xóa.</translation>
    </message>
    <message>
        <source>%1 prints with the shipped template again.</source>
        <translation>%1 đã in lại theo mẫu gốc.</translation>
    </message>
    <message>
        <source>The agency&apos;s, which cannot print the register: %1 Load a corrected one or go back to the shipped one.</source>
        <translation>Mẫu của cơ quan, không in được sổ: %1 Hãy nạp mẫu đã sửa hoặc dùng lại mẫu gốc.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::TrendCharts</name>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Early or on time, %</source>
        <translation>Trước hạn hoặc đúng hạn, %</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 resolved</source>
        <translation>%1: %2 tiếp nhận, %3 đã giải quyết</translation>
    </message>
    <message>
        <source>%1: %2 early or on time (%3 of %4 resolved)</source>
        <translation>%1: %2 trước hạn hoặc đúng hạn (%3 trên %4 hồ sơ đã giải quyết)</translation>
    </message>
    <message>
        <source>Dossiers received and resolved per month</source>
        <translation>Hồ sơ tiếp nhận và đã giải quyết theo tháng</translation>
    </message>
    <message>
        <source>Share resolved early or on time per month, %</source>
        <translation>Tỷ lệ giải quyết trước hạn hoặc đúng hạn theo tháng, %</translation>
    </message>
    <message>
        <source>%1 (%2): %3 early or on time (%4 of %5 resolved)</source>
        <translation>%1 (%2): %3 trước hạn hoặc đúng hạn (%4 trên %5 hồ sơ đã giải quyết)</translation>
    </message>
    <message>
        <source>Share resolved early or on time per department, %</source>
        <translation>Tỷ lệ giải quyết trước hạn hoặc đúng hạn theo phòng, %</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Bước %1</translation>
    </message>
    <message>
        <source>Step %1: %2 dossiers overdue now</source>
        <translation>Bước %1: %2 hồ sơ đang quá hạn</translation>
    </message>
    <message>
        <source>Dossiers overdue now by step</source>
        <translation>Hồ sơ đang quá hạn theo bước</translation>
    </message>
</context>
<context>
    <name>motcua::ui::UserEditDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Edit the user %1</source>
        <translation>Sửa người dùng %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Phòng ban:</translation>
    </message>
    <message>
        <source>&amp;Password (at least 10 characters):</source>
        <translation>&amp;Mật khẩu (ít nhất 10 ký tự):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::UserTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Khóa đến</translation>
    </message>
</context>
<context>
    <name>motcua::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
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
        <source>&amp;Disable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Sign-in log</source>
        <translation>Nhật ký đăng nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Đã thêm người dùng %1.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>Đã sửa người dùng %1.</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Vô hiệu hóa người dùng</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They will no longer be able to sign in; their dossiers and history stay as they are.</source>
        <translation>Vô hiệu hóa %1 (%2)? Người này sẽ không đăng nhập được nữa; hồ sơ và lịch sử của họ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Đã kích hoạt người dùng %1.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>Đã vô hiệu hóa người dùng %1.</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Give %1 a temporary password? They must choose their own at the next sign-in.</source>
        <translation>Cấp cho %1 một mật khẩu tạm thời? Người này phải tự chọn mật khẩu mới ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mật khẩu tạm thời</translation>
    </message>
    <message>
        <source>The temporary password of %1 is:

%2

Give it to them in person; they must change it at the next sign-in.</source>
        <translation>Mật khẩu tạm thời của %1 là:

%2

Hãy trao tận tay; người này phải đổi ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>Đã mở khóa người dùng %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::YearGrid</name>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>We</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Lunar: %1/%2 (leap) of the lunar year %3</source>
        <translation>Âm lịch: %1/%2 (nhuận) năm %3</translation>
    </message>
    <message>
        <source>Lunar: %1/%2 of the lunar year %3</source>
        <translation>Âm lịch: %1/%2 năm %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Generated from the statutory rules, not confirmed yet</source>
        <translation>Sinh tự động theo luật, chưa xác nhận</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Ngày nghỉ cuối tuần</translation>
    </message>
    <message>
        <source>Public holiday, day off</source>
        <translation>Ngày lễ, ngày nghỉ</translation>
    </message>
    <message>
        <source>Substitute day off</source>
        <translation>Ngày nghỉ bù</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
</context>
<context>
    <name>motcua::workflow</name>
    <message>
        <source>Only the head of the handling department may assign dossier %1.</source>
        <translation>Chỉ lãnh đạo phòng thụ lý được phân công hồ sơ %1.</translation>
    </message>
    <message>
        <source>%1 may not %2 a dossier: it needs the role %3.</source>
        <translation>%1 không được %2 hồ sơ: cần vai trò %3.</translation>
    </message>
    <message>
        <source>The result of %1 is not ready yet.</source>
        <translation>Hồ sơ %1 chưa có kết quả.</translation>
    </message>
    <message>
        <source>The result of %1 is ready: it can only be returned.</source>
        <translation>Hồ sơ %1 đã có kết quả: chỉ còn trả kết quả.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: reload it and try again.</source>
        <translation>Hồ sơ %1 vừa được người khác thay đổi: hãy tải lại và thực hiện lại.</translation>
    </message>
    <message>
        <source>%1 may not %2: it needs the role &quot;%3&quot;.</source>
        <translation>%1 không được %2: cần vai trò &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Dossier %1 has no step in progress.</source>
        <translation>Hồ sơ %1 không có bước nào đang xử lý.</translation>
    </message>
    <message>
        <source>%1 may not act on step %2 of dossier %3 (%4 of the handling department, or the person assigned).</source>
        <translation>%1 không được xử lý bước %2 của hồ sơ %3 (cần %4 của phòng thụ lý hoặc người được phân công).</translation>
    </message>
    <message>
        <source>Dossier %1 is closed (%2).</source>
        <translation>Hồ sơ %1 đã kết thúc (%2).</translation>
    </message>
    <message>
        <source>Dossier %1 is paused: resume it first.</source>
        <translation>Hồ sơ %1 đang tạm dừng: hãy tiếp tục xử lý trước.</translation>
    </message>
    <message>
        <source>sign an apology letter</source>
        <translation>ký văn bản xin lỗi, gia hạn</translation>
    </message>
    <message>
        <source>The result of %1 is already ready.</source>
        <translation>Hồ sơ %1 đã có kết quả.</translation>
    </message>
    <message>
        <source>Dossier %1 is at its last step: return the result.</source>
        <translation>Hồ sơ %1 đang ở bước cuối: hãy trả kết quả.</translation>
    </message>
    <message>
        <source>Dossier %1 is at step %2 of %3: the result can be ready only from the step before the return.</source>
        <translation>Hồ sơ %1 đang ở bước %2/%3: chỉ báo có kết quả từ bước liền trước bước trả kết quả.</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>enter a back-dated dossier</source>
        <translation>nhập hồ sơ với ngày tiếp nhận trong quá khứ</translation>
    </message>
    <message>
        <source>Procedure %1 has no process with steps.</source>
        <translation>Thủ tục %1 chưa có quy trình với các bước xử lý.</translation>
    </message>
    <message>
        <source>More than 9999 dossiers in one day.</source>
        <translation>Quá 9999 hồ sơ trong một ngày.</translation>
    </message>
    <message>
        <source>The result of %1 is ready: the clock can no longer stop.</source>
        <translation>Hồ sơ %1 đã có kết quả: không thể tạm dừng.</translation>
    </message>
    <message>
        <source>Dossier %1 is not paused.</source>
        <translation>Hồ sơ %1 không ở trạng thái tạm dừng.</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>từ chối giải quyết</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>dừng giải quyết</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>ghi nhận rút</translation>
    </message>
    <message>
        <source>return the result of</source>
        <translation>trả kết quả</translation>
    </message>
    <message>
        <source>%1 may not %2 dossier %3: it is handled by another department.</source>
        <translation>%1 không được %2 hồ sơ %3: hồ sơ do phòng khác thụ lý.</translation>
    </message>
    <message>
        <source>%1 is not a %2 of the handling department.</source>
        <translation>%1 không phải %2 của phòng thụ lý.</translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation>Cần ghi rõ lý do.</translation>
    </message>
    <message>
        <source>Say why the dossier is late.</source>
        <translation>Nêu lý do hồ sơ bị chậm.</translation>
    </message>
    <message>
        <source>The new due moment must be after the current one (%1).</source>
        <translation>Thời hạn mới phải sau thời hạn hiện tại (%1).</translation>
    </message>
    <message>
        <source>%1 is not a %2 of the department of step %3.</source>
        <translation>%1 không phải %2 của phòng thực hiện bước %3.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Thiếu họ tên / tên.</translation>
    </message>
    <message>
        <source>The address is missing.</source>
        <translation>Thiếu địa chỉ.</translation>
    </message>
    <message>
        <source>The identity number is missing.</source>
        <translation>Thiếu số định danh cá nhân.</translation>
    </message>
    <message>
        <source>The tax code is missing.</source>
        <translation>Thiếu mã số thuế.</translation>
    </message>
    <message>
        <source>The legal representative is missing.</source>
        <translation>Thiếu người đại diện theo pháp luật.</translation>
    </message>
    <message>
        <source>A dossier cannot be received in the future.</source>
        <translation>Không thể tiếp nhận hồ sơ ở thời điểm tương lai.</translation>
    </message>
    <message>
        <source>The number of sets is from 1 to 100.</source>
        <translation>Số bộ hồ sơ từ 1 đến 100.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Lệ phí không được âm.</translation>
    </message>
    <message>
        <source>%1 is not a document of the procedure (1 to %2) with a count from 1 to 100.</source>
        <translation>%1 không phải giấy tờ của thủ tục (1 đến %2) với số lượng từ 1 đến 100.</translation>
    </message>
    <message>
        <source>The dossier is incomplete; missing: %1.</source>
        <translation>Hồ sơ chưa đầy đủ; còn thiếu: %1.</translation>
    </message>
    <message>
        <source>Nothing is missing: the dossier can be received.</source>
        <translation>Không thiếu giấy tờ nào: hồ sơ có thể được tiếp nhận.</translation>
    </message>
    <message>
        <source>The online submission of %1 was changed by someone else meanwhile: reload it and try again.</source>
        <translation>Hồ sơ trực tuyến của %1 vừa được người khác thay đổi: hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>accept online submissions</source>
        <translation>tiếp nhận hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>This online submission is no longer waiting: it is &quot;%1&quot;.</source>
        <translation>Hồ sơ trực tuyến này không còn chờ tiếp nhận: đang ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the first day.</source>
        <translation>Hãy nhập ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>A range covers at most %1 days.</source>
        <translation>Một khoảng ngày dài nhiều nhất %1 ngày.</translation>
    </message>
    <message>
        <source>Give the name of the day (e.g. &quot;Tết Nguyên đán&quot;).</source>
        <translation>Hãy nhập tên ngày (ví dụ &quot;Tết Nguyên đán&quot;).</translation>
    </message>
    <message>
        <source>A make-up working day is a Saturday or Sunday: %1 – %2 has none.</source>
        <translation>Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: %1 – %2 không có ngày nào như vậy.</translation>
    </message>
    <message>
        <source>A day off is a weekday: %1 – %2 has none.</source>
        <translation>Ngày nghỉ phải là ngày thường: %1 – %2 không có ngày nào như vậy.</translation>
    </message>
    <message>
        <source>generated calendar of %1 confirmed</source>
        <translation>xác nhận lịch sinh tự động năm %1</translation>
    </message>
    <message>
        <source>calendar of %1 imported from a file (%2 entries)</source>
        <translation>nhập lịch năm %1 từ tệp (%2 ngày)</translation>
    </message>
    <message>
        <source>office sessions changed: %1</source>
        <translation>đổi giờ làm việc: %1</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 “%3”</translation>
    </message>
    <message>
        <source>entry of %1 removed</source>
        <translation>xóa ngày %1 khỏi lịch</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>bước %1</translation>
    </message>
    <message>
        <source>change the working calendar</source>
        <translation>sửa lịch làm việc</translation>
    </message>
    <message>
        <source>The change has no entry.</source>
        <translation>Thay đổi không có ngày nào.</translation>
    </message>
    <message>
        <source>The file holds no calendar entry.</source>
        <translation>Tệp không có ngày nào của lịch.</translation>
    </message>
    <message>
        <source>legal %1</source>
        <translation>hạn luật định %1</translation>
    </message>
</context>
<context>
    <name>motcua::workflow::Action</name>
    <message>
        <source>Assign…</source>
        <translation>Phân công…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Chuyển xử lý…</translation>
    </message>
    <message>
        <source>Result ready…</source>
        <translation>Có kết quả…</translation>
    </message>
    <message>
        <source>Request supplement…</source>
        <translation>Yêu cầu bổ sung / tạm dừng…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Tiếp tục xử lý…</translation>
    </message>
    <message>
        <source>Extend with apology…</source>
        <translation>Gia hạn, xin lỗi…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Dừng giải quyết…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Rút hồ sơ…</translation>
    </message>
    <message>
        <source>Return result…</source>
        <translation>Trả kết quả…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Tiếp nhận…</translation>
    </message>
</context>
</TS>

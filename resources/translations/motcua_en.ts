<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>main</name>
    <message>
        <source>One-stop shop software</source>
        <translation>One-stop shop software</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
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
        <translation>%1.date must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: a make-up working day must be a Saturday or Sunday.</source>
        <translation>%1: a make-up working day must be a Saturday or Sunday.</translation>
    </message>
    <message>
        <source>%1: a day off must be a weekday.</source>
        <translation>%1: a day off must be a weekday.</translation>
    </message>
    <message>
        <source>%1.name must not be empty.</source>
        <translation>%1.name must not be empty.</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarJson</name>
    <message>
        <source>Line %1: the file is not valid JSON (%2).</source>
        <translation>Line %1: the file is not valid JSON (%2).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;motcua-calendar&quot;.</source>
        <translation>"format" must be "motcua-calendar".</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1.</source>
        <translation>"version" must be 1.</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list.</source>
        <translation>"entries" must be a list.</translation>
    </message>
    <message>
        <source>%1.date must be a date YYYY-MM-DD.</source>
        <translation>%1.date must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1.date: %2 appears twice.</source>
        <translation>%1.date: %2 appears twice.</translation>
    </message>
    <message>
        <source>%1.kind must be &quot;day-off&quot;, &quot;substitute&quot; or &quot;workday&quot;.</source>
        <translation>%1.kind must be "day-off", "substitute" or "workday".</translation>
    </message>
    <message>
        <source>%1.confirmed must be true or false.</source>
        <translation>%1.confirmed must be true or false.</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarService</name>
    <message>
        <source>The calendar covers the years %1 – %2.</source>
        <translation>The calendar covers the years %1 – %2.</translation>
    </message>
    <message>
        <source>The calendar has no entry on %1.</source>
        <translation>The calendar has no entry on %1.</translation>
    </message>
</context>
<context>
    <name>motcua::DeadlineCalculator</name>
    <message>
        <source>The time limit must be a number of working days or hours, not negative.</source>
        <translation>The time limit must be a number of working days or hours, not negative.</translation>
    </message>
    <message>
        <source>The time limit is too long (at most %1).</source>
        <translation>The time limit is too long (at most %1).</translation>
    </message>
    <message>
        <source>A limit in working hours must be more than 0.</source>
        <translation>A limit in working hours must be more than 0.</translation>
    </message>
    <message>
        <source>The morning → morning rule needs a whole number of working days.</source>
        <translation>The morning → morning rule needs a whole number of working days.</translation>
    </message>
    <message>
        <source>The due date falls outside the working calendar.</source>
        <translation>The due date falls outside the working calendar.</translation>
    </message>
    <message>
        <source>The moment of receipt is not a valid date and time.</source>
        <translation>The moment of receipt is not a valid date and time.</translation>
    </message>
    <message>
        <source>The moment of receipt is outside the working calendar (%1 – %2).</source>
        <translation>The moment of receipt is outside the working calendar (%1 – %2).</translation>
    </message>
    <message>
        <source>A pause must have a start and an end after it.</source>
        <translation>A pause must have a start and an end after it.</translation>
    </message>
    <message>
        <source>A pause cannot start before the moment of receipt.</source>
        <translation>A pause cannot start before the moment of receipt.</translation>
    </message>
    <message>
        <source>A pause ends outside the working calendar.</source>
        <translation>A pause ends outside the working calendar.</translation>
    </message>
</context>
<context>
    <name>motcua::Explanation</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 of working time</source>
        <translation>%1 of working time</translation>
    </message>
    <message>
        <source>Rule: same-day procedure. Received before %1 on a working day: due at the end of that day; otherwise at the end of the next working day.</source>
        <translation>Rule: same-day procedure. Received before %1 on a working day: due at the end of that day; otherwise at the end of the next working day.</translation>
    </message>
    <message>
        <source>Rule: %1 working days, returned in the same session as received (morning → morning, afternoon → afternoon).</source>
        <translation>Rule: %1 working days, returned in the same session as received (morning → morning, afternoon → afternoon).</translation>
    </message>
    <message>
        <source>Rule: %1 working hours (%2 working minutes), counted from the moment of receipt.</source>
        <translation>Rule: %1 working hours (%2 working minutes), counted from the moment of receipt.</translation>
    </message>
    <message>
        <source>Rule: %1 working days × %2 working minutes = %3 working minutes, counted from the moment of receipt.</source>
        <translation>Rule: %1 working days × %2 working minutes = %3 working minutes, counted from the moment of receipt.</translation>
    </message>
    <message>
        <source>Received at %1.</source>
        <translation>Received at %1.</translation>
    </message>
    <message>
        <source>Received outside office hours: counting starts at %1.</source>
        <translation>Received outside office hours: counting starts at %1.</translation>
    </message>
    <message>
        <source>Received after the cut-off time %1: due on the next working day.</source>
        <translation>Received after the cut-off time %1: due on the next working day.</translation>
    </message>
    <message>
        <source>Skipped the days off %1 – %2 (weekly rest).</source>
        <translation>Skipped the days off %1 – %2 (weekly rest).</translation>
    </message>
    <message>
        <source>Skipped %1 (weekly rest).</source>
        <translation>Skipped %1 (weekly rest).</translation>
    </message>
    <message>
        <source>Skipped %1: %2 (substitute day off).</source>
        <translation>Skipped %1: %2 (substitute day off).</translation>
    </message>
    <message>
        <source>Skipped %1: %2 (day off).</source>
        <translation>Skipped %1: %2 (day off).</translation>
    </message>
    <message>
        <source>%1 is a make-up working day (%2): counted as a working day.</source>
        <translation>%1 is a make-up working day (%2): counted as a working day.</translation>
    </message>
    <message>
        <source>Paused from %1 to %2 (%3): the due moment moves by %4.</source>
        <translation>Paused from %1 to %2 (%3): the due moment moves by %4.</translation>
    </message>
    <message>
        <source>Extended on %1 to %2: %3.</source>
        <translation>Extended on %1 to %2: %3.</translation>
    </message>
    <message>
        <source>Due at %1.</source>
        <translation>Due at %1.</translation>
    </message>
</context>
<context>
    <name>motcua::OfficeHours</name>
    <message>
        <source>Office sessions must be ordered, not overlapping, within one day (weekday %1).</source>
        <translation>Office sessions must be ordered, not overlapping, within one day (weekday %1).</translation>
    </message>
    <message>
        <source>At least one weekday must have office sessions.</source>
        <translation>At least one weekday must have office sessions.</translation>
    </message>
    <message>
        <source>Monday must be a working day: it defines the length of a working day.</source>
        <translation>Monday must be a working day: it defines the length of a working day.</translation>
    </message>
    <message>
        <source>The same-day cut-off time is not valid.</source>
        <translation>The same-day cut-off time is not valid.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session of the form HH:MM-HH:MM.</source>
        <translation>"%1" is not a session of the form HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session.</source>
        <translation>"%1" is not a valid session.</translation>
    </message>
    <message>
        <source>Sessions must be in order and must not overlap.</source>
        <translation>Sessions must be in order and must not overlap.</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>The option --%1 does not apply to "%2".</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date YYYY-MM-DD.</source>
        <translation>%1: "%2" is not a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: the year must be between %2 and %3.</source>
        <translation>%1: the year must be between %2 and %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a moment &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>%1: "%2" is not a moment "YYYY-MM-DD HH:MM".</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 must be a whole number from %2 to %3, not "%4".</translation>
    </message>
    <message>
        <source>%1 must be a number that is not negative (such as 0, 0.5, 3), not &quot;%2&quot;.</source>
        <translation>%1 must be a number that is not negative (such as 0, 0.5, 3), not "%2".</translation>
    </message>
    <message>
        <source>Usage: motcua-cli %1</source>
        <translation>Usage: motcua-cli %1</translation>
    </message>
    <message>
        <source>--leap: the lunar year %1 has no leap month.</source>
        <translation>--leap: the lunar year %1 has no leap month.</translation>
    </message>
    <message>
        <source>--leap: month %1 of %2 is not a leap month (the leap month is %3).</source>
        <translation>--leap: month %1 of %2 is not a leap month (the leap month is %3).</translation>
    </message>
    <message>
        <source>D: day %1 does not exist in lunar month %2%3 of %4 (it has %5 days).</source>
        <translation>D: day %1 does not exist in lunar month %2%3 of %4 (it has %5 days).</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> (leap)</translation>
    </message>
    <message>
        <source>  (generated, unconfirmed)</source>
        <translation>  (generated, unconfirmed)</translation>
    </message>
    <message>
        <source>Usage: motcua-cli deadline --from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;FROM/TO&quot;]... [--explain] [--json]</source>
        <translation>Usage: motcua-cli deadline --from "YYYY-MM-DD HH:MM" (--days N | --hours N) [--rule default|session] [--pause "FROM/TO"]... [--explain] [--json]</translation>
    </message>
    <message>
        <source>--rule must be &quot;default&quot; or &quot;session&quot;.</source>
        <translation>--rule must be "default" or "session".</translation>
    </message>
    <message>
        <source>--pause must be &quot;YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM&quot;, not &quot;%1&quot;.</source>
        <translation>--pause must be "YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM", not "%1".</translation>
    </message>
    <message>
        <source>pause given on the command line</source>
        <translation>pause given on the command line</translation>
    </message>
    <message>
        <source>--db: there is no database at %1 (create one with &quot;motcua-cli init&quot;).</source>
        <translation>--db: there is no database at %1 (create one with "motcua-cli init").</translation>
    </message>
    <message>
        <source>Usage: motcua-cli init [--db FILE]</source>
        <translation>Usage: motcua-cli init [--db FILE]</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>create the database (--db FILE)</source>
        <translation>create the database (--db FILE)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: the lunar date</source>
        <translation>YYYY-MM-DD: the lunar date</translation>
    </message>
    <message>
        <source>D M YYYY [--leap]: the solar date</source>
        <translation>D M YYYY [--leap]: the solar date</translation>
    </message>
    <message>
        <source>YEAR: days off and make-up working days</source>
        <translation>YEAR: days off and make-up working days</translation>
    </message>
    <message>
        <source>--from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;FROM/TO&quot;]... [--explain]: the due moment</source>
        <translation>--from "YYYY-MM-DD HH:MM" (--days N | --hours N) [--rule default|session] [--pause "FROM/TO"]... [--explain]: the due moment</translation>
    </message>
    <message>
        <source>Usage: motcua-cli COMMAND [options] [--db FILE] [--json] [--lang vi|en]
</source>
        <translation>Usage: motcua-cli COMMAND [options] [--db FILE] [--json] [--lang vi|en]
</translation>
    </message>
    <message>
        <source>date: %1 is before the first supported lunar year.</source>
        <translation>date: %1 is before the first supported lunar year.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see motcua-cli help).</source>
        <translation>unknown command "%1" (see motcua-cli help).</translation>
    </message>
</context>
<context>
    <name>motcua::storage</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of MotCua (schema %2); this version knows schema %3.</source>
        <translation>The database %1 was made by a newer version of MotCua (schema %2); this version knows schema %3.</translation>
    </message>
    <message>
        <source>The migration %1 is missing.</source>
        <translation>The migration %1 is missing.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AboutDialog</name>
    <message>
        <source>About MotCua</source>
        <translation>About MotCua</translation>
    </message>
    <message>
        <source>One-stop shop software for state agencies: receiving dossiers, process control, deadlines in working days and periodic statistics.</source>
        <translation>One-stop shop software for state agencies: receiving dossiers, process control, deadlines in working days and periodic statistics.</translation>
    </message>
    <message>
        <source>Licence: Apache License, Version 2.0.
Built with Qt %1.</source>
        <translation>Licence: Apache License, Version 2.0.
Built with Qt %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>MotCua — One-stop shop</source>
        <translation>MotCua — One-stop shop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;One-stop shop&lt;/h2&gt;&lt;p&gt;Receiving dossiers and returning results.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;One-stop shop&lt;/h2&gt;&lt;p&gt;Receiving dossiers and returning results.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About MotCua</source>
        <translation>&amp;About MotCua</translation>
    </message>
</context>
</TS>

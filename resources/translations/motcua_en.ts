<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job Control</source>
        <translation>Job Control</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Scheduled printing:</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Billing information:</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Job priority:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Banner Pages</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Print Immediately</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Hold Indefinitely</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Day (06:00 to 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Night (18:00 to 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Second Shift (16:00 to 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Third Shift (00:00 to 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (Saturday to Sunday)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Specific Time</translation>
    </message>
    <message>
        <source>Start:</source>
        <comment>Banner page at start</comment>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <comment>Banner page at end</comment>
        <translation>End:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>None</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Top Secret</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Page order:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Pages per sheet:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Duplex Settings Conflicts</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Printer Properties</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Page Setup Conflicts</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>There are conflicts in page setup options. Do you want to fix them?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Advanced Option Conflicts</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>There are conflicts in some advanced options. Do you want to fix them?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>There are conflicts in some options. Please fix them.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Page Set:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>One-stop shop software</source>
        <translation>One-stop shop software</translation>
    </message>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
    <message>
        <source>Database to open: a file or postgresql://USER@HOST:PORT/DATABASE (instead of the one chosen in the settings).</source>
        <translation>Database to open: a file or postgresql://USER@HOST:PORT/DATABASE (instead of the one chosen in the settings).</translation>
    </message>
    <message>
        <source>The working calendar was changed on another workstation: the due moments are counted with the new one.</source>
        <translation>The working calendar was changed on another workstation: the due moments are counted with the new one.</translation>
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
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Substitute day off</source>
        <translation>Substitute day off</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
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
        <translation>&quot;format&quot; must be &quot;motcua-calendar&quot;.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1.</source>
        <translation>&quot;version&quot; must be 1.</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list.</source>
        <translation>&quot;entries&quot; must be a list.</translation>
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
        <translation>%1.kind must be &quot;day-off&quot;, &quot;substitute&quot; or &quot;workday&quot;.</translation>
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
    <name>motcua::CatalogueJson</name>
    <message>
        <source>%1 must be a non-empty text.</source>
        <translation>%1 must be a non-empty text.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 must be a number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 must be a list.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>%1 must be {&quot;days&quot;: N} or {&quot;hours&quot;: N}.</source>
        <translation>%1 must be {&quot;days&quot;: N} or {&quot;hours&quot;: N}.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 must be one of: %2.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid JSON (%2).</source>
        <translation>Line %1: the file is not valid JSON (%2).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;motcua-catalogue&quot;.</source>
        <translation>&quot;format&quot; must be &quot;motcua-catalogue&quot;.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1.</source>
        <translation>&quot;version&quot; must be 1.</translation>
    </message>
    <message>
        <source>%1: the department code is used twice.</source>
        <translation>%1: the department code is used twice.</translation>
    </message>
    <message>
        <source>%1: no department has this code.</source>
        <translation>%1: no department has this code.</translation>
    </message>
    <message>
        <source>%1: the procedure code is used twice.</source>
        <translation>%1: the procedure code is used twice.</translation>
    </message>
    <message>
        <source>%1: the session rule needs a whole number of working days.</source>
        <translation>%1: the session rule needs a whole number of working days.</translation>
    </message>
    <message>
        <source>%1 must hold at least one process version.</source>
        <translation>%1 must hold at least one process version.</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD.</source>
        <translation>%1 must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: this issue number is used twice.</source>
        <translation>%1: this issue number is used twice.</translation>
    </message>
    <message>
        <source>%1 must hold at least one step.</source>
        <translation>%1 must hold at least one step.</translation>
    </message>
    <message>
        <source>%1: issue %2 of the process of %3 is already used by dossiers and cannot change; publish a new issue.</source>
        <translation>%1: issue %2 of the process of %3 is already used by dossiers and cannot change; publish a new issue.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 must be more than 0.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 must be a number.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueRules</name>
    <message>
        <source>Required: fill in this field.</source>
        <translation>Required: fill in this field.</translation>
    </message>
    <message>
        <source>The time of a step must be more than 0.</source>
        <translation>The time of a step must be more than 0.</translation>
    </message>
    <message>
        <source>Use quarters at most: 0.25, 0.5, 1.75 …</source>
        <translation>Use quarters at most: 0.25, 0.5, 1.75 …</translation>
    </message>
    <message>
        <source>A national procedure code is a digit, a dot and six digits: 1.011442.</source>
        <translation>A national procedure code is a digit, a dot and six digits: 1.011442.</translation>
    </message>
    <message>
        <source>The morning-to-morning rule needs a whole number of working days.</source>
        <translation>The morning-to-morning rule needs a whole number of working days.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>Choose the department that handles it.</source>
        <translation>Choose the department that handles it.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>There is no department %1.</translation>
    </message>
    <message>
        <source>Document %1: the name is empty.</source>
        <translation>Document %1: the name is empty.</translation>
    </message>
    <message>
        <source>Document %1: the count must be from 1 to 100.</source>
        <translation>Document %1: the count must be from 1 to 100.</translation>
    </message>
    <message>
        <source>The issue number must be from 1 to 1000.</source>
        <translation>The issue number must be from 1 to 1000.</translation>
    </message>
    <message>
        <source>Give the issue date.</source>
        <translation>Give the issue date.</translation>
    </message>
    <message>
        <source>A process needs at least one step.</source>
        <translation>A process needs at least one step.</translation>
    </message>
    <message>
        <source>Step %1: say what is done.</source>
        <translation>Step %1: say what is done.</translation>
    </message>
    <message>
        <source>Step %1: choose the department.</source>
        <translation>Step %1: choose the department.</translation>
    </message>
    <message>
        <source>Step %1: an administrator does not handle dossiers.</source>
        <translation>Step %1: an administrator does not handle dossiers.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Steps add up to %1 working hours: within the same day</source>
        <translation>Steps add up to %1 working hours: within the same day</translation>
    </message>
    <message>
        <source>Steps add up to %1 working hours: more than the one working day of a same-day procedure</source>
        <translation>Steps add up to %1 working hours: more than the one working day of a same-day procedure</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working days — equal to the legal limit</source>
        <translation>Steps add up to %1/%2 working days — equal to the legal limit</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working hours — equal to the legal limit</source>
        <translation>Steps add up to %1/%2 working hours — equal to the legal limit</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working days — %3 days short</source>
        <translation>Steps add up to %1/%2 working days — %3 days short</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working hours — %3 hours short</source>
        <translation>Steps add up to %1/%2 working hours — %3 hours short</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working days — %3 days over the limit</source>
        <translation>Steps add up to %1/%2 working days — %3 days over the limit</translation>
    </message>
    <message>
        <source>Steps add up to %1/%2 working hours — %3 hours over the limit</source>
        <translation>Steps add up to %1/%2 working hours — %3 hours over the limit</translation>
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
    <message>
        <source>Paused from %1 to %2 (%3): the time limit counts again from %2.</source>
        <translation>Paused from %1 to %2 (%3): the time limit counts again from %2.</translation>
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
        <translation>&quot;%1&quot; is not a session of the form HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session.</source>
        <translation>&quot;%1&quot; is not a valid session.</translation>
    </message>
    <message>
        <source>Sessions must be in order and must not overlap.</source>
        <translation>Sessions must be in order and must not overlap.</translation>
    </message>
</context>
<context>
    <name>motcua::TextBounds</name>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1: unknown key, ignored.</translation>
    </message>
    <message>
        <source>A control character (U+%1) at character %2 is not allowed.</source>
        <translation>A control character (U+%1) at character %2 is not allowed.</translation>
    </message>
    <message>
        <source>The text has %1 characters, at most %2 are allowed.</source>
        <translation>The text has %1 characters, at most %2 are allowed.</translation>
    </message>
    <message>
        <source>A code holds letters without accents, digits and . _ - / only, no space: &quot;%1&quot;.</source>
        <translation>A code holds letters without accents, digits and . _ - / only, no space: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A national procedure code is a digit, a dot and six digits (1.011442), not &quot;%1&quot;.</source>
        <translation>A national procedure code is a digit, a dot and six digits (1.011442), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An amount is a whole number of đồng from 0 to %1.</source>
        <translation>An amount is a whole number of đồng from 0 to %1.</translation>
    </message>
</context>
<context>
    <name>motcua::TimeLimit</name>
    <message>
        <source>%1 working hours</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>the same day</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
</context>
<context>
    <name>motcua::backup::AutomaticBackup</name>
    <message>
        <source>No folder is configured for the automatic backups.</source>
        <translation>No folder is configured for the automatic backups.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
</context>
<context>
    <name>motcua::catalogue</name>
    <message>
        <source>Procedure %1, process issue %2: the steps add up to %3 working hours but the legal limit is %4 working hours.</source>
        <translation>Procedure %1, process issue %2: the steps add up to %3 working hours but the legal limit is %4 working hours.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Certified copy</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>There is no procedure %1.</source>
        <translation>There is no procedure %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>time limit</translation>
    </message>
    <message>
        <source>counting rule</source>
        <translation>counting rule</translation>
    </message>
    <message>
        <source>clock on a supplement</source>
        <translation>clock on a supplement</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>fee note</source>
        <translation>fee note</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>handling department</source>
        <translation>handling department</translation>
    </message>
    <message>
        <source>required documents</source>
        <translation>required documents</translation>
    </message>
    <message>
        <source>Only an administrator may change the catalogue.</source>
        <translation>Only an administrator may change the catalogue.</translation>
    </message>
    <message>
        <source>There is already a procedure %1: edit it instead.</source>
        <translation>There is already a procedure %1: edit it instead.</translation>
    </message>
    <message>
        <source>Issue %1 exists already: a new issue must be numbered above it.</source>
        <translation>Issue %1 exists already: a new issue must be numbered above it.</translation>
    </message>
    <message>
        <source>Issue %1 is dated %2: a new issue cannot be dated before it.</source>
        <translation>Issue %1 is dated %2: a new issue cannot be dated before it.</translation>
    </message>
    <message>
        <source>Procedure %1 has no such process version.</source>
        <translation>Procedure %1 has no such process version.</translation>
    </message>
    <message>
        <source>The issue number of a version stays: issue a new version instead.</source>
        <translation>The issue number of a version stays: issue a new version instead.</translation>
    </message>
    <message>
        <source>Issue %1 of %2 is in use by %3 dossiers and is never edited in place: issue a new version instead.</source>
        <translation>Issue %1 of %2 is in use by %3 dossiers and is never edited in place: issue a new version instead.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Changes: %1</translation>
    </message>
    <message>
        <source>Issue %1 is in use by %2 dossiers and cannot change: give the new text a new issue number.</source>
        <translation>Issue %1 is in use by %2 dossiers and cannot change: give the new text a new issue number.</translation>
    </message>
    <message>
        <source>Not in the file: left as it is.</source>
        <translation>Not in the file: left as it is.</translation>
    </message>
    <message>
        <source>%1, issue %2: %3</source>
        <translation>%1, issue %2: %3</translation>
    </message>
    <message>
        <source>The import would add %1, change %2 and leave %3 as they are; %4 refused.</source>
        <translation>The import would add %1, change %2 and leave %3 as they are; %4 refused.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Leave as is</source>
        <translation>Leave as is</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Agency %1 — %2</source>
        <translation>Agency %1 — %2</translation>
    </message>
    <message>
        <source>Department %1 — %2</source>
        <translation>Department %1 — %2</translation>
    </message>
    <message>
        <source>Procedure %1 — %2</source>
        <translation>Procedure %1 — %2</translation>
    </message>
    <message>
        <source>Process %1, issue %2</source>
        <translation>Process %1, issue %2</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a number that is not negative (such as 0, 0.5, 3), not &quot;%2&quot;.</source>
        <translation>%1 must be a number that is not negative (such as 0, 0.5, 3), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli %1</source>
        <translation>Usage: motcua-cli %1</translation>
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
        <translation>Usage: motcua-cli deadline --from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;FROM/TO&quot;]... [--explain] [--json]</translation>
    </message>
    <message>
        <source>--rule must be &quot;default&quot; or &quot;session&quot;.</source>
        <translation>--rule must be &quot;default&quot; or &quot;session&quot;.</translation>
    </message>
    <message>
        <source>--pause must be &quot;YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM&quot;, not &quot;%1&quot;.</source>
        <translation>--pause must be &quot;YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pause given on the command line</source>
        <translation>pause given on the command line</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
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
        <translation>--from &quot;YYYY-MM-DD HH:MM&quot; (--days N | --hours N) [--rule default|session] [--pause &quot;FROM/TO&quot;]... [--explain]: the due moment</translation>
    </message>
    <message>
        <source>Usage: motcua-cli COMMAND [options] [--db FILE] [--json] [--lang vi|en]
</source>
        <translation>Usage: motcua-cli COMMAND [options] [--db FILE] [--json] [--lang vi|en]
</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli catalogue import|export FILE</source>
        <translation>Usage: motcua-cli catalogue import|export FILE</translation>
    </message>
    <message>
        <source>Catalogue written to %1 (%2 procedures).</source>
        <translation>Catalogue written to %1 (%2 procedures).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>--version must be a whole number from 1.</source>
        <translation>--version must be a whole number from 1.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli init [--db FILE] [--admin LOGIN] [--name &quot;FULL NAME&quot;]</source>
        <translation>Usage: motcua-cli init [--db FILE] [--admin LOGIN] [--name &quot;FULL NAME&quot;]</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Password for the administrator %1: </translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Administrator created: %1</source>
        <translation>Administrator created: %1</translation>
    </message>
    <message>
        <source>Usage: motcua-cli %1 CODE [options]</source>
        <translation>Usage: motcua-cli %1 CODE [options]</translation>
    </message>
    <message>
        <source>Usage: motcua-cli show CODE [--json]</source>
        <translation>Usage: motcua-cli show CODE [--json]</translation>
    </message>
    <message>
        <source>Dossier: %1 (version %2)</source>
        <translation>Dossier: %1 (version %2)</translation>
    </message>
    <message>
        <source>Procedure: %1 %2 — process %3, issue %4</source>
        <translation>Procedure: %1 %2 — process %3, issue %4</translation>
    </message>
    <message>
        <source>Applicant: %1, %2, %3</source>
        <translation>Applicant: %1, %2, %3</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Received: %1   Due: %2   Legal due: %3</source>
        <translation>Received: %1   Due: %2   Legal due: %3</translation>
    </message>
    <message>
        <source>Register: book %1, entry %2</source>
        <translation>Register: book %1, entry %2</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Pause (%1): %2 → %3 %4</source>
        <translation>Pause (%1): %2 → %3 %4</translation>
    </message>
    <message>
        <source>Extension: %1 → %2: %3</source>
        <translation>Extension: %1 → %2: %3</translation>
    </message>
    <message>
        <source>Why this due date:</source>
        <translation>Why this due date:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>create the database, catalogue and administrator</source>
        <translation>create the database, catalogue and administrator</translation>
    </message>
    <message>
        <source>--procedure CODE --name … --id … --address … --documents 1,2:2: receive</source>
        <translation>--procedure CODE --name … --id … --address … --documents 1,2:2: receive</translation>
    </message>
    <message>
        <source>CODE [--to LOGIN] [--note …]</source>
        <translation>CODE [--to LOGIN] [--note …]</translation>
    </message>
    <message>
        <source>CODE --reason supplement|financial|verification|other</source>
        <translation>CODE --reason supplement|financial|verification|other</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>CODE --new-due &quot;YYYY-MM-DD HH:MM&quot; --reason …</source>
        <translation>CODE --new-due &quot;YYYY-MM-DD HH:MM&quot; --reason …</translation>
    </message>
    <message>
        <source>CODE --reason …</source>
        <translation>CODE --reason …</translation>
    </message>
    <message>
        <source>CODE: the result is ready</source>
        <translation>CODE: the result is ready</translation>
    </message>
    <message>
        <source>CODE: the result is returned</source>
        <translation>CODE: the result is returned</translation>
    </message>
    <message>
        <source>CODE: everything about a dossier</source>
        <translation>CODE: everything about a dossier</translation>
    </message>
    <message>
        <source>[--status 2,4] [--department CODE] [--procedure CODE] [--from D] [--to D] [--overdue] [--due-within HOURS] [--search TEXT] [--limit N]</source>
        <translation>[--status 2,4] [--department CODE] [--procedure CODE] [--from D] [--to D] [--overdue] [--due-within HOURS] [--search TEXT] [--limit N]</translation>
    </message>
    <message>
        <source>--dossiers N --years Y</source>
        <translation>--dossiers N --years Y</translation>
    </message>
    <message>
        <source>%1 dossiers in %2 s (%3 a second): %4 returned, %5 still in progress, %6 handled slowly, %7 paused (supplement or fee), %8 extended, %9 refused, %10 withdrawn, %11 stopped.</source>
        <translation>%1 dossiers in %2 s (%3 a second): %4 returned, %5 still in progress, %6 handled slowly, %7 paused (supplement or fee), %8 extended, %9 refused, %10 withdrawn, %11 stopped.</translation>
    </message>
    <message>
        <source>FORM CODE --pdf FILE (FORM: receipt, supplement, refusal, apology, stop, control-slip) | register --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE</source>
        <translation>FORM CODE --pdf FILE (FORM: receipt, supplement, refusal, apology, stop, control-slip) | register --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE</translation>
    </message>
    <message>
        <source>export|import FORM FILE | reset FORM | list: the printed forms&apos; templates</source>
        <translation>export|import FORM FILE | reset FORM | list: the printed forms&apos; templates</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: motcua-cli print FORM CODE --pdf FILE | motcua-cli print register --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE</source>
        <translation>Usage: motcua-cli print FORM CODE --pdf FILE | motcua-cli print register --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE</translation>
    </message>
    <message>
        <source>print register takes no dossier code, only --from and --to.</source>
        <translation>print register takes no dossier code, only --from and --to.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli print FORM CODE --pdf FILE</source>
        <translation>Usage: motcua-cli print FORM CODE --pdf FILE</translation>
    </message>
    <message>
        <source>Usage: motcua-cli template export|import FORM FILE | template reset FORM | template list</source>
        <translation>Usage: motcua-cli template export|import FORM FILE | template reset FORM | template list</translation>
    </message>
    <message>
        <source>agency&apos;s, loaded %1 by %2</source>
        <translation>agency&apos;s, loaded %1 by %2</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>%1: the shipped template is in use again.</source>
        <translation>%1: the shipped template is in use again.</translation>
    </message>
    <message>
        <source>%1: written to %2.</source>
        <translation>%1: written to %2.</translation>
    </message>
    <message>
        <source>%1: the template of %2 is in use.</source>
        <translation>%1: the template of %2 is in use.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of clerk, specialist, head, leader, admin.</source>
        <translation>&quot;%1&quot; is not one of clerk, specialist, head, leader, admin.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>There is no department %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>The year must be between %1 and %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>&quot;%1&quot; is not a moment &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>%1 is before the first supported lunar year.</source>
        <translation>%1 is before the first supported lunar year.</translation>
    </message>
    <message>
        <source>The lunar year %1 has no leap month.</source>
        <translation>The lunar year %1 has no leap month.</translation>
    </message>
    <message>
        <source>Month %1 of %2 is not a leap month (the leap month is %3).</source>
        <translation>Month %1 of %2 is not a leap month (the leap month is %3).</translation>
    </message>
    <message>
        <source>Day %1 does not exist in lunar month %2%3 of %4 (it has %5 days).</source>
        <translation>Day %1 does not exist in lunar month %2%3 of %4 (it has %5 days).</translation>
    </message>
    <message>
        <source>There is no database at %1 (create one with &quot;motcua-cli init&quot;).</source>
        <translation>There is no database at %1 (create one with &quot;motcua-cli init&quot;).</translation>
    </message>
    <message>
        <source>Wrong login or password for %1 (set MOTCUA_PASSWORD).</source>
        <translation>Wrong login or password for %1 (set MOTCUA_PASSWORD).</translation>
    </message>
    <message>
        <source>The administrator&apos;s password needs at least 8 characters (set MOTCUA_PASSWORD or type it at the prompt).</source>
        <translation>The administrator&apos;s password needs at least 8 characters (set MOTCUA_PASSWORD or type it at the prompt).</translation>
    </message>
    <message>
        <source>From 1 to 5000000.</source>
        <translation>From 1 to 5000000.</translation>
    </message>
    <message>
        <source>From 1 to 30.</source>
        <translation>From 1 to 30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not N or N:COUNT (e.g. 1,2:3).</source>
        <translation>&quot;%1&quot; is not N or N:COUNT (e.g. 1,2:3).</translation>
    </message>
    <message>
        <source>Give the procedure code.</source>
        <translation>Give the procedure code.</translation>
    </message>
    <message>
        <source>A date YYYY-MM-DD.</source>
        <translation>A date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Counter or post.</source>
        <translation>Counter or post.</translation>
    </message>
    <message>
        <source>Counter, online or post.</source>
        <translation>Counter, online or post.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>A whole number.</translation>
    </message>
    <message>
        <source>An amount in VND, digits only.</source>
        <translation>An amount in VND, digits only.</translation>
    </message>
    <message>
        <source>A moment &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>A moment &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>Supplement, financial, verification or other.</source>
        <translation>Supplement, financial, verification or other.</translation>
    </message>
    <message>
        <source>Codes from 1 to 10, e.g. 2,4.</source>
        <translation>Codes from 1 to 10, e.g. 2,4.</translation>
    </message>
    <message>
        <source>A whole number from 1.</source>
        <translation>A whole number from 1.</translation>
    </message>
    <message>
        <source>A number of working hours above 0.</source>
        <translation>A number of working hours above 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form; one of %2.</source>
        <translation>&quot;%1&quot; is not a form; one of %2.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Unknown option.</translation>
    </message>
    <message>
        <source>This option does not apply to &quot;%1&quot;.</source>
        <translation>This option does not apply to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see motcua-cli help).</source>
        <translation>Unknown command &quot;%1&quot; (see motcua-cli help).</translation>
    </message>
    <message>
        <source>CODE --to LOGIN [--note …]</source>
        <translation>CODE --to LOGIN [--note …]</translation>
    </message>
    <message>
        <source>Supplement request %1 recorded.</source>
        <translation>Supplement request %1 recorded.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date DD/MM/YYYY (or YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a date DD/MM/YYYY (or YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not field or procedure.</source>
        <translation>&quot;%1&quot; is not field or procedure.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not table, csv or xlsx.</source>
        <translation>&quot;%1&quot; is not table, csv or xlsx.</translation>
    </message>
    <message>
        <source>--format csv or xlsx needs --output FILE, and only they do.</source>
        <translation>--format csv or xlsx needs --output FILE, and only they do.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>A number of working hours, 0 or more.</source>
        <translation>A number of working hours, 0 or more.</translation>
    </message>
    <message>
        <source>%1 may see the overdue dossiers of their own department only.</source>
        <translation>%1 may see the overdue dossiers of their own department only.</translation>
    </message>
    <message>
        <source>Overdue and due soon at %1: %2 overdue, %3 due within %4 working hours</source>
        <translation>Overdue and due soon at %1: %2 overdue, %3 due within %4 working hours</translation>
    </message>
    <message>
        <source>B%1 · %2</source>
        <translation>B%1 · %2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>late %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 may not see the agency&apos;s reports: they need the role head, leader or administrator.</source>
        <translation>%1 may not see the agency&apos;s reports: they need the role head, leader or administrator.</translation>
    </message>
    <message>
        <source>Give one output: --csv, --xlsx or --pdf.</source>
        <translation>Give one output: --csv, --xlsx or --pdf.</translation>
    </message>
    <message>
        <source>%1 may not see the per-person report: it needs the role leader or administrator.</source>
        <translation>%1 may not see the per-person report: it needs the role leader or administrator.</translation>
    </message>
    <message>
        <source>Steps finished from %1 to %2 (late), and dossiers overdue now, by person</source>
        <translation>Steps finished from %1 to %2 (late), and dossiers overdue now, by person</translation>
    </message>
    <message>
        <source>%1 online submissions wait in the queue.</source>
        <translation>%1 online submissions wait in the queue.</translation>
    </message>
    <message>
        <source>FILE…: online submissions (JSON) into the queue</source>
        <translation>FILE…: online submissions (JSON) into the queue</translation>
    </message>
    <message>
        <source>[list | log | import | inbox [DIR] | accept ID [--fee N] | refuse ID --reason … | supplement ID --missing 1,3 [--guidance …]]: the online submission queue</source>
        <translation>[list | log | import | inbox [DIR] | accept ID [--fee N] | refuse ID --reason … | supplement ID --missing 1,3 [--guidance …]]: the online submission queue</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>replaced the waiting submission</source>
        <translation>replaced the waiting submission</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <source>Usage: motcua-cli online %1 ID (the number the queue lists).</source>
        <translation>Usage: motcua-cli online %1 ID (the number the queue lists).</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>No online submission is waiting.</source>
        <translation>No online submission is waiting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of the procedure (1 to %2).</source>
        <translation>&quot;%1&quot; is not a document of the procedure (1 to %2).</translation>
    </message>
    <message>
        <source>Usage: motcua-cli submit FILE… (online submissions)</source>
        <translation>Usage: motcua-cli submit FILE… (online submissions)</translation>
    </message>
    <message>
        <source>No online inbox folder is set.</source>
        <translation>No online inbox folder is set.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not list, log, import, inbox, accept, refuse or supplement.</source>
        <translation>&quot;%1&quot; is not list, log, import, inbox, accept, refuse or supplement.</translation>
    </message>
    <message>
        <source>An amount in đồng, from 0.</source>
        <translation>An amount in đồng, from 0.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>Usage: motcua-cli users add LOGIN --name &quot;FULL NAME&quot; --roles clerk,head --department CODE | edit LOGIN [--name …] [--roles …] [--department CODE] | disable|enable|unlock|reset-password LOGIN | list | log</source>
        <translation>Usage: motcua-cli users add LOGIN --name &quot;FULL NAME&quot; --roles clerk,head --department CODE | edit LOGIN [--name …] [--roles …] [--department CODE] | disable|enable|unlock|reset-password LOGIN | list | log</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>User %1 unlocked.</translation>
    </message>
    <message>
        <source>Temporary password of %1: %2 (to be changed at the next sign-in).</source>
        <translation>Temporary password of %1: %2 (to be changed at the next sign-in).</translation>
    </message>
    <message>
        <source>Password of %1 reset (to be changed at the next sign-in).</source>
        <translation>Password of %1 reset (to be changed at the next sign-in).</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>User %1 changed.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli password [--as LOGIN]</source>
        <translation>Usage: motcua-cli password [--as LOGIN]</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>%1: %2 %3, taken %4, schema %5, %6 dossiers.</source>
        <translation>%1: %2 %3, taken %4, schema %5, %6 dossiers.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli backup FILE | backup --auto</source>
        <translation>Usage: motcua-cli backup FILE | backup --auto</translation>
    </message>
    <message>
        <source>Usage: motcua-cli verify-backup FILE</source>
        <translation>Usage: motcua-cli verify-backup FILE</translation>
    </message>
    <message>
        <source>Usage: motcua-cli restore FILE</source>
        <translation>Usage: motcua-cli restore FILE</translation>
    </message>
    <message>
        <source>Restored %1 dossiers from %2; the replaced database is kept as %3.</source>
        <translation>Restored %1 dossiers from %2; the replaced database is kept as %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Usage: motcua-cli setting [KEY [VALUE]]</source>
        <translation>Usage: motcua-cli setting [KEY [VALUE]]</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>There is no setting %1.</translation>
    </message>
    <message>
        <source>%1 must change the temporary password first (motcua-cli password).</source>
        <translation>%1 must change the temporary password first (motcua-cli password).</translation>
    </message>
    <message>
        <source>add LOGIN --name N --roles R,R --department CODE | edit LOGIN [--name N] [--roles R,R] [--department CODE] | disable|enable|unlock|reset-password LOGIN | list | log: the users and the sign-in log</source>
        <translation>add LOGIN --name N --roles R,R --department CODE | edit LOGIN [--name N] [--roles R,R] [--department CODE] | disable|enable|unlock|reset-password LOGIN | list | log: the users and the sign-in log</translation>
    </message>
    <message>
        <source>one&apos;s own password: the current in MOTCUA_PASSWORD, the new in MOTCUA_NEW_PASSWORD</source>
        <translation>one&apos;s own password: the current in MOTCUA_PASSWORD, the new in MOTCUA_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>FILE | --auto: a verified copy of the database (--auto: into the configured folder, keeping the last days and months; for cron)</source>
        <translation>FILE | --auto: a verified copy of the database (--auto: into the configured folder, keeping the last days and months; for cron)</translation>
    </message>
    <message>
        <source>FILE: check a backup and say what it holds</source>
        <translation>FILE: check a backup and say what it holds</translation>
    </message>
    <message>
        <source>FILE: replace the database by a backup (the replaced one is kept aside)</source>
        <translation>FILE: replace the database by a backup (the replaced one is kept aside)</translation>
    </message>
    <message>
        <source>[KEY [VALUE]]: the agency&apos;s settings (lockout.attempts, lockout.minutes, backup.folder, backup.keep_daily, backup.keep_monthly)</source>
        <translation>[KEY [VALUE]]: the agency&apos;s settings (lockout.attempts, lockout.minutes, backup.folder, backup.keep_daily, backup.keep_monthly)</translation>
    </message>
    <message>
        <source>Usage: motcua-cli copy --from FILE|URL --to URL|FILE</source>
        <translation>Usage: motcua-cli copy --from FILE|URL --to URL|FILE</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>SHA-256 (source = copy)</source>
        <translation>SHA-256 (source = copy)</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables copied in %3 s; every table&apos;s rows and digest are the same on both sides.</source>
        <translation>%1 rows of %2 tables copied in %3 s; every table&apos;s rows and digest are the same on both sides.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli migrate --db URL|FILE</source>
        <translation>Usage: motcua-cli migrate --db URL|FILE</translation>
    </message>
    <message>
        <source>%1 is at schema %2.</source>
        <translation>%1 is at schema %2.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli grant ROLE --db postgresql://OWNER@…</source>
        <translation>Usage: motcua-cli grant ROLE --db postgresql://OWNER@…</translation>
    </message>
    <message>
        <source>%1 may now read and write the rows of %2, only add to its histories (%3), and not change its schema.</source>
        <translation>%1 may now read and write the rows of %2, only add to its histories (%3), and not change its schema.</translation>
    </message>
    <message>
        <source>--from FILE|URL --to URL|FILE: copy every table into an empty database (a file to the office&apos;s server), then compare each table&apos;s rows and digest</source>
        <translation>--from FILE|URL --to URL|FILE: copy every table into an empty database (a file to the office&apos;s server), then compare each table&apos;s rows and digest</translation>
    </message>
    <message>
        <source>bring the schema up to this version (on the server: as the owner)</source>
        <translation>bring the schema up to this version (on the server: as the owner)</translation>
    </message>
    <message>
        <source>ROLE: as the server database&apos;s owner, give the application&apos;s role its rights (rows, not the schema; the histories only added to)</source>
        <translation>ROLE: as the server database&apos;s owner, give the application&apos;s role its rights (rows, not the schema; the histories only added to)</translation>
    </message>
    <message>
        <source>[ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv FILE | --xlsx FILE | --pdf FILE]: form II.06a of a period | overdue [--department CODE] [--within HOURS]: the overdue and due soon | people --from D --to D: steps finished and late, overdue now, by person | steps --from D --to D: each process step, where lateness starts first; overdue, people and steps: --json, --csv, --xlsx or --pdf FILE too</source>
        <translation>[ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv FILE | --xlsx FILE | --pdf FILE]: form II.06a of a period | overdue [--department CODE] [--within HOURS]: the overdue and due soon | people --from D --to D: steps finished and late, overdue now, by person | steps --from D --to D: each process step, where lateness starts first; overdue, people and steps: --json, --csv, --xlsx or --pdf FILE too</translation>
    </message>
    <message>
        <source>Usage: motcua-cli report [ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv FILE | --xlsx FILE | --pdf FILE] | report overdue [--department CODE] [--within HOURS] | report people|steps --from D --to D; overdue, people and steps take --json, --csv FILE, --xlsx FILE or --pdf FILE too</source>
        <translation>Usage: motcua-cli report [ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | --csv FILE | --xlsx FILE | --pdf FILE] | report overdue [--department CODE] [--within HOURS] | report people|steps --from D --to D; overdue, people and steps take --json, --csv FILE, --xlsx FILE or --pdf FILE too</translation>
    </message>
    <message>
        <source>Catalogue imported: %1 departments, %2 procedures (%3 added, %4 changed).</source>
        <translation>Catalogue imported: %1 departments, %2 procedures (%3 added, %4 changed).</translation>
    </message>
    <message>
        <source>--kind must be day-off, substitute or workday.</source>
        <translation>--kind must be day-off, substitute or workday.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Stored; due moments moved: %1.</source>
        <translation>Stored; due moments moved: %1.</translation>
    </message>
    <message>
        <source>Preview only, nothing stored (due moments that would move: %1): add --yes to apply.</source>
        <translation>Preview only, nothing stored (due moments that would move: %1): add --yes to apply.</translation>
    </message>
    <message>
        <source>add FROM [TO] --kind K --name N [--source S] | remove DATE | confirm YEAR | import FILE | hours SESSIONS | export YEAR FILE [--yes]: change the working calendar (without --yes: only the moved due moments)</source>
        <translation>add FROM [TO] --kind K --name N [--source S] | remove DATE | confirm YEAR | import FILE | hours SESSIONS | export YEAR FILE [--yes]: change the working calendar (without --yes: only the moved due moments)</translation>
    </message>
    <message>
        <source>[--backup FILE]: walk the histories&apos; hash chains and check every dossier against its events (and the database against a backup&apos;s recorded heads); exit 4 when something was changed outside MotCua</source>
        <translation>[--backup FILE]: walk the histories&apos; hash chains and check every dossier against its events (and the database against a backup&apos;s recorded heads); exit 4 when something was changed outside MotCua</translation>
    </message>
    <message>
        <source>Usage: motcua-cli verify [--db FILE|URL] [--backup FILE] [--json]</source>
        <translation>Usage: motcua-cli verify [--db FILE|URL] [--backup FILE] [--json]</translation>
    </message>
    <message>
        <source>verify: %1 history entries and %2 dossiers in %3 s (%4 entries/s, %5 dossiers/s)</source>
        <translation>verify: %1 history entries and %2 dossiers in %3 s (%4 entries/s, %5 dossiers/s)</translation>
    </message>
    <message>
        <source>The histories and the %1 dossiers verify: nothing was changed behind the application&apos;s back.</source>
        <translation>The histories and the %1 dossiers verify: nothing was changed behind the application&apos;s back.</translation>
    </message>
    <message>
        <source>%1 findings: the database was changed outside MotCua.</source>
        <translation>%1 findings: the database was changed outside MotCua.</translation>
    </message>
    <message>
        <source>seed-demo: %1 dossiers into a new temporary SQLite file</source>
        <translation>seed-demo: %1 dossiers into a new temporary SQLite file</translation>
    </message>
    <message>
        <source>%1 dossiers/s</source>
        <translation>%1 dossiers/s</translation>
    </message>
    <message>
        <source>window start-up to the list&apos;s first page, as %1</source>
        <translation>window start-up to the list&apos;s first page, as %1</translation>
    </message>
    <message>
        <source>window memory after the list and the dashboard</source>
        <translation>window memory after the list and the dashboard</translation>
    </message>
    <message>
        <source>%1 did not start (%2)</source>
        <translation>%1 did not start (%2)</translation>
    </message>
    <message>
        <source>%1 showed no list within 60 s</source>
        <translation>%1 showed no list within 60 s</translation>
    </message>
    <message>
        <source>VmRSS %1 MB, VmHWM %2 MB</source>
        <translation>VmRSS %1 MB, VmHWM %2 MB</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>not measured: %1</translation>
    </message>
    <message>
        <source>From 1 to %1.</source>
        <translation>From 1 to %1.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli bench --db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN] [--json]</source>
        <translation>Usage: motcua-cli bench --db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN] [--json]</translation>
    </message>
    <message>
        <source>There is no dossier to measure (motcua-cli seed-demo).</source>
        <translation>There is no dossier to measure (motcua-cli seed-demo).</translation>
    </message>
    <message>
        <source>%1: %2 dossiers, %3, %4 runs, %5, load %6 on %7 cores</source>
        <translation>%1: %2 dossiers, %3, %4 runs, %5, load %6 on %7 cores</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operation</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
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
        <translation>app÷SQL</translation>
    </message>
    <message>
        <source>(ms; SQL: the same statements through the C API)</source>
        <translation>(ms; SQL: the same statements through the C API)</translation>
    </message>
    <message>
        <source>--db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN]: time each operation (median, 99th percentile) beside its plain SQL, seed-demo of N dossiers into a temporary file, and the window&apos;s start-up and memory; intake adds dossiers to this database</source>
        <translation>--db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN]: time each operation (median, 99th percentile) beside its plain SQL, seed-demo of N dossiers into a temporary file, and the window&apos;s start-up and memory; intake adds dossiers to this database</translation>
    </message>
    <message>
        <source>Preview only, nothing was written: import without --dry-run to apply.</source>
        <translation>Preview only, nothing was written: import without --dry-run to apply.</translation>
    </message>
    <message>
        <source>Preview only, nothing was written: the import would be refused.</source>
        <translation>Preview only, nothing was written: the import would be refused.</translation>
    </message>
    <message>
        <source>The rights of %1 were set again on every table.</source>
        <translation>The rights of %1 were set again on every table.</translation>
    </message>
    <message>
        <source>import FILE [--dry-run] | export FILE: the procedures catalogue (--dry-run: what the import would add, change, leave and refuse; nothing written)</source>
        <translation>import FILE [--dry-run] | export FILE: the procedures catalogue (--dry-run: what the import would add, change, leave and refuse; nothing written)</translation>
    </message>
    <message>
        <source>%1: %2 errors (each above), nothing was imported.</source>
        <translation>%1: %2 errors (each above), nothing was imported.</translation>
    </message>
    <message>
        <source>register: %1 of %2 dossiers, %3 pages</source>
        <translation>register: %1 of %2 dossiers, %3 pages</translation>
    </message>
    <message>
        <source>%1: %2 (%3 dossiers, %4 pages)</source>
        <translation>%1: %2 (%3 dossiers, %4 pages)</translation>
    </message>
</context>
<context>
    <name>motcua::cli::Bench</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>all dossiers: first page</source>
        <translation>all dossiers: first page</translation>
    </message>
    <message>
        <source>all dossiers: total</source>
        <translation>all dossiers: total</translation>
    </message>
    <message>
        <source>department %1 + status %2</source>
        <translation>department %1 + status %2</translation>
    </message>
    <message>
        <source>%1: first page</source>
        <translation>%1: first page</translation>
    </message>
    <message>
        <source>%1: total</source>
        <translation>%1: total</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;: first page</source>
        <translation>search &quot;%1&quot;: first page</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;: total</source>
        <translation>search &quot;%1&quot;: total</translation>
    </message>
    <message>
        <source>code lookup %1</source>
        <translation>code lookup %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>open a dossier with its history</source>
        <translation>open a dossier with its history</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>dashboard: counts and overdue list</source>
        <translation>dashboard: counts and overdue list</translation>
    </message>
    <message>
        <source>%1 groups, %2 overdue</source>
        <translation>%1 groups, %2 overdue</translation>
    </message>
    <message>
        <source>form II.06a, quarter %1–%2</source>
        <translation>form II.06a, quarter %1–%2</translation>
    </message>
    <message>
        <source>%1 dossiers handled</source>
        <translation>%1 dossiers handled</translation>
    </message>
    <message>
        <source>intake of one dossier, committed here, as %1</source>
        <translation>intake of one dossier, committed here, as %1</translation>
    </message>
    <message>
        <source>%1 dossiers added</source>
        <translation>%1 dossiers added</translation>
    </message>
    <message>
        <source>register (Mẫu 07) as PDF, month %1</source>
        <translation>register (Mẫu 07) as PDF, month %1</translation>
    </message>
    <message>
        <source>%1 dossiers, %2 pages, %3 kB, peak memory +%4 MB</source>
        <translation>%1 dossiers, %2 pages, %3 kB, peak memory +%4 MB</translation>
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
        <translation>Submitted online, not yet accepted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation>Financial obligation requested</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation>supplement requested</translation>
    </message>
    <message>
        <source>financial obligation</source>
        <translation>financial obligation</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>verification</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>other reason</translation>
    </message>
    <message>
        <source>early</source>
        <translation>early</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Extended with apology</source>
        <translation>Extended with apology</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Step %1 → %2</source>
        <translation>Step %1 → %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Result of the step</source>
        <translation>Result of the step</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Due before</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>New due</translation>
    </message>
    <message>
        <source>Paused working time</source>
        <translation>Paused working time</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>the count restarts from zero</source>
        <translation>the count restarts from zero</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>at the counter</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <source>Submitted online again</source>
        <translation>Submitted online again</translation>
    </message>
    <message>
        <source>Supplement requested before acceptance (Mẫu 02)</source>
        <translation>Supplement requested before acceptance (Mẫu 02)</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>Portal reference</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>accepted from the online queue</source>
        <translation>accepted from the online queue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Due moment moved by a calendar change</source>
        <translation>Due moment moved by a calendar change</translation>
    </message>
    <message>
        <source>Calendar change</source>
        <translation>Calendar change</translation>
    </message>
</context>
<context>
    <name>motcua::dossier::StateFromHistory</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>it has no event that received or submitted it</source>
        <translation>it has no event that received or submitted it</translation>
    </message>
    <message>
        <source>its status is %1 (%2) but its last event &quot;%3&quot; makes it %4 (%5)</source>
        <translation>its status is %1 (%2) but its last event &quot;%3&quot; makes it %4 (%5)</translation>
    </message>
    <message>
        <source>it is marked paused but no pause is running in its history</source>
        <translation>it is marked paused but no pause is running in its history</translation>
    </message>
    <message>
        <source>its history has a pause running but it is not marked paused</source>
        <translation>its history has a pause running but it is not marked paused</translation>
    </message>
    <message>
        <source>%1 steps are open at once</source>
        <translation>%1 steps are open at once</translation>
    </message>
    <message>
        <source>it is at step %1 but no step is open</source>
        <translation>it is at step %1 but no step is open</translation>
    </message>
    <message>
        <source>it is at step %1 but the open step is %2</source>
        <translation>it is at step %1 but the open step is %2</translation>
    </message>
    <message>
        <source>its assignee (user %1) is not the open step&apos;s (user %2)</source>
        <translation>its assignee (user %1) is not the open step&apos;s (user %2)</translation>
    </message>
    <message>
        <source>it is closed or waiting online but still has a step or an assignee</source>
        <translation>it is closed or waiting online but still has a step or an assignee</translation>
    </message>
    <message>
        <source>its due moment is %1 but its last event &quot;%2&quot; set %3</source>
        <translation>its due moment is %1 but its last event &quot;%2&quot; set %3</translation>
    </message>
</context>
<context>
    <name>motcua::forms</name>
    <message>
        <source>%1 cannot be printed for dossier %2: %3.</source>
        <translation>%1 cannot be printed for dossier %2: %3.</translation>
    </message>
    <message>
        <source>no supplement was requested</source>
        <translation>no supplement was requested</translation>
    </message>
    <message>
        <source>its deadline was never extended</source>
        <translation>its deadline was never extended</translation>
    </message>
    <message>
        <source>it was not refused</source>
        <translation>it was not refused</translation>
    </message>
    <message>
        <source>it was not stopped</source>
        <translation>it was not stopped</translation>
    </message>
    <message>
        <source>Form 01 – Receipt and appointment</source>
        <translation>Form 01 – Receipt and appointment</translation>
    </message>
    <message>
        <source>Form 02 – Supplement request</source>
        <translation>Form 02 – Supplement request</translation>
    </message>
    <message>
        <source>Form 03 – Refusal</source>
        <translation>Form 03 – Refusal</translation>
    </message>
    <message>
        <source>Form 04 – Apology and new appointment</source>
        <translation>Form 04 – Apology and new appointment</translation>
    </message>
    <message>
        <source>Form 05 – Stop notice</source>
        <translation>Form 05 – Stop notice</translation>
    </message>
    <message>
        <source>Form 06 – Process control slip</source>
        <translation>Form 06 – Process control slip</translation>
    </message>
    <message>
        <source>Form 07 – Dossier register</source>
        <translation>Form 07 – Dossier register</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Only an administrator may change the templates of the forms.</source>
        <translation>Only an administrator may change the templates of the forms.</translation>
    </message>
    <message>
        <source>the template does not show {{%1}}, which this form must carry.</source>
        <translation>the template does not show {{%1}}, which this form must carry.</translation>
    </message>
    <message>
        <source>the template does not show the image &quot;%1&quot;, which this form must carry.</source>
        <translation>the template does not show the image &quot;%1&quot;, which this form must carry.</translation>
    </message>
    <message>
        <source>a tag opened with {{ is not closed with }}.</source>
        <translation>a tag opened with {{ is not closed with }}.</translation>
    </message>
    <message>
        <source>{{%1}} is not a valid tag: names are lower-case letters, digits and _.</source>
        <translation>{{%1}} is not a valid tag: names are lower-case letters, digits and _.</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation>{{/%1}} closes a section that is not open.</translation>
    </message>
    <message>
        <source>{{/%1}} found where {{/%2}} (opened on line %3) was expected.</source>
        <translation>{{/%1}} found where {{/%2}} (opened on line %3) was expected.</translation>
    </message>
    <message>
        <source>{{%1}} is not a field of this form.</source>
        <translation>{{%1}} is not a field of this form.</translation>
    </message>
    <message>
        <source>the table {{#%1}} cannot be inside another section.</source>
        <translation>the table {{#%1}} cannot be inside another section.</translation>
    </message>
    <message>
        <source>{{#%1}} is never closed with {{/%1}}.</source>
        <translation>{{#%1}} is never closed with {{/%1}}.</translation>
    </message>
    <message>
        <source>the template is empty.</source>
        <translation>the template is empty.</translation>
    </message>
    <message>
        <source>the template is larger than %1 KB.</source>
        <translation>the template is larger than %1 KB.</translation>
    </message>
    <message>
        <source>The register is printed for a period, not for one dossier.</source>
        <translation>The register is printed for a period, not for one dossier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a template.</source>
        <translation>%1 is too large for a template.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>%1 may not print %2: only %3 may.</source>
        <translation>%1 may not print %2: only %3 may.</translation>
    </message>
    <message>
        <source>online submission %1</source>
        <translation>online submission %1</translation>
    </message>
    <message>
        <source>submitted online at %1</source>
        <translation>submitted online at %1</translation>
    </message>
    <message>
        <source>The agency&apos;s template of %1 cannot print it: %2 Load a corrected template or go back to the shipped one.</source>
        <translation>The agency&apos;s template of %1 cannot print it: %2 Load a corrected template or go back to the shipped one.</translation>
    </message>
    <message>
        <source>the register&apos;s template has no table of its rows: one row of a table (&lt;tr&gt;) between {{#rows}} and {{/rows}} is printed for each dossier.</source>
        <translation>the register&apos;s template has no table of its rows: one row of a table (&lt;tr&gt;) between {{#rows}} and {{/rows}} is printed for each dossier.</translation>
    </message>
    <message>
        <source>line %1: the register&apos;s template has a second {{#rows}}; the register has one table of rows.</source>
        <translation>line %1: the register&apos;s template has a second {{#rows}}; the register has one table of rows.</translation>
    </message>
    <message>
        <source>line %1: {{#rows}} is not inside a table (&lt;table&gt;): the register&apos;s rows are printed as the rows of a table, with its head on every page.</source>
        <translation>line %1: {{#rows}} is not inside a table (&lt;table&gt;): the register&apos;s rows are printed as the rows of a table, with its head on every page.</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows holds another table; its cells can only hold text.</source>
        <translation>line %1: the table of the register&apos;s rows holds another table; its cells can only hold text.</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows is never closed with &lt;/table&gt;.</source>
        <translation>line %1: the table of the register&apos;s rows is never closed with &lt;/table&gt;.</translation>
    </message>
    <message>
        <source>line %1: {{/rows}} must close the rows inside their table, before its &lt;/table&gt;.</source>
        <translation>line %1: {{/rows}} must close the rows inside their table, before its &lt;/table&gt;.</translation>
    </message>
    <message>
        <source>line %1: {{#rows}} … {{/rows}} must hold one row of the table (&lt;tr&gt;), printed for each dossier; it holds %2.</source>
        <translation>line %1: {{#rows}} … {{/rows}} must hold one row of the table (&lt;tr&gt;), printed for each dossier; it holds %2.</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows has a row after {{/rows}}, which cannot be printed after thousands of rows; put it below the table.</source>
        <translation>line %1: the table of the register&apos;s rows has a row after {{/rows}}, which cannot be printed after thousands of rows; put it below the table.</translation>
    </message>
    <message>
        <source>the template&apos;s head</source>
        <translation>the template&apos;s head</translation>
    </message>
    <message>
        <source>the part above the table of rows</source>
        <translation>the part above the table of rows</translation>
    </message>
    <message>
        <source>the part below the table of rows</source>
        <translation>the part below the table of rows</translation>
    </message>
    <message>
        <source>%1 cannot be filled in on its own (the register is printed in parts: above its table, its table, below it): %2</source>
        <translation>%1 cannot be filled in on its own (the register is printed in parts: above its table, its table, below it): %2</translation>
    </message>
    <message>
        <source>line %1: the table of the register&apos;s rows has no head: the row or rows of its titles (&lt;thead&gt;&lt;tr&gt;&lt;th&gt;…) come before {{#rows}}.</source>
        <translation>line %1: the table of the register&apos;s rows has no head: the row or rows of its titles (&lt;thead&gt;&lt;tr&gt;&lt;th&gt;…) come before {{#rows}}.</translation>
    </message>
    <message>
        <source>a title of the register&apos;s table</source>
        <translation>a title of the register&apos;s table</translation>
    </message>
    <message>
        <source>line %1: a cell of the row between {{#rows}} and {{/rows}} spans columns or rows; each cell of the row is one column.</source>
        <translation>line %1: a cell of the row between {{#rows}} and {{/rows}} spans columns or rows; each cell of the row is one column.</translation>
    </message>
    <message>
        <source>a cell of the register&apos;s rows</source>
        <translation>a cell of the register&apos;s rows</translation>
    </message>
    <message>
        <source>the row between {{#rows}} and {{/rows}} has no cell (&lt;td&gt;).</source>
        <translation>the row between {{#rows}} and {{/rows}} has no cell (&lt;td&gt;).</translation>
    </message>
    <message>
        <source>row %1 of the head of the register&apos;s table is %2 columns wide, but the row between {{#rows}} and {{/rows}} has %3 cells; the head&apos;s titles stand over the row&apos;s columns.</source>
        <translation>row %1 of the head of the register&apos;s table is %2 columns wide, but the row between {{#rows}} and {{/rows}} has %3 cells; the head&apos;s titles stand over the row&apos;s columns.</translation>
    </message>
    <message>
        <source>line %1: {{^rows}} … {{/rows}} in the table of the register&apos;s rows must hold one row of one cell, the line printed when the period has no dossier.</source>
        <translation>line %1: {{^rows}} … {{/rows}} in the table of the register&apos;s rows must hold one row of one cell, the line printed when the period has no dossier.</translation>
    </message>
    <message>
        <source>the line of an empty register</source>
        <translation>the line of an empty register</translation>
    </message>
</context>
<context>
    <name>motcua::identity</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>The database already has an administrator.</source>
        <translation>The database already has an administrator.</translation>
    </message>
    <message>
        <source>Receiving clerk</source>
        <translation>Receiving clerk</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Head of department</translation>
    </message>
    <message>
        <source>Agency leader</source>
        <translation>Agency leader</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The login needs 3 to 32 characters among a-z, 0-9, dot, dash and underscore.</source>
        <translation>The login needs 3 to 32 characters among a-z, 0-9, dot, dash and underscore.</translation>
    </message>
    <message>
        <source>The full name is missing.</source>
        <translation>The full name is missing.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>The login %1 is already taken.</translation>
    </message>
    <message>
        <source>There is no such department.</source>
        <translation>There is no such department.</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>The e-mail address is missing.</translation>
    </message>
    <message>
        <source>The e-mail address must not contain spaces.</source>
        <translation>The e-mail address must not contain spaces.</translation>
    </message>
    <message>
        <source>The e-mail address is too long (at most %1 characters).</source>
        <translation>The e-mail address is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The e-mail address must contain exactly one @.</source>
        <translation>The e-mail address must contain exactly one @.</translation>
    </message>
    <message>
        <source>The e-mail address needs a name before the @.</source>
        <translation>The e-mail address needs a name before the @.</translation>
    </message>
    <message>
        <source>The part after the @ must be a domain such as example.gov.vn.</source>
        <translation>The part after the @ must be a domain such as example.gov.vn.</translation>
    </message>
    <message>
        <source>The identity number is missing.</source>
        <translation>The identity number is missing.</translation>
    </message>
    <message>
        <source>The identity number may contain only digits, without spaces or other signs.</source>
        <translation>The identity number may contain only digits, without spaces or other signs.</translation>
    </message>
    <message>
        <source>The identity number must have 12 digits (9 for an old ID card).</source>
        <translation>The identity number must have 12 digits (9 for an old ID card).</translation>
    </message>
    <message>
        <source>The identity number must have 12 digits.</source>
        <translation>The identity number must have 12 digits.</translation>
    </message>
    <message>
        <source>The first three digits must be a province code from 001 to 096.</source>
        <translation>The first three digits must be a province code from 001 to 096.</translation>
    </message>
    <message>
        <source>The fourth digit (century and sex) must be from 0 to 5.</source>
        <translation>The fourth digit (century and sex) must be from 0 to 5.</translation>
    </message>
    <message>
        <source>The identity number is of someone born in %1, but the date of birth is in %2.</source>
        <translation>The identity number is of someone born in %1, but the date of birth is in %2.</translation>
    </message>
    <message>
        <source>The phone number is missing.</source>
        <translation>The phone number is missing.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, a leading + and single spaces, dots or dashes between groups of digits.</source>
        <translation>The phone number may contain only digits, a leading + and single spaces, dots or dashes between groups of digits.</translation>
    </message>
    <message>
        <source>Not a Vietnamese phone number: a mobile has 10 digits starting with 03, 05, 07, 08 or 09, a landline 11 digits starting with 02.</source>
        <translation>Not a Vietnamese phone number: a mobile has 10 digits starting with 03, 05, 07, 08 or 09, a landline 11 digits starting with 02.</translation>
    </message>
    <message>
        <source>The tax code is missing.</source>
        <translation>The tax code is missing.</translation>
    </message>
    <message>
        <source>Write a branch&apos;s tax code with a dash before the last three digits, e.g. 0100109106-001.</source>
        <translation>Write a branch&apos;s tax code with a dash before the last three digits, e.g. 0100109106-001.</translation>
    </message>
    <message>
        <source>The branch number after the dash must be from 001 to 999.</source>
        <translation>The branch number after the dash must be from 001 to 999.</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, 13 written as 0100109106-001 for a branch or 12 (the identity number) for a person.</source>
        <translation>A tax code has 10 digits, 13 written as 0100109106-001 for a branch or 12 (the identity number) for a person.</translation>
    </message>
    <message>
        <source>The tax code is not valid (its check digit does not match); please check the number.</source>
        <translation>The tax code is not valid (its check digit does not match); please check the number.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>The new password is the same as the current one.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>The password needs at least 10 characters.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>The password must not be the login.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins, until %1. Wait, or ask the administrator to unlock it.</source>
        <translation>The account is locked after too many failed sign-ins, until %1. Wait, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation>The account %1 is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>You cannot take the administrator role from yourself.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The user %1 is already enabled.</source>
        <translation>The user %1 is already enabled.</translation>
    </message>
    <message>
        <source>The user %1 is already disabled.</source>
        <translation>The user %1 is already disabled.</translation>
    </message>
    <message>
        <source>The user %1 is not locked.</source>
        <translation>The user %1 is not locked.</translation>
    </message>
</context>
<context>
    <name>motcua::identity::BirthDate</name>
    <message>
        <source>Write the date of birth as day/month/year, e.g. 12/05/1990.</source>
        <translation>Write the date of birth as day/month/year, e.g. 12/05/1990.</translation>
    </message>
    <message>
        <source>There is no month %1: the month goes from 1 to 12.</source>
        <translation>There is no month %1: the month goes from 1 to 12.</translation>
    </message>
    <message>
        <source>%1/%2 has no day %3: %4 does not exist.</source>
        <translation>%1/%2 has no day %3: %4 does not exist.</translation>
    </message>
    <message>
        <source>The date of birth %1 is after today (%2).</source>
        <translation>The date of birth %1 is after today (%2).</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900.</source>
        <translation>The date of birth %1 is before 1900.</translation>
    </message>
</context>
<context>
    <name>motcua::online::OnlineInbox</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The online inbox folder &quot;%1&quot; does not exist.</source>
        <translation>The online inbox folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The online inbox folder &quot;%1&quot; cannot be read.</source>
        <translation>The online inbox folder &quot;%1&quot; cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 already known, %3 set aside</source>
        <translation>
            <numerusform>%n file(s): %1 imported, %2 already known, %3 set aside</numerusform>
            <numerusform>%n file(s): %1 imported, %2 already known, %3 set aside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::online::OnlineQueueService</name>
    <message>
        <source>import online submissions</source>
        <translation>import online submissions</translation>
    </message>
    <message>
        <source>work the online submission queue</source>
        <translation>work the online submission queue</translation>
    </message>
    <message>
        <source>The submission is dated %1, after now.</source>
        <translation>The submission is dated %1, after now.</translation>
    </message>
    <message>
        <source>Procedure %1 has no process in force: it cannot be received now.</source>
        <translation>Procedure %1 has no process in force: it cannot be received now.</translation>
    </message>
    <message>
        <source>The same file was imported before.</source>
        <translation>The same file was imported before.</translation>
    </message>
    <message>
        <source>Submission %1 was refused: a new submission needs a new reference.</source>
        <translation>Submission %1 was refused: a new submission needs a new reference.</translation>
    </message>
    <message>
        <source>Submission %1 was accepted as dossier %2: it can no longer be replaced.</source>
        <translation>Submission %1 was accepted as dossier %2: it can no longer be replaced.</translation>
    </message>
    <message>
        <source>choose the online inbox folder</source>
        <translation>choose the online inbox folder</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>The folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer a document of procedure %2: ask the applicant to submit again.</source>
        <translation>&quot;%1&quot; is no longer a document of procedure %2: ask the applicant to submit again.</translation>
    </message>
    <message>
        <source>The reason for the refusal is required.</source>
        <translation>The reason for the refusal is required.</translation>
    </message>
</context>
<context>
    <name>motcua::online::SubmissionFile</name>
    <message>
        <source>The value is missing.</source>
        <translation>The value is missing.</translation>
    </message>
    <message>
        <source>The value must be a text.</source>
        <translation>The value must be a text.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>The value is empty.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>The text is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The value must be a whole number from %1 to %2.</source>
        <translation>The value must be a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>The applicant must be an object with a name and an address.</source>
        <translation>The applicant must be an object with a name and an address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of applicant (person or organisation).</source>
        <translation>&quot;%1&quot; is not a kind of applicant (person or organisation).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The documents must be a list.</source>
        <translation>The documents must be a list.</translation>
    </message>
    <message>
        <source>Each document must be an object with its position.</source>
        <translation>Each document must be an object with its position.</translation>
    </message>
    <message>
        <source>The position of the document in the procedure&apos;s list is missing.</source>
        <translation>The position of the document in the procedure&apos;s list is missing.</translation>
    </message>
    <message>
        <source>Document %1 is listed twice.</source>
        <translation>Document %1 is listed twice.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KB: it is not a submission.</source>
        <translation>The file is larger than %1 KB: it is not a submission.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1: %2).</source>
        <translation>The file is not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>The file must hold one JSON object.</translation>
    </message>
    <message>
        <source>This is not an online submission of format %1 (&quot;format&quot;: %1).</source>
        <translation>This is not an online submission of format %1 (&quot;format&quot;: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment with its offset, such as 2026-11-30T21:14:00+07:00.</source>
        <translation>&quot;%1&quot; is not a moment with its offset, such as 2026-11-30T21:14:00+07:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to collect the result (counter or post).</source>
        <translation>&quot;%1&quot; is not a way to collect the result (counter or post).</translation>
    </message>
</context>
<context>
    <name>motcua::print</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>There is nothing to encode.</translation>
    </message>
    <message>
        <source>%1 cannot be encoded as a barcode (%2).</source>
        <translation>%1 cannot be encoded as a barcode (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>The register&apos;s template has no columns.</source>
        <translation>The register&apos;s template has no columns.</translation>
    </message>
    <message>
        <source>Cannot paint the register.</source>
        <translation>Cannot paint the register.</translation>
    </message>
</context>
<context>
    <name>motcua::reports</name>
    <message>
        <source>The report is inconsistent in row &quot;%1&quot;: %2 does not hold (%3 against %4). Nothing is shown; please report this defect.</source>
        <translation>The report is inconsistent in row &quot;%1&quot;: %2 does not hold (%3 against %4). Nothing is shown; please report this defect.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(no field)</translation>
    </message>
    <message>
        <source>Dossiers received for handling</source>
        <translation>Dossiers received for handling</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>Received in the period</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed without a result</source>
        <translation>Closed without a result</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Field, procedure</source>
        <translation>Field, procedure</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Total received</source>
        <translation>Total received</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>At the counter or by post</source>
        <translation>At the counter or by post</translation>
    </message>
    <message>
        <source>Carried over from the previous period</source>
        <translation>Carried over from the previous period</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>With an apology letter</source>
        <translation>With an apology letter</translation>
    </message>
    <message>
        <source>Without an apology letter</source>
        <translation>Without an apology letter</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>Within the deadline</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Paused at the end of the period</source>
        <translation>Paused at the end of the period</translation>
    </message>
    <message>
        <source>Refused after acceptance</source>
        <translation>Refused after acceptance</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Share resolved early or on time (%)</source>
        <translation>Share resolved early or on time (%)</translation>
    </message>
    <message>
        <source>Processing progress (%)</source>
        <translation>Processing progress (%)</translation>
    </message>
    <message>
        <source>Share received online (%)</source>
        <translation>Share received online (%)</translation>
    </message>
    <message>
        <source>Average handling time (working days)</source>
        <translation>Average handling time (working days)</translation>
    </message>
    <message>
        <source>SITUATION AND RESULTS OF HANDLING ADMINISTRATIVE PROCEDURES</source>
        <translation>SITUATION AND RESULTS OF HANDLING ADMINISTRATIVE PROCEDURES</translation>
    </message>
    <message>
        <source>Reporting period: from %1 to %2</source>
        <translation>Reporting period: from %1 to %2</translation>
    </message>
    <message>
        <source>Unit: dossiers</source>
        <translation>Unit: dossiers</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Cannot create the workbook %1.</translation>
    </message>
    <message>
        <source>…, day … month … year …</source>
        <translation>…, day … month … year …</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>PREPARED BY</translation>
    </message>
    <message>
        <source>HEAD OF THE AGENCY</source>
        <translation>HEAD OF THE AGENCY</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(signature, full name)</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(signature, full name, seal)</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2.</source>
        <translation>Cannot write the workbook %1: %2.</translation>
    </message>
    <message>
        <source>The first day of the period is missing or not a date.</source>
        <translation>The first day of the period is missing or not a date.</translation>
    </message>
    <message>
        <source>The last day of the period is missing or not a date.</source>
        <translation>The last day of the period is missing or not a date.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Dossier %1 has a result but no outcome (early, on time or late).</source>
        <translation>Dossier %1 has a result but no outcome (early, on time or late).</translation>
    </message>
    <message>
        <source>Dossier %1 has a finish moment but its status (%2) is not a final one.</source>
        <translation>Dossier %1 has a finish moment but its status (%2) is not a final one.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>the row that adds up the others</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The window is a number of working hours, not negative.</source>
        <translation>The window is a number of working hours, not negative.</translation>
    </message>
    <message>
        <source>More than %1 dossiers are overdue or due soon: ask for one department at a time.</source>
        <translation>More than %1 dossiers are overdue or due soon: ask for one department at a time.</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>DOSSIERS OVERDUE OR DUE SOON</source>
        <translation>DOSSIERS OVERDUE OR DUE SOON</translation>
    </message>
    <message>
        <source>At %1: %2 overdue, %3 due by %4</source>
        <translation>At %1: %2 overdue, %3 due by %4</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Working days late</translation>
    </message>
    <message>
        <source>Late / left</source>
        <translation>Late / left</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>late %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>DOSSIERS HANDLED BY PERSON</source>
        <translation>DOSSIERS HANDLED BY PERSON</translation>
    </message>
    <message>
        <source>Overdue now: at %1</source>
        <translation>Overdue now: at %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Steps finished</source>
        <translation>Steps finished</translation>
    </message>
    <message>
        <source>Of which late</source>
        <translation>Of which late</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>PERFORMANCE BY PROCESS STEP</source>
        <translation>PERFORMANCE BY PROCESS STEP</translation>
    </message>
    <message>
        <source>Steps where lateness starts first; times in working days</source>
        <translation>Steps where lateness starts first; times in working days</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Time budget</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Lateness starts here</source>
        <translation>Lateness starts here</translation>
    </message>
    <message>
        <source>Share late (%)</source>
        <translation>Share late (%)</translation>
    </message>
    <message>
        <source>Median (working days)</source>
        <translation>Median (working days)</translation>
    </message>
    <message>
        <source>90th percentile (working days)</source>
        <translation>90th percentile (working days)</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
</context>
<context>
    <name>motcua::storage</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>No agency yet: import a catalogue first.</source>
        <translation>No agency yet: import a catalogue first.</translation>
    </message>
    <message>
        <source>There is no procedure %1.</source>
        <translation>There is no procedure %1.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: reload it and try again.</source>
        <translation>Dossier %1 was changed by someone else meanwhile: reload it and try again.</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>There is no dossier %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>The user no longer exists.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>There is no department %1.</translation>
    </message>
    <message>
        <source>There is no dossier number %1.</source>
        <translation>There is no dossier number %1.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing of this action was saved. Check the network and try again.</source>
        <translation>The connection to the database server was lost: nothing of this action was saved. Check the network and try again.</translation>
    </message>
    <message>
        <source>%1 is not installed: install the Debian package postgresql-client-15 (or set MOTCUA_PG_BIN to the folder of the server&apos;s programs).</source>
        <translation>%1 is not installed: install the Debian package postgresql-client-15 (or set MOTCUA_PG_BIN to the folder of the server&apos;s programs).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read and written by you.</source>
        <translation>The file %1 cannot be read and written by you.</translation>
    </message>
    <message>
        <source>A database cannot be created in the folder %1.</source>
        <translation>A database cannot be created in the folder %1.</translation>
    </message>
    <message>
        <source>The database %1 uses the encoding %2 and the collation %3 (character type %4); MotCua needs UTF8 and C.UTF-8 for both. Create the database again as docs/postgresql.md says (ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0), then move the data into it with motcua-cli copy.</source>
        <translation>The database %1 uses the encoding %2 and the collation %3 (character type %4); MotCua needs UTF8 and C.UTF-8 for both. Create the database again as docs/postgresql.md says (ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0), then move the data into it with motcua-cli copy.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Backup</name>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>The backup %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not a MotCua backup (not a SQLite database).</source>
        <translation>%1 is not a MotCua backup (not a SQLite database).</translation>
    </message>
    <message>
        <source>%1 is not a MotCua database.</source>
        <translation>%1 is not a MotCua database.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of MotCua (schema %2); this version knows schema %3.</source>
        <translation>%1 was made by a newer version of MotCua (schema %2); this version knows schema %3.</translation>
    </message>
    <message>
        <source>%1 is a database but not a backup made by MotCua (it has no manifest).</source>
        <translation>%1 is a database but not a backup made by MotCua (it has no manifest).</translation>
    </message>
    <message>
        <source>its content no longer matches the checksum taken with it</source>
        <translation>its content no longer matches the checksum taken with it</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Cannot copy the database to %1: %2</translation>
    </message>
    <message>
        <source>Writing the checksum…</source>
        <translation>Writing the checksum…</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to its owner.</source>
        <translation>Cannot restrict %1 to its owner.</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Checking the copy…</translation>
    </message>
    <message>
        <source>schema %1 instead of %2</source>
        <translation>schema %1 instead of %2</translation>
    </message>
    <message>
        <source>the agency %1 instead of %2</source>
        <translation>the agency %1 instead of %2</translation>
    </message>
    <message>
        <source>its tables differ from the database&apos;s</source>
        <translation>its tables differ from the database&apos;s</translation>
    </message>
    <message>
        <source>%1 rows in %2 where the database had %3</source>
        <translation>%1 rows in %2 where the database had %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Backup verified.</source>
        <translation>Backup verified.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>The backup belongs to another agency (%1 %2), not to %3 %4.</source>
        <translation>The backup belongs to another agency (%1 %2), not to %3 %4.</translation>
    </message>
    <message>
        <source>The database is still in use on another workstation: close MotCua there first.</source>
        <translation>The database is still in use on another workstation: close MotCua there first.</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Copying the backup…</translation>
    </message>
    <message>
        <source>Cannot prepare %1.</source>
        <translation>Cannot prepare %1.</translation>
    </message>
    <message>
        <source>Replacing the database…</source>
        <translation>Replacing the database…</translation>
    </message>
    <message>
        <source>Cannot set the database aside as %1.</source>
        <translation>Cannot set the database aside as %1.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>Cannot put the backup in place of %1.</translation>
    </message>
    <message>
        <source>Database restored.</source>
        <translation>Database restored.</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file, not of a server database: move a file to the server with motcua-cli copy.</source>
        <translation>%1 is a backup of a database file, not of a server database: move a file to the server with motcua-cli copy.</translation>
    </message>
    <message>
        <source>%1 is a backup of a server database: restore it onto the server.</source>
        <translation>%1 is a backup of a server database: restore it onto the server.</translation>
    </message>
    <message>
        <source>its manifest&apos;s head of the history %1 cannot be read</source>
        <translation>its manifest&apos;s head of the history %1 cannot be read</translation>
    </message>
    <message>
        <source>Bringing the backup to this version of MotCua…</source>
        <translation>Bringing the backup to this version of MotCua…</translation>
    </message>
    <message>
        <source>The backup (schema %1) could not be brought to this version of MotCua (schema %2), and the database is as it was: %3</source>
        <translation>The backup (schema %1) could not be brought to this version of MotCua (schema %2), and the database is as it was: %3</translation>
    </message>
</context>
<context>
    <name>motcua::storage::ConnectionCheck</name>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached. Check that it is on, that this computer is on the office network, and the address and port.</source>
        <translation>The server %1 (port %2) cannot be reached. Check that it is on, that this computer is on the office network, and the address and port.</translation>
    </message>
    <message>
        <source>The server refused the user %1: the password is wrong or missing.</source>
        <translation>The server refused the user %1: the password is wrong or missing.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check its name with the IT staff.</source>
        <translation>The server has no database named %1. Check its name with the IT staff.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>The database file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1.</source>
        <translation>Cannot connect to the database %1.</translation>
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
</context>
<context>
    <name>motcua::storage::DatabaseCopy</name>
    <message>
        <source>%1 is not empty (the table %2 holds %3 rows): copy only into a new, empty database.</source>
        <translation>%1 is not empty (the table %2 holds %3 rows): copy only into a new, empty database.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source (%2) than in the target (%3).</source>
        <translation>The table %1 has other columns in the source (%2) than in the target (%3).</translation>
    </message>
    <message>
        <source>The source has schema %1 and the target schema %2.</source>
        <translation>The source has schema %1 and the target schema %2.</translation>
    </message>
    <message>
        <source>The source&apos;s tables (%1) are not the target&apos;s (%2).</source>
        <translation>The source&apos;s tables (%1) are not the target&apos;s (%2).</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from its source (%2 rows, %3 in the copy): nothing was copied.</source>
        <translation>The copy of the table %1 differs from its source (%2 rows, %3 in the copy): nothing was copied.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::DatabaseLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid URL: %2</source>
        <translation>The server address %1 is not a valid URL: %2</translation>
    </message>
    <message>
        <source>The server address names no host: give postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The server address names no host: give postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address names no database: give postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The server address names no database: give postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address names no user: give postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The server address names no user: give postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::HistoryAudit</name>
    <message>
        <source>the entries before it (after id %1) are missing, or it was edited: its hash does not follow from the entry before it</source>
        <translation>the entries before it (after id %1) are missing, or it was edited: its hash does not follow from the entry before it</translation>
    </message>
    <message>
        <source>its content was edited: it no longer matches its hash</source>
        <translation>its content was edited: it no longer matches its hash</translation>
    </message>
    <message>
        <source>it has no hash: it was written behind the application&apos;s back</source>
        <translation>it has no hash: it was written behind the application&apos;s back</translation>
    </message>
    <message>
        <source>it was inserted out of order: the entry after it (id %1) follows the one before it (id %2)</source>
        <translation>it was inserted out of order: the entry after it (id %1) follows the one before it (id %2)</translation>
    </message>
    <message>
        <source>it was added after the last entry the history&apos;s head records (id %1)</source>
        <translation>it was added after the last entry the history&apos;s head records (id %1)</translation>
    </message>
    <message>
        <source>the last entries are missing: the history&apos;s head records the chain up to id %1, the table ends at id %2</source>
        <translation>the last entries are missing: the history&apos;s head records the chain up to id %1, the table ends at id %2</translation>
    </message>
    <message>
        <source>it was added behind the application&apos;s back after the last entry the history&apos;s head records (id %1)</source>
        <translation>it was added behind the application&apos;s back after the last entry the history&apos;s head records (id %1)</translation>
    </message>
    <message>
        <source>the hash of the last entry is not the one the history&apos;s head records: the entry or the head was changed</source>
        <translation>the hash of the last entry is not the one the history&apos;s head records: the entry or the head was changed</translation>
    </message>
    <message>
        <source>the chain has %1 entries where its head counts %2</source>
        <translation>the chain has %1 entries where its head counts %2</translation>
    </message>
    <message>
        <source>the backup %1 records no history head (taken before version 010 of the schema)</source>
        <translation>the backup %1 records no history head (taken before version 010 of the schema)</translation>
    </message>
    <message>
        <source>the backup %1 recorded the history up to this entry, which is no longer in the database</source>
        <translation>the backup %1 recorded the history up to this entry, which is no longer in the database</translation>
    </message>
    <message>
        <source>this entry no longer has the hash the backup %1 recorded: the history up to it was rewritten</source>
        <translation>this entry no longer has the hash the backup %1 recorded: the history up to it was rewritten</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>no department</translation>
    </message>
    <message>
        <source>department %1, status %2: the counter holds %3 dossiers, the dossier table %4</source>
        <translation>department %1, status %2: the counter holds %3 dossiers, the dossier table %4</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Migrations</name>
    <message>
        <source>The migration %1 is missing.</source>
        <translation>The migration %1 is missing.</translation>
    </message>
    <message>
        <source>The migration %1 would leave a row of %2 pointing at nothing.</source>
        <translation>The migration %1 would leave a row of %2 pointing at nothing.</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2 and this version of MotCua needs schema %3, but its user may not change the schema. Migrate it once as the database&apos;s owner: motcua-cli migrate --db postgresql://OWNER@HOST/DATABASE (docs/postgresql.md).</source>
        <translation>The database %1 is at schema %2 and this version of MotCua needs schema %3, but its user may not change the schema. Migrate it once as the database&apos;s owner: motcua-cli migrate --db postgresql://OWNER@HOST/DATABASE (docs/postgresql.md).</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of MotCua (schema %2); this version knows schema %3. Nothing was changed in it: open it with the newer version.</source>
        <translation>The database %1 was made by a newer version of MotCua (schema %2); this version knows schema %3. Nothing was changed in it: open it with the newer version.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::ServerBackup</name>
    <message>
        <source>%1 is not a MotCua backup of a server database (not a pg_dump archive).</source>
        <translation>%1 is not a MotCua backup of a server database (not a pg_dump archive).</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL dump but not a backup made by MotCua: its manifest %2 is missing.</source>
        <translation>%1 is a PostgreSQL dump but not a backup made by MotCua: its manifest %2 is missing.</translation>
    </message>
    <message>
        <source>its manifest %1 cannot be read</source>
        <translation>its manifest %1 cannot be read</translation>
    </message>
    <message>
        <source>the rows of the table %1 are not in it</source>
        <translation>the rows of the table %1 are not in it</translation>
    </message>
    <message>
        <source>its manifest does not say what the database held</source>
        <translation>its manifest does not say what the database held</translation>
    </message>
    <message>
        <source>Keeping the current database aside…</source>
        <translation>Keeping the current database aside…</translation>
    </message>
    <message>
        <source>The backup was not restored and the database is as it was (the restore must run as the database&apos;s owner, with MotCua closed on the other workstations): %1</source>
        <translation>The backup was not restored and the database is as it was (the restore must run as the database&apos;s owner, with MotCua closed on the other workstations): %1</translation>
    </message>
    <message>
        <source>its manifest&apos;s head of the history %1 cannot be read</source>
        <translation>its manifest&apos;s head of the history %1 cannot be read</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought to this version of MotCua (schema %1 to %2): %3 The database before the restore is kept as %4: restore that one to go back.</source>
        <translation>The backup was restored but could not be brought to this version of MotCua (schema %1 to %2): %3 The database before the restore is kept as %4: restore that one to go back.</translation>
    </message>
</context>
<context>
    <name>motcua::storage::ServerRoles</name>
    <message>
        <source>Roles exist on a PostgreSQL server only; a database file has none.</source>
        <translation>Roles exist on a PostgreSQL server only; a database file has none.</translation>
    </message>
    <message>
        <source>There is no role %1 on the server: create it first (docs/postgresql.md).</source>
        <translation>There is no role %1 on the server: create it first (docs/postgresql.md).</translation>
    </message>
    <message>
        <source>%1 is the role this command runs as, the owner: name the application&apos;s role.</source>
        <translation>%1 is the role this command runs as, the owner: name the application&apos;s role.</translation>
    </message>
    <message>
        <source>Only the owner of the database may grant rights on its tables: connect as the owner (%1).</source>
        <translation>Only the owner of the database may grant rights on its tables: connect as the owner (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::storage::Settings</name>
    <message>
        <source>Failed sign-ins before an account is locked</source>
        <translation>Failed sign-ins before an account is locked</translation>
    </message>
    <message>
        <source>Minutes an account stays locked</source>
        <translation>Minutes an account stays locked</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <source>Last automatic backup</source>
        <translation>Last automatic backup</translation>
    </message>
    <message>
        <source>Last automatic backup error</source>
        <translation>Last automatic backup error</translation>
    </message>
    <message>
        <source>Same-day cut-off time</source>
        <translation>Same-day cut-off time</translation>
    </message>
    <message>
        <source>Online inbox folder</source>
        <translation>Online inbox folder</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number from 1.</source>
        <translation>%1 (%2) must be a whole number from 1.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>%1 (%2) must be a time of day as HH:mm, such as 15:00.</source>
        <translation>%1 (%2) must be a time of day as HH:mm, such as 15:00.</translation>
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
        <translation>The folder %1 may not be written by this program: the database cannot be created there. Choose another folder, or ask the administrator for the right to write it.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>The database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a MotCua database (perhaps a copy that did not finish). Nothing was changed in it. Open the right file, or restore a backup.</source>
        <translation>The file %1 is empty: it is not a MotCua database (perhaps a copy that did not finish). Nothing was changed in it. Open the right file, or restore a backup.</translation>
    </message>
    <message>
        <source>The file %1 is not a MotCua database (it is no SQLite database at all). Nothing was changed in it. Open the right file, or restore a backup.</source>
        <translation>The file %1 is not a MotCua database (it is no SQLite database at all). Nothing was changed in it. Open the right file, or restore a backup.</translation>
    </message>
    <message>
        <source>The database %1 is incomplete: the file holds %2 bytes of the %3 it should (a copy cut short?). Nothing was changed in it. Restore a backup.</source>
        <translation>The database %1 is incomplete: the file holds %2 bytes of the %3 it should (a copy cut short?). Nothing was changed in it. Restore a backup.</translation>
    </message>
    <message>
        <source>The database %1 may not be written by this program (the file is read-only for it). Nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the file, or open a copy of it.</source>
        <translation>The database %1 may not be written by this program (the file is read-only for it). Nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the file, or open a copy of it.</translation>
    </message>
    <message>
        <source>The folder %1 of the database may not be written by this program: SQLite keeps its journal files (-wal, -shm) beside the database and cannot work without them. Nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the folder.</source>
        <translation>The folder %1 of the database may not be written by this program: SQLite keeps its journal files (-wal, -shm) beside the database and cannot work without them. Nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the folder.</translation>
    </message>
    <message>
        <source>The disk is full: nothing of this action was saved in %1. Free some space on the disk and try again.</source>
        <translation>The disk is full: nothing of this action was saved in %1. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>The database %1 could not be written to the disk (the disk is full, over its quota, or failing): nothing of this action was saved. Free some space on the disk and try again; if it happens again, have the disk checked.</source>
        <translation>The database %1 could not be written to the disk (the disk is full, over its quota, or failing): nothing of this action was saved. Free some space on the disk and try again; if it happens again, have the disk checked.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for this program: nothing of this action was saved. Ask the administrator to give this computer&apos;s account the right to write the file and its folder.</source>
        <translation>The database %1 is read-only for this program: nothing of this action was saved. Ask the administrator to give this computer&apos;s account the right to write the file and its folder.</translation>
    </message>
    <message>
        <source>The database %1 is held by another program for longer than 10 seconds: nothing of this action was saved. Close the other program that has the file open (a database browser, a copy in progress) and try again.</source>
        <translation>The database %1 is held by another program for longer than 10 seconds: nothing of this action was saved. Close the other program that has the file open (a database browser, a copy in progress) and try again.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a database: nothing of this action was saved. Restore a backup.</source>
        <translation>The database %1 is damaged or is not a database: nothing of this action was saved. Restore a backup.</translation>
    </message>
    <message>
        <source>The database %1 or its folder cannot be written (SQLite keeps its journal files -wal and -shm beside the database): nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the folder.</source>
        <translation>The database %1 or its folder cannot be written (SQLite keeps its journal files -wal and -shm beside the database): nothing was changed. Ask the administrator to give this computer&apos;s account the right to write the folder.</translation>
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
    <name>motcua::ui::ActionDialog</name>
    <message>
        <source>%1 — dossier %2</source>
        <translation>%1 — dossier %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Next person:</source>
        <translation>&amp;Next person:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>New &amp;due moment:</source>
        <translation>New &amp;due moment:</translation>
    </message>
    <message>
        <source>Reaso&amp;n (required):</source>
        <translation>Reaso&amp;n (required):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(not assigned yet)</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <source>Step %1 ends; the dossier moves to step %2 – %3, handled by %4.</source>
        <translation>Step %1 ends; the dossier moves to step %2 – %3, handled by %4.</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nobody chosen)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AdminLogDialog</name>
    <message>
        <source>Administration log</source>
        <translation>Administration log</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Everybody</translation>
    </message>
    <message>
        <source>The program (automatic backups)</source>
        <translation>The program (automatic backups)</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry(ies)</numerusform>
            <numerusform>%Ln entry(ies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::AdminLogModel</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Form templates</source>
        <translation>Form templates</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User edited</source>
        <translation>User edited</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(the program)</source>
        <translation>(the program)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ApplicantFields</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Per&amp;son</source>
        <translation>Per&amp;son</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Identity number</source>
        <translation>&amp;Identity number</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation>&amp;Tax code</translation>
    </message>
    <message>
        <source>Legal re&amp;presentative</source>
        <translation>Legal re&amp;presentative</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>12 digits (9 for an old ID card)</source>
        <translation>12 digits (9 for an old ID card)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>10 digits, or 10-3 for a branch</source>
        <translation>10 digits, or 10-3 for a branch</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;name</source>
        <translation>Organisation&apos;s &amp;name</translation>
    </message>
    <message>
        <source>Required: fill in this field.</source>
        <translation>Required: fill in this field.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AuditFindingsModel</name>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Chain head</translation>
    </message>
    <message>
        <source>Against the backup</source>
        <translation>Against the backup</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>No history</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Due moment</source>
        <translation>Due moment</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>motcua::ui::AutomaticBackupRunner</name>
    <message>
        <source>Automatic backup in progress…</source>
        <translation>Automatic backup in progress…</translation>
    </message>
    <message>
        <source>The automatic backup is done.</source>
        <translation>The automatic backup is done.</translation>
    </message>
    <message>
        <source>The automatic backup failed.</source>
        <translation>The automatic backup failed.</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1

Check the backup folder in File → Settings… (Agency) and take a backup now with Administration → Back up…</source>
        <translation>The automatic backup failed: %1

Check the backup folder in File → Settings… (Agency) and take a backup now with Administration → Back up…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::BackupRestore</name>
    <message>
        <source>Agency: %1 %2
Taken: %3
Dossiers: %4</source>
        <translation>Agency: %1 %2
Taken: %3
Dossiers: %4</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>MotCua backup (*.sqlite)</source>
        <translation>MotCua backup (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <source>The backup %1 is written and verified.

%2</source>
        <translation>The backup %1 is written and verified.

%2</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Backup refused</source>
        <translation>Backup refused</translation>
    </message>
    <message>
        <source>Replace the database by this backup?

%1

The current database is kept aside, renamed with today&apos;s date. Close MotCua on the other workstations first; MotCua closes after the restore.</source>
        <translation>Replace the database by this backup?

%1

The current database is kept aside, renamed with today&apos;s date. Close MotCua on the other workstations first; MotCua closes after the restore.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Restore refused</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>The database now holds the backup (%1 dossiers). The replaced database is kept as %2.

MotCua closes now: start it again.</source>
        <translation>The database now holds the backup (%1 dossiers). The replaced database is kept as %2.

MotCua closes now: start it again.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CalendarDialog</name>
    <message>
        <source>Generated, not confirmed</source>
        <translation>Generated, not confirmed</translation>
    </message>
    <message>
        <source>Small figures: lunar day (1/M: first day of lunar month M)</source>
        <translation>Small figures: lunar day (1/M: first day of lunar month M)</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Office &amp;sessions…</source>
        <translation>Office &amp;sessions…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of %1 are generated from the statutory rules and the lunar calendar, not confirmed: check them against the government&apos;s notice, then confirm.</source>
        <translation>
            <numerusform>%n day(s) of %1 are generated from the statutory rules and the lunar calendar, not confirmed: check them against the government&apos;s notice, then confirm.</numerusform>
            <numerusform>%n day(s) of %1 are generated from the statutory rules and the lunar calendar, not confirmed: check them against the government&apos;s notice, then confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Saved: %1. Due moments moved: %2.</source>
        <translation>Saved: %1. Due moments moved: %2.</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Import a calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.json)</source>
        <translation>Calendar files (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Export the calendar of %1</source>
        <translation>Export the calendar of %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The calendar of %1 was exported to %2.</source>
        <translation>The calendar of %1 was exported to %2.</translation>
    </message>
    <message>
        <source>Computing the due moments that would move…</source>
        <translation>Computing the due moments that would move…</translation>
    </message>
    <message>
        <source>Import a calendar from %1</source>
        <translation>Import a calendar from %1</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n error(s), the first: %1</source>
        <translation>
            <numerusform>The file was not imported: %n error(s), the first: %1</numerusform>
            <numerusform>The file was not imported: %n error(s), the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::CalendarEntryDialog</name>
    <message>
        <source>Edit calendar entry</source>
        <translation>Edit calendar entry</translation>
    </message>
    <message>
        <source>Add calendar entry</source>
        <translation>Add calendar entry</translation>
    </message>
    <message>
        <source>e.g. Tết Nguyên đán</source>
        <translation>e.g. Tết Nguyên đán</translation>
    </message>
    <message>
        <source>e.g. Thông báo 6150/TB-BLĐTBXH</source>
        <translation>e.g. Thông báo 6150/TB-BLĐTBXH</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Source or legal basis:</source>
        <translation>&amp;Source or legal basis:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CalendarEntryModel</name>
    <message>
        <source>%1 — generated, not confirmed yet</source>
        <translation>%1 — generated, not confirmed yet</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueAdminDialog</name>
    <message>
        <source>Procedures and ISO processes</source>
        <translation>Procedures and ISO processes</translation>
    </message>
    <message>
        <source>Find a procedure by code or name…</source>
        <translation>Find a procedure by code or name…</translation>
    </message>
    <message>
        <source>Process version</source>
        <translation>Process version</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Dossiers on it</source>
        <translation>Dossiers on it</translation>
    </message>
    <message>
        <source>Step times</source>
        <translation>Step times</translation>
    </message>
    <message>
        <source>Dossiers run on this version: it is never edited in place. Issue a new version instead.</source>
        <translation>Dossiers run on this version: it is never edited in place. Issue a new version instead.</translation>
    </message>
    <message>
        <source>&amp;New procedure…</source>
        <translation>&amp;New procedure…</translation>
    </message>
    <message>
        <source>&amp;Edit the procedure…</source>
        <translation>&amp;Edit the procedure…</translation>
    </message>
    <message>
        <source>&amp;Issue a new version…</source>
        <translation>&amp;Issue a new version…</translation>
    </message>
    <message>
        <source>&amp;Correct this version…</source>
        <translation>&amp;Correct this version…</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file…</source>
        <translation>&amp;Import a catalogue file…</translation>
    </message>
    <message>
        <source>E&amp;xport the catalogue…</source>
        <translation>E&amp;xport the catalogue…</translation>
    </message>
    <message>
        <source>ISO process versions (a dossier keeps the version it was received under):</source>
        <translation>ISO process versions (a dossier keeps the version it was received under):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>not yet in force</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>%1, issue %2</source>
        <translation>%1, issue %2</translation>
    </message>
    <message>
        <source>Procedure %1 added. Issue its first process version before it is received.</source>
        <translation>Procedure %1 added. Issue its first process version before it is received.</translation>
    </message>
    <message>
        <source>Procedure %1 saved. Dossiers already received keep the terms they were received under.</source>
        <translation>Procedure %1 saved. Dossiers already received keep the terms they were received under.</translation>
    </message>
    <message>
        <source>Issue %1 of the process of %2 is issued. Dossiers already received keep their version and their due moment.</source>
        <translation>Issue %1 of the process of %2 is issued. Dossiers already received keep their version and their due moment.</translation>
    </message>
    <message>
        <source>Issue %1 of the process of %2 is corrected.</source>
        <translation>Issue %1 of the process of %2 is corrected.</translation>
    </message>
    <message>
        <source>Import a catalogue file</source>
        <translation>Import a catalogue file</translation>
    </message>
    <message>
        <source>Catalogue (*.json);;All files (*)</source>
        <translation>Catalogue (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>The import was refused and nothing was changed: %1</source>
        <translation>The import was refused and nothing was changed: %1</translation>
    </message>
    <message>
        <source>Catalogue imported: %1 added, %2 changed.</source>
        <translation>Catalogue imported: %1 added, %2 changed.</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Catalogue (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Catalogue written to %1 (%2 procedures).</source>
        <translation>Catalogue written to %1 (%2 procedures).</translation>
    </message>
    <message>
        <source>Import the catalogue from %1</source>
        <translation>Import the catalogue from %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueImportDialog</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>Import does</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Import the catalogue from %1</source>
        <translation>Import the catalogue from %1</translation>
    </message>
    <message>
        <source>&amp;Apply the import</source>
        <translation>&amp;Apply the import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s) of the file are ignored.</source>
        <translation>
            <numerusform>%n unknown key(s) of the file are ignored.</numerusform>
            <numerusform>%n unknown key(s) of the file are ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueInput</name>
    <message>
        <source>Type a number: 10, 0,5 or 0.25.</source>
        <translation>Type a number: 10, 0,5 or 0.25.</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CatalogueView</name>
    <message>
        <source>Find a procedure by code or name (accents optional)…</source>
        <translation>Find a procedure by code or name (accents optional)…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source> — optional</source>
        <translation> — optional</translation>
    </message>
    <message>
        <source>Process %1, issue %2 of %3</source>
        <translation>Process %1, issue %2 of %3</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>&amp;New password (at least 10 characters):</source>
        <translation>&amp;New password (at least 10 characters):</translation>
    </message>
    <message>
        <source>The administrator has reset your password: choose your own to continue.</source>
        <translation>The administrator has reset your password: choose your own to continue.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConnectionChoice</name>
    <message>
        <source>This computer has no keyring to keep the password in: it will be asked at each start.</source>
        <translation>This computer has no keyring to keep the password in: it will be asked at each start.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConnectionEditor</name>
    <message>
        <source>&amp;This computer (the database file)</source>
        <translation>&amp;This computer (the database file)</translation>
    </message>
    <message>
        <source>The agency&apos;s &amp;server (PostgreSQL, shared by several computers)</source>
        <translation>The agency&apos;s &amp;server (PostgreSQL, shared by several computers)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or motcua-server</source>
        <translation>e.g. 192.168.1.10 or motcua-server</translation>
    </message>
    <message>
        <source>Test the &amp;connection</source>
        <translation>Test the &amp;connection</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>MotCua database (*.sqlite)</source>
        <translation>MotCua database (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Give the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Give the name of the database on the server.</translation>
    </message>
    <message>
        <source>Give the user the program connects as.</source>
        <translation>Give the user the program connects as.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DashboardCountsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Due within 1 working day</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
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
        <translation>Overdue dashboard</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Due within 1 working day</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Show these dossiers below</source>
        <translation>Show these dossiers below</translation>
    </message>
    <message>
        <source>Overdue dossiers</source>
        <translation>Overdue dossiers</translation>
    </message>
    <message>
        <source>Dossiers due today</source>
        <translation>Dossiers due today</translation>
    </message>
    <message>
        <source>Dossiers due within 1 working day</source>
        <translation>Dossiers due within 1 working day</translation>
    </message>
    <message>
        <source>Paused dossiers</source>
        <translation>Paused dossiers</translation>
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
        <translation>%1: the first %2 of %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation>The list could not be written to %1: %2</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>The list was written to %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DossierDetailsDialog</name>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Process:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Process control</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Why this date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Paused at</source>
        <translation>Paused at</translation>
    </message>
    <message>
        <source>Resumed at</source>
        <translation>Resumed at</translation>
    </message>
    <message>
        <source>Working time paused</source>
        <translation>Working time paused</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>still paused</source>
        <translation>still paused</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Due before</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>New due</translation>
    </message>
    <message>
        <source>Granted at</source>
        <translation>Granted at</translation>
    </message>
    <message>
        <source>Apology signed by</source>
        <translation>Apology signed by</translation>
    </message>
    <message>
        <source>Pauses (%1)</source>
        <translation>Pauses (%1)</translation>
    </message>
    <message>
        <source>Extensions (%1)</source>
        <translation>Extensions (%1)</translation>
    </message>
    <message>
        <source>Pauses and extensions</source>
        <translation>Pauses and extensions</translation>
    </message>
    <message>
        <source>Print &amp;forms</source>
        <translation>Print &amp;forms</translation>
    </message>
    <message>
        <source>Paused: %1 — the clock stands still</source>
        <translation>Paused: %1 — the clock stands still</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Overdue %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Tax code:</source>
        <translation>Tax code:</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>Identity number:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Representative:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Fee paid:</source>
        <translation>Fee paid:</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 VND</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>%1, issue %2 of %3</source>
        <translation>%1, issue %2 of %3</translation>
    </message>
    <message>
        <source> (issue %1 is newer; this dossier keeps its version)</source>
        <translation> (issue %1 is newer; this dossier keeps its version)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DossierListView</name>
    <message>
        <source>Search: applicant, dossier code, identity number, phone</source>
        <translation>Search: applicant, dossier code, identity number, phone</translation>
    </message>
    <message>
        <source>Dossier code / barcode</source>
        <translation>Dossier code / barcode</translation>
    </message>
    <message>
        <source>Type or scan a dossier code and press Enter to open the dossier</source>
        <translation>Type or scan a dossier code and press Enter to open the dossier</translation>
    </message>
    <message>
        <source>No dossier with this code</source>
        <translation>No dossier with this code</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Due within 1 working day</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dossier(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers received on another computer since you last looked: click to select them.</source>
        <translation>Dossiers received on another computer since you last looked: click to select them.</translation>
    </message>
    <message numerus="yes">
        <source>%n new dossier(s)</source>
        <translation>
            <numerusform>%n new dossier(s)</numerusform>
            <numerusform>%n new dossier(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::DossierTableModel</name>
    <message>
        <source>Overdue %1</source>
        <translation>Overdue %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FileErrorsDialog</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>The file cannot be imported: %n error(s). Nothing was changed.</source>
        <translation>
            <numerusform>The file cannot be imported: %n error(s). Nothing was changed.</numerusform>
            <numerusform>The file cannot be imported: %n error(s). Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FirstRunWizard</name>
    <message>
        <source>MotCua — first start</source>
        <translation>MotCua — first start</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Agency and procedures</source>
        <translation>Agency and procedures</translation>
    </message>
    <message>
        <source>Choose the catalogue of the agency whose one-stop shop this is.</source>
        <translation>Choose the catalogue of the agency whose one-stop shop this is.</translation>
    </message>
    <message>
        <source>Sở Thông tin và Truyền thông tỉnh Kiên Giang (shipped catalogue)</source>
        <translation>Sở Thông tin và Truyền thông tỉnh Kiên Giang (shipped catalogue)</translation>
    </message>
    <message>
        <source>Import a catalogue file (JSON):</source>
        <translation>Import a catalogue file (JSON):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Catalogue (*.json)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The administrator manages the catalogue, the calendar and the users.</source>
        <translation>The administrator manages the catalogue, the calendar and the users.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>&amp;Password (10 characters or more):</source>
        <translation>&amp;Password (10 characters or more):</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Where this computer keeps the dossiers: in a file of its own, or on the agency&apos;s server that several computers share.</source>
        <translation>Where this computer keeps the dossiers: in a file of its own, or on the agency&apos;s server that several computers share.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FormPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 sent to %2.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::HistoryCheckDialog</name>
    <message>
        <source>Integrity of the histories</source>
        <translation>Integrity of the histories</translation>
    </message>
    <message>
        <source>Walks the hash chain of the dossiers&apos; events and of the administration log, then checks every dossier&apos;s status, step, assignee, pause and due moment against its events, and the counts of dossiers by department and status against the dossiers. What was changed outside MotCua is listed below.</source>
        <translation>Walks the hash chain of the dossiers&apos; events and of the administration log, then checks every dossier&apos;s status, step, assignee, pause and due moment against its events, and the counts of dossiers by department and status against the dossiers. What was changed outside MotCua is listed below.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>Dossiers&apos; events</source>
        <translation>Dossiers&apos; events</translation>
    </message>
    <message>
        <source>Administration log</source>
        <translation>Administration log</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1 history entries and %2 dossiers in %3 s</source>
        <translation>%1 history entries and %2 dossiers in %3 s</translation>
    </message>
    <message>
        <source>The check was cancelled: %1 checked, nothing concluded.</source>
        <translation>The check was cancelled: %1 checked, nothing concluded.</translation>
    </message>
    <message>
        <source>Everything holds: %1, nothing changed outside MotCua.</source>
        <translation>Everything holds: %1, nothing changed outside MotCua.</translation>
    </message>
    <message>
        <source>%1 findings (the first %2 are listed; motcua-cli verify lists them all): %3.</source>
        <translation>%1 findings (the first %2 are listed; motcua-cli verify lists them all): %3.</translation>
    </message>
    <message>
        <source>%1 findings: the database was changed outside MotCua (%2).</source>
        <translation>%1 findings: the database was changed outside MotCua (%2).</translation>
    </message>
</context>
<context>
    <name>motcua::ui::IntakeForm</name>
    <message>
        <source>no fee</source>
        <translation>no fee</translation>
    </message>
    <message>
        <source>fee %1 VND</source>
        <translation>fee %1 VND</translation>
    </message>
    <message>
        <source>&amp;Why this date?</source>
        <translation>&amp;Why this date?</translation>
    </message>
    <message>
        <source>Show the rule, the days off skipped and how the due moment follows (Ctrl+Shift+D)</source>
        <translation>Show the rule, the days off skipped and how the due moment follows (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Record supplement re&amp;quest (Mẫu 02)</source>
        <translation>Record supplement re&amp;quest (Mẫu 02)</translation>
    </message>
    <message>
        <source>Record that the dossier cannot be received until the missing documents are brought (Ctrl+Shift+S)</source>
        <translation>Record that the dossier cannot be received until the missing documents are brought (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Store the dossier and give it its code (Enter, Ctrl+Return)</source>
        <translation>Store the dossier and give it its code (Enter, Ctrl+Return)</translation>
    </message>
    <message>
        <source>The procedures could not be loaded: %1</source>
        <translation>The procedures could not be loaded: %1</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Type part of the name or code, without accents if you like (Ctrl+F)</source>
        <translation>Type part of the name or code, without accents if you like (Ctrl+F)</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Space checks a document; type a number to change its count. Bold with *: mandatory.</source>
        <translation>Space checks a document; type a number to change its count. Bold with *: mandatory.</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>Chec&amp;k all</translation>
    </message>
    <message>
        <source>Check every document of the procedure (Ctrl+Shift+A)</source>
        <translation>Check every document of the procedure (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Channel and result</source>
        <translation>Channel and result</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source> VND</source>
        <translation> VND</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>N&amp;umber of sets</source>
        <translation>N&amp;umber of sets</translation>
    </message>
    <message>
        <source>&amp;Fee paid</source>
        <translation>&amp;Fee paid</translation>
    </message>
    <message>
        <source>No procedure chosen yet.</source>
        <translation>No procedure chosen yet.</translation>
    </message>
    <message>
        <source>legal time limit %1</source>
        <translation>legal time limit %1</translation>
    </message>
    <message>
        <source>Mandatory: %1</source>
        <translation>Mandatory: %1</translation>
    </message>
    <message>
        <source>The documents appear when a procedure is chosen.</source>
        <translation>The documents appear when a procedure is chosen.</translation>
    </message>
    <message>
        <source>%1 of %2 documents checked</source>
        <translation>%1 of %2 documents checked</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory document(s) missing</source>
        <translation>
            <numerusform>%n mandatory document missing</numerusform>
            <numerusform>%n mandatory documents missing</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing mandatory missing</source>
        <translation>nothing mandatory missing</translation>
    </message>
    <message>
        <source>Result due: choose a procedure</source>
        <translation>Result due: choose a procedure</translation>
    </message>
    <message>
        <source>Result due: cannot be computed (%1)</source>
        <translation>Result due: cannot be computed (%1)</translation>
    </message>
    <message>
        <source>Result due: %1 (%2)</source>
        <translation>Result due: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the procedure first: type part of its name or code.</source>
        <translation>Choose the procedure first: type part of its name or code.</translation>
    </message>
    <message>
        <source>All mandatory documents are checked: the dossier can be received.</source>
        <translation>All mandatory documents are checked: the dossier can be received.</translation>
    </message>
    <message numerus="yes">
        <source>The dossier cannot be received: %n mandatory document(s) missing:</source>
        <translation>
            <numerusform>The dossier cannot be received: %n mandatory document missing:</numerusform>
            <numerusform>The dossier cannot be received: %n mandatory documents missing:</numerusform>
        </translation>
    </message>
    <message>
        <source>Check them if the applicant has brought them, or record a supplement request (Mẫu 02) instead.</source>
        <translation>Check them if the applicant has brought them, or record a supplement request (Mẫu 02) instead.</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Delivery</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF (Ctrl+P)</source>
        <translation>Preview, print or save as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Dossier %1 received from %2. Result due %3. Ctrl+P prints the receipt.</source>
        <translation>Dossier %1 received from %2. Result due %3. Ctrl+P prints the receipt.</translation>
    </message>
    <message>
        <source>&amp;Print the receipt (Form 01)</source>
        <translation>&amp;Print the receipt (Form 01)</translation>
    </message>
    <message>
        <source>&amp;Print the supplement request (Form 02)</source>
        <translation>&amp;Print the supplement request (Form 02)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention: see the red messages under them.</source>
        <translation>
            <numerusform>%n field(s) need attention: see the red messages under them.</numerusform>
            <numerusform>%n field(s) need attention: see the red messages under them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supplement request no. %2 (Mẫu 02) recorded for %1: %n document(s) to bring. Ctrl+P prints it.</source>
        <translation>
            <numerusform>Supplement request no. %2 (Mẫu 02) recorded for %1: %n document(s) to bring. Ctrl+P prints it.</numerusform>
            <numerusform>Supplement request no. %2 (Mẫu 02) recorded for %1: %n document(s) to bring. Ctrl+P prints it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::KeychainPasswordStore</name>
    <message>
        <source>The keyring refused to give the password: %1</source>
        <translation>The keyring refused to give the password: %1</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password: %1</source>
        <translation>The keyring refused to keep the password: %1</translation>
    </message>
    <message>
        <source>The keyring refused to forget the password: %1</source>
        <translation>The keyring refused to forget the password: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::LoginDialog</name>
    <message>
        <source>Sign in — MotCua</source>
        <translation>Sign in — MotCua</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;One-stop shop&lt;/b&gt; — sign in to work.</source>
        <translation>&lt;b&gt;One-stop shop&lt;/b&gt; — sign in to work.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Change the temporary password to sign in.</source>
        <translation>Change the temporary password to sign in.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>MotCua — One-stop shop</source>
        <translation>MotCua — One-stop shop</translation>
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
    <message>
        <source>Procedures catalogue</source>
        <translation>Procedures catalogue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>My dossiers</source>
        <translation>My dossiers</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <source>Receive dossiers</source>
        <translation>Receive dossiers</translation>
    </message>
    <message>
        <source>Overdue / due soon</source>
        <translation>Overdue / due soon</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Dossier &amp;register (Form 07)…</source>
        <translation>Dossier &amp;register (Form 07)…</translation>
    </message>
    <message>
        <source>Form &amp;templates…</source>
        <translation>Form &amp;templates…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>Dossier not received yet</source>
        <translation>Dossier not received yet</translation>
    </message>
    <message>
        <source>The intake form holds a dossier that has not been received. It will be lost. Leave it anyway?</source>
        <translation>The intake form holds a dossier that has not been received. It will be lost. Leave it anyway?</translation>
    </message>
    <message>
        <source>&amp;Supplement requests at the counter…</source>
        <translation>&amp;Supplement requests at the counter…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Situation and results of handling (form II.06a)</source>
        <translation>Situation and results of handling (form II.06a)</translation>
    </message>
    <message>
        <source>Online submissions</source>
        <translation>Online submissions</translation>
    </message>
    <message>
        <source>Online submissions (%1)</source>
        <translation>Online submissions (%1)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message numerus="yes">
        <source>%n new dossier(s)</source>
        <translation>
            <numerusform>%n new dossier(s)</numerusform>
            <numerusform>%n new dossier(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Administration &amp;log…</source>
        <translation>Administration &amp;log…</translation>
    </message>
    <message>
        <source>&amp;Procedures and ISO processes…</source>
        <translation>&amp;Procedures and ISO processes…</translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation>Working &amp;calendar…</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <source>The new calendar is stored; this window counts with it from the next sign-in.</source>
        <translation>The new calendar is stored; this window counts with it from the next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Integrity of the histories…</source>
        <translation>&amp;Integrity of the histories…</translation>
    </message>
    <message>
        <source>The working calendar was changed on another workstation: this window counts with it once the work in hand is done.</source>
        <translation>The working calendar was changed on another workstation: this window counts with it once the work in hand is done.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abort</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MovedDueModel</name>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>New due</translation>
    </message>
    <message>
        <source>Moves by</source>
        <translation>Moves by</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MovedDuesDialog</name>
    <message>
        <source>Preview of the calendar change</source>
        <translation>Preview of the calendar change</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>No open dossier&apos;s due moment moves.</source>
        <translation>No open dossier&apos;s due moment moves.</translation>
    </message>
    <message numerus="yes">
        <source>The due moments of %n open dossier(s) move as below. Each moved dossier gets an event in its history saying why.</source>
        <translation>
            <numerusform>The due moments of %n open dossier(s) move as below. Each moved dossier gets an event in its history saying why.</numerusform>
            <numerusform>The due moments of %n open dossier(s) move as below. Each moved dossier gets an event in its history saying why.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message numerus="yes">
        <source>Ignored, not read by this version (%n key(s)):</source>
        <translation>
            <numerusform>Ignored, not read by this version (%n key(s)):</numerusform>
            <numerusform>Ignored, not read by this version (%n key(s)):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::OfficeHoursDialog</name>
    <message>
        <source>Office sessions</source>
        <translation>Office sessions</translation>
    </message>
    <message>
        <source>The sessions of each weekday, as &quot;07:00-11:30, 13:30-17:00&quot;; leave a day empty when the office is closed. A make-up working day has Monday&apos;s sessions, and Monday&apos;s working time is the length of a working day.</source>
        <translation>The sessions of each weekday, as &quot;07:00-11:30, 13:30-17:00&quot;; leave a day empty when the office is closed. A make-up working day has Monday&apos;s sessions, and Monday&apos;s working time is the length of a working day.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OnTimeChart</name>
    <message>
        <source>Save the chart as PNG…</source>
        <translation>Save the chart as PNG…</translation>
    </message>
    <message>
        <source>Share resolved early or on time, %</source>
        <translation>Share resolved early or on time, %</translation>
    </message>
    <message>
        <source>Early or on time</source>
        <translation>Early or on time</translation>
    </message>
    <message>
        <source>%1: %2 % early or on time (%3 early, %4 on time, %5 late of %6 resolved)</source>
        <translation>%1: %2 % early or on time (%3 early, %4 on time, %5 late of %6 resolved)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OnlineQueueView</name>
    <message>
        <source>Refuse the online submission (Form 03)</source>
        <translation>Refuse the online submission (Form 03)</translation>
    </message>
    <message>
        <source>The submission of %1 will be refused before acceptance: it gets no dossier code, and Form 03 gives the reason.</source>
        <translation>The submission of %1 will be refused before acceptance: it gets no dossier code, and Form 03 gives the reason.</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>&amp;Reason for the refusal:</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>Write the reason: Form 03 prints it.</source>
        <translation>Write the reason: Form 03 prints it.</translation>
    </message>
    <message>
        <source>Accept the online submission</source>
        <translation>Accept the online submission</translation>
    </message>
    <message>
        <source>%1 – %2
Accepting gives the dossier its code and register entry now, and counts its due moment from now.</source>
        <translation>%1 – %2
Accepting gives the dossier its code and register entry now, and counts its due moment from now.</translation>
    </message>
    <message>
        <source>&amp;Fee paid:</source>
        <translation>&amp;Fee paid:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Online submissions waiting for acceptance</source>
        <translation>Online submissions waiting for acceptance</translation>
    </message>
    <message>
        <source>Choose the &amp;folder…</source>
        <translation>Choose the &amp;folder…</translation>
    </message>
    <message>
        <source>Read &amp;new submissions (F5)</source>
        <translation>Read &amp;new submissions (F5)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Time waiting</source>
        <translation>Time waiting</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>Portal reference</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accept…</translation>
    </message>
    <message>
        <source>Ask for a &amp;supplement (Form 02)…</source>
        <translation>Ask for a &amp;supplement (Form 02)…</translation>
    </message>
    <message>
        <source>&amp;Refuse (Form 03)…</source>
        <translation>&amp;Refuse (Form 03)…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Files read</translation>
    </message>
    <message>
        <source> – see the files read.</source>
        <translation> – see the files read.</translation>
    </message>
    <message>
        <source>No inbox folder is set: submissions arrive through motcua-cli submit, or an administrator chooses the folder.</source>
        <translation>No inbox folder is set: submissions arrive through motcua-cli submit, or an administrator chooses the folder.</translation>
    </message>
    <message>
        <source>Inbox folder: %1</source>
        <translation>Inbox folder: %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>supplement asked %1</source>
        <translation>supplement asked %1</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>already known</source>
        <translation>already known</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <source>No online submission is waiting.</source>
        <translation>No online submission is waiting.</translation>
    </message>
    <message>
        <source>%1 · tax code %2 · representative %3</source>
        <translation>%1 · tax code %2 · representative %3</translation>
    </message>
    <message>
        <source>%1 · identity number %2 · born %3</source>
        <translation>%1 · identity number %2 · born %3</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Phone: %1 · E-mail: %2 · Result: %3</source>
        <translation>Phone: %1 · E-mail: %2 · Result: %3</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>at the counter</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>not attached</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Print the receipt (Form 01)</source>
        <translation>&amp;Print the receipt (Form 01)</translation>
    </message>
    <message>
        <source>Accepted as dossier %1, result due %2. Print the receipt for the applicant.</source>
        <translation>Accepted as dossier %1, result due %2. Print the receipt for the applicant.</translation>
    </message>
    <message>
        <source>Every mandatory document is attached: the submission can be accepted.</source>
        <translation>Every mandatory document is attached: the submission can be accepted.</translation>
    </message>
    <message>
        <source>&amp;Print the supplement request (Form 02)</source>
        <translation>&amp;Print the supplement request (Form 02)</translation>
    </message>
    <message>
        <source>Supplement request no. %1 (Form 02) recorded for %2; the submission keeps waiting.</source>
        <translation>Supplement request no. %1 (Form 02) recorded for %2; the submission keeps waiting.</translation>
    </message>
    <message>
        <source>&amp;Print the refusal (Form 03)</source>
        <translation>&amp;Print the refusal (Form 03)</translation>
    </message>
    <message>
        <source>The submission of %1 is refused.</source>
        <translation>The submission of %1 is refused.</translation>
    </message>
    <message>
        <source>The folder the portal&apos;s files arrive in</source>
        <translation>The folder the portal&apos;s files arrive in</translation>
    </message>
    <message>
        <source>Every workstation now reads %1.</source>
        <translation>Every workstation now reads %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OverdueListModel</name>
    <message>
        <source>Overdue %1</source>
        <translation>Overdue %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>late %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Late / left</source>
        <translation>Late / left</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedureEditDialog</name>
    <message>
        <source>New procedure</source>
        <translation>New procedure</translation>
    </message>
    <message>
        <source>Edit the procedure %1</source>
        <translation>Edit the procedure %1</translation>
    </message>
    <message>
        <source>national code, e.g. 1.011442</source>
        <translation>national code, e.g. 1.011442</translation>
    </message>
    <message>
        <source>Working time from the receipt (1 day = one working day of hours)</source>
        <translation>Working time from the receipt (1 day = one working day of hours)</translation>
    </message>
    <message>
        <source>Whole days, morning to morning (received in the morning, due in a morning)</source>
        <translation>Whole days, morning to morning (received in the morning, due in a morning)</translation>
    </message>
    <message>
        <source>The clock pauses and goes on</source>
        <translation>The clock pauses and goes on</translation>
    </message>
    <message>
        <source>The whole limit counts again</source>
        <translation>The whole limit counts again</translation>
    </message>
    <message>
        <source>VND; empty: no fee</source>
        <translation>VND; empty: no fee</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>F&amp;ield:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Legal &amp;time limit:</source>
        <translation>Legal &amp;time limit:</translation>
    </message>
    <message>
        <source>Counting &amp;rule:</source>
        <translation>Counting &amp;rule:</translation>
    </message>
    <message>
        <source>On a &amp;supplement:</source>
        <translation>On a &amp;supplement:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Fee:</translation>
    </message>
    <message>
        <source>Fee &amp;note:</source>
        <translation>Fee &amp;note:</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <source>Handling &amp;department:</source>
        <translation>Handling &amp;department:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>&amp;Add a document</translation>
    </message>
    <message>
        <source>R&amp;emove the document</source>
        <translation>R&amp;emove the document</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Required documents:</source>
        <translation>Required documents:</translation>
    </message>
    <message>
        <source>The fee is a whole number of đồng: 50000.</source>
        <translation>The fee is a whole number of đồng: 50000.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedurePicker</name>
    <message>
        <source>Type part of the procedure&apos;s name or code, e.g. &quot;cap phep xuat ban&quot;</source>
        <translation>Type part of the procedure&apos;s name or code, e.g. &quot;cap phep xuat ban&quot;</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcessVersionDialog</name>
    <message>
        <source>Issue a new process version of %1</source>
        <translation>Issue a new process version of %1</translation>
    </message>
    <message>
        <source>Correct issue %1 of the process of %2</source>
        <translation>Correct issue %1 of the process of %2</translation>
    </message>
    <message>
        <source>e.g. QT-BCXB-01</source>
        <translation>e.g. QT-BCXB-01</translation>
    </message>
    <message>
        <source>Document &amp;code:</source>
        <translation>Document &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Issue number:</source>
        <translation>&amp;Issue number:</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation>Change &amp;note:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Prepared by:</translation>
    </message>
    <message>
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Reviewed by:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>Step content</source>
        <translation>Step content</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Output / form</source>
        <translation>Output / form</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>&amp;Add a step</translation>
    </message>
    <message>
        <source>R&amp;emove the step</source>
        <translation>R&amp;emove the step</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 — %2; legal time limit: %3</source>
        <translation>%1 — %2; legal time limit: %3</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::ui::RegisterDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%v of %m dossiers</source>
        <translation>%v of %m dossiers</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>Save the register as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The register was not saved: cancelled.</source>
        <translation>The register was not saved: cancelled.</translation>
    </message>
    <message>
        <source>Saved %1: %2 dossiers, %3 pages.</source>
        <translation>Saved %1: %2 dossiers, %3 pages.</translation>
    </message>
    <message>
        <source>The register was not printed: cancelled.</source>
        <translation>The register was not printed: cancelled.</translation>
    </message>
    <message>
        <source>%1 sent to %2: %3 dossiers, %4 pages.</source>
        <translation>%1 sent to %2: %3 dossiers, %4 pages.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportChart</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>Print the chart</translation>
    </message>
    <message>
        <source>Point at a bar or a point to see its values.</source>
        <translation>Point at a bar or a point to see its values.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportsView</name>
    <message>
        <source>Reports: situation and results of handling administrative procedures (form II.06a)</source>
        <translation>Reports: situation and results of handling administrative procedures (form II.06a)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Form II.06a</source>
        <translation>Form II.06a</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>By person</translation>
    </message>
    <message>
        <source>By process step</source>
        <translation>By process step</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>overdue only</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>and due within</source>
        <translation>and due within</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (not found now)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Default &amp;printer:</source>
        <translation>Default &amp;printer:</translation>
    </message>
    <message>
        <source>Paper &amp;size of reports:</source>
        <translation>Paper &amp;size of reports:</translation>
    </message>
    <message>
        <source>The receipt and the other forms keep their legal size (A5); the register is A4.</source>
        <translation>The receipt and the other forms keep their legal size (A5); the register is A4.</translation>
    </message>
    <message>
        <source>Open now: %1. A change is used at the next start; &quot;motcua --db&quot; overrides it.</source>
        <translation>Open now: %1. A change is used at the next start; &quot;motcua --db&quot; overrides it.</translation>
    </message>
    <message>
        <source>Only an administrator changes the agency&apos;s settings.</source>
        <translation>Only an administrator changes the agency&apos;s settings.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>The cut-off applies to dossiers received from the next sign-in on; due moments already given do not move.</source>
        <translation>The cut-off applies to dossiers received from the next sign-in on; due moments already given do not move.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n field(s) need attention; nothing was saved.</numerusform>
            <numerusform>%n field(s) need attention; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new database connection is used at the next start.</source>
        <translation>The new database connection is used at the next start.</translation>
    </message>
    <message>
        <source>The new database connection is used at the next start. %1</source>
        <translation>The new database connection is used at the next start. %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SignInLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Unlocked by the administrator</source>
        <translation>Unlocked by the administrator</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>motcua::ui::StartupConnection</name>
    <message>
        <source>The password of %1 on the server %2:</source>
        <translation>The password of %1 on the server %2:</translation>
    </message>
    <message>
        <source>(This computer has no keyring to keep it in: it is asked at each start.)</source>
        <translation>(This computer has no keyring to keep it in: it is asked at each start.)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>No database is chosen.</source>
        <translation>No database is chosen.</translation>
    </message>
    <message>
        <source>MotCua — cannot open the database</source>
        <translation>MotCua — cannot open the database</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Change the connection…</source>
        <translation>&amp;Change the connection…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SupplementRequestDialog</name>
    <message>
        <source>Supplement request (Form 02)</source>
        <translation>Supplement request (Form 02)</translation>
    </message>
    <message>
        <source>For %1 — %2</source>
        <translation>For %1 — %2</translation>
    </message>
    <message>
        <source>Please bring the documents above; the dossier is received as soon as it is complete.</source>
        <translation>Please bring the documents above; the dossier is received as soon as it is complete.</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Record the request</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Documents to bring (%1):</source>
        <translation>Documents to bring (%1):</translation>
    </message>
    <message>
        <source>&amp;Guidance for the applicant (printed on the form):</source>
        <translation>&amp;Guidance for the applicant (printed on the form):</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SupplementRequestsDialog</name>
    <message>
        <source>Supplement requests at the counter (Form 02)</source>
        <translation>Supplement requests at the counter (Form 02)</translation>
    </message>
    <message>
        <source>Search: applicant&apos;s name or phone</source>
        <translation>Search: applicant&apos;s name or phone</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Print again…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>motcua::ui::TemplatesDialog</name>
    <message>
        <source>Templates of the printed forms</source>
        <translation>Templates of the printed forms</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Template in use</source>
        <translation>Template in use</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Load…</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped template</source>
        <translation>&amp;Restore the shipped template</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The agency&apos;s, loaded %1 by %2</source>
        <translation>The agency&apos;s, loaded %1 by %2</translation>
    </message>
    <message>
        <source>Shipped (the agency&apos;s does not fit this version: %1)</source>
        <translation>Shipped (the agency&apos;s does not fit this version: %1)</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Export the template</translation>
    </message>
    <message>
        <source>Form templates (*.html)</source>
        <translation>Form templates (*.html)</translation>
    </message>
    <message>
        <source>%1: template written to %2.</source>
        <translation>%1: template written to %2.</translation>
    </message>
    <message>
        <source>Load a template</source>
        <translation>Load a template</translation>
    </message>
    <message>
        <source>%1 is not used: %2 The template in use has not changed.</source>
        <translation>%1 is not used: %2 The template in use has not changed.</translation>
    </message>
    <message>
        <source>%1 now prints with %2.</source>
        <translation>%1 now prints with %2.</translation>
    </message>
    <message>
        <source>Print %1 with the shipped template again? The agency&apos;s template is removed.</source>
        <translation>Print %1 with the shipped template again? The agency&apos;s template is removed.</translation>
    </message>
    <message>
        <source>%1 prints with the shipped template again.</source>
        <translation>%1 prints with the shipped template again.</translation>
    </message>
    <message>
        <source>The agency&apos;s, which cannot print the register: %1 Load a corrected one or go back to the shipped one.</source>
        <translation>The agency&apos;s, which cannot print the register: %1 Load a corrected one or go back to the shipped one.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::TrendCharts</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Early or on time, %</source>
        <translation>Early or on time, %</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 resolved</source>
        <translation>%1: %2 received, %3 resolved</translation>
    </message>
    <message>
        <source>%1: %2 early or on time (%3 of %4 resolved)</source>
        <translation>%1: %2 early or on time (%3 of %4 resolved)</translation>
    </message>
    <message>
        <source>Dossiers received and resolved per month</source>
        <translation>Dossiers received and resolved per month</translation>
    </message>
    <message>
        <source>Share resolved early or on time per month, %</source>
        <translation>Share resolved early or on time per month, %</translation>
    </message>
    <message>
        <source>%1 (%2): %3 early or on time (%4 of %5 resolved)</source>
        <translation>%1 (%2): %3 early or on time (%4 of %5 resolved)</translation>
    </message>
    <message>
        <source>Share resolved early or on time per department, %</source>
        <translation>Share resolved early or on time per department, %</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Step %1: %2 dossiers overdue now</source>
        <translation>Step %1: %2 dossiers overdue now</translation>
    </message>
    <message>
        <source>Dossiers overdue now by step</source>
        <translation>Dossiers overdue now by step</translation>
    </message>
</context>
<context>
    <name>motcua::ui::UserEditDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Edit the user %1</source>
        <translation>Edit the user %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Password (at least 10 characters):</source>
        <translation>&amp;Password (at least 10 characters):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::UserTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
</context>
<context>
    <name>motcua::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign-in log</source>
        <translation>Sign-in log</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>User %1 changed.</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Disable a user</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They will no longer be able to sign in; their dossiers and history stay as they are.</source>
        <translation>Disable %1 (%2)? They will no longer be able to sign in; their dossiers and history stay as they are.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <source>Give %1 a temporary password? They must choose their own at the next sign-in.</source>
        <translation>Give %1 a temporary password? They must choose their own at the next sign-in.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>The temporary password of %1 is:

%2

Give it to them in person; they must change it at the next sign-in.</source>
        <translation>The temporary password of %1 is:

%2

Give it to them in person; they must change it at the next sign-in.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>User %1 unlocked.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::YearGrid</name>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>We</source>
        <translation>We</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>Th</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Lunar: %1/%2 (leap) of the lunar year %3</source>
        <translation>Lunar: %1/%2 (leap) of the lunar year %3</translation>
    </message>
    <message>
        <source>Lunar: %1/%2 of the lunar year %3</source>
        <translation>Lunar: %1/%2 of the lunar year %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Generated from the statutory rules, not confirmed yet</source>
        <translation>Generated from the statutory rules, not confirmed yet</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Public holiday, day off</source>
        <translation>Public holiday, day off</translation>
    </message>
    <message>
        <source>Substitute day off</source>
        <translation>Substitute day off</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
</context>
<context>
    <name>motcua::workflow</name>
    <message>
        <source>Only the head of the handling department may assign dossier %1.</source>
        <translation>Only the head of the handling department may assign dossier %1.</translation>
    </message>
    <message>
        <source>%1 may not %2 a dossier: it needs the role %3.</source>
        <translation>%1 may not %2 a dossier: it needs the role %3.</translation>
    </message>
    <message>
        <source>The result of %1 is not ready yet.</source>
        <translation>The result of %1 is not ready yet.</translation>
    </message>
    <message>
        <source>The result of %1 is ready: it can only be returned.</source>
        <translation>The result of %1 is ready: it can only be returned.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: reload it and try again.</source>
        <translation>Dossier %1 was changed by someone else meanwhile: reload it and try again.</translation>
    </message>
    <message>
        <source>%1 may not %2: it needs the role &quot;%3&quot;.</source>
        <translation>%1 may not %2: it needs the role &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Dossier %1 has no step in progress.</source>
        <translation>Dossier %1 has no step in progress.</translation>
    </message>
    <message>
        <source>%1 may not act on step %2 of dossier %3 (%4 of the handling department, or the person assigned).</source>
        <translation>%1 may not act on step %2 of dossier %3 (%4 of the handling department, or the person assigned).</translation>
    </message>
    <message>
        <source>Dossier %1 is closed (%2).</source>
        <translation>Dossier %1 is closed (%2).</translation>
    </message>
    <message>
        <source>Dossier %1 is paused: resume it first.</source>
        <translation>Dossier %1 is paused: resume it first.</translation>
    </message>
    <message>
        <source>sign an apology letter</source>
        <translation>sign an apology letter</translation>
    </message>
    <message>
        <source>The result of %1 is already ready.</source>
        <translation>The result of %1 is already ready.</translation>
    </message>
    <message>
        <source>Dossier %1 is at its last step: return the result.</source>
        <translation>Dossier %1 is at its last step: return the result.</translation>
    </message>
    <message>
        <source>Dossier %1 is at step %2 of %3: the result can be ready only from the step before the return.</source>
        <translation>Dossier %1 is at step %2 of %3: the result can be ready only from the step before the return.</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>receive dossiers</translation>
    </message>
    <message>
        <source>enter a back-dated dossier</source>
        <translation>enter a back-dated dossier</translation>
    </message>
    <message>
        <source>Procedure %1 has no process with steps.</source>
        <translation>Procedure %1 has no process with steps.</translation>
    </message>
    <message>
        <source>More than 9999 dossiers in one day.</source>
        <translation>More than 9999 dossiers in one day.</translation>
    </message>
    <message>
        <source>The result of %1 is ready: the clock can no longer stop.</source>
        <translation>The result of %1 is ready: the clock can no longer stop.</translation>
    </message>
    <message>
        <source>Dossier %1 is not paused.</source>
        <translation>Dossier %1 is not paused.</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>refuse</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>withdraw</translation>
    </message>
    <message>
        <source>return the result of</source>
        <translation>return the result of</translation>
    </message>
    <message>
        <source>%1 may not %2 dossier %3: it is handled by another department.</source>
        <translation>%1 may not %2 dossier %3: it is handled by another department.</translation>
    </message>
    <message>
        <source>%1 is not a %2 of the handling department.</source>
        <translation>%1 is not a %2 of the handling department.</translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation>The reason is required.</translation>
    </message>
    <message>
        <source>Say why the dossier is late.</source>
        <translation>Say why the dossier is late.</translation>
    </message>
    <message>
        <source>The new due moment must be after the current one (%1).</source>
        <translation>The new due moment must be after the current one (%1).</translation>
    </message>
    <message>
        <source>%1 is not a %2 of the department of step %3.</source>
        <translation>%1 is not a %2 of the department of step %3.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>The address is missing.</source>
        <translation>The address is missing.</translation>
    </message>
    <message>
        <source>The identity number is missing.</source>
        <translation>The identity number is missing.</translation>
    </message>
    <message>
        <source>The tax code is missing.</source>
        <translation>The tax code is missing.</translation>
    </message>
    <message>
        <source>The legal representative is missing.</source>
        <translation>The legal representative is missing.</translation>
    </message>
    <message>
        <source>A dossier cannot be received in the future.</source>
        <translation>A dossier cannot be received in the future.</translation>
    </message>
    <message>
        <source>The number of sets is from 1 to 100.</source>
        <translation>The number of sets is from 1 to 100.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is not a document of the procedure (1 to %2) with a count from 1 to 100.</source>
        <translation>%1 is not a document of the procedure (1 to %2) with a count from 1 to 100.</translation>
    </message>
    <message>
        <source>The dossier is incomplete; missing: %1.</source>
        <translation>The dossier is incomplete; missing: %1.</translation>
    </message>
    <message>
        <source>Nothing is missing: the dossier can be received.</source>
        <translation>Nothing is missing: the dossier can be received.</translation>
    </message>
    <message>
        <source>The online submission of %1 was changed by someone else meanwhile: reload it and try again.</source>
        <translation>The online submission of %1 was changed by someone else meanwhile: reload it and try again.</translation>
    </message>
    <message>
        <source>accept online submissions</source>
        <translation>accept online submissions</translation>
    </message>
    <message>
        <source>This online submission is no longer waiting: it is &quot;%1&quot;.</source>
        <translation>This online submission is no longer waiting: it is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the first day.</source>
        <translation>Give the first day.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>The last day must not be before the first day.</translation>
    </message>
    <message>
        <source>A range covers at most %1 days.</source>
        <translation>A range covers at most %1 days.</translation>
    </message>
    <message>
        <source>Give the name of the day (e.g. &quot;Tết Nguyên đán&quot;).</source>
        <translation>Give the name of the day (e.g. &quot;Tết Nguyên đán&quot;).</translation>
    </message>
    <message>
        <source>A make-up working day is a Saturday or Sunday: %1 – %2 has none.</source>
        <translation>A make-up working day is a Saturday or Sunday: %1 – %2 has none.</translation>
    </message>
    <message>
        <source>A day off is a weekday: %1 – %2 has none.</source>
        <translation>A day off is a weekday: %1 – %2 has none.</translation>
    </message>
    <message>
        <source>generated calendar of %1 confirmed</source>
        <translation>generated calendar of %1 confirmed</translation>
    </message>
    <message>
        <source>calendar of %1 imported from a file (%2 entries)</source>
        <translation>calendar of %1 imported from a file (%2 entries)</translation>
    </message>
    <message>
        <source>office sessions changed: %1</source>
        <translation>office sessions changed: %1</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 “%3”</translation>
    </message>
    <message>
        <source>entry of %1 removed</source>
        <translation>entry of %1 removed</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <source>change the working calendar</source>
        <translation>change the working calendar</translation>
    </message>
    <message>
        <source>The change has no entry.</source>
        <translation>The change has no entry.</translation>
    </message>
    <message>
        <source>The file holds no calendar entry.</source>
        <translation>The file holds no calendar entry.</translation>
    </message>
    <message>
        <source>legal %1</source>
        <translation>legal %1</translation>
    </message>
</context>
<context>
    <name>motcua::workflow::Action</name>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Result ready…</source>
        <translation>Result ready…</translation>
    </message>
    <message>
        <source>Request supplement…</source>
        <translation>Request supplement…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <source>Extend with apology…</source>
        <translation>Extend with apology…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Return result…</source>
        <translation>Return result…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Receive…</translation>
    </message>
</context>
</TS>

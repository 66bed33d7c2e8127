// Qt's own texts in its Unix print dialog, for our translation files.
//
// Qt ships no Vietnamese catalogue (no qtbase_vi.qm), so QPrintDialog, its "Properties" dialog and their
// page setup and CUPS job tabs would show in English. Their widgets look their texts up with tr() in Qt's
// own contexts, and the application-wide translator built from resources/translations/motcua_vi.ts
// answers those calls too when it holds messages in the same context with the same source text.
// QT_TRANSLATE_NOOP only marks the texts: lupdate puts them into our .ts files, nothing here runs.
//
// The contexts and source texts (ampersands and disambiguations included) are Qt's, checked one by one
// against the strings in libQt6PrintSupport 6.4.2 (Debian 12) and libQt6Gui for the two button themes.
// A newer Qt that changes a text needs the entry changed with it, or that text shows in English again.

#include <QtGlobal>

namespace motcua::ui {

namespace {

// QPrintDialog and its private parts, which call QPrintDialog::tr(). The title "Print" is set by
// QAbstractPrintDialog; the "Left to Right, …" choices fill QPageSetupWidget's "Page order:" box.
[[maybe_unused]] constexpr const char* kQPrintDialog[] = {
    QT_TRANSLATE_NOOP("QPrintDialog", "Print"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Print"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Options >>"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Options <<"),
    QT_TRANSLATE_NOOP("QPrintDialog", "All Pages"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Odd Pages"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Even Pages"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Print to File (PDF)"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Local file"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Write PDF file"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Print To File ..."),
    QT_TRANSLATE_NOOP("QPrintDialog", "%1 is a directory.\nPlease choose a different file name."),
    QT_TRANSLATE_NOOP("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."),
    QT_TRANSLATE_NOOP("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?"),
    QT_TRANSLATE_NOOP(
        "QPrintDialog",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those options off."),
    QT_TRANSLATE_NOOP("QPrintDialog", "Invalid Pages Definition"),
    QT_TRANSLATE_NOOP("QPrintDialog",
                      "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to "
                      "define ranges and make sure ranges do not intersect with each other."),
    QT_TRANSLATE_NOOP("QPrintDialog", "Duplex Settings Conflicts"),
    QT_TRANSLATE_NOOP("QPrintDialog", "There are conflicts in duplex settings. Do you want to fix them?"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Left to Right, Top to Bottom"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Left to Right, Bottom to Top"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Right to Left, Bottom to Top"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Right to Left, Top to Bottom"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Bottom to Top, Left to Right"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Bottom to Top, Right to Left"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Top to Bottom, Left to Right"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Top to Bottom, Right to Left"),
};

// qprintwidget.ui: the printer box at the top of the dialog.
[[maybe_unused]] constexpr const char* kQPrintWidget[] = {
    QT_TRANSLATE_NOOP("QPrintWidget", "Printer"),     QT_TRANSLATE_NOOP("QPrintWidget", "&Name:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "P&roperties"), QT_TRANSLATE_NOOP("QPrintWidget", "Location:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Type:"),       QT_TRANSLATE_NOOP("QPrintWidget", "Output &file:"),
};

// qprintsettingsoutput.ui: the Copies and Options tabs under "Options >>".
[[maybe_unused]] constexpr const char* kQPrintSettingsOutput[] = {
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print range"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print all"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages from"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "to"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput",
                      "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a "
                      "hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9."),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Current Page"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Selection"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Output Settings"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Collate"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Reverse"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Options"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color Mode"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Grayscale"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
};

// The "Properties" dialog.
[[maybe_unused]] constexpr const char* kQPrintPropertiesDialog[] = {
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Printer Properties"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Job Options"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Page Setup Conflicts"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "There are conflicts in page setup options. Do you want to fix them?"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Advanced Option Conflicts"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog",
                      "There are conflicts in some advanced options. Do you want to fix them?"),
};

// qprintpropertieswidget.ui: the tabs of the "Properties" dialog.
[[maybe_unused]] constexpr const char* kQPrintPropertiesWidget[] = {
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "Page"),
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "Advanced"),
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "There are conflicts in some options. Please fix them."),
};

// qpagesetupwidget.ui and qpagesetupdialog_unix.cpp: the Page tab of the "Properties" dialog.
[[maybe_unused]] constexpr const char* kQPageSetupWidget[] = {
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Paper"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page size:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Width:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Height:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Paper source:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Orientation"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Portrait"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Landscape"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse landscape"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse portrait"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Margins"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "top margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "left margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "right margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "bottom margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page Layout"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages per sheet:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Custom"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Millimeters (mm)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Inches (in)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Points (pt)"),
};

// qcupsjobwidget.ui and qcupsjobwidget.cpp: the Job Options tab of the "Properties" dialog.
[[maybe_unused]] constexpr const char* kQCupsJobWidget[] = {
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job Control"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled printing:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Billing information:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job priority:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Banner Pages"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Print Immediately"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Hold Indefinitely"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Day (06:00 to 17:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Night (18:00 to 05:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Second Shift (16:00 to 23:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Third Shift (00:00 to 07:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Weekend (Saturday to Sunday)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Specific Time"),
};

// The same tab's texts that Qt translates with a disambiguation: the banner page labels and choices.
struct Disambiguated {
    const char* source;
    const char* disambiguation;
};

[[maybe_unused]] constexpr Disambiguated kQCupsJobWidgetBannerPages[] = {
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "Start:", "Banner page at start"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "End:", "Banner page at end"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "None", "CUPS Banner page"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "Standard", "CUPS Banner page"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "Unclassified", "CUPS Banner page"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "Confidential", "CUPS Banner page"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "Classified", "CUPS Banner page"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "Secret", "CUPS Banner page"),
    QT_TRANSLATE_NOOP3("QCupsJobWidget", "Top Secret", "CUPS Banner page"),
};

// The OK and Cancel buttons of both dialogs (QDialogButtonBox asks the platform theme: QPlatformTheme,
// or QGnomeTheme under GNOME). These translate every standard OK/Cancel button of the application.
[[maybe_unused]] constexpr const char* kQPlatformTheme[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
};

[[maybe_unused]] constexpr const char* kQGnomeTheme[] = {
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
};

} // namespace

} // namespace motcua::ui

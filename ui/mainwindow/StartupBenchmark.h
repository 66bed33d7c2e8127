#pragma once

#include <QElapsedTimer>

namespace motcua::ui {

class MainWindow;

// For benchmarks only (`motcua --bench-startup LOGIN`, which `motcua-cli bench` runs): shows the all-dossiers list
// and, once its first page is in, prints "list-ready MS" (since `started`); then opens the dashboard (when the
// user has one) and, once it has read, prints "memory VMRSS_KB VMHWM_KB" (/proc/self/status) and quits.
void reportStartupForBenchmark(MainWindow& window, const QElapsedTimer& started);

} // namespace motcua::ui

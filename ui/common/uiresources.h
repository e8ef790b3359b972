#pragma once

#include <QtGlobal>

// The icons and texts compiled into the ab_ui static library. A static library's resource
// initializer is dropped by the linker unless something references it: windows and wizards
// call this before they use a ":/" path. Safe to call any number of times.
void ensureUiResources();

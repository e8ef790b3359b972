#include "uiresources.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

void ensureUiResources()
{
    static const bool initialized = [] {
        initResources();
        return true;
    }();
    Q_UNUSED(initialized);
}

# One INTERFACE target that every project target links: warnings and strict Qt defines.
add_library(ab_compiler_settings INTERFACE)

target_compile_options(ab_compiler_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough -Wnull-dereference
    $<$<BOOL:${AB_WARNINGS_AS_ERRORS}>:-Werror>)

target_compile_definitions(ab_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    AB_APP_ID="${AB_APP_ID}"
    AB_VERSION="${PROJECT_VERSION}")
# QT_NO_CONTEXTLESS_CONNECT only exists from Qt 6.7; Qt 6.4 ignores it harmlessly.
target_compile_definitions(ab_compiler_settings INTERFACE QT_NO_CONTEXTLESS_CONNECT)

# AddressSanitizer + UndefinedBehaviorSanitizer for the whole project: -DAB_SANITIZE=ON.
option(AB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(AB_SANITIZE)
    target_compile_options(ab_compiler_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ab_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()

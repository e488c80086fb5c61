# One INTERFACE target carries the warning and strictness flags every TriggerDesk target uses,
# instead of global definitions (see qBittorrent's CommonConfig.cmake).
add_library(triggerdesk_common INTERFACE)
target_compile_features(triggerdesk_common INTERFACE cxx_std_17)
target_compile_options(triggerdesk_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>
    $<$<CXX_COMPILER_ID:MSVC>:/W4>)
if(TRIGGERDESK_WERROR)
    target_compile_options(triggerdesk_common INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Werror>
        $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()
target_compile_definitions(triggerdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# TRIGGERDESK_SANITIZE=address,undefined builds everything with those sanitizers (tests included).
set(TRIGGERDESK_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined (GCC, Clang)")
if(TRIGGERDESK_SANITIZE)
    target_compile_options(triggerdesk_common INTERFACE
        -fsanitize=${TRIGGERDESK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(triggerdesk_common INTERFACE -fsanitize=${TRIGGERDESK_SANITIZE})
endif()

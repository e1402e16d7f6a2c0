# One INTERFACE target carries the flags every target of ours uses.
add_library(council_compile_options INTERFACE)
target_compile_options(council_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(COUNCIL_WERROR)
    target_compile_options(council_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(council_compile_options INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(COUNCIL_SANITIZE)
    target_compile_options(council_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(council_compile_options INTERFACE -fsanitize=address,undefined)
endif()

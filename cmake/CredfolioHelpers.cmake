# Shared compile settings and the one helper that registers a Qt Test executable with ctest.

# Strict string handling (as Zeal does): no implicit conversions between QString and char*.
function(credfolio_set_compile_options target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_RESTRICTED_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(CREDFOLIO_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# credfolio_add_test(NAME SOURCES... [LIBS libs...] [GUI] [KEYCHAIN])
# Builds one Qt Test executable and registers it with ctest. Core tests run without a
# display; GUI tests on the offscreen platform. Test data is located through the
# CREDFOLIO_TEST_DATA compile definition, never through a relative path.
function(credfolio_add_test name)
    cmake_parse_arguments(ARG "GUI;KEYCHAIN" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    credfolio_set_compile_options(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test credfolio_core ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        CREDFOLIO_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        CREDFOLIO_SHARED_VECTORS="${PROJECT_SOURCE_DIR}/../shared/vectors")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "CREDFOLIO_DB=")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    if(ARG_KEYCHAIN)
        set_tests_properties(${name} PROPERTIES LABELS "keychain")
    endif()
endfunction()

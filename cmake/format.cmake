# `format` rewrites the sources in the style of .clang-format; `check_format` (and the
# `format` test) fails when a file is not in that style.
find_program(CLANG_FORMAT_PROGRAM clang-format)
if(CLANG_FORMAT_PROGRAM)
  file(GLOB_RECURSE dongmao_format_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/lib/*.cpp ${PROJECT_SOURCE_DIR}/lib/*.hpp
    ${PROJECT_SOURCE_DIR}/cli/*.cpp ${PROJECT_SOURCE_DIR}/cli/*.hpp
    ${PROJECT_SOURCE_DIR}/tests/unit/*.cpp ${PROJECT_SOURCE_DIR}/tests/unit/*.hpp
    ${PROJECT_SOURCE_DIR}/tests/fuzz/*.cpp ${PROJECT_SOURCE_DIR}/tests/bench/*.cpp)
  add_custom_target(format
    COMMAND ${CLANG_FORMAT_PROGRAM} -i ${dongmao_format_sources}
    COMMENT "Formatting the sources")
  add_custom_target(check_format
    COMMAND ${CLANG_FORMAT_PROGRAM} --dry-run -Werror ${dongmao_format_sources}
    COMMENT "Checking the sources' format")
  if(DONGMAO_TESTS)
    add_test(NAME format COMMAND ${CLANG_FORMAT_PROGRAM} --dry-run -Werror ${dongmao_format_sources})
  endif()
endif()

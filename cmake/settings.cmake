# Settings linked privately by product and test code only, never exported.
add_library(standard_settings INTERFACE)
target_compile_features(standard_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

add_library(standard_warnings INTERFACE)
target_compile_options(standard_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
  $<$<BOOL:${DONGMAO_WERROR}>:-Werror>)

if(DONGMAO_SANITIZE)
  target_compile_options(standard_settings INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(standard_settings INTERFACE -fsanitize=address,undefined)
endif()

if(DONGMAO_FUZZ)
  target_compile_options(standard_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                                                     -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION)
  target_link_options(standard_settings INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled headers for the third-party headers every file of a target includes. Off when
# compiling through ccache: a precompiled header embeds the absolute paths of its build, so
# every file that uses one would miss the cache in a fresh clone (CI) or another worktree.
if(DONGMAO_CCACHE AND CCACHE_PROGRAM)
  set(dongmao_pch_default OFF)
else()
  set(dongmao_pch_default ON)
endif()
option(DONGMAO_PCH "Precompile the heavy third-party headers" ${dongmao_pch_default})
function(dongmao_precompile target)
  if(DONGMAO_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()

# Compiles through ccache when it is installed, so that a fresh clone (CI, a second
# worktree) rebuilds from the cache what this machine has already compiled. Paths are made
# relative to the source tree and the build directory is left out of the hash, so a clone
# in another folder hits the same entries; the sloppiness lets precompiled headers be cached.
option(DONGMAO_CCACHE "Compile through ccache when it is installed" ON)
find_program(CCACHE_PROGRAM ccache)
if(DONGMAO_CCACHE AND CCACHE_PROGRAM)
  set(dongmao_launcher ${CMAKE_COMMAND} -E env
    CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}
    CCACHE_NOHASHDIR=1
    CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    ${CCACHE_PROGRAM})
  set(CMAKE_C_COMPILER_LAUNCHER ${dongmao_launcher})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${dongmao_launcher})
endif()

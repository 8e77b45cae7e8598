# Writes the man page and the shell completions with the freshly built ragft
# (`ragft --generate man|bash|zsh|fish`), from the same command table and
# option definitions that its --help prints. Run by the build:
#   cmake -DRAGFT=path/to/ragft -DOUT_DIR=dir -P generate_reference.cmake
foreach(kind man bash zsh fish)
  set(file_man ragft.1)
  set(file_bash ragft.bash)
  set(file_zsh _ragft)
  set(file_fish ragft.fish)
  execute_process(COMMAND ${RAGFT} --generate ${kind}
                  OUTPUT_FILE ${OUT_DIR}/${file_${kind}}.tmp
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "ragft --generate ${kind} failed (${status})")
  endif()
  file(RENAME ${OUT_DIR}/${file_${kind}}.tmp ${OUT_DIR}/${file_${kind}})
endforeach()

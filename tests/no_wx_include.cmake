# Fails when any file under DIR includes a wx header.
file(GLOB_RECURSE sources "${DIR}/*.h" "${DIR}/*.cpp")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" hits REGEX "#[ \t]*include[ \t]*[<\"]wx/")
  if(hits)
    message(FATAL_ERROR "${source} includes wxWidgets: ${hits}")
  endif()
endforeach()

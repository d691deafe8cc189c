# Sources of the panels; appended with target_sources(flowdesk_widgets PRIVATE ...).
set(_fd_panels ${CMAKE_CURRENT_LIST_DIR})
set(_fd_panel_sources
  style.h style.cpp
  plotstyle.h plotstyle.cpp
  panelbase.h panelbase.cpp
  panelfactory.h panelfactory.cpp
  panelmakers.h
  orderflowpanel.cpp basispanel.cpp liqclusterspanel.cpp fundingpanel.cpp whalespanel.cpp cvddivergencepanel.cpp
  smartmoneypanel.cpp dominancepanel.cpp depthpanel.cpp momentumpanel.cpp
  cascadepanel.cpp regimepanel.cpp regimetimeline.h arbitragepanel.cpp correlationpanel.cpp
  signalspanel.cpp pricecvdpanel.cpp volumeprofilepanel.cpp)
list(TRANSFORM _fd_panel_sources PREPEND ${_fd_panels}/)
target_sources(flowdesk_widgets PRIVATE ${_fd_panel_sources})
# Debian's qcustomplot.h uses the `foreach` keyword, which QT_NO_FOREACH (flowdesk_common_cfg)
# removes: sources that include it undefine the macro again (our own code never uses foreach).
set(_fd_qcp_sources plotstyle.cpp basispanel.cpp cvddivergencepanel.cpp cascadepanel.cpp
  pricecvdpanel.cpp volumeprofilepanel.cpp arbitragepanel.cpp dominancepanel.cpp depthpanel.cpp)
list(TRANSFORM _fd_qcp_sources PREPEND ${_fd_panels}/)
set_source_files_properties(${_fd_qcp_sources} TARGET_DIRECTORY flowdesk_widgets PROPERTIES COMPILE_OPTIONS -UQT_NO_FOREACH)

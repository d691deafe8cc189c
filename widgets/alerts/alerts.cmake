# Alerts (issue 6 §1): log panel, rules editor, notifications; appended to flowdesk_widgets.
target_sources(flowdesk_widgets PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/alertspanel.h ${CMAKE_CURRENT_LIST_DIR}/alertspanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alertrulesdialog.h ${CMAKE_CURRENT_LIST_DIR}/alertrulesdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alertnotifier.h ${CMAKE_CURRENT_LIST_DIR}/alertnotifier.cpp
)
target_include_directories(flowdesk_widgets PUBLIC ${CMAKE_CURRENT_LIST_DIR})

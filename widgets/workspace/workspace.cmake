# Sources of the desktop shell; appended with target_sources(flowdesk_widgets PRIVATE ...).
find_package(Qt6Keychain REQUIRED)
target_sources(flowdesk_widgets PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/feedhealthpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/feedhealthpanel.h
  ${CMAKE_CURRENT_LIST_DIR}/panelcatalog.cpp ${CMAKE_CURRENT_LIST_DIR}/panelcatalog.h
  ${CMAKE_CURRENT_LIST_DIR}/paneldocks.cpp ${CMAKE_CURRENT_LIST_DIR}/paneldocks.h
  ${CMAKE_CURRENT_LIST_DIR}/placeholderpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/placeholderpanel.h
  ${CMAKE_CURRENT_LIST_DIR}/settings.cpp ${CMAKE_CURRENT_LIST_DIR}/settings.h
  ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/statusindicators.cpp ${CMAKE_CURRENT_LIST_DIR}/statusindicators.h
  ${CMAKE_CURRENT_LIST_DIR}/tokenstore.cpp ${CMAKE_CURRENT_LIST_DIR}/tokenstore.h
  ${CMAKE_CURRENT_LIST_DIR}/workspacemanager.cpp ${CMAKE_CURRENT_LIST_DIR}/workspacemanager.h
)
target_include_directories(flowdesk_widgets PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(flowdesk_widgets PUBLIC qt6keychain)

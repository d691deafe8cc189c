# The desktop shell (issue 4): workspaces, settings, keychain fallback.
flowdesk_add_test(tst_workspacemanager SOURCES tst_workspacemanager.cpp LIBS flowdesk_widgets LABEL gui)
flowdesk_add_test(tst_settings SOURCES tst_settings.cpp LIBS flowdesk_widgets LABEL gui)
set_tests_properties(tst_settings PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DBUS_SESSION_BUS_ADDRESS=disabled:")

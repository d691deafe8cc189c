# The desktop shell (issue 4): workspaces, settings, keychain fallback.
flowdesk_add_test(tst_workspacemanager SOURCES tst_workspacemanager.cpp LIBS flowdesk_widgets LABEL gui)
flowdesk_add_test(tst_settings SOURCES tst_settings.cpp LIBS flowdesk_widgets LABEL gui)
set_tests_properties(tst_settings PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DBUS_SESSION_BUS_ADDRESS=disabled:")
# Every built-in workspace fits a 1920×1080 screen with real data in its panels.
flowdesk_add_test(tst_layoutfit SOURCES tst_layoutfit.cpp LIBS flowdesk_widgets LABEL gui)
# Alerts log panel, rules editor, rules in the workspace (issue 6 §1).
flowdesk_add_test(tst_alertspanel SOURCES tst_alertspanel.cpp LIBS flowdesk_widgets LABEL gui)
# A workspace survives a HiDPI scale change between save and restore (issue 4 §2).
flowdesk_add_test(tst_hidpi SOURCES tst_hidpi.cpp LIBS flowdesk_widgets LABEL gui)

flowdesk_add_test(tst_panels SOURCES tst_panels.cpp LIBS flowdesk_widgets LABEL gui)

flowdesk_add_test(tst_panels SOURCES tst_panels.cpp LIBS flowdesk_widgets LABEL gui)
flowdesk_add_test(tst_panels_charts SOURCES tst_panels_charts.cpp LIBS flowdesk_widgets LABEL gui)
# It reads QCustomPlot graphs: Debian's qcustomplot.h needs `foreach` (see widgets/panels/panels.cmake).
set_source_files_properties(tst_panels_charts.cpp TARGET_DIRECTORY tst_panels_charts PROPERTIES COMPILE_OPTIONS -UQT_NO_FOREACH)

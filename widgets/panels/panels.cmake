# Sources of the panels; appended with target_sources(flowdesk_widgets PRIVATE ...).

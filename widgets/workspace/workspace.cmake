# Sources of the desktop shell; appended with target_sources(flowdesk_widgets PRIVATE ...).

-- Closing a screen's session looked its open row up by device and node with no index to do it, so
-- every disconnect scanned every session ever recorded: a cost that grew with the history and, with a
-- thousand screens dropping at once (a switch restarting), held the server for seconds. The index also
-- serves the cascade when a device is deleted.
CREATE INDEX device_sessions_by_device ON device_sessions(device_id, node_id, disconnected_at);

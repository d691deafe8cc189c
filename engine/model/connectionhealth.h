#pragma once
// Relay connection state as shown in the status bar and the health snapshot.
#include <QString>

namespace fd {

enum class ConnectionState { Offline, Connecting, Live, Stale, Reconnecting, Unauthorised };
const char *connectionStateName(ConnectionState s); // untranslated source text (context "Metrics")

struct ConnectionHealth {
    ConnectionState state = ConnectionState::Offline;
    int reconnectInMs = 0;
    quint64 connects = 0, disconnects = 0, frames = 0, bytes = 0;
    QString lastError;
};

} // namespace fd

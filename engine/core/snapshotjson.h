#pragma once
// Snapshot → JSON with stable snake_case names and units in the names
// (docs/snapshot-schema.md). n/a values are null with a sibling "<key>_reason".
#include "core/feedhealth.h"
#include "model/snapshot.h"

#include <QJsonObject>

namespace fd {

QJsonObject snapshotToJson(const ViewSnapshot &s);
QJsonObject symbolToJson(const SymbolSnapshot &s);
QJsonObject healthToJson(const HealthSnapshot &h);

} // namespace fd

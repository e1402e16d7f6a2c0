// Reads domain objects from the database as the CBOR maps of the protocol
// (see docs/protocol.md, "Objects"). One place for every object's shape.
#pragma once

#include <QCborArray>
#include <QCborMap>

namespace council::server {

class Database;

namespace records {

QCborMap account(Database &db, qint64 id);
QCborMap body(Database &db, qint64 id);
QCborMap member(Database &db, qint64 id);
QCborMap group(Database &db, qint64 id);
QCborMap session(Database &db, qint64 id);
QCborMap sitting(Database &db, qint64 id);
QCborMap agendaItem(Database &db, qint64 id);

QCborArray bodies(Database &db, const QList<qint64> &ids);
QCborArray membersOfBody(Database &db, qint64 bodyId); // sorted the Vietnamese way
QCborArray groupsOfBody(Database &db, qint64 bodyId);
QCborArray sessionsOfBody(Database &db, qint64 bodyId);
QCborArray sittingsOfSession(Database &db, qint64 sessionId);
QCborArray agendaOfSession(Database &db, qint64 sessionId);
QCborArray agendaOrder(Database &db, qint64 sessionId); // item ids by position

} // namespace records
} // namespace council::server

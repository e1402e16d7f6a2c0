// What every domain service works with: the database, the permission checks
// and the commit queue through which changes become events.
#pragma once

#include "core/access.h"
#include "core/commitqueue.h"
#include "core/fieldreader.h"
#include "core/outcome.h"
#include "storage/database.h"

namespace council::server {

struct ServiceContext {
    Database &db;
    Access &access;
    CommitQueue &commits;
};

// Returns early from a handler with the reader's first problem.
#define COUNCIL_CHECK_FIELDS(reader)                                                                         \
    do {                                                                                                     \
        if (!(reader).ok())                                                                                  \
            return Outcome::fail(*(reader).error());                                                         \
    } while (false)

#define COUNCIL_CHECK(optionalError)                                                                         \
    do {                                                                                                     \
        if (auto council_e = (optionalError))                                                                \
            return Outcome::fail(*council_e);                                                                \
    } while (false)

} // namespace council::server

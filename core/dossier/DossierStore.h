#pragma once

#include "core/common/Result.h"
#include "core/dossier/Dossier.h"
#include "core/identity/User.h"

namespace motcua::dossier {

// Where the workflow reads and writes dossiers: the database (storage::DossierRepository), or a memory
// buffer that replays histories and writes each dossier once (demo data).
class DossierStore {
public:
    virtual ~DossierStore() = default;
    virtual Result<Dossier> byCode(const QString& code) const = 0;
    // By its row: an online submission waiting for a clerk has no code yet.
    virtual Result<Dossier> byId(qint64 id) const = 0;
    virtual Status insert(Dossier& dossier) = 0;
    // Saves a changed dossier; a Conflict when the stored version is no longer the one it was read at.
    virtual Status save(Dossier& dossier) = 0;
    // Writes the dossier's documents anew (an online submission sent again, or accepted): save() leaves them.
    virtual Status replaceDocuments(const Dossier& dossier) = 0;
    // Next value of a named sequence (dossier codes of a day, register entries of a year).
    virtual Result<int> nextInSequence(const QString& scope) = 0;
    // The account a dossier is assigned or handed to, as it is now.
    virtual Result<identity::User> userByLogin(const QString& login) const = 0;
};

} // namespace motcua::dossier

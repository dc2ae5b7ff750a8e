// A person's identity beyond the sound of the name: the Han spelling, which
// tells apart people whose names read alike (马林 and 马琳 are both
// "ma lin"). The index keeps one term per key and Han spelling, so the
// people behind a key are known without reading the documents.
#pragma once

#include <string>

#include "core/record.h"

namespace annals::core {

// The Han spelling of a person (the name, else the first Han alias); "" when
// the mention has none.
std::string HanIdentity(const Person& person);

// The term body ("<key>\t<Han spelling>") recorded under
// schema::kPrefixPersonIdentity, and the start every term of a key shares.
std::string IdentityTermBody(const std::string& key,
                             const std::string& han_spelling);
std::string IdentityTermStart(const std::string& key);

}  // namespace annals::core

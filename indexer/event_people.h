// After an indexing run, the people of one event named in different scripts
// are made one identity: documents of one event (kPrefixEvent) name the same
// people, so a name in a transliteration (หลี่ ซวิน, 奥尔加·伊万诺娃) that is
// phonetically compatible with exactly one name of another document of the
// event (core::AlignNamesAcrossScripts) takes that name's identity key and
// the name as an alias. Never across events; never for names whose key
// spells them exactly (Latin, Cyrillic, Chinese names in Han).
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace annals::indexer {

// Rewrites the documents whose people gain an identity; `shards` are the
// database folders, in shard order. Returns how many documents changed.
core::Result<size_t> AlignEventPeople(const std::vector<std::string>& shards);

}  // namespace annals::indexer

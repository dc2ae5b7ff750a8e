// Index terms about people beyond their name keys. A person's identity: the
// Han spelling, which tells apart people whose names read alike (马林 and
// 马琳 are both "ma lin"); one term per key and Han spelling tells who is
// behind a key without reading documents. And one term per key and event
// month, so that a history is read newest month first without sorting all
// of a person's documents.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"

namespace annals::core {

// The Han spelling of a person (the name, else the first Han alias); "" when
// the mention has none.
std::string HanIdentity(const Person& person);

// The keys a person is filed under (kPrefixPerson), the identity key first:
// the key of the person's first Latin spelling (name or alias), else the
// first Cyrillic one, else the first Han name that is not a transliteration
// (no name dot), else the name's. Aliases in other scripts add no key of
// their own: they name the same person, and a search for them finds the
// identity key through their written-name terms (WrittenName), so that
// counting people by key counts "Li Xun", "Ли Сюнь" and "หลี่ ซวิน" once.
// Latin aliases with another key are kept (a query typed in Latin letters
// works its key out without the index).
std::vector<std::string> PersonIndexKeys(const Person& person);

// How well a spelling's key stands for a person, best first: 0 Latin, 1
// Cyrillic, 2 a Chinese name in Han, 3 a transliteration (Thai, Arabic
// script, a dotted Han rendering of a foreign name such as 奥尔加·伊万诺娃).
int IdentityRank(std::string_view name);

// The term body ("<key>\t<Han spelling>") recorded under
// schema::kPrefixPersonIdentity, and the start every term of a key shares.
std::string IdentityTermBody(const std::string& key,
                             const std::string& han_spelling);
std::string IdentityTermStart(const std::string& key);

// The term body ("<key>\t<YYYYMM>", month "" when undated) recorded under
// schema::kPrefixPersonMonth, and the start every term of a key shares.
std::string MonthTermBody(const std::string& key, const std::string& month);
std::string MonthTermStart(const std::string& key);

// A name as written, for the terms that file it under its key: honorifics
// off, normalised as the analyzer normalises words. "" for a name of ASCII
// letters alone, whose key is cheap to work out at query time; the others
// (李汛, Иван Петров, José Pérez) need ICU transliterators that take 10-90 ms
// to load, more than the rest of a one-shot query.
std::string WrittenName(std::string_view name);

// The term body ("<written name>\t<key>") recorded under
// schema::kPrefixPersonName, and the start every term of a written name
// shares.
std::string WrittenNameTermBody(const std::string& written,
                                const std::string& key);
std::string WrittenNameTermStart(const std::string& written);

// The month ("YYYYMM", "YYYY00" for a year alone) of an ISO event date, ""
// when it is not one: the month person-month terms are filed under, and
// the one a history page compares events with.
std::string EventMonth(const std::string& iso_date);

}  // namespace annals::core

// Russian names written in an oblique case ("с доцентом Игорем Валерьевичем
// Шубиным", "лекция профессора Вороновой") brought back to the nominative,
// so that every sentence's form of a name gives the same person.
#ifndef ANNALS_INDEXER_EXTRACT_RUSSIAN_CASE_H_
#define ANNALS_INDEXER_EXTRACT_RUSSIAN_CASE_H_

#include <string>
#include <string_view>

namespace annals::indexer::people {

// The nominative of a Cyrillic name of one to three words (given name,
// patronymic, surname), when an ending says which case and gender it is in:
// a patronymic (Олеговича, Игоревной), or a surname's ending that no
// nominative has (Шубиным, Вороновой, Петровского). Other names, foreign and
// indeclinable ones included (Хоссейни, Марченко), come back unchanged.
std::string RussianNominative(std::string_view name);

// True for a Russian patronymic in any case: Олегович, Олеговичем, Сергеевна,
// Сергеевной, Ильинична.
bool IsRussianPatronymic(std::string_view word);

}  // namespace annals::indexer::people

#endif  // ANNALS_INDEXER_EXTRACT_RUSSIAN_CASE_H_

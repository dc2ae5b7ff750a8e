#include "indexer/extract/russian_case.h"

#include <catch2/catch.hpp>

namespace annals::indexer::people {
namespace {

TEST_CASE("Russian names in an oblique case come back to the nominative",
          "[indexer][people][russian]") {
  // A patronymic gives the case and gender of the whole name.
  CHECK(RussianNominative("Игорем Валерьевичем Шубиным") ==
        "Игорь Валерьевич Шубин");
  CHECK(RussianNominative("Игоря Олеговича Марченко") ==
        "Игорь Олегович Марченко");
  CHECK(RussianNominative("Сергею Ильичу Петровскому") ==
        "Сергей Ильич Петровский");
  CHECK(RussianNominative("Светланы Игоревны Кравец") ==
        "Светлана Игоревна Кравец");
  CHECK(RussianNominative("Алиной Рашидовной Хабибуллиной") ==
        "Алина Рашидовна Хабибуллина");
  CHECK(RussianNominative("Натальи Сергеевны Вороновой") ==
        "Наталья Сергеевна Воронова");
  CHECK(RussianNominative("Павла Андреевича Рябова") ==
        "Павел Андреевич Рябов");
  // Without one, a surname ending no nominative has.
  CHECK(RussianNominative("Сергеем Орловым") == "Сергей Орлов");
  CHECK(RussianNominative("Вороновой") == "Воронова");
  CHECK(RussianNominative("Ольги Петровской") == "Ольга Петровская");
  CHECK(RussianNominative("Марией Ильиной") == "Мария Ильина");
  CHECK(RussianNominative("Дмитрием Сомовым") == "Дмитрий Сомов");
  // Or a given name in a case no nominative has.
  CHECK(RussianNominative("Алексея Марченко") == "Алексей Марченко");
}

TEST_CASE("Nominative, foreign and ambiguous names are kept as written",
          "[indexer][people][russian]") {
  for (const char* name :
       {"Игорь Валерьевич Шубин", "Наталья Сергеевна Воронова", "Ольга Иванова",
        "Артем Петров", "Мохаммада Резы Хоссейни", "Лю Чжиюн", "Ирина Кравец",
        "Марченко", "Kamal Rahimov", "李汛", "Сергей Иванов Петров Сидоров",
        "Мария"}) {
    CHECK(RussianNominative(name) == name);
  }
  // "Орлова" may be a woman's name or a man's genitive: left alone.
  CHECK(RussianNominative("Ивана Орлова") == "Ивана Орлова");
}

}  // namespace
}  // namespace annals::indexer::people

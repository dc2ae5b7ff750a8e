// One key per person across Latin, Han, Cyrillic and Thai script, with no
// record aliases: romanisation variants, Palladius, RTGS, and the phonetic
// alignment of one event's names. Near-homonyms stay apart.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/person_name.h"

namespace annals::core {
namespace {

TEST_CASE("PersonKey folds Russian romanisation variants",
          "[core][names][scripts]") {
  CHECK(PersonKey("Евгений Смирнов") == PersonKey("Evgeny Smirnov"));
  CHECK(PersonKey("Yevgeny Smirnov") == PersonKey("Evgeny Smirnov"));
  CHECK(PersonKey("Yevgeniy Smirnov") == PersonKey("Evgenii Smirnov"));
  CHECK(PersonKey("Алексей Петров") == PersonKey("Aleksei Petrov"));
  CHECK(PersonKey("Alexey Petrov") == PersonKey("Aleksei Petrov"));
  CHECK(PersonKey("Aleksey Petrov") == "alexei petrov");
  CHECK(PersonKey("Дмитрий Волков") == PersonKey("Dmitry Volkov"));
  CHECK(PersonKey("Dmitrii Volkov") == PersonKey("Dmitri Volkov"));
  CHECK(PersonKey("Фёдор Сергеев") == PersonKey("Fyodor Sergeyev"));
  CHECK(PersonKey("Fedor Sergeev") == PersonKey("Fyodor Sergeyev"));
  CHECK(PersonKey("Максим Михайлов") == PersonKey("Maxim Mikhailov"));
  CHECK(PersonKey("Мария Соколова") == PersonKey("Maria Sokolova"));
  CHECK(PersonKey("Mariya Sokolova") == PersonKey("Maria Sokolova"));
  CHECK(PersonKey("Андрей Хабибуллин") == PersonKey("Andrei Habibullin"));
  SECTION("different people stay apart") {
    CHECK(PersonKey("Olga Ivanova") != PersonKey("Olga Ivanov"));
    CHECK(PersonKey("Maria Sokolova") != PersonKey("Marina Sokolova"));
  }
}

TEST_CASE("PersonKey reads Chinese names in Russian by Palladius",
          "[core][names][scripts]") {
  CHECK(PersonKey("Ли Сюнь") == "li xun");
  CHECK(PersonKey("проф. Ли Сюнь") == "li xun");
  CHECK(PersonKey("Чэнь Цзюнь") == "chen jun");
  CHECK(PersonKey("Чэнь Цзюань") == "chen juan");
  CHECK(PersonKey("Ван Вэйдун") == "wang weidong");
  CHECK(PersonKey("Ван Вэй") == "wang wei");
  CHECK(PersonKey("Оуян Минхуа") == "ouyang minghua");
  CHECK(PersonKey("Ма Линьсэнь") == "ma linsen");
  CHECK(PersonKey("Ма Линь") == "ma lin");
  CHECK(PersonKey("Чжан Сяопин") == "zhang xiaoping");
  CHECK(PersonKey("Чжан Сяо-пин") == "zhang xiaoping");
  CHECK(PersonKey("Сюй Цзин") == "xu jing");
  CHECK(PersonKey("Го Цзы") == "guo zi");
  CHECK(PersonKey("Чень Цзюнь") == "chen jun");  // е for э
  SECTION("the same key as the Han name") {
    CHECK(PersonKey("Ли Сюнь") == PersonKey("李汛"));
    CHECK(PersonKey("Чэнь Цзюнь") == PersonKey("陈军"));
    CHECK(PersonKey("Ван Вэйдун") == PersonKey("王伟东"));
  }
  SECTION("Russian names are not read as Chinese") {
    CHECK(PersonKey("Ольга Иванова") == "olga ivanova");
    CHECK(PersonKey("Иван Ли") == "ivan li");
    CHECK(PersonKey("Реза Карими") == "reza karimi");
    CHECK(PersonKey("Лев Толстой") == "lev tolstoi");
  }
  SECTION("near-homonyms stay apart") {
    CHECK(PersonKey("Чэнь Цзюнь") != PersonKey("Чэнь Цзюань"));
    CHECK(PersonKey("Ван Вэй") != PersonKey("Ван Вэйдун"));
    CHECK(PersonKey("Ма Линь") != PersonKey("Ма Линьсэнь"));
  }
}

TEST_CASE("PersonKey drops Vietnamese diacritics", "[core][names][scripts]") {
  CHECK(PersonKey("Nguyễn Văn An") == PersonKey("Nguyen Van An"));
  CHECK(PersonKey("Nguyễn Văn An") == "nguyen van an");
  CHECK(PersonKey("Trần Thị Thu Hương") == PersonKey("Tran Thi Thu Huong"));
  CHECK(PersonKey("Đỗ Minh Đức") == PersonKey("Do Minh Duc"));
}

TEST_CASE("PersonKey romanises Thai by RTGS rules", "[core][names][scripts]") {
  CHECK(PersonKey("หลี่ ซวิน") == "li swin");
  CHECK(PersonKey("เฉิน จวิน") == "choen chwin");
  CHECK(PersonKey("โอลกา อีวาโนวา") == "olka iwanowa");
  CHECK(PersonKey("มาลี ศรีสุข") == "mali srisuk");
  CHECK(PersonKey("เรซา คาริมี") == "resa karimi");
  CHECK(PersonKey("สมชาย ใจดี") == "somchai chaidi");
  CHECK(PersonKey("นพ.สมชาย ใจดี") == PersonKey("สมชาย ใจดี"));
}

TEST_CASE("Names of one person meet across four scripts by sound",
          "[core][names][scripts]") {
  SECTION("Thai") {
    CHECK(PhoneticallyCompatible("หลี่ ซวิน", "Li Xun"));
    CHECK(PhoneticallyCompatible("หลี่ ซวิน", "李汛"));
    CHECK(PhoneticallyCompatible("เฉิน จวิน", "Chen Jun"));
    CHECK(PhoneticallyCompatible("โอลกา อีวาโนวา", "Olga Ivanova"));
    CHECK(PhoneticallyCompatible("เรซา คาริมี", "Reza Karimi"));
    CHECK(PhoneticallyCompatible("สมชาย ใจดี", "Somchai Jaidee"));
    CHECK(PhoneticallyCompatible("มาลี ศรีสุข", "Malee Srisuk"));
  }
  SECTION("Han transliterations of foreign names") {
    CHECK(PhoneticallyCompatible("谢尔盖·伊万诺夫", "Sergei Ivanov"));
    CHECK(PhoneticallyCompatible("卡马尔·拉希莫夫", "Kamal Rahimov"));
    CHECK(PhoneticallyCompatible("奥尔加·伊万诺娃", "Olga Ivanova"));
    CHECK(PhoneticallyCompatible("奥尔加·伊万诺娃", "Ольга Иванова"));
  }
  SECTION("two exact readings need one key") {
    CHECK(PhoneticallyCompatible("Chen Jun", "陈军"));
    CHECK_FALSE(PhoneticallyCompatible("Chen Jun", "陈娟"));
    CHECK_FALSE(PhoneticallyCompatible("chen jun", "chen juan"));
    CHECK_FALSE(PhoneticallyCompatible("王伟", "Wang Weidong"));
    CHECK(PhoneticallyCompatible("เฉิน จวิน", "陈军"));
  }
  SECTION("unrelated names do not") {
    CHECK_FALSE(PhoneticallyCompatible("หลี่ ซวิน", "Olga Ivanova"));
    CHECK_FALSE(PhoneticallyCompatible("谢尔盖·伊万诺夫", "Kamal Rahimov"));
    CHECK_FALSE(PhoneticallyCompatible("เรซา คาริมี", "Li Xun"));
    CHECK_FALSE(PhoneticallyCompatible("Olga Ivanova", "Sergei Ivanov"));
  }
}

TEST_CASE("Names of one event align one to one across scripts",
          "[core][names][scripts]") {
  using Pairs = std::vector<std::pair<size_t, size_t>>;
  std::vector<std::string> thai = {"หลี่ ซวิน", "เฉิน จวิน", "โอลกา อีวาโนวา",
                                   "เรซา คาริมี", "สมชาย ใจดี"};
  std::vector<std::string> english = {"Li Xun", "Chen Jun", "Olga Ivanova",
                                      "Reza Karimi", "Zhou Qiang"};
  CHECK(AlignNamesAcrossScripts(thai, english) ==
        Pairs{{0, 0}, {1, 1}, {2, 2}, {3, 3}});
  SECTION("a sound shared by two names of the other list pairs neither") {
    std::vector<std::string> both = {"Chen Jun", "Chen Juan", "Li Xun"};
    CHECK(AlignNamesAcrossScripts({"เฉิน จวิน", "หลี่ ซวิน"}, both) ==
          Pairs{{1, 2}});
  }
  SECTION("a Chinese transliteration meets its Latin name") {
    CHECK(AlignNamesAcrossScripts({"谢尔盖·伊万诺夫", "李汛"},
                                  {"Li Xun", "Sergei Ivanov"}) ==
          Pairs{{0, 1}, {1, 0}});
  }
  SECTION("names in one script are never paired by sound") {
    CHECK(AlignNamesAcrossScripts({"Chen Jun"}, {"Chen Juan"}).empty());
    CHECK(AlignNamesAcrossScripts({"马林"}, {"马琳"}).empty());
    CHECK(AlignNamesAcrossScripts({"王伟"}, {"王伟东"}).empty());
  }
}

TEST_CASE("Near-homonyms keep their own keys", "[core][names][scripts]") {
  CHECK(PersonKey("马林") != PersonKey("马林森"));
  CHECK_FALSE(SamePersonKey(PersonKey("马林"), PersonKey("马林森")));
  CHECK(PersonKey("王伟") != PersonKey("王伟东"));
  CHECK_FALSE(SamePersonKey(PersonKey("王伟"), PersonKey("王伟东")));
  CHECK_FALSE(SamePersonKey("Chen Jun", "Chen Juan"));
  CHECK_FALSE(SamePersonKey(PersonKey("Чэнь Цзюнь"), PersonKey("陈娟")));
}

}  // namespace
}  // namespace annals::core

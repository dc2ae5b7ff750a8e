// Constructions that the third, blind labelled batch
// (tests/fixtures/extraction-blind) found missing: names after a position
// with no honorific (English and Russian), Latin names after a Chinese noun,
// in-text aliases that only their shape ties, transliterations holding a
// clause character, "respectively" with unquoted titles or with the people
// after the titles, Thai talk topics and appointment recipients, and
// Chinese words that are no names. Then what the fourth batch
// (tests/fixtures/extraction-blind2) found: stacked Thai titles, Russian
// names in an oblique case, and lists of names with their place in
// parentheses.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "indexer/extract/people_extractor.h"
#include "tests/indexer/extracted_people.h"

// The helpers of extracted_people.h are in this namespace.
namespace annals::indexer::testing {

TEST_CASE("Blind batch: English positions before a name without honorific",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "The delegation met Senior Consultant Graham Whitfield and Deputy Chief "
      "Nurse Owen Pritchard. Senior Lecturer Nikolai Smirnov of Tomsk "
      "supervised the hands-on sessions.");
  CHECK(Names(e) ==
        Strings{"Graham Whitfield", "Owen Pritchard", "Nikolai Smirnov"});
  CHECK(Roles(e, "Nikolai Smirnov") == RoleSet{"instructor"});
  REQUIRE(Find(e, "Owen Pritchard") != nullptr);
  CHECK(Find(e, "Owen Pritchard")->position == "Deputy Chief Nurse");
  SECTION("a plural position before a list of names") {
    ArticleEntities course =
        Body("The course is taught by head nurses Ji Yuhong and Nie Cuiping.");
    CHECK(Names(course) == Strings{"Ji Yuhong", "Nie Cuiping"});
    CHECK(Roles(course, "Nie Cuiping") == RoleSet{"instructor"});
  }
  SECTION("a trainee named after the word") {
    ArticleEntities trainee = Body(
        "Trainee Batbayar Ganbold from Mongolia said the forum had helped "
        "him.");
    CHECK(Roles(trainee, "Batbayar Ganbold") == RoleSet{"trainee"});
  }
}

TEST_CASE("Blind batch: unquoted titles paired by respectively",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Prof. Yevgeny Kuznetsov and Dr. Tatyana Volkova gave lectures on "
      "hernia repair and bariatric surgery respectively.");
  REQUIRE(Find(e, "Tatyana Volkova") != nullptr);
  CHECK(Find(e, "Yevgeny Kuznetsov")->talks == Strings{"hernia repair"});
  CHECK(Find(e, "Tatyana Volkova")->talks == Strings{"bariatric surgery"});
  SECTION("no respectively, no unquoted title") {
    ArticleEntities plain = Body(
        "On May 6, Prof. Yevgeny Kuznetsov gave lectures on hernia repair to "
        "30 trainees.");
    REQUIRE(Find(plain, "Yevgeny Kuznetsov") != nullptr);
    CHECK(Find(plain, "Yevgeny Kuznetsov")->talks.empty());
  }
  SECTION("Russian: the people after the quoted titles") {
    ArticleEntities ru = Body(
        "Доклады «Эластография печени» и «Узи щитовидной железы» представили "
        "соответственно проф. Ирина Тарасова и доц. Олег Киселёв.");
    REQUIRE(Find(ru, "Олег Киселёв") != nullptr);
    CHECK(Find(ru, "Ирина Тарасова")->talks == Strings{"Эластография печени"});
    CHECK(Find(ru, "Олег Киселёв")->talks == Strings{"Узи щитовидной железы"});
  }
}

TEST_CASE("Blind batch: Latin names and aliases inside Chinese text",
          "[indexer][people][constructions]") {
  ArticleEntities trainee =
      Body("缅甸学员Thant Zin Oo代表学员发言，感谢中方提供的学习机会。");
  CHECK(Names(trainee) == Strings{"Thant Zin Oo"});
  CHECK(Roles(trainee, "Thant Zin Oo") == RoleSet{"trainee"});

  // The sounds do not tie 季霍诺夫 to Tikhonov; the shape does: two dotted
  // parts before two Latin words in brackets.
  ArticleEntities dotted = Body(
      "俄罗斯喀山国立医科大学的维克托·季霍诺夫（Viktor "
      "Tikhonov）教授来院授课。");
  REQUIRE(dotted.people.size() == 1);
  CHECK(dotted.people[0].name == "维克托·季霍诺夫");
  CHECK(dotted.people[0].names == Strings{"Viktor Tikhonov"});

  // A Vietnamese name in Han characters and in its own letters.
  ArticleEntities vietnamese =
      Body("河内白梅医院的阮文雄（Nguyễn Văn Hùng）医师代表进修医师发言。");
  REQUIRE(vietnamese.people.size() == 1);
  CHECK(vietnamese.people[0].name == "阮文雄");
  CHECK(vietnamese.people[0].names == Strings{"Nguyễn Văn Hùng"});

  SECTION("a surname-led name of another length is no alias") {
    ArticleEntities other =
        Body("兰州大学的李汛（Lanzhou University）教授出席。");
    for (const core::Person& p : other.people) CHECK(p.names.empty());
  }
}

TEST_CASE("Blind batch: Chinese names and words that are no names",
          "[indexer][people][constructions]") {
  ArticleEntities e =
      Body("普外科副主任麦合木提·阿不都拉副教授带领团队全程指导学员。");
  CHECK(Names(e) == Strings{"麦合木提·阿不都拉"});
  CHECK(Body("国际专家组与我院专家共同完成了12台示教手术。").people.empty());
  CHECK(Body("中心已累计培养来自11个国家的60余名医师。").people.empty());
  SECTION("为 before the recipients of an appointment") {
    ArticleEntities appointment = Body(
        "院长邓启航分别为伊朗的Amir Hosseini教授和泰国的Thawatchai "
        "Boonmee教授颁发了我院客座教授聘书。");
    CHECK(Roles(appointment, "Amir Hosseini").count("visiting-professor") == 1);
    CHECK(
        Roles(appointment, "Thawatchai Boonmee").count("visiting-professor") ==
        1);
    CHECK(Roles(appointment, "邓启航").count("visiting-professor") == 0);
  }
}

TEST_CASE("Blind batch: Russian names after a position and its complement",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Открыл мастер-класс главный врач больницы Марат Абдуллин. Сертификаты "
      "вручил проректор по учебной работе Виктор Павлович Соловьёв.");
  CHECK(Names(e) == Strings{"Марат Абдуллин", "Виктор Павлович Соловьёв"});
  CHECK(Roles(e, "Виктор Павлович Соловьёв") == RoleSet{"official"});
  REQUIRE(Find(e, "Марат Абдуллин") != nullptr);
  CHECK(Find(e, "Марат Абдуллин")->position == "главный врач больницы");
  SECTION("a place in the genitive is no name") {
    CHECK(Body("Выступил министр здравоохранения Республики Татарстан.")
              .people.empty());
  }
}

TEST_CASE("Blind batch: Thai talk topics and appointment recipients",
          "[indexer][people][constructions]") {
  ArticleEntities talk = Body(
      "รศ.พญ.กาญจนา ศรีวงศ์ บรรยายเรื่อง การส่องกล้องตรวจลำไส้ใหญ่ "
      "และ ผศ.นพ.ธนพล มีสุข เป็นวิทยากรฝึกปฏิบัติกับหุ่นจำลอง");
  REQUIRE(Find(talk, "กาญจนา ศรีวงศ์") != nullptr);
  CHECK(Find(talk, "กาญจนา ศรีวงศ์")->talks == Strings{"การส่องกล้องตรวจลำไส้ใหญ่"});
  CHECK(Roles(talk, "ธนพล มีสุข") == RoleSet{"instructor"});
  ArticleEntities appointment = Body(
      "ศ.นพ.อรรถพล ทองคำ ผู้อำนวยการโรงพยาบาล "
      "มอบหนังสือแต่งตั้งศาสตราจารย์รับเชิญแก่ Prof. Kenji Morimoto");
  CHECK(Roles(appointment, "Kenji Morimoto").count("visiting-professor") == 1);
  CHECK(Roles(appointment, "อรรถพล ทองคำ") == RoleSet{"official"});
}

TEST_CASE("Blind batch: trainees named by what they do for the class",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Dr. Fang Lijun and Dr. Ma Xiaoqing, members of the delegation, took "
      "part in the course as trainees.");
  CHECK(Roles(e, "Fang Lijun") == RoleSet{"trainee"});
  CHECK(Roles(e, "Ma Xiaoqing") == RoleSet{"trainee"});
  ArticleEntities speech = Body(
      "Prof. Ren Guoqiang welcomed the guests, and Dr. Dilfuza Rakhimova "
      "from Uzbekistan spoke on behalf of the trainees.");
  CHECK(Roles(speech, "Dilfuza Rakhimova").count("trainee") == 1);
  CHECK(Roles(speech, "Ren Guoqiang").count("trainee") == 0);
  ArticleEntities zh = Body("院长冯志刚致辞，阮文雄医师代表全体进修医师发言。");
  CHECK(Roles(zh, "阮文雄") == RoleSet{"trainee"});
  CHECK(Roles(zh, "冯志刚") == RoleSet{"official"});
  ArticleEntities ru =
      Body("От имени слушателей выступил доктор Nguyen Thanh Tung (Вьетнам).");
  CHECK(Roles(ru, "Nguyen Thanh Tung") == RoleSet{"trainee"});
}

TEST_CASE("Blind batch: a counted plural subject takes the people just named",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "仪式上，院长为Amir Hosseini教授和Ong Kah Seng教授颁发了客座教授聘书。\n"
      "随后，两位国际专家分别作了题为《胆道镜的应用》《胰腺囊肿引流》的报告。");
  REQUIRE(Find(e, "Ong Kah Seng") != nullptr);
  CHECK(Find(e, "Amir Hosseini")->talks == Strings{"胆道镜的应用"});
  CHECK(Find(e, "Ong Kah Seng")->talks == Strings{"胰腺囊肿引流"});
  ArticleEntities en = Body(
      "Prof. Haruki Takeda and Dr. Arjun Sharma arrived on Monday. The two "
      "experts then presented “EUS drainage” and “Cyst surveillance” "
      "respectively.");
  REQUIRE(Find(en, "Arjun Sharma") != nullptr);
  CHECK(Find(en, "Arjun Sharma")->talks == Strings{"Cyst surveillance"});
  SECTION("no count, or another count: nobody") {
    ArticleEntities three = Body(
        "Prof. Haruki Takeda and Dr. Arjun Sharma arrived on Monday. Three "
        "experts then presented “EUS drainage” and “Cyst surveillance” "
        "respectively.");
    REQUIRE(Find(three, "Arjun Sharma") != nullptr);
    CHECK(Find(three, "Arjun Sharma")->talks.empty());
  }
}

TEST_CASE("Blind batch: a Russian cue right before another shares the name",
          "[indexer][people][constructions]") {
  ArticleEntities e =
      Body("Открыл мастер-класс главный врач больницы Марат Абдуллин.");
  CHECK(Roles(e, "Марат Абдуллин") == RoleSet{"official"});
}

TEST_CASE("Fourth batch: stacked Thai titles end before the name",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "วิทยากรประกอบด้วย ผศ.ดร.นพ.ธนากร ศรีวงศ์ และ อ.พญ.กานดา มีสุข "
      "บรรยายเรื่องการดูแลผู้ป่วย");
  CHECK(Names(e) == std::vector<std::string>{"ธนากร ศรีวงศ์", "กานดา มีสุข"});
  REQUIRE(Find(e, "ธนากร ศรีวงศ์") != nullptr);
  CHECK(Find(e, "ธนากร ศรีวงศ์")->honorific == "ผศ.ดร.นพ.");
}

TEST_CASE("Fourth batch: Russian names in an oblique case are one person",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Занятия провела профессор Елена Андреевна Воронцова. Практику слушатели "
      "прошли вместе с доцентом Игорем Валерьевичем Лысенко. Делегацию "
      "возглавил начальник отдела кадров Павел Андреевич Рябов. Доклад "
      "профессора Воронцовой вызвал вопросы.");
  CHECK(Names(e) == std::vector<std::string>{"Елена Андреевна Воронцова",
                                             "Игорь Валерьевич Лысенко",
                                             "Павел Андреевич Рябов"});
}

TEST_CASE("Fourth batch: a list of names, each with its place in parentheses",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "The teaching team included Tran Van Minh (Hanoi), Noor ul Ain Qureshi "
      "(Lahore), Nurul Huda binti Ismail (Kuala Lumpur) and Aigerim Sadykova "
      "(Almaty).");
  CHECK(Names(e) == std::vector<std::string>{
                        "Tran Van Minh", "Noor ul Ain Qureshi",
                        "Nurul Huda binti Ismail", "Aigerim Sadykova"});
  REQUIRE(Find(e, "Tran Van Minh") != nullptr);
  CHECK(Find(e, "Tran Van Minh")->country == "VN");
  REQUIRE(Find(e, "Aigerim Sadykova") != nullptr);
  CHECK(Find(e, "Aigerim Sadykova")->country == "KZ");
  SECTION("places, numbers and a single name are no such list") {
    CHECK(Body("Courses were held in Phnom Penh (Cambodia), Vientiane (Laos) "
               "and Tashkent (Uzbekistan).")
              .people.empty());
    CHECK(Body("Trainees came from Ethiopia (9), Zambia (6) and Nepal (4).")
              .people.empty());
    CHECK(Body("The hospital welcomed Tran Van Minh (Hanoi) last week.")
              .people.empty());
  }
}

TEST_CASE("Blind batch: a Russian name with a patronymic anywhere",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Занятия проводили вместе с врачом-эндоскопистом Полиной Аркадьевной "
      "Сизовой. Показательные операции провёл хирург из Бишкека Нурлан "
      "Асанович Бекешев.");
  CHECK(Names(e) ==
        Strings{"Полина Аркадьевна Сизова", "Нурлан Асанович Бекешев"});
  CHECK(Roles(e, "Нурлан Асанович Бекешев") == RoleSet{"instructor"});
  SECTION("no patronymic, no name") {
    CHECK(Body("В Москве Новосибирске Казани прошли курсы.").people.empty());
  }
  SECTION("a session chair") {
    ArticleEntities chair = Body("Научную сессию вела профессор Е. А. Котова.");
    CHECK(Roles(chair, "Е. А. Котова") == RoleSet{"chair"});
  }
}

}  // namespace annals::indexer::testing

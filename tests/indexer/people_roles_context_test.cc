// English roles that the sentence's shape gives rather than a cue next to
// the name (what the fourth, blind labelled batch found missing): a passive
// agent a few words after the cue, a passive cue with nobody after it, the
// speaker after "On behalf of the trainees,", lead phrases before a list
// ("The faculty included ...", "The fellows were ..."), trainees in a
// background clause ("who trained in ..."), a name after "by", and who
// hands out certificates.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "indexer/extract/people_extractor.h"
#include "tests/indexer/extracted_people.h"

// The helpers of extracted_people.h are in this namespace.
namespace annals::indexer::testing {

TEST_CASE("Context roles: the agent of a passive a few words after the cue",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "A hands-on session on animal models was led by Nurse Manager Rosa "
      "Lindqvist. The dean thanked the teaching team led by Chief Physician "
      "Oskar Bergmann.");
  CHECK(Roles(e, "Rosa Lindqvist") == RoleSet{"instructor"});
  CHECK(Roles(e, "Oskar Bergmann") == RoleSet{"instructor"});
  SECTION("the people before a passive cue are not its agents") {
    ArticleEntities before = Body(
        "Dr. Ilse Marten described her first cases, and the discussion was "
        "moderated by Prof. Tomas Ek.");
    CHECK(Roles(before, "Tomas Ek") == RoleSet{"chair"});
    CHECK(Roles(before, "Ilse Marten").count("chair") == 0);
  }
  SECTION("a verb that names no agent role is no passive") {
    ArticleEntities followed = Body(
        "Prof. Lena Vogt gave a lecture, and the lecture was followed by a "
        "quiz.");
    CHECK(Roles(followed, "Lena Vogt") == RoleSet{"speaker"});
  }
}

TEST_CASE("Context roles: a passive cue with nobody after it gives nothing",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Mr. Karl Dorn and Ms. Ada Lenz attended the ceremony, which was "
      "presided over by the dean.");
  CHECK(Roles(e, "Karl Dorn") == RoleSet{"official"});
  CHECK(Roles(e, "Ada Lenz") == RoleSet{"official"});
}

TEST_CASE("Context roles: a name after \"by\" with its appositive position",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "The ceremony was presided over by Hana Kowalczyk, Director of the "
      "International Office.");
  CHECK(Roles(e, "Hana Kowalczyk") == RoleSet{"chair"});
}

TEST_CASE("Context roles: the speaker after \"On behalf of the trainees,\"",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "On behalf of the trainees, Dr. Tamar Beridze from Georgia thanked the "
      "teachers.");
  CHECK(Roles(e, "Tamar Beridze") == RoleSet{"trainee"});
}

TEST_CASE("Context roles: lead phrases before a list of people",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "The faculty included Arjun Mehta (Chennai), Lucia Ferraro (Turin) and "
      "Kwame Boateng (Kumasi).");
  CHECK(Roles(e, "Arjun Mehta") == RoleSet{"instructor"});
  CHECK(Roles(e, "Lucia Ferraro") == RoleSet{"instructor"});
  CHECK(Roles(e, "Kwame Boateng") == RoleSet{"instructor"});
  SECTION("trainees, with their towns between them") {
    ArticleEntities fellows = Body(
        "The fellows were Dr. Omar Haddad of Irbid, Dr. Rana Saleh from "
        "Zarqa, and Dr. Yusuf Demir from Konya.");
    CHECK(Roles(fellows, "Omar Haddad") == RoleSet{"trainee"});
    CHECK(Roles(fellows, "Rana Saleh") == RoleSet{"trainee"});
    CHECK(Roles(fellows, "Yusuf Demir") == RoleSet{"trainee"});
  }
}

TEST_CASE("Context roles: a trainee named in a background clause",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Dr. Aziz Karimov, a surgeon from Bukhara who trained in the "
      "department in 2019, asked about the costs.");
  CHECK(Roles(e, "Aziz Karimov") == RoleSet{"trainee"});
}

TEST_CASE("Context roles: opening remarks by an official",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "The webinar opened with remarks by Prof. Selim Yilmaz, who then "
      "gave a lecture.");
  CHECK(Roles(e, "Selim Yilmaz") == RoleSet{"speaker"});
  ArticleEntities alone =
      Body("The meeting opened with remarks by Dr. Marta Silva.");
  CHECK(Roles(alone, "Marta Silva") == RoleSet{"official"});
}

TEST_CASE("Context roles: who hands out certificates",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Vice President Ines Moreau then presented each fellow with a "
      "certificate of completion. Prof. Karl Dorn presented Dr. Aziz Nuri "
      "with a diploma.");
  CHECK(Roles(e, "Ines Moreau") == RoleSet{"official"});
  CHECK(Roles(e, "Karl Dorn") == RoleSet{"official"});
  CHECK(Roles(e, "Aziz Nuri").empty());
  SECTION("not who receives one") {
    ArticleEntities received =
        Body("Dr. Aziz Nuri received a certificate from the dean.");
    CHECK(Roles(received, "Aziz Nuri").empty());
  }
}

}  // namespace annals::indexer::testing

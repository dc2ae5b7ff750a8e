// annals-query [search] [--db PATH] [--json] [--limit N] [--offset N]
//              [--sort relevance|date] QUERY...
// annals-query serve [--db PATH] [--host 127.0.0.1] [--port 8080]
#include "query/cli.h"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <system_error>
#include <vector>

#include "core/database.h"
#include "core/version.h"
#include "query/commands.h"
#include "query/name_completion.h"

namespace annals::query {
namespace {

// What `search --help` says about the query language (README.md,
// "Searching", has it all).
constexpr const char* kSearchFooter =
    "Query language: words (all must match), \"exact phrase\", OR AND NOT "
    "( ),\n"
    "+required -excluded, endosc*, title: person: country: topic: type: "
    "lang:\n"
    "year:2019..2021 date:2024-03.\n"
    "Concepts: words that write any name of a glossary concept, one word or "
    "several,\n"
    "in any language, hyphen or space (\"endoscopic submucosal dissection\","
    "\n"
    "\"EUS-guided fine-needle aspiration\") find documents that write any "
    "of its\n"
    "names (ESD, 内镜黏膜下剥离术, ...), weighted as one term; other words "
    "still apply.\n"
    "A query without match answers its spelling correction instead "
    "(\"Showing results\n"
    "for ...\") unless --no-correct.";

constexpr const char* kSubcommands[] = {"search", "person", "year",    "topic",
                                        "stats",  "serve",  "complete"};

bool IsSubcommandOrHelp(const char* arg) {
  for (const char* name : kSubcommands) {
    if (std::strcmp(arg, name) == 0) return true;
  }
  return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
         std::strcmp(arg, "--version") == 0 ||
         std::strcmp(arg, "--help-all") == 0;
}

// --limit and --offset: whole numbers of 0 or more (CLI11 would read "-1"
// into a size_t as a huge count).
CLI::Validator CountValidator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        bool digits = !value.empty() && value.size() <= 9 &&
                      std::all_of(value.begin(), value.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
        if (digits) return "";
        return "expects a whole number from 0 to 999999999, not \"" + value +
               "\"";
      },
      "COUNT");
}

// --limit and --offset of a history's page of events.
void AddPageOptions(CLI::App* command, EventPage* page) {
  command
      ->add_option("--limit", page->limit,
                   "Events to show, newest first (default 50, 0: all)")
      ->check(CountValidator());
  command
      ->add_option("--offset", page->offset,
                   "Newest events to skip (default 0)")
      ->check(CountValidator());
}

// Options that take a value, so that the value is not taken for a word.
constexpr const char* kValueOptions[] = {"--db",   "--limit", "--offset",
                                         "--sort", "--host",  "--port"};

bool TakesValue(const std::string& arg) {
  for (const char* name : kValueOptions) {
    if (arg == name) return true;
  }
  return false;
}

// `search` may be left out, and options may come before the subcommand:
// the subcommand (or "search") is moved to the front.
std::vector<std::string> WithDefaultSubcommand(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") break;
    if (args[i].starts_with("-")) {
      if (IsSubcommandOrHelp(args[i].c_str())) return args;
      if (TakesValue(args[i])) ++i;
      continue;
    }
    // The hidden `complete` only before "person" or "--db":
    // `annals-query complete resection` stays a search.
    bool search_word = args[i] == "complete" &&
                       (i + 1 >= args.size() ||
                        (args[i + 1] != "person" && args[i + 1] != "--db"));
    if (IsSubcommandOrHelp(args[i].c_str()) && !search_word) {
      std::string name = args[i];
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
      args.insert(args.begin(), name);
      return args;
    }
    break;
  }
  args.insert(args.begin(), "search");
  return args;
}

void AddCommon(CLI::App* app, CommonOptions* common) {
  app->add_option("--db", common->db_flag,
                  "Database (default $ANNALS_DB or ./annals.db)");
  app->add_flag("--json", common->json, "One JSON document on stdout");
  app->add_flag("--explain", common->explain, "Say why each answer matched");
}

}  // namespace

int ServeInSibling(int argc, char** argv, const CommonOptions& /*common*/,
                   const std::string& /*host*/, int /*port*/) {
  std::error_code error;
  std::filesystem::path self =
      std::filesystem::read_symlink("/proc/self/exe", error);
  // Beside annals-query in a build folder; PREFIX/lib/annals/ when
  // installed (tools/cmake/AnnalsInstall.cmake).
  std::string sibling = (self.parent_path() / "annals-query-serve").string();
  std::string installed =
      (self.parent_path().parent_path() / "lib/annals/annals-query-serve")
          .string();
  if (!error && access(sibling.c_str(), X_OK) != 0 &&
      access(installed.c_str(), X_OK) == 0) {
    sibling = installed;
  }
  if (!error) {
    std::vector<char*> args(argv, argv + argc);
    args[0] = sibling.data();
    args.push_back(nullptr);
    execv(sibling.c_str(), args.data());
  }
  fmt::print(stderr, "annals-query: serve: cannot run {}: {}\n", sibling,
             error ? error.message() : std::strerror(errno));
  return 2;
}

int Main(int argc, char** argv, ServeFunction serve) {
  try {
    CLI::App app{"Search an Annals archive of training records.",
                 "annals-query"};
    app.require_subcommand(1);
    app.set_version_flag("--version", core::VersionText("annals-query"));
    // Every subcommand's options at once (the man page is made from it).
    app.set_help_all_flag("--help-all", "Help on every subcommand");
    CommonOptions common;
    SearchOptions search;
    std::vector<std::string> words;
    std::string sort = "relevance";
    CLI::App* search_cmd =
        app.add_subcommand("search", "Ranked hits with snippets (default)");
    AddCommon(search_cmd, &common);
    search_cmd->add_option("--limit", search.limit, "Hits to show (default 10)")
        ->check(CountValidator());
    search_cmd
        ->add_option("--offset", search.offset, "Hits to skip (default 0)")
        ->check(CountValidator());
    search_cmd->add_option("--sort", sort, "relevance or date")
        ->check(CLI::IsMember({"relevance", "date"}));
    search_cmd->add_flag("--facets", search.facets,
                         "Counts by year, country, role and type");
    search_cmd->add_flag("--by-event", search.by_event, "One hit per event");
    bool no_correct = false;
    search_cmd->add_flag("--no-correct", no_correct,
                         "No match: say so, not the correction's results");
    search_cmd->add_option("query", words, "Query words")->required();
    search_cmd->footer(kSearchFooter);

    std::string subject;
    CLI::App* person_cmd = app.add_subcommand("person", "An expert's history");
    AddCommon(person_cmd, &common);
    EventPage person_page;
    AddPageOptions(person_cmd, &person_page);
    person_cmd->add_option("name", words, "The person's name, any script")
        ->required();
    CLI::App* year_cmd = app.add_subcommand("year", "The courses of a year");
    AddCommon(year_cmd, &common);
    year_cmd->add_option("year", subject, "A year, e.g. 2019")->required();
    CLI::App* topic_cmd =
        app.add_subcommand("topic", "Courses and talks on a topic");
    AddCommon(topic_cmd, &common);
    EventPage topic_page;
    AddPageOptions(topic_cmd, &topic_page);
    topic_cmd->add_option("topic", words, "A topic, e.g. EUS")->required();
    CLI::App* stats_cmd =
        app.add_subcommand("stats", "Counts by year, type, language, country");
    AddCommon(stats_cmd, &common);
    std::string host = "127.0.0.1";
    int port = 8080;
    CLI::App* serve_cmd =
        app.add_subcommand("serve", "The web page and its JSON API");
    serve_cmd->add_option("--db", common.db_flag,
                          "Database (default $ANNALS_DB or ./annals.db)");
    serve_cmd->add_option("--host", host, "Address to listen on (127.0.0.1)");
    serve_cmd->add_option("--port", port, "Port, 0 for any free one (8080)");

    // For bash completion (tools/completion/annals-query); not in --help.
    std::string complete_kind, complete_typed;
    CLI::App* complete_cmd =
        app.add_subcommand("complete", "Names for shell completion");
    complete_cmd->group("");
    complete_cmd->add_option("--db", common.db_flag, "Database");
    complete_cmd->add_option("kind", complete_kind, "person")
        ->required()
        ->check(CLI::IsMember({"person"}));
    complete_cmd->add_option("prefix", complete_typed, "What was typed");

    if (argc < 2) {  // no query and no subcommand: how to use it
      fmt::print(stderr, "{}", app.help());
      return 2;
    }
    std::vector<std::string> args = WithDefaultSubcommand(argc, argv);
    std::reverse(args.begin(), args.end());  // CLI11 takes them reversed
    try {
      app.parse(args);
    } catch (const CLI::ParseError& e) {
      int code = app.exit(e);
      return code == 0 ? 0 : 2;
    }
    common.db_path = core::ResolveDatabasePath(common.db_flag);
    const char* no_colour = std::getenv("NO_COLOR");
    common.colour =
        isatty(fileno(stdout)) && (no_colour == nullptr || *no_colour == '\0');
    search.sort_by_date = sort == "date";
    search.explain = common.explain;
    search.correct = !no_correct;
    std::string joined;
    for (const std::string& word : words)
      joined += (joined.empty() ? "" : " ") + word;
    if (*search_cmd) return RunSearch(common, search, joined);
    if (*person_cmd) return RunPerson(common, person_page, joined);
    if (*year_cmd) return RunYear(common, subject);
    if (*topic_cmd) return RunTopic(common, topic_page, joined);
    if (*stats_cmd) return RunStats(common);
    if (*serve_cmd) return serve(argc, argv, common, host, port);
    if (*complete_cmd) return RunCompletePerson(common, complete_typed);
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "annals-query: internal error: {}\n", e.what());
    return 2;
  }
}

}  // namespace annals::query

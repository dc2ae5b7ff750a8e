// The indexing run.
#include "indexer/indexer.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <thread>

#include "core/database.h"
#include "core/glossary.h"
#include "core/text_analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/event_people.h"
#include "indexer/sources/walk.h"
#include "indexer/term_report.h"
#include "indexer/write/index_run.h"
#include "indexer/write/shards.h"
#include "indexer/write/writer_leftovers.h"
#include "indexer/write/writer_lock.h"
#include "indexer/write/writer_test_hold.h"

namespace annals::indexer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kProgram = "annals-index";

std::atomic<int> g_stop_signal{0};

void OnStopSignal(int signal_number) { g_stop_signal = signal_number; }

void Report(std::FILE* err, const std::string& message) {
  fmt::print(err, "{}: {}\n", kProgram, message);
}

class Progress {
 public:
  Progress(std::FILE* err, bool enabled)
      : err_(err), enabled_(enabled && isatty(fileno(err))) {}

  void Update(const Summary& s, size_t documents) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    fmt::print(err_, "\r{}: {} documents, {:.1f} MB, {:.0f} documents/s   ",
               kProgram, documents, s.bytes / 1e6,
               seconds > 0 ? documents / seconds : 0.0);
    std::fflush(err_);
  }
  void Finish() {
    if (enabled_) fmt::print(err_, "\r\033[K");
  }

 private:
  std::FILE* err_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_ =
      std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

void PrintSummary(std::FILE* err, const Summary& s) {
  fmt::print(
      err,
      "{}: {} indexed, {} replaced, {} skipped, {} failed{}{} in {:.2f} s{}\n",
      kProgram, s.indexed, s.replaced, s.skipped, s.failed,
      s.unchanged > 0 ? fmt::format(", {} unchanged", s.unchanged) : "",
      s.pruned > 0 ? fmt::format(", {} pruned", s.pruned) : "", s.seconds,
      s.interrupted ? " (interrupted; committed what was done)" : "");
}

unsigned ThreadCount(unsigned requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

// Puts an empty database at `path` (unless one is there) and opens it for
// writing into `lock`. It is made in the run's `temp` folder and renamed
// into place, so that a run killed meanwhile leaves no half-made folder at
// `path`.
core::Status PublishEmptyDatabase(const std::string& path,
                                  const std::string& temp,
                                  Xapian::WritableDatabase* lock) {
  std::error_code error;
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, error);
  if (fs::exists(path, error)) {
    return core::CatchXapian(path, [&] {
      *lock = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    });
  }
  std::string aside = temp + "/empty";
  fs::remove_all(temp, error);
  fs::create_directories(temp, error);
  if (error) return core::Status::IoError(path + ": " + error.message());
  ANNALS_RETURN_IF_ERROR(core::CatchXapian(path, [&] {
    *lock = Xapian::WritableDatabase(aside, Xapian::DB_CREATE_OR_OPEN);
  }));
  // Xapian's lock goes with the folder.
  fs::rename(aside, path, error);
  if (error) return core::Status::IoError(path + ": " + error.message());
  return core::Status::Ok();
}

core::Status Index(const Options& options, const std::vector<SourceFile>& files,
                   const ShardLayout& layout, std::FILE* err,
                   Summary* summary) {
  bool fresh = LayoutIsEmpty(layout);
  // A new database is built aside and moved into place at the end; its
  // first folder holds Xapian's writer lock meanwhile too, for other
  // programs that write with Xapian (annals-index itself holds WriterLock).
  Xapian::WritableDatabase lock;
  if (fresh) {
    ANNALS_RETURN_IF_ERROR(PublishEmptyDatabase(
        layout.shards[0], TempFolderFor(layout.target, getpid()), &lock));
    HoldForTest("created");
  }
  std::map<std::string, StoredSource> stored;
  if (!fresh) {
    auto loaded = LoadStoredSources(layout.shards);
    if (!loaded.ok()) return loaded.status();
    stored = std::move(loaded).value();
  }
  DocumentBuilder builder(core::TextAnalyzer::Default());
  Progress progress(err, !options.quiet);
  TermReport terms(core::Glossary::Default(), core::TextAnalyzer::Default());
  IndexRun run{options, files,   layout,
               stored,  builder, ThreadCount(options.threads),
               nullptr};
  run.report = [&](const FileOutcome& out) {
    for (const std::string& message : out.messages) Report(err, message);
    summary->bytes += out.bytes;
    summary->failed += out.failed;
    summary->indexed += out.indexed;
    summary->replaced += out.replaced;
    summary->unchanged += out.unchanged ? 1 : 0;
    if (options.report_terms) {
      for (const AbbreviationPair& pair : out.abbreviations) terms.Add(pair);
    }
    progress.Update(*summary, summary->indexed + summary->replaced);
    return g_stop_signal == 0;
  };
  core::Status status = fresh ? IndexIntoNewDatabase(run, summary)
                              : IndexIntoExistingDatabase(run, summary);
  progress.Finish();
  if (options.report_terms) summary->term_report = terms.Lines();
  return status;
}

}  // namespace

int RunIndexer(const Options& options, std::FILE* err, Summary* summary) {
  auto start = std::chrono::steady_clock::now();
  WalkResult walk = WalkSources(options.inputs);
  for (const std::string& error : walk.errors) Report(err, error);
  if (!options.quiet) {
    for (const std::string& notice : walk.skipped) Report(err, notice);
  }
  summary->skipped = walk.skipped.size();
  summary->failed = walk.errors.size();

  // Taken before the target is looked at, held until the end: a second run
  // reads nothing that the first is changing and always meets this lock.
  auto writer_lock = WriterLock::Acquire(options.db_path);
  if (!writer_lock.ok()) {
    Report(err, writer_lock.status().message());
    return 2;
  }
  HoldForTest("locked");
  for (const std::string& folder : RemoveAbandonedTempFolders(options.db_path))
    Report(err, folder + ": removed, left by an indexer that is gone");
  auto layout = ResolveShardLayout(options.db_path, options.shards);
  if (!layout.ok()) {
    Report(err, layout.status().message());
    return 2;
  }
  g_stop_signal = 0;
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  // Past a file size limit (ulimit -f) writes fail with EFBIG, reported like
  // a full disk, instead of the process dying in the middle of a commit.
  std::signal(SIGXFSZ, SIG_IGN);
  core::Status status = Index(options, walk.files, *layout, err, summary);
  if (status.ok() && g_stop_signal == 0) {
    // Best effort: the documents are all in; only their people's keys gain.
    auto aligned = AlignEventPeople(layout->shards);
    if (!aligned.ok())
      Report(err, "warning: people of one event not aligned: " +
                      aligned.status().message());
  }
  if (status.ok()) HoldForTest("done");
  summary->interrupted = g_stop_signal != 0;
  summary->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  std::signal(SIGXFSZ, SIG_DFL);
  if (!status.ok()) {
    Report(err, status.message());
    return 2;
  }
  if (!options.quiet || summary->failed > 0 || summary->interrupted)
    PrintSummary(err, *summary);
  if (summary->interrupted) return 128 + g_stop_signal;
  return summary->failed > 0 ? 1 : 0;
}

}  // namespace annals::indexer

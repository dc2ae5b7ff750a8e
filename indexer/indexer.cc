// The indexing run.
#include "indexer/indexer.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>

#include "core/text_analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/source_reader.h"
#include "indexer/walk.h"
#include "indexer/writer.h"

namespace annals::indexer {
namespace {

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

void IndexFile(const SourceFile& file, const DocumentBuilder& builder,
               Writer* writer, std::FILE* err, Summary* summary) {
  SourceContents contents = ReadSource(file);
  summary->bytes += contents.bytes;
  for (const std::string& warning : contents.warnings) {
    Report(err, "warning: " + warning);
  }
  for (const std::string& error : contents.errors) Report(err, error);
  summary->failed += contents.errors.size();
  for (const core::StoredDocument& doc : contents.documents) {
    BuiltDocument built = builder.Build(doc);
    bool replaced = false;
    core::Status status = writer->Add(built, &replaced);
    if (!status.ok()) {
      Report(err, status.message());
      ++summary->failed;
      continue;
    }
    ++(replaced ? summary->replaced : summary->indexed);
  }
}

void PrintSummary(std::FILE* err, const Summary& s) {
  fmt::print(
      err, "{}: {} indexed, {} replaced, {} skipped, {} failed in {:.2f} s{}\n",
      kProgram, s.indexed, s.replaced, s.skipped, s.failed, s.seconds,
      s.interrupted ? " (interrupted; committed what was done)" : "");
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

  auto writer = Writer::Open(options.db_path, {options.commit_every});
  if (!writer.ok()) {
    Report(err, writer.status().message());
    return 2;
  }
  g_stop_signal = 0;
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);

  DocumentBuilder builder(core::TextAnalyzer::Default());
  Progress progress(err, !options.quiet);
  for (const SourceFile& file : walk.files) {
    if (g_stop_signal != 0) break;
    IndexFile(file, builder, &*writer, err, summary);
    progress.Update(*summary, summary->indexed + summary->replaced);
  }
  progress.Finish();
  core::Status status = writer->WriteSynonyms();
  if (status.ok()) status = writer->Commit();
  summary->interrupted = g_stop_signal != 0;
  summary->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (!status.ok()) {
    Report(err, status.message());
    return 2;
  }
  if (!options.quiet || summary->failed > 0) PrintSummary(err, *summary);
  if (summary->interrupted) return 128 + g_stop_signal;
  return summary->failed > 0 ? 1 : 0;
}

}  // namespace annals::indexer

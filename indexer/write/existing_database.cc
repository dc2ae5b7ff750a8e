// Indexing into a database that already has documents: parallel analysis,
// one writer in file order.
#include <filesystem>
#include <set>

#include "indexer/write/index_run.h"
#include "indexer/write/ordered_pipeline.h"
#include "indexer/write/writer.h"
#include "indexer/write/writer_test_hold.h"

namespace annals::indexer {

namespace {

core::Status Prune(const IndexRun& run, Writer* writer, Summary* summary) {
  for (const auto& [term, source] : run.stored) {
    std::error_code error;
    if (source.path.empty() || std::filesystem::exists(source.path, error))
      continue;
    auto deleted = writer->DeleteByTerm(term);
    if (!deleted.ok()) return deleted.status();
    summary->pruned += *deleted;
  }
  return core::Status::Ok();
}

}  // namespace

core::Status IndexIntoExistingDatabase(const IndexRun& run, Summary* summary) {
  auto writer =
      Writer::Open(run.layout.shards, {run.options.commit_every, 64 << 20});
  if (!writer.ok()) return writer.status();
  core::Status failure;
  OrderedPipeline<FileOutcome>::Run(
      run.files.size(), run.threads, run.threads * 8,
      [&](unsigned, size_t index) {
        return ProcessFile(run.files[index], run.builder, run.stored,
                           {run.options.incremental, run.options.report_terms});
      },
      [&](size_t, FileOutcome&& out) {
        size_t bytes = out.bytes;  // counted once per file
        for (const BuiltDocument& built : out.built) {
          bool replaced = false;
          core::Status status = writer->Add(built, &replaced, bytes);
          bytes = 0;
          if (!status.ok()) {
            out.messages.push_back(status.message());
            ++out.failed;
            continue;
          }
          ++(replaced ? out.replaced : out.indexed);
        }
        out.built.clear();
        if (out.known && !out.unchanged && failure.ok()) {
          std::set<std::string> keep(out.ids.begin(), out.ids.end());
          core::Status status = writer->DeleteStale(out.source.term, keep);
          if (!status.ok()) failure = status;
        }
        return run.report(out) && failure.ok();
      });
  ANNALS_RETURN_IF_ERROR(failure);
  if (run.options.prune) ANNALS_RETURN_IF_ERROR(Prune(run, &*writer, summary));
  ANNALS_RETURN_IF_ERROR(writer->WriteSynonyms());
  HoldForTest("before-commit");
  ANNALS_RETURN_IF_ERROR(writer->Close());
  if (run.layout.lexicon.empty()) return core::Status::Ok();
  return WriteLexicon(run.layout.lexicon);
}

}  // namespace annals::indexer

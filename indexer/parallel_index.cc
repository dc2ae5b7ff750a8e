// Indexing into a new database: every worker writes its own temporary
// databases (one per target shard) next to the target; at the end they are
// compacted shard by shard into the target. Where two workers wrote the same
// id, the document from the later file wins, as with one writer.
#include "indexer/parallel_index.h"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <unordered_map>

#include "indexer/parallel_pipeline.h"
#include "indexer/writer.h"

namespace annals::indexer {
namespace fs = std::filesystem;

namespace {

struct Worker {
  std::unique_ptr<Writer> writer;
  std::unordered_map<std::string, size_t> file_of_id;  // id term -> file
};

// Keeps, for every id written by several workers, the one from the latest
// file; returns how many documents were dropped.
core::Result<size_t> DropDuplicates(std::vector<Worker>* workers) {
  std::unordered_map<std::string, std::pair<size_t, size_t>> owner;
  size_t dropped = 0;
  for (size_t w = 0; w < workers->size(); ++w) {
    for (const auto& [id, file] : (*workers)[w].file_of_id) {
      auto [it, fresh] = owner.try_emplace(id, file, w);
      if (fresh) continue;
      size_t loser = w;
      if (file > it->second.first) {
        loser = it->second.second;
        it->second = {file, w};
      }
      auto deleted = (*workers)[loser].writer->DeleteByTerm(id);
      if (!deleted.ok()) return deleted.status();
      dropped += *deleted;
    }
  }
  return dropped;
}

core::Status OpenWorkers(const IndexRun& run, const std::string& temp,
                         std::vector<Worker>* workers) {
  for (unsigned w = 0; w < run.threads; ++w) {
    std::error_code error;
    fs::create_directories(temp + "/w" + std::to_string(w), error);
    if (error) return core::Status::IoError(temp + ": " + error.message());
    std::vector<std::string> paths;
    for (size_t s = 0; s < run.layout.shards.size(); ++s)
      paths.push_back(temp + "/w" + std::to_string(w) + "/s" +
                      std::to_string(s));
    auto writer = Writer::Open(paths, {run.options.commit_every, 64 << 20});
    if (!writer.ok()) return writer.status();
    workers->push_back(
        {std::make_unique<Writer>(std::move(writer).value()), {}});
  }
  return core::Status::Ok();
}

// Compacts the workers' databases of every shard into the target's place.
core::Status MergeInto(const IndexRun& run, const std::string& temp) {
  for (size_t s = 0; s < run.layout.shards.size(); ++s) {
    std::vector<std::string> sources;
    for (unsigned w = 0; w < run.threads; ++w)
      sources.push_back(temp + "/w" + std::to_string(w) + "/s" +
                        std::to_string(s));
    std::string merged = temp + "/merged-" + std::to_string(s);
    ANNALS_RETURN_IF_ERROR(CompactInto(sources, merged));
    const std::string& final_path = run.layout.shards[s];
    std::error_code error;
    fs::remove_all(final_path, error);
    fs::path parent = fs::path(final_path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, error);
    fs::rename(merged, final_path, error);
    if (error)
      return core::Status::IoError(final_path + ": " + error.message());
  }
  if (!run.layout.lexicon.empty())
    ANNALS_RETURN_IF_ERROR(WriteLexicon(run.layout.lexicon));
  return WriteStub(run.layout);
}

}  // namespace

core::Status IndexIntoNewDatabase(const IndexRun& run, Summary* summary) {
  std::string temp = run.layout.target + ".tmp-" + std::to_string(getpid());
  std::error_code error;
  fs::remove_all(temp, error);
  std::vector<Worker> workers;
  core::Status status = OpenWorkers(run, temp, &workers);
  if (status.ok()) {
    OrderedPipeline<FileOutcome>::Run(
        run.files.size(), run.threads, run.threads * 8,
        [&](unsigned w, size_t index) {
          FileOutcome out =
              ProcessFile(run.files[index], run.builder, run.stored, false);
          Worker& worker = workers[w];
          size_t bytes = out.bytes;  // counted once per file
          for (const BuiltDocument& built : out.built) {
            bool replaced = false;
            core::Status added = worker.writer->Add(built, &replaced, bytes);
            bytes = 0;
            if (!added.ok()) {
              out.messages.push_back(added.message());
              ++out.failed;
              continue;
            }
            ++(replaced ? out.replaced : out.indexed);
            worker.file_of_id[built.id_term] = index;
          }
          out.built.clear();
          return out;
        },
        [&](size_t, FileOutcome&& out) { return run.report(out); });
    auto dropped = DropDuplicates(&workers);
    if (!dropped.ok()) {
      status = dropped.status();
    } else {
      summary->indexed -= *dropped;
      summary->replaced += *dropped;
      status = workers[0].writer->WriteSynonyms();
    }
    for (Worker& worker : workers) {
      core::Status closed = worker.writer->Close();
      if (status.ok()) status = closed;
    }
    workers.clear();
  }
  if (status.ok()) status = MergeInto(run, temp);
  fs::remove_all(temp, error);
  return status;
}

}  // namespace annals::indexer

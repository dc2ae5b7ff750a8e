// An ordered parallel map: `threads` workers run process(worker, index) for
// index 0..count-1 (each worker takes increasing indexes), and the calling
// thread receives emit(index, result) in index order. At most `window`
// indexes are in flight or waiting to be emitted, which bounds memory.
#pragma once

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace annals::indexer {

template <typename Result>
class OrderedPipeline {
 public:
  using Process = std::function<Result(unsigned worker, size_t index)>;
  // Returns false to stop: no new index is started; those started are
  // still emitted.
  using Emit = std::function<bool(size_t index, Result&& result)>;

  // REQUIRES: threads >= 1, window >= threads.
  static void Run(size_t count, unsigned threads, size_t window,
                  const Process& process, const Emit& emit) {
    OrderedPipeline pipeline;
    pipeline.threads_ = threads;
    std::vector<std::thread> workers;
    for (unsigned w = 0; w < threads; ++w) {
      workers.emplace_back(
          [&, w] { pipeline.Work(w, count, window, process); });
    }
    pipeline.Collect(emit);
    for (std::thread& worker : workers) worker.join();
  }

 private:
  void Work(unsigned worker, size_t count, size_t window,
            const Process& process) {
    for (;;) {
      size_t index;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        space_.wait(lock, [&] {
          return stop_ || next_ >= count || next_ < emitted_ + window;
        });
        if (stop_ || next_ >= count) break;
        index = next_++;
      }
      Result result = process(worker, index);
      std::lock_guard<std::mutex> lock(mutex_);
      done_.emplace(index, std::move(result));
      ready_.notify_one();
    }
    std::lock_guard<std::mutex> lock(mutex_);
    ++finished_workers_;
    ready_.notify_one();
  }

  void Collect(const Emit& emit) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      ready_.wait(lock,
                  [&] { return done_.count(emitted_) > 0 || AllStarted(); });
      auto it = done_.find(emitted_);
      if (it == done_.end()) return;  // every worker has finished
      Result result = std::move(it->second);
      done_.erase(it);
      lock.unlock();
      bool go_on = emit(emitted_, std::move(result));
      lock.lock();
      ++emitted_;
      if (!go_on) stop_ = true;
      space_.notify_all();
    }
  }

  // Every worker has stopped (and handed in all it started).
  bool AllStarted() const { return finished_workers_ == threads_; }

  std::mutex mutex_;
  std::condition_variable space_, ready_;
  std::map<size_t, Result> done_;
  size_t next_ = 0, emitted_ = 0;
  unsigned finished_workers_ = 0;
  unsigned threads_ = 0;
  bool stop_ = false;
};

}  // namespace annals::indexer

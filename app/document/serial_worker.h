#pragma once
// One background thread that runs jobs one after another. Graphviz is not thread-safe, so every
// layout and render in the editor goes through the one instance the editor owns.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace rw::document {

class SerialWorker {
public:
    using Job = std::function<void()>;
    // Told on the worker thread what went wrong when a job throws, so that the view waiting for
    // the job can say so instead of waiting for ever.
    using Failure = std::function<void(const std::string& what)>;

    SerialWorker();
    // Lets the running job finish, drops the queued ones and joins the thread.
    ~SerialWorker();
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    // Queues a job; it runs on the worker thread after every job queued before it. When it
    // throws, `onFailure` is called with the reason and the worker goes on with the next job.
    void post(Job job, Failure onFailure);

    // Blocks until every job queued so far has run (for tests and shutdown).
    void drain();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::pair<Job, Failure>> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace rw::document

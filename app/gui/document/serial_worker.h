#pragma once
// One background thread that runs jobs one after another. Graphviz is not thread-safe, so every
// layout and render in the editor goes through the one instance the editor owns.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace rw::gui {

class SerialWorker {
public:
    using Job = std::function<void()>;

    SerialWorker();
    // Lets the running job finish, drops the queued ones and joins the thread.
    ~SerialWorker();
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    // Queues a job; it runs on the worker thread after every job queued before it.
    void post(Job job);

    // Blocks until every job queued so far has run (for tests and shutdown).
    void drain();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace rw::gui

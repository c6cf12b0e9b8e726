#include "app/document/serial_worker.h"

#include <exception>

namespace rw::document {

SerialWorker::SerialWorker() : m_thread([this] { run(); }) {}

SerialWorker::~SerialWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void SerialWorker::post(Job job, Failure onFailure) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.emplace_back(std::move(job), std::move(onFailure));
    }
    m_wake.notify_one();
}

void SerialWorker::drain() {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
}

void SerialWorker::run() {
    for (;;) {
        std::pair<Job, Failure> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_busy = true;
        }
        // A job that throws is a bug in the job (or memory ran out): its view is told, and the
        // worker survives for the next one.
        std::string failure;
        try {
            job.first();
        } catch (const std::exception& error) {
            failure = error.what();
        } catch (...) {
            failure = "an unknown error";
        }
        if (!failure.empty() && job.second) {
            try {
                job.second(failure);
            } catch (...) {  // a failing report of a failure has nowhere left to go
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
    }
    std::lock_guard lock(m_mutex);
    m_busy = false;
    m_idle.notify_all();
}

}  // namespace rw::document

#pragma once

namespace opensslexit {

// Keeps OpenSSL from freeing its global state in its atexit handler; call first thing in main()
// (and it is called again, harmlessly, wherever TLS may start).
//
// Why: QNetworkAccessManager does its TLS in a thread of its own, and Qt's threads are detached:
// QThread::wait() returns before the thread's thread-local destructors have run, and OpenSSL frees
// each thread's state (random generators, error queue) in one of them. A program that exits right
// after its last request (connectorctl does) can run OpenSSL's atexit cleanup at that very moment;
// both then free the same state, and glibc aborts the process after its work is done. The process
// is ending: its memory goes back to the system either way.
//
// Only the first call before OpenSSL initialises itself has an effect; later calls do nothing.
void skipCleanupAtExit();

} // namespace opensslexit

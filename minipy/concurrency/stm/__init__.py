"""The STM runtime: transactions over TObjects, for threads that run truly in parallel.

API (DESIGN.md here has the algorithm and the contract with the interpreter):
  shared.init(mode, orec_bits, max_aborts)   once at start-up; MODE_STM, or MODE_LOCK (--gil)
  threadstate.thread_start() / thread_stop() per OS thread; threadstate.current() -> Transaction
  tx.start(), tx.commit(), tx.check(), tx.become_inevitable(), tx.site, tx.atomic_depth
  tx.read(obj) / tx.write(obj)                one call before each read / write of obj's payload
  barriers.read(obj) / barriers.write(obj) / barriers.become_inevitable()
                                              the same through the thread-local, for accessors;
                                              compiled away unless the target calls enable()
  TransactionAbort                            raised (after rollback) by barriers/check/commit
  TObject (base class: _stm_save, _stm_typename), UndoEntry (restore())
  threadstate.total_stats(), threadstate.format_report(ticks_per_sec)   for --stm-stats
"""

package io.phasewise.application.pipeline.port.out;

import java.util.Optional;

/**
 * Outgoing port: the right to run the pipeline, held by one run at a time across every process that
 * shares the store (a server's scheduler, an on-demand request, a command line).
 */
public interface PipelineRunLockPort {

  /** The lock, or empty when a run of this process or another holds it; closing the lease releases it. */
  Optional<Lease> tryAcquire();

  /** A held run lock; also released when its holder's process ends. */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}

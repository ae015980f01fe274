package io.github.aria2j.runtime.rpc;

import java.util.List;

/**
 * The outcome of every call of a batch that ran.
 *
 * @param entries the batch's entries in the order they were added, each with its outcome
 */
public record BatchResult(List<BatchEntry<?>> entries) {

  /**
   * Copies the entries.
   *
   * @param entries the batch's entries
   */
  public BatchResult {
    entries = List.copyOf(entries);
  }

  /**
   * Tells whether every call succeeded.
   *
   * @return {@code true} if no entry failed, including for an empty batch
   */
  public boolean allSucceeded() {
    return entries.stream().allMatch(entry -> entry.outcome().isSuccess());
  }

  /**
   * Returns the entries whose call failed.
   *
   * @return the failed entries, in batch order
   */
  public List<BatchEntry<?>> failures() {
    return entries.stream().filter(entry -> !entry.outcome().isSuccess()).toList();
  }
}

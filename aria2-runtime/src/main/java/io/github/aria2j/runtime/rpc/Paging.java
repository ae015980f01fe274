package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.internal.Failures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paged list, such as aria2's waiting queue ({@code aria2.tellWaiting}), page after page:
 * offsets 0, {@code pageSize}, {@code 2 * pageSize}, ... until a page comes back shorter than
 * {@code pageSize}. A page of exactly {@code pageSize} items is followed by one more request,
 * which may come back empty.
 *
 * <p>Generated clients use it for their {@code ...All} methods; it is public so that their bodies
 * stay one line. The walk is not atomic: aria2 answers each page from the list as it is at that
 * moment. A download that leaves the list between two pages shifts the later ones, so one
 * download may be skipped; a download that joins may show up, or show up twice.
 */
public final class Paging {

  /** The page size of the {@code ...All} methods that take none. */
  public static final int DEFAULT_PAGE_SIZE = 1000;

  private Paging() {}

  /**
   * Fetches one page, blocking.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * Fetches the items {@code offset} to {@code offset + limit - 1}.
     *
     * @param offset where the page starts
     * @param limit the largest number of items to return
     * @return the page; shorter than {@code limit} at the end of the list
     */
    List<T> fetch(int offset, int limit);
  }

  /**
   * Fetches one page without blocking.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface AsyncPageFetcher<T> {
    /**
     * Starts fetching the items {@code offset} to {@code offset + limit - 1}.
     *
     * @param offset where the page starts
     * @param limit the largest number of items to return
     * @return the future page; shorter than {@code limit} at the end of the list
     */
    CompletableFuture<List<T>> fetch(int offset, int limit);
  }

  /**
   * Streams every item, fetching the next page only when the stream needs it. Nothing is fetched
   * before the stream's terminal operation starts; a short-circuiting operation such as {@code
   * findFirst} fetches only the pages it reads. A failing page request throws its exception out
   * of the terminal operation.
   *
   * @param pageSize how many items to request per page, at least 1
   * @param fetcher fetches one page
   * @param <T> the item type
   * @return a sequential, ordered stream of the items of every page
   * @throws IllegalArgumentException if {@code pageSize} is less than 1
   */
  public static <T> Stream<T> stream(int pageSize, PageFetcher<T> fetcher) {
    checkPageSize(pageSize);
    Objects.requireNonNull(fetcher, "fetcher");
    return StreamSupport.stream(new PageSpliterator<>(pageSize, fetcher), false);
  }

  /**
   * Fetches every page, one after the other, and collects their items.
   *
   * <p>The first page is requested at once, and what that request throws (such as an {@link
   * IllegalArgumentException} for arguments that do not fit the method) is thrown at once too.
   * Every later failure completes the future exceptionally with the page request's exception
   * (unwrapped from {@link CompletionException}), and no further page is requested. Cancelling
   * the future stops the walk and cancels the page request in flight.
   *
   * @param pageSize how many items to request per page, at least 1
   * @param fetcher starts fetching one page
   * @param <T> the item type
   * @return the future of every item, in order, as an unmodifiable list
   * @throws IllegalArgumentException if {@code pageSize} is less than 1
   */
  public static <T> CompletableFuture<List<T>> collectAsync(
      int pageSize, AsyncPageFetcher<T> fetcher) {
    checkPageSize(pageSize);
    Objects.requireNonNull(fetcher, "fetcher");
    AsyncWalk<T> walk = new AsyncWalk<>(pageSize, fetcher);
    walk.start();
    return walk.result;
  }

  private static void checkPageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
    }
  }

  /** The offset after a full page at {@code offset}. */
  private static int next(int offset, int pageSize) {
    try {
      return Math.addExact(offset, pageSize);
    } catch (ArithmeticException e) {
      throw new IllegalStateException("the list has more items than an int offset can reach", e);
    }
  }

  private static <T> List<T> checked(List<T> page, int offset) {
    return Objects.requireNonNull(page, () -> "the page at offset " + offset + " is null");
  }

  /** Hands out the items of the current page and fetches the next one when it runs out. */
  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
    private final int pageSize;
    private final PageFetcher<T> fetcher;
    private int offset;
    private boolean lastPage;
    private Iterator<T> current = Collections.emptyIterator();

    PageSpliterator(int pageSize, PageFetcher<T> fetcher) {
      super(Long.MAX_VALUE, Spliterator.ORDERED);
      this.pageSize = pageSize;
      this.fetcher = fetcher;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (!current.hasNext()) {
        if (lastPage) {
          return false;
        }
        List<T> page = checked(fetcher.fetch(offset, pageSize), offset);
        lastPage = page.size() < pageSize;
        if (!lastPage) {
          offset = next(offset, pageSize);
        }
        current = page.iterator();
      }
      action.accept(current.next());
      return true;
    }
  }

  /** Requests page after page; pages that are already complete are taken in a loop, not nested. */
  private static final class AsyncWalk<T> {
    private static final int DONE = -1;

    private final int pageSize;
    private final AsyncPageFetcher<T> fetcher;
    private final List<T> items = new ArrayList<>();
    private final CompletableFuture<List<T>> result = new CompletableFuture<>();
    private volatile CompletableFuture<List<T>> inFlight;

    AsyncWalk(int pageSize, AsyncPageFetcher<T> fetcher) {
      this.pageSize = pageSize;
      this.fetcher = fetcher;
      result.whenComplete(
          (value, failure) -> {
            CompletableFuture<List<T>> page = inFlight;
            if (result.isCancelled() && page != null) {
              page.cancel(true);
            }
          });
    }

    /** Requests the first page; what that request throws is thrown to the caller. */
    void start() {
      continueWith(0, Objects.requireNonNull(fetcher.fetch(0, pageSize), "the fetcher's future"));
    }

    /** Takes the page at {@code offset} and requests the following ones until one is pending. */
    private void continueWith(int offset, CompletableFuture<List<T>> page) {
      int at = offset;
      CompletableFuture<List<T>> pending = page;
      while (pending != null && pending.isDone()) {
        at = take(at, pending);
        pending = at == DONE ? null : request(at);
      }
      if (pending != null) {
        inFlight = pending;
        int pendingOffset = at;
        pending.whenComplete(
            (value, failure) -> continueWith(pendingOffset, settled(value, failure)));
      }
    }

    /** Adds a completed page; returns the next page's offset, or {@link #DONE}. */
    private int take(int offset, CompletableFuture<List<T>> page) {
      if (result.isDone()) {
        return DONE;
      }
      try {
        List<T> pageItems = checked(page.join(), offset);
        items.addAll(pageItems);
        if (pageItems.size() < pageSize) {
          result.complete(Collections.unmodifiableList(items));
          return DONE;
        }
        return next(offset, pageSize);
      } catch (RuntimeException e) {
        result.completeExceptionally(Failures.unwrap(e));
        return DONE;
      }
    }

    /** Requests the page at {@code offset}; null when the walk is over or the request threw. */
    private CompletableFuture<List<T>> request(int offset) {
      if (result.isDone()) {
        return null;
      }
      try {
        return Objects.requireNonNull(fetcher.fetch(offset, pageSize), "the fetcher's future");
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return null;
      }
    }

    private static <T> CompletableFuture<List<T>> settled(List<T> value, Throwable failure) {
      return failure == null
          ? CompletableFuture.completedFuture(value)
          : CompletableFuture.failedFuture(failure);
    }
  }
}

package io.github.aria2j.runtime.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Paging walks a list page by page, on the blocking and the non-blocking path. */
class PagingTest {

  /** A list served page by page, like aria2's queues, recording every page request. */
  private static final class Queue {
    private final List<String> items;
    private final List<String> requests = new ArrayList<>();

    Queue(int size) {
      this.items = IntStream.range(0, size).mapToObj(i -> "d" + i).toList();
    }

    List<String> page(int offset, int limit) {
      requests.add(offset + "+" + limit);
      return items.subList(Math.min(offset, items.size()), Math.min(offset + limit, items.size()));
    }

    CompletableFuture<List<String>> pageAsync(int offset, int limit) {
      return CompletableFuture.completedFuture(page(offset, limit));
    }
  }

  @Test
  @DisplayName("pages are requested at 0, pageSize, 2 * pageSize until one comes back short")
  void exactPageRequests() {
    Queue queue = new Queue(5);

    List<String> all = Paging.stream(2, queue::page).toList();

    assertThat(all).containsExactly("d0", "d1", "d2", "d3", "d4");
    assertThat(queue.requests).containsExactly("0+2", "2+2", "4+2");
  }

  @Test
  @DisplayName("an empty list takes one request and gives an empty stream")
  void emptyQueue() {
    Queue queue = new Queue(0);

    assertThat(Paging.stream(Paging.DEFAULT_PAGE_SIZE, queue::page)).isEmpty();
    assertThat(queue.requests).containsExactly("0+1000");
  }

  @Test
  @DisplayName("a list of an exact multiple of the page size ends with an empty page")
  void exactMultipleOfThePageSize() {
    Queue queue = new Queue(4);

    assertThat(Paging.stream(2, queue::page)).containsExactly("d0", "d1", "d2", "d3");
    assertThat(queue.requests).containsExactly("0+2", "2+2", "4+2");
  }

  @Test
  @DisplayName("the stream is lazy: nothing before the terminal operation, only the pages read")
  void lazy() {
    Queue queue = new Queue(10);

    Stream<String> stream = Paging.stream(3, queue::page);
    assertThat(queue.requests).isEmpty();

    assertThat(stream.filter(item -> item.equals("d4")).findFirst()).contains("d4");
    assertThat(queue.requests).containsExactly("0+3", "3+3");
  }

  @Test
  @DisplayName("a failing page request throws out of the terminal operation")
  void failingPage() {
    PagingFailure failure = new PagingFailure();
    Stream<String> stream =
        Paging.stream(
            2,
            (offset, limit) -> {
              if (offset > 0) {
                throw failure;
              }
              return List.of("a", "b");
            });

    assertThatThrownBy(stream::toList).isSameAs(failure);
  }

  @Test
  @DisplayName("a page size below 1 is rejected at once, before any request")
  void pageSizeBelowOneRejected() {
    Queue queue = new Queue(3);

    for (int pageSize : new int[] {0, -1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> Paging.stream(pageSize, queue::page))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("pageSize must be at least 1, not " + pageSize);
      assertThatThrownBy(() -> Paging.collectAsync(pageSize, queue::pageAsync))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("pageSize must be at least 1, not " + pageSize);
    }
    assertThat(queue.requests).isEmpty();
  }

  @Test
  @DisplayName("async: every page is collected, with the same requests")
  void asyncCollectsEveryPage() throws Exception {
    Queue five = new Queue(5);
    Queue four = new Queue(4);
    Queue none = new Queue(0);

    assertThat(Paging.collectAsync(2, five::pageAsync).get()).hasSize(5).startsWith("d0");
    assertThat(Paging.collectAsync(2, four::pageAsync).get())
        .containsExactly("d0", "d1", "d2", "d3");
    assertThat(Paging.collectAsync(7, none::pageAsync).get()).isEmpty();
    assertThat(five.requests).containsExactly("0+2", "2+2", "4+2");
    assertThat(four.requests).containsExactly("0+2", "2+2", "4+2");
    assertThat(none.requests).containsExactly("0+7");
  }

  @Test
  @DisplayName("async: pages answered later are requested one after the other")
  void asyncPagesAnsweredLater() throws Exception {
    Queue queue = new Queue(3);
    List<CompletableFuture<List<String>>> pending = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();

    CompletableFuture<List<String>> all =
        Paging.collectAsync(
            2,
            (offset, limit) -> {
              offsets.add(offset);
              CompletableFuture<List<String>> page = new CompletableFuture<>();
              pending.add(page);
              return page;
            });

    assertThat(offsets).containsExactly(0);
    pending.get(0).complete(queue.page(0, 2));
    assertThat(offsets).containsExactly(0, 2);
    assertThat(all).isNotDone();
    pending.get(1).complete(queue.page(2, 2));

    assertThat(all.get()).containsExactly("d0", "d1", "d2");
    assertThatThrownBy(() -> all.get().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("async: a failing page fails the future with its exception and stops the walk")
  void asyncFailingPage() {
    PagingFailure failure = new PagingFailure();
    List<Integer> offsets = new ArrayList<>();

    CompletableFuture<List<String>> all =
        Paging.collectAsync(
            1,
            (offset, limit) -> {
              offsets.add(offset);
              return offset == 0
                  ? CompletableFuture.completedFuture(List.of("a"))
                  : CompletableFuture.failedFuture(failure);
            });

    assertThatThrownBy(all::get).isInstanceOf(ExecutionException.class).hasCause(failure);
    assertThat(offsets).containsExactly(0, 1);
  }

  @Test
  @DisplayName("async: what the first request throws is thrown at once")
  void asyncFirstRequestThrows() {
    IllegalArgumentException wrong = new IllegalArgumentException("required parameter is null");

    assertThatThrownBy(
            () ->
                Paging.<String>collectAsync(
                    10,
                    (offset, limit) -> {
                      throw wrong;
                    }))
        .isSameAs(wrong);
  }

  @Test
  @DisplayName("async: cancelling the future cancels the page in flight and stops the walk")
  void asyncCancel() {
    List<CompletableFuture<List<String>>> pending = new ArrayList<>();
    CompletableFuture<List<String>> all =
        Paging.collectAsync(
            2,
            (offset, limit) -> {
              CompletableFuture<List<String>> page = new CompletableFuture<>();
              pending.add(page);
              return page;
            });

    all.cancel(true);

    assertThat(pending).hasSize(1);
    assertThat(pending.get(0)).isCancelled();
  }

  @Test
  @DisplayName("async: many pages that are complete at once do not nest calls")
  void asyncManyCompletedPages() throws Exception {
    Queue queue = new Queue(50_000);

    List<String> all = Paging.collectAsync(1, queue::pageAsync).get();

    assertThat(all).hasSize(50_000);
    assertThat(all.stream().distinct().collect(Collectors.toList())).hasSize(50_000);
  }

  /** A failure of a page request. */
  private static final class PagingFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PagingFailure() {
      super("page failed", null, false, false);
    }
  }
}

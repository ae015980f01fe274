package io.github.aria2j.runtime.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.testing.RecordingLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FanoutTest {

  private final ExecutorService executor = EventThreads.callbacks();
  private final RecordingLogger logger = new RecordingLogger();
  private final List<String> changes = new CopyOnWriteArrayList<>();
  private final Fanout<Object> fanout =
      new Fanout<>(executor, logger, () -> changes.add("added"), () -> changes.add("removed"));

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aSlowCallbackHoldsUpNoOtherAndGetsItsEventsInOrderLater() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    BlockingQueue<Object> slow = new LinkedBlockingQueue<>();
    BlockingQueue<Object> quick = new LinkedBlockingQueue<>();
    fanout.subscribe(Set.of(), event -> {
      await(release);
      slow.add(event);
    });
    fanout.subscribe(Set.of(), quick::add);

    for (int i = 0; i < 100; i++) {
      fanout.publish(i);
    }

    assertThat(take(quick, 100)).containsExactlyElementsOf(range(100));
    assertThat(slow).isEmpty();
    release.countDown();
    assertThat(take(slow, 100)).containsExactlyElementsOf(range(100));
  }

  @Test
  void callbacksForKindsGetOnlyInstancesOfThem() throws Exception {
    BlockingQueue<Object> strings = new LinkedBlockingQueue<>();
    fanout.subscribe(Set.of(String.class), strings::add);
    fanout.publish(1);
    fanout.publish("two");
    fanout.publish(3L);
    fanout.publish("four");

    assertThat(take(strings, 2)).containsExactly("two", "four");
  }

  @Test
  void aSubscriberGetsWhatItRequestedAndTheRestWhenItRequestsMore() throws Exception {
    BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    CountDownLatch completed = new CountDownLatch(1);
    Flow.Subscription[] subscription = new Flow.Subscription[1];
    fanout.subscribe(new Flow.Subscriber<Object>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription[0] = s;
        s.request(2);
      }

      @Override
      public void onNext(Object item) {
        received.add(item);
      }

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {
        completed.countDown();
      }
    });
    for (int i = 0; i < 5; i++) {
      fanout.publish(i);
    }

    assertThat(take(received, 2)).containsExactly(0, 1);
    assertThat(received.poll(100, TimeUnit.MILLISECONDS)).isNull();
    fanout.complete();
    assertThat(completed.getCount()).as("queued events come before onComplete").isEqualTo(1);
    subscription[0].request(10);
    assertThat(take(received, 3)).containsExactly(2, 3, 4);
    assertThat(completed.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void closingASubscriptionStopsDeliveriesAndUpdatesTheCount() throws Exception {
    BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    var subscription = fanout.subscribe(Set.of(), received::add);
    assertThat(subscription.isActive()).isTrue();
    subscription.close();
    fanout.publish("after");

    assertThat(subscription.isActive()).isFalse();
    assertThat(changes).containsExactly("added", "removed");
    subscription.close();
    assertThat(changes).as("closing twice removes once").containsExactly("added", "removed");
    assertThat(received.poll(100, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aClosedStreamRefusesCallbacksAndTellsSubscribersWhy() {
    fanout.complete();
    assertThatThrownBy(() -> fanout.subscribe(Set.of(), event -> {}))
        .isInstanceOf(IllegalStateException.class).hasMessage("the events are closed");
    List<Throwable> errors = new ArrayList<>();
    fanout.subscribe(new Flow.Subscriber<Object>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {}

      @Override
      public void onNext(Object item) {}

      @Override
      public void onError(Throwable throwable) {
        errors.add(throwable);
      }

      @Override
      public void onComplete() {}
    });
    assertThat(errors).singleElement().isInstanceOf(IllegalStateException.class);
  }

  private static List<Integer> range(int count) {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(i);
    }
    return values;
  }

  private static List<Object> take(BlockingQueue<Object> queue, int count) throws Exception {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Object item = queue.poll(5, TimeUnit.SECONDS);
      assertThat(item).as("event " + i + " within 5 s").isNotNull();
      items.add(item);
    }
    return items;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

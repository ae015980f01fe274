package io.github.aria2j.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import io.github.aria2j.runtime.testing.TestMethods;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbstractClientBuilderTest {

  /** The smallest concrete builder: it hands out the engine a generated builder would wrap. */
  static final class EngineBuilder extends AbstractClientBuilder<EngineBuilder> {
    @Override
    protected EngineBuilder self() {
      return this;
    }

    RpcEngine build() {
      return engine();
    }
  }

  @TempDir Path dir;

  @Test
  void withoutEndpointStartsAManagedAria2cAndStopsItOnClose() {
    long pid;
    try (RpcEngine engine =
        new EngineBuilder().managed(ManagedAria2.builder().downloadDir(dir)).build()) {
      assertThat(engine.call(TestMethods.GET_VERSION).version()).startsWith("1.");
      Object dirOption = engine.callRaw("aria2.getGlobalOption", List.of());
      assertThat(dirOption).asInstanceOf(MAP).containsEntry("dir", dir.toString());
      pid =
          ProcessHandle.allProcesses()
              .filter(p -> p.info().commandLine().orElse("").contains("--dir=" + dir))
              .findFirst()
              .orElseThrow()
              .pid();
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void managedOverWebSocketAnswersToo() {
    try (RpcEngine engine =
        new EngineBuilder()
            .managed(ManagedAria2.builder().downloadDir(dir))
            .managedOverWebSocket()
            .build()) {
      assertThat(engine.toString()).contains("ws://127.0.0.1:");
      assertThat(engine.call(TestMethods.GET_VERSION).version()).startsWith("1.");
    }
  }

  @Test
  void endpointAndManagedTogetherAreRejected() {
    EngineBuilder builder =
        new EngineBuilder()
            .endpoint("http://localhost:6800/jsonrpc")
            .managed(ManagedAria2.builder());
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("both an endpoint and a managed aria2c");
  }

  @Test
  void customTransportNeedsAnEndpoint() {
    EngineBuilder builder =
        new EngineBuilder().transport(new FixedReplyTransport(new AtomicReference<>()));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("custom transport needs an endpoint");
  }

  @Test
  void customTransportCarriesTheCallsWithTheBuildersSecret() {
    AtomicReference<String> sent = new AtomicReference<>();
    try (RpcEngine engine =
        new EngineBuilder()
            .endpoint("http://aria2.invalid:6800/jsonrpc")
            .secret("s3cret")
            .transport(new FixedReplyTransport(sent))
            .build()) {
      assertThat(engine.call(TestMethods.GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(sent.get())
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.getVersion\","
                + "\"params\":[\"token:s3cret\"]}");
  }

  @Test
  void settingsAreTakenWhole() {
    RpcSettings settings =
        RpcSettings.builder().endpoint(URI.create("ws://localhost:1/jsonrpc")).build();
    try (RpcEngine engine = new EngineBuilder().settings(settings).build()) {
      assertThat(engine.toString()).contains("ws://localhost:1/jsonrpc");
    }
  }

  /** Records the request and answers getVersion. */
  private record FixedReplyTransport(AtomicReference<String> sent) implements RpcTransport {
    @Override
    public TransportReply send(TransportRequest request) {
      sent.set(new String(request.body(), StandardCharsets.UTF_8));
      String body =
          "{\"id\":" + request.id() + ",\"jsonrpc\":\"2.0\",\"result\":"
              + "{\"version\":\"1.37.0\",\"enabledFeatures\":[]}}";
      return new TransportReply(200, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
      return CompletableFuture.completedFuture(send(request));
    }

    @Override
    public void close() {}
  }
}

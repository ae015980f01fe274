package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeRequest;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;

/** HTTPS against a self-signed certificate, as with aria2's {@code --rpc-secure}. */
@Timeout(30)
class HttpsTest {

  private static final HeldCertificate CERTIFICATE =
      new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeEach
  void useHttps() {
    HandshakeCertificates serving =
        new HandshakeCertificates.Builder().heldCertificate(CERTIFICATE).build();
    server.useHttps(serving.sslSocketFactory());
  }

  @OnBothCallPaths
  @DisplayName("a user-supplied SSLContext that trusts the certificate is used")
  void trustedByUserContext(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "{\"version\":\"1.37.0\"}"));
    HandshakeCertificates trusting =
        new HandshakeCertificates.Builder()
            .addTrustedCertificate(CERTIFICATE.certificate())
            .build();

    try (RpcEngine engine =
        RpcEngines.http(settings(server).sslContext(trusting.sslContext()).build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(takeRequest(server).getHandshake()).isNotNull();
  }

  @OnBothCallPaths
  @DisplayName("without such a context the self-signed certificate is refused: CONNECT")
  void refusedByDefault(CallPath path) {
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      Aria2TransportException e =
          catchThrowableOfType(
              Aria2TransportException.class, () -> path.call(engine, GET_VERSION));

      assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT);
      assertThat(e.detail()).startsWith("TLS with https://localhost:");
    }
  }
}

package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * aria2.saveSession writes the unfinished downloads to the file named by the save-session option. The daemon starts
 * without that option, so the first test sees the call fail and the second sets the option first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SaveSessionIT {

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();

    @Test
    @Order(1)
    void saveSessionWithoutASessionFileFails() {
        assertThatThrownBy(client::saveSession)
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.OTHER);
                    assertThat(e.serverMessage()).isEqualTo("Filename is not given.");
                });
    }

    @Test
    @Order(2)
    void saveSessionWritesTheWaitingDownloadWithItsUriAndGid() throws Exception {
        Path session = aria2.workDir().resolve("aria2.session");
        client.changeGlobalOption(GlobalOptions.builder().saveSession(session.toString()).build());
        Added download = aria2.downloads().paused("session.bin");

        client.saveSession();

        assertThat(session).exists();
        String text = Files.readString(session, StandardCharsets.UTF_8);
        assertThat(text)
                .contains(download.uri().toString())
                .contains(" gid=" + download.gid())
                .contains(" pause=true");
    }
}

package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.MulticallEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * system.multicall with raw entries: aria2 wants the secret token inside each entry's params (the outer call carries
 * none), answers each success as a one-element array and each failure as a bare {code, message} struct.
 */
class MulticallIT {

    private static final String UNKNOWN_GID = "0123456789abcdef";

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();

    @Test
    void multicallAnswersEachEntryAndReportsTheFailingOneAsAFault() {
        String uri = aria2.files().uri("multicall.bin").toString();

        List<Object> results = client.multicall(List.of(
                entry("aria2.getVersion"),
                entry("aria2.tellStatus", UNKNOWN_GID),
                entry("aria2.addUri", List.of(uri), Map.of("pause", "true")),
                entry("aria2.getGlobalStat")));

        assertThat(results).hasSize(4);
        assertThat(results.get(0)).asInstanceOf(LIST).singleElement().asInstanceOf(MAP)
                .containsKeys("version", "enabledFeatures");
        assertThat(results.get(1)).asInstanceOf(MAP)
                .containsEntry("code", 1L)
                .containsEntry("message", "GID " + UNKNOWN_GID + " is not found");
        String added = (String) ((List<?>) results.get(2)).get(0);
        assertThat(added).matches("[0-9a-f]{16}");
        assertThat(client.tellStatus(added).status()).isEqualTo(DownloadState.PAUSED);
        assertThat(results.get(3)).asInstanceOf(LIST).singleElement().asInstanceOf(MAP)
                .containsEntry("numWaiting", "1");
    }

    @Test
    void multicallOnTheAsyncClientKeepsTheOrderOfTheEntries() throws Exception {
        List<Object> results = aria2.asyncClient().multicall(List.of(
                entry("aria2.tellStatus", UNKNOWN_GID),
                entry("aria2.getSessionInfo"),
                entry("system.listNotifications")))
                .get(10, TimeUnit.SECONDS);

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).asInstanceOf(MAP).containsEntry("code", 1L);
        assertThat(results.get(1)).asInstanceOf(LIST).singleElement().asInstanceOf(MAP)
                .containsEntry("sessionId", client.getSessionInfo().sessionId());
        assertThat(results.get(2)).asInstanceOf(LIST).singleElement().asInstanceOf(LIST)
                .contains("aria2.onDownloadStart");
    }

    /** A raw entry: the token first, as aria2 wants it inside each entry, then the method's own params. */
    private static MulticallEntry entry(String method, Object... params) {
        List<Object> withToken = new ArrayList<>();
        withToken.add("token:" + aria2.daemon().secret().value());
        withToken.addAll(List.of(params));
        return new MulticallEntry(method, withToken);
    }
}

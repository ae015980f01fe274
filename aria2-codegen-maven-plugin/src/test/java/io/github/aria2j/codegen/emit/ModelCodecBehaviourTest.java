package io.github.aria2j.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import io.github.aria2j.runtime.json.ValueReader;
import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.json.ValueWriter;
import io.github.aria2j.runtime.json.ValueWriters;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The codecs generated from the real schema, compiled and loaded: real aria2 {@code tellStatus} replies (from the
 * manual's example and a BitTorrent download) decode into the records with the values aria2 meant.
 */
class ModelCodecBehaviourTest {

    private static final String BASE = ModelEmitters.BASE_PACKAGE + ".";

    @Test
    void decodesNumbersAndBooleansSentAsStrings() throws Exception {
        Object status = tellStatus(resource("tellStatus-http.json"));
        assertThat(get(status, "gid")).isEqualTo("2089b05ecca3d829");
        assertThat(get(status, "totalLength")).isEqualTo(34_896_138L);
        assertThat(get(status, "completedLength")).isEqualTo(901_120L);
        assertThat(get(status, "numPieces")).isEqualTo(34);
        assertThat(get(status, "status")).isEqualTo(constant("model.DownloadState", "ACTIVE"));
        Object file = ((List<?>) get(status, "files")).get(0);
        assertThat(get(file, "selected")).isEqualTo(true);
        assertThat(get(file, "length")).isEqualTo(34_896_138L);
        assertThat((List<?>) get(file, "uris")).extracting(uri -> get(uri, "status"))
                .containsExactly(constant("model.UriStatus", "USED"), constant("model.UriStatus", "WAITING"));
    }

    @Test
    void absentConditionalKeysAreNullOrEmpty() throws Exception {
        Object status = tellStatus(resource("tellStatus-http.json"));
        assertThat(get(status, "infoHash")).isNull();
        assertThat(get(status, "numSeeders")).isNull();
        assertThat(get(status, "seeder")).isNull();
        assertThat(get(status, "errorCode")).isNull();
        assertThat(get(status, "bittorrent")).isNull();
        assertThat(get(status, "verifiedLength")).isNull();
        assertThat((List<?>) get(status, "followedBy")).isEmpty();
    }

    @Test
    void decodesABitTorrentDownloadAndSkipsUnknownKeys() throws Exception {
        Object status = tellStatus(resource("tellStatus-bittorrent.json"));
        assertThat(get(status, "seeder")).isEqualTo(Boolean.TRUE);
        assertThat(get(status, "numSeeders")).isEqualTo(0);
        assertThat(get(status, "uploadLength")).isEqualTo(123L);
        assertThat(get(status, "following")).isEqualTo("2089b05ecca3d829");
        Object torrent = get(status, "bittorrent");
        assertThat(get(torrent, "creationDate")).isEqualTo(1_713_448_201L); // a JSON number on the wire
        assertThat(get(torrent, "mode")).isEqualTo(constant("model.BittorrentMode", "SINGLE"));
        assertThat(get(get(torrent, "info"), "name")).isEqualTo("ubuntu-24.04-live-server-amd64.iso");
        assertThat(get(torrent, "announceList")).isEqualTo(List.of(List.of("https://torrent.ubuntu.com/announce"),
                List.of("https://ipv6.torrent.ubuntu.com/announce")));
        assertThat((List<?>) get(((List<?>) get(status, "files")).get(0), "uris")).isEmpty();
    }

    @Test
    void decodesAStoppedDownloadWithItsExitCode() throws Exception {
        String reply = resource("tellStatus-http.json").replace("\"status\": \"active\"",
                "\"status\": \"error\", \"errorCode\": \"3\", \"errorMessage\": \"Resource not found\"");
        Object status = tellStatus(reply);
        assertThat(get(status, "status")).isEqualTo(constant("model.DownloadState", "ERROR"));
        assertThat(get(status, "errorCode")).isEqualTo(constant("model.ExitCode", "RESOURCE_NOT_FOUND"));
        assertThat(get(status, "errorMessage")).isEqualTo("Resource not found");
    }

    @Test
    void anEnumValueOfANewerAria2IsUnknown() throws Exception {
        String reply = resource("tellStatus-http.json")
                .replace("\"status\": \"active\"", "\"status\": \"hibernating\"");
        assertThat(get(tellStatus(reply), "status")).isEqualTo(constant("model.DownloadState", "UNKNOWN"));
    }

    @Test
    void aMissingAlwaysPresentKeyFailsNamingTheKeyAndPath() throws Exception {
        String withoutDir = resource("tellStatus-http.json").replace("\"dir\": \"/downloads\",", "");
        assertThatThrownBy(() -> tellStatus(withoutDir)).isInstanceOf(JsonDecodingException.class)
                .hasMessage("missing key \"dir\" at $.result");
        String withoutPath = resource("tellStatus-http.json").replace("\"path\": \"/downloads/file\",", "");
        assertThatThrownBy(() -> tellStatus(withoutPath)).isInstanceOf(JsonDecodingException.class)
                .hasMessage("missing key \"path\" at $.result.files[0]");
    }

    @Test
    void aMalformedNumberFailsNamingItsPath() throws Exception {
        String reply = resource("tellStatus-http.json").replace("\"totalLength\": \"34896138\"",
                "\"totalLength\": \"34 MiB\"");
        assertThatThrownBy(() -> tellStatus(reply)).isInstanceOf(JsonDecodingException.class)
                .hasMessageEndingWith("at $.result.totalLength");
    }

    @Test
    void writesTheWireFormsAndReadsThemBack() throws Exception {
        Object status = tellStatus(resource("tellStatus-bittorrent.json"));
        String json = ValueWriters.toJson(status, writer("DownloadStatusCodec"));
        assertThat(json).contains("\"totalLength\":\"2754981888\"", "\"seeder\":\"true\"", "\"numSeeders\":\"0\"",
                "\"creationDate\":1713448201", "\"status\":\"active\"").doesNotContain("someKeyOfAFutureAria2",
                "followedBy", "errorCode");
        assertThat(ValueReaders.fromJson(json, reader("DownloadStatusCodec"))).isEqualTo(status);
    }

    @Test
    void aProjectionHoldsTheRequestedKeys() throws Exception {
        String json = "{\"completedLength\":\"5701632\",\"gid\":\"2089b05ecca3d829\",\"totalLength\":\"34896138\"}";
        Object projection = ValueReaders.fromJson(json, reader("DownloadStatusProjectionCodec"));
        assertThat(get(projection, "totalLength")).isEqualTo(34_896_138L);
        assertThat(get(projection, "numSeeders")).isNull();
        assertThat((List<?>) get(projection, "followedBy")).isEmpty();
        assertThat(new ArrayList<Object>((Set<?>) get(projection, "requestedKeys")))
                .containsExactly(key("GID"), key("TOTAL_LENGTH"), key("COMPLETED_LENGTH"));
        assertThatThrownBy(() -> get(projection, "dir")).isInstanceOf(IllegalStateException.class)
                .hasMessage("dir was not requested; add DownloadStatusKey.DIR to the keys");
        assertThat(ValueReaders.fromJson(json, reader("DownloadStatusProjectionCodec"))).isEqualTo(projection)
                .hasSameHashCodeAs(projection);
        assertThat(projection.toString()).contains("totalLength=34896138").doesNotContain("dir=");
    }

    @Test
    void aProjectionForKnownKeysChecksThemAndWritesTheKeysParam() throws Exception {
        Class<?> codec = type("internal.codec.DownloadStatusProjectionCodec");
        Set<Object> keys = Set.of(key("DIR"), key("GID"));
        ValueReader<?> reader = (ValueReader<?>) codec.getMethod("reader", Set.class).invoke(null, keys);
        assertThatThrownBy(() -> ValueReaders.fromJson("{\"gid\":\"2089b05ecca3d829\"}", reader))
                .isInstanceOf(JsonDecodingException.class).hasMessage("missing key \"dir\" at $");
        @SuppressWarnings("unchecked")
        ValueWriter<Set<Object>> keysWriter = (ValueWriter<Set<Object>>) codec.getField("KEYS_WRITER").get(null);
        assertThat(ValueWriters.toJson(keys, keysWriter)).isEqualTo("[\"gid\",\"dir\"]");
    }

    @Test
    void decodesAndDispatchesNotifications() throws Exception {
        Class<?> dispatcher = type("internal.codec.NotificationDispatcher");
        Class<?> listenerType = type("notification.Aria2Listener");
        Object notification = ValueReaders.fromJson("[{\"gid\":\"2089b05ecca3d829\"}]",
                in -> decode(dispatcher, "aria2.onDownloadStart", in).orElseThrow());
        assertThat(notification.getClass().getSimpleName()).isEqualTo("DownloadStart");
        assertThat(get(notification, "gid")).isEqualTo("2089b05ecca3d829");
        assertThat(get(notification, "recovered")).as("sent by aria2").isEqualTo(false);

        List<String> calls = new ArrayList<>();
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType},
                (proxy, method, args) -> calls.add(method.getName() + " " + get(args[0], "gid")));
        dispatcher.getMethod("dispatch", type("notification.Aria2Notification"), listenerType)
                .invoke(null, notification, listener);
        assertThat(calls).containsExactly("onDownloadStart 2089b05ecca3d829");

        Optional<?> unknown = ValueReaders.fromJson("[{\"gid\":\"2089b05ecca3d829\"}]", in -> {
            Optional<?> result = decode(dispatcher, "aria2.onDownloadHibernate", in);
            in.skipValue(); // decode leaves the params of an unknown notification unread
            return result;
        });
        assertThat(unknown).isEmpty();
    }

    @Test
    void makesEachNotificationFromAGidForTheEvents() throws Exception {
        Class<?> dispatcher = type("internal.codec.NotificationDispatcher");
        Method of = dispatcher.getMethod("of", String.class, String.class, boolean.class);
        List<String> kinds = List.of("DownloadStart", "DownloadPause", "DownloadStop", "DownloadComplete",
                "DownloadError", "BtDownloadComplete");

        for (String kind : kinds) {
            Object recovered = ((Optional<?>) of.invoke(null, "aria2.on" + kind, "2089b05ecca3d829", true))
                    .orElseThrow();
            Object live = ((Optional<?>) of.invoke(null, "aria2.on" + kind, "2089b05ecca3d829", false))
                    .orElseThrow();
            assertThat(recovered.getClass().getSimpleName()).isEqualTo(kind);
            assertThat(get(recovered, "gid")).isEqualTo("2089b05ecca3d829");
            assertThat(get(recovered, "recovered")).isEqualTo(true);
            assertThat(live).isEqualTo(type("notification." + kind).getConstructor(String.class)
                    .newInstance("2089b05ecca3d829"));
            assertThat(get(live, "recovered")).isEqualTo(false);
        }
        assertThat((Optional<?>) of.invoke(null, "aria2.onDownloadHibernate", "2089b05ecca3d829", true)).isEmpty();
    }

    @Test
    void notificationRecordsRejectANullGid() throws Exception {
        Class<?> record = type("notification.DownloadComplete");

        assertThatThrownBy(() -> record.getConstructor(String.class, boolean.class).newInstance(null, true))
                .cause().isInstanceOf(NullPointerException.class).hasMessage("gid");
        assertThat(record.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("gid", "recovered");
    }

    /** Decodes the {@code result} of a whole JSON-RPC reply with the generated DownloadStatus codec. */
    private static Object tellStatus(String reply) throws Exception {
        ValueReader<?> status = reader("DownloadStatusCodec");
        return ValueReaders.fromJson(reply, in -> {
            Object result = null;
            in.beginObject();
            for (String key = in.nextKey(); key != null; key = in.nextKey()) {
                if (key.equals("result")) {
                    result = status.read(in);
                } else {
                    in.skipValue();
                }
            }
            return result;
        });
    }

    private static Optional<?> decode(Class<?> dispatcher, String method, JsonIn in) {
        try {
            return (Optional<?>) dispatcher.getMethod("decode", String.class, JsonIn.class).invoke(null, method, in);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValueReader<?> reader(String codec) throws Exception {
        return (ValueReader<?>) type("internal.codec." + codec).getField("READER").get(null);
    }

    @SuppressWarnings("unchecked")
    private static ValueWriter<Object> writer(String codec) throws Exception {
        return (ValueWriter<Object>) type("internal.codec." + codec).getField("WRITER").get(null);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(BASE + name, true, ModelEmitters.realSchemaClasses());
    }

    private static Object key(String name) throws ClassNotFoundException {
        return constant("model.DownloadStatusKey", name);
    }

    private static Object constant(String enumType, String name) throws ClassNotFoundException {
        for (Object constant : type(enumType).getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no constant " + name + " in " + enumType);
    }

    /** Calls a public accessor; rethrows what the accessor threw (accessors throw unchecked exceptions only). */
    private static Object get(Object target, String accessor) {
        try {
            return target.getClass().getMethod(accessor).invoke(target);
        } catch (InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ModelCodecBehaviourTest.class.getResourceAsStream("/model/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /model/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

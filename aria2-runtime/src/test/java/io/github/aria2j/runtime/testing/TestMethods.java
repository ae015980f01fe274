package io.github.aria2j.runtime.testing;

import io.github.aria2j.runtime.json.JsonIn;
import io.github.aria2j.runtime.json.ValueReader;
import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.json.ValueWriters;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.RpcParam;
import io.github.aria2j.runtime.rpc.TokenPlacement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Method descriptors written the way the generator writes them, for the protocol tests. */
public final class TestMethods {

  /** The part of aria2.getVersion's result the tests look at. */
  public record Version(String version, List<String> enabledFeatures) {}

  /** A few keys of aria2.tellStatus's result, including string-encoded numbers. */
  public record Status(String gid, String status, long totalLength, int connections,
      boolean seeder) {}

  static final ValueReader<Version> VERSION =
      in -> {
        String version = null;
        List<String> features = List.of();
        in.beginObject();
        for (String key = in.nextKey(); key != null; key = in.nextKey()) {
          switch (key) {
            case "version" -> version = in.readString();
            case "enabledFeatures" -> features = ValueReaders.listOf(ValueReaders.STRING).read(in);
            default -> in.skipValue();
          }
        }
        return new Version(version, features);
      };

  static final ValueReader<Status> STATUS = TestMethods::readStatus;

  public static final RpcMethod<Version> GET_VERSION =
      RpcMethod.of("aria2.getVersion", TokenPlacement.REQUIRED, VERSION);

  public static final RpcMethod<Status> TELL_STATUS =
      RpcMethod.of(
          "aria2.tellStatus",
          TokenPlacement.REQUIRED,
          STATUS,
          RpcParam.required("gid", ValueWriters.STRING),
          RpcParam.optionalLast("keys", ValueWriters.listOf(ValueWriters.STRING)));

  public static final RpcMethod<String> ADD_URI =
      RpcMethod.of(
          "aria2.addUri",
          TokenPlacement.REQUIRED,
          ValueReaders.STRING,
          RpcParam.required("uris", ValueWriters.listOf(ValueWriters.STRING)),
          RpcParam.optional(
              "options", ValueWriters.mapOf(ValueWriters.STRING), ValueWriters.emptyObject()),
          RpcParam.optionalLast("position", ValueWriters.INT_NUMBER));

  public static final RpcMethod<List<String>> LIST_METHODS =
      RpcMethod.of(
          "system.listMethods", TokenPlacement.OPTIONAL, ValueReaders.listOf(ValueReaders.STRING));

  public static final RpcMethod<Object> MULTICALL =
      RpcMethod.of(
          "system.multicall",
          TokenPlacement.PER_ENTRY,
          ValueReaders.ANY,
          RpcParam.required("calls", ValueWriters.listOf(ValueWriters.ANY)));

  private TestMethods() {}

  private static Status readStatus(JsonIn in) {
    String gid = null;
    String status = null;
    long totalLength = 0;
    int connections = 0;
    boolean seeder = false;
    in.beginObject();
    for (String key = in.nextKey(); key != null; key = in.nextKey()) {
      switch (key) {
        case "gid" -> gid = in.readString();
        case "status" -> status = in.readString();
        case "totalLength" -> totalLength = in.readLong();
        case "connections" -> connections = in.readInt();
        case "seeder" -> seeder = in.readBoolean();
        default -> in.skipValue();
      }
    }
    return new Status(gid, status, totalLength, connections, seeder);
  }

  /** One multicall entry as the caller would pass it (the token goes inside, by hand here). */
  public static Map<String, Object> entry(String methodName, List<Object> params) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("methodName", methodName);
    entry.put("params", params);
    return entry;
  }
}

package io.github.aria2j.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The smallest JSON-RPC 2.0 caller over HTTP that the drift test needs. Deliberately independent of the generated
 * client, so that the schema is checked by code that does not itself come from the schema.
 */
final class JsonRpcClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Safety limits against a hung server; aria2c answers these local calls in milliseconds. */
    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(5);
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String token;
    private final HttpClient http;
    private final AtomicLong nextId = new AtomicLong(1);

    JsonRpcClient(URI endpoint, String secret) {
        this.endpoint = endpoint;
        this.token = "token:" + secret;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_LIMIT).build();
    }

    /**
     * Calls {@code method} with the secret token followed by {@code params} and returns the result.
     * Every method here accepts the token, including system.listMethods and system.listNotifications.
     *
     * @throws IOException when aria2c cannot be reached (used to poll for startup)
     * @throws IllegalStateException when aria2c answers with a JSON-RPC error or an unreadable reply
     */
    JsonNode call(String method, Object... params) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("id", Long.toString(nextId.getAndIncrement()));
        request.put("method", method);
        ArrayNode paramArray = request.putArray("params");
        paramArray.add(token);
        for (Object param : params) {
            paramArray.add(JSON.valueToTree(param));
        }
        HttpRequest httpRequest = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_LIMIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                .build();
        HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        JsonNode reply;
        try {
            reply = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + ": HTTP " + response.statusCode() + " with a body that is not JSON: "
                    + response.body(), e);
        }
        JsonNode error = reply.get("error");
        if (error != null && !error.isNull()) {
            throw new IllegalStateException(method + " failed: HTTP " + response.statusCode() + ", error " + error);
        }
        if (!reply.has("result")) {
            throw new IllegalStateException(method + ": reply without result: " + reply);
        }
        return reply.get("result");
    }
}

package io.github.aria2j.codegen;

import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A transport that records every request body and answers with queued {@code result} values. */
final class FakeTransport implements RpcTransport {

    private final List<String> requests = new ArrayList<>();
    private final Deque<String> results = new ArrayDeque<>();

    /** Queues the JSON of the next reply's {@code result}. */
    FakeTransport answer(String resultJson) {
        results.add(resultJson);
        return this;
    }

    /** The request bodies sent so far, in order. */
    List<String> requests() {
        return requests;
    }

    @Override
    public synchronized TransportReply send(TransportRequest request) {
        requests.add(new String(request.body(), StandardCharsets.UTF_8));
        String result = results.remove();
        String reply = "{\"jsonrpc\":\"2.0\",\"id\":" + request.id() + ",\"result\":" + result + "}";
        return new TransportReply(200, reply.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
        return CompletableFuture.completedFuture(send(request));
    }

    @Override
    public void close() {
    }
}

package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;

/**
 * The classes the client emitters generate or refer to: the client types in {@code B.client} and the
 * runtime's RPC, events and JSON types. Model-side names (key enums, projections, codecs) come from
 * {@link ModelTypes} and {@link EmitContext}.
 */
final class ClientNames {

    /** The runtime's method descriptor. */
    static final ClassName RPC_METHOD = ClassName.get("io.github.aria2j.runtime.rpc", "RpcMethod");
    /** The runtime's parameter descriptor. */
    static final ClassName RPC_PARAM = ClassName.get("io.github.aria2j.runtime.rpc", "RpcParam");
    /** Where the secret goes. */
    static final ClassName TOKEN_PLACEMENT = ClassName.get("io.github.aria2j.runtime.rpc", "TokenPlacement");
    /** The engine every generated client delegates to. */
    static final ClassName RPC_ENGINE = ClassName.get("io.github.aria2j.runtime.rpc", "RpcEngine");
    /** How a batch puts its calls on the wire. */
    static final ClassName BATCH_MODE = ClassName.get("io.github.aria2j.runtime.rpc", "BatchMode");
    /** The runtime's untyped batch, which the typed batch wraps. */
    static final ClassName RPC_BATCH = ClassName.get("io.github.aria2j.runtime.rpc", "RpcBatch");
    /** The handle on one call of a batch. */
    static final ClassName BATCH_ENTRY = ClassName.get("io.github.aria2j.runtime.rpc", "BatchEntry");
    /** What running a batch gives. */
    static final ClassName BATCH_RESULT = ClassName.get("io.github.aria2j.runtime.rpc", "BatchResult");
    /** The page walker behind the paged variants. */
    static final ClassName PAGING = ClassName.get("io.github.aria2j.runtime.rpc", "Paging");
    /** The settings every generated client builder shares. */
    static final ClassName ABSTRACT_CLIENT_BUILDER =
            ClassName.get("io.github.aria2j.runtime", "AbstractClientBuilder");
    /** Where aria2 is and how to talk to it; the events are made from the client's. */
    static final ClassName RPC_SETTINGS = ClassName.get("io.github.aria2j.runtime", "RpcSettings");
    /** The runtime's events, which the generated events type with the notification interface. */
    static final ClassName NOTIFICATION_EVENTS =
            ClassName.get("io.github.aria2j.runtime.events", "NotificationEvents");
    /** A registered callback of the events. */
    static final ClassName SUBSCRIPTION = ClassName.get("io.github.aria2j.runtime.events", "Subscription");
    /** Makes a client's events on first use and closes them with the client. */
    static final ClassName EVENTS_HOLDER = ClassName.get("io.github.aria2j.runtime.events", "EventsHolder");
    /** Readers of JSON values. */
    static final ClassName VALUE_READERS = ClassName.get("io.github.aria2j.runtime.json", "ValueReaders");
    /** Writers of JSON values. */
    static final ClassName VALUE_WRITERS = ClassName.get("io.github.aria2j.runtime.json", "ValueWriters");
    /** The token reader codecs are written against. */
    static final ClassName JSON_IN = ClassName.get("io.github.aria2j.runtime.json", "JsonIn");
    /** A reply that does not have the expected shape. */
    static final ClassName JSON_DECODING_EXCEPTION =
            ClassName.get("io.github.aria2j.runtime.json", "JsonDecodingException");
    /** aria2 answered with an error. */
    static final ClassName RPC_EXCEPTION = ClassName.get("io.github.aria2j.runtime", "Aria2RpcException");
    /** No usable answer came back. */
    static final ClassName TRANSPORT_EXCEPTION = ClassName.get("io.github.aria2j.runtime", "Aria2TransportException");

    private ClientNames() {
    }

    /**
     * The class holding one {@code RpcMethod} constant per method.
     *
     * @param context the generated packages
     * @return {@code B.client.Aria2Methods}
     */
    static ClassName methods(EmitContext context) {
        return ClassName.get(context.clientPackage(), "Aria2Methods");
    }

    /**
     * The blocking client interface.
     *
     * @param context the generated packages
     * @return {@code B.client.Aria2Client}
     */
    static ClassName syncClient(EmitContext context) {
        return ClassName.get(context.clientPackage(), "Aria2Client");
    }

    /**
     * The non-blocking client interface.
     *
     * @param context the generated packages
     * @return {@code B.client.Aria2AsyncClient}
     */
    static ClassName asyncClient(EmitContext context) {
        return ClassName.get(context.clientPackage(), "Aria2AsyncClient");
    }

    /**
     * The typed batch.
     *
     * @param context the generated packages
     * @return {@code B.client.Aria2Batch}
     */
    static ClassName batch(EmitContext context) {
        return ClassName.get(context.clientPackage(), "Aria2Batch");
    }

    /**
     * The builder of both clients.
     *
     * @param context the generated packages
     * @return {@code B.client.Aria2ClientBuilder}
     */
    static ClassName builder(EmitContext context) {
        return ClassName.get(context.clientPackage(), "Aria2ClientBuilder");
    }

    /**
     * The blocking client's implementation.
     *
     * @param context the generated packages
     * @return {@code B.client.DefaultAria2Client}
     */
    static ClassName syncImpl(EmitContext context) {
        return ClassName.get(context.clientPackage(), "DefaultAria2Client");
    }

    /**
     * The non-blocking client's implementation.
     *
     * @param context the generated packages
     * @return {@code B.client.DefaultAria2AsyncClient}
     */
    static ClassName asyncImpl(EmitContext context) {
        return ClassName.get(context.clientPackage(), "DefaultAria2AsyncClient");
    }
}

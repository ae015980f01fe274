package io.github.aria2j.codegen.model;

/** Where a method takes the RPC secret ({@code token:SECRET}). */
public enum TokenPlacement {
    /** As the first param, before the method's own params, whenever a secret is configured. */
    REQUIRED,
    /** Accepted as the first param but not needed (system.listMethods, system.listNotifications). */
    OPTIONAL,
    /** Never outside: inside each entry (system.multicall). */
    PER_ENTRY
}

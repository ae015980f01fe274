/**
 * The WebSocket transport on {@code java.net.http.WebSocket}: one socket carrying many calls
 * at once, replies matched to requests by id; not exported.
 */
package io.github.aria2j.runtime.internal.ws;

/** The HTTP transport on {@code java.net.http}; not exported. */
package io.github.aria2j.runtime.internal.http;

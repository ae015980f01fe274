/** Small helpers shared by the runtime's implementation packages; not exported. */
package io.github.aria2j.runtime.internal;

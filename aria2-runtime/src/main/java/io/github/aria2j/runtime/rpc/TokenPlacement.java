package io.github.aria2j.runtime.rpc;

/** Where a method carries aria2's secret, {@code "token:<secret>"}. */
public enum TokenPlacement {

  /** The method needs the secret as its first parameter when aria2 has one (most methods). */
  REQUIRED,

  /**
   * The method works without the secret but accepts it ({@code system.listMethods}, {@code
   * system.listNotifications}); it is sent when configured.
   */
  OPTIONAL,

  /**
   * The method never takes an outer secret; each nested call carries its own ({@code
   * system.multicall}, where an outer token makes aria2 fail).
   */
  PER_ENTRY
}

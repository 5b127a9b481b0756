package cn.petition.login;

/**
 * The address of the client whose request the current thread serves, set by {@link LoginThrottleFilter}
 * for the password checks of {@link ThrottledIdentityProvider}; null outside an HTTP request.
 */
final class ClientAddress {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ClientAddress() {}

  static String current() {
    return CURRENT.get();
  }

  static void set(String address) {
    CURRENT.set(address);
  }

  static void clear() {
    CURRENT.remove();
  }
}

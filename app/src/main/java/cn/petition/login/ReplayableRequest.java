package cn.petition.login;

import cn.petition.web.BufferedBodyRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A small request whose body has been read once (to see which user a login form names) and is read
 * again, from memory, by whatever handles it. Reading the form through getParameter instead would make
 * the webapps' JAX-RS resources warn on every login that the body was consumed.
 */
final class ReplayableRequest extends BufferedBodyRequest {

  /** Login forms are tiny; anything larger is not read (and names no user). */
  static final int MAX_BODY = 16 * 1024;

  private ReplayableRequest(HttpServletRequest request, byte[] body) {
    super(request, body);
  }

  /** The request with its body in memory, or null if the body is larger than {@link #MAX_BODY}. */
  static ReplayableRequest of(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      return null;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : new ReplayableRequest(request, body);
  }

  /** A field of the url-encoded form body, or null. */
  String formField(String name) {
    for (String pair : new String(body(), StandardCharsets.ISO_8859_1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && name.equals(URLDecoder.decode(pair.substring(0, equals), charset()))) {
        return URLDecoder.decode(pair.substring(equals + 1), charset());
      }
    }
    return null;
  }
}

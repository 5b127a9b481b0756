package cn.petition.login;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A small request whose body has been read once (to see which user a login form names) and is read
 * again, from memory, by whatever handles it. Reading the form through getParameter instead would make
 * the webapps' JAX-RS resources warn on every login that the body was consumed.
 */
final class ReplayableRequest extends HttpServletRequestWrapper {

  /** Login forms are tiny; anything larger is not read (and names no user). */
  static final int MAX_BODY = 16 * 1024;

  private final byte[] body;

  private ReplayableRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
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
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && name.equals(URLDecoder.decode(pair.substring(0, equals), charset()))) {
        return URLDecoder.decode(pair.substring(equals + 1), charset());
      }
    }
    return null;
  }

  private Charset charset() {
    try {
      return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the body is already in memory");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
  }
}

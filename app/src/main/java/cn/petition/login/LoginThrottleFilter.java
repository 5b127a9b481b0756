package cn.petition.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every login: HTTP Basic on /api and /engine-rest, and the webapps' login form
 * (POST …/api/admin/auth/user/{engine}/login/{app}). When the client's address must still wait for the
 * user it tries ({@link LoginThrottle}), the request is answered 429 with Retry-After and a Chinese
 * problem+json, and no password is checked. Otherwise it goes on, with the client's address known to
 * {@link ThrottledIdentityProvider}, which counts the outcome of every password check of the request.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+");

  private final LoginThrottle throttle;
  private final ObjectMapper objectMapper;

  public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    this.throttle = throttle;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    String user = basicAuthUser(request);
    if (user == null && isWebappLogin(request)) {
      ReplayableRequest form = ReplayableRequest.of(request);
      if (form != null) {
        request = form;
        user = form.formField("username");
      }
    }
    if (user != null) {
      Duration wait = throttle.waitFor(address, user);
      if (!wait.isZero()) {
        tooManyAttempts(response, user, wait);
        return;
      }
    }
    ClientAddress.set(address);
    try {
      chain.doFilter(request, response);
    } finally {
      ClientAddress.clear();
    }
  }

  /** The user of an HTTP Basic Authorization header, or null. */
  static String basicAuthUser(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? null : credentials.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches();
  }

  private void tooManyAttempts(HttpServletResponse response, String user, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "登录尝试过于频繁");
    problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
    problem.put("detail", "用户 " + user + " 从本地址登录失败次数过多，请在 " + seconds + " 秒后再试");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}

package cn.petition.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A user logged into the Camunda webapps as the Tasklist does it (session cookie plus the CSRF token the
 * webapps hand out), calling their engine API under /camunda/api/engine/engine/default.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** Logs the demo user (password "demo") into the Tasklist. */
  public static WebappSession login(TestRestTemplate rest, String user) {
    WebappSession session = new WebappSession(rest);
    session.keepCookies(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(session.headers(MediaType.TEXT_HTML)), String.class));
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", "demo");
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, session.headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);
    if (login.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException("Tasklist login of " + user + " failed: " + login);
    }
    session.keepCookies(login);
    // The session changes at login; the CSRF token belongs to the session, so fetch the new session's token.
    session.keepCookies(rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON)), String.class));
    return session;
  }

  public ResponseEntity<String> post(String path, Object json) {
    ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST,
        new HttpEntity<>(json, headers(MediaType.APPLICATION_JSON)), String.class);
    keepCookies(response);
    return response;
  }

  private HttpHeaders headers(MediaType contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(contentType);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
    if (!cookies.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      cookies.forEach((name, value) -> pairs.add(name + "=" + value));
      headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private void keepCookies(ResponseEntity<?> response) {
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }
}

package cn.petition.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A demo user logged into the Camunda Tasklist, calling the webapps' engine API (/camunda/api/engine/...) as the
 * Tasklist does: with the session cookie and the CSRF token (X-XSRF-TOKEN, Origin).
 */
public final class WebappSession {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate rest;
  private final String origin;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
    this.origin = rest.getRootUri();
  }

  /** Logs the user (password "demo") into the Tasklist. */
  public static WebappSession logIn(TestRestTemplate rest, String user) {
    WebappSession session = new WebappSession(rest);
    session.remember(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(session.headers()), String.class));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("Tasklist login of %s: %s", user, login.getBody()).isEqualTo(HttpStatus.OK);
    session.remember(login);
    // A new session after login: its CSRF token comes with the next page.
    session.remember(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(session.headers()), String.class));
    return session;
  }

  /** POST to the webapps' engine API, e.g. {@code engine/default/task/{id}/submit-form}. */
  public ResponseEntity<Map<String, Object>> post(String enginePath, Object body) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    ResponseEntity<Map<String, Object>> answer = rest.exchange("/camunda/api/engine/" + enginePath, HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON);
    remember(answer);
    return answer;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ORIGIN, origin);
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private void remember(ResponseEntity<?> answer) {
    List<String> set = answer.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set != null) {
      for (String cookie : set) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
  }
}

package cn.petition.support;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP calls to /api and /engine-rest as a demo user (password "demo"). */
public final class Api {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate rest;
  private final String user;

  public Api(TestRestTemplate rest, String user) {
    this.rest = rest;
    this.user = user;
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON);
  }

  public ResponseEntity<String> getText(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), JSON);
  }

  public ResponseEntity<String> postForText(String path, Object body) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class);
  }

  public ResponseEntity<Map<String, Object>> put(String path, Object body) {
    return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers()), JSON);
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, "demo");
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return headers;
  }
}

package cn.petition.login;

import static cn.petition.login.HttpFromAddress.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.login.HttpFromAddress.Response;
import cn.petition.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow down the address they come from, never the user: an attacker on one loopback
 * address (127.0.0.x) guesses, the real user logs in from 127.0.0.1 at once, on every login path.
 * In the test profile the first wait is a minute (petition.login-throttle.first-delay), so an attacker
 * that has reached free-failures (5) is certainly still waiting when the test looks.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleApiTest {

  private static final int FREE_FAILURES = 5;

  @LocalServerPort int port;

  private HttpFromAddress from(String address) {
    return new HttpFromAddress(address, port);
  }

  @Test
  void guessingTheAdminPasswordOverApiThrottlesTheGuesserNotTheAdmin(CapturedOutput output) throws Exception {
    HttpFromAddress attacker = from("127.0.0.2");
    HttpFromAddress admin = from("127.0.0.1");
    for (int i = 1; i <= FREE_FAILURES; i++) {
      assertThat(attacker.get("/api/cases?size=1", basic("admin", "guess" + i)).status()).isEqualTo(401);
      assertThat(admin.get("/api/cases?size=1", basic("admin", "demo")).status())
          .as("the admin from another address, right after wrong guess %d", i).isEqualTo(200);
    }

    Response throttled = attacker.get("/api/cases?size=1", basic("admin", "guess6"));
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 60);
    assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
    assertThat(throttled.body()).contains("\"status\":429").contains("从本地址登录失败次数过多").contains("秒后再试");
    assertThat(attacker.get("/api/cases?size=1", basic("admin", "demo")).status())
        .as("even the right password waits on the guessing address").isEqualTo(429);
    assertThat(admin.get("/api/cases?size=1", basic("admin", "demo")).status()).isEqualTo(200);
    assertThat(output).contains("Login throttled: 5 wrong passwords for user 'admin' from 127.0.0.2");
  }

  @Test
  void guessingOverEngineRestThrottlesTheGuesserNotTheDesigner() throws Exception {
    HttpFromAddress attacker = from("127.0.0.3");
    for (int i = 1; i <= FREE_FAILURES; i++) {
      assertThat(attacker.get("/engine-rest/task/count", basic("designer", "guess" + i)).status()).isEqualTo(401);
    }
    assertThat(attacker.get("/engine-rest/task/count", basic("designer", "demo")).status()).isEqualTo(429);
    assertThat(from("127.0.0.1").get("/engine-rest/task/count", basic("designer", "demo")).status()).isEqualTo(200);
  }

  @Test
  void guessingThroughTheWebappLoginThrottlesTheGuesserNotTheUser() throws Exception {
    HttpFromAddress attacker = from("127.0.0.4");
    for (int i = 1; i <= FREE_FAILURES; i++) {
      assertThat(attacker.webappLogin("xfj-leader", "guess" + i).status()).isEqualTo(401);
    }
    Response throttled = attacker.webappLogin("xfj-leader", "demo");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.body()).contains("秒后再试");
    assertThat(from("127.0.0.1").webappLogin("xfj-leader", "demo").status()).isEqualTo(200);
  }

  @Test
  void camundasOwnLockoutIsOffSoWrongPasswordsFromManyAddressesLockNobodyOut() throws Exception {
    // 12 wrong passwords in all (Camunda locks a user for good after 10), none of the addresses past its free ones.
    for (String address : new String[] {"127.0.0.5", "127.0.0.6", "127.0.0.7"}) {
      for (int i = 1; i < FREE_FAILURES; i++) {
        assertThat(from(address).get("/engine-rest/task/count", basic("supervisor", "guess" + i)).status())
            .isEqualTo(401);
      }
    }
    assertThat(from("127.0.0.1").get("/engine-rest/task/count", basic("supervisor", "demo")).status()).isEqualTo(200);
    assertThat(from("127.0.0.1").webappLogin("supervisor", "demo").status()).isEqualTo(200);
  }

  @Test
  void identityVerifyIsNoWayAroundTheThrottleEither() throws Exception {
    HttpFromAddress attacker = from("127.0.0.8");
    String asAdmin = basic("admin", "demo");
    for (int i = 1; i <= FREE_FAILURES; i++) {
      assertThat(attacker.postJson("/engine-rest/identity/verify", asAdmin,
          "{\"username\":\"zjj-handler\",\"password\":\"guess" + i + "\"}").body())
          .contains("\"authenticated\":false");
    }
    assertThat(attacker.postJson("/engine-rest/identity/verify", asAdmin,
        "{\"username\":\"zjj-handler\",\"password\":\"demo\"}").body())
        .as("the right password tells the guessing address nothing while it waits").contains("\"authenticated\":false");
    assertThat(from("127.0.0.1").postJson("/engine-rest/identity/verify", asAdmin,
        "{\"username\":\"zjj-handler\",\"password\":\"demo\"}").body()).contains("\"authenticated\":true");
  }
}

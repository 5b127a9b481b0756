package cn.petition.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link LoginThrottleFilter} in front of everything but the character encoding filter. */
@Configuration
public class LoginThrottleConfig {

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, objectMapper));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/*");
    // After Spring's CharacterEncodingFilter (HIGHEST_PRECEDENCE), so the login form is read as UTF-8;
    // before Spring Security (-100) and Camunda's /engine-rest authentication filter (101).
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}

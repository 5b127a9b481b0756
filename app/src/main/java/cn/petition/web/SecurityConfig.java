package cn.petition.web;

import cn.petition.org.CamundaIdentityAuthenticationProvider;
import cn.petition.org.PetitionUser;
import cn.petition.org.WriteRoles;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what.
 * <ul>
 *   <li>/api/**: HTTP Basic against the Camunda identity service (Spring Security); reading needs a login,
 *       writing a role that writes (not the supervisor's); every endpoint checks the rest of the role matrix.</li>
 *   <li>/engine-rest/**: Camunda's own HTTP Basic filter, so engine authorizations apply to the caller.</li>
 *   <li>everything else (Tasklist, Cockpit, Admin): the webapps' own session login.</li>
 * </ul>
 */
@Configuration
public class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      ObjectMapper objectMapper) throws Exception {
    AuthenticationEntryPoint unauthorized = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"petition\"");
      ProblemResponses.write(response, objectMapper, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
          "请先登录：本接口需要 HTTP Basic 认证（统一身份库的用户名和密码）");
    };
    // A manager of its own, without the global one as parent: that one holds the same provider and would
    // check every wrong password a second time.
    AccessDeniedHandler readOnly = (request, response, e) -> ProblemResponses.write(response, objectMapper,
        HttpServletResponse.SC_FORBIDDEN, "无权限", "您的角色只能查看，不能修改数据（督查人员只读）");
    http.securityMatcher("/api/**")
        .authenticationManager(new ProviderManager(provider))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
            .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
            // Writing needs a role that writes something (README: 角色与权限); each endpoint checks the rest.
            .anyRequest().access((authentication, context) -> new AuthorizationDecision(
                authentication.get().getPrincipal() instanceof PetitionUser user && WriteRoles.mayWriteAtAll(user))))
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(readOnly))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  /** The webapps and the engine REST API bring their own authentication; Spring Security stays out. */
  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  /** HTTP Basic for /engine-rest, checked by the engine itself so its authorizations apply. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(101);
    return registration;
  }
}
